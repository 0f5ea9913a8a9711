"""Eskalasi by severity: a region whose share of Tinggi/Kritis incidents in the last 48
hours is unusual against its own share over the preceding 14 days (SPEC 15).

The baseline share is shrunk towards the province's (``PRIOR_WEIGHT`` incidents' worth),
so a kecamatan with two incidents last fortnight, both Rendah, is not judged by a share
of 0%. The test is a binomial tail: with n incidents in the window, how likely are k or
more Tinggi/Kritis at the usual share; the regions tested share the check's budget. A kab/kota alert that its kecamatan's alerts
already explain is folded away, as for spikes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.services.peringatan import counts
from app.services.peringatan.frame import Finding, in_region, level_codes, window_ids
from app.services.peringatan.model import ESKALASI
from app.services.peringatan.settings import Ambang

#: How many incidents' worth of the province's share a region's baseline share starts from.
PRIOR_WEIGHT = 10.0
#: The province's share when it has no history at all (the demo's mix: 19% Tinggi, 6% Kritis).
DEFAULT_SHARE = 0.25


def _table(frame: pd.DataFrame, level: int, window: float, baseline_hours: float) -> pd.DataFrame:
    codes, names = level_codes(frame, level)
    age = frame["age"].to_numpy()
    severe = frame["severe"].to_numpy()
    now = age < window
    before = (age >= window) & (age < window + baseline_hours)
    size = len(names)
    table = pd.DataFrame({
        "code": np.asarray(names, dtype=object),
        "n": np.bincount(codes[now], minlength=size), "k": np.bincount(codes[now & severe], minlength=size),
        "nb": np.bincount(codes[before], minlength=size),
        "kb": np.bincount(codes[before & severe], minlength=size),
    })  # fmt: skip
    return table[table["code"] != ""]


def _test(n: int, k: int, p0: float, a: Ambang, alpha: float) -> tuple[bool, float]:
    """Whether k of n Tinggi/Kritis is unusual at the usual share p0 (no tail is summed
    for a share at or below the usual)."""
    if k < a.severe_min or k <= n * p0:
        return False, 1.0
    chance = counts.binomial_tail(k, n, p0)
    return chance <= alpha, chance


def detect(frame: pd.DataFrame, a: Ambang, regions: int) -> list[Finding]:
    """Escalations; ``regions`` the kab/kota and kecamatan in scope (the family)."""
    if frame.empty:
        return []
    window = float(a.long_hours)
    age = frame["age"].to_numpy()
    before = (age >= window) & (age < window + a.baseline_hours)
    total = int(before.sum())
    province = (frame["severe"].to_numpy() & before).sum() / total if total else DEFAULT_SHARE
    found: list[Finding] = []
    tables = {level: _table(frame, level, window, a.baseline_hours) for level in (3, 2)}
    tables = {level: t[t["k"] >= a.severe_min] for level, t in tables.items()}
    alpha = a.alpha / max(1, regions)  # the check's budget over every region it could test
    for level, table in tables.items():  # kecamatan first: a kab/kota is folded against them
        for row in table.itertuples():
            p0 = (row.kb + PRIOR_WEIGHT * province) / (row.nb + PRIOR_WEIGHT)
            fires, chance = _test(int(row.n), int(row.k), p0, a, alpha)
            if not fires:
                continue
            in_window = in_region(frame, level, row.code) & (age < window)
            severe_ids = set(frame.loc[in_window & frame["severe"].to_numpy(), "id"].astype(int))
            named = set().union(*(set(f.ids) for f in found if f.code.startswith(f"{row.code}.")))
            if named:  # what the kecamatan alerts do not explain must still be unusual
                rest = in_window & ~frame["id"].isin(named).to_numpy()
                left_k = len(severe_ids - named)
                if not _test(int(rest.sum()), left_k, p0, a, alpha)[0]:
                    continue
            ids, span = window_ids(frame, in_window & frame["severe"].to_numpy())
            threshold = counts.binomial_threshold(int(row.n), p0, alpha, a.severe_min)
            found.append(Finding(ESKALASI, "keparahan", level, str(row.code), None, window, ids,
                                 int(row.k), float(p0 * row.n), float(row.kb), int(threshold or row.k),
                                 float(chance), span, (("alpha", alpha), ("n", float(row.n)), ("share", row.k / row.n),
                                 ("baseline_share", float(p0)), ("baseline_n", float(row.nb)))))  # fmt: skip
    return found
