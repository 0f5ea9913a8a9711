"""Region columns for registers imported per wilayah (partisipasi, kerawanan): a code, a
name, or KPU's hierarchy of columns (Kab/Kota, Kecamatan, Desa/Kelurahan), resolved to
one Kemendagri region inside an allowed area; per-row errors say why not."""

from __future__ import annotations

from typing import Any

from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA, LEVEL_KECAMATAN
from app.services.desk.wilayah import WilayahIndex, WilayahRef
from app.services.importing.columns import Column
from app.services.importing.spec import RowProblem
from app.services.importing.values import CellError, text

REGION_COLUMNS = (
    Column("kode", "kode wilayah", False, ("kode", "kode wil", "kd wilayah", "kode kemendagri", "kode daerah"), "Kode Kemendagri, mis. 36.01 atau 3601.01 (boleh diganti nama)"),
    Column("wilayah", "nama wilayah", False, ("wilayah", "nama", "daerah", "nama daerah"), "Nama wilayah, mis. Kab. Lebak atau Kec. Labuan"),
    Column("kabkota", "kabupaten/kota", False, ("kab/kota", "kab kota", "kabupaten", "kota", "kabkot"), "Nama kab/kota (susunan kolom KPU)"),
    Column("kecamatan", "kecamatan", False, ("kec",), "Nama kecamatan di dalam kab/kota"),
    Column("desa", "desa/kelurahan", False, ("desa", "kelurahan", "desa kelurahan", "kel/desa"), "Nama desa/kelurahan di dalam kecamatan"),
)  # fmt: skip
REGION_KEYS = tuple(c.key for c in REGION_COLUMNS)
#: Summary rows of KPU sheets: the app adds up itself.
TOTAL_WORDS = {"jumlah", "total", "jumlah total", "grand total", "jml", "jumlah akhir"}


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
    if any(value.lower() in TOTAL_WORDS for value in given.values()):
        raise RowProblem(
            next(iter(given)), "Baris jumlah tidak diimpor: aplikasi menjumlahkan sendiri."
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
