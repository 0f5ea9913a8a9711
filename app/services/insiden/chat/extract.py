"""Recognise the parts of a draft incident in one chat report (issues 11 and 23).

Every recognised piece is marked with a ``Span`` in the original text. Choices made here:

- RT/RW comes out as ``RT 002/RW 003`` (three digits, as on a KTP), TPS as ``005``;
- a place is the most specific region that most mentions agree on; a name that stays
  ambiguous gives ``wilayah=None`` and the candidates in ``wilayah_choices`` (``places``);
- times are relative to the message's own time and never after it; a day without any time
  of day gives ``occurred_at=None`` and that day in ``occurred_on`` (``waktu``);
- category and severity come from the keyword rules (``kategori``), the reporter from a
  cue or a signature (``pelapor``); severity is the highest hint found, ``None`` without;
- a greeting, an all-clear or a forwarded news item is not an incident: ``not_incident``
  names which, and every field stays empty;
- a WhatsApp export line pasted with the message ("27/11/24 06.02 - Nama: …") is not
  read as part of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.services.core.errors import ValidationError
from app.services.desk.wilayah import WilayahIndex, WilayahRef, normalize_tps
from app.services.insiden.chat import kategori, pelapor
from app.services.insiden.chat.chat_export import export_prefix
from app.services.insiden.chat.places import gazetteer, place
from app.services.insiden.chat.rules import KeywordRules, tokenize
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
    #: The day, when the message names a day but no time of day (``occurred_at`` is None).
    occurred_on: date | None = None
    #: How the reporter's name was found: ``pelapor.CUE``, ``SIGNATURE`` or ``POST``.
    reporter_how: str = ""
    #: Not an incident report: ``berita`` (forwarded news), ``aman`` (all clear) or
    #: ``salam`` (greetings only); empty when the message may be an incident.
    not_incident: str = ""
    not_incident_words: list[str] = field(default_factory=list)


_TPS = re.compile(r"\btps\s*(?:[-.:#]\s*)?(?:no\.?\s*|nomor\s*)?(\d{1,3})(?!\d)", re.I)
_RT_RW = re.compile(
    r"\brt\s*[.:]?\s*0*(\d{1,3})\s*(?:[/,-]\s*)?rw\s*[.:]?\s*0*(\d{1,3})(?!\d)"
    r"|\brt\s*/\s*rw\s*[.:]?\s*0*(\d{1,3})\s*/\s*0*(\d{1,3})(?!\d)"
    r"|\brt\s*[.:]?\s*0*(\d{1,3})(?!\d)",
    re.I,
)
_PHONE = re.compile(r"(?<![\d+])\(?(?:\+\s?62|62|0)[\s.)-]{0,2}8\d(?:[\s.)-]{0,2}\d){6,10}(?!\d)")


def extract(
    text: str, *, index: WilayahIndex, rules: KeywordRules, message_time: datetime, tz: ZoneInfo
) -> Extraction:
    """Everything recognisable in one report; fields not found stay empty or ``None``."""
    if message_time.tzinfo is None:  # a naive time is the desk's local time
        message_time = message_time.replace(tzinfo=tz)
    prefix = export_prefix(text)
    body = " " * prefix.end + text[prefix.end :] if prefix else text  # same offsets
    spans: list[Span] = []

    def mark(start: int, end: int, field: str) -> None:
        spans.append(Span(start, end, field, text[start:end]))

    phone = ""
    for match in _PHONE.finditer(body):
        digits = re.sub(r"\D", "", match.group())
        rest = digits[2:] if digits.startswith("62") else digits[1:]
        if 9 <= len(rest) <= 12:
            phone = phone or "+62" + rest
            mark(match.start(), match.end(), "telepon")
    taken = [(s.start, s.end) for s in spans]
    name, name_at, how = pelapor.reporter(body, taken)
    if name:
        mark(name_at[0], name_at[1], "pelapor")
    tps = ""
    for match in _TPS.finditer(body):
        try:
            tps = normalize_tps(match.group(1))
        except ValidationError:
            continue
        mark(match.start(), match.end(), "tps")
        break
    rt_rw = ""
    if match := _RT_RW.search(body):
        numbers = [int(n) for n in match.groups() if n is not None]
        rt_rw = f"RT {numbers[0]:03d}" + (f"/RW {numbers[1]:03d}" if len(numbers) > 1 else "")
        mark(match.start(), match.end(), "rt_rw")
    taken = [(s.start, s.end) for s in spans if s.field != "pelapor"]
    moment = when(body, message_time, tz, taken)
    for start, end in moment.spans:
        mark(start, end, "waktu")
    tokens = tokenize(body)
    wilayah, choices, where = place(gazetteer(index, rules), body, tokens, name_at)
    for start, end in where:
        mark(start, end, "wilayah")
    words, sentences = kategori.expand(body, tokens, rules)
    places = where + [(s.start, s.end) for s in spans if s.field in ("tps", "rt_rw")]
    found, _ = kategori.category(body, words, sentences, rules, places)
    for start, end in found.spans:
        mark(start, end, "kategori")
    hints = kategori.severity(words, sentences, rules)
    severity = max((level for level, _ in hints), default=None)
    for _, (start, end) in hints:
        mark(start, end, "keparahan")
    if none := kategori.not_incident(body, words, sentences, rules, found, severity, places):
        return Extraction(
            wilayah=None, wilayah_choices=[], tps="", rt_rw="", occurred_at=None,
            time_zone=moment.zone, kategori_code=None, kategori_words=[], severity=None,
            severity_words=[], reporter_name="", reporter_phone="",
            spans=[Span(start, end, "bukan_insiden", text[start:end]) for start, end in none.spans],
            not_incident=none.kind, not_incident_words=none.words,
        )  # fmt: skip
    return Extraction(
        wilayah=wilayah,
        wilayah_choices=choices,
        tps=tps,
        rt_rw=rt_rw,
        occurred_at=moment.at,
        time_zone=moment.zone,
        kategori_code=found.code,
        kategori_words=found.words,
        severity=severity,
        severity_words=list(dict.fromkeys(text[s:e] for _, (s, e) in hints)),
        reporter_name=name,
        reporter_phone=phone,
        spans=sorted(spans, key=lambda s: (s.start, s.end)),
        occurred_on=moment.day,
        reporter_how=how,
    )
