"""Precision and recall of the early warning, measured on the labelled corpus (SPEC 15:
"measured, not guessed"), and printed (``pytest -s``). The floors are what the corpus
shows with a margin, per kind and per size: the size of an anomaly, and the place it
happens in, decide whether it can be told from chance at all.

- Spikes: a burst of 10 or more reports is found wherever it happens; of 6 in one
  category, in any place that is not itself busy; of 4 mixed reports, nowhere (two days
  of a sedang kecamatan's own reports) — so recall is stated per size.
- Quiet weeks raise no spike alert (the requirement), and the desk is told how many of
  the other kinds they raise.
"""

from __future__ import annotations

import statistics

import pytest

from app.services.peringatan.model import ESKALASI, LONJAKAN, TITIK_PANAS
from tests.services.peringatan import corpus, measure

PLANTED_WEEKS, QUIET_WEEKS = 14, 14


@pytest.fixture(scope="module")
def measured():
    planted = measure.incidents([corpus.week(seed, planted=True) for seed in range(PLANTED_WEEKS)])
    quiet = measure.incidents([corpus.week(1000 + seed, planted=False) for seed in range(QUIET_WEEKS)])
    logistik = measure.logistik(corpus.logistics_regions(7))
    print(f"\nKorpus: {PLANTED_WEEKS} minggu bertanam, {QUIET_WEEKS} minggu tenang, "
          f"{len(corpus.week(0, True).instants)} pemeriksaan per minggu")  # fmt: skip
    for kind, tally in planted.items():
        print(f"{kind:12} presisi {tally.precision:.3f} ({tally.right}/{tally.alerts})  "
              f"recall {tally.recall:.3f} ({tally.found}/{tally.planted})  "
              f"peringatan pada minggu tenang: {quiet[kind].alerts}")  # fmt: skip
        for key in sorted(tally.by_size, key=str):
            planted_n, found_n = tally.by_size[key]
            print(f"    {' '.join(str(k) for k in key):28} {found_n}/{planted_n}")
    lead = statistics.median(logistik.lead) if logistik.lead else 0
    print(f"{'logistik':12} presisi {logistik.precision:.3f} ({logistik.right}/{logistik.alerts})  "
          f"recall {logistik.recall:.3f} ({logistik.found}/{logistik.failing})  "
          f"median {lead} hari sebelum batas tiba")  # fmt: skip
    return planted, quiet, logistik


def _recall(tally: measure.Tally, keep) -> float:
    cells = [cell for key, cell in tally.by_size.items() if keep(*key)]
    planted = sum(c[0] for c in cells)
    return sum(c[1] for c in cells) / planted if planted else 1.0


def test_quiet_weeks_raise_no_spike(measured):
    _planted, quiet, _logistik = measured
    assert quiet[LONJAKAN].alerts == 0


def test_spikes(measured):
    planted, _quiet, _logistik = measured
    spikes = planted[LONJAKAN]
    assert spikes.precision >= 0.95
    assert spikes.recall >= 0.7
    assert _recall(spikes, lambda variant, size, place: size >= 10 and place != "ramai") >= 0.9
    assert _recall(spikes, lambda variant, size, place: variant == "kategori" and size >= 6) >= 0.9


def test_hot_spots(measured):
    planted, quiet, _logistik = measured
    spots = planted[TITIK_PANAS]
    assert spots.precision >= 0.95
    assert _recall(spots, lambda variant, size, place: size >= 6 and place != "ramai") >= 0.85
    assert _recall(spots, lambda variant, size, place: size >= 4 and place == "sepi") >= 0.4
    assert quiet[TITIK_PANAS].alerts <= 3


def test_escalation(measured):
    planted, _quiet, _logistik = measured
    rising = planted[ESKALASI]
    assert rising.precision >= 0.85
    assert _recall(rising, lambda variant, size, place: variant == "fase" and size >= 4) >= 0.9
    assert _recall(rising, lambda variant, size, place: variant == "keparahan" and size == "≥8") >= 0.7


def test_logistics(measured):
    _planted, _quiet, logistik = measured
    assert logistik.recall >= 0.95
    assert logistik.precision >= 0.75
    assert statistics.median(logistik.lead) >= 7
