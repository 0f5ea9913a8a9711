"""What changed among the incidents between two moments (e.g. since the last brief):
reports received, forwarded to an agency, closed, found invalid, reopened — read from the
append-only status history, with the same scope rules as ``insiden_stats``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
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
    uow: UnitOfWork, flt: StatsFilter, since: datetime, until: datetime, severe_limit: int = 8
) -> IncidentChanges:
    """Contest and region of ``flt`` apply, its period does not; invalid reports count as
    new when received (they were news until judged). Only what the desk had recorded by
    ``until`` counts. The severe lists are newest first and say how many there are in
    all: the brief adds "dan N lainnya" rather than drop the latest Kritis reports."""
    tz = desk_clock(uow).tz
    scope = StatsFilter(
        pemilihan_id=flt.pemilihan_id, wilayah_code=flt.wilayah_code, include_invalid=True,
        as_of=until,
    )
    kategori = aliased(Referensi)

    def listed(query, newest) -> Listed:
        severe = query.where(Insiden.severity >= 3)
        total = uow.session.scalar(select(func.count()).select_from(severe.subquery())) or 0
        rows = uow.session.execute(
            severe.add_columns(Wilayah.name, kategori.name)
            .join(Wilayah, Wilayah.id == Insiden.wilayah_id)
            .join(kategori, kategori.id == Insiden.kategori_id)
            .order_by(newest.desc(), Insiden.number.desc())
            .limit(severe_limit)
        ).all()
        return Listed([ChangedIncident(r[0], r[1], r[3], r[4], r[2]) for r in rows], total)

    received = (Insiden.reported_at > since) & (Insiden.reported_at <= until)
    new = uow.session.scalar(_where(select(func.count(Insiden.id)), scope, tz).where(received))
    severe_new = listed(
        _where(select(Insiden.number, Insiden.severity, Insiden.place_detail), scope, tz).where(
            received
        ),
        Insiden.reported_at,
    )

    def moved(to: str, from_: tuple[str, ...] = ()) -> tuple[int, Listed]:
        window = (RiwayatInsiden.at > since) & (RiwayatInsiden.at <= until)
        step = (RiwayatInsiden.to_status == to) & window
        if from_:
            step = step & RiwayatInsiden.from_status.in_(from_)
        joined = (
            _where(select(func.count(func.distinct(Insiden.id))), scope, tz)
            .join(RiwayatInsiden, RiwayatInsiden.insiden_id == Insiden.id)
            .where(step)
        )
        count = uow.session.scalar(joined) or 0
        moved_at = func.max(RiwayatInsiden.at)
        severe = listed(
            _where(
                select(Insiden.number, Insiden.severity, func.max(RiwayatInsiden.note)), scope, tz
            )
            .join(RiwayatInsiden, RiwayatInsiden.insiden_id == Insiden.id)
            .where(step)
            .group_by(Insiden.id, Insiden.number, Insiden.severity),
            moved_at,
        )
        return count, severe

    escalated, severe_escalated = moved(DITINDAKLANJUTI)
    closed, severe_closed = moved(SELESAI)
    invalid, _ = moved(TIDAK_VALID)
    reopened, _ = moved(TERVERIFIKASI, (SELESAI, TIDAK_VALID))
    return IncidentChanges(
        since, until, new or 0, escalated, closed, invalid, reopened,
        severe_new, severe_escalated, severe_closed,
    )  # fmt: skip
