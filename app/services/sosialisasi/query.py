"""Listing outreach sessions: filters, sorting and search done in SQL, read a window at a
time, so the register stays smooth at 20.000 sessions. The status-bar totals, the charts
and the export use the same filter (``where``), so they always agree with the table."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased

from app.models import Referensi, Sosialisasi, Wilayah, sosialisasi_sasaran
from app.services.core.clock import desk_clock
from app.services.core.rollup import in_subtree
from app.services.core.uow import UnitOfWork

#: Men + women who attended; NULL while neither is recorded (a planned session).
ATTENDED = case(
    (
        and_(Sosialisasi.attendance_men.is_(None), Sosialisasi.attendance_women.is_(None)),
        None,
    ),
    else_=func.coalesce(Sosialisasi.attendance_men, 0)
    + func.coalesce(Sosialisasi.attendance_women, 0),
)

#: Sortable columns by name; anything else sorts by start time.
SORT_KEYS = {
    "starts_at": Sosialisasi.starts_at,
    "wilayah": Sosialisasi.wilayah_code,
    "organiser": Sosialisasi.organiser,
    "jenis": Sosialisasi.jenis_kegiatan_id,
    "topic": Sosialisasi.topic,
    "planned": Sosialisasi.planned_participants,
    "attended": ATTENDED,
    "budget": Sosialisasi.budget,
}
NULLABLE_SORTS = {"planned", "attended", "budget"}


@dataclass(frozen=True)
class SosialisasiFilter:
    date_from: date | None = None
    date_to: date | None = None
    #: Dotted Kemendagri code of a kab/kota, kecamatan or desa: the whole subtree matches.
    wilayah_code: str = ""
    organiser: str = ""
    jenis_kegiatan_id: int | None = None
    #: A target group: sessions aimed at it (among others) match.
    sasaran_id: int | None = None
    pemilihan_id: int | None = None
    #: Words in the topic, venue, speakers or notes.
    text: str = ""
    sort: str = "starts_at"
    descending: bool = True
    #: A past instant: the sessions held and recorded by then (SPEC 14).
    as_of: datetime | None = None

    def sorted_by(self, key: str, descending: bool) -> SosialisasiFilter:
        return replace(self, sort=key, descending=descending)


@dataclass(frozen=True)
class SosialisasiRow:
    id: int
    starts_at: datetime
    ends_at: datetime | None
    wilayah: str
    wilayah_code: str
    organiser: str
    jenis: str
    topic: str
    venue: str
    sasaran: str
    planned: int | None
    attended: int | None
    women: int | None
    disabled: int | None
    budget: int | None


@dataclass(frozen=True)
class SosialisasiPage:
    rows: list[SosialisasiRow]
    total: int


def where(query, flt: SosialisasiFilter, tz: ZoneInfo):
    """``query`` limited to the live sessions the filter selects."""
    query = query.where(Sosialisasi.archived.is_(False))
    if flt.as_of is not None:
        query = query.where(Sosialisasi.created_at <= flt.as_of, Sosialisasi.starts_at <= flt.as_of)
    if flt.date_from:
        query = query.where(Sosialisasi.starts_at >= datetime.combine(flt.date_from, time(0), tz))
    if flt.date_to:
        end = datetime.combine(flt.date_to + timedelta(days=1), time(0), tz)
        query = query.where(Sosialisasi.starts_at < end)
    if flt.wilayah_code:
        query = query.where(in_subtree(Sosialisasi.wilayah_code, flt.wilayah_code))
    if flt.organiser:
        query = query.where(Sosialisasi.organiser == flt.organiser)
    if flt.jenis_kegiatan_id is not None:
        query = query.where(Sosialisasi.jenis_kegiatan_id == flt.jenis_kegiatan_id)
    if flt.sasaran_id is not None:
        query = query.where(
            exists().where(
                sosialisasi_sasaran.c.sosialisasi_id == Sosialisasi.id,
                sosialisasi_sasaran.c.referensi_id == flt.sasaran_id,
            )
        )
    if flt.pemilihan_id is not None:
        query = query.where(Sosialisasi.pemilihan_id == flt.pemilihan_id)
    if flt.text.strip():
        needle = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                Sosialisasi.topic.ilike(needle),
                Sosialisasi.venue.ilike(needle),
                Sosialisasi.speakers.ilike(needle),
                Sosialisasi.notes.ilike(needle),
            )
        )
    return query


def sasaran_names(uow: UnitOfWork, ids: list[int]) -> dict[int, str]:
    """Target-group names of many sessions in one query: ``{session id: "A, B"}``."""
    if not ids:
        return {}
    rows = uow.session.execute(
        select(sosialisasi_sasaran.c.sosialisasi_id, Referensi.name)
        .join(Referensi, Referensi.id == sosialisasi_sasaran.c.referensi_id)
        .where(sosialisasi_sasaran.c.sosialisasi_id.in_(ids))
        .order_by(Referensi.sort_order, Referensi.id)
    )
    names: dict[int, list[str]] = {}
    for session_id, name in rows:
        names.setdefault(session_id, []).append(name)
    return {k: ", ".join(v) for k, v in names.items()}


def ordered(statement, flt: SosialisasiFilter):
    order = SORT_KEYS.get(flt.sort, Sosialisasi.starts_at)
    order = order.desc() if flt.descending else order.asc()
    if flt.sort in NULLABLE_SORTS:  # empty last, on every backend
        order = order.nulls_last()
    return statement.order_by(order, Sosialisasi.id.desc())


#: Made once: an alias sets up its columns when it is made.
_JENIS = aliased(Referensi, name="jenis")


def query(
    uow: UnitOfWork, flt: SosialisasiFilter, offset: int = 0, limit: int = 200,
    known_total: int | None = None,
) -> SosialisasiPage:  # fmt: skip
    tz = desk_clock(uow).tz
    total = (
        known_total
        if known_total is not None
        else (uow.session.scalar(where(select(func.count(Sosialisasi.id)), flt, tz)) or 0)
    )
    jenis = _JENIS
    statement = where(
        select(
            Sosialisasi.id, Sosialisasi.starts_at, Sosialisasi.ends_at, Wilayah.name,
            Sosialisasi.wilayah_code, Sosialisasi.organiser, jenis.name, Sosialisasi.topic,
            Sosialisasi.venue, Sosialisasi.planned_participants, ATTENDED,
            Sosialisasi.attendance_women, Sosialisasi.attendance_disabled, Sosialisasi.budget,
        )
        .join(Wilayah, Wilayah.id == Sosialisasi.wilayah_id)
        .outerjoin(jenis, jenis.id == Sosialisasi.jenis_kegiatan_id),
        flt,
        tz,
    )  # fmt: skip
    found = uow.session.execute(ordered(statement, flt).offset(offset).limit(limit)).all()
    names = sasaran_names(uow, [r[0] for r in found])
    rows = [
        SosialisasiRow(
            id=r[0], starts_at=r[1], ends_at=r[2], wilayah=r[3], wilayah_code=r[4],
            organiser=r[5], jenis=r[6] or "", topic=r[7], venue=r[8], sasaran=names.get(r[0], ""),
            planned=r[9], attended=r[10], women=r[11], disabled=r[12], budget=r[13],
        )
        for r in found
    ]  # fmt: skip
    return SosialisasiPage(rows, total)


@dataclass(frozen=True)
class Totals:
    """What the filtered table adds up to, for the status bar."""

    sessions: int
    planned: int
    attended: int
    budget: int


def totals(uow: UnitOfWork, flt: SosialisasiFilter) -> Totals:
    tz = desk_clock(uow).tz
    row = uow.session.execute(
        where(
            select(
                func.count(Sosialisasi.id),
                func.coalesce(func.sum(Sosialisasi.planned_participants), 0),
                func.coalesce(func.sum(ATTENDED), 0),
                func.coalesce(func.sum(Sosialisasi.budget), 0),
            ),
            flt,
            tz,
        )
    ).one()
    return Totals(*(int(v) for v in row))
