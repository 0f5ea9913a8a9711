"""Region columns for registers imported per wilayah (partisipasi, kerawanan): a code, a
name, or KPU's hierarchy of columns (Kab/Kota, Kecamatan, Desa/Kelurahan), resolved to
one Kemendagri region inside an allowed area; per-row errors say why not.

Totals cannot lie: a "JUMLAH"/"TOTAL" row is refused by name, and a row for a region
whose children are in the same file (a province or kab/kota recap) is checked against
their sum — a recap that disagrees is refused with both figures (``recap_errors``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA, LEVEL_KECAMATAN, Wilayah
from app.services.core import recap
from app.services.core.formatting import number
from app.services.desk.wilayah import WilayahIndex, WilayahRef
from app.services.importing.columns import Column
from app.services.importing.limits import shown
from app.services.importing.spec import RowError, RowProblem
from app.services.importing.values import CellError, text

REGION_COLUMNS = (
    Column("kode", "kode wilayah", False, ("kode", "kode wil", "kd wilayah", "kode kemendagri", "kode daerah"), "Kode Kemendagri, mis. 36.01 atau 3601.01 (boleh diganti nama)", store=Wilayah.name),
    Column("wilayah", "nama wilayah", False, ("wilayah", "nama", "daerah", "nama daerah"), "Nama wilayah, mis. Kab. Lebak atau Kec. Labuan", store=Wilayah.name),
    Column("kabkota", "kabupaten/kota", False, ("kab/kota", "kab kota", "kabupaten", "kota", "kabkot"), "Nama kab/kota (susunan kolom KPU)", store=Wilayah.name),
    Column("kecamatan", "kecamatan", False, ("kec",), "Nama kecamatan di dalam kab/kota", store=Wilayah.name),
    Column("desa", "desa/kelurahan", False, ("desa", "kelurahan", "desa kelurahan", "kel/desa"), "Nama desa/kelurahan di dalam kecamatan", store=Wilayah.name),
)  # fmt: skip
REGION_KEYS = tuple(c.key for c in REGION_COLUMNS)
#: Summary rows of KPU sheets ("JUMLAH", "Total Kab. Lebak", "JML."): the app adds up itself.
TOTAL_WORDS = ("jumlah", "total", "grand total", "sub total", "subtotal", "jml", "rekap")


def is_total(value: str) -> bool:
    words = " ".join("".join(c if c.isalnum() else " " for c in value.lower()).split())
    return any(words == w or words.startswith(w + " ") for w in TOTAL_WORDS)


def has_region_column(positions: dict[str, int]) -> bool:
    return any(key in positions for key in REGION_KEYS)


def _match(index: WilayahIndex, raw: str, level: int | None, area: str) -> WilayahRef:
    """``raw`` inside ``area``, or ``area`` itself / one of its parents (a kab/kota
    contest's own recap row; the Kab/Kota column above a Kecamatan column)."""
    try:
        return index.match(raw, level=level, within=area)
    except CellError:
        try:
            found = index.match(raw, level=level)
        except CellError:
            found = None
        if found is not None and (found.code == area or area.startswith(found.code + ".")):
            return found
        raise


def resolve(index: WilayahIndex, values: dict[str, Any], within: str) -> WilayahRef:
    """The region a row names, inside ``within`` (or ``within`` itself); RowProblem naming
    the column otherwise."""
    given = {key: text(values.get(key)) for key in REGION_KEYS if text(values.get(key))}
    if not given:
        raise RowProblem("kode", "Isi kode wilayah atau nama wilayahnya.")
    totals = [(key, value) for key, value in given.items() if is_total(value)]
    if totals:
        key, value = totals[0]
        raise RowProblem(
            key,
            f"Baris jumlah '{shown(value)}' tidak diimpor: aplikasi menjumlahkan sendiri "
            "angka wilayah di bawahnya. Hapus baris ini dari berkas.",
        )
    found: WilayahRef | None = None
    area = within
    steps = [("kode", None)] if "kode" in given else [
        ("kabkota", LEVEL_KABKOTA), ("kecamatan", LEVEL_KECAMATAN), ("desa", LEVEL_DESA),
        ("wilayah", None),
    ]  # fmt: skip
    for key, level in steps:
        if key not in given:
            continue
        try:
            found = _match(index, given[key], level, area)
        except CellError as error:
            raise RowProblem(key, str(error)) from None
        if len(found.code) > len(area):
            area = found.code
    if found is None:
        raise RowProblem("kode", "Isi kode wilayah atau nama wilayahnya.")
    if found.code != area:  # a parent of the allowed area, and nothing deeper named
        raise RowProblem(
            "kode" if "kode" in given else "wilayah",
            f"{found.label} ({found.code}) berada di luar wilayah yang diimpor ({within}).",
        )
    return found


def recap_errors(
    index: WilayahIndex,
    rows: Iterable[tuple[int, str, dict[str, int]]],
    label_of: Callable[[str], str],
    column: str,
) -> list[RowError]:
    """Rows (row, region code, additive figures) of one file where a region and regions
    under it are both given: the region's row is a recap, and each of its figures must
    agree with its children's (``core.recap``). A recap that does not is refused, naming
    the region and both figures."""
    rows = list(rows)
    given = {code: figures for _row, code, figures in rows}
    if len(given) < 2:
        return []
    roots = sorted({code.split(".")[0] for code in given})
    children = recap.children_of(c for root in roots for c in index.descendant_codes(root))
    row_of = {code: row for row, code, _figures in rows}
    errors: dict[int, RowError] = {}
    for found in recap.mismatches(given, children):
        row = row_of[found.code]
        if row in errors:
            continue
        ref = index.by_code(found.code)
        name = (
            f"{'Provinsi ' if ref.level == 1 else ''}{ref.label} ({found.code})"
            if ref
            else found.code
        )
        errors[row] = RowError(
            row,
            column,
            f"Baris rekap {name}: {label_of(found.field)} {number(found.recorded)} "
            f"{found.describe()} di berkas ini. Perbaiki angka rekapnya atau hapus baris itu; "
            "aplikasi menjumlahkan sendiri.",
        )
    return sorted(errors.values(), key=lambda e: e.row)
