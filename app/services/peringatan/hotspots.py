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
from app.services.peringatan.frame import ALL, Extent, Finding, window_ids
from app.services.peringatan.model import TITIK_PANAS
from app.services.peringatan.settings import Ambang
from app.services.peringatan.spikes import compared, grouped

KM_PER_DEGREE = 111.32


def _cells(lat: np.ndarray, lon: np.ndarray, radius_km: float, mean_lat: float):
    dlat = radius_km / KM_PER_DEGREE
    dlon = radius_km / (KM_PER_DEGREE * max(0.1, math.cos(math.radians(mean_lat))))
    return np.floor(lat / dlat).astype(np.int64), np.floor(lon / dlon).astype(np.int64)


def _pairs(a_pts: pd.DataFrame, b_pts: pd.DataFrame, radius_km: float) -> pd.DataFrame:
    """Pairs (a, b) of points within ``radius_km`` (a's columns, b's with ``_b``)."""
    shifted = [a_pts.assign(ci=a_pts.ci + di, cj=a_pts.cj + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)]
    near = pd.concat(shifted, ignore_index=True).merge(b_pts, on=["ci", "cj"], suffixes=("", "_b"))
    dy = (near.lat - near.lat_b) * KM_PER_DEGREE
    dx = (near.lon - near.lon_b) * KM_PER_DEGREE * np.cos(np.radians((near.lat + near.lat_b) / 2))
    return near[(dx * dx + dy * dy) <= radius_km * radius_km + 1e-12]


def _clusters(frame: pd.DataFrame, a: Ambang) -> list[dict]:
    """Groups of at least ``hotspot_min`` located incidents within the radius of one of
    them, greedily from the densest; with the located incidents of the baseline period
    inside the same circle."""
    window = float(a.hotspot_hours)
    located = frame[np.isfinite(frame["lat"].to_numpy()) & np.isfinite(frame["lon"].to_numpy())]
    recent = located[located["age"] < window]
    if len(recent) < a.hotspot_min:
        return []
    mean_lat = float(recent["lat"].mean())
    pts = pd.DataFrame({"pid": recent["id"].to_numpy(), "lat": recent["lat"].to_numpy(),
                        "lon": recent["lon"].to_numpy()})  # fmt: skip
    pts["ci"], pts["cj"] = _cells(pts.lat.to_numpy(), pts.lon.to_numpy(), a.radius_km, mean_lat)
    neighbours = _pairs(pts, pts.rename(columns={"pid": "pid_b"}), a.radius_km).groupby("pid")["pid_b"].agg(list)
    order = neighbours.map(len).sort_values(ascending=False, kind="stable")
    used: set[int] = set()
    found = []
    for seed, size in order.items():
        if size < a.hotspot_min:
            break
        if seed in used:
            continue
        members = [int(p) for p in neighbours[seed] if int(p) not in used]
        if len(members) >= a.hotspot_min:
            used.update(members)
            found.append({"seed": int(seed), "members": members})
    if not found:
        return []
    earlier = located[(located["age"] >= window) & (located["age"] < window + a.baseline_hours)]
    base = pd.DataFrame({"lat_b": earlier["lat"].to_numpy(), "lon_b": earlier["lon"].to_numpy()})
    base["ci"], base["cj"] = _cells(base.lat_b.to_numpy(), base.lon_b.to_numpy(), a.radius_km, mean_lat)
    seeds = pts[pts.pid.isin([c["seed"] for c in found])]
    inside = _pairs(seeds, base, a.radius_km).groupby("pid").size() if len(base) else pd.Series(dtype=int)
    where = pts.set_index("pid")
    for cluster in found:
        cluster["b"] = float(inside.get(cluster["seed"], 0))
        cluster["lat"], cluster["lon"] = (float(where.at[cluster["seed"], "lat"]),
                                          float(where.at[cluster["seed"], "lon"]))  # fmt: skip
    return found


def detect(frame: pd.DataFrame, a: Ambang, phi: float, extent: Extent) -> list[Finding]:
    """Hot spots; ``phi`` the day-to-day dispersion; a desa's (or circle's) rate starts
    from its kecamatan's shared over the kecamatan's desa (``spikes.compared``)."""
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
    codes, ages = frame["desa"].to_numpy(), frame["age"].to_numpy()
    found: list[Finding] = []
    for row in compared(desa, frame, 4, window, a, phi, extent).itertuples():
        fires, chance = counts.unusual(int(row.n), row.lam, row.r, alpha, a.hotspot_min)
        if fires[0]:
            ids, span = window_ids(frame, (codes == row.code) & (ages < window))
            threshold = counts.threshold(float(row.lam), float(row.r), alpha, a.hotspot_min)
            found.append(Finding(TITIK_PANAS, "desa", 4, str(row.code), None, window, ids, len(ids),
                                 float(row.lam), float(row.b), threshold, float(chance[0]), span,
                                 (("alpha", alpha),)))  # fmt: skip
    covered = [set(f.ids) for f in found]
    for cluster in clusters:
        mask = frame["id"].isin(cluster["members"]).to_numpy()
        places = frame.loc[mask, "desa"].where(lambda s: s != "", frame.loc[mask, "kec"])
        code = str(places.mode().iloc[0]) if len(places) else ""
        circle = pd.DataFrame({"code": [code], "kat": [ALL], "n": [len(cluster["members"])],
                               "b": [cluster["b"]]})  # fmt: skip
        row = next(compared(circle, frame, 4, window, a, phi, extent).itertuples())
        fires, chance = counts.unusual(int(row.n), row.lam, row.r, alpha, a.hotspot_min)
        if not fires[0] or any(set(cluster["members"]) <= ids for ids in covered):
            continue
        ids, span = window_ids(frame, mask)
        threshold = counts.threshold(float(row.lam), float(row.r), alpha, a.hotspot_min)
        level = len(code.split(".")) if code else 4  # "36.01.01.2001" is level 4
        found.append(Finding(TITIK_PANAS, "radius", level, code, None, window, ids, int(row.n),
                             float(row.lam), cluster["b"], threshold, float(chance[0]), span,
                             (("alpha", alpha), ("lat", cluster["lat"]), ("lon", cluster["lon"]),
                              ("radius_km", a.radius_km))))  # fmt: skip
    return found
