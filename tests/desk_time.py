"""Moving the pinned desk clock inside a test (SPEC 14). The ``desk_now`` fixture in
conftest pins every test to 26 November 2024, 17.00 WIB and restores it afterwards."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")

#: The instant every test's desk clock starts from unless the test moves it: a working
#: morning after the 2024 contests, later than every date the tests' own data carries.
#: No test depends on the hour or the day the suite runs.
TEST_NOW = datetime(2025, 6, 2, 9, 30, tzinfo=WIB)


def pinned_now() -> datetime:
    """The pinned wall clock (UTC) that services read in this test."""
    from app.services.core.clock import Clock

    return Clock(WIB).now_utc()


def pin_day(day: date, hour: int = 17) -> datetime:
    """The desk clock at ``hour``.00 WIB on ``day``."""
    from app.services.core import clock

    moment = datetime.combine(day, time(hour), WIB)
    clock.pin(moment)
    return moment
