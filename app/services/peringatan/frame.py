"""The incidents the detectors read, as one pandas frame, and what a detector finds.

The frame holds one row per incident that counts at the instant (the incident rules'
scope: recorded by then, not archived, not Tidak valid then), occurred within the longest
window and its baseline period before the instant. Columns: ``id``, ``age`` (hours
before the instant), ``kab``/``kec``/``desa`` (the region codes at each level, "" where
the incident was recorded higher up), ``kat`` (category id), ``severe`` (Tinggi/Kritis),
``lat``/``lon`` (NaN when unknown), ``phase`` (in the masa tenang or on voting day of a
contest covering its region) and ``event`` (the first report of its event: spikes and
escalations count events, so one event reported three times is one; hot spots count
reports, so a desa flooded with reports of one morning is still seen).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

#: The frame's region column at each level.
LEVEL_COLUMNS = {2: "kab", 3: "kec", 4: "desa"}
#: The category key of "all categories" in grouped counts.
ALL = 0
RAW_COLUMNS = ("id", "occurred_at", "code", "kategori_id", "severity", "latitude", "longitude")


@dataclass(frozen=True)
class Finding:
    """One alert before it is named and phrased: the figures a detector found."""

    kind: str
    #: The sub-rule: "lonjakan", "fase", "desa", "radius", "keparahan", "logistik".
    rule: str
    level: int
    code: str
    kategori_id: int | None
    window_hours: float
    ids: tuple[int, ...]
    count: int
    #: Count expected in the window from the baseline (with the prior).
    expected: float
    #: The count in the baseline period (incidents, or Tinggi/Kritis for escalation).
    baseline: float
    threshold: int
    chance: float
    span_hours: float = 0.0
    extra: tuple[tuple[str, float], ...] = ()
    #: The reports counted (one per event; ``ids`` also holds the same event's repeats).
    counted: tuple[int, ...] = ()

    @property
    def events(self) -> tuple[int, ...]:
        return self.counted or self.ids

    def get(self, key: str, default: float = 0.0) -> float:
        return next((v for k, v in self.extra if k == key), default)


@dataclass(frozen=True)
class Extent:
    """How many counts a check could test, per kind: a check holds each count to its
    budget divided by their number (``peringatan_peluang``, Bonferroni). From the region
    tree (every kab/kota, kecamatan and desa in scope, whether it reported or not) and
    the category list, never from the data, so a lucky count cannot loosen the bar."""

    #: Kecamatan code → its number of desa/kelurahan.
    desa_of: dict[str, int]
    categories: int
    windows: int = 2

    @property
    def kabkota(self) -> dict[str, int]:
        """Kab/kota code → its number of kecamatan."""
        found: dict[str, int] = {}
        for code in self.desa_of:
            found[code[:5]] = found.get(code[:5], 0) + 1
        return found

    @property
    def regions(self) -> int:
        """Kab/kota and kecamatan."""
        return len(self.desa_of) + len(self.kabkota)

    @staticmethod
    def parent(level: int, code: str) -> str:
        """The parent's code: "" (the province) for a kab/kota."""
        return "" if level <= 2 else code[: {3: 5, 4: 8}[level]]

    def children(self, level: int, code: str) -> int:
        """How many regions share the parent of ``code`` at ``level`` (at least 1)."""
        if level <= 2:
            return max(1, len(self.kabkota))
        if level == 3:
            return max(1, self.kabkota.get(code[:5], 1))
        return max(1, self.desa_of.get(code[:8], 1))

    @property
    def spike_counts(self) -> int:
        return max(1, self.regions * (1 + self.categories) * self.windows)

    def hotspot_counts(self, located: int) -> int:
        """Every desa, and every located incident (each could centre a circle)."""
        return max(1, sum(self.desa_of.values()) + located)


def _codes_at(codes: np.ndarray, uniques: pd.Index, length: int) -> pd.Categorical:
    """The region code at one level (by its length), "" where the code is shorter, as a
    categorical: each distinct code is sliced once, and grouping is on small integers."""
    sliced = [c[:length] if len(c) >= length else "" for c in uniques]
    inverse, found = pd.factorize(pd.Index(sliced))
    return pd.Categorical.from_codes(inverse[codes], found)


def phase_mask(day: np.ndarray, codes: np.ndarray, uniques: pd.Index,
               phases: Iterable[tuple[str, frozenset[date]]]) -> np.ndarray:  # fmt: skip
    """Whether each incident's local day (``day``, datetime64[D]) is a phase day of a
    contest covering its region (``phases``: contest region code → its masa tenang days
    and voting day); ``codes`` index the distinct region codes ``uniques``."""
    mask = np.zeros(len(codes), dtype=bool)
    names = pd.Index(uniques).astype(str)
    for prefix, days in phases:
        wanted = np.array(sorted(days), dtype="datetime64[D]")
        on_day = np.isin(day, wanted)
        if not on_day.any():
            continue
        inside = np.asarray((names == prefix) | names.str.startswith(prefix + "."), dtype=bool)
        mask |= inside[codes] & on_day
    return mask


