"""What changed among the incidents between two moments (e.g. since the last brief):
reports received, forwarded to an agency, closed, found invalid, reopened — read from the
append-only status history, with the same scope rules as ``insiden_stats``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import aliased

from app.models import Insiden, Referensi, RiwayatInsiden, Wilayah
from app.models.insiden import DITINDAKLANJUTI, SELESAI, TERVERIFIKASI, TIDAK_VALID
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.insiden.stats import StatsFilter, _where


@dataclass(frozen=True)
class ChangedIncident:
    number: str
    severity: int
    wilayah: str
    kategori: str
    note: str


@dataclass(frozen=True)
class Listed:
    """The first incidents of a list and how many there are in all (never cut silently)."""

    items: list[ChangedIncident]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)

    def __bool__(self) -> bool:
        return bool(self.total)


@dataclass(frozen=True)
class IncidentChanges:
    """Between ``since`` (exclusive) and ``until`` (inclusive), from the append-only
    status history: reports received, forwarded to an agency, closed, found invalid,
    reopened. Lists keep the severe ones (Tinggi, Kritis) for the brief to name."""

    since: datetime
    until: datetime
    new: int = 0
    escalated: int = 0
    closed: int = 0
    invalid: int = 0
    reopened: int = 0
    severe_new: Listed = field(default_factory=lambda: Listed([], 0))
    severe_escalated: Listed = field(default_factory=lambda: Listed([], 0))
    severe_closed: Listed = field(default_factory=lambda: Listed([], 0))


def changes_between(
    uow: UnitOfWork, flt: StatsFilter, since: datetime, until: datetime, severe_limit: int = 8,
    *, current: bool = False,
) -> IncidentChanges:  # fmt: skip
    """Contest and region of ``flt`` apply, its period does not; invalid reports count as
    new when received (they were news until judged). Only what the desk had recorded by
    ``until`` counts; ``current``: ``until`` is the caller's "now" of a moment ago (a brief
    for today), so the incidents are read as stored, not rebuilt from their history. The
    severe lists are newest first and say how many there are in all: the brief adds
    "dan N lainnya" rather than drop the latest Kritis reports."""
    tz = desk_clock(uow).tz
    scope = StatsFilter(
        pemilihan_id=flt.pemilihan_id, wilayah_code=flt.wilayah_code, include_invalid=True,
        as_of=None if current else until,
    )
    kategori = aliased(Referensi)

    def named(rows_query, limit_rows) -> list:
        """The listed incidents with their region and category names."""
        ranked = rows_query.subquery()
        return uow.session.execute(
            select(ranked, Wilayah.name, kategori.name)
            .join(Insiden, Insiden.id == ranked.c.id)
            .join(Wilayah, Wilayah.id == Insiden.wilayah_id)
            .join(kategori, kategori.id == Insiden.kategori_id)
            .where(limit_rows(ranked))
            .order_by(ranked.c.moved_at.desc(), ranked.c.number.desc())
        ).all()

    # Reports received: the count, the severe ones' count, the newest severe ones.
    received = (Insiden.reported_at > since) & (Insiden.reported_at <= until)
    severe = Insiden.severity >= 3
    new, severe_total = uow.session.execute(
        _where(select(func.count(Insiden.id), func.count(case((severe, 1)))), scope, tz).where(received)
    ).one()
    newest = (
        _where(select(Insiden.id, Insiden.number, Insiden.severity,
                      Insiden.place_detail.label("note"), Insiden.reported_at.label("moved_at")), scope, tz)
        .where(received & severe)
        .order_by(Insiden.reported_at.desc(), Insiden.number.desc())
        .limit(severe_limit)
    )  # fmt: skip
    severe_new = Listed(
        [_changed(r) for r in named(newest, lambda _ranked: literal(True))], severe_total or 0
    )

    # Status steps taken in the window, all read in one pass over the history.
    window = (RiwayatInsiden.at > since) & (RiwayatInsiden.at <= until)
    to = RiwayatInsiden.to_status

    def distinct_where(condition) -> Any:
        return func.count(func.distinct(case((condition, Insiden.id))))

    reopening = (to == TERVERIFIKASI) & RiwayatInsiden.from_status.in_((SELESAI, TIDAK_VALID))
    steps = _where(
        select(distinct_where(to == DITINDAKLANJUTI), distinct_where(to == SELESAI),
               distinct_where(to == TIDAK_VALID), distinct_where(reopening),
               distinct_where((to == DITINDAKLANJUTI) & severe), distinct_where((to == SELESAI) & severe)),
        scope, tz,
    ).join(RiwayatInsiden, RiwayatInsiden.insiden_id == Insiden.id).where(window)  # fmt: skip
    escalated, closed, invalid, reopened, severe_escalated_total, severe_closed_total = (
        uow.session.execute(steps).one()
    )
    # The newest severe incidents per step (forwarded, closed): ranked in SQL, so only
    # the listed ones leave the database.
    moved = (
        _where(select(Insiden.id, Insiden.number, Insiden.severity, to.label("to_status"),
                      func.max(RiwayatInsiden.note).label("note"),
                      func.max(RiwayatInsiden.at).label("moved_at")), scope, tz)
        .join(RiwayatInsiden, RiwayatInsiden.insiden_id == Insiden.id)
        .where(window & severe & to.in_((DITINDAKLANJUTI, SELESAI)))
        .group_by(Insiden.id, Insiden.number, Insiden.severity, to)
    ).subquery()  # fmt: skip
    ranked = select(
        moved,
        func.row_number()
        .over(partition_by=moved.c.to_status, order_by=(moved.c.moved_at.desc(), moved.c.number.desc()))
        .label("rank"),
    )
    listed_rows = named(ranked, lambda r: r.c.rank <= severe_limit)
    severe_escalated = Listed(
        [_changed(r) for r in listed_rows if r.to_status == DITINDAKLANJUTI], severe_escalated_total
    )
    severe_closed = Listed(
        [_changed(r) for r in listed_rows if r.to_status == SELESAI], severe_closed_total
    )
    return IncidentChanges(
        since, until, new or 0, escalated, closed, invalid, reopened,
        severe_new, severe_escalated, severe_closed,
    )  # fmt: skip


def _changed(row) -> ChangedIncident:
    return ChangedIncident(row.number, row.severity, row[-2], row[-1], row.note or "")
