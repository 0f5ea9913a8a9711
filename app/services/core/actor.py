"""Who is acting, and what each role may do (SPEC 1 and 9).

Services check permissions themselves (``require``), so a forbidden call fails the same
way from the GUI, the CLI or a test; the views only hide or disable what would fail.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.core.errors import DomainError

ADMINISTRATOR = "Administrator"
PIMPINAN = "Pimpinan"
VERIFIKATOR = "Verifikator"
OPERATOR = "Operator"
ROLES = (ADMINISTRATOR, PIMPINAN, VERIFIKATOR, OPERATOR)
#: Seeding, migrations, scheduled CLI jobs: not a person, may do everything.
SISTEM = "Sistem"

# Permissions, by what the user does. Later registers add theirs here.
TAHAPAN_UBAH = "tahapan.ubah"
IMPOR = "impor"
EKSPOR = "ekspor"
PENGGUNA_KELOLA = "pengguna.kelola"
AUDIT_LIHAT = "audit.lihat"
PENGATURAN_UBAH = "pengaturan.ubah"
INSIDEN_CATAT = "insiden.catat"
INSIDEN_VERIFIKASI = "insiden.verifikasi"
LAPORAN_TERBITKAN = "laporan.terbitkan"
LOGISTIK_CATAT = "logistik.catat"
PARTISIPASI_CATAT = "partisipasi.catat"
KERAWANAN_CATAT = "kerawanan.catat"
SOSIALISASI_CATAT = "sosialisasi.catat"
CADANGAN = "cadangan"

PERMISSIONS: dict[str, frozenset[str]] = {
    TAHAPAN_UBAH: frozenset({OPERATOR, ADMINISTRATOR}),
    IMPOR: frozenset({OPERATOR, ADMINISTRATOR}),
    EKSPOR: frozenset({OPERATOR, VERIFIKATOR, PIMPINAN, ADMINISTRATOR}),
    PENGGUNA_KELOLA: frozenset({ADMINISTRATOR}),
    AUDIT_LIHAT: frozenset({ADMINISTRATOR, PIMPINAN}),
    PENGATURAN_UBAH: frozenset({ADMINISTRATOR}),
    # Operators record; verifiers may correct what they verify. Only a Verifikator moves
    # an incident through the workflow (SPEC 1 and the table in SPEC 4).
    INSIDEN_CATAT: frozenset({OPERATOR, VERIFIKATOR, ADMINISTRATOR}),
    INSIDEN_VERIFIKASI: frozenset({VERIFIKATOR}),
    # SPEC 1: the Pimpinan approves and signs briefs; issuing gives the official number.
    LAPORAN_TERBITKAN: frozenset({PIMPINAN}),
    # SPEC 1: the Operator Desk enters consignments and receipts; the Administrator may correct.
    LOGISTIK_CATAT: frozenset({OPERATOR, ADMINISTRATOR}),
    # SPEC 1: the Operator Desk enters outreach sessions; the Administrator may correct.
    SOSIALISASI_CATAT: frozenset({OPERATOR, ADMINISTRATOR}),
    # SPEC 1: KPU/Bawaslu figures are typed or imported by the Operator Desk.
    PARTISIPASI_CATAT: frozenset({OPERATOR, ADMINISTRATOR}),
    KERAWANAN_CATAT: frozenset({OPERATOR, ADMINISTRATOR}),
    # SPEC 1: the Administrator looks after backups (a restore replaces the whole database).
    CADANGAN: frozenset({ADMINISTRATOR}),
}

#: What the permission lets a user do, for messages and tooltips.
DESCRIPTIONS = {
    TAHAPAN_UBAH: "mengubah pelaksanaan tahapan",
    IMPOR: "mengimpor data",
    EKSPOR: "mengekspor data",
    PENGGUNA_KELOLA: "mengelola pengguna",
    AUDIT_LIHAT: "melihat log audit",
    PENGATURAN_UBAH: "mengubah pengaturan desk",
    INSIDEN_CATAT: "mencatat atau mengubah insiden",
    INSIDEN_VERIFIKASI: "memverifikasi dan menindaklanjuti insiden",
    LAPORAN_TERBITKAN: "menerbitkan laporan resmi (memberi nomor)",
    LOGISTIK_CATAT: "mencatat pengiriman, penerimaan, dan kebutuhan logistik",
    SOSIALISASI_CATAT: "mencatat atau mengubah kegiatan sosialisasi",
    PARTISIPASI_CATAT: "mencatat data DPT dan partisipasi",
    KERAWANAN_CATAT: "mencatat skor IKP dan TPS rawan",
    CADANGAN: "membuat dan memulihkan cadangan basis data",
}


class Forbidden(DomainError):
    pass


@dataclass(frozen=True)
class Actor:
    username: str
    role: str = SISTEM
    full_name: str = ""

    def can(self, permission: str) -> bool:
        return self.role == SISTEM or self.role in PERMISSIONS[permission]

    def why_not(self, permission: str) -> str:
        """Indonesian reason shown as a tooltip on a disabled action; empty when allowed."""
        if self.can(permission):
            return ""
        names = [r for r in ROLES if r in PERMISSIONS[permission]]
        allowed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " atau " + names[-1]
        return f"Hanya {allowed} yang dapat {DESCRIPTIONS[permission]}; peran Anda {self.role}."


def as_actor(who: Actor | str) -> Actor:
    return who if isinstance(who, Actor) else Actor(username=who or "sistem")


def require(actor: Actor, permission: str) -> None:
    if not actor.can(permission):
        raise Forbidden(actor.why_not(permission))
