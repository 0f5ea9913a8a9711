"""Column declarations and tolerant header matching (case, spacing, punctuation, synonyms).

A column says once what its value must fit: ``store`` names the model column it is
written to (or matched against, for a name looked up in a list), and its length and
numeric range come from there — ``String(200)`` is 200 characters, ``Integer`` is
PostgreSQL's int4 on both backends, ``Text`` is a cell's own limit. The preview checks
every row against it (``Column.fits``), so what passes the preview fits the database.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import BigInteger, Integer, String

from app.services.core.errors import CellError
from app.services.core.formatting import number
from app.services.importing import limits
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
    #: The model column the value is stored in or matched against (``Partisipasi.source``,
    #: ``Wilayah.name``): its length and range are the column's limits.
    store: Any = field(default=None, compare=False)
    #: Set only where there is no model column to take it from.
    max_length: int | None = None
    bounds: tuple[int, int] | None = None

    def names(self) -> set[str]:
        return {normalize_header(n) for n in (self.header, self.key, *self.synonyms)}

    @cached_property
    def limits(self) -> tuple[int, tuple[int, int] | None]:
        """(most characters, (lowest, highest) whole number or None)."""
        length, bounds = self.max_length, self.bounds
        stored = _sql_column(self.store)
        if stored is not None:
            kind = stored.type
            if isinstance(kind, String) and length is None:
                length = kind.length or limits.CELL_CHARS  # Text: a cell's own limit
            if isinstance(kind, BigInteger) and bounds is None:
                bounds = limits.INT8
            elif isinstance(kind, Integer) and bounds is None:
                bounds = limits.INT4
        return (length or limits.LOOKUP_CHARS), bounds

    def check_raw(self, raw: object) -> None:
        """A cell far longer than anything the column stores is refused before it is
        parsed (a parser never sees 30.000 digits); spacing may shrink, so twice the length
        is allowed here and the parsed value is checked exactly by ``fits``."""
        if isinstance(raw, str):
            length = self.limits[0]
            if len(raw) > 2 * length and len(" ".join(raw.split())) > length:
                raise CellError(
                    f"Terlalu panjang: {number(len(raw))} huruf, paling banyak "
                    f"{number(length)} huruf."
                )

    def fits(self, value: object) -> None:
        """CellError when a parsed value cannot be stored (too long, out of range)."""
        length, bounds = self.limits
        if isinstance(value, str):
            if len(value) > length:
                raise CellError(
                    f"Terlalu panjang: {number(len(value))} huruf, paling banyak "
                    f"{number(length)} huruf."
                )
        elif isinstance(value, bool):
            return
        elif isinstance(value, int):
            low = bounds[0] if bounds else limits.INT8[0]
            high = bounds[1] if bounds else limits.INT8[1]
            if not low <= value <= high:
                raise CellError(
                    f"Angka {limits.shown(number(value), 30)} di luar batas yang dapat disimpan "
                    f"(paling {'kecil' if value < low else 'besar'} "
                    f"{number(low if value < low else high)})."
                )
        elif isinstance(value, float) and not math.isfinite(value):
            raise CellError("Bukan angka yang dapat disimpan.")


def _sql_column(store: Any) -> Any:
    """The ``sqlalchemy.Column`` behind an ORM attribute (or the column itself)."""
    if store is None:
        return None
    prop = getattr(store, "property", None)
    columns = getattr(prop, "columns", None)
    return columns[0] if columns else store


def stored_in(column: Column, store: Any) -> Column:
    """``column`` declared with the model column it is stored in."""
    from dataclasses import replace

    return replace(column, store=store)


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
