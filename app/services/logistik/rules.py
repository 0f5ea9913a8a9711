"""Logistics rules the desk can change (SPEC 4): must-arrive-by per destination level,
the surat suara reserve, the per-TPS rule of the other items, and the level at which
readiness is measured. Stored as desk settings (``pengaturan``), stated in the UI.

Everything here is a pure function of its arguments except ``load`` and ``save``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.models.logistik import (
    DIKIRIM,
    DISIAPKAN,
    KPPS,
    KPU_KABKOTA,
    KPU_PROVINSI,
    PPK,
    PPS,
)
from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA, LEVEL_KECAMATAN, LEVEL_PROVINSI
from app.services.core.changes import LOGISTIK, Changes
from app.services.core.uow import UnitOfWork
from app.services.logistik.settings import SURAT_SUARA, _num, format_pairs

__all__ = ["SURAT_SUARA", "LogistikRules", "ballots_needed", "load", "risk", "save"]

#: The wilayah level a destination level sits at (a TPS is recorded on its desa).
WILAYAH_LEVEL = {
    KPU_PROVINSI: LEVEL_PROVINSI,
    KPU_KABKOTA: LEVEL_KABKOTA,
    PPK: LEVEL_KECAMATAN,
    PPS: LEVEL_DESA,
    KPPS: LEVEL_DESA,
}
#: Length of a dotted code at each wilayah level: "36", "36.01", "36.01.01", "36.01.01.2001".
CODE_LENGTH = {LEVEL_PROVINSI: 2, LEVEL_KABKOTA: 5, LEVEL_KECAMATAN: 8, LEVEL_DESA: 13}

TERLAMBAT = "Terlambat"
BERISIKO = "Berisiko"
TIBA_TERLAMBAT = "Tiba terlambat"
OPEN_STATUSES = (DISIAPKAN, DIKIRIM)


# -- the rules ---------------------------------------------------------------------------
@dataclass(frozen=True)
class LogistikRules:
    deadline_days: dict[str, int]
    per_tps: dict[str, float]
    reserve_percent: float
    measured_level: str
    #: Item code → (name, unit) from the catalogue, so the rules read in the users' words.
    items: dict[str, tuple[str, str]] = field(default_factory=dict)

    def item_name(self, code: str) -> tuple[str, str]:
        """(name, unit) from the catalogue; a readable code for an item not in it."""
        return self.items.get(code, (code.replace("_", " ").capitalize(), ""))

    def _per_tps_text(self, code: str, n: float) -> str:
        """ "kotak suara 2 unit", "salinan DPT/DPTb 1 eksemplar"."""
        name, unit = self.item_name(code)
        return f"{name[:1].lower()}{name[1:]} {_num(n)}" + (f" {unit}" if unit else "")

    @property
    def measured_wilayah_level(self) -> int:
        return WILAYAH_LEVEL[self.measured_level]

    def must_arrive_by(self, destination_level: str, voting_day: date | None) -> date | None:
        """H-n before voting day for the level (TPS: H-1 by default)."""
        if voting_day is None or destination_level not in self.deadline_days:
            return None
        return voting_day - timedelta(days=self.deadline_days[destination_level])

    def statement(self) -> list[str]:
        """The rules in plain Indonesian, as shown on the Logistik page."""
        deadline = ", ".join(f"{lvl} H-{d}" for lvl, d in self.deadline_days.items())
        per_tps = ", ".join(self._per_tps_text(code, n) for code, n in self.per_tps.items())
        reserve = _num(self.reserve_percent)
        return [
            f"Batas tiba per tingkat tujuan: {deadline} (H = hari pemungutan suara).",
            f"Surat suara per pemilihan = DPT + {reserve}% per TPS, dibulatkan ke atas per TPS. "
            "Bila hanya jumlah DPT dan TPS per wilayah yang diketahui, DPT dianggap merata "
            "di antara TPS-nya (perkiraan).",
            f"Barang lain per TPS: {per_tps}.",
            f"Kesiapan = jumlah baik yang diterima pada pengiriman bertujuan {self.measured_level} "
            "÷ kebutuhan. Pengiriman ke tingkat lain tidak dihitung, agar barang yang melewati "
            "beberapa tingkat tidak terhitung ganda. Kesiapan keseluruhan suatu wilayah = "
            "rata-rata kesiapan per barang (tiap barang paling tinggi 100%), sehingga barang "
            "yang kurang tidak tertutup oleh barang lain; barang terendah ditunjukkan.",
        ]  # fmt: skip


def load(uow: UnitOfWork, as_of: datetime | None = None) -> LogistikRules:
    """The rules now, or as they were set at a past instant ``as_of``."""
    from sqlalchemy import select

    from app.models import Referensi
    from app.models.referensi import JENIS_LOGISTIK
    from app.services.core import pengaturan  # pengaturan declares these settings with our parsers

    items = uow.session.execute(
        select(Referensi.code, Referensi.name, Referensi.unit).where(
            Referensi.kind == JENIS_LOGISTIK
        )
    )
    return LogistikRules(
        deadline_days=pengaturan.get(uow, "logistik_batas_hari", as_of),
        per_tps=pengaturan.get(uow, "logistik_aturan_per_tps", as_of),
        reserve_percent=pengaturan.get(uow, "logistik_cadangan_persen", as_of),
        measured_level=pengaturan.get(uow, "logistik_tingkat_ukur", as_of),
        items={code: (name, unit or "") for code, name, unit in items},
    )


def save(
    uow: UnitOfWork,
    *,
    deadline_days: dict[str, int],
    per_tps: dict[str, float],
    reserve_percent: float,
    measured_level: str,
) -> Changes:
    """The rules dialog's use case (Administrator: ``pengaturan.put`` checks it)."""
    from app.services.core import pengaturan

    pengaturan.put(uow, "logistik_batas_hari", format_pairs(deadline_days))
    pengaturan.put(uow, "logistik_aturan_per_tps", format_pairs(per_tps))
    pengaturan.put(uow, "logistik_cadangan_persen", float(reserve_percent))
    pengaturan.put(uow, "logistik_tingkat_ukur", measured_level)
    uow.commit()
    return Changes.of(LOGISTIK, summary="Aturan logistik disimpan.")


