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
from app.services.importing import xlsx_stream

log = logging.getLogger(__name__)

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
#: A sheet whose XML is bigger than this is streamed rather than loaded whole by
#: calamine (which holds about 1,4 bytes per byte of XML): memory stays bounded even for
#: a sheet of a million whitespace cells; ordinary files up to ~500.000 rows stay fast.
STREAM_ABOVE_BYTES = 200 * 2**20
#: calamine holds the whole rectangle up to the farthest cell (about 32 bytes a cell):
#: a sheet whose cells reach further than this is streamed too.
CELLS_ABOVE = 8_000_000
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


def spreadsheet_rows(path: Path) -> RawRows:
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError as error:
        raise _refuse(path, f"{os_reason(error)}.") from None
    if not head:
        raise DomainError(f"Berkas {path.name} kosong: tidak ada baris judul kolom.")
    if suffix in (".xlsx", ".xlsm"):
        if head.startswith(_OLE):
            raise _refuse(path, "berkas ini terkunci kata sandi atau berformat Excel lama. "
                                "Buka di Excel, hapus kata sandinya, lalu Simpan Sebagai .xlsx.")  # fmt: skip
        if not head.startswith(_ZIP):
            hint = ("isinya teks (mungkin CSV yang diberi akhiran .xlsx); simpan dengan akhiran "
                    ".csv" if _looks_like_text(head) else "bukan lembar kerja Excel")  # fmt: skip
            raise _refuse(path, f"{hint}.")
        try:
            size = xlsx_stream.sheet_size(str(path))
        except (zipfile.BadZipFile, xlsx_stream.NotAWorkbook, KeyError, OSError) as error:
            log.info("not a workbook %s: %s", path, error)
            raise _refuse(
                path, "berkas rusak atau terpotong, atau arsip zip yang bukan lembar kerja Excel."
            ) from error
        except Exception as error:  # noqa: BLE001 - malformed XML inside the zip
            log.info("unreadable workbook %s: %r", path, error)
            raise _refuse(path, "isi lembar kerjanya rusak.") from error
        if size > STREAM_ABOVE_BYTES:
            log.info("streaming %s (%d bytes of sheet XML)", path, size)
            return _streamed(path)
        rows, columns = xlsx_stream.sheet_extent(str(path))
        if rows * columns > CELLS_ABOVE:
            log.info("streaming %s (cells up to row %d, column %d)", path, rows, columns)
            return _streamed(path)
    return _calamine(path, head)


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
    return RawRows(_guarded(rows, path), (end[0] + 1) if end else 0)


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
            try:
                yield from csv.reader(handle, delimiter=delimiter)
            except csv.Error as error:
                raise _refuse(path, f"susunan CSV rusak ({error}).") from error

    return RawRows(rows(), total)
