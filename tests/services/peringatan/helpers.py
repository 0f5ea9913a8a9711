"""A desk with a quiet month of incidents and, when asked, a burst in one kecamatan —
written straight into the register (a month of reports through the form would take a
minute per backend), each recorded when it was reported, as the desk would have it."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.models import Insiden, Referensi, Wilayah
from app.models.referensi import KATEGORI_INSIDEN
from app.services.insiden.demo import CATEGORY_WEIGHTS, SEVERITY_WEIGHTS
from tests.services.insiden.helpers import WIB

#: The quiet month: reports from 25 October to 20 November 2024, before the masa tenang
#: (24–26 November) and voting day (27 November).
MONTH_START = date(2024, 10, 25)
MONTH_END = date(2024, 11, 20)
#: Kecamatan Teluknaga, Kabupaten Tangerang, and its desa.
TELUKNAGA = "36.03.13"
BURST_DAY = date(2024, 11, 15)
QUIET_DAY = date(2024, 11, 12)
PER_DAY = 6


def _weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _rows(uow):
    desa = uow.session.execute(select(Wilayah.id, Wilayah.code).where(Wilayah.level == 4)).all()
    kategori = dict(
        uow.session.execute(
            select(Referensi.code, Referensi.id).where(Referensi.kind == KATEGORI_INSIDEN)
        ).all()
    )
    return desa, kategori


def add(uow, rows: list[tuple], first_number: int) -> list[int]:
    """(occurred_at, wilayah id, wilayah code, kategori id, severity[, latitude, longitude])
    → incidents recorded an hour after they occurred."""
    records = []
    for n, (occurred, region_id, code, kat, severity, *where) in enumerate(rows, start=first_number):
        reported = occurred + timedelta(hours=1)
        lat, lon = where if where else (None, None)
        records.append(Insiden(
            number=f"INS-2024-{n:06d}", occurred_at=occurred, reported_at=reported,
            created_at=reported, updated_at=reported, wilayah_id=region_id, wilayah_code=code,
            kategori_id=kat, severity=severity, chronology="Laporan uji peringatan dini.",
            latitude=lat, longitude=lon,
        ))  # fmt: skip
    uow.session.add_all(records)
    uow.session.flush()
    ids = [r.id for r in records]
    uow.commit()
    return ids


def quiet_month(db, seed: int = 21) -> None:
    """About six reports a day over the province, at random desa, with the demo's mix of
    categories and severities."""
    rng = random.Random(seed)
    with db.uow("tester") as uow:
        desa, kategori = _rows(uow)
        rows = []
        day = MONTH_START
        while day <= MONTH_END:
            for _ in range(rng.randint(PER_DAY - 3, PER_DAY + 3)):
                occurred = datetime.combine(day, time(rng.randint(6, 21), rng.choice((0, 20, 40))), WIB)
                region_id, code = rng.choice(desa)
                rows.append((occurred, region_id, code, kategori[_weighted(rng, CATEGORY_WEIGHTS)],
                             _weighted(rng, SEVERITY_WEIGHTS)))  # fmt: skip
            day += timedelta(days=1)
        add(uow, rows, 1)


def burst(db, size: int = 8, day: date = BURST_DAY, kategori: str = "POLITIK_UANG",
          kecamatan: str = TELUKNAGA, first_number: int = 90_000,
          near: tuple[float, float] | None = None) -> list[int]:  # fmt: skip
    """``size`` reports of one category across the desa of one kecamatan, 07.00–16.00;
    with ``near``, located within about 200 m of it."""
    with db.uow("tester") as uow:
        desa, kategori_ids = _rows(uow)
        inside = [(i, c) for i, c in desa if c.startswith(kecamatan + ".")]
        rows = []
        for n in range(size):
            region_id, code = inside[n % len(inside)]
            occurred = datetime.combine(day, time(7 + n * 9 // size), WIB)
            where = (near[0] + 0.001 * (n % 2), near[1] + 0.001 * (n // 2)) if near else ()
            rows.append((occurred, region_id, code, kategori_ids[kategori], 2, *where))
        return add(uow, rows, first_number)


def end_of(day: date) -> datetime:
    """The instant a figure "as of ``day``" is taken at: the end of that day (WIB)."""
    return datetime.combine(day + timedelta(days=1), time(0), WIB) - timedelta(microseconds=1)
