"""Official region boundaries for the dashboard map: a GeoJSON file of kab/kota or
kecamatan polygons that carry Kemendagri codes, loaded by the office.

The file is checked and copied into the data folder (``peta-batas.geojson``), so the map
survives the original being moved. Codes are found tolerantly in each feature's
properties ("3601", "36.01", "ID3601", "36.01.01"); features outside the desk's province
or without a code are skipped and counted. Outlines are thinned to keep drawing fast.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.paths import data_dir
from app.services.core.errors import ValidationError, os_reason
from app.services.desk.wilayah import normalize_code

FILE_NAME = "peta-batas.geojson"
#: Points closer than this (degrees, ~200 m) to the previous one are dropped.
THIN = 0.002
_CODE_KEYS = ("kode", "code", "kd", "pcode", "id", "kemendagri")

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Shape:
    #: Dotted Kemendagri code of the feature (kab/kota or kecamatan).
    code: str
    #: Every ring of every polygon (outer and holes; drawn with the odd-even rule).
    rings: tuple[Ring, ...]

    @property
    def kabkota(self) -> str:
        return self.code[:5]


@dataclass(frozen=True)
class Boundaries:
    shapes: tuple[Shape, ...]
    #: 2 (kab/kota) or 3 (kecamatan).
    level: int
    skipped: int
    source: str


def stored_file() -> Path:
    return data_dir() / FILE_NAME


def _code_of(properties: dict, province: str) -> str | None:
    keys = sorted(properties, key=lambda k: not any(h in str(k).lower() for h in _CODE_KEYS))
    for key in keys:
        value = properties[key]
        if not isinstance(value, str | int) or isinstance(value, bool):
            continue
        text = re.sub(r"^[A-Za-z]+", "", str(value).strip())
        code = normalize_code(text)
        if code and len(code) in (5, 8) and code.startswith(province + "."):
            return code
    return None


def _thin(points: list) -> Ring:
    kept: list[tuple[float, float]] = []
    for point in points:
        x, y = float(point[0]), float(point[1])
        if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= THIN:
            kept.append((x, y))
    return tuple(kept)


def _rings(geometry: dict) -> list[Ring]:
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    return [r for polygon in polygons for ring in polygon if len(r := _thin(ring)) >= 3]


def parse(text: str, province: str, source: str = "") -> Boundaries:
    """Shapes of the desk's province from GeoJSON text; refuses a file with none."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ValidationError(f"Berkas peta bukan GeoJSON yang sah: {error}") from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise ValidationError("Berkas peta tidak berisi FeatureCollection GeoJSON.")
    shapes: list[Shape] = []
    skipped = 0
    for feature in features:
        if not isinstance(feature, dict):
            skipped += 1
            continue
        code = _code_of(feature.get("properties") or {}, province)
        rings = _rings(feature.get("geometry") or {})
        if code is None or not rings:
            skipped += 1
            continue
        shapes.append(Shape(code, tuple(rings)))
    if not shapes:
        raise ValidationError(
            f"Tidak ada wilayah provinsi {province} dengan kode Kemendagri di berkas peta ini. "
            "Pastikan setiap fitur memuat kode kab/kota atau kecamatan (mis. 36.01 atau 3601)."
        )
    level = 2 if all(len(s.code) == 5 for s in shapes) else 3
    if level == 3:
        shapes = [s for s in shapes if len(s.code) == 8]
    return Boundaries(tuple(shapes), level, skipped, source)


def install(path: Path, province: str) -> Boundaries:
    """Check the office's file and keep a copy in the data folder."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ValidationError(f"Berkas peta tidak dapat dibaca: {os_reason(error)}.") from None
    boundaries = parse(text, province, path.name)
    shutil.copyfile(path, stored_file())
    return boundaries


def load_stored(province: str) -> Boundaries | None:
    """The installed boundaries, or None when the office has not loaded any."""
    path = stored_file()
    if not path.exists():
        return None
    return parse(path.read_text(encoding="utf-8-sig"), province, path.name)


def remove_stored() -> None:
    stored_file().unlink(missing_ok=True)
