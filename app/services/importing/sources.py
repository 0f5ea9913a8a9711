"""Where rows come from: `.xlsx`/`.xls`/`.ods` through python-calamine (fast, formulas never
run), a streaming reader for oversized sheets or when calamine is missing, and `.csv` in
the encodings and delimiters Excel users produce. Every damaged or wrong file becomes one
clear Indonesian message; the technical reason goes to the log."""

from __future__ import annotations

import codecs
import csv
import logging
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.services.core.errors import DomainError, os_reason
from app.services.core.formatting import number
from app.services.importing import limits, xlsx_stream

log = logging.getLogger(__name__)

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
#: A sheet that unpacks to more than this is streamed rather than loaded whole by
#: calamine (which holds about 1,8 bytes per byte of XML): memory stays bounded for any
#: sheet, and ordinary files up to ~100.000 rows stay fast.
STREAM_ABOVE_BYTES = 80 * limits.MB
#: calamine holds the whole rectangle up to the farthest cell (about 32 bytes a cell):
#: a sheet whose cells reach further than this is streamed too.
CELLS_ABOVE = 4_000_000
CSV_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
CSV_DELIMITERS = (",", ";", "\t")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"


@dataclass
class RawRows:
    rows: Iterator[list[object]]
    #: Last row number the file probably has (for progress); 0 when unknown.
    total: int = 0


def _refuse(path: Path, reason: str) -> DomainError:
    return DomainError(f"Berkas {path.name} tidak dapat dibaca: {reason}")


def _looks_like_text(head: bytes) -> bool:
    sample = head[:2048]
    return bool(sample) and b"\x00" not in sample and sum(b < 9 for b in sample) == 0


def _check_file_size(path: Path, size: int, limit: int | None = None) -> None:
    limit = limits.FILE_BYTES if limit is None else limit
    if size > limit:
        raise limits.too_big(
            path.name,
            f"{number(size // limits.MB)} MB, batasnya {number(limit // limits.MB)} MB",
            "Bagi menjadi beberapa berkas.",
        )


