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


def _codes_at(codes: pd.Series, length: int) -> pd.Series:
    """The region code at one level (by its length), "" where the code is shorter:
    sliced once per distinct code, not per row."""
    cat = codes.astype("category")
    sliced = pd.Index([c[:length] if len(c) >= length else "" for c in cat.cat.categories])
    return pd.Series(sliced.take(cat.cat.codes.to_numpy()), index=codes.index)


def phase_mask(
    local_day: pd.Series, codes: pd.Series, phases: Iterable[tuple[str, frozenset[date]]]
) -> np.ndarray:
    """Whether each incident's local day is a phase day of a contest covering its region
    (``phases``: contest region code → its masa tenang days and voting day)."""
    mask = np.zeros(len(codes), dtype=bool)
    for prefix, days in phases:
        if not days:
            continue
        inside = (codes == prefix) | codes.str.startswith(prefix + ".")
        mask |= inside.to_numpy() & local_day.isin(sorted(days)).to_numpy()
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
    codes = raw["code"].astype(str)
    local_day = occurred.dt.tz_convert(tz).dt.date
    kat = raw["kategori_id"].astype("int64").to_numpy()
    return pd.DataFrame(
        {
            "id": raw["id"].astype("int64").to_numpy(),
            "age": age,
            "kab": _codes_at(codes, 5).to_numpy(),
            "kec": _codes_at(codes, 8).to_numpy(),
            "desa": _codes_at(codes, 13).to_numpy(),
            "kat": kat,
            "severe": (raw["severity"].astype("int64") >= 3).to_numpy(),
            "lat": pd.to_numeric(raw["latitude"], errors="coerce").to_numpy(dtype=float),
            "lon": pd.to_numeric(raw["longitude"], errors="coerce").to_numpy(dtype=float),
            "phase": phase_mask(local_day, codes, phases),
            "event": first_reports(codes.to_numpy(dtype=object), kat, -age, duplicate_hours),
        }
    )


def window_ids(frame: pd.DataFrame, mask: np.ndarray) -> tuple[tuple[int, ...], float]:
    """The ids of the rows in ``mask``, oldest first, and the hours from the first to the
    last of them (at least 1)."""
    rows = frame.loc[mask, ["id", "age"]].sort_values(["age", "id"], ascending=[False, True])
    ids = tuple(int(i) for i in rows["id"])
    span = float(rows["age"].max() - rows["age"].min()) if len(rows) else 0.0
    return ids, max(1.0, float(np.ceil(round(span, 6))))  # the same whatever the instant
