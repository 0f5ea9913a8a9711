"""Cell parsers for what Indonesian offices type into spreadsheets.

Each parser takes the raw cell (str, int, float, date, datetime or None) and returns a
clean value, or raises ``CellError`` with a reason in Bahasa Indonesia.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from app.services.core.errors import CellError
from app.services.importing import limits
from app.services.importing.numbers import parse_float, parse_int

#: CellError is defined with the other domain errors; the number parsers live with the
#: sheet's number convention (``numbers``). Both are re-exported for the specs and forms.
__all__ = ["CellError", "parse_float", "parse_int"]


MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip

_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/\-.](\d{1,2})[/\-.](\d{1,4})$")
_WORD_DATE = re.compile(r"^(\d{1,2})[\s\-.]+([a-z]+)\.?[\s\-.]+(\d{2,4})$")
_WEEKDAY = re.compile(r"^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*")
_EXCEL_EPOCH = date(1899, 12, 30)
#: A time after the date ("14.30", "14:30:00", "pukul 14.30 WIB", ISO "T14:30") is ignored.
_TIME_SUFFIX = re.compile(
    r"(?:[ t]+(?:pukul|jam)?\s*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\.\d+)?\s*(?:wib|wita|wit)?)$"
)

DATE_FORMATS_HELP = "27/11/2024, 27-11-2024, 2024-11-27, 27 Nov 2024 atau 27 November 2024"


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and raw.strip() == "")


def text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return " ".join(str(raw).split())


def _year(value: int) -> int:
    return value + 2000 if value < 100 else value


def _make_date(year: int, month: int, day: int, raw: object) -> date:
    try:
        return date(_year(year), month, day)
    except ValueError:
        raise CellError(f"Tanggal '{shown(raw)}' tidak ada di kalender.") from None


def parse_date(raw: object) -> date | None:
    """Dates as offices type them; None for an empty cell."""
    if is_blank(raw):
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if 1 <= raw < 100_000:  # an Excel serial day number
            return _EXCEL_EPOCH + timedelta(days=int(raw))
        raise CellError(f"Angka {raw} bukan tanggal. Gunakan format {DATE_FORMATS_HELP}.")
    value = _WEEKDAY.sub("", str(raw).strip().lower())
    value = _TIME_SUFFIX.sub("", value)
    if match := _NUMERIC_DATE.match(value):
        a, b, c = (int(g) for g in match.groups())
        if len(match.group(1)) == 4:  # 2024-11-27
            return _make_date(a, b, c, raw)
        return _make_date(c, b, a, raw)  # 27/11/2024: day first, as in Indonesia
    if match := _WORD_DATE.match(value):
        month = MONTHS.get(match.group(2))
        if month:
            return _make_date(int(match.group(3)), month, int(match.group(1)), raw)
    if value.isdigit() and len(value) <= 6:
        return parse_date(int(value))
    raise CellError(
        f"'{shown(raw)}' bukan tanggal yang dikenali. Gunakan format {DATE_FORMATS_HELP}."
    )


_TIME = re.compile(
    r"^(?:pukul|jam|pk\.?)?\s*(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?(?:\.\d+)?\s*(?:wib|wita|wit)?$"
)
_DATE_AND_TIME = re.compile(
    r"^(?P<date>.+?)(?:[ t,]+(?P<time>(?:pukul|jam|pk\.?)?\s*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?"
    r"(?:\.\d+)?\s*(?:wib|wita|wit)?))?$"
)
_HALF_SECOND = timedelta(microseconds=500_000)
DATETIME_HELP = "27/11/2024 14.30, 27-11-2024 14:30 atau 2024-11-27 14:30"


def _serial_datetime(raw: float) -> datetime:
    if not 1 <= raw < 100_000:
        raise CellError(f"Angka {raw} bukan tanggal. Gunakan format {DATETIME_HELP}.")
    moment = datetime.combine(_EXCEL_EPOCH, time(0)) + timedelta(days=raw)
    return moment.replace(microsecond=0) + timedelta(seconds=round(moment.microsecond / 1e6))


def parse_time(raw: object) -> time | None:
    """A time of day: ``14.30``, ``14:30:15``, ``pukul 9.05 WIB``, an Excel time cell."""
    if is_blank(raw):
        return None
    if isinstance(raw, datetime):
        return raw.time().replace(microsecond=0)
    if isinstance(raw, time):
        return raw.replace(microsecond=0)
    if isinstance(raw, timedelta):
        raw = raw.total_seconds() / 86400
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if 0 <= raw < 1:
            seconds = round(raw * 86400)
            return time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
        raise CellError(f"'{shown(raw)}' bukan jam. Tulis seperti 14.30 atau 14:30.")
    match = _TIME.match(str(raw).strip().lower())
    if match:
        hour, minute, second = (int(g or 0) for g in match.groups())
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise CellError(f"'{shown(raw)}' bukan jam. Tulis seperti 14.30 atau 14:30.")


def parse_datetime(raw: object) -> datetime | None:
    """A date with an optional time (midnight when none), as offices type it; naive,
    in the desk's local time. None for an empty cell."""
    if is_blank(raw):
        return None
    if isinstance(raw, datetime):  # read from a float: 14:29:59.9996 means 14:30
        return (raw + _HALF_SECOND).replace(microsecond=0)
    if isinstance(raw, date):
        return datetime.combine(raw, time(0))
    if isinstance(raw, bool):
        raise CellError(f"'{shown(raw)}' bukan tanggal. Gunakan format {DATETIME_HELP}.")
    if isinstance(raw, (int, float)):
        return _serial_datetime(float(raw))
    value = " ".join(str(raw).split())
    if re.fullmatch(r"\d+(?:[.,]\d+)?", value) and not _NUMERIC_DATE.match(value):
        return _serial_datetime(float(value.replace(",", ".")))
    match = _DATE_AND_TIME.match(_WEEKDAY.sub("", value.lower()))
    try:
        day = parse_date(match.group("date") if match else value)
        clock = parse_time(match.group("time")) if match and match.group("time") else time(0)
    except CellError as error:
        if "kalender" in str(error):
            raise
        raise CellError(
            f"'{shown(raw)}' bukan tanggal dan jam yang dikenali. Gunakan format {DATETIME_HELP}."
        ) from None
    assert day is not None
    return datetime.combine(day, clock or time(0))


def shown(raw: object) -> str:
    """A cell's value for a message, shortened with '…' (never a 20.000-character cell)."""
    return limits.shown(raw)