def first_reports(code: np.ndarray, kat: np.ndarray, hours: np.ndarray, window: float) -> np.ndarray:
    """Whether each report is the first of its event: no earlier report of the same
    category at the same place (desa) within ``window`` hours before it — the desk's own
    duplicate rule (``duplicate_window_hours``). A repeat is not a new incident."""
    order = np.lexsort((hours, kat, code))
    c, k, h = code[order], kat[order], hours[order]
    same = np.zeros(len(order), dtype=bool)
    same[1:] = (c[1:] == c[:-1]) & (k[1:] == k[:-1]) & (h[1:] - h[:-1] < window)
    first = np.empty(len(order), dtype=bool)
    first[order] = ~same
    return first


def prepare(
    raw: pd.DataFrame, at: datetime, tz: ZoneInfo,
    phases: Iterable[tuple[str, frozenset[date]]] = (), duplicate_hours: float = 24.0,
) -> pd.DataFrame:  # fmt: skip
    """The detectors' frame from the rows read (``RAW_COLUMNS``); ``occurred_at`` may be
    ISO text (SQLite) or aware datetimes (PostgreSQL). ``event``: the report is the first
    of its event (``first_reports``)."""
    if raw.empty:
        return pd.DataFrame(
            {"id": pd.Series(dtype="int64"), "age": pd.Series(dtype=float),
             "kab": pd.Series(dtype=object), "kec": pd.Series(dtype=object),
             "desa": pd.Series(dtype=object), "kat": pd.Series(dtype="int64"),
             "severe": pd.Series(dtype=bool), "lat": pd.Series(dtype=float),
             "lon": pd.Series(dtype=float), "phase": pd.Series(dtype=bool),
             "event": pd.Series(dtype=bool)}
        )  # fmt: skip
    occurred = pd.to_datetime(raw["occurred_at"], utc=True, format="ISO8601")
    instant = pd.Timestamp(at).tz_convert("UTC")
    age = (instant - occurred).dt.total_seconds().to_numpy() / 3600.0
    codes, uniques = pd.factorize(raw["code"].astype(str))
    day = occurred.dt.tz_convert(tz).dt.tz_localize(None).to_numpy().astype("datetime64[D]")
    kat = raw["kategori_id"].astype("int64").to_numpy()
    return pd.DataFrame(
        {
            "id": raw["id"].astype("int64").to_numpy(),
            "age": age,
            "kab": _codes_at(codes, uniques, 5),
            "kec": _codes_at(codes, uniques, 8),
            "desa": _codes_at(codes, uniques, 13),
            "kat": kat,
            "severe": (raw["severity"].astype("int64") >= 3).to_numpy(),
            "lat": pd.to_numeric(raw["latitude"], errors="coerce").to_numpy(dtype=float),
            "lon": pd.to_numeric(raw["longitude"], errors="coerce").to_numpy(dtype=float),
            "phase": phase_mask(day, codes, uniques, phases),
            "event": first_reports(codes, kat, -age, duplicate_hours),
        }
    )


def level_codes(frame: pd.DataFrame, level: int) -> tuple[np.ndarray, pd.Index]:
    """The rows' region codes at ``level`` as small integers, and the codes they stand for."""
    column = frame[LEVEL_COLUMNS[level]]
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.cat.codes.to_numpy().astype(np.int64), column.cat.categories
    codes, names = pd.factorize(column.astype(str))
    return codes.astype(np.int64), names


def in_region(frame: pd.DataFrame, level: int, code: str) -> np.ndarray:
    """Rows in the region ``code`` at ``level``."""
    codes, names = level_codes(frame, level)
    where = names.get_indexer([code])[0]
    return codes == where if where >= 0 else np.zeros(len(frame), dtype=bool)


def window_ids(frame: pd.DataFrame, mask: np.ndarray) -> tuple[tuple[int, ...], float]:
    """The ids of the rows in ``mask``, oldest first, and the hours from the first to the
    last of them (at least 1)."""
    rows = np.flatnonzero(mask)
    if rows.size == 0:
        return (), 1.0
    ids, ages = frame["id"].to_numpy()[rows], frame["age"].to_numpy()[rows]
    order = np.lexsort((ids, -ages))
    span = float(ages.max() - ages.min())
    return tuple(int(i) for i in ids[order]), max(1.0, float(np.ceil(round(span, 6))))  # the same whatever the instant
