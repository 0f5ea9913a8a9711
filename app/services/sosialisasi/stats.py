"""Outreach figures (SPEC 6.1, 6.5, 7): reach per region, in total, per target group and
per week, computed in SQL (and pandas for the weeks) from the same filter as the register.
The dashboard, the briefs and the Sosialisasi page all call these functions.

Definitions, shown to the user where the figures appear:
- *sessions*: live (not archived) sessions in the period and area;
- *attended*: men + women recorded as present (persons with disabilities are among them);
- *planned*: planned participants; ``planned_reported`` counts only the sessions whose
  attendance is recorded, so "planned vs actual" compares like with like;
- a session belongs to the region where it was held; a region row at a level counts the
  sessions recorded at that level or below (a session recorded for a whole kab/kota has no
  kecamatan, see ``reach_unallocated``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select

from app.models import Referensi, Sosialisasi, Wilayah, sosialisasi_sasaran
from app.models.referensi import KELOMPOK_SASARAN
from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA, LEVEL_KECAMATAN, LEVEL_PROVINSI
from app.services.core import pengaturan
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.sosialisasi.query import ATTENDED, SosialisasiFilter, where

#: Length of a dotted Kemendagri code at each level: 36 · 36.01 · 36.01.01 · 36.01.01.2001.
CODE_LENGTH = {LEVEL_PROVINSI: 2, LEVEL_KABKOTA: 5, LEVEL_KECAMATAN: 8, LEVEL_DESA: 13}
LEVEL_WORDS = {
    LEVEL_KABKOTA: "kab/kota",
    LEVEL_KECAMATAN: "kecamatan",
    LEVEL_DESA: "desa/kelurahan",
}


@dataclass(frozen=True)
class ReachRow:
    code: str
    name: str
    sessions: int
    planned: int
    attended: int
    attended_women: int
    attended_disabled: int
    budget: int
    attended_men: int = 0
    #: Sessions whose attendance is recorded, and their planned participants.
    sessions_reported: int = 0
    planned_reported: int = 0

    @property
    def women_pct(self) -> float | None:
        """Women among those who attended, in percent; None when nobody is recorded."""
        return 100.0 * self.attended_women / self.attended if self.attended else None

    @property
    def attendance_pct(self) -> float | None:
        """Attended ÷ planned, over the sessions whose attendance is recorded."""
        return 100.0 * self.attended / self.planned_reported if self.planned_reported else None


@dataclass(frozen=True)
class GroupReach:
    """Sessions aimed at one target group (a session aimed at several counts for each)."""

    id: int
    code: str
    name: str
    sessions: int
    attended: int
    attended_women: int
    attended_disabled: int


@dataclass(frozen=True)
class WeekReach:
    #: Monday of the week, in the desk's time zone.
    week_start: date
    sessions: int
    planned: int
    attended: int


def _sums():
    reported = ATTENDED.is_not(None)
    return (
        func.count(Sosialisasi.id),
        func.coalesce(func.sum(Sosialisasi.planned_participants), 0),
        func.coalesce(func.sum(ATTENDED), 0),
        func.coalesce(func.sum(Sosialisasi.attendance_women), 0),
        func.coalesce(func.sum(Sosialisasi.attendance_disabled), 0),
        func.coalesce(func.sum(Sosialisasi.budget), 0),
        func.coalesce(func.sum(Sosialisasi.attendance_men), 0),
        func.coalesce(func.sum(case((reported, 1), else_=0)), 0),
        func.coalesce(func.sum(case((reported, Sosialisasi.planned_participants), else_=0)), 0),
    )


def _row(code: str, name: str, values) -> ReachRow:
    (sessions, planned, attended, women, disabled, budget, men, reported, planned_reported) = (
        int(v or 0) for v in values
    )
    return ReachRow(code, name, sessions, planned, attended, women, disabled, budget, men,
                    reported, planned_reported)  # fmt: skip


def _filter(
    root_code: str | None, start: date | None, end: date | None, flt: SosialisasiFilter | None,
    as_of: datetime | None = None,
) -> SosialisasiFilter:  # fmt: skip
    base = flt or SosialisasiFilter()
    return replace(
        base,
        wilayah_code=root_code or base.wilayah_code,
        date_from=start or base.date_from,
        date_to=end or base.date_to,
        as_of=as_of or base.as_of,
    )


def _root(uow: UnitOfWork, root_code: str | None) -> tuple[str, str]:
    if root_code:
        name = uow.session.scalar(select(Wilayah.name).where(Wilayah.code == root_code))
        return root_code, name or root_code
    return pengaturan.get(uow, "province_code"), pengaturan.get(uow, "province_name")


def reach_by_region(
    uow: UnitOfWork,
    *,
    level: int,
    root_code: str | None = None,
    start: date | None = None,
    end: date | None = None,
    flt: SosialisasiFilter | None = None,
    as_of: datetime | None = None,
) -> list[ReachRow]:
    """One row per region at ``level`` under ``root_code`` (every region, zeros included,
    in code order). ``flt`` narrows further with the register's other filters."""
    flt = _filter(root_code, start, end, flt, as_of)
    length = CODE_LENGTH[level]
    key = func.substr(Sosialisasi.wilayah_code, 1, length)
    statement = where(select(key, *_sums()), flt, desk_clock(uow).tz)
    statement = statement.where(func.length(Sosialisasi.wilayah_code) >= length).group_by(key)
    found = {code: values for code, *values in uow.session.execute(statement)}
    regions = select(Wilayah.code, Wilayah.name).where(
        Wilayah.level == level, Wilayah.archived.is_(False)
    )
    if flt.wilayah_code:
        regions = regions.where(Wilayah.code.like(f"{flt.wilayah_code}.%"))
    zero = (0,) * 9
    return [
        _row(code, name, found.get(code, zero))
        for code, name in uow.session.execute(regions.order_by(Wilayah.code))
    ]


