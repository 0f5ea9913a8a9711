"""Column declarations and tolerant header matching (case, spacing, punctuation, synonyms)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.services.importing.values import text

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    help: str = ""
    parse: Callable[[object], object] = field(default=text)

    def names(self) -> set[str]:
        return {normalize_header(n) for n in (self.header, self.key, *self.synonyms)}


def normalize_header(raw: object) -> str:
    """'  Tanggal  Mulai ' → 'tanggalmulai'; 'Kode_Wilayah' → 'kodewilayah'."""
    return _NON_ALNUM.sub("", text(raw).lower())


@dataclass(frozen=True)
class HeaderMatch:
    #: column key → index in the sheet row
    positions: dict[str, int]
    missing: list[Column]
    ignored: list[str]


def match_headers(columns: tuple[Column, ...], headers: list[object]) -> HeaderMatch:
    lookup: dict[str, Column] = {}
    for column in columns:
        for name in column.names():
            lookup.setdefault(name, column)
    positions: dict[str, int] = {}
    ignored: list[str] = []
    for index, raw in enumerate(headers):
        name = normalize_header(raw)
        if not name:
            continue
        column = lookup.get(name)
        if column is None or column.key in positions:
            ignored.append(text(raw))
        else:
            positions[column.key] = index
    missing = [c for c in columns if c.required and c.key not in positions]
    return HeaderMatch(positions, missing, ignored)
