"""When a chat report's incident happened, relative to the message's own time (issues 11
and 23).

Times are in the zone written in the message (WIB, WITA, WIT), else the desk's zone. A time
without a date is the latest such moment not after the message (``jam 9`` at 22.00 is 21.00
today, at 08.00 it is 21.00 yesterday); a part of the day without a clock time (``tadi
pagi``) takes a typical hour (pagi 08.00, siang 12.00, sore 16.00, malam 20.00, subuh 04.30,
dini hari 02.00), never later than the message. Also read: ``setengah 8`` (07.30), ``jam 8
kurang seperempat`` (07.45), ``jam 7an``, ``2 jam yang lalu``, ``sejak subuh`` (from the
start of that part of the day), ``malam Senin`` (Sunday night, the night before Monday).

A day without a time of day ("Jumat kmrn (22/11)", "kemarin") gives that day with the hour
left for the operator (``Moment.day``). The moment proposed is never after the message: a
clock a few minutes ahead (phone and PC clocks differ) gives the message's own time; an
hour still to come on a named day gives that day only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

_ZONE = re.compile(r"\b(wita|wit|wib)\b", re.I)
_ZONES = {"wib": "Asia/Jakarta", "wita": "Asia/Makassar", "wit": "Asia/Jayapura"}
_MONTHS = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "agu": 8,
    "agt": 8, "ags": 8, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11,
    "des": 12, "dec": 12,
}  # fmt: skip
_DATE = re.compile(
    r"(?<![\d/.:,-])(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}|\d{2}))?(?![\d/:])"
    r"|\b(\d{1,2})\s+(jan(?:uari)?|feb(?:ruari)?|peb(?:ruari)?|mar(?:et)?|apr(?:il)?|mei"
    r"|jun(?:i)?|jul(?:i)?|agu(?:stus)?|agt|ags|aug|sep(?:t|tember)?|okt(?:ober)?|oct"
    r"|nov(?:ember)?|nop(?:ember)?|des(?:ember)?|dec)\b\.?(?:\s*(\d{4})\b)?",
    re.I,
)
_DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6}
_DAY_NAMES = r"senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad"
#: "malam Senin": the night before Monday, that is Sunday night.
_NIGHT_OF = re.compile(rf"\b(?:malam|malem|mlm)\s+({_DAY_NAMES})\b", re.I)
_DAY = re.compile(
    r"\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b(?!\s+(?:lalu|depan|ini|ke\b))",
    re.I,
)
_YESTERDAY = re.compile(
    r"\b(?:kemarin|kemaren|kmrn|kmrin|kmarin|kmren)(\s+lusa)?\b|\b(\d|dua|tiga)\s+hari\s+"
    r"(?:yang\s+|yg\s+)?lalu\b",
    re.I,
)
_LAST_NIGHT = re.compile(
    r"\b(?:semalam|semalem|smlm|(?:tadi|tdi|td)\s+(?:malam|malem|mlm))\b", re.I
)
_TODAY = re.compile(
    r"\b(?:hari ini|hr ini|tadi|tdi|td|barusan|baru saja|(?:pagi|siang|sore|malam|mlm) ini)\b",
    re.I,
)
_PERIOD = re.compile(
    r"\b(dini hari|subuh|shubuh|pagi|siang|sore|petang|malam|malem|mlm|dzuhur|zuhur|lohor"
    r"|ashar|asar|magrib|maghrib|isya|isyak)\b",
    re.I,
)
#: "sejak subuh", "dari pagi": since the start of that part of the day.
_SINCE = re.compile(
    r"\b(?:sejak|semenjak|dari|mulai)\s+(?:tadi\s+|td\s+)?(dini hari|subuh|shubuh|pagi|siang|sore"
    r"|petang|malam|malem|mlm)\b",
    re.I,
)
_SINCE_HOUR = {
    "dini hari": (0, 0), "subuh": (4, 30), "pagi": (6, 0), "siang": (11, 0), "sore": (15, 0),
    "malam": (18, 0),
}  # fmt: skip
#: "2 jam yang lalu", "sejam lalu", "30 menit yg lalu".
_AGO = re.compile(
    r"\b(?:(?P<n>\d{1,3}|satu|dua|tiga|empat|lima|setengah|stgh)\s*(?P<unit>jam|jm|menit|mnt)"
    r"|(?P<one>sejam|semenit))\s+(?:(?:yang|yg)\s+)?(?:lalu|yll)\b|\b(?P<n2>\d{1,3})\s*"
    r"(?P<unit2>jam|jm|menit|mnt)\s+yll\b",
    re.I,
)
_NUMBERS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5}
_PERIODS = {
    "shubuh": "subuh", "malem": "malam", "mlm": "malam", "petang": "sore", "zuhur": "dzuhur",
    "lohor": "dzuhur", "asar": "ashar", "maghrib": "magrib", "isyak": "isya",
}  # fmt: skip
#: A part of the day, or a prayer time, without a clock time (for a clock time, the period
#: the prayer falls in).
_DEFAULT_HOUR = {
    "dini hari": (2, 0), "subuh": (4, 30), "pagi": (8, 0), "siang": (12, 0), "dzuhur": (12, 0),
    "ashar": (15, 30), "sore": (16, 0), "magrib": (18, 0), "isya": (19, 30), "malam": (20, 0),
}  # fmt: skip
_PRAYER_PERIOD = {"dzuhur": "siang", "ashar": "sore", "magrib": "malam", "isya": "malam"}
_CLOCK = re.compile(
    r"\b(?P<cue>pukul|pkl|pk|jam|jm)\s*\.?\s*(?P<h>\d{1,2})(?:\s*[.:]\s*(?P<m>\d{2}))?(?!\d)"
    r"(?:\s*-?\s*an\b)?"
    r"(?:\s+(?P<adj>lewat|lebih|kurang)\s+(?P<by>\d{1,2}|seperempat|setengah)(?!\d)"
    r"(?:\s*(?:menit|mnt)\b)?)?"
    r"|\b(?:(?:pukul|pkl|pk|jam|jm)\s*\.?\s*)?(?:setengah|stengah|stgh|stngh)\s*(?P<half>\d{1,2})"
    r"(?!\d)(?:\s*-?\s*an\b)?(?!\s*(?:jam|jm|menit|mnt)\b)"
    r"|(?<![\d.:/,])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\d:])"
    r"|(?<![\d.,/:])(?P<h3>\d{1,2})\.(?P<m3>\d{2})(?![\d.,])",
    re.I,
)
#: Clocks written a little after the message still count (PC and phone clocks differ);
#: the moment proposed is then the message's own.
_TOLERANCE = timedelta(minutes=15)
_GREETING = re.compile(r"(?:selamat|slmt|met)\s*$", re.I)


@dataclass(frozen=True)
class Moment:
    """When it happened: ``at`` (never after the message), or only the ``day``."""

    at: datetime | None
    day: date | None
    zone: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def when(text: str, message_time: datetime, tz: ZoneInfo, taken: list[tuple[int, int]]) -> Moment:
    """The moment meant, its zone and the spans that tell them; the ``taken`` spans
    (telephone, TPS, RT/RW, a pasted export prefix) are never read as a date or a time."""
    spans: list[tuple[int, int]] = []
    used: list[tuple[int, int]] = []  # read already (the day of "malam Senin")

    def free(match: re.Match) -> bool:
        return not any(s < match.end() and match.start() < e for s, e in taken + used)

    zone = tz
    if (match := _ZONE.search(text)) and free(match):
        zone = ZoneInfo(_ZONES[match.group(1).lower()])
        spans.append(match.span())
    now = message_time.astimezone(zone)
    today = now.date()
    if match := next(filter(free, _AGO.finditer(text)), None):
        count = match.group("n") or match.group("n2") or "1"
        unit = (match.group("unit") or match.group("unit2") or match.group("one")).lower()
        if count.lower() in ("setengah", "stgh"):
            minutes = 30
        else:
            number = int(count) if count.isdigit() else _NUMBERS.get(count.lower(), 1)
            minutes = number * (1 if unit.startswith(("menit", "mnt", "semenit")) else 60)
        moment = (now - timedelta(minutes=minutes)).replace(second=0, microsecond=0)
        return Moment(moment, None, zone.key, spans + [match.span()])
    fixed: date | None = None
    date_end = -1
    for match in filter(free, _DATE.finditer(text)):
        if (fixed := _date(match, today)) is not None:
            spans.append(match.span())
            date_end = match.end()
            break
    if fixed is not None and fixed > today:
        fixed = None  # a day still to come is no incident's day
    floating = [today, today - timedelta(days=1)]
    anchored = fixed is not None
    night = next(filter(free, _NIGHT_OF.finditer(text)), None)
    if night:  # "malam Senin": Sunday night
        day = (_DAYS.get(night.group(1).lower().replace("'", ""), 6) - 1) % 7
        fixed = fixed or today - timedelta(days=(today.weekday() - day) % 7)
        spans.append(night.span())
        used.append(night.span())
    if match := next(filter(free, _DAY.finditer(text)), None):  # "Selasa 26/11": the date decides
        day = _DAYS.get(match.group(1).lower().replace("'", ""), 6)
        fixed = fixed or today - timedelta(days=(today.weekday() - day) % 7)
        spans.append(match.span())
    if match := _YESTERDAY.search(text):
        back = 2 if match.group(1) else {"dua": 2, "tiga": 3}.get(match.group(2) or "", 1)
        if match.group(2) and match.group(2).isdigit():
            back = int(match.group(2))
        fixed = fixed or today - timedelta(days=back)
        spans.append(match.span())
    last_night = _LAST_NIGHT.search(text)
    if last_night:
        spans.append(last_night.span())
    elif fixed is None and (match := _TODAY.search(text)):
        floating = [today]
        spans.append(match.span())
    since = _SINCE.search(text)
    if since and fixed is None and not last_night:
        floating = [today]
    anchored = anchored or fixed is not None or last_night is not None or len(floating) == 1
    clock = None
    for match in filter(free, _CLOCK.finditer(text)):
        if match.group("h3") and not (
            _ZONE.match(text, match.end() + 1) or 0 <= match.start() - date_end <= 3
        ):
            continue  # "21.30" alone may be a number; take it after a date or before WIB
        hour, minute = _clock(match)
        if hour <= 24 and minute < 60:
            clock = (match, hour, minute)
            spans.append(match.span())
            break
    period = None
    periods = [
        m for m in _PERIOD.finditer(text)
        if free(m) and not _GREETING.search(text, max(0, m.start() - 8), m.start())
    ]  # fmt: skip
    if night:
        period = night
    elif clock:
        near = [m for m in periods if 0 <= m.start() - clock[0].end() <= 20]
        near = near or [m for m in periods if 0 <= clock[0].start() - m.end() <= 25]
        period = near[0] if near else None
    elif since:
        period = since
    elif anchored and periods:
        period = periods[0]
    name = None
    if period is night and night:
        name = "malam"
    elif period:
        word = period.group(1).lower()
        name = _PERIODS.get(word, word)
    if last_night and not name:
        name = "malam"
    if period and not any(s <= period.start() < e for s, e in spans):
        spans.append(period.span())
    if clock:
        match, hour, minute = clock
        literal = bool(match.group("m") or match.group("h2") or match.group("h3"))
        literal = literal or hour > 12 or str(match.group("h")).startswith("0")
        hours = _hours(hour, _PRAYER_PERIOD.get(name or "", name), literal)
    elif name:
        hour, minute = (_SINCE_HOUR if since and period is since else _DEFAULT_HOUR)[name]
        hours = [hour]
    else:
        return Moment(None, fixed, zone.key, spans)
    days = [fixed] if fixed else floating
    found = [
        datetime(d.year, d.month, d.day, tzinfo=zone) + timedelta(hours=h, minutes=minute)
        for d in days
        for h in hours
    ]
    past = [moment for moment in found if moment <= now + (_TOLERANCE if clock else timedelta())]
    moment = None
    if past:
        moment = past[0] if fixed else max(past)
    elif not clock and (fixed is None or fixed == today):
        moment = now  # "malam ini" before the evening: not later than the message
    if moment is None:
        return Moment(None, fixed, zone.key, spans)  # the hour is still to come: day only
    return Moment(min(moment, now).replace(second=0, microsecond=0), None, zone.key, spans)


def _clock(match: re.Match) -> tuple[int, int]:
    """Hour and minute of a clock time as written ("setengah 8" is 7.30)."""
    if match.group("half"):
        return (int(match.group("half")) - 1) % 24, 30
    hour = int(match.group("h") or match.group("h2") or match.group("h3"))
    minute = int(match.group("m") or match.group("m2") or match.group("m3") or 0)
    if match.group("adj"):
        by = match.group("by").lower()
        by = {"seperempat": 15, "setengah": 30}.get(by) or int(by)
        if by >= 60:
            return 99, 0
        total = hour * 60 + minute + (-by if match.group("adj").lower() == "kurang" else by)
        hour, minute = divmod(total % (24 * 60), 60)
    return hour, minute


def _date(match: re.Match, today: date) -> date | None:
    if match.group(1):
        day, month, year_text = int(match.group(1)), int(match.group(2)), match.group(3)
    else:
        day, month = int(match.group(4)), _MONTHS[match.group(5).lower()[:3]]
        year_text = match.group(6)
    year = int(year_text) if year_text else today.year
    year += 2000 if year < 100 else 0
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not year_text and found > today + timedelta(days=1):
        found = found.replace(year=year - 1) if not (month == 2 and day == 29) else found
    return found


def _hours(hour: int, period: str | None, literal: bool) -> list[int]:
    """Hours after midnight of the day meant (24 and more: the early hours after it)."""
    if period in ("pagi", "subuh", "dini hari"):
        return [0 if hour == 12 and period != "pagi" else hour]
    if period == "siang":
        return [hour + 12 if hour <= 5 else hour]
    if period == "sore":
        return [hour + 12 if hour < 12 else hour]
    if period == "malam":
        if 6 <= hour <= 11:
            return [hour + 12]
        return [24 + hour % 12] if hour == 12 or hour <= 4 else [hour]
    if literal or hour == 0:
        return [hour]
    return [hour, (hour + 12) % 24]
