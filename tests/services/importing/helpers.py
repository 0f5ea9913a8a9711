"""Files for the import tests: spreadsheets as offices make them, and hostile ones written
straight into the zip (a million rows in a second, which openpyxl could not)."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from openpyxl import Workbook

from app.services import registers
from app.services.importing import engine

#: The template's own headers, in order.
INSIDEN_HEADERS = [c.header for c in registers.import_spec("insiden").columns]


def write_xlsx(
    path: Path, header: list[object], rows: Iterable[list[object]], above: Iterable[list] = ()
) -> Path:
    """One sheet; ``above`` are title rows before the header row."""
    book = Workbook()
    sheet = book.active
    for row in above:
        sheet.append(row)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(
    path: Path,
    header: list[str],
    rows: Iterable[list[object]],
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def preview(db, actor, jenis: str, path: Path, options: dict | None = None) -> engine.Preview:
    with db.uow(actor) as uow:
        return engine.preview(uow, registers.import_spec(jenis), path, options)


def import_file(db, actor, jenis: str, path: Path, options: dict | None = None):
    checked = preview(db, actor, jenis, path, options)
    with db.uow(actor) as uow:
        return engine.commit(uow, registers.import_spec(jenis), checked)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
    'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
    '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
    'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
    'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/>'
    "</sheets></workbook>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
    'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
    '"worksheets/sheet1.xml"/></Relationships>'
)


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text_row(number: int, values: list[str]) -> str:
    cells = "".join(
        f'<c r="{_letter(i)}{number}" t="inlineStr"><is><t xml:space="preserve">{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def raw_xlsx(path: Path, rows_xml: Iterator[str], dimension: str = "") -> Path:
    """A minimal workbook whose sheet XML is streamed from ``rows_xml``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main">'
            )
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b"<sheetData>")
            chunk: list[str] = []
            for row in rows_xml:
                chunk.append(row)
                if len(chunk) >= 10_000:
                    sheet.write("".join(chunk).encode())
                    chunk.clear()
            sheet.write("".join(chunk).encode())
            sheet.write(b"</sheetData></worksheet>")
    return path
