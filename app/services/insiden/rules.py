"""The incident rules every figure shares (one rule, one place): which incidents a figure
counts, what "open" and "overdue" mean, and an incident's status *as of* an instant.

Each rule is a Python predicate with its SQL expression beside it, used by the register,
the dashboard, the statistics, the exports, the brief and ``check`` alike. Change "when a
follow-up is overdue" here and nowhere else.

As of an instant T (SPEC 14): an incident counts when the desk had recorded it by T
(``created_at``), with the status its append-only history gave it at T.

A follow-up report ("Tautkan sebagai laporan lanjutan": another report of an incident
already recorded, ``linked_to_id`` set) is not an incident of its own: it is never open or
overdue, no figure counts it (the original is counted once), its status follows the
original's, and it is listed in the register beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select

from app.models import Insiden, RiwayatInsiden
from app.models.insiden import BARU, DITINDAKLANJUTI, TERVERIFIKASI, TIDAK_VALID
from app.services.core.rollup import in_subtree

#: Statuses of an incident still being handled.
OPEN_STATUSES = (BARU, TERVERIFIKASI, DITINDAKLANJUTI)


# -- follow-up reports -------------------------------------------------------------------
def is_follow_up(linked_to_id: int | None) -> bool:
    """A report linked to an incident already recorded: part of that incident."""
    return linked_to_id is not None


def own_incident_clause() -> Any:
    """``not is_follow_up`` in SQL: the incidents every figure counts."""
    return Insiden.linked_to_id.is_(None)


# -- open --------------------------------------------------------------------------------
def is_open(status: str, linked_to_id: int | None = None) -> bool:
    return status in OPEN_STATUSES and not is_follow_up(linked_to_id)


def open_clause(status: Any = Insiden.status) -> Any:
    """``is_open`` in SQL."""
    return and_(status.in_(OPEN_STATUSES), own_incident_clause())


# -- overdue -----------------------------------------------------------------------------
def is_overdue(
    status: str, deadline: datetime | None, at: datetime, linked_to_id: int | None = None
) -> bool:
    """A follow-up is overdue when the incident is being followed up (Ditindaklanjuti)
    and its deadline lies before ``at`` (SPEC 4: "Terlambat ditindaklanjuti"). A
    follow-up report is never overdue of its own: its original is."""
    return (
        status == DITINDAKLANJUTI
        and deadline is not None
        and deadline < at
        and not is_follow_up(linked_to_id)
    )


def overdue_clause(at: datetime, status: Any = Insiden.status) -> Any:
    """``is_overdue`` in SQL."""
    return and_(
        status == DITINDAKLANJUTI, Insiden.follow_up_deadline < at, own_incident_clause()
    )


# -- status as of an instant ---------------------------------------------------------------
def status_at(as_of: datetime | None) -> Any:
    """SQL for an incident's status at ``as_of`` (``None``: now, the stored status): the
    last step of its history taken by then."""
    if as_of is None:
        return Insiden.status
    latest = (
        select(RiwayatInsiden.to_status)
        .where(RiwayatInsiden.insiden_id == Insiden.id, RiwayatInsiden.at <= as_of)
        .order_by(RiwayatInsiden.at.desc(), RiwayatInsiden.id.desc())
        .limit(1)
        .correlate(Insiden)
        .scalar_subquery()
    )
    return func.coalesce(latest, BARU)


def past(as_of: datetime | None, now: datetime) -> datetime | None:
    """``as_of`` when it lies before ``now``; ``None`` (read the stored state) otherwise."""
    return as_of if as_of is not None and as_of < now else None


# -- which incidents a figure counts -----------------------------------------------------
@dataclass(frozen=True)
class Scope:
    """The base incident filter: not archived, recorded by ``as_of``, the contest, the
    region's whole subtree, occurred within the period (local days), and — unless asked —
    not judged Tidak valid at ``as_of`` (a report found untrue is not an incident) and not
    a follow-up report (part of the incident it follows; counted once, as that one)."""

    date_from: date | None = None
    date_to: date | None = None
    pemilihan_id: int | None = None
    wilayah_code: str = ""
    include_invalid: bool = False
    #: The register lists follow-up reports beside their originals; figures never count them.
    include_follow_ups: bool = False
    #: A past instant to count as of; ``None`` counts what is stored now.
    as_of: datetime | None = None


def period_bounds(tz: ZoneInfo, start: date | None, end: date | None):
    """[start of the first day, start of the day after the last) in the desk's zone."""
    return (
        datetime.combine(start, time(0), tz) if start else None,
        datetime.combine(end + timedelta(days=1), time(0), tz) if end else None,
    )


def where(query: Any, scope: Scope, tz: ZoneInfo) -> Any:
    query = query.where(Insiden.archived.is_(False))
    if scope.as_of is not None:
        query = query.where(Insiden.created_at <= scope.as_of)
    start, end = period_bounds(tz, scope.date_from, scope.date_to)
    if start is not None:
        query = query.where(Insiden.occurred_at >= start)
    if end is not None:
        query = query.where(Insiden.occurred_at < end)
    if scope.pemilihan_id is not None:
        query = query.where(Insiden.pemilihan_id == scope.pemilihan_id)
    if scope.wilayah_code:
        query = query.where(in_subtree(Insiden.wilayah_code, scope.wilayah_code))
    if not scope.include_invalid:
        query = query.where(status_at(scope.as_of) != TIDAK_VALID)
    if not scope.include_follow_ups:
        query = query.where(own_incident_clause())
    return query