def ballots_needed(dpt: int, tps_count: int | None, reserve_percent: float) -> int:
    """Surat suara for ``dpt`` voters: per TPS ceil(DPT_tps × (1 + reserve)). With only the
    wilayah totals, DPT is spread evenly (``dpt % n`` TPS get one voter more). Integer
    arithmetic in thousandths of a percent, so 2,5% of 400 is exactly 10."""
    scale = round(reserve_percent * 1000)  # 2.5 % -> 2500 per 100.000

    def one(voters: int) -> int:
        return voters + -(-voters * scale // 100_000)

    if not tps_count or tps_count <= 0:
        return one(dpt)
    base, extra = divmod(dpt, tps_count)
    return (tps_count - extra) * one(base) + extra * one(base + 1)


def risk(
    *,
    status: str,
    must_arrive_by: date | None,
    expected_arrival: date | None,
    actual_arrival_day: date | None,
    today: date,
) -> str:
    """Terlambat: not arrived and the date has passed. Berisiko: not arrived and expected
    later than allowed. Tiba terlambat: arrived after the date (history, not an alert)."""
    if must_arrive_by is None:
        return ""
    if actual_arrival_day is not None:
        return TIBA_TERLAMBAT if actual_arrival_day > must_arrive_by else ""
    if status not in OPEN_STATUSES:
        return ""
    if must_arrive_by < today:
        return TERLAMBAT
    if expected_arrival is not None and expected_arrival > must_arrive_by:
        return BERISIKO
    return ""
