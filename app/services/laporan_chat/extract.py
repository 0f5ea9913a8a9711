"""Recognise the parts of a draft incident in one chat report (issue 11).

Every recognised piece is marked with a ``Span`` in the original text. Choices made here:

- RT/RW comes out as ``RT 002/RW 003`` (three digits, as on a KTP), TPS as ``005``;
- a place is the most specific region that most mentions agree on; a name that stays
  ambiguous gives ``wilayah=None`` and the candidates in ``wilayah_choices``;
- times are relative to the message's own time: a time without a date is the latest such
  moment not after the message (``jam 9`` at 22.00 is 21.00 today, at 08.00 it is 21.00
  yesterday); a part of the day without a clock time (``tadi pagi``) takes a typical hour
  (pagi 08.00, siang 12.00, sore 16.00, malam 20.00, subuh 04.30, dini hari 02.00), never
  later than the message; a date without any time of day gives ``occurred_at=None``;
- severity is the highest hint found, ``None`` without a hint.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.services.errors import ValidationError
from app.services.insiden import normalize_tps
from app.services.laporan_chat.rules import KeywordRules, Token, normalize_phrase, tokenize
from app.services.wilayah import WilayahIndex, WilayahRef, normalize_name


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    field: str
    text: str


@dataclass(frozen=True)
class Extraction:
    wilayah: WilayahRef | None
    wilayah_choices: list[WilayahRef]
    tps: str
    rt_rw: str
    occurred_at: datetime | None
    time_zone: str
    kategori_code: str | None
    kategori_words: list[str]
    severity: int | None
    severity_words: list[str]
    reporter_name: str
    reporter_phone: str
    spans: list[Span]


_TPS = re.compile(r"\btps\s*(?:[-.:#]\s*)?(?:no\.?\s*|nomor\s*)?(\d{1,3})(?!\d)", re.I)
_RT_RW = re.compile(
    r"\brt\s*[.:]?\s*0*(\d{1,3})\s*(?:[/,-]\s*)?rw\s*[.:]?\s*0*(\d{1,3})(?!\d)"
    r"|\brt\s*/\s*rw\s*[.:]?\s*0*(\d{1,3})\s*/\s*0*(\d{1,3})(?!\d)"
    r"|\brt\s*[.:]?\s*0*(\d{1,3})(?!\d)",
    re.I,
)
_PHONE = re.compile(r"(?<![\d+])\(?(?:\+\s?62|62|0)[\s.)-]{0,2}8\d(?:[\s.)-]{0,2}\d){6,10}(?!\d)")
_PHONE_LABEL = re.compile(
    r"\s*[(\[]?\b(?:no\.?\s*)?(?:hp|telp|tlp|wa|kontak)\b\.?\s*[:.]?\s*$", re.I
)
_NAME_CUE = re.compile(
    r"\b(?:nama pelapor|pelapor|dilaporkan oleh|laporan dari|info dari|informasi dari|"
    r"sumber\s*:|dari\s*:|pengirim\s*:)|\ba\.\s?n\.",
    re.I,
)
_SIGN = re.compile(
    r"^\s*(?:[-–—~]+|ttd\.?|wassalam\w*,?|salam\s*,|hormat (?:kami|saya)\s*,?)\s*(.*)$", re.I
)
_ROLE = re.compile(
    r"\b(?:babinsa|bhabinkamtibmas|bhabin|camat|sekcam|kades|sekdes|lurah|kasi|kasubag|kabid|"
    r"staf|staff|kesbangpol|kapolsek|danramil|pps|ppk|panwascam|pkd|linmas|kadus|jaro|ketua)\b",
    re.I,
)
#: "pelapor tidak mau disebut namanya": a cue without a name.
_NO_NAME = re.compile(
    r"^(?:tdk|tidak|tak|minta|mohon|yang|yg)\b|namanya|dirahasiakan|anonim|\bnn\b", re.I
)
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
    r"|(?<![\d.:/,])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\d:])"
    r"|(?<![\d.,/:])(?P<h3>\d{1,2})\.(?P<m3>\d{2})(?![\d.,])",
    re.I,
)
#: Clocks written a little after the message still count (PC and phone clocks differ).
_TOLERANCE = timedelta(minutes=15)


def extract(
    text: str, *, index: WilayahIndex, rules: KeywordRules, message_time: datetime, tz: ZoneInfo
) -> Extraction:
    """Everything recognisable in one report; fields not found stay empty or ``None``."""
    if message_time.tzinfo is None:  # a naive time is the desk's local time
        message_time = message_time.replace(tzinfo=tz)
    spans: list[Span] = []

    def mark(start: int, end: int, field: str) -> None:
        spans.append(Span(start, end, field, text[start:end]))

    phone = ""
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        rest = digits[2:] if digits.startswith("62") else digits[1:]
        if 9 <= len(rest) <= 12:
            phone = phone or "+62" + rest
            mark(match.start(), match.end(), "telepon")
    taken = [(s.start, s.end) for s in spans]
    name, name_at = _reporter(text, taken)
    if name:
        mark(name_at[0], name_at[1], "pelapor")
    tps = ""
    for match in _TPS.finditer(text):
        try:
            tps = normalize_tps(match.group(1))
        except ValidationError:
            continue
        mark(match.start(), match.end(), "tps")
        break
    rt_rw = ""
    if match := _RT_RW.search(text):
        numbers = [int(n) for n in match.groups() if n is not None]
        rt_rw = f"RT {numbers[0]:03d}" + (f"/RW {numbers[1]:03d}" if len(numbers) > 1 else "")
        mark(match.start(), match.end(), "rt_rw")
    taken = [(s.start, s.end) for s in spans if s.field != "pelapor"]
    occurred, zone, time_spans = _when(text, message_time, tz, taken)
    for start, end in time_spans:
        mark(start, end, "waktu")
    tokens = tokenize(text)
    words_in_full = _expand(tokens, rules)
    code, words, where = _category(words_in_full, rules)
    for start, end in where:
        mark(start, end, "kategori")
    found = _phrase_matches(words_in_full, _tables(rules)[1])
    hints = [(level, span) for level, _, span in found]
    severity = max((level for level, _ in hints), default=None)
    for _, (start, end) in hints:
        mark(start, end, "keparahan")
    wilayah, choices, where = _place(_gazetteer(index, rules), text, tokens, name_at)
    for start, end in where:
        mark(start, end, "wilayah")
    return Extraction(
        wilayah=wilayah,
        wilayah_choices=choices,
        tps=tps,
        rt_rw=rt_rw,
        occurred_at=occurred,
        time_zone=zone,
        kategori_code=code,
        kategori_words=words,
        severity=severity,
        severity_words=list(dict.fromkeys(text[s:e] for _, (s, e) in hints)),
        reporter_name=name,
        reporter_phone=phone,
        spans=sorted(spans, key=lambda s: (s.start, s.end)),
    )


# --- reporter -----------------------------------------------------------------------------


def _reporter(text: str, phones: list[tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """Name after a cue ("Pelapor: Budi") or in a signature line ("- Babinsa Desa X")."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    for start, line in lines:
        if cue := _NAME_CUE.search(line):
            begin = start + cue.end() + len(re.match(r"[\s:.-]*", line[cue.end() :]).group())
            found = _clean_name(text, begin, start + len(line), phones)
            if found[0]:
                return found
    filled = [(start, line) for start, line in lines if line.strip()]
    for position in range(max(0, len(filled) - 3), len(filled)):
        start, line = filled[position]
        last = position == len(filled) - 1
        if (sign := _SIGN.match(line)) and position:  # on the first line "Salam," greets
            if sign.group(1).strip() and len(sign.group(1).split()) <= 7:
                return _clean_name(text, start + sign.start(1), start + len(line), phones)
            if not sign.group(1).strip() and not last:  # "Salam," and the name below
                begin, below = filled[position + 1]
                return _clean_name(text, begin, begin + len(below), phones)
        elif last and line.strip()[-1] not in ".!?":
            short = position and len(line.split()) <= 10  # or "... 1 jam. Camat Carita"
            tail = line if short else re.split(r"[.!?]\s+", line)[-1]
            if _ROLE.search(tail) and len(tail.split()) <= 10:
                begin = start + len(line) - len(tail)
                return _clean_name(text, begin, start + len(line), phones)
    return "", (0, 0)


