"""The count model behind every early-warning threshold: how unlikely a count is, given
a place's own recent history (a negative-binomial tail), or a severe share given its
usual share (a binomial tail) — computed directly (no scipy), vectorised over regions.

- A region's usual rate is known only from a fortnight of counts, often a handful: it
  starts from its share of its parent's rate (the kab/kota's for a kecamatan, the
  kecamatan's for a desa) and its own counts move it from there (``shared``, a gamma
  posterior), so the count expected in the window is the *predictive* one — negative
  binomial, wider the less is known.
- Busy and quiet days vary more than chance (a day of tension across a kab/kota): that
  day-to-day dispersion is measured from the baseline days themselves and widens it too.

"Ambang" (threshold) is the smallest count whose chance is at most the check's budget,
and never below the minimum count: the number the desk reads next to the count ("10
laporan …; ambang 3").
"""

from __future__ import annotations

import math

import numpy as np

#: How firmly a region's rate is held to its share of its parent's (the gamma prior's
#: shape): regions differ (a market desa, a remote one), but not by orders of magnitude.
SHARE_SHAPE = 4.0
#: The parent's rate a region's share is taken from is its upper bound at this
#: one-sided confidence (z of 90%): a quiet fortnight there is no proof of a quiet place.
UPPER_Z = 1.2816
#: Terms of a tail summed exactly before a geometric bound closes it.
TERMS = 400

_lgamma = np.vectorize(math.lgamma, otypes=[float])


def upper_rate(baseline) -> np.ndarray:
    """The upper confidence bound of a Poisson mean given ``baseline`` counts
    (Wilson–Hilferty: within 1,5% of the exact χ² bound; 2,28 against 2,30 for 0)."""
    k = np.asarray(baseline, dtype=float) + 1.0
    return k * (1.0 - 1.0 / (9.0 * k) + UPPER_Z / (3.0 * np.sqrt(k))) ** 3


#: One report more than the baseline saw (a gamma prior of one report per baseline
#: period): a region with no history is not "infinitely" unusual at its first report.
PRIOR = 1.0


def own(baseline, baseline_days: float, window_days: float, dispersion: float):
    """(mean, size) of a kab/kota's or kecamatan's count over all categories: its own rate
    over the baseline (with ``PRIOR``), known only as well as its count of reports (the
    gamma posterior's shape: the fewer, the wider the predictive negative binomial),
    widened by the day-to-day dispersion."""
    b = np.asarray(baseline, dtype=float) + PRIOR
    phi = dispersion * min(1.0, 1.0 / window_days)
    return b / baseline_days * window_days, 1.0 / (1.0 / b + phi)


def mixed(baseline, total, share, baseline_days: float, window_days: float, dispersion: float):
    """(mean, size) of one category's count in a region: the region's own rate over all
    categories (``total`` reports, with ``PRIOR``) times the category's ``share`` of the
    province's reports is where it starts (a gamma prior of shape ``SHARE_SHAPE``), and
    the region's own reports of that category (``baseline``) move it from there."""
    b = np.asarray(baseline, dtype=float)
    prior = np.maximum((np.asarray(total, dtype=float) + PRIOR) / baseline_days * np.asarray(share), 1e-9)
    posterior = (SHARE_SHAPE + b) / (SHARE_SHAPE / prior + baseline_days)
    mean = np.maximum(posterior, b / baseline_days) * window_days
    phi = dispersion * min(1.0, 1.0 / window_days)
    return mean, 1.0 / (1.0 / (SHARE_SHAPE + b) + phi)


def shared(baseline, parent_baseline, children, baseline_days: float, window_days: float,
           dispersion: float) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """(mean, size) of a region's count in a window (``window_days``) from its own
    ``baseline`` count and its parent's (``parent_baseline``; the province for a kab/kota,
    the kab/kota for a kecamatan, the kecamatan for a desa or a circle). A region's rate
    starts from its parent's (upper-bound) rate shared over the parent's ``children`` (a
    gamma prior of shape ``SHARE_SHAPE``: a region with no history is like its siblings,
    not "infinitely" quiet), and its own counts move it from there (the posterior; never
    below the share, nor below its own rate). The window's count is then negative
    binomial, widened by the day-to-day dispersion."""
    b = np.asarray(baseline, dtype=float)
    per_day = np.maximum(upper_rate(parent_baseline) / baseline_days / np.maximum(1.0, children), 1e-9)
    posterior = (SHARE_SHAPE + b) / (SHARE_SHAPE / per_day + baseline_days)
    # Never below its share, nor below its own rate (a market kecamatan busier than most).
    mean = np.maximum(np.maximum(per_day, posterior), b / baseline_days) * window_days
    phi = dispersion * min(1.0, 1.0 / window_days)
    return mean, 1.0 / (1.0 / (SHARE_SHAPE + b) + phi)


