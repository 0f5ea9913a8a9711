"""Titik panas (hot spot): several incidents in one desa/kelurahan, or within a small
radius where coordinates were recorded, inside 48 hours (SPEC 15) — and unusual for that
place. A desa's own history is a handful of reports at most, so its usual rate starts
from its kecamatan's, shared over the kecamatan's desa (``counts.shared``): three
incidents in one desa of a quiet kecamatan stand out, a market desa of a busy one needs
more. A circle is taken like the desa most of its incidents lie in.

Radius clusters are found on a grid of cells one radius wide: only incidents in the
nine neighbouring cells are compared, so a few thousand points cost a few thousand
distance tests, not millions. Desa and circles are one family of counts tested at the
check's budget (``peluang``), like spikes.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from app.services.peringatan import counts
from app.services.peringatan.frame import ALL, Extent, Finding, in_region, window_ids
from app.services.peringatan.model import TITIK_PANAS
from app.services.peringatan.settings import Ambang
from app.services.peringatan.spikes import grouped, parent_baselines

KM_PER_DEGREE = 111.32


def _cells(lat: np.ndarray, lon: np.ndarray, radius_km: float, mean_lat: float) -> np.ndarray:
    """Each point's grid cell (one radius wide) as one integer key."""
    dlat = radius_km / KM_PER_DEGREE
    dlon = radius_km / (KM_PER_DEGREE * max(0.1, math.cos(math.radians(mean_lat))))
    return np.floor(lat / dlat).astype(np.int64) * _ROW + np.floor(lon / dlon).astype(np.int64)


#: Cells of one grid row apart in a key (longitude cells never come near it).
_ROW = 1 << 32
_AROUND = np.array([di * _ROW + dj for di in (-1, 0, 1) for dj in (-1, 0, 1)], dtype=np.int64)


def _pairs(a_lat, a_lon, a_cell, b_lat, b_lon, b_cell, radius_km: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i of a, j of b) of points within ``radius_km``: each point of a is
    compared only with the points of b in its own and the eight cells around it."""
    order = np.argsort(b_cell, kind="stable")
    sorted_cells = b_cell[order]
    wanted = (a_cell[:, None] + _AROUND[None, :]).ravel()
    lo = np.searchsorted(sorted_cells, wanted, "left")
    hi = np.searchsorted(sorted_cells, wanted, "right")
    counts_ = hi - lo
    total = int(counts_.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    first = np.repeat(lo - (np.cumsum(counts_) - counts_), counts_) + np.arange(total)
    i = np.repeat(np.arange(len(wanted)) // len(_AROUND), counts_)
    j = order[first]
    dy = (a_lat[i] - b_lat[j]) * KM_PER_DEGREE
    dx = (a_lon[i] - b_lon[j]) * KM_PER_DEGREE * np.cos(np.radians((a_lat[i] + b_lat[j]) / 2))
    near = dx * dx + dy * dy <= radius_km * radius_km + 1e-12
    return i[near], j[near]


def _clusters(frame: pd.DataFrame, a: Ambang) -> list[dict]:
    """Groups of at least ``hotspot_min`` located incidents within the radius of one of
    them, greedily from the densest; with the located incidents of the baseline period
    inside the same circle."""
    window = float(a.hotspot_hours)
    lat, lon, age = frame["lat"].to_numpy(), frame["lon"].to_numpy(), frame["age"].to_numpy()
    located = np.isfinite(lat) & np.isfinite(lon)
    recent = np.flatnonzero(located & (age < window))
    if len(recent) < a.hotspot_min:
        return []
    mean_lat = float(lat[recent].mean())
    ids = frame["id"].to_numpy()[recent]
    cell = _cells(lat[recent], lon[recent], a.radius_km, mean_lat)
    i, j = _pairs(lat[recent], lon[recent], cell, lat[recent], lon[recent], cell, a.radius_km)
    sizes = np.bincount(i, minlength=len(recent))
    # Densest first; among equals, the earliest recorded id (stable, whatever the order read).
    candidates = [k for k in np.lexsort((ids, -sizes)) if sizes[k] >= a.hotspot_min]
    if not candidates:
        return []
    by_seed = np.argsort(i, kind="stable")
    i_sorted, j_sorted = i[by_seed], j[by_seed]
    used: set[int] = set()
    found = []
    for k in candidates:
        if int(ids[k]) in used:
            continue
        lo, hi = np.searchsorted(i_sorted, k, "left"), np.searchsorted(i_sorted, k, "right")
        members = [int(ids[m]) for m in np.sort(j_sorted[lo:hi]) if int(ids[m]) not in used]
        if len(members) >= a.hotspot_min:
            used.update(members)
            found.append({"seed": int(ids[k]), "at": int(k), "members": members})
    earlier = np.flatnonzero(located & (age >= window) & (age < window + a.baseline_hours))
    seeds = np.array([c["at"] for c in found], dtype=np.int64)
    inside = np.zeros(len(seeds), dtype=np.int64)
    if len(earlier) and len(seeds):
        si, _sj = _pairs(lat[recent][seeds], lon[recent][seeds], cell[seeds], lat[earlier], lon[earlier],
                         _cells(lat[earlier], lon[earlier], a.radius_km, mean_lat), a.radius_km)  # fmt: skip
        inside = np.bincount(si, minlength=len(seeds))
    for n, cluster in enumerate(found):
        cluster["b"] = float(inside[n])
        cluster["lat"], cluster["lon"] = float(lat[recent][cluster["at"]]), float(lon[recent][cluster["at"]])
    return found


def _expected(codes: list[str], own: list[float], parents: dict[str, float], a: Ambang, phi: float,
              extent: Extent) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """(mean, size) of each place's count: its share of its kecamatan (``counts.shared``)."""
    window_days = a.hotspot_hours / 24.0
    parent_b = [parents.get(code[:8], 0.0) for code in codes]
    children = [extent.children(4, code) for code in codes]
    return counts.shared(np.array(own, dtype=float), np.array(parent_b, dtype=float),
                         np.array(children, dtype=float), a.baseline_days, window_days, phi)  # fmt: skip


