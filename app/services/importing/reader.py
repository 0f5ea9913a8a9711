"""Reading a sheet: `.xlsx`/`.xls`/`.ods` through python-calamine (fast, no formulas run),
`.csv` with the delimiter and encoding Excel users produce."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import DomainError
from app.services.importing.values import is_blank

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
#: Stop after this many blank rows in a row: sheets with a million formatted empty rows
#: end where the data ends.
BLANK_RUN_LIMIT = 1000


@dataclass(frozen=True)
class SheetRow:
    number: int  # 1-based, as Excel shows it
    cells: list[object]


@dataclass
class Sheet:
    headers: list[object]
    header_row: int
    rows: Iterator[SheetRow]


#: How many non-blank rows at the top may be titles above the header row.
HEADER_SCAN = 15


def open_sheet(path: Path, score: Callable[[list[object]], int] | None = None) -> Sheet:
    """Open the first sheet. The header row is the one among the first rows that ``score``
    rates best (most recognised column names), so titles such as "JADWAL TAHAPAN ..."
    above the table are skipped; without ``score`` it is the first non-blank row."""
    if not path.exists():
        raise DomainError(f"Berkas tidak ditemukan: {path}")
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        raw_rows = _spreadsheet_rows(path)
    elif suffix in (".csv", ".txt"):
        raw_rows = _csv_rows(path)
    else:
        raise DomainError(f"Jenis berkas '{path.suffix}' tidak didukung. Gunakan .xlsx atau .csv.")
    numbered = ((n, list(cells)) for n, cells in enumerate(raw_rows, start=1))
    top: list[tuple[int, list[object]]] = []
    for number, cells in numbered:
        if not all(is_blank(c) for c in cells):
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
    return Sheet(headers=headers, header_row=number, rows=_data_rows(rest))


def _data_rows(numbered: Iterator[tuple[int, list[object]]]) -> Iterator[SheetRow]:
    blank_run = 0
    for number, cells in numbered:
        if all(is_blank(c) for c in cells):
            blank_run += 1
            if blank_run >= BLANK_RUN_LIMIT:
                return
            continue
        blank_run = 0
        yield SheetRow(number, list(cells))


def _spreadsheet_rows(path: Path) -> Iterator[list[object]]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        rows = sheet.iter_rows()
    except Exception as error:  # calamine raises its own types for every kind of damage
        raise DomainError(
            f"Berkas {path.name} tidak dapat dibaca sebagai lembar kerja Excel "
            f"(rusak atau bukan .xlsx): {error}"
        ) from error
    yield from rows


def _csv_rows(path: Path) -> Iterator[list[object]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            content = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(content), dialect)
