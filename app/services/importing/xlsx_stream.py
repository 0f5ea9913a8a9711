"""A streaming `.xlsx` reader: one row at a time from the zip, in bounded memory.

python-calamine loads a whole sheet before the first row comes out, which is what makes it
fast; a sheet stuffed with a million rows of blank-looking cells would then cost gigabytes.
Such sheets, and machines without calamine, are read here instead, so the reader can stop
after a run of blank rows. Values are the ones saved in the file: a formula cell gives
its cached result and is never evaluated; dates come out as Excel serial numbers, which
every date parser accepts.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from xml.etree.ElementTree import iterparse

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)(\d*)")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:?[A-Z]*(\d*)"')


class NotAWorkbook(Exception):
    """The zip is not a spreadsheet (a renamed .docx, a random archive)."""


def first_sheet_member(archive: zipfile.ZipFile) -> str:
    """Path inside the zip of the first sheet, in the workbook's own order."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        raise NotAWorkbook("xl/workbook.xml missing")
    targets: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in names:
        with archive.open("xl/_rels/workbook.xml.rels") as handle:
            for _event, element in iterparse(handle):
                if element.tag.endswith("Relationship"):
                    targets[element.get("Id", "")] = element.get("Target", "")
    with archive.open("xl/workbook.xml") as handle:
        for _event, element in iterparse(handle):
            if element.tag == f"{_MAIN}sheet":
                target = targets.get(element.get(f"{_REL}id", ""), "")
                path = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join("xl", target))
                )
                if path in names:
                    return path
    sheets = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    if not sheets:
        raise NotAWorkbook("no worksheet")
    return sheets[0]


def sheet_size(path: str) -> int:
    """Uncompressed size of the first sheet's XML: how much calamine would hold."""
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(first_sheet_member(archive)).file_size


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings: list[str] = []
    with archive.open("xl/sharedStrings.xml") as handle:
        for _event, element in iterparse(handle):
            if element.tag == f"{_MAIN}si":
                strings.append(_text_of(element))
                element.clear()
    return strings


def _text_of(item) -> str:
    """Plain or rich text (several runs); phonetic hints (rPh) are not part of the text."""
    parts = []
    for child in item:
        if child.tag == f"{_MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{_MAIN}r":
            parts.extend(t.text or "" for t in child.iter(f"{_MAIN}t"))
    return "".join(parts)


def _column_index(reference: str) -> int | None:
    match = _CELL_REF.match(reference or "")
    if not match:
        return None
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _number(raw: str) -> object:
    try:
        value = float(raw)
    except ValueError:
        return raw
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _cell_value(cell, shared: list[str]) -> object:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{_MAIN}is")
        return _text_of(inline) if inline is not None else None
    value = cell.find(f"{_MAIN}v")
    raw = value.text if value is not None else None
    if raw is None:
        return None
    if kind == "s":
        try:
            return shared[int(raw)]
        except (ValueError, IndexError):
            return None
    if kind == "b":
        return raw.strip() == "1"
    if kind in ("str", "e", "d"):
        return raw
    return _number(raw)


#: ``r="12"`` is a row's number; a cell's reference starts with its column letters.
_ROW_NUMBER = re.compile(rb' r="(\d+)"')
_WIDE_CELL = re.compile(rb' r="([A-Z]{2,3})\d')


def sheet_extent(path: str) -> tuple[int, int]:
    """Last row and last column any cell of the first sheet claims, found by scanning the
    XML without parsing it (about a second for 100.000 rows). One stray cell at XFD1048576
    makes calamine allocate the whole rectangle, so this is checked before it loads."""
    last_row, last_column, tail = 0, 1, b""
    with zipfile.ZipFile(path) as archive, archive.open(first_sheet_member(archive)) as handle:
        for chunk in iter(lambda: handle.read(1 << 22), b""):
            block = tail + chunk
            for match in _ROW_NUMBER.finditer(block):
                last_row = max(last_row, int(match.group(1)))
            for match in _WIDE_CELL.finditer(block):
                last_column = max(last_column, (_column_index(match.group(1).decode()) or 0) + 1)
            for index in range(25, last_column - 1, -1):  # the widest single-letter column
                if b' r="' + bytes([65 + index]) in block:
                    last_column = index + 1
                    break
            tail = block[-256:]  # a tag cut in two is found whole in the next block
    return last_row, last_column


def estimated_rows(path: str) -> int:
    """Last row number the sheet claims (its ``dimension``), 0 when it does not say."""
    with zipfile.ZipFile(path) as archive, archive.open(first_sheet_member(archive)) as handle:
        match = _DIMENSION.search(handle.read(4096))
    return int(match.group(1)) if match and match.group(1) else 0


def iter_rows(path: str) -> Iterator[list[object]]:
    """Rows of the first sheet from row 1, blank rows included (as empty lists)."""
    with zipfile.ZipFile(path) as archive:
        member = first_sheet_member(archive)
        shared = _shared_strings(archive)
        with archive.open(member) as handle:
            current = 0
            sheet_data = None
            for event, element in iterparse(handle, events=("start", "end")):
                if event == "start":
                    if element.tag == f"{_MAIN}sheetData":
                        sheet_data = element
                    continue
                if element.tag != f"{_MAIN}row":
                    continue
                number = int(element.get("r") or current + 1)
                while current + 1 < number:
                    current += 1
                    yield []
                cells: list[object] = []
                for cell in element.iter(f"{_MAIN}c"):
                    index = _column_index(cell.get("r", ""))
                    index = len(cells) if index is None else index
                    if index >= len(cells):
                        cells.extend([None] * (index + 1 - len(cells)))
                    cells[index] = _cell_value(cell, shared)
                current = number
                element.clear()
                if sheet_data is not None and current % 1000 == 0:
                    sheet_data.clear()  # drop the emptied rows, keep memory flat
                yield cells
