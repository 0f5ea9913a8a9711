"""The count model (``services.peringatan.counts``) against brute force: tails, thresholds,
the upper bound of a rate, the dispersion of busy and quiet days."""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.services.peringatan import counts


def _nb_tail(n: int, mean: float, r: float) -> float:
    below = sum(math.exp(math.lgamma(k + r) - math.lgamma(r) - math.lgamma(k + 1)
                         + r * math.log(r / (r + mean)) + k * math.log(mean / (r + mean)))
                for k in range(n))  # fmt: skip
    return 1.0 - below


def _poisson_tail(n: int, mean: float) -> float:
    return 1.0 - sum(math.exp(-mean) * mean**k / math.factorial(k) for k in range(n))


@pytest.mark.parametrize("n, mean, r", [(3, 0.07, 1.0), (5, 1.2, 3.5), (10, 2.0, 0.7), (40, 10.0, 5.0), (6, 0.3, 4.0)])
def test_negative_binomial_tail(n, mean, r):
    assert counts.nb_tail(n, mean, r)[0] == pytest.approx(_nb_tail(n, mean, r), rel=1e-9, abs=1e-15)


def test_a_huge_size_is_the_poisson_and_a_busy_count_does_not_overflow():
    assert counts.nb_tail(3, 0.0714, 1e9)[0] == pytest.approx(_poisson_tail(3, 0.0714), rel=1e-6)
    assert 1e-4 < counts.nb_tail(900, 800.0, 1e9)[0] < 1e-3  # 800 expected: e^-800 underflows
    assert counts.nb_tail(2, 5.0, 3.0)[0] == 1.0  # at or below the mean: never unusual


def test_threshold_is_the_smallest_count_within_the_budget():
    for mean, r, alpha, minimum in [(0.07, 4.0, 1e-4, 3), (2.0, 10.0, 1e-5, 3), (0.5, 1e9, 1e-3, 1)]:
        t = counts.threshold(mean, r, alpha, minimum)
        assert t >= minimum and counts.nb_tail(t, mean, r)[0] <= alpha
        assert t == minimum or counts.nb_tail(t - 1, mean, r)[0] > alpha
    fires, chance = counts.unusual([3, 2, 10], [0.07, 0.07, 0.4], [4.0, 4.0, 4.0], 1e-3, 3)
    assert fires.tolist() == [True, False, True] and np.isnan(chance[1])


def test_upper_bound_of_a_rate():
    # The exact 90% one-sided bounds: 2,303 for 0 reports, 3,890 for 1, 9,275 for 5.
    assert counts.upper_rate([0, 1, 5]).tolist() == pytest.approx([2.303, 3.890, 9.275], rel=0.015)


def test_a_region_without_history_is_like_its_siblings():
    """A desa with no report in 14 days, in a kecamatan of 10 desa that saw 14: about a
    tenth of the kecamatan's rate (at its upper bound); a desa that saw 28 keeps its own."""
    mean, size = counts.shared(0, 14, 10, 14.0, 2.0, 0.0)
    assert 0.2 < mean < 0.4 and size == 4.0
    busy, _ = counts.shared(28, 14, 10, 14.0, 2.0, 0.0)
    assert busy == pytest.approx(4.0)


def test_dispersion_of_busy_and_quiet_days():
    rng = np.random.default_rng(3)
    calm = rng.poisson(5.0, size=(200, 14)).astype(float)
    assert counts.dispersion(calm) < 0.02
    moods = rng.gamma(4.0, 1 / 4.0, size=(200, 14))
    tense = rng.poisson(5.0 * moods).astype(float)
    assert counts.dispersion(tense) == pytest.approx(0.25, abs=0.05)


def test_binomial_tail():
    assert counts.binomial_tail(3, 3, 0.25) == pytest.approx(0.25**3)
    assert counts.binomial_tail(2, 4, 0.5) == pytest.approx(11 / 16)
    assert counts.binomial_threshold(10, 0.25, 1e-3, 3) == 8
