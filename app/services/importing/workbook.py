"""Writing spreadsheets for people: import templates and error lists (openpyxl)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.services.core.errors import DomainError, os_reason
from app.services.importing.spec import ImportSpec, RowError

FORMULA_PREFIXES = ("=", "+", "-", "@")


def neutralise(value: object) -> object:
    """A cell that starts like a formula is written as text, never run by Excel."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _save(workbook: Any, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(path)
    except OSError as error:
        raise DomainError(
            f"Berkas {path} tidak dapat ditulis: {os_reason(error)}"
        ) from error


def _sheet(
    workbook: Any,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[int],
) -> Any:
    from openpyxl.styles import Font, PatternFill

    sheet = workbook.create_sheet(title)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
    for row in rows:
        sheet.append([neutralise(v) for v in row])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    return sheet


def write_template(
    spec: ImportSpec[Any], path: Path, lists: dict[str, list[str]] | None = None
) -> None:
    """The 'Data' sheet to fill in, 'Petunjuk' with every column explained, and (when the
    register matches names against the desk's lists) 'Daftar' with the accepted values."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    _sheet(
        workbook,
        "Data",
        [c.header for c in spec.columns],
        [],
        [max(12, len(c.header) + 4) for c in spec.columns],
    )
    notes = [
        [c.header, "Ya" if c.required else "Tidak", c.help, ", ".join(c.synonyms)]
        for c in spec.columns
    ]
    sheet = _sheet(
        workbook,
        "Petunjuk",
        ["Kolom", "Wajib", "Isi", "Nama lain yang dikenali"],
        notes,
        [16, 8, 70, 40],
    )
    sheet.append([])
    sheet.append(
        [f"Templat impor {spec.title}. Isi data mulai baris 2 lembar 'Data'; satu baris satu data."]
    )
    sheet.append(["Mengimpor berkas yang sama dua kali tidak membuat data ganda."])
    if lists:
        names = list(lists)
        longest = max((len(v) for v in lists.values()), default=0)
        rows = [[lists[n][i] if i < len(lists[n]) else None for n in names] for i in range(longest)]
        _sheet(workbook, "Daftar", names, rows, [max(18, len(n) + 4) for n in names])
    _save(workbook, path)


def write_errors(errors: Sequence[RowError], path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    _sheet(
        workbook,
        "Kesalahan",
        ["Baris", "Kolom", "Masalah"],
        [[e.row, e.column, e.reason] for e in errors],
        [8, 20, 90],
    )
    _save(workbook, path)
