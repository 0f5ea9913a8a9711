"""Where a chat report happened: the gazetteer of region names, the mentions of them in
a message, and the choice between them (issue 11).

A place is the most specific region that most mentions agree on; a name that stays
ambiguous gives ``wilayah=None`` and the candidates in ``wilayah_choices``. A prefixed
mention ("Ds. Sukamaju", "Kec. Carita") counts double; a mention in the reporter's
signature supports a place but never adds one.

Short forms in names are read in full: those of ``singkatan_tempat`` ("Pd. Aren" is Pondok
Aren, "Ds. Kp. Besar" Kampung Besar, "Sk. Jaya" Sukajaya), and any other one with a dot
when a single name of the kind fits it ("Cp. Jaya": Cipocok Jaya). "Kp."/"Jl." without a
region prefix stay a hamlet or a street.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from app.services.desk.wilayah import WilayahIndex, WilayahRef, normalize_name
from app.services.insiden.chat.rules import KeywordRules, Token, normalize_phrase

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
    short: dict[str, str]


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
def gazetteer(index: WilayahIndex, rules: KeywordRules) -> _Gazetteer:
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
        dict(rules.place_abbreviations),
    )  # fmt: skip


def _joined(text: str, a: Token, b: Token, allowed: str = " -") -> bool:
    return all(char in allowed for char in text[a.end : b.start])


def _lookup(
    g: _Gazetteer, text: str, tokens: list[Token], i: int, kinds: set[str] | None
) -> tuple[int, list[WilayahRef]] | None:
    short = _short_form(g, text, tokens, i, kinds)
    for size in (4, 3, 2, 1):
        part = tokens[i : i + size]
        if len(part) < size or not all(
            _joined(text, a, b) or (n == 0 and short is not None)
            for n, (a, b) in enumerate(zip(part, part[1:], strict=False))
        ):
            continue
        words = [t.text for t in part]
        refs = g.names.get(" ".join(words)) or g.compact.get("".join(words)) or []
        if not refs and short is not None and size > 1:
            refs = _expanded(g, short, words[1:], kinds)
        refs = [r for r in refs if kinds is None or r.kind in kinds]
        if refs:
            return size, refs
    return None


def _short_form(
    g: _Gazetteer, text: str, tokens: list[Token], i: int, kinds: set[str] | None
) -> str | None:
    """ "pd" of "Pd. Aren": a short form with its dot (``None`` when not one). Without a
    region prefix a hamlet's or street's word ("Kp.", "Jl.") stays what it is."""
    token = tokens[i]
    if i + 1 >= len(tokens) or not _joined(text, token, tokens[i + 1], ". "):
        return None
    if "." not in text[token.end : tokens[i + 1].start] or not token.text.isalpha():
        return None
    if kinds is None and token.text in g.skip:
        return None
    if token.text in g.short or 2 <= len(token.text) <= 3:
        return token.text
    return None


def _expanded(
    g: _Gazetteer, short: str, rest: list[str], kinds: set[str] | None
) -> list[WilayahRef]:
    """Regions whose name is the short form in full followed by ``rest``: from the
    ``singkatan_tempat`` list, else any name that starts with the short form's letters in
    order ("cp" + "jaya": Cipocok Jaya) when only one such name is of the kind."""
    tail = " ".join(rest)
    if short in g.short:
        full = g.short[short]
        return g.names.get(f"{full} {tail}") or g.compact.get(full + tail.replace(" ", "")) or []
    compact_tail = tail.replace(" ", "")
    pattern = re.compile(
        re.escape(short[0]) + "".join(f"[a-z]*{re.escape(c)}" for c in short[1:])
        + "[a-z]*" + re.escape(compact_tail)
    )  # fmt: skip
    keys = {
        key for key, refs in g.compact.items()
        if len(key) > len(compact_tail) + len(short) and pattern.fullmatch(key)
        and any(kinds is None or r.kind in kinds for r in refs)
    }  # fmt: skip
    return g.compact[keys.pop()] if len(keys) == 1 else []


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


def place(
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
