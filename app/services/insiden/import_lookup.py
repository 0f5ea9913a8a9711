"""Matching what an incident spreadsheet says to the desk's lists: categories, sources and
agencies by code or name, contests and stages, severity, status and phone numbers. Every
miss is a ``CellError`` with a reason (and suggestions) in Bahasa Indonesia."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.models.insiden import BARU, DITINDAKLANJUTI, SEVERITIES, STATUSES
from app.services.desk.wilayah import WilayahIndex
from app.services.importing.values import CellError, is_blank, text
from app.services.insiden.workflow import TERLAMBAT_DITINDAKLANJUTI

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: A phone number starred out by an export: leaves the stored number alone.
MASKED = "*"
SEVERITY_WORDS = {"rendah": 1, "sedang": 2, "tinggi": 3, "kritis": 4}
#: Distinct cells a matcher remembers (what each matched, or why it did not).
SEEN_CELLS = 10_000
_UNSEEN = object()


def squash(value: object) -> str:
    """'Politik Uang' / 'POLITIK_UANG' / ' politik-uang ' → 'politikuang'."""
    return _NON_ALNUM.sub("", text(value).lower())


def remembered(seen: dict, key: object, match: Callable[..., Any], *args: object) -> Any:
    """``match(*args)``, or what it gave (or raised) the first time for this ``key``: a
    sheet repeats its categories, contests and stages, each matched once per import."""
    found = seen.get(key, _UNSEEN)
    if found is _UNSEEN:
        try:
            found = match(*args)
        except CellError as error:
            found = error
        if len(seen) < SEEN_CELLS:
            seen[key] = found
    if isinstance(found, CellError):
        raise CellError(str(found))
    return found


@dataclass(frozen=True)
class RefItem:
    id: int
    code: str
    name: str
    active: bool


class RefMatcher:
    """One reference list (kategori, sumber, instansi): a cell matches an item's code or
    name, ignoring case, spaces and punctuation; a unique beginning of a name also does
    ("Logistik" for "Logistik (rusak, kurang, terlambat)")."""

    def __init__(self, label: str, items: list[RefItem]) -> None:
        self.label = label
        self.items = items
        self._seen: dict[object, Any] = {}
        self._by_key: dict[str, RefItem] = {}
        for item in items:
            self._by_key.setdefault(squash(item.code), item)
            self._by_key.setdefault(squash(item.name), item)

    def match(self, raw: object) -> RefItem:
        return remembered(self._seen, raw, self._match, raw)

    def _match(self, raw: object) -> RefItem:
        key = squash(raw)
        found = self._by_key.get(key)
        if found is not None:
            return found
        return self._near(raw, key)

    def _near(self, raw: object, key: str) -> RefItem:
        starts = {i.id: i for i in self.items if len(key) >= 4 and squash(i.name).startswith(key)}
        if len(starts) == 1:
            return next(iter(starts.values()))
        if len(starts) > 1:
            names = "; ".join(i.name for i in starts.values())
            raise CellError(
                f"{self.label.capitalize()} '{text(raw)}' cocok dengan beberapa: {names}. Tulis lengkap."
            )
        close = difflib.get_close_matches(
            key, [squash(i.name) for i in self.items], n=3, cutoff=0.6
        )
        names = [i.name for i in self.items if squash(i.name) in close]
        hint = f" Mungkin maksud Anda: {' atau '.join(repr(n) for n in names)}?" if names else ""
        raise CellError(
            f"{self.label.capitalize()} '{text(raw)}' tidak dikenal.{hint} Daftar lengkap ada "
            "di lembar 'Daftar' pada templat impor."
        )  # fmt: skip


@dataclass(frozen=True)
class ContestItem:
    id: int
    name: str
    kind: str
    wilayah_id: int


class ContestMatcher:
    """A contest by its ID, its full name, or its region ("Banten" → the governor race,
    "Kota Cilegon" or "36.72" → the Cilegon mayoral race)."""

    def __init__(self, contests: list[ContestItem], regions: WilayahIndex) -> None:
        self.contests = contests
        self._regions = regions
        self._by_name = {squash(c.name): c for c in contests}
        self._seen: dict[object, Any] = {}

    def match(self, raw: object) -> ContestItem:
        return remembered(self._seen, raw, self._match, raw)

    def _match(self, raw: object) -> ContestItem:
        value = text(raw)
        if value.isdigit():
            found = [c for c in self.contests if c.id == int(value)]
            if found:
                return found[0]
        if squash(value) in self._by_name:
            return self._by_name[squash(value)]
        lowered = value.lower()
        if "gubernur" in lowered or "pilgub" in lowered:
            governors = [c for c in self.contests if c.kind == "gubernur"]
            if len(governors) == 1:
                return governors[0]
        try:
            region = self._regions.match(value)
        except CellError:
            region = None
        if region is not None:
            found = [c for c in self.contests if c.wilayah_id == region.id]
            if len(found) == 1:
                return found[0]
        raise CellError(
            f"Pemilihan '{value}' tidak dikenal. Tulis nama pemilihan seperti di aplikasi, "
            "ID-nya, atau wilayahnya (mis. 'Banten' atau 'Kota Cilegon')."
        )


class StageMatcher:
    """A stage of a given contest by its code (``T14``, ``t14``) or its exact name."""

    def __init__(self, stages: list[tuple[int, int, str, str]]) -> None:
        self._by_key: dict[tuple[int, str], int] = {}
        self._seen: dict[object, Any] = {}
        for stage_id, contest_id, code, name in stages:
            self._by_key.setdefault((contest_id, squash(code)), stage_id)
            self._by_key.setdefault((contest_id, squash(name)), stage_id)

    def match(self, contest_id: int, raw: object) -> int:
        return remembered(self._seen, (contest_id, raw), self._match, contest_id, raw)

    def _match(self, contest_id: int, raw: object) -> int:
        found = self._by_key.get((contest_id, squash(raw)))
        if found is None:
            raise CellError(
                f"Tahapan '{text(raw)}' tidak ada pada pemilihan itu. Tulis kode tahapan "
                "(mis. T14) atau namanya persis."
            )
        return found


@functools.lru_cache(maxsize=512, typed=True)
def parse_severity(raw: object) -> int | None:
    """``3``, ``Tinggi``, ``3 Tinggi``, ``3 - tinggi`` → 3."""
    if is_blank(raw):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    value = text(raw).lower()
    digits = re.findall(r"\d+", value)
    words = [SEVERITY_WORDS[w] for w in re.findall(r"[a-z]+", value) if w in SEVERITY_WORDS]
    number = int(digits[0]) if len(digits) == 1 else None
    unknown_words = re.sub(r"[\d\s\-.:()/]+|" + "|".join(SEVERITY_WORDS), "", value)
    if (
        len(digits) > 1
        or unknown_words
        or (number is None and not words)
        or (number is not None and number not in SEVERITIES)
        or (number is not None and words and words[0] != number)
    ):
        raise CellError(
            f"Keparahan '{text(raw)}' tidak dikenal. Isi 1 Rendah, 2 Sedang, 3 Tinggi, atau "
            "4 Kritis (angkanya saja, namanya saja, atau keduanya)."
        )
    return number if number is not None else words[0]


def parse_status(raw: object) -> str:
    """A workflow status; the derived 'Terlambat ditindaklanjuti' is 'Ditindaklanjuti'."""
    if is_blank(raw):
        return ""
    key = squash(raw)
    if key == squash(TERLAMBAT_DITINDAKLANJUTI):
        return DITINDAKLANJUTI
    for status in STATUSES:
        if squash(status) == key:
            return status
    raise CellError(f"Status '{text(raw)}' tidak dikenal. Pilihan: {', '.join(STATUSES)}.")


def parse_phone(raw: object) -> str:
    """``0812-3456-7890``, ``62 812 3456 7890``, ``+62812…`` → ``+6281234567890``; a
    masked number from an export (``+6281******890``) is ``MASKED``: it says nothing."""
    if is_blank(raw):
        return ""
    value = text(raw)
    if "*" in value:
        return MASKED
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = "0" + value if not value.startswith(("0", "62")) else value  # Excel ate the 0
    digits = re.sub(r"[\s().\-/]", "", value)
    if digits.startswith("+"):
        digits = digits[1:]
        if not digits.startswith("62"):
            raise CellError(f"Nomor telepon '{value}' bukan nomor Indonesia (+62).")
    if not digits.isdigit():
        raise CellError(f"Nomor telepon '{value}' hanya boleh berisi angka, spasi, atau tanda -.")
    if digits.startswith("62"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    if not 7 <= len(digits) <= 13:
        raise CellError(f"Nomor telepon '{value}' terlalu pendek atau terlalu panjang.")
    return "+62" + digits


def parse_coordinate(raw: object) -> float | None:
    """Decimal degrees with a point or a comma: ``-6,1203`` or ``106.150``. Never read
    thousands separators into it (``106.150`` is not 106150)."""
    if is_blank(raw):
        return None
    if isinstance(raw, bool):
        raise CellError(f"'{raw}' bukan koordinat.")
    if isinstance(raw, (int, float)):
        return float(raw)
    value = text(raw).replace(" ", "").replace(",", ".")
    try:
        return float(value)
    except ValueError:
        raise CellError(f"'{text(raw)}' bukan koordinat desimal (mis. -6,1203).") from None


def long_text(raw: object) -> str:
    """Free text keeps its line breaks; spaces at line ends and blank edges go."""
    if is_blank(raw):
        return ""
    value = text(raw) if not isinstance(raw, str) else raw
    lines = [" ".join(line.split()) for line in value.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def is_new_status_allowed(status: str) -> bool:
    return status in ("", BARU)
