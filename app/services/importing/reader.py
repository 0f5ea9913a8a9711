"""Reading a sheet for import: find the header row under any title rows, then hand out the
data rows with Excel's row numbers, to the real end of the sheet.

Blank rows cost nothing but a counter (the readers stream, and every cap of ``limits``
bounds the sheet), so reading never stops at a gap: data that resumes after a run of
blank rows is read, with a warning that says how many rows were skipped and where the
data resumed — a table is never cut short without a word."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.services.core.errors import DomainError
from app.services.core.formatting import number
from app.services.importing import limits
from app.services.importing.sources import (
    CSV_SUFFIXES,
    SPREADSHEET_SUFFIXES,
    csv_rows,
    spreadsheet_rows,
)
from app.services.importing.values import is_blank

#: A run of at least this many blank rows followed by data is worth a warning (one or two
#: blank rows between groups of a table are not).
BLANK_RUN_WARN = 10
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
    #: What the user should know about how the sheet was read (filled while ``rows`` is
    #: read: blank runs skipped, with where the data resumed).
    warnings: list[str] = field(default_factory=list)


def _unquoted(cell: object) -> object:
    if isinstance(cell, str) and cell[:1] == "'" and cell[1:2] in _FORMULA_START:
        return cell[1:]
    return cell


def _blank(cells: list[object]) -> bool:
    """Every cell ``is_blank``; the usual cells are told apart without a call each."""
    for cell in cells:
        if cell is None or cell.__class__ is str and (not cell or cell.isspace()):
            continue
        if not is_blank(cell):
            return False
    return True


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
    for row, cells in numbered:
        if _blank(cells):
            continue
        top.append((row, cells))
        if score is None or len(top) >= HEADER_SCAN:
            break
    if not top:
        raise DomainError(f"Berkas {path.name} kosong: tidak ada baris judul kolom.")
    best = 0
    if score is not None:
        scores = [score(cells) for _n, cells in top]
        best = max(range(len(top)), key=lambda i: (scores[i], -i)) if max(scores) > 0 else 0
    row, headers = top[best]
    sheet = Sheet(headers=headers, header_row=row, rows=iter(()), total=raw.total)
    sheet.rows = _data_rows(itertools.chain(top[best + 1 :], numbered), sheet, path.name)
    return sheet


def _data_rows(
    numbered: Iterator[tuple[int, list[object]]], sheet: Sheet, name: str
) -> Iterator[SheetRow]:
    previous = sheet.header_row
    data = 0
    skipped_runs = 0
    for row, cells in numbered:
        if _blank(cells):
            continue
        gap = row - previous - 1
        if gap >= BLANK_RUN_WARN:
            skipped_runs += 1
            if skipped_runs <= limits.WARNINGS_KEPT:
                sheet.warnings.append(
                    f"{number(gap)} baris kosong dilewati (baris {number(previous + 1)}–"
                    f"{number(row - 1)}); data berlanjut di baris {number(row)}."
                )
        previous = row
        data += 1
        if data > limits.DATA_ROWS:
            raise limits.too_big(
                name,
                f"lebih dari {number(limits.DATA_ROWS)} baris data",
                "Bagi menjadi beberapa berkas lalu impor satu per satu.",
            )
        if any(isinstance(c, str) and c[:1] == "'" for c in cells):
            cells = [_unquoted(c) for c in cells]
        yield SheetRow(row, cells)
    if skipped_runs > limits.WARNINGS_KEPT:
        sheet.warnings.append(
            f"… dan {number(skipped_runs - limits.WARNINGS_KEPT)} deret baris kosong lain."
        )