def detect(frame: pd.DataFrame, a: Ambang, phi: float, extent: Extent) -> list[Finding]:
    """Hot spots; ``phi`` the day-to-day dispersion; a desa's (or circle's) rate starts
    from its kecamatan's shared over the kecamatan's desa (``counts.shared``)."""
    if frame.empty:
        return []
    window = float(a.hotspot_hours)
    desa = grouped(frame, 4, window, a.baseline_hours)
    desa = desa[(desa["kat"] == ALL) & (desa["n"] >= a.hotspot_min)]
    clusters = _clusters(frame, a)
    if desa.empty and not clusters:
        return []
    located = int((np.isfinite(frame["lat"].to_numpy()) & (frame["age"].to_numpy() < window)).sum())
    alpha = a.alpha / extent.hotspot_counts(located)
    parents = parent_baselines(frame, 4, window, a.baseline_hours)
    parents = dict(zip(parents.loc[parents["kat"] == ALL, "parent"], parents.loc[parents["kat"] == ALL, "bp"],
                       strict=True))  # fmt: skip
    ages = frame["age"].to_numpy()
    found: list[Finding] = []
    if len(desa):
        lam, size = _expected(list(desa["code"]), list(desa["b"]), parents, a, phi, extent)
        fires, chance = counts.unusual(desa["n"].to_numpy(), lam, size, alpha, a.hotspot_min)
        for index in np.flatnonzero(fires):
            code, b = str(desa["code"].iloc[index]), float(desa["b"].iloc[index])
            ids, span = window_ids(frame, in_region(frame, 4, code) & (ages < window))
            threshold = counts.threshold(float(lam[index]), float(size[index]), alpha, a.hotspot_min)
            found.append(Finding(TITIK_PANAS, "desa", 4, code, None, window, ids, len(ids),
                                 float(lam[index]), b, threshold, float(chance[index]), span,
                                 (("alpha", alpha),)))  # fmt: skip
    covered = [set(f.ids) for f in found]
    desa_of = np.asarray(frame["desa"].astype(object).to_numpy(), dtype=object)
    kec_of = np.asarray(frame["kec"].astype(object).to_numpy(), dtype=object)
    position = pd.Index(frame["id"].to_numpy())
    for cluster in clusters:
        rows = position.get_indexer(cluster["members"])
        mask = np.zeros(len(frame), dtype=bool)
        mask[rows] = True
        places = [d or k for d, k in zip(desa_of[rows], kec_of[rows], strict=True)]
        code = max(sorted(set(places)), key=places.count) if places else ""
        lam, size = _expected([code], [cluster["b"]], parents, a, phi, extent)
        count = len(cluster["members"])
        fires, chance = counts.unusual(count, lam, size, alpha, a.hotspot_min)
        if not fires[0] or any(set(cluster["members"]) <= ids for ids in covered):
            continue
        ids, span = window_ids(frame, mask)
        threshold = counts.threshold(float(lam[0]), float(size[0]), alpha, a.hotspot_min)
        level = len(code.split(".")) if code else 4  # "36.01.01.2001" is level 4
        found.append(Finding(TITIK_PANAS, "radius", level, code, None, window, ids, count,
                             float(lam[0]), cluster["b"], threshold, float(chance[0]), span,
                             (("alpha", alpha), ("lat", cluster["lat"]), ("lon", cluster["lon"]),
                              ("radius_km", a.radius_km))))  # fmt: skip
    return found
