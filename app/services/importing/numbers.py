"""Numbers typed as text, and the one convention a sheet writes them in.

"8.926.662" and "77,74" are Indonesian (a dot groups thousands, a comma marks decimals);
"8,926,662" and "77.74" are English. Most text numbers say which they are; "1.000" and
"1,000" do not (a thousand, or one with three decimals). A sheet uses one convention:
``SheetNumbers`` learns it from the cells that say so while the sheet is read, reads an
ambiguous cell by it, and refuses the file with a message naming both cells when the
sheet turns out to mix the two — rather than read "1,000" as 1 beside "505,943" as
505.943, as a per-cell rule would.

In a whole-number column an ambiguous cell can only be a thousand: "1,000" counts as the
English convention and "1.000" as the Indonesian one. In a decimal column it is read by
the sheet's convention, or the Indonesian one until the sheet shows another; should it
then show the English one, the file is refused naming that earlier cell.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from app.services.core.errors import CellError, DomainError
from app.services.importing.limits import shown

ID, EN = "id", "en"
STYLE = {
    ID: "gaya Indonesia (titik pemisah ribuan, koma desimal: 8.926.662; 77,74)",
    EN: "gaya Inggris (koma pemisah ribuan, titik desimal: 8,926,662; 77.74)",
}
_BODY = re.compile(r"\d[\d.,]*")
_GROUPED = {".": re.compile(r"\d{1,3}(?:\.\d{3})+"), ",": re.compile(r"\d{1,3}(?:,\d{3})+")}
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?e[+-]?\d+", re.IGNORECASE)


class MixedNumbers(DomainError):
    """A sheet writes numbers in both conventions: which cells are misread cannot be told."""


@dataclass(frozen=True)
class Seen:
    raw: str
    where: str
    #: Read by the convention assumed so far (an ambiguous cell), not shown by the cell.
    assumed: bool = False


class SheetNumbers:
    """The convention of one sheet, learnt from its cells as they are read."""

    def __init__(self) -> None:
        #: Where the next cell is (set by the engine before each cell), for the refusal.
        self.row = 0
        self.column = ""
        self.seen: dict[str, Seen] = {}

    def _where(self) -> str:
        if not self.row:
            return "isian ini"
        return f"baris {self.row}, kolom {shown(self.column, 40)}"

    @property
    def style(self) -> str | None:
        return next(iter(self.seen), None)

    def note(self, style: str, raw: str, assumed: bool = False) -> None:
        other = EN if style == ID else ID
        if other in self.seen:
            raise _mixed(self.seen[other], other, Seen(raw, self._where(), assumed), style)
        if style not in self.seen:
            self.seen[style] = Seen(raw, self._where(), assumed)


def _mixed(first: Seen, first_style: str, then: Seen, then_style: str) -> MixedNumbers:
    def cell(seen: Seen, style: str) -> str:
        how = "dibaca menurut " if seen.assumed else "memakai "
        return f"'{shown(seen.raw)}' ({seen.where}) {how}{STYLE[style]}"

    return MixedNumbers(
        "Angka di berkas ini ditulis dengan dua cara yang berbeda: "
        f"{cell(first, first_style)}, sedangkan {cell(then, then_style)}. Karena itu tidak "
        "dapat dipastikan berapa nilai angka seperti 1.000 atau 1,000. Samakan penulisan angka "
        "(mis. tanpa pemisah ribuan: 8926662), lalu impor lagi. Tidak ada yang disimpan."
    )


_SHEET: ContextVar[SheetNumbers | None] = ContextVar("sheet_numbers", default=None)


@contextmanager
def reading(sheet: SheetNumbers) -> Iterator[SheetNumbers]:
    """Inside the block, text numbers are read by (and teach) ``sheet``'s convention."""
    token = _SHEET.set(sheet)
    try:
        yield sheet
    finally:
        _SHEET.reset(token)


def _clean(raw: str) -> str:
    value = raw.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    value = value.removesuffix("%")
    for prefix in ("Rp.", "Rp", "rp.", "rp", "RP"):
        if value.startswith(prefix):
            return value[len(prefix) :]
        if value.startswith("-" + prefix):
            return "-" + value[len(prefix) + 1 :]
    return value