def reach_total(
    uow: UnitOfWork,
    *,
    root_code: str | None = None,
    start: date | None = None,
    end: date | None = None,
    flt: SosialisasiFilter | None = None,
    as_of: datetime | None = None,
) -> ReachRow:
    """Everything under ``root_code`` (the province when None), at any level."""
    flt = _filter(root_code, start, end, flt, as_of)
    values = uow.session.execute(where(select(*_sums()), flt, desk_clock(uow).tz)).one()
    return _row(*_root(uow, flt.wilayah_code or None), values)


def reach_unallocated(
    uow: UnitOfWork,
    *,
    level: int,
    root_code: str | None = None,
    start: date | None = None,
    end: date | None = None,
    flt: SosialisasiFilter | None = None,
    as_of: datetime | None = None,
) -> ReachRow:
    """Sessions under the root recorded above ``level`` (e.g. for a whole kab/kota when
    kecamatan rows are asked): in the total, in no row. Rows + this = total."""
    flt = _filter(root_code, start, end, flt, as_of)
    statement = where(select(*_sums()), flt, desk_clock(uow).tz).where(
        func.length(Sosialisasi.wilayah_code) < CODE_LENGTH[level]
    )
    return _row(*_root(uow, flt.wilayah_code or None), uow.session.execute(statement).one())


