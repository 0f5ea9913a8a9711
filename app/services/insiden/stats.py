"""Incident figures shared by the dashboard and the PDF brief (ARCHITECTURE practice 10):
per kab/kota × severity, per day × severity, per status, per category, open now
(what changed in a time window: ``insiden_changes``). Plain data out; nothing downstream recomputes a total.

Counted are the incidents that occurred in the period, not archived, and — unless asked —
not judged ``Tidak valid`` (a report found untrue is not an incident). Days and periods
are the desk's local days (WIB/WITA/WIT).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from app.models import Insiden, Referensi, Wilayah
from app.models.insiden import DITINDAKLANJUTI, SELESAI, SEVERITIES, STATUSES, TIDAK_VALID
from app.models.wilayah import LEVEL_KABKOTA
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.insiden import rules
from app.services.insiden.rules import OPEN_STATUSES, Scope

LEVELS = tuple(sorted(SEVERITIES))  # 1..4
#: Row label for incidents recorded against the province itself (no kab/kota).
PROVINCE_ROW = "Tingkat provinsi"
#: The statistics filter is the base incident filter (``rules.Scope``).
StatsFilter = Scope
__all__ = ["LEVELS", "OPEN_STATUSES", "PROVINCE_ROW", "StatsFilter"]


def _where(query, flt: StatsFilter, tz: ZoneInfo):
    return rules.where(query, flt, tz)


def _tz(uow: UnitOfWork) -> ZoneInfo:
    return desk_clock(uow).tz


# -- per kab/kota × severity ------------------------------------------------------------


@dataclass(frozen=True)
class KabKotaRow:
    code: str
    name: str
    #: Counts for severity 1..4, in that order.
    by_severity: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.by_severity)


@dataclass(frozen=True)
class SeverityMatrix:
    rows: list[KabKotaRow]

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(r.by_severity[i] for r in self.rows) for i in range(len(LEVELS)))

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)


def _kabkota_list(uow: UnitOfWork, within: str) -> list[tuple[str, str]]:
    query = select(Wilayah.code, Wilayah.name).where(
        Wilayah.level == LEVEL_KABKOTA, Wilayah.archived.is_(False)
    )
    if within:
        prefix = within[:5]
        query = query.where(or_(Wilayah.code == prefix, Wilayah.code.like(f"{prefix}.%")))
    return [(code, name) for code, name in uow.session.execute(query.order_by(Wilayah.code))]


def by_kabkota_severity(uow: UnitOfWork, flt: StatsFilter) -> SeverityMatrix:
    """Every kab/kota of the desk's province (zeros included, so an empty row reads as
    "none"), plus a province-level row only when such incidents exist."""
    kabkota = func.substr(Insiden.wilayah_code, 1, 5)
    counted = uow.session.execute(
        _where(select(kabkota, Insiden.severity, func.count(Insiden.id)), flt, _tz(uow)).group_by(
            kabkota, Insiden.severity
        )
    ).all()
    cells: dict[str, dict[int, int]] = {}
    for code, severity, count in counted:
        key = code if code and len(code) == 5 else ""
        cells.setdefault(key, {})
        cells[key][severity] = cells[key].get(severity, 0) + count
    rows = []
    for code, name in _kabkota_list(uow, flt.wilayah_code):
        counts = cells.pop(code, {})
        rows.append(KabKotaRow(code, name, tuple(counts.get(level, 0) for level in LEVELS)))
    # A kab/kota code without a region row cannot happen through the app; count it anyway
    # under the province row rather than lose it from the total.
    rest: dict[int, int] = {}
    for counts in cells.values():
        for level, count in counts.items():
            rest[level] = rest.get(level, 0) + count
    if rest:
        rows.append(KabKotaRow("", PROVINCE_ROW, tuple(rest.get(level, 0) for level in LEVELS)))
    return SeverityMatrix(rows)


# -- per day × severity -----------------------------------------------------------------


@dataclass(frozen=True)
class DayCounts:
    day: date
    by_severity: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.by_severity)


def _local_day(uow: UnitOfWork, tz: ZoneInfo):
    """SQL for the local calendar day of ``occurred_at``. SQLite keeps naive UTC text, so
    the zone's fixed offset is added (Indonesian zones have no daylight saving time)."""
    if uow.session.get_bind().dialect.name == "sqlite":
        offset = tz.utcoffset(datetime(2000, 1, 1)) or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        return func.date(Insiden.occurred_at, f"{minutes:+d} minutes")
    return func.date(func.timezone(tz.key, Insiden.occurred_at))


def per_day_by_severity(uow: UnitOfWork, flt: StatsFilter) -> list[DayCounts]:
    """One entry per local day from ``date_from`` to ``date_to`` (both needed), zeros kept."""
    if flt.date_from is None or flt.date_to is None:
        raise ValueError("per_day_by_severity needs a closed period")
    tz = _tz(uow)
    day = _local_day(uow, tz)
    counted = uow.session.execute(
        _where(select(day, Insiden.severity, func.count(Insiden.id)), flt, tz).group_by(
            day, Insiden.severity
        )
    ).all()
    cells: dict[date, dict[int, int]] = {}
    for value, severity, count in counted:
        when = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        cells.setdefault(when, {})[severity] = count
    days = (flt.date_to - flt.date_from).days + 1
    return [
        DayCounts(d, tuple(cells.get(d, {}).get(level, 0) for level in LEVELS))
        for d in (flt.date_from + timedelta(days=i) for i in range(days))
    ]