def _decimal(whole: str, fraction: str, thousands: str) -> str:
    return whole.replace(thousands, "") + "." + fraction


def read_number(raw: str, whole: bool) -> float:
    """A text number as offices type it; ``whole``: for a whole-number column (an
    ambiguous cell is then a thousand). ValueError when it is not a number."""
    value = _clean(raw)
    sign = ""
    if value[:1] in "+-":
        sign, value = ("-" if value[0] == "-" else ""), value[1:]
    if _SCIENTIFIC.fullmatch(value):
        raise CellError(
            f"'{shown(raw)}' ditulis dalam notasi ilmiah, sehingga digitnya mungkin terpotong. "
            "Tulis angkanya lengkap (atur format sel menjadi Angka)."
        )
    if not _BODY.fullmatch(value):
        raise ValueError(raw)
    sheet = _SHEET.get() or SheetNumbers()
    dots, commas = value.count("."), value.count(",")
    if dots and commas:  # the later separator marks the decimals: 1.234,5 or 1,234.5
        mark = "," if value.rfind(",") > value.rfind(".") else "."
        group = "." if mark == "," else ","
        head, _, tail = value.rpartition(mark)
        if mark in head or not _GROUPED[group].fullmatch(head):
            raise ValueError(raw)
        sheet.note(ID if mark == "," else EN, raw)
        return float(sign + _decimal(head, tail, group))
    if not dots and not commas:
        return float(sign + value)
    mark = "." if dots else ","
    home = ID if mark == "." else EN  # the convention in which this mark groups thousands
    away = EN if home == ID else ID
    if value.count(mark) > 1:  # 8.926.662 or 8,926,662: grouped thousands
        if not _GROUPED[mark].fullmatch(value):
            raise ValueError(raw)
        sheet.note(home, raw)
        return float(sign + value.replace(mark, ""))
    head, _, tail = value.partition(mark)
    if not tail:
        raise ValueError(raw)
    ambiguous = len(tail) == 3 and len(head) <= 3 and not head.startswith("0")
    if not ambiguous:  # 77,74 or 77.74 or 0,125: a decimal mark
        sheet.note(away, raw)
        return float(sign + head + "." + tail)
    if whole or sheet.style == home:
        sheet.note(home, raw)
        return float(sign + head + tail)
    if sheet.style == away:
        return float(sign + head + "." + tail)
    sheet.note(ID, raw, assumed=True)  # not known yet: the desk's own convention
    return float(sign + (head + tail if mark == "." else head + "." + tail))


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def parse_float(raw: object) -> float | None:
    if _blank(raw):
        return None
    if isinstance(raw, bool):
        raise CellError(f"'{raw}' bukan angka.")
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        try:
            value = read_number(str(raw), whole=False)
        except (ValueError, OverflowError):
            raise CellError(f"'{shown(raw)}' bukan angka.") from None
    if not math.isfinite(value):
        raise CellError(f"'{shown(raw)}' bukan angka yang dapat disimpan.")
    return value


def parse_int(raw: object) -> int | None:
    if _blank(raw):
        return None
    if isinstance(raw, bool):
        raise CellError(f"'{raw}' bukan angka.")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        value = raw
    else:
        text = _clean(str(raw))
        digits = text.lstrip("+-")
        if digits.isdigit() and len(digits) <= 40:  # exact: caught later by its range
            return int(text)
        if digits.isdigit():
            raise CellError(f"Angka '{shown(raw)}' terlalu panjang ({len(digits)} digit).")
        try:
            value = read_number(str(raw), whole=True)
        except (ValueError, OverflowError):
            raise CellError(f"'{shown(raw)}' bukan angka.") from None
    if not math.isfinite(value):
        raise CellError(f"'{shown(raw)}' bukan angka yang dapat disimpan.")
    if not value.is_integer():
        raise CellError(f"'{shown(raw)}' harus bilangan bulat.")
    return int(value)
