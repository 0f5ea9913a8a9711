"""Writing any table people will open in Excel: `.xlsx` with a bold frozen header row,
sensible widths and real date cells, or CSV in UTF-8 with a BOM (so Excel reads the
accents). Text that starts like a formula is neutralised in both; the file appears at its
name only when complete, so a cancel or a crash never leaves half an export behind."""

from __future__ import annotations

import csv
import itertools
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.core.errors import DomainError, os_reason
from app.services.core.formatting import number
from app.services.core.progress import Progress
from app.services.importing.workbook import neutralise

if TYPE_CHECKING:
    from app.services.importing.columns import Column

FORMATS = (".xlsx", ".csv")
TEXT, DATE, DATETIME, NUMBER = "text", "date", "datetime", "number"
#: Rows looked at to size the columns.
WIDTH_SAMPLE = 200
PROGRESS_EVERY = 1000
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class ExportOption:
    """A choice the user makes before exporting: key, label, [(value, text), ...]."""

    key: str
    label: str
    choices: list[tuple[Any, str]]


@dataclass(frozen=True)
class ExportColumn:
    header: str
    kind: str = TEXT
    #: Characters; None sizes the column from its header and the first rows.
    width: int | None = None


def from_import(column: Column, kind: str = TEXT, width: int | None = None) -> ExportColumn:
    """The export column that is ``column`` of a register's import template: its header is
    declared once, there (first letter capitalised, as a table's headers are), so a change
    of the template's header changes the export with it and the file still imports back."""
    return ExportColumn(column.header[:1].upper() + column.header[1:], kind, width)


def as_shown(headers: Sequence[str]) -> list[ExportColumn]:
    """Columns of a page's table exported as shown, each as wide as its header (10 to 40)."""
    return [ExportColumn(h, width=max(10, min(40, len(h) + 2))) for h in headers]


@dataclass
class ExportTable:
    """What a register or a filtered page hands over: the rows may be a generator, read
    once, so a 100.000-row register never sits in memory twice."""

    #: What was exported, for messages: "Jadwal tahapan Pemilihan Bupati ... Lebak 2024".
    title: str
    columns: Sequence[ExportColumn]
    rows: Iterable[Sequence[object]]
    #: Expected number of rows, for progress (0 when unknown).
    total: int = 0
    #: Worksheet name (Excel allows 31 characters).
    sheet: str = "Data"


def check_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(
            f"Jenis berkas '{Path(path).suffix or Path(path).name}' tidak dapat dipakai untuk "
            "ekspor. Gunakan .xlsx atau .csv."
        )
    return suffix


def _csv_value(value: object, kind: str) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        pattern = "%d/%m/%Y %H.%M" if value.second == 0 else "%d/%m/%Y %H.%M.%S"
        return value.strftime(pattern)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return neutralise(value)


def _counted(rows: Iterable[Sequence[object]], reporter: Progress, total: int) -> Iterator[Sequence[object]]:  # fmt: skip
    for count, row in enumerate(rows, start=1):
        if count % PROGRESS_EVERY == 0:
            reporter.report(count, max(total, count), f"Menulis baris {number(count)}…")
        yield row


def _write_csv(handle, table: ExportTable, rows: Iterable[Sequence[object]]) -> int:
    writer = csv.writer(handle, delimiter=",", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([c.header for c in table.columns])
    kinds = [c.kind for c in table.columns]
    count = 0
    for row in rows:
        writer.writerow([_csv_value(v, k) for v, k in zip(row, kinds, strict=False)])
        count += 1
    return count


def _width(column: ExportColumn, sample: list[Sequence[object]], index: int) -> float:
    if column.width is not None:
        return column.width
    longest = len(column.header)
    for row in sample:
        value = row[index] if index < len(row) else None
        if column.kind == DATETIME:
            length = 16
        elif column.kind == DATE:
            length = 10
        else:
            length = max((len(line) for line in str(value or "").split("\n")), default=0)
        longest = max(longest, length)
    return min(60, max(8, longest + 2))


def _write_xlsx(target: Path, table: ExportTable, rows: Iterable[Sequence[object]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(table.sheet[:31] or "Data")
    iterator = iter(rows)
    sample = list(itertools.islice(iterator, WIDTH_SAMPLE))
    for index, column in enumerate(table.columns):
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = _width(column, sample, index)
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    formats = {DATE: "DD/MM/YYYY", DATETIME: "DD/MM/YYYY HH:MM"}
    dated = [(i, formats[c.kind]) for i, c in enumerate(table.columns) if c.kind in formats]
    count = 0
    try:
        for row in itertools.chain(sample, iterator):
            values: list[object] = []
            for value in row:
                if isinstance(value, str):
                    value = neutralise(_ILLEGAL_XML.sub("", value))
                values.append(value)
            for index, pattern in dated:
                if index < len(values) and values[index] is not None:
                    cell = WriteOnlyCell(sheet, value=values[index])
                    cell.number_format = pattern
                    values[index] = cell
            sheet.append(values)
            count += 1
    except BaseException:
        _discard(sheet)
        raise
    workbook.save(target)
    return count


def _discard(sheet: Any) -> None:
    """Close a half-written sheet and remove openpyxl's own temporary file."""
    try:
        sheet.close()
        Path(sheet._writer.out).unlink(missing_ok=True)  # noqa: SLF001 - no public way
    except Exception:  # noqa: BLE001 - only tidying up after the real error
        pass


def write(path: Path, table: ExportTable, reporter: Progress | None = None) -> int:
    """Write ``table`` to ``path`` (.xlsx or .csv by its name); the number of rows."""
    path = Path(path)
    suffix = check_format(path)
    reporter = reporter or Progress()
    rows = _counted(table.rows, reporter, table.total)
    folder = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
    if folder is not None and not folder.is_dir():
        raise DomainError(f"Berkas {path} tidak dapat ditulis: {folder} adalah berkas, bukan folder.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".ekspor-", suffix=suffix, dir=path.parent)
        os.close(handle)
    except OSError as error:
        raise DomainError(
            f"Berkas {path} tidak dapat ditulis: {os_reason(error)}"
        ) from error
    temp = Path(temporary)
    try:
        if suffix == ".csv":
            with temp.open("w", encoding="utf-8-sig", newline="") as out:
                count = _write_csv(out, table, rows)
        else:
            count = _write_xlsx(temp, table, rows)
        os.replace(temp, path)
    except OSError as error:
        raise DomainError(
            f"Berkas {path} tidak dapat ditulis: {os_reason(error)}"
        ) from error
    finally:
        temp.unlink(missing_ok=True)
    return count
