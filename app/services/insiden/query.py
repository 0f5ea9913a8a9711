"""Listing incidents: filters, sorting and search done in SQL, read a window at a time,
so the register stays smooth at 100.000 incidents. Counts for the status bar come from
the same filter."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from app.models import Insiden, Referensi, Wilayah
from app.models.insiden import STATUSES
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.insiden import rules

#: The ``status`` filter value for every status still open (the dashboard's "Insiden
#: terbuka" tile opens the register with it).
OPEN = "terbuka"

#: Sortable columns by name; anything else sorts by time of occurrence.
SORT_KEYS = {
    "number": Insiden.number,
    "occurred_at": Insiden.occurred_at,
    "wilayah": Insiden.wilayah_code,
    "tps": Insiden.tps,
    "kategori": Insiden.kategori_id,
    "severity": Insiden.severity,
    "status": Insiden.status,
    "deadline": Insiden.follow_up_deadline,
}


@dataclass(frozen=True)
class InsidenFilter:
    date_from: date | None = None
    date_to: date | None = None
    #: Dotted Kemendagri code of a kab/kota, kecamatan or desa: the whole subtree matches.
    wilayah_code: str = ""
    kategori_id: int | None = None
    severity: int | None = None
    status: str = ""
    pemilihan_id: int | None = None
    tahapan_id: int | None = None
    overdue_only: bool = False
    text: str = ""
    sort: str = "occurred_at"
    descending: bool = True
    #: A past instant: the incidents the desk knew then, with their status then (SPEC 14).
    as_of: datetime | None = None

    def sorted_by(self, key: str, descending: bool) -> InsidenFilter:
        return replace(self, sort=key, descending=descending)


@dataclass(frozen=True)
class InsidenRow:
    id: int
    number: str
    occurred_at: datetime
    wilayah: str
    wilayah_code: str
    tps: str
    kategori: str
    severity: int
    status: str
    overdue: bool
    escalated_to: str
    deadline: datetime | None
    place_detail: str
    #: A follow-up report: the number of the incident it follows ("" for an incident).
    follows: str = ""


@dataclass(frozen=True)
class InsidenPage:
    rows: list[InsidenRow]
    total: int


def _where(query, flt: InsidenFilter, tz, now: datetime):
    """The base incident filter (every status and the follow-up reports: the register
    lists them all), then the register's own choices."""
    base = rules.Scope(flt.date_from, flt.date_to, flt.pemilihan_id, flt.wilayah_code,
                       include_invalid=True, include_follow_ups=True, as_of=flt.as_of)  # fmt: skip
    query = rules.where(query, base, tz)
    status = rules.status_at(flt.as_of)
    if flt.kategori_id is not None:
        query = query.where(Insiden.kategori_id == flt.kategori_id)
    if flt.severity is not None:
        query = query.where(Insiden.severity == flt.severity)
    if flt.status == OPEN:
        query = query.where(rules.open_clause(status))
    elif flt.status:
        query = query.where(status == flt.status)
    if flt.tahapan_id is not None:
        query = query.where(Insiden.tahapan_id == flt.tahapan_id)
    if flt.overdue_only:
        query = query.where(rules.overdue_clause(flt.as_of or now, status))
    if flt.text.strip():
        needle = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                Insiden.number.ilike(needle),
                Insiden.place_detail.ilike(needle),
                Insiden.chronology.ilike(needle),
            )
        )
    return query


#: The register's joins, made once: an alias sets up its columns when it is made (3 ms of
#: each window read when made per call).
_KATEGORI = aliased(Referensi, name="kategori")
_INSTANSI = aliased(Referensi, name="instansi")
_ORIGINAL = aliased(Insiden, name="original")


def query(
    uow: UnitOfWork,
    flt: InsidenFilter,
    offset: int = 0,
    limit: int = 200,
    known_total: int | None = None,
) -> InsidenPage:
    clock = desk_clock(uow)
    now = clock.now_utc()
    kategori, instansi, original = _KATEGORI, _INSTANSI, _ORIGINAL
    total = (
        known_total
        if known_total is not None
        else (uow.session.scalar(_where(select(func.count(Insiden.id)), flt, clock.tz, now)) or 0)
    )
    order = SORT_KEYS.get(flt.sort, Insiden.occurred_at)
    order = order.desc() if flt.descending else order.asc()
    if flt.sort == "deadline":  # the only nullable sort column: empty last, on every backend
        order = order.nulls_last()
    statement = _where(
        select(
            Insiden.id,
            Insiden.number,
            Insiden.occurred_at,
            Wilayah.name,
            Insiden.wilayah_code,
            Insiden.tps,
            kategori.name,
            Insiden.severity,
            rules.status_at(flt.as_of),
            instansi.name,
            Insiden.follow_up_deadline,
            Insiden.place_detail,
            original.number,
            Insiden.linked_to_id,
        )
        .join(Wilayah, Wilayah.id == Insiden.wilayah_id)
        .join(kategori, kategori.id == Insiden.kategori_id)
        .outerjoin(instansi, instansi.id == Insiden.escalated_to_id)
        .outerjoin(original, original.id == Insiden.linked_to_id),
        flt,
        clock.tz,
        now,
    ).order_by(order, Insiden.id.desc())
    rows = [
        InsidenRow(
            id=r[0], number=r[1], occurred_at=r[2], wilayah=r[3], wilayah_code=r[4], tps=r[5], kategori=r[6],
            severity=r[7], status=r[8], overdue=rules.is_overdue(r[8], r[10], flt.as_of or now, r[13]),
            escalated_to=r[9] or "", deadline=r[10], place_detail=r[11], follows=r[12] or "",
        )
        for r in uow.session.execute(statement.offset(offset).limit(limit))
    ]  # fmt: skip
    return InsidenPage(rows, total)


@dataclass(frozen=True)
class StatusCounts:
    #: Incidents of their own per status (follow-up reports apart).
    by_status: dict[str, int]
    overdue: int
    #: Follow-up reports the filter shows (part of the incidents they follow).
    follow_ups: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def counts(uow: UnitOfWork, flt: InsidenFilter) -> StatusCounts:
    """What the filter shows: incidents of each status (as the filter chooses them), how
    many are overdue, and how many follow-up reports it lists besides."""
    clock = desk_clock(uow)
    now = clock.now_utc()
    status = rules.status_at(flt.as_of)
    rows = uow.session.execute(
        _where(select(status, func.count(Insiden.id)), flt, clock.tz, now)
        .where(rules.own_incident_clause())
        .group_by(status)
    ).all()
    by_status = dict.fromkeys(STATUSES, 0) | {value: count for value, count in rows}
    overdue = uow.session.scalar(
        _where(select(func.count(Insiden.id)), replace(flt, overdue_only=True), clock.tz, now)
    )
    follow_ups = uow.session.scalar(
        _where(select(func.count(Insiden.id)), flt, clock.tz, now).where(
            Insiden.linked_to_id.is_not(None)
        )
    )
    return StatusCounts(by_status, overdue or 0, follow_ups or 0)
