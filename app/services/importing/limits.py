"""What any input may cost, in one place: the caps on spreadsheets, CSV files and exchange
packages, and the words a refusal uses.

Every reader checks these while it streams, so a hostile file (a sheet of a gigabyte of
whitespace, one cell of 300 MB, a package part that unpacks to a gigabyte) is refused at
the first byte past a cap, in bounded memory and time, with a clear Indonesian message —
never a MemoryError. The caps sit well above what a desk produces: Excel's own limits for
cells and rows, and a province's election-day registers (SPEC 10) for the rest.
"""

from __future__ import annotations

from app.services.core.errors import DomainError
from app.services.core.formatting import number

MB = 2**20

# -- spreadsheets and CSV ------------------------------------------------------------------
#: An import file on disk (.xlsx, .csv).
FILE_BYTES = 200 * MB
#: What is unpacked from an .xlsx and read (the sheet's XML and its shared strings).
UNPACKED_BYTES = 512 * MB
#: Characters of shared strings held while a streamed sheet is read (each cell refers to
#: them by number, so they stay in memory).
SHARED_TEXT_CHARS = 64 * MB
#: Rows of a sheet, blank ones included (Excel's own maximum).
SHEET_ROWS = 1_048_576
#: Cell elements of a streamed sheet, empty formatted ones included: reading takes about
#: a microsecond each, so this bounds the time a sheet of empty cells may take.
SHEET_CELLS = 25_000_000
#: Data rows validated in one preview (every one is kept until the user confirms).
DATA_ROWS = 150_000
#: Cells in one row (Excel's own maximum, column XFD).
ROW_CELLS = 16_384
#: Characters in one cell (Excel's own maximum).
CELL_CHARS = 32_767
#: Characters of one physical CSV line.
CSV_LINE_CHARS = 4 * MB
#: Row errors kept for the preview and the error list; the rest are counted.
ERRORS_KEPT = 5_000
#: Warnings kept for one preview (blank runs skipped, ...); the rest are counted.
WARNINGS_KEPT = 20
#: Characters of a text column that stores nothing longer (a name matched against a list).
LOOKUP_CHARS = 200
#: A cell's value quoted in a message is shortened to this many characters.
SHOWN_CHARS = 60
#: A message about one row.
REASON_CHARS = 400

# -- exchange packages (.deskpkg) --------------------------------------------------------
#: The manifest.
PACKAGE_MANIFEST_BYTES = 16 * MB
#: All records and reference parts together, unpacked: every record is held, checked,
#: until the merge (about 2 bytes of memory a byte of JSON). A kab/kota desk's whole
#: election — ~10.000 incidents and ~50.000 consignment lines — is a tenth of it.
PACKAGE_JSON_BYTES = 128 * MB
#: One record inside a part (an incident with its long texts is a few KB).
PACKAGE_RECORD_BYTES = 1 * MB
#: Records of one package, all tables together (a record costs ~2 KB while it is held).
PACKAGE_RECORDS = 120_000
#: One attachment file.
PACKAGE_FILE_BYTES = 500 * MB
#: Everything unpacked, attachments included.
PACKAGE_TOTAL_BYTES = 8192 * MB
#: Members of the zip.
PACKAGE_MEMBERS = 100_000
#: Unpacked ÷ packed above which a large member is a zip bomb (records JSON packs about
#: 10×, a gigabyte of zeros about 1000×).
PACKAGE_RATIO = 200

# -- SQL storage ---------------------------------------------------------------------------
#: An ``Integer`` column holds PostgreSQL's int4 (SQLite would hold more; the app keeps the
#: same rule on both backends).
INT4 = (-(2**31), 2**31 - 1)
#: A ``BigInteger`` column.
INT8 = (-(2**63), 2**63 - 1)


class TooBig(DomainError):
    """An input past one of the caps above; nothing was read further, nothing written."""


def too_big(name: str, what: str, hint: str = "") -> TooBig:
    """``Berkas X terlalu besar: <what>.`` with an optional hint on what to do."""
    text = f"Berkas {name} terlalu besar: {what}."
    return TooBig(f"{text} {hint}".strip())


def cell_too_long(name: str, where: str) -> TooBig:
    return TooBig(
        f"Berkas {name} tidak dapat dibaca: sel terlalu panjang ({where} berisi lebih dari "
        f"{number(CELL_CHARS)} huruf, batas Excel). Periksa sel itu; mungkin isinya tertempel "
        "berulang kali."
    )


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """A cell's value for a message: on one line, shortened with '…' past ``limit``."""
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