def spreadsheet_rows(path: Path) -> RawRows:
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
        size = path.stat().st_size
    except OSError as error:
        raise _refuse(path, f"{os_reason(error)}.") from None
    if not head:
        raise DomainError(f"Berkas {path.name} kosong: tidak ada baris judul kolom.")
    _check_file_size(path, size)
    if suffix in (".xlsx", ".xlsm"):
        if head.startswith(_OLE):
            raise _refuse(path, "berkas ini terkunci kata sandi atau berformat Excel lama. "
                                "Buka di Excel, hapus kata sandinya, lalu Simpan Sebagai .xlsx.")  # fmt: skip
        if not head.startswith(_ZIP):
            hint = ("isinya teks (mungkin CSV yang diberi akhiran .xlsx); simpan dengan akhiran "
                    ".csv" if _looks_like_text(head) else "bukan lembar kerja Excel")  # fmt: skip
            raise _refuse(path, f"{hint}.")
        try:
            unpacked = xlsx_stream.unpacked_size(str(path))
            if unpacked > limits.UNPACKED_BYTES:
                raise xlsx_stream.too_much_xml(path.name, unpacked)
            if unpacked > STREAM_ABOVE_BYTES:
                log.info("streaming %s (%d bytes unpacked)", path, unpacked)
                return _streamed(path)
            rows, columns = xlsx_stream.sheet_extent(str(path))
        except DomainError:
            raise
        except (zipfile.BadZipFile, xlsx_stream.NotAWorkbook, KeyError, OSError) as error:
            log.info("not a workbook %s: %s", path, error)
            raise _refuse(
                path, "berkas rusak atau terpotong, atau arsip zip yang bukan lembar kerja Excel."
            ) from error
        except Exception as error:  # noqa: BLE001 - malformed XML inside the zip
            log.info("unreadable workbook %s: %r", path, error)
            raise _refuse(path, "isi lembar kerjanya rusak.") from error
        if rows * columns > CELLS_ABOVE:
            log.info("streaming %s (cells up to row %d, column %d)", path, rows, columns)
            return _streamed(path)
    else:  # .xls, .ods: only calamine reads them, so they must be small enough for it
        _check_file_size(path, size, STREAM_ABOVE_BYTES // 4)
        if head.startswith(_ZIP):
            _check_ods(path)
    return _calamine(path, head)


def _check_ods(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist() if i.filename.endswith(".xml"))
    except (zipfile.BadZipFile, OSError):
        return  # calamine says what is wrong with it
    if unpacked > STREAM_ABOVE_BYTES:
        raise limits.too_big(
            path.name,
            f"isinya {number(unpacked // limits.MB)} MB setelah dibuka",
            "Simpan sebagai .xlsx lalu impor lagi.",
        )


def _calamine(path: Path, head: bytes) -> RawRows:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError as missing:  # a build without the fast reader: .xlsx still works
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _streamed(path)
        raise _refuse(
            path, "format ini memerlukan pustaka python-calamine. Simpan sebagai .xlsx."
        ) from missing
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        rows = sheet.iter_rows()
    except Exception as error:  # calamine raises its own types for every kind of damage
        log.info("calamine refused %s: %r", path, error)
        if "password" in str(error).lower() or head.startswith(_OLE) and path.suffix != ".xls":
            raise _refuse(path, "berkas terkunci kata sandi. Buka di Excel, hapus kata "
                                "sandinya, lalu simpan ulang.") from error  # fmt: skip
        raise _refuse(
            path, "berkas rusak atau bukan lembar kerja (.xlsx, .xls, .ods) yang sah."
        ) from error
    end = sheet.end
    return RawRows(_guarded(_capped(rows, path.name), path), (end[0] + 1) if end else 0)


def _capped(rows: Iterator[list[object]], name: str) -> Iterator[list[object]]:
    """The caps the streaming readers check as they go, for rows calamine hands out."""
    for number_, cells in enumerate(rows, start=1):
        if number_ > limits.SHEET_ROWS:
            raise limits.too_big(name, f"lebih dari {number(limits.SHEET_ROWS)} baris")
        check_row(cells, number_, name)
        yield cells


def check_row(cells: list[object], row: int, name: str) -> None:
    """A row past the cells-per-row or characters-per-cell cap refuses the file."""
    if len(cells) > limits.ROW_CELLS:
        raise limits.too_big(
            name, f"baris {number(row)} berisi lebih dari {number(limits.ROW_CELLS)} kolom"
        )
    for index, cell in enumerate(cells):
        if isinstance(cell, str) and len(cell) > limits.CELL_CHARS:
            raise limits.cell_too_long(name, f"baris {number(row)} kolom ke-{index + 1}")


def _streamed(path: Path) -> RawRows:
    try:
        total = xlsx_stream.estimated_rows(str(path))
    except Exception:  # noqa: BLE001 - only a progress estimate
        total = 0
    return RawRows(_guarded(xlsx_stream.iter_rows(str(path)), path), total)


def _guarded(rows: Iterator[list[object]], path: Path) -> Iterator[list[object]]:
    """Damage found half-way through a sheet (a truncated file) is a refusal too."""
    try:
        yield from rows
    except DomainError:
        raise
    except MemoryError as error:  # the caps should make this unreachable; say it plainly
        log.warning("out of memory reading %s", path)
        raise limits.too_big(path.name, "memori komputer tidak cukup untuk membacanya") from error
    except Exception as error:  # noqa: BLE001
        log.info("reading %s failed: %r", path, error)
        raise _refuse(path, "berkas rusak atau terpotong di tengah data.") from error


def _encoding(path: Path) -> str:
    """The first encoding that decodes the whole file (checked in a streaming pass)."""
    for encoding in CSV_ENCODINGS:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                for chunk in iter(lambda h=handle: h.read(1 << 20), b""):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"  # never reached: latin-1 decodes any byte


def _delimiter(sample: str, score: Callable[[list[object]], int] | None) -> str:
    """The delimiter under which the head of the file has the best header row (most
    recognised column names), then the most columns; commas win ties."""
    lines = sample.splitlines()[:30]
    best, best_key = ",", (-1, -1)
    for delimiter in CSV_DELIMITERS:
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        recognised = max((score(list(r)) for r in rows), default=0) if score else 0
        widths = sorted((len(r) for r in rows if any(c.strip() for c in r)), reverse=True)
        key = (recognised, widths[len(widths) // 2] if widths else 0)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def csv_rows(path: Path, score: Callable[[list[object]], int] | None = None) -> RawRows:
    size = path.stat().st_size
    if size == 0:
        raise DomainError(f"Berkas {path.name} kosong: tidak ada baris judul kolom.")
    _check_file_size(path, size)
    with path.open("rb") as handle:
        head = handle.read(64 * 1024)
    if head.startswith((_ZIP, _OLE)):
        raise _refuse(path, "isinya lembar kerja Excel, bukan CSV; simpan dengan akhiran .xlsx.")
    if b"\x00" in head[:4096] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _refuse(path, "bukan berkas teks CSV.")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = _encoding(path)
    sample = head.decode(encoding, errors="ignore")
    delimiter = _delimiter(sample, score)
    lines = max(1, sample.count("\n"))
    total = max(1, int(size / max(1, len(head)) * lines)) if size > len(head) else lines

    def rows() -> Iterator[list[object]]:
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(_lines(handle, path.name), delimiter=delimiter)
            try:
                for number_, row in enumerate(reader, start=1):
                    if number_ > limits.SHEET_ROWS:
                        raise limits.too_big(
                            path.name, f"lebih dari {number(limits.SHEET_ROWS)} baris"
                        )
                    check_row(row, number_, path.name)
                    yield row
            except csv.Error as error:
                if "field larger than field limit" in str(error):
                    raise limits.cell_too_long(
                        path.name, f"baris {number(reader.line_num)}"
                    ) from error
                raise _refuse(path, f"susunan CSV rusak ({error}).") from error

    return RawRows(rows(), total)


def _lines(handle, name: str) -> Iterator[str]:
    """Physical lines, refusing one longer than ``limits.CSV_LINE_CHARS`` before it is
    held whole (a file of one 50 MB line)."""
    count = 0
    while line := handle.readline(limits.CSV_LINE_CHARS + 1):
        count += 1
        if len(line) > limits.CSV_LINE_CHARS:
            raise limits.too_big(
                name,
                f"baris fisik ke-{number(count)} lebih dari {number(limits.CSV_LINE_CHARS)} huruf",
                "Mungkin pemisah barisnya rusak, atau satu sel berisi teks yang sangat panjang.",
            )
        yield line