# -- totals by status and severity ------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    by_status: dict[str, int]
    by_severity: dict[int, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def totals(uow: UnitOfWork, flt: StatsFilter) -> Totals:
    status = rules.status_at(flt.as_of).label("status")
    counted = uow.session.execute(
        _where(select(status, Insiden.severity, func.count(Insiden.id)), flt, _tz(uow))
        .group_by(status, Insiden.severity)
    ).all()
    by_status = dict.fromkeys(STATUSES, 0)
    if not flt.include_invalid:
        by_status.pop(TIDAK_VALID)
    by_severity = dict.fromkeys(LEVELS, 0)
    for status, severity, count in counted:
        by_status[status] = by_status.get(status, 0) + count
        by_severity[severity] = by_severity.get(severity, 0) + count
    return Totals(by_status, by_severity)


@dataclass(frozen=True)
class OpenNow:
    """Incidents still being handled (any occurrence date), now or as of the filter's
    instant, and how many of their follow-ups are overdue then."""

    by_severity: dict[int, int]
    overdue: int

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())


def open_now(uow: UnitOfWork, flt: StatsFilter) -> OpenNow:
    """``flt``'s contest, region and instant apply; its period does not (open is open)."""
    clock = desk_clock(uow)
    at = flt.as_of or clock.now_utc()
    scope = StatsFilter(pemilihan_id=flt.pemilihan_id, wilayah_code=flt.wilayah_code,
                        as_of=flt.as_of)  # fmt: skip
    status = rules.status_at(flt.as_of)
    counted = uow.session.execute(
        _where(select(Insiden.severity, func.count(Insiden.id)), scope, clock.tz)
        .where(rules.open_clause(status))
        .group_by(Insiden.severity)
    ).all()
    overdue = uow.session.scalar(
        _where(select(func.count(Insiden.id)), scope, clock.tz).where(
            rules.overdue_clause(at, status)
        )
    )
    return OpenNow(dict.fromkeys(LEVELS, 0) | dict(counted), overdue or 0)


@dataclass(frozen=True)
class CategoryCount:
    name: str
    group: str
    count: int


def by_category(uow: UnitOfWork, flt: StatsFilter) -> list[CategoryCount]:
    """Categories with at least one incident, most frequent first."""
    rows = uow.session.execute(
        _where(
            select(Referensi.name, Referensi.group, func.count(Insiden.id)).join(
                Referensi, Referensi.id == Insiden.kategori_id
            ),
            flt,
            _tz(uow),
        )
        .group_by(Referensi.id, Referensi.name, Referensi.group)
        .order_by(func.count(Insiden.id).desc(), Referensi.name)
    ).all()
    return [CategoryCount(name, group, count) for name, group, count in rows]


# -- notable incidents ------------------------------------------------------------------


@dataclass(frozen=True)
class NotableIncident:
    id: int
    number: str
    occurred_at: datetime
    wilayah: str
    kabkota: str
    kategori: str
    severity: int
    status: str
    escalated_to: str
    chronology: str
    actions_taken: str


@dataclass(frozen=True)
class Notable:
    items: list[NotableIncident]
    #: How many incidents met the bar in all (``items`` may be cut at the limit).
    total: int


def notable(uow: UnitOfWork, flt: StatsFilter, min_severity: int = 3, limit: int = 10) -> Notable:
    """The most severe incidents of the period, most severe and most recent first."""
    from sqlalchemy.orm import aliased

    tz = _tz(uow)
    kategori, instansi, kabkota = aliased(Referensi), aliased(Referensi), aliased(Wilayah)
    base = _where(select(func.count(Insiden.id)), flt, tz).where(Insiden.severity >= min_severity)
    total = uow.session.scalar(base) or 0
    rows = uow.session.execute(
        _where(
            select(
                Insiden.id, Insiden.number, Insiden.occurred_at, Wilayah.name, kabkota.name,
                kategori.name, Insiden.severity, rules.status_at(flt.as_of), instansi.name,
                Insiden.chronology, Insiden.actions_taken,
            )
            .join(Wilayah, Wilayah.id == Insiden.wilayah_id)
            .join(kategori, kategori.id == Insiden.kategori_id)
            .outerjoin(instansi, instansi.id == Insiden.escalated_to_id)
            .outerjoin(kabkota, kabkota.code == func.substr(Insiden.wilayah_code, 1, 5)),
            flt,
            tz,
        )
        .where(Insiden.severity >= min_severity)
        .order_by(Insiden.severity.desc(), Insiden.occurred_at.desc(), Insiden.id.desc())
        .limit(limit)
    ).all()  # fmt: skip
    # The agency is the incident's only once it was forwarded (by the instant counted).
    forwarded = (DITINDAKLANJUTI, SELESAI)
    items = [
        NotableIncident(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7],
                        (r[8] or "") if r[7] in forwarded else "", r[9], r[10])
        for r in rows
    ]  # fmt: skip
    return Notable(items, total)
