"""Category, severity and "not an incident" in one chat report (issues 11 and 23).

Keywords are matched on the words of the message read in full (``singkatan``), each word
also in its colloquial forms: ``-nya`` dropped, the Jakarta ``-in`` and Sundanese ``-keun``
read as ``-kan``/``-i`` ("dicabutin" → "dicabuti", "ngarahin" → "mengarahkan"), the nasal
``ng-``/``ny-``/``m-`` read as ``meng-``/``meny-``/``mem-`` ("nyuruh" → "menyuruh"), and an
amount of money ("50rb", "Rp20.000") as ``uang``. Up to ``GAP`` words may stand between the
words of a phrase, within one sentence; a place or a TPS between them does not count
("KPPS TPS 14 Kel. Uwung Jaya pakai kaos paslon").

The category whose phrases weigh most (in words) wins, a tie going to the order of the
rules. A perpetrator ("OTK") is no subject and carries no category. A category keyword closely followed by a
reassurance ("logistik aman", "logistik sudah lengkap") counts only when nothing else is
reported, so a reassurance never wins a tie. The message is not an incident report when it is a forwarded news item, an
all-clear ("situasi aman terkendali") or only greetings and courtesies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.services.insiden.chat.rules import ANY, KeywordRules, Token

#: Words that may stand between the words of a phrase.
GAP = 2
#: Words that may stand between a keyword and the reassurance that follows it.
REASSURANCE_GAP = 2
_AMOUNT = re.compile(r"(?:rp)?\d+(?:rb|rbu|ribu|k|jt|juta)|rp\d+")
_VOWELS = "aiueo"
#: A news item's dateline: "SERANG, KOMPAS.com –", "PANDEGLANG (ANTARA) -".
_DATELINE = re.compile(
    r"^\s*\W*[A-Z][A-Z]{3,}(?: [A-Z]{3,})?\s*(?:,\s*[\w.]+(?: [\w.]+)?\s*|\s*\([A-Za-z.]+\)\s*)"
    r"(?:\([A-Za-z.]+\)\s*)?[-–—]",
    re.M,
)
#: WhatsApp's mark of a forwarded message on its own line, a news agency's "(ANTARA)".
_FORWARDED = re.compile(
    r"^\W*(?:diteruskan(?: berkali-kali)?|forwarded(?: many times)?)\W*$|\((?:antara|antaranews)\)",
    re.I | re.M,
)
#: Where a sentence ends: a line break, "!", "?", ";" or a full stop after a word (not
#: after an abbreviation such as "Ds." or "Kec.").
_BREAK = re.compile(r"\n|[!?;]|(?<=[^\W\d_]{4})\.(?=\s)")


@dataclass(frozen=True)
class Hit:
    value: object
    phrase: str
    tokens: tuple[int, ...]
    span: tuple[int, int]


@dataclass(frozen=True)
class Category:
    code: str | None
    #: The phrases that decided, the deciding one first.
    words: list[str]
    spans: list[tuple[int, int]]
    #: Some keyword spoke of a problem (not only "logistik aman").
    reported: bool


@dataclass(frozen=True)
class NotIncident:
    kind: str
    words: list[str]
    spans: list[tuple[int, int]]


def variants(word: str) -> tuple[str, ...]:
    """The forms a chat word may stand for (the word itself first)."""
    forms = [word]
    if len(word) > 5 and word.endswith("nya"):
        forms.append(word[:-3])
    for form in list(forms):
        if len(form) >= 6 and form.endswith("keun"):
            forms.append(form[:-4] + "kan")
        elif len(form) >= 6 and form.endswith("in"):
            base = form[:-2]
            forms += [base, base + "kan", base + "i"]
    for form in list(forms):
        if form.startswith("nge") and len(form) >= 6:
            forms += [prefix + form[3:] for prefix in ("mem", "men", "meng", "me")]
        elif (
            len(form) >= 5
            and (
                (form[:2] in ("ng", "ny") and form[2] in _VOWELS)  # "nyuruh": menyuruh
                or (form[0] == "m" and form[1] in _VOWELS and form[:2] != "me")  # "milih": memilih
            )
        ):
            forms.append("me" + form)
    return tuple(dict.fromkeys(forms))


def expand(text: str, tokens: list[Token], rules: KeywordRules) -> tuple[list[Token], list[int]]:
    """The words in full ("yg" → "yang", "50rb" → "uang"), each keeping its place in the
    text, and the sentence each belongs to."""
    full = _tables(rules).abbreviations
    words, sentences, sentence, previous = [], [], 0, 0
    for token in tokens:
        if _BREAK.search(text, previous, token.start):
            sentence += 1
        previous = token.end
        word = "uang" if _AMOUNT.fullmatch(token.text) else token.text
        for part in full.get(word, word).split():
            words.append(Token(part, token.start, token.end))
            sentences.append(sentence)
    return words, sentences


def category(
    text: str,
    tokens: list[Token],
    sentences: list[int],
    rules: KeywordRules,
    places: list[tuple[int, int]] = (),
) -> tuple[Category, list[Hit]]:
    """The category whose keywords weigh most (words of the phrases found); ``places`` are
    the spans of places and TPS numbers, which may stand inside a phrase."""
    tables = _tables(rules)
    transparent = frozenset(i for i, t in enumerate(tokens) if _inside(t, places))
    hits = matches(tokens, sentences, tables.categories, transparent=transparent)
    calm = matches(tokens, sentences, tables.reassurances, gap=0)
    full: dict[str, int] = {}
    quiet: dict[str, int] = {}
    kept: dict[str, list[tuple[bool, Hit]]] = {}
    for hit in hits:
        reassured = _reassured(text, tokens, hit, calm)
        size = _size(hit.phrase)
        table = quiet if reassured else full
        table[hit.value] = table.get(hit.value, 0) + size
        kept.setdefault(hit.value, []).append((reassured, hit))
    if not kept:
        return Category(None, [], [], False), calm
    order = {code: number for number, code in enumerate(rules.category_codes)}
    best = min(kept, key=lambda c: (-full.get(c, 0), -quiet.get(c, 0), order[c]))
    ranked = sorted(kept[best], key=lambda rh: (rh[0], -_size(rh[1].phrase), rh[1].span))
    words = list(dict.fromkeys(hit.phrase for _, hit in ranked))
    spans = sorted(hit.span for _, hit in ranked)
    return Category(best, words, spans, bool(full)), calm


def severity(
    tokens: list[Token], sentences: list[int], rules: KeywordRules
) -> list[tuple[int, tuple[int, int]]]:
    return [(hit.value, hit.span) for hit in matches(tokens, sentences, _tables(rules).severities)]


def not_incident(
    text: str,
    tokens: list[Token],
    sentences: list[int],
    rules: KeywordRules,
    found: Category,
    level: int | None,
    places: list[tuple[int, int]] = (),
) -> NotIncident | None:
    """Why this message is not an incident report, or ``None`` when it may be one: news
    (unless it reads as a report), an all-clear with nothing gone wrong, or mostly
    greetings and courtesies (places and numbers aside)."""
    tables = _tables(rules)

    def hits(kind: str) -> list[Hit]:
        return matches(tokens, sentences, tables.not_incident.get(kind, {}), gap=0)

    news = hits("berita")
    layout = [m for m in (_DATELINE.search(text[:200]), _FORWARDED.search(text)) if m]
    marks = len({hit.phrase for hit in news}) + len(layout)
    if marks and (marks >= 2 or not hits("laporan")):
        spans = [hit.span for hit in news] + [m.span() for m in layout]
        words = [hit.phrase for hit in news] + [m.group().strip() for m in layout]
        return NotIncident("berita", list(dict.fromkeys(words)), sorted(spans))
    if found.reported or (level or 0) >= 2:
        return None
    calm = hits("aman")
    quiet = {i for hit in calm for i in hit.tokens}
    if any(quiet.isdisjoint(hit.tokens) for hit in hits("masalah")):
        return None  # "terlambat buka …, situasi kondusif": something went wrong
    if calm:
        return NotIncident("aman", list(dict.fromkeys(h.phrase for h in calm)),
                           [h.span for h in calm])  # fmt: skip
    greetings = hits("salam")
    covered = {i for hit in greetings for i in hit.tokens}
    rest = [
        t for i, t in enumerate(tokens)
        if i not in covered and not t.text.isdigit() and not _inside(t, places)
    ]  # fmt: skip
    mostly = len(rest) <= 3 or (len(covered) >= len(rest) and not hits("laporan"))
    if greetings and mostly and found.code is None:
        words = list(dict.fromkeys(h.phrase for h in greetings))
        return NotIncident("salam", words, [h.span for h in greetings])
    return None


def _inside(token: Token, spans) -> bool:
    return any(start <= token.start < end for start, end in spans)


def _reassured(text: str, tokens: list[Token], hit: Hit, calm: list[Hit]) -> bool:
    last = hit.tokens[-1]
    for other in calm:
        first = other.tokens[0]
        if 0 < first - last <= REASSURANCE_GAP + 1:
            between = text[tokens[last].end : tokens[first].start]
            if not re.search(r"[^\w\s]", between):
                return True
    return False


@dataclass(frozen=True)
class _Tables:
    categories: dict[str, list[tuple[object, str]]]
    severities: dict[str, list[tuple[object, str]]]
    reassurances: dict[str, list[tuple[object, str]]]
    not_incident: dict[str, dict[str, list[tuple[object, str]]]]
    abbreviations: dict[str, str]


def _by_first_word(pairs) -> dict[str, list[tuple[object, str]]]:
    table: dict[str, list[tuple[object, str]]] = {}
    for value, phrase in pairs:
        table.setdefault(phrase.split()[0], []).append((value, phrase))
    return table


@lru_cache(maxsize=8)
def _tables(rules: KeywordRules) -> _Tables:
    """Phrases by their first word, and the abbreviations."""
    return _Tables(
        categories=_by_first_word(
            (code, phrase) for code, phrases in rules.expanded_categories() for phrase in phrases
        ),
        severities=_by_first_word((level, phrase) for phrase, level in rules.severity_hints),
        reassurances=_by_first_word((True, phrase) for phrase in rules.reassurances),
        not_incident={
            kind: _by_first_word((kind, phrase) for phrase in phrases)
            for kind, phrases in rules.not_incident
        },
        abbreviations=dict(rules.abbreviations),
    )


def matches(
    tokens: list[Token],
    sentences: list[int],
    table: dict,
    gap: int = GAP,
    transparent: frozenset[int] = frozenset(),
) -> list[Hit]:
    """Non-overlapping keyword hits, longest phrases first, then the earliest; the
    ``transparent`` words do not count as standing between the words of a phrase."""
    forms = [variants(token.text) for token in tokens]
    found = []
    for i, own in enumerate(forms):
        for first in own:
            for value, phrase in table.get(first, ()):
                used = _follow(forms, sentences, i, phrase.split(), gap, transparent)
                if used:
                    found.append((_size(phrase), value, phrase, used))
    found.sort(key=lambda hit: (-hit[0], hit[3][0]))
    kept, busy = [], set()
    for _, value, phrase, used in found:
        if busy.isdisjoint(used):
            busy.update(used)
            span = (tokens[used[0]].start, tokens[used[-1]].end)
            kept.append(Hit(value, phrase, tuple(used), span))
    return sorted(kept, key=lambda hit: hit.span)


def _size(phrase: str) -> int:
    return sum(word != ANY for word in phrase.split())


def _follow(
    forms: list[tuple[str, ...]],
    sentences: list[int],
    i: int,
    words: list[str],
    gap: int,
    transparent: frozenset[int],
) -> tuple[int, ...]:
    used, position, anywhere = [i], i, False
    for word in words[1:]:
        if word == ANY:
            anywhere = True
            continue
        at, skipped = position + 1, 0
        while at < len(forms) and sentences[at] == sentences[i] and (anywhere or skipped <= gap):
            if word in forms[at]:
                break
            skipped += at not in transparent
            at += 1
        else:
            return ()
        position, anywhere = at, False
        used.append(at)
    return tuple(used)