def reach_by_target_group(
    uow: UnitOfWork,
    *,
    root_code: str | None = None,
    start: date | None = None,
    end: date | None = None,
    flt: SosialisasiFilter | None = None,
    as_of: datetime | None = None,
) -> list[GroupReach]:
    """Every active target group (and inactive ones still used), in list order."""
    flt = _filter(root_code, start, end, flt, as_of)
    group = sosialisasi_sasaran.c.referensi_id
    statement = where(
        select(
            group,
            func.count(Sosialisasi.id),
            func.coalesce(func.sum(ATTENDED), 0),
            func.coalesce(func.sum(Sosialisasi.attendance_women), 0),
            func.coalesce(func.sum(Sosialisasi.attendance_disabled), 0),
        ).join(sosialisasi_sasaran, sosialisasi_sasaran.c.sosialisasi_id == Sosialisasi.id),
        flt,
        desk_clock(uow).tz,
    ).group_by(group)
    found = {ref_id: values for ref_id, *values in uow.session.execute(statement)}
    refs = uow.session.scalars(
        select(Referensi)
        .where(Referensi.kind == KELOMPOK_SASARAN)
        .order_by(Referensi.sort_order, Referensi.id)
    )
    return [
        GroupReach(ref.id, ref.code, ref.name, *(int(v) for v in found.get(ref.id, (0, 0, 0, 0))))
        for ref in refs
        if ref.active or ref.id in found
    ]


def reach_by_week(
    uow: UnitOfWork,
    *,
    root_code: str | None = None,
    start: date | None = None,
    end: date | None = None,
    flt: SosialisasiFilter | None = None,
    as_of: datetime | None = None,
) -> list[WeekReach]:
    """Weeks (Monday to Sunday, desk time) from the period's first to its last week; when
    the period is open, from the first to the last session. Empty weeks are included."""
    import pandas as pd

    flt = _filter(root_code, start, end, flt, as_of)
    tz = desk_clock(uow).tz
    rows = uow.session.execute(
        where(select(Sosialisasi.starts_at, Sosialisasi.planned_participants, ATTENDED), flt, tz)
    ).all()
    if not rows and not (flt.date_from and flt.date_to):
        return []
    frame = pd.DataFrame(rows, columns=["starts_at", "planned", "attended"])
    for column in ("planned", "attended"):
        frame[column] = pd.to_numeric(frame[column]).fillna(0)
    days = [moment.astimezone(tz).date() for moment in frame["starts_at"]]
    frame["week"] = [day - timedelta(days=day.weekday()) for day in days]
    first = flt.date_from or min(days)
    last = flt.date_to or max(days)
    weeks = pd.date_range(first - timedelta(days=first.weekday()), last, freq="7D").date
    grouped = (
        frame.groupby("week")
        .agg(
            sessions=("starts_at", "size"), planned=("planned", "sum"), attended=("attended", "sum")
        )
        .reindex(weeks, fill_value=0)
    )
    return [
        WeekReach(week, int(r.sessions), int(r.planned or 0), int(r.attended or 0))
        for week, r in grouped.iterrows()
    ]


def drill_level(root_code: str) -> int:
    """The level one below the root: kab/kota under the province, kecamatan under a
    kab/kota, desa under a kecamatan (and desa under a desa)."""
    level = {2: LEVEL_PROVINSI, 5: LEVEL_KABKOTA, 8: LEVEL_KECAMATAN}.get(
        len(root_code), LEVEL_DESA
    )
    return min(level + 1, LEVEL_DESA) if root_code else LEVEL_KABKOTA


@dataclass(frozen=True)
class ReachCharts:
    """Everything the Sosialisasi charts show, read in one task for one filter."""

    total: ReachRow
    level: int
    by_region: list[ReachRow]
    unallocated: ReachRow
    by_group: list[GroupReach]
    by_week: list[WeekReach]


def charts(uow: UnitOfWork, flt: SosialisasiFilter) -> ReachCharts:
    level = drill_level(flt.wilayah_code) if flt.wilayah_code else LEVEL_KABKOTA
    return ReachCharts(
        total=reach_total(uow, flt=flt),
        level=level,
        by_region=reach_by_region(uow, level=level, flt=flt),
        unallocated=reach_unallocated(uow, level=level, flt=flt),
        by_group=reach_by_target_group(uow, flt=flt),
        by_week=reach_by_week(uow, flt=flt),
    )
