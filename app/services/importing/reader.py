"""Reading a sheet for import: find the header row under any title rows, then hand out the
data rows with Excel's row numbers, stopping where the data ends."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.services.core.errors import DomainError
from app.services.importing.sources import (
    CSV_SUFFIXES,
    SPREADSHEET_SUFFIXES,
    csv_rows,
    spreadsheet_rows,
)
from app.services.importing.values import is_blank

#: Stop after this many blank rows in a row: sheets with a million formatted empty rows
#: end where the data ends.
BLANK_RUN_LIMIT = 1000
#: How many non-blank rows at the top may be titles above the header row.
HEADER_SCAN = 15
#: Excel's own marker for "this is text": ``'=1+1`` is the text ``=1+1`` (our exports
#: write formula-like text that way, so an export imports back unchanged).
_FORMULA_START = ("=", "+", "-", "@")


@dataclass(frozen=True)
class SheetRow:
    number: int  # 1-based, as Excel shows it
    cells: list[object]


@dataclass
class Sheet:
    headers: list[object]
    header_row: int
    rows: Iterator[SheetRow]
    #: Last row number the file probably has, for progress; 0 when unknown.
    total: int = 0


def _unquoted(cell: object) -> object:
    if isinstance(cell, str) and cell[:1] == "'" and cell[1:2] in _FORMULA_START:
        return cell[1:]
    return cell


def _blank(cells: list[object]) -> bool:
    return all(is_blank(c) for c in cells)


def open_sheet(path: Path, score: Callable[[list[object]], int] | None = None) -> Sheet:
    """Open the first sheet. The header row is the one among the first rows that ``score``
    rates best (most recognised column names), so titles such as "JADWAL TAHAPAN ..."
    above the table are skipped; without ``score`` it is the first non-blank row."""
    path = Path(path)
    if not path.exists():
        raise DomainError(f"Berkas tidak ditemukan: {path}")
    if path.is_dir():
        raise DomainError(f"{path} adalah folder, bukan berkas.")
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        raw = spreadsheet_rows(path)
    elif suffix in CSV_SUFFIXES:
        raw = csv_rows(path, score)
    else:
        raise DomainError(
            f"Jenis berkas '{path.suffix or path.name}' tidak didukung. Gunakan .xlsx atau .csv."
        )
    numbered = ((n, list(cells)) for n, cells in enumerate(raw.rows, start=1))
    top: list[tuple[int, list[object]]] = []
    blank_run = 0
    for number, cells in numbered:
        if _blank(cells):
            blank_run += 1
            if blank_run >= BLANK_RUN_LIMIT:
                break
            continue
        blank_run = 0
        top.append((number, cells))
        if score is None or len(top) >= HEADER_SCAN:
            break
    if not top:
        raise DomainError(f"Berkas {path.name} kosong: tidak ada baris judul kolom.")
    best = 0
    if score is not None:
        scores = [score(cells) for _n, cells in top]
        best = max(range(len(top)), key=lambda i: (scores[i], -i)) if max(scores) > 0 else 0
    number, headers = top[best]
    rest = itertools.chain(top[best + 1 :], numbered)
    return Sheet(headers=headers, header_row=number, rows=_data_rows(rest), total=raw.total)


def _data_rows(numbered: Iterator[tuple[int, list[object]]]) -> Iterator[SheetRow]:
    blank_run = 0
    for number, cells in numbered:
        if _blank(cells):
            blank_run += 1
            if blank_run >= BLANK_RUN_LIMIT:
                return
            continue
        blank_run = 0
        yield SheetRow(number, [_unquoted(c) for c in cells])
