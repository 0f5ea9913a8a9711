"""Listing consignments: filters and sorting in SQL, read a window at a time, so the
table stays smooth at 1.000.000 consignment lines. Line totals are summed for the
window's consignments only."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import and_, exists, func, or_, select

from app.models import Pemilihan, Pengiriman, PengirimanBaris, Wilayah
from app.models.logistik import DITERIMA, DITERIMA_SEBAGIAN, STATUSES
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.logistik import rules as logistik_rules

#: The statuses of a consignment that has arrived (wholly or in part).
RECEIVED = (DITERIMA, DITERIMA_SEBAGIAN)
SORT_KEYS = {
    "number": Pengiriman.number,
    "status": Pengiriman.status,
    "destination": Pengiriman.destination_code,
    "level": Pengiriman.destination_level,
    "must_arrive_by": Pengiriman.must_arrive_by,
    "expected_arrival": Pengiriman.expected_arrival,
    "actual_arrival": Pengiriman.actual_arrival,
}


@dataclass(frozen=True)
class LogistikFilter:
    #: Dotted code of a kab/kota, kecamatan or desa: the whole subtree matches.
    wilayah_code: str = ""
    destination_level: str = ""
    jenis_id: int | None = None
    status: str = ""
    pemilihan_id: int | None = None
    at_risk: bool = False
    text: str = ""
    sort: str = "must_arrive_by"
    descending: bool = False


@dataclass(frozen=True)
class PengirimanRow:
    id: int
    number: str
    status: str
    risk: str
    origin_level: str
    origin_place: str
    destination_level: str
    destination_name: str
    destination_code: str
    tps: str
    must_arrive_by: date | None
    expected_arrival: date | None
    actual_arrival_day: date | None
    line_count: int
    qty_sent: int
    qty_good: int | None
    escort: bool

    @property
    def shortfall(self) -> int | None:
        return None if self.qty_good is None else self.qty_sent - self.qty_good


@dataclass(frozen=True)
class PengirimanPage:
    rows: list[PengirimanRow]
    total: int


def not_arrived_clause(as_of: datetime | None = None):
    """Consignments still on their way (or not yet sent): now, open and without an arrival;
    at a past instant, recorded by then and not arrived by then (a consignment cancelled
    or returned since is left out: its status history is not kept)."""
    if as_of is None:
        return and_(
            Pengiriman.actual_arrival.is_(None),
            Pengiriman.status.in_(logistik_rules.OPEN_STATUSES),
        )
    return and_(
        Pengiriman.created_at <= as_of,
        or_(Pengiriman.actual_arrival.is_(None), Pengiriman.actual_arrival > as_of),
        Pengiriman.status.in_((*logistik_rules.OPEN_STATUSES, *RECEIVED)),
    )


def at_risk_clause(today: date, as_of: datetime | None = None):
    """Consignments not arrived past their date (Terlambat), or expected after it
    (Berisiko), on ``today`` (the local day of ``as_of`` when given)."""
    return and_(
        not_arrived_clause(as_of),
        Pengiriman.must_arrive_by.is_not(None),
        or_(
            Pengiriman.must_arrive_by < today,
            Pengiriman.expected_arrival > Pengiriman.must_arrive_by,
        ),
    )


def arrived_clause(as_of: datetime | None = None):
    """Consignments that have arrived (wholly or in part): now, or by ``as_of``."""
    if as_of is None:
        return Pengiriman.status.in_(RECEIVED)
    return and_(Pengiriman.status.in_(RECEIVED), Pengiriman.actual_arrival <= as_of)


def code_clause(column, code: str):
    return or_(column == code, column.like(f"{code}.%"))


def where(query, flt: LogistikFilter, today: date):
    query = query.where(Pengiriman.archived.is_(False))
    if flt.wilayah_code:
        query = query.where(code_clause(Pengiriman.destination_code, flt.wilayah_code))
    if flt.destination_level:
        query = query.where(Pengiriman.destination_level == flt.destination_level)
    if flt.status:
        query = query.where(Pengiriman.status == flt.status)
    if flt.pemilihan_id is not None:
        query = query.where(Pengiriman.pemilihan_id == flt.pemilihan_id)
    if flt.jenis_id is not None:
        query = query.where(
            exists().where(
                PengirimanBaris.pengiriman_id == Pengiriman.id,
                PengirimanBaris.jenis_id == flt.jenis_id,
                PengirimanBaris.archived.is_(False),
            )
        )
    if flt.at_risk:
        query = query.where(at_risk_clause(today))
    if flt.text.strip():
        needle = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                Pengiriman.number.ilike(needle),
                Pengiriman.origin_place.ilike(needle),
                Pengiriman.berita_acara.ilike(needle),
            )
        )
    return query


def query(
    uow: UnitOfWork, flt: LogistikFilter, offset: int = 0, limit: int = 200
) -> PengirimanPage:
    clock = desk_clock(uow)
    today = clock.today()
    total = uow.session.scalar(where(select(func.count(Pengiriman.id)), flt, today)) or 0
    order = SORT_KEYS.get(flt.sort, Pengiriman.must_arrive_by)
    order = order.desc() if flt.descending else order.asc()
    statement = where(
        select(
            Pengiriman.id, Pengiriman.number, Pengiriman.status, Pengiriman.origin_level,
            Pengiriman.origin_place, Pengiriman.destination_level, Wilayah.name,
            Pengiriman.destination_code, Pengiriman.tps, Pengiriman.must_arrive_by,
            Pengiriman.expected_arrival, Pengiriman.actual_arrival, Pengiriman.escort,
        ).join(Wilayah, Wilayah.id == Pengiriman.destination_wilayah_id),
        flt,
        today,
    ).order_by(order.nulls_last(), Pengiriman.id)  # fmt: skip
    headers = uow.session.execute(statement.offset(offset).limit(limit)).all()
    totals: dict[int, tuple[int, int, int | None]] = {}
    if headers:
        sums = select(
            PengirimanBaris.pengiriman_id,
            func.count(PengirimanBaris.id),
            func.sum(PengirimanBaris.qty_sent),
            func.sum(PengirimanBaris.qty_good),
        ).where(
            PengirimanBaris.pengiriman_id.in_([h.id for h in headers]),
            PengirimanBaris.archived.is_(False),
        )
        for pid, count, sent, good in uow.session.execute(
            sums.group_by(PengirimanBaris.pengiriman_id)
        ):
            totals[pid] = (count, sent or 0, good)
    rows = []
    for h in headers:
        arrived = h.actual_arrival.astimezone(clock.tz).date() if h.actual_arrival else None
        count, sent, good = totals.get(h.id, (0, 0, None))
        risk = logistik_rules.risk(status=h.status, must_arrive_by=h.must_arrive_by,
                                   expected_arrival=h.expected_arrival, actual_arrival_day=arrived, today=today)  # fmt: skip
        rows.append(
            PengirimanRow(
                h.id, h.number, h.status, risk, h.origin_level, h.origin_place,
                h.destination_level, h.name, h.destination_code, h.tps, h.must_arrive_by,
                h.expected_arrival, arrived, count, sent, good, h.escort,
            )
        )  # fmt: skip
    return PengirimanPage(rows, total)


@dataclass(frozen=True)
class StatusCounts:
    by_status: dict[str, int]
    at_risk: int

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def counts(uow: UnitOfWork, flt: LogistikFilter) -> StatusCounts:
    """How many consignments of each status the filter shows (its status and at-risk
    choices too: the counts describe the table above them), and how many are at risk."""
    today = desk_clock(uow).today()
    rows = uow.session.execute(
        where(select(Pengiriman.status, func.count(Pengiriman.id)), flt, today).group_by(
            Pengiriman.status
        )
    ).all()
    at_risk = uow.session.scalar(
        where(select(func.count(Pengiriman.id)), replace(flt, at_risk=True), today)
    )
    return StatusCounts(dict.fromkeys(STATUSES, 0) | dict(rows), at_risk or 0)


def contest_names(uow: UnitOfWork) -> dict[int, str]:
    return dict(uow.session.execute(select(Pemilihan.id, Pemilihan.name)).all())


def received_between(
    uow: UnitOfWork, *, start: datetime, end: datetime, root_code: str | None = None
) -> dict[str, int]:
    """Consignments recorded as received (Diterima / Diterima sebagian) with their arrival
    between ``start`` and ``end`` (both included), per destination level, to the subtree
    of ``root_code`` (everywhere when empty). "Perubahan sejak laporan terakhir" of the
    brief counts these."""
    statement = (
        select(Pengiriman.destination_level, func.count(Pengiriman.id))
        .where(
            Pengiriman.archived.is_(False),
            Pengiriman.status.in_(RECEIVED),
            Pengiriman.actual_arrival >= start,
            Pengiriman.actual_arrival <= end,
        )
        .group_by(Pengiriman.destination_level)
    )
    if root_code:
        statement = statement.where(code_clause(Pengiriman.destination_code, root_code))
    return {level: int(n) for level, n in uow.session.execute(statement)}
