"""Titik panas (hot spot): several incidents in one desa/kelurahan, or within a small
radius where coordinates were recorded, inside 48 hours (SPEC 15) — and unusual for that
place, by the same count model as a spike, so a market desa that always reports is not
a hot spot every other day.

Radius clusters are found on a grid of cells one radius wide: only incidents in the
nine neighbouring cells are compared, so a few thousand points cost a few thousand
distance tests, not millions.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from app.services.peringatan import counts
from app.services.peringatan.frame import ALL, Finding, window_ids
from app.services.peringatan.model import TITIK_PANAS
from app.services.peringatan.settings import Ambang
from app.services.peringatan.spikes import grouped

KM_PER_DEGREE = 111.32


def desa(frame: pd.DataFrame, a: Ambang) -> list[Finding]:
    window = float(a.hotspot_hours)
    table = grouped(frame, 4, window, a.baseline_hours)
    table = table[table["kat"] == ALL]
    if table.empty:
        return []
    n = table["n"].to_numpy(dtype=np.int64)
    lam = counts.expected(table["b"].to_numpy(), a.baseline_hours, window)
    fires, chance = counts.unusual(n, lam, a.alpha, a.hotspot_min)
    found = []
    codes = frame["desa"].to_numpy()
    recent = frame["age"].to_numpy() < window
    for row, expected, p in zip(table[fires].itertuples(), lam[fires], chance[fires], strict=True):
        ids, span = window_ids(frame, (codes == row.code) & recent)
        threshold = counts.poisson_threshold(float(expected), a.alpha, a.hotspot_min)
        found.append(Finding(TITIK_PANAS, "desa", 4, str(row.code), None, window, ids, len(ids),
                             float(expected), float(row.b), threshold, float(p), span))  # fmt: skip
    return found


def _cells(lat: np.ndarray, lon: np.ndarray, radius_km: float, mean_lat: float):
    dlat = radius_km / KM_PER_DEGREE
    dlon = radius_km / (KM_PER_DEGREE * max(0.1, math.cos(math.radians(mean_lat))))
    return np.floor(lat / dlat).astype(np.int64), np.floor(lon / dlon).astype(np.int64)


def _pairs(a_pts: pd.DataFrame, b_pts: pd.DataFrame, radius_km: float) -> pd.DataFrame:
    """Pairs (a, b) of points within ``radius_km`` (a's index → b's index)."""
    shifted = [a_pts.assign(ci=a_pts.ci + di, cj=a_pts.cj + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)]
    near = pd.concat(shifted, ignore_index=True).merge(b_pts, on=["ci", "cj"], suffixes=("", "_b"))
    dy = (near.lat - near.lat_b) * KM_PER_DEGREE
    dx = (near.lon - near.lon_b) * KM_PER_DEGREE * np.cos(np.radians((near.lat + near.lat_b) / 2))
    return near[(dx * dx + dy * dy) <= radius_km * radius_km + 1e-12]


def radius(frame: pd.DataFrame, a: Ambang, named: list[Finding]) -> list[Finding]:
    """Clusters of at least ``hotspot_min`` incidents within ``radius_km`` of one of them,
    greedily from the densest; a cluster lying wholly in a desa hot spot is not repeated."""
    window = float(a.hotspot_hours)
    located = frame[np.isfinite(frame["lat"].to_numpy()) & np.isfinite(frame["lon"].to_numpy())]
    recent = located[located["age"] < window]
    if len(recent) < a.hotspot_min:
        return []
    earlier = located[(located["age"] >= window) & (located["age"] < window + a.baseline_hours)]
    mean_lat = float(recent["lat"].mean())
    pts = pd.DataFrame({"pid": recent["id"].to_numpy(), "lat": recent["lat"].to_numpy(),
                        "lon": recent["lon"].to_numpy()})  # fmt: skip
    pts["ci"], pts["cj"] = _cells(pts.lat.to_numpy(), pts.lon.to_numpy(), a.radius_km, mean_lat)
    pairs = _pairs(pts, pts.rename(columns={"pid": "pid_b"}), a.radius_km)
    neighbours = pairs.groupby("pid")["pid_b"].agg(list)
    sizes = neighbours.map(len).sort_values(ascending=False, kind="stable")
    seeds = [int(p) for p, size in sizes.items() if size >= a.hotspot_min]
    if not seeds:
        return []
    base = pd.DataFrame({"lat_b": earlier["lat"].to_numpy(), "lon_b": earlier["lon"].to_numpy()})
    base["ci"], base["cj"] = _cells(base.lat_b.to_numpy(), base.lon_b.to_numpy(), a.radius_km, mean_lat)
    seed_pts = pts[pts.pid.isin(seeds)]
    baseline = _pairs(seed_pts, base, a.radius_km).groupby("pid").size() if len(base) else pd.Series(dtype=int)
    covered = [set(f.ids) for f in named]
    used: set[int] = set()
    where = pts.set_index("pid")
    found = []
    for seed in seeds:
        if seed in used:
            continue
        members = [int(p) for p in neighbours[seed] if int(p) not in used]
        if len(members) < a.hotspot_min:
            continue
        b = float(baseline.get(seed, 0))
        lam = float(counts.expected(b, a.baseline_hours, window))
        threshold = counts.poisson_threshold(lam, a.alpha, a.hotspot_min)
        if len(members) < threshold:
            continue
        used.update(members)
        if any(set(members) <= ids for ids in covered):
            continue
        mask = frame["id"].isin(members).to_numpy()
        ids, span = window_ids(frame, mask)
        places = frame.loc[mask, "desa"].where(lambda s: s != "", frame.loc[mask, "kec"])
        code = str(places.mode().iloc[0]) if len(places) else ""
        chance = float(counts.poisson_tail(len(ids), lam)[0])
        point = where.loc[seed]
        level = len(code.split(".")) if code else 4  # "36.01.01.2001" is level 4
        found.append(Finding(TITIK_PANAS, "radius", level, code, None, window, ids, len(ids), lam, b,
                             threshold, chance, span, (("lat", float(point.lat)),
                             ("lon", float(point.lon)), ("radius_km", a.radius_km))))  # fmt: skip
    return found


def detect(frame: pd.DataFrame, a: Ambang) -> list[Finding]:
    if frame.empty:
        return []
    by_desa = desa(frame, a)
    return by_desa + radius(frame, a, by_desa)