def _log_nb(n: np.ndarray, mean: np.ndarray, r: np.ndarray) -> np.ndarray:
    """log P(X = n); the Poisson's where the size is so large that lgamma would lose
    every digit of the difference."""
    poisson = r >= 1e6
    rr = np.where(poisson, 1.0, r)
    nb = (_lgamma(n + rr) - _lgamma(rr) - _lgamma(n + 1.0) - rr * np.log1p(mean / rr)
          + n * np.log(mean / (rr + mean)))  # fmt: skip
    return np.where(poisson, n * np.log(mean) - mean - _lgamma(n + 1.0), nb)


def nb_tail(n, mean, r) -> np.ndarray:
    """P(X ≥ n) for X negative binomial with ``mean`` and size ``r``, elementwise: the
    terms from n summed by their ratio ((k + r) / (k + 1) · q), closed by a geometric
    upper bound; 1 where n ≤ mean (never unusual)."""
    n = np.atleast_1d(np.asarray(n, dtype=float))
    mean = np.broadcast_to(np.atleast_1d(np.asarray(mean, dtype=float)), n.shape)
    r = np.broadcast_to(np.atleast_1d(np.asarray(r, dtype=float)), n.shape)
    result = np.ones(n.shape, dtype=float)
    todo = np.flatnonzero((n > mean) & (n > 0))
    if todo.size == 0:
        return result
    nn, mm, rr = n[todo], mean[todo], r[todo]
    q = mm / (rr + mm)
    k = nn[:, None] + np.arange(TERMS - 1)[None, :]
    ratios = (k + rr[:, None]) / (k + 1.0) * q[:, None]
    terms = np.concatenate([np.ones((len(todo), 1)), np.cumprod(ratios, axis=1)], axis=1)
    last = nn + TERMS - 1
    rho = np.maximum(q, (last + rr) / (last + 1.0) * q)
    total = terms.sum(axis=1) + terms[:, -1] * rho / np.maximum(1e-12, 1.0 - rho)
    result[todo] = np.minimum(1.0, np.exp(_log_nb(nn, mm, rr)) * total)
    return result


def unusual(n, mean, r, alpha, minimum: int) -> tuple[np.ndarray, np.ndarray]:
    """Which counts fire (n ≥ ``minimum`` and P(X ≥ n) ≤ ``alpha`` under the negative
    binomial) and their chance (NaN where they do not fire). The single term P(X = n), a
    lower bound of the tail, screens out most counts before any tail is summed."""
    n = np.atleast_1d(np.asarray(n, dtype=np.int64))
    mean = np.broadcast_to(np.atleast_1d(np.asarray(mean, dtype=float)), n.shape)
    r = np.broadcast_to(np.atleast_1d(np.asarray(r, dtype=float)), n.shape)
    alpha = np.broadcast_to(np.atleast_1d(np.asarray(alpha, dtype=float)), n.shape)
    chance = np.full(n.shape, np.nan)
    near = np.flatnonzero((n >= minimum) & (n > mean))
    if near.size:
        near = near[_log_nb(n[near].astype(float), mean[near], r[near]) <= np.log(alpha[near])]
    if near.size:
        chance[near] = nb_tail(n[near], mean[near], r[near])
    return chance <= alpha, chance


def threshold(mean: float, r: float, alpha: float, minimum: int) -> int:
    """The smallest count n ≥ ``minimum`` with P(X ≥ n) ≤ ``alpha`` (the "ambang")."""
    n = max(int(minimum), int(math.floor(mean)) + 1)
    while True:  # 64 candidates at a time: one vectorised tail instead of one per count
        candidates = np.arange(n, n + 64)
        below = np.flatnonzero(nb_tail(candidates, mean, r) <= alpha)
        if below.size:
            return int(candidates[below[0]])
        n += 64


def dispersion(daily: np.ndarray) -> float:
    """Day-to-day overdispersion φ (variance = mean + φ·mean²) pooled over regions, from
    a regions × days matrix of counts (method of moments; 0 when none shows)."""
    if daily.size == 0 or daily.shape[1] < 2:
        return 0.0
    means = daily.mean(axis=1)
    used = means > 0
    if not used.any():
        return 0.0
    var = daily[used].var(axis=1, ddof=1)
    return float(max(0.0, (var - means[used]).sum() / (means[used] ** 2).sum()))


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
