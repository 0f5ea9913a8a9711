"""A streaming `.xlsx` reader: one row at a time from the zip, in bounded memory and time.

python-calamine loads a whole sheet before the first row comes out, which is what makes it
fast; a sheet stuffed with a million rows of blank-looking cells, a gigabyte of whitespace
or one enormous cell would then cost gigabytes. Such sheets, and machines without
calamine, are read here instead: the XML goes through expat chunk by chunk, text outside
cells is never kept, and every cap of ``limits`` (unpacked bytes, rows, cells per row,
characters per cell, shared text) is checked as the bytes arrive. Values are the ones
saved in the file: a formula cell gives its cached result and is never evaluated; dates
come out as Excel serial numbers, which every date parser accepts.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.parsers import expat

from app.services.core.formatting import number
from app.services.importing import limits

_CELL_REF = re.compile(r"([A-Z]{1,3})(\d*)")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:?[A-Z]*(\d*)"')
#: workbook.xml and its relationships: a few KB in any real workbook.
META_BYTES = 16 * limits.MB
CHUNK = 256 * 1024
SHARED = "xl/sharedStrings.xml"


class NotAWorkbook(Exception):
    """The zip is not a spreadsheet (a renamed .docx, a random archive)."""


def _local(name: str) -> str:
    """``x:row`` / ``row`` → ``row`` (prefixes are whatever the producer chose)."""
    return name[name.rfind(":") + 1 :]


def _refuse_doctype(*_args: object) -> None:
    raise NotAWorkbook("a DTD inside a workbook part")


def _parser() -> expat.XMLParserType:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 64 * 1024
    # A workbook never declares a DTD or entities: refusing them rules out entity bombs.
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    return parser


def _attributes(archive: zipfile.ZipFile, member: str, tag: str) -> list[dict[str, str]]:
    """Attributes of every ``tag`` element of a small part (workbook.xml, its rels)."""
    if archive.getinfo(member).file_size > META_BYTES:
        raise NotAWorkbook(f"{member} too large")
    found: list[dict[str, str]] = []
    parser = _parser()
    parser.StartElementHandler = lambda name, attrs: (
        found.append(attrs) if _local(name) == tag else None
    )
    with archive.open(member) as handle:
        parser.ParseFile(handle)
    return found


def first_sheet_member(archive: zipfile.ZipFile) -> str:
    """Path inside the zip of the first sheet, in the workbook's own order."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        raise NotAWorkbook("xl/workbook.xml missing")
    targets: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in names:
        for attrs in _attributes(archive, "xl/_rels/workbook.xml.rels", "Relationship"):
            targets[attrs.get("Id", "")] = attrs.get("Target", "")
    for attrs in _attributes(archive, "xl/workbook.xml", "sheet"):
        rel = next((v for k, v in attrs.items() if _local(k) == "id"), "")
        target = targets.get(rel, "")
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


def unpacked_size(path: str) -> int:
    """What reading the first sheet unpacks: its XML and the shared strings, as the zip
    declares them (the zip reader never hands out more than it declares)."""
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo(first_sheet_member(archive)).file_size
        if SHARED in archive.namelist():
            size += archive.getinfo(SHARED).file_size
    return size


def sheet_size(path: str) -> int:
    """Uncompressed size of the first sheet's XML."""
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(first_sheet_member(archive)).file_size


_DIGITS = "0123456789"
_COLUMNS: dict[str, int | None] = {}


def _column_index(reference: str) -> int | None:
    """``AB12`` → 27 (0-based); None for a reference that is not a cell's."""
    letters = reference.rstrip(_DIGITS)
    found = _COLUMNS.get(letters, -1)
    if found != -1:
        return found
    index: int | None = None
    if 1 <= len(letters) <= 3 and letters.isalpha() and letters.isupper() and letters.isascii():
        index = 0
        for letter in letters:
            index = index * 26 + ord(letter) - 64
        index -= 1
    if len(_COLUMNS) < 20_000:
        _COLUMNS[letters] = index
    return index


def _number(raw: str) -> object:
    try:
        value = float(raw)
    except ValueError:
        return raw
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


