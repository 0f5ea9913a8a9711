"""The count model behind every early-warning threshold: how unlikely a count is under a
region's own usual rate (a Poisson tail) or a severe share under its usual share (a
binomial tail), computed directly (no scipy) and vectorised over many regions at once.

"Ambang" (threshold) is the smallest count whose chance under the usual rate is at most
one in N (``peluang``), and never below the minimum count: the number the desk reads
next to the count ("10 laporan …; ambang 3"). A region with no history is given one
incident in its baseline period (``PRIOR``), so a first report is never "infinitely
unusual" and a count of two never fires on its own.
"""

from __future__ import annotations

import math

import numpy as np

#: Pseudo-count added to every baseline (incidents per baseline period): a region with
#: no history is treated as having had one, so three reports in a day in a quiet
#: kecamatan are unusual (chance about 1 in 17.000) but one or two are not.
PRIOR = 1.0
#: Terms of the tail summed exactly before a geometric bound closes it.
TERMS = 400


def expected(baseline: np.ndarray | float, baseline_hours: float, window_hours: float):
    """The count expected in the window from the baseline count (with ``PRIOR``)."""
    return (np.asarray(baseline, dtype=float) + PRIOR) * (window_hours / baseline_hours)


def _log_factorials(top: int) -> np.ndarray:
    return np.concatenate(([0.0], np.cumsum(np.log(np.arange(1, top + 1, dtype=float)))))


def log_pmf(n: np.ndarray, lam: np.ndarray, table: np.ndarray | None = None) -> np.ndarray:
    n = np.asarray(n, dtype=np.int64)
    lam = np.asarray(lam, dtype=float)
    table = _log_factorials(int(n.max(initial=0))) if table is None else table
    return n * np.log(lam) - lam - table[n]


def poisson_tail(n, lam) -> np.ndarray:
    """P(X ≥ n) for X ~ Poisson(lam), elementwise. Exact (to the float) where it can
    matter — the sum of TERMS terms from n, closed by a geometric upper bound — and 1
    where n ≤ lam, since such a count is never unusual."""
    n = np.atleast_1d(np.asarray(n, dtype=np.int64))
    lam = np.broadcast_to(np.atleast_1d(np.asarray(lam, dtype=float)), n.shape)
    result = np.ones(n.shape, dtype=float)
    todo = np.flatnonzero((n > lam) & (n > 0))
    if todo.size == 0:
        return result
    nn, ll = n[todo], lam[todo]
    table = _log_factorials(int(nn.max()) + TERMS)
    k = nn[:, None] + np.arange(TERMS)[None, :]
    logs = k * np.log(ll)[:, None] - ll[:, None] - table[k]
    top = logs[:, 0:1]
    total = np.exp(logs - top).sum(axis=1)
    ratio = ll / (nn + TERMS)  # every later term is at most this times the one before
    total += np.exp(logs[:, -1] - top[:, 0]) * ratio / (1.0 - ratio)
    result[todo] = np.minimum(1.0, np.exp(top[:, 0]) * total)
    return result


def unusual(n, lam, alpha: float, minimum: int) -> tuple[np.ndarray, np.ndarray]:
    """Which counts fire (n ≥ ``minimum`` and P(X ≥ n) ≤ ``alpha``) and their chance (NaN
    where they do not fire). The single-term lower bound P(X = n) screens out most counts
    first, so the exact tail is only summed near and above the threshold."""
    n = np.atleast_1d(np.asarray(n, dtype=np.int64))
    lam = np.broadcast_to(np.atleast_1d(np.asarray(lam, dtype=float)), n.shape)
    chance = np.full(n.shape, np.nan)
    near = np.flatnonzero((n >= minimum) & (n > lam))
    if near.size:
        near = near[log_pmf(n[near], lam[near]) <= math.log(alpha)]
    if near.size:
        chance[near] = poisson_tail(n[near], lam[near])
    return chance <= alpha, chance


def poisson_threshold(lam: float, alpha: float, minimum: int) -> int:
    """The smallest count n ≥ ``minimum`` with P(X ≥ n) ≤ ``alpha`` (the "ambang")."""
    n = max(int(minimum), int(math.floor(lam)) + 1)
    while poisson_tail(n, lam)[0] > alpha:
        n += 1
    return n


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(X ≥ k) for X ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    if p <= 0.0:
        return 0.0
    if p >= 1.0:
        return 1.0
    lp, lq = math.log(p), math.log1p(-p)
    lgn = math.lgamma(n + 1)
    logs = [lgn - math.lgamma(j + 1) - math.lgamma(n - j + 1) + j * lp + (n - j) * lq
            for j in range(k, n + 1)]  # fmt: skip
    top = max(logs)
    return min(1.0, math.exp(top) * sum(math.exp(x - top) for x in logs))


def binomial_threshold(n: int, p: float, alpha: float, minimum: int) -> int | None:
    """The smallest k ≥ ``minimum`` with P(X ≥ k) ≤ ``alpha``; None when even n is not."""
    for k in range(max(int(minimum), 1), n + 1):
        if binomial_tail(k, n, p) <= alpha:
            return k
    return None
