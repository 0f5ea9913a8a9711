"""The desk clock: what "now" is for the desk (SPEC 14).

One clock, an *instant*: the wall clock normally, the demo's stored instant in demo mode
(Selasa, 26 November 2024, 17.00 WIB), a pinned instant in tests. Every service takes "now"
from here, so a figure never depends on the hour a program happens to run.

A pinned or demo clock starts at its instant and then runs with the seconds that really
pass (so two actions one after the other still happen in that order); the demo builder
stops it altogether (:func:`frozen`), so the demo is the same whenever it is built.

Only :func:`wall_clock` reads the real time, for what must stay real (backup file names,
log lines, lockout of a login). ``DESK_PILKADA_NOW`` (an ISO instant with offset) pins the
wall clock of a whole process, for tests that start programs and for reproducing a report.
"""

from __future__ import annotations

import os
import time as _time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from app.services.core.uow import UnitOfWork

NOW_ENV = "DESK_PILKADA_NOW"
DEFAULT_TZ = "Asia/Jakarta"

#: (instant, monotonic reading when pinned) of a pinned wall clock.
_pinned: tuple[datetime, float] | None = None
#: When the program started: a desk's own instant (the demo's) runs from here.
_STARTED = _time.monotonic()
_frozen = False


def wall_clock() -> datetime:
    """The real time (UTC), never pinned: backup names, log lines."""
    return datetime.now(UTC)


def pin(instant: datetime | None) -> None:
    """Set the wall clock of this process to ``instant``, from where it runs on with the
    seconds that really pass (``None``: the real clock again)."""
    global _pinned
    if instant is not None and instant.tzinfo is None:
        raise ValueError("a pinned instant must carry a time zone")
    _pinned = None if instant is None else (instant.astimezone(UTC), _time.monotonic())


_replayed: datetime | None = None


@contextmanager
def replaying(instant: datetime) -> Iterator[None]:
    """Inside the block every desk clock reads ``instant``: the demo builder writes a
    record's history at the moments it happened (stamps and audit entries alike)."""
    global _replayed
    before = _replayed
    _replayed = instant.astimezone(UTC)
    try:
        yield
    finally:
        _replayed = before


@contextmanager
def frozen() -> Iterator[None]:
    """Inside the block every pinned or desk-own clock stands still at its instant."""
    global _frozen
    before = _frozen
    _frozen = True
    try:
        yield
    finally:
        _frozen = before


def _elapsed() -> timedelta:
    """Seconds that really passed since the clock was pinned (or the program started)."""
    if _frozen:
        return timedelta(0)
    started = _pinned[1] if _pinned is not None else _STARTED
    return timedelta(seconds=_time.monotonic() - started)


def parse_instant(text: str) -> datetime:
    """An ISO instant with its offset; a bare date means 17.00 WIB that day."""
    text = text.strip()
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text), time(17), ZoneInfo(DEFAULT_TZ))
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"instant without a time zone: {text!r}")
    return value


def _source_now() -> datetime:
    if _pinned is not None:
        return _pinned[0] + _elapsed()
    env = os.environ.get(NOW_ENV, "").strip()
    if env:
        return parse_instant(env).astimezone(UTC) + _elapsed()
    return wall_clock()


@dataclass(frozen=True)
class Clock:
    """The desk's time zone and, when the desk has one, its own fixed instant."""

    tz: ZoneInfo
    fixed: datetime | None = None

    def now(self) -> datetime:
        if _replayed is not None:
            return _replayed.astimezone(self.tz)
        if self.fixed is not None:
            return (self.fixed + _elapsed()).astimezone(self.tz)
        return _source_now().astimezone(self.tz)

    def now_utc(self) -> datetime:
        return self.now().astimezone(UTC)

    def today(self) -> date:
        return self.now().date()

    def start_of(self, day: date) -> datetime:
        return datetime.combine(day, time(0), self.tz)

    def end_of(self, day: date) -> datetime:
        """The last instant of ``day`` (the start of the next day, exclusive bounds aside)."""
        return self.start_of(day + timedelta(days=1)) - timedelta(microseconds=1)

    def as_of(self, day: date | None) -> datetime:
        """The instant a figure "as of ``day``" is taken at (SPEC 14): the end of that day,
        or now when the day is today (or not given)."""
        now = self.now()
        if day is None or day >= now.date():
            return now.astimezone(UTC)
        return self.end_of(day).astimezone(UTC)


def make_clock(timezone: str | None, demo_instant: datetime | None) -> Clock:
    return Clock(tz=ZoneInfo(timezone or DEFAULT_TZ), fixed=demo_instant)


def desk_clock(uow: UnitOfWork) -> Clock:
    """The clock of the desk this unit of work is on (cached for the unit of work): its
    time zone and, on a demo database, its own instant (desk settings ``timezone`` and
    ``demo_as_of``, read here directly so the settings registry can use this module)."""
    cached = getattr(uow, "_desk_clock", None)
    if cached is not None:
        return cached
    from sqlalchemy import select

    from app.models import Pengaturan

    with uow.session.no_autoflush:
        stored = dict(
            uow.session.execute(
                select(Pengaturan.key, Pengaturan.value).where(
                    Pengaturan.key.in_(("timezone", "demo_as_of"))
                )
            ).all()
        )
    demo = stored.get("demo_as_of") or ""
    clock = make_clock(stored.get("timezone") or None, parse_instant(demo) if demo else None)
    uow._desk_clock = clock
    return clock


def now_utc(uow: UnitOfWork) -> datetime:
    """The desk's "now" (the demo's own instant on a demo database)."""
    return desk_clock(uow).now_utc()
