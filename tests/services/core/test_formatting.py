from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from app.services.core import formatting


def test_dates_in_indonesian():
    assert formatting.long_date(date(2024, 11, 27)) == "Rabu, 27 November 2024"
    assert formatting.medium_date(date(2024, 8, 17)) == "17 Agustus 2024"
    assert formatting.short_date(date(2024, 1, 5)) == "05/01/2024"
    assert formatting.short_date(None) == ""


def test_time_shown_in_the_desk_zone_with_its_abbreviation():
    moment = datetime(2024, 11, 27, 7, 30, tzinfo=UTC)
    assert formatting.date_time(moment, ZoneInfo("Asia/Jakarta")) == "27/11/2024 14.30 WIB"
    assert formatting.date_time(moment, ZoneInfo("Asia/Makassar")) == "27/11/2024 15.30 WITA"
    assert formatting.date_time(moment, ZoneInfo("Asia/Jayapura")) == "27/11/2024 16.30 WIT"


def test_the_end_of_a_day_reads_24_00_of_that_day_as_the_dashboard_says():
    """A brief or alert list "as of" 20 November is taken at its last instant."""
    from app.services.core.clock import Clock

    tz = ZoneInfo("Asia/Jakarta")
    end = Clock(tz).end_of(date(2024, 11, 20))
    assert formatting.date_time(end, tz) == "20/11/2024 24.00 WIB"
    assert formatting.date_time(end - timedelta(minutes=1), tz) == "20/11/2024 23.58 WIB"


def test_numbers_and_percentages():
    assert formatting.number(8926662) == "8.926.662"
    assert formatting.percent(66.05) == "66,05%"
    assert formatting.percent(None) == "–"
    assert formatting.number(0.5, 1) == "0,5"


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (-1000, "-1.000"), (100000, "100.000"),
     (8926662, "8.926.662"), (-8926662, "-8.926.662"), (10**12, "1.000.000.000.000"),
     (5.0, "5"), (2.4, "2"), (1234.5, "1.234")],
)  # fmt: skip
def test_counts_read_with_dots_between_thousands(value, shown):
    """Counts (ints) take a short way; floats and numpy values go through Babel, with the
    same grouping."""
    assert formatting.number(value) == shown
    assert formatting.number(np.int64(value) if value.__class__ is int else value) == shown


def test_countdown_to_voting_day():
    voting = date(2024, 11, 27)
    assert formatting.countdown(date(2024, 11, 20), voting) == "H-7"
    assert formatting.countdown(date(2024, 11, 26), voting) == "H-1"
    assert formatting.countdown(voting, voting) == "Hari-H"
    assert formatting.countdown(date(2024, 11, 30), voting) == "H+3"
