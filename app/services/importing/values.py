"""Cell parsers for what Indonesian offices type into spreadsheets.

Each parser takes the raw cell (str, int, float, date, datetime or None) and returns a
clean value, or raises ``CellError`` with a reason in Bahasa Indonesia.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.services.errors import DomainError


class CellError(DomainError):
    """One bad cell; the engine adds the row and column."""


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
        raise CellError(f"Tanggal '{raw}' tidak ada di kalender.") from None


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
    if value.isdigit():
        return parse_date(int(value))
    raise CellError(f"'{raw}' bukan tanggal yang dikenali. Gunakan format {DATE_FORMATS_HELP}.")


def _number_text(raw: str) -> str:
    value = raw.strip().replace(" ", "").replace("\u00a0", "").removesuffix("%")
    value = value.removeprefix("Rp").removeprefix("rp").removeprefix(".")
    if "," in value and "." in value:
        # The later separator is the decimal one: 1.234,5 (Indonesian) or 1,234.5.
        if value.rfind(",") > value.rfind("."):
            return value.replace(".", "").replace(",", ".")
        return value.replace(",", "")
    if "," in value:
        return value.replace(",", ".") if value.count(",") == 1 else value.replace(",", "")
    if value.count(".") > 1 or re.fullmatch(r"-?\d{1,3}\.\d{3}", value):
        return value.replace(".", "")  # 8.926.662 or 1.234: thousands separators
    return value


def parse_float(raw: object) -> float | None:
    if is_blank(raw):
        return None
    if isinstance(raw, bool):
        raise CellError(f"'{raw}' bukan angka.")
    if isinstance(raw, (int, float)):
        return float(raw)
    try:
        return float(_number_text(str(raw)))
    except ValueError:
        raise CellError(f"'{raw}' bukan angka.") from None


def parse_int(raw: object) -> int | None:
    value = parse_float(raw)
    if value is None:
        return None
    if not value.is_integer():
        raise CellError(f"'{raw}' harus bilangan bulat.")
    return int(value)