def _clean_name(
    text: str, start: int, end: int, phones: list[tuple[int, int]]
) -> tuple[str, tuple[int, int]]:
    for p_start, _ in phones:
        if start <= p_start < end:
            end = p_start
    piece = text[start:end]
    cut = re.search(r"[,;]|:\s|\s[-–]\s|\s\d", piece)
    if cut:
        piece = piece[: cut.start()]
    piece = _PHONE_LABEL.sub("", piece)
    stripped = piece.strip(" \t.:-–*_")
    if not stripped or len(stripped.split()) > 10 or _NO_NAME.search(stripped):
        return "", (0, 0)
    begin = start + piece.index(stripped)
    return stripped, (begin, begin + len(stripped))


# --- time -----------------------------------------------------------------------------------


def _when(
    text: str, message_time: datetime, tz: ZoneInfo, taken: list[tuple[int, int]]
) -> tuple[datetime | None, str, list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []

    def free(match: re.Match) -> bool:
        return not any(s < match.end() and match.start() < e for s, e in taken)

    zone = tz
    if (match := _ZONE.search(text)) and free(match):
        zone = ZoneInfo(_ZONES[match.group(1).lower()])
        spans.append(match.span())
    now = message_time.astimezone(zone)
    today = now.date()
    fixed: date | None = None
    date_end = -1
    for match in filter(free, _DATE.finditer(text)):
        if (fixed := _date(match, today)) is not None:
            spans.append(match.span())
            date_end = match.end()
            break
    floating = [today, today - timedelta(days=1)]
    anchored = fixed is not None
    if match := _DAY.search(text):  # "Selasa 26/11": the date decides, both are marked
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
    anchored = anchored or fixed is not None or last_night is not None or len(floating) == 1
    clock = None
    for match in filter(free, _CLOCK.finditer(text)):
        if match.group("h3") and not (
            _ZONE.match(text, match.end() + 1) or 0 <= match.start() - date_end <= 3
        ):
            continue  # "21.30" alone may be a number; take it after a date or before WIB
        hour = int(match.group("h") or match.group("h2") or match.group("h3"))
        minute = int(match.group("m") or match.group("m2") or match.group("m3") or 0)
        if hour <= 24 and minute < 60:
            clock = (match, hour, minute)
            spans.append(match.span())
            break
    period = None
    periods = list(_PERIOD.finditer(text))
    if clock:
        near = [m for m in periods if 0 <= m.start() - clock[0].end() <= 20]
        near = near or [m for m in periods if 0 <= clock[0].start() - m.end() <= 25]
        period = near[0] if near else None
    elif anchored and periods:
        period = periods[0]
    name = _PERIODS.get(period.group(1).lower(), period.group(1).lower()) if period else None
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
        hour, minute = _DEFAULT_HOUR[name]
        hours = [hour]
    else:
        return None, zone.key, spans
    days = [fixed] if fixed else floating
    found = [
        datetime(d.year, d.month, d.day, tzinfo=zone) + timedelta(hours=h, minutes=minute)
        for d in days
        for h in hours
    ]
    past = [moment for moment in found if moment <= now + _TOLERANCE]
    if not clock and not past:  # "malam ini" before the evening: not later than the message
        return now.replace(second=0, microsecond=0), zone.key, spans
    if fixed:  # a named day: the hour as written unless that is still to come
        return (past or found)[0], zone.key, spans
    return (max(past) if past else min(found)), zone.key, spans


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


# --- category and severity ------------------------------------------------------------------


def _category(
    tokens: list[Token], rules: KeywordRules
) -> tuple[str | None, list[str], list[tuple[int, int]]]:
    scores: dict[str, int] = {}
    where: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for code, phrase, span in _phrase_matches(tokens, _tables(rules)[0]):
        scores[code] = scores.get(code, 0) + len(phrase.split())
        where.setdefault(code, []).append((phrase, span))
    if not scores:
        return None, [], []
    order = {code: number for number, code in enumerate(rules.category_codes)}
    best = min(scores, key=lambda code: (-scores[code], order[code]))
    return best, list(dict.fromkeys(p for p, _ in where[best])), [s for _, s in where[best]]


def _expand(tokens: list[Token], rules: KeywordRules) -> list[Token]:
    """Chat abbreviations in full ("yg" → "yang"), each word keeping its place."""
    full = _tables(rules)[2]
    return [
        Token(word, token.start, token.end)
        for token in tokens
        for word in full.get(token.text, token.text).split()
    ]


@lru_cache(maxsize=8)
def _tables(rules: KeywordRules) -> tuple[dict, dict, dict[str, str]]:
    """Category and severity phrases by their first word, and the abbreviations."""
    categories: dict[str, list[tuple[object, str]]] = {}
    for code, phrases in rules.categories:
        for phrase in phrases:
            categories.setdefault(phrase.split()[0], []).append((code, phrase))
    severities: dict[str, list[tuple[object, str]]] = {}
    for phrase, level in rules.severity_hints:
        severities.setdefault(phrase.split()[0], []).append((level, phrase))
    return categories, severities, dict(rules.abbreviations)


def _phrase_matches(tokens: list[Token], table: dict) -> list[tuple[object, str, tuple[int, int]]]:
    """Non-overlapping keyword hits, longest phrases first; up to two words may stand
    between the words of a phrase ("baliho paslon 02 dirusak"); "-nya" is ignored."""
    hits = []
    for i, token in enumerate(tokens):
        word = token.text
        for first in {word, word[:-3] if word.endswith("nya") else word}:
            for value, phrase in table.get(first, ()):
                used = _follow(tokens, i, phrase.split())
                if used:
                    hits.append((len(phrase.split()), value, phrase, used))
    hits.sort(key=lambda hit: (-hit[0], hit[3][0]))
    kept, busy = [], set()
    for _, value, phrase, used in hits:
        if busy.isdisjoint(used):
            busy.update(used)
            kept.append((value, phrase, (tokens[used[0]].start, tokens[used[-1]].end)))
    return sorted(kept, key=lambda hit: hit[2])


def _follow(tokens: list[Token], i: int, words: list[str]) -> list[int]:
    used, position = [i], i
    for word in words[1:]:
        for step in range(1, 4):
            token = tokens[position + step].text if position + step < len(tokens) else ""
            if token in (word, word + "nya"):
                position += step
                used.append(position)
                break
        else:
            return []
    return used


# --- place ----------------------------------------------------------------------------------

_KINDS = {
    "kabupaten": {"kabupaten"}, "kota": {"kota"}, "kecamatan": {"kecamatan"},
    "desa": {"desa", "kelurahan"}, "kelurahan": {"kelurahan", "desa"},
}  # fmt: skip


@dataclass(frozen=True)
class _Gazetteer:
    names: dict[str, list[WilayahRef]]
    compact: dict[str, list[WilayahRef]]
    keys_by_kind: dict[str, list[str]]
    provinces: frozenset[str]
    prefixes: dict[str, str]
    skip: frozenset[str]
    stop: frozenset[str]
    cues: frozenset[str]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    weight: int
    primary: tuple[WilayahRef, ...]
    secondary: tuple[WilayahRef, ...] = ()
    #: In the reporter's signature ("Babinsa Desa X"): supports a place, never adds one.
    context: bool = False


@lru_cache(maxsize=4)
def _gazetteer(index: WilayahIndex, rules: KeywordRules) -> _Gazetteer:
    names: dict[str, list[WilayahRef]] = {}
    keys_by_kind: dict[str, set[str]] = {}
    provinces = set()
    for ref in index.search("", limit=len(index)):
        key = normalize_name(ref.name)[0] if ref.level <= 2 else normalize_phrase(ref.name)
        if ref.level <= 1:
            provinces.add(key)
            continue
        names.setdefault(key, []).append(ref)
        keys_by_kind.setdefault(ref.kind, set()).add(key)
    for short, target in rules.region_aliases:
        name, hint = normalize_name(target)
        kinds = _KINDS.get(hint or "", {hint})
        refs = [r for r in names.get(name, []) if hint is None or r.kind in kinds]
        names[short] = list(dict.fromkeys(names.get(short, []) + refs))
    compact: dict[str, list[WilayahRef]] = {}
    for key, refs in names.items():
        compact.setdefault(key.replace(" ", ""), []).extend(refs)
    return _Gazetteer(
        names, compact, {kind: sorted(keys) for kind, keys in keys_by_kind.items()},
        frozenset(provinces), dict(rules.region_prefixes), frozenset(rules.non_region_prefixes),
        frozenset(rules.place_stopwords), frozenset(rules.place_cues),
    )  # fmt: skip


def _joined(text: str, a: Token, b: Token, allowed: str = " -") -> bool:
    return all(char in allowed for char in text[a.end : b.start])


def _lookup(
    g: _Gazetteer, text: str, tokens: list[Token], i: int, kinds: set[str] | None
) -> tuple[int, list[WilayahRef]] | None:
    for size in (4, 3, 2, 1):
        part = tokens[i : i + size]
        if len(part) < size or not all(
            _joined(text, a, b) for a, b in zip(part, part[1:], strict=False)
        ):
            continue
        words = [t.text for t in part]
        refs = g.names.get(" ".join(words)) or g.compact.get("".join(words)) or []
        refs = [r for r in refs if kinds is None or r.kind in kinds]
        if refs:
            return size, refs
    return None


def _fuzzy(
    g: _Gazetteer, text: str, tokens: list[Token], i: int, kinds: set[str]
) -> tuple[int, list[WilayahRef]] | None:
    """A misspelt name after a prefix ("Ds. Sukamju"): the closest names of that kind."""
    keys = [key for kind in kinds for key in g.keys_by_kind.get(kind, [])]
    best: tuple[float, int, list[str]] = (0.0, 0, [])
    for size in (1, 2):
        part = tokens[i : i + size]
        if len(part) < size or not all(
            _joined(text, a, b) for a, b in zip(part, part[1:], strict=False)
        ):
            continue
        word = "".join(t.text for t in part)
        if len(word) < 5:
            continue
        for key in difflib.get_close_matches(word, keys, n=3, cutoff=0.85):
            score = difflib.SequenceMatcher(None, word, key.replace(" ", "")).ratio()
            if score > best[0] + 0.01:
                best = (score, size, [key])
            elif abs(score - best[0]) <= 0.01 and key not in best[2]:
                best[2].append(key)
    refs = [r for key in best[2] for r in g.names[key] if r.kind in kinds]
    return (best[1], refs) if refs else None


def _mentions(g: _Gazetteer, text: str, tokens: list[Token], excluded: tuple[int, int]):
    found: list[_Mention] = []
    letters = [c for c in text if c.isalpha()]
    shouting = sum(c.isupper() for c in letters) > 0.6 * max(1, len(letters))
    last, i = -2, 0
    while i < len(tokens):
        token = tokens[i]
        kind = g.prefixes.get(token.text)
        if kind and i + 1 < len(tokens) and _joined(text, token, tokens[i + 1], " .:"):
            weight, hit = 2, _lookup(g, text, tokens, i + 1, _KINDS[kind])
            if hit is None:
                weight, hit = 1, _fuzzy(g, text, tokens, i + 1, _KINDS[kind])
            if hit:
                context = excluded[0] <= token.start < excluded[1]
                end = tokens[i + hit[0]].end
                found.append(_Mention(token.start, end, weight, tuple(hit[1]), (), context))
                last = i = i + hit[0]
                i += 1
                continue
        hit = _lookup(g, text, tokens, i, None)
        if hit is None and token.text in g.skip:  # "Kp. Sukamaju" is a hamlet, not the desa
            i += 1
            while i < len(tokens) and i - 1 >= 0 and _joined(text, tokens[i - 1], tokens[i], " .-"):
                if tokens[i].text in g.prefixes or tokens[i].text in g.cues:
                    break
                i += 1
            continue
        if hit:
            size, refs = hit
            key = " ".join(t.text for t in tokens[i : i + size])
            previous = tokens[i - 1] if i else None
            cue = previous is not None and (
                (previous.text in g.cues and _joined(text, previous, token, " "))
                or (last == i - 1 and _joined(text, previous, token, " ,/-"))
            )
            capital = not shouting and text[token.start].isupper()
            top = min(r.level for r in refs)
            inside = excluded[0] <= token.start < excluded[1]
            stop = key in g.stop
            if (
                key not in g.provinces
                and not inside
                and ((not stop and (top == 2 or cue or capital)) or (stop and capital and cue))
            ):
                primary = tuple(r for r in refs if r.level == top)
                secondary = tuple(r for r in refs if r.level != top)
                found.append(_Mention(token.start, tokens[i + size - 1].end, 1, primary, secondary))
                last = i + size - 1
                i += size
                continue
        i += 1
    return found


def _within(ref: WilayahRef, area: WilayahRef) -> bool:
    return ref.code == area.code or ref.code.startswith(area.code + ".")


def _place(
    g: _Gazetteer, text: str, tokens: list[Token], excluded: tuple[int, int]
) -> tuple[WilayahRef | None, list[WilayahRef], list[tuple[int, int]]]:
    """The most specific region most mentions agree on (prefixed mentions count double)."""
    mentions = _mentions(g, text, tokens, excluded)
    strongest: dict[frozenset[str], int] = {}
    unique: dict[frozenset[str], _Mention] = {}
    for m in sorted(mentions, key=lambda m: m.context):  # a plain mention beats a signature
        codes = frozenset(r.code for r in m.primary + m.secondary)
        strongest[codes] = max(strongest.get(codes, 0), m.weight)
        unique.setdefault(codes, m)
    plain = any(not m.context for m in unique.values())
    pool: dict[str, WilayahRef] = {}
    for m in unique.values():
        if m.context and plain:
            continue
        pool.update((r.code, r) for r in m.primary)
        for ref in m.secondary:
            others = (o for o in unique.values() if o is not m)
            if any(_within(ref, a) for o in others for a in o.primary + o.secondary):
                pool[ref.code] = ref

    def supported(m: _Mention, ref: WilayahRef) -> bool:
        return any(_within(ref, a) for a in m.primary + m.secondary)

    scores = {
        code: sum(strongest[key] for key, m in unique.items() if supported(m, ref))
        for code, ref in pool.items()
    }
    if not scores:
        return None, [], []
    top = max(scores.values())
    best = [pool[code] for code, score in scores.items() if score == top]
    best = [r for r in best if not any(o is not r and _within(o, r) for o in best)]
    best.sort(key=lambda r: (-r.level, r.code))
    spans = [(m.start, m.end) for m in mentions if any(supported(m, r) for r in best)]
    return (best[0], [], spans) if len(best) == 1 else (None, best, spans)
