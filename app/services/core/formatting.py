"""Indonesian presentation of dates, times and numbers (Babel ``id_ID``).

``Rabu, 27 November 2024`` · ``27/11/2024 14.30 WIB`` · ``8.926.662`` · ``66,05%``.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "id_ID"

#: Indonesian abbreviations of the three time zones.
ZONE_NAMES = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


def zone_abbreviation(tz: ZoneInfo) -> str:
    return ZONE_NAMES.get(tz.key, tz.key)


def long_date(day: date) -> str:
    """``Rabu, 27 November 2024``."""
    return format_date(day, "EEEE, d MMMM y", locale=LOCALE)


def medium_date(day: date) -> str:
    """``27 November 2024``."""
    return format_date(day, "d MMMM y", locale=LOCALE)


def short_date(day: date | None) -> str:
    """``27/11/2024``; empty for no date."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def date_time(moment: datetime, tz: ZoneInfo) -> str:
    """``27/11/2024 14.30 WIB`` in the desk's time zone. The last instant of a day (a
    figure "as of" that day, SPEC 14) reads ``20/11/2024 24.00 WIB``, as the dashboard's
    "Data per … pukul 24.00" says it."""
    local = moment.astimezone(tz)
    if (local.hour, local.minute, local.second, local.microsecond) == (23, 59, 59, 999_999):
        return f"{short_date(local.date())} 24.00 {zone_abbreviation(tz)}"
    return f"{short_date(local.date())} {local:%H.%M} {zone_abbreviation(tz)}"


def number(value: int | float, decimals: int = 0) -> str:
    """``8.926.662``; with decimals ``66,05``."""
    if not decimals and value.__class__ is int:  # a count: hundreds in a brief, thousands
        return f"{value:,}".replace(",", ".")  # in a register; Babel's pattern, 20× faster
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def percent(value: float | None, decimals: int = 2) -> str:
    """``66,05%`` from 66.05 (the value is already in percent)."""
    return "–" if value is None else number(value, decimals) + "%"


def percent_floor_value(ratio: float, digits: int = 1) -> float:
    """99.9 from the ratio 0.99985: the percentage truncated to ``digits`` decimals (for
    tables and charts that print the number themselves)."""
    scale = 10**digits
    # round() first drops float noise (0.29 * 100 = 28.999999999999996) before truncating.
    return math.floor(round(ratio * 100 * scale, 6)) / scale


def percent_floor(ratio: float | None, digits: int = 1) -> str:
    """``99,9%`` from the ratio 0.99985: truncated, never rounded up, so a figure short of
    100% (or of any colour threshold) never reads as reaching it. "–" for no ratio."""
    if ratio is None:
        return "–"
    return number(percent_floor_value(ratio, digits), digits) + "%"


def number_floor(value: float | None, decimals: int = 0) -> str:
    """``79`` from 79.7: truncated like ``percent_floor``, so a score short of a threshold
    (Siap ≥ 80) never reads as reaching it. "–" for no value."""
    if value is None:
        return "–"
    scale = 10**decimals
    return number(math.floor(round(value * scale, 6)) / scale, decimals)


def countdown(today: date, voting_day: date) -> str:
    """``H-7``, ``H-1``, ``Hari-H``, ``H+3``."""
    delta = (voting_day - today).days
    if delta == 0:
        return "Hari-H"
    return f"H-{delta}" if delta > 0 else f"H+{-delta}"


def short_contest(name: str) -> str:
    """ "Pemilihan Bupati dan Wakil Bupati Pandeglang 2024" → "Bupati Pandeglang 2024"."""
    short = re.sub(r"^Pemilihan\s+", "", name)
    return re.sub(r"\s+dan\s+Wakil\s+(Gubernur|Bupati|Wali\s*Kota|Walikota)", "", short)
