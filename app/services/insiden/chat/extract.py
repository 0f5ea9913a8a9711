"""Recognise the parts of a draft incident in one chat report (issue 11).

Every recognised piece is marked with a ``Span`` in the original text. Choices made here:

- RT/RW comes out as ``RT 002/RW 003`` (three digits, as on a KTP), TPS as ``005``;
- a place is the most specific region that most mentions agree on; a name that stays
  ambiguous gives ``wilayah=None`` and the candidates in ``wilayah_choices`` (``places``);
- times are relative to the message's own time; a date without any time of day gives
  ``occurred_at=None`` (the rules are in ``waktu``);
- severity is the highest hint found, ``None`` without a hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.services.core.errors import ValidationError
from app.services.desk.wilayah import WilayahIndex, WilayahRef, normalize_tps
from app.services.insiden.chat.places import gazetteer, place
from app.services.insiden.chat.rules import KeywordRules, Token, tokenize
from app.services.insiden.chat.waktu import when


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
    occurred, zone, time_spans = when(text, message_time, tz, taken)
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
    wilayah, choices, where = place(gazetteer(index, rules), text, tokens, name_at)
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