class _Text:
    """Character data of the element being collected, capped at ``limits.CELL_CHARS``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.parts: list[str] = []
        self.length = 0
        self.on = False
        #: Where the text is, for the refusal (computed only then).
        self.where: Callable[[], str] = lambda: "sel"

    def add(self, data: str) -> None:
        if self.on:
            self.length += len(data)
            if self.length > limits.CELL_CHARS:
                raise limits.cell_too_long(self.name, self.where())
            self.parts.append(data)

    def take(self) -> str:
        value = "".join(self.parts)
        self.parts, self.length, self.on = [], 0, False
        return value


def _shared_strings(archive: zipfile.ZipFile, name: str) -> list[str]:
    if SHARED not in archive.namelist():
        return []
    strings: list[str] = []
    text = _Text(name)
    text.where = lambda: f"teks bersama ke-{number(len(strings) + 1)}"
    state = {"si": False, "rph": 0, "total": 0}

    def start(tag: str, _attrs: dict) -> None:
        local = _local(tag)
        if local == "si":
            state["si"] = True
        elif local == "rPh":
            state["rph"] += 1
        elif local == "t" and state["si"] and not state["rph"]:
            text.on = True

    def end(tag: str) -> None:
        local = _local(tag)
        if local == "t":
            text.on = False
        elif local == "rPh":
            state["rph"] -= 1
        elif local == "si":
            value = "".join(text.parts)
            text.parts, text.length = [], 0
            state["si"] = False
            state["total"] += len(value)
            if state["total"] > limits.SHARED_TEXT_CHARS:
                raise limits.too_big(
                    name, f"teks selnya lebih dari {number(limits.SHARED_TEXT_CHARS)} huruf"
                )
            strings.append(value)

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.add
    with archive.open(SHARED) as handle:
        while chunk := handle.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    return strings


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_TAGS: dict[str, str] = {}


def _tag(tag: str) -> str:
    """The local name of a tag, remembered (a sheet uses a dozen tags a million times)."""
    local = _local(tag)
    if len(_TAGS) < 1000:
        _TAGS[tag] = local
    return local


class _Sheet:
    """expat handlers for a worksheet: finished rows collect in ``ready``."""

    def __init__(self, shared: list[str], name: str) -> None:
        self.shared = shared
        self.name = name
        self.ready: list[tuple[int, list[object]]] = []
        self.text = _Text(name)
        self.text.where = lambda: f"sel {_letters(self.index)}{self.number}"
        self.row: list[object] | None = None
        self.number = 0
        self.index = 0
        #: Where a cell without a reference goes: after the previous cell of its row.
        self.next_index = 0
        #: Every cell element so far, empty ones included (the time a sheet may take).
        self.cells = 0
        self.kind = "n"
        self.inline = False
        self.rph = 0
        parser = _parser()
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text.add
        self.parser = parser

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = _TAGS.get(tag) or _tag(tag)
        if local == "c":
            if self.row is None:
                return
            index = _column_index(attrs.get("r", ""))
            self.index = self.next_index if index is None else index
            self.next_index = self.index + 1
            self.cells += 1
            if self.index >= limits.ROW_CELLS:
                raise limits.too_big(
                    self.name, f"baris {number(self.number)} berisi sel di luar kolom XFD"
                )
            if self.cells > limits.SHEET_CELLS:
                raise limits.too_big(
                    self.name,
                    f"lebih dari {number(limits.SHEET_CELLS)} sel, termasuk sel kosong yang "
                    "hanya berformat",
                    "Hapus format dari baris dan kolom di luar tabel, atau salin tabelnya saja "
                    "ke buku kerja baru.",
                )
            self.kind = attrs.get("t", "n")
            self.inline = False
        elif local == "v":
            self.text.on = self.row is not None and not self.inline
        elif local == "row":
            raw = attrs.get("r")
            wanted = int(raw) if raw and raw.isdigit() else self.number + 1
            self.number = max(wanted, self.number + 1)
            if self.number > limits.SHEET_ROWS:
                raise limits.too_big(
                    self.name, f"lebih dari {number(limits.SHEET_ROWS)} baris (batas Excel)"
                )
            self.row = []
            self.next_index = 0
        elif local == "is":
            self.inline = True
        elif local == "rPh":
            self.rph += 1
        elif local == "t":
            self.text.on = self.inline and not self.rph and self.row is not None

    def end(self, tag: str) -> None:
        local = _TAGS.get(tag) or _tag(tag)
        if local == "c":
            if self.row is None:
                return
            value = self._value(self.text.take())
            if value is not None:
                if self.index >= len(self.row):
                    self.row.extend([None] * (self.index + 1 - len(self.row)))
                self.row[self.index] = value
            self.inline = False
        elif local in ("v", "t"):
            self.text.on = False
        elif local == "row":
            if self.row is not None:
                self.ready.append((self.number, self.row))
            self.row = None
        elif local == "rPh":
            self.rph -= 1

    def _value(self, raw: str) -> object:
        kind = self.kind
        if kind == "inlineStr":
            return raw if self.inline else None
        if not raw:
            return None
        if kind == "s":
            try:
                return self.shared[int(raw)]
            except (ValueError, IndexError):
                return None
        if kind == "b":
            return raw.strip() == "1"
        if kind in ("str", "e", "d"):
            return raw
        return _number(raw)


def iter_rows(path: str) -> Iterator[list[object]]:
    """Rows of the first sheet from row 1, blank rows included (as empty lists)."""
    name = Path(path).name
    with zipfile.ZipFile(path) as archive:
        member = first_sheet_member(archive)
        declared = archive.getinfo(member).file_size
        if SHARED in archive.namelist():
            declared += archive.getinfo(SHARED).file_size
        if declared > limits.UNPACKED_BYTES:
            raise too_much_xml(name, declared)
        sheet = _Sheet(_shared_strings(archive, name), name)
        current = 0
        with archive.open(member) as handle:
            while True:
                chunk = handle.read(CHUNK)
                sheet.parser.Parse(chunk, not chunk)
                for row_number, cells in sheet.ready:
                    while current + 1 < row_number:
                        current += 1
                        yield []
                    current = row_number
                    yield cells
                sheet.ready.clear()
                if not chunk:
                    return


def too_much_xml(name: str, size: int) -> limits.TooBig:
    return limits.too_big(
        name,
        f"isi lembar kerjanya {number(size // limits.MB)} MB setelah dibuka, batasnya "
        f"{number(limits.UNPACKED_BYTES // limits.MB)} MB",
        "Simpan ulang hanya lembar dan kolom yang berisi data, atau bagi menjadi beberapa berkas.",
    )


#: ``r="12"`` is a row's number; a cell's reference starts with its column letters.
_ROW_NUMBER = re.compile(rb' r="(\d+)"')
_WIDE_CELL = re.compile(rb' r="([A-Z]{2,3})\d')
#: A row's number, or a cell of a column past Z with the number of its row.
_ROW_OR_WIDE = re.compile(rb' r="([A-Z]{2,3})?(\d+)"')
#: A cell tag without an ``r`` attribute.
_UNREFERENCED = re.compile(rb"<(?:\w+:)?c(?:/?>|\s(?:(?!r=)[^>])*>)")
#: A cell tag that does not start ``<c r="`` as spreadsheet programs write it (attributes
#: in another order, another spacing, a namespace prefix, no reference at all).
_ODD_CELL = re.compile(rb'<c(?! r=")[\s/>]')
_PREFIXED_CELL = re.compile(rb":c[\s/>]")


def sheet_extent(path: str) -> tuple[int, int]:
    """Last row and last column any cell of the first sheet claims, found by scanning the
    XML without parsing it (a third of a second for 100.000 rows). One stray cell at
    XFD1048576 makes calamine allocate the whole rectangle, so this is checked before it
    loads. Cells without a reference (no spreadsheet program writes them) could spread the
    rectangle unseen: their sheet is reported as wide as Excel allows, so it is streamed."""
    last_row, last_column, tail = 0, 1, b""
    unreferenced = False
    with zipfile.ZipFile(path) as archive, archive.open(first_sheet_member(archive)) as handle:
        for chunk in iter(lambda: handle.read(1 << 22), b""):
            block = tail + chunk
            whole = max(0, len(block) - 32)  # a tag cut at the end is whole in the next block
            if _ODD_CELL.search(block, 0, whole) or _PREFIXED_CELL.search(block, 0, whole):
                unreferenced = unreferenced or _UNREFERENCED.search(block) is not None
                last_row, last_column = _any_extent(block, last_row, last_column)
            else:
                last_row, last_column = _plain_extent(block, last_row, last_column)
            tail = block[-256:]  # a tag cut in two is found whole in the next block
    if _ODD_CELL.search(tail) or _PREFIXED_CELL.search(tail):  # the very end, whole
        unreferenced = unreferenced or _UNREFERENCED.search(tail) is not None
        last_row, last_column = _any_extent(tail, last_row, last_column)
    if unreferenced:
        return max(last_row, 1_000), limits.ROW_CELLS
    return last_row, last_column


def _plain_extent(block: bytes, last_row: int, last_column: int) -> tuple[int, int]:
    """Where every cell tag starts ``<c r="``: one pass for rows and columns past Z, one
    for the single-letter columns right of the widest seen so far."""
    for wide, row in _ROW_OR_WIDE.findall(block):
        last_row = max(last_row, int(row))
        if wide:
            last_column = max(last_column, (_column_index(wide.decode()) or 0) + 1)
    if last_column < 26:
        right = re.compile(rb'<c r="([' + bytes([65 + last_column]) + rb"-Z])\d")
        found = right.findall(block)
        if found:
            last_column = max(found)[0] - 64
    return last_row, last_column


def _any_extent(block: bytes, last_row: int, last_column: int) -> tuple[int, int]:
    """Rows and columns of cell tags written any way."""
    for match in _ROW_NUMBER.finditer(block):
        last_row = max(last_row, int(match.group(1)))
    for match in _WIDE_CELL.finditer(block):
        last_column = max(last_column, (_column_index(match.group(1).decode()) or 0) + 1)
    for index in range(25, last_column - 1, -1):  # the widest single-letter column
        if b' r="' + bytes([65 + index]) in block:
            last_column = index + 1
            break
    return last_row, last_column


def estimated_rows(path: str) -> int:
    """Last row number the sheet claims (its ``dimension``), 0 when it does not say."""
    with zipfile.ZipFile(path) as archive, archive.open(first_sheet_member(archive)) as handle:
        match = _DIMENSION.search(handle.read(4096))
    return int(match.group(1)) if match and match.group(1) else 0
