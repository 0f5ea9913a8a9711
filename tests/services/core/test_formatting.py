from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

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


def test_numbers_and_percentages():
    assert formatting.number(8926662) == "8.926.662"
    assert formatting.percent(66.05) == "66,05%"
    assert formatting.percent(None) == "–"
    assert formatting.number(0.5, 1) == "0,5"


def test_countdown_to_voting_day():
    voting = date(2024, 11, 27)
    assert formatting.countdown(date(2024, 11, 20), voting) == "H-7"
    assert formatting.countdown(date(2024, 11, 26), voting) == "H-1"
    assert formatting.countdown(voting, voting) == "Hari-H"
    assert formatting.countdown(date(2024, 11, 30), voting) == "H+3"
