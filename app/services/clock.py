"""What "today" and "now" are for the desk.

Normally the wall clock in the province's time zone. A demo database carries its own
"as of" date (the eve of voting day), so countdowns and overdue flags look as they would
on that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from app.services import pengaturan
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class Clock:
    tz: ZoneInfo
    as_of: date | None = None

    def now(self) -> datetime:
        real = datetime.now(self.tz)
        if self.as_of is None:
            return real
        return datetime.combine(self.as_of, real.time().replace(microsecond=0), self.tz)

    def now_utc(self) -> datetime:
        return self.now().astimezone(UTC)

    def today(self) -> date:
        return self.now().date()

    def start_of(self, day: date) -> datetime:
        return datetime.combine(day, time(0), self.tz)


def desk_clock(uow: UnitOfWork) -> Clock:
    return Clock(
        tz=ZoneInfo(pengaturan.get(uow, "timezone")),
        as_of=pengaturan.get(uow, "demo_as_of"),
    )


def now_utc(uow: UnitOfWork) -> datetime:
    """The desk's "now" (the demo's own day on a demo database)."""
    return desk_clock(uow).now_utc()
