"""Indeks Kesiapan and the voting-day countdown, on hand-checked figures."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.core import pengaturan
from app.services.dasbor import kesiapan
from app.services.dasbor import summary as dasbor
from app.services.dasbor.kesiapan import Weights
from app.services.dasbor.summary import ContestOption


def test_weighted_mean_over_the_components_with_data():
    components = {"logistik": 90.0, "tahapan": 50.0, "insiden": 100.0, "sosialisasi": None}
    score, used = kesiapan.combine(components, Weights())
    # (40 × 90 + 20 × 50 + 25 × 100) ÷ (40 + 20 + 25) = 7100 ÷ 85
    assert score == pytest.approx(83.5294, abs=1e-3)
    assert used == ("logistik", "tahapan", "insiden")
    assert kesiapan.level_of(score) == kesiapan.SIAP


def test_all_components_and_renormalised_weights():
    components = {"logistik": 50.0, "tahapan": 100.0, "insiden": 20.0, "sosialisasi": 80.0}
    score, used = kesiapan.combine(components, Weights())
    assert score == pytest.approx((40 * 50 + 20 * 100 + 25 * 20 + 15 * 80) / 100)  # 57
    assert kesiapan.level_of(score) == kesiapan.PERLU_PERHATIAN
    # A weight of 0 leaves the component out, like a component without data.
    score, used = kesiapan.combine(components, Weights(logistik=0))
    assert used == ("tahapan", "insiden", "sosialisasi")
    assert score == pytest.approx((20 * 100 + 25 * 20 + 15 * 80) / 60)


def test_no_data_gives_no_index():
    assert kesiapan.combine(dict.fromkeys(kesiapan.COMPONENTS), Weights()) == (None, ())
    assert kesiapan.level_of(None) == ""


@pytest.mark.parametrize(
    ("score", "level"),
    [(100, "Siap"), (80, "Siap"), (79.99, "Cukup"), (60, "Cukup"), (59.9, "Perlu perhatian")],
)
def test_level_cut_offs(score, level):
    assert kesiapan.level_of(score) == level


def test_components_from_raw_figures():
    assert kesiapan.ratio_score(45, 50) == pytest.approx(90.0)
    assert kesiapan.ratio_score(60, 50) == 100.0  # more than required is ready, not 120
    assert kesiapan.ratio_score(10, 0) is None  # no requirement: no data
    statuses = ["Selesai", "Berjalan", "Terlambat", "Berisiko", "Belum mulai"]
    assert kesiapan.stage_score(statuses) == 50.0  # 2 of the 4 due stages on schedule
    assert kesiapan.stage_score(["Belum mulai"]) is None
    # 3 Tinggi + 2 Kritis open: 100 − 5 × (3 + 2 × 2) = 65; Rendah/Sedang do not count.
    assert kesiapan.incident_score((9, 9, 3, 2), Weights()) == 65.0
    assert kesiapan.incident_score((0, 0, 30, 0), Weights()) == 0.0


def test_weights_come_from_desk_settings(db):
    with db.uow("tester") as uow:
        pengaturan.put(uow, "kesiapan_bobot_logistik", 10.0)
        pengaturan.put(uow, "kesiapan_poin_insiden", 2.5)
        uow.commit()
    with db.uow() as uow:
        w = kesiapan.weights(uow)
    assert (w.logistik, w.tahapan, w.insiden, w.sosialisasi, w.poin_insiden) == (
        10,
        20,
        25,
        15,
        2.5,
    )
    assert "10 × kesiapan logistik" in kesiapan.formula_text(w)


def _contest(cid: int, day: date) -> ContestOption:
    return ContestOption(cid, f"Pemilihan {cid}", "bupati", day, "36.01")


@pytest.mark.parametrize(
    ("today", "label"),
    [(date(2024, 11, 20), "H-7"), (date(2024, 11, 26), "H-1"), (date(2024, 11, 27), "Hari-H"),
     (date(2024, 11, 30), "H+3")],
)  # fmt: skip
def test_countdown_labels(today, label):
    contests = (_contest(1, date(2024, 11, 27)),)
    assert dasbor.countdown_of(contests, None, today).label == label


def test_countdown_uses_the_chosen_or_the_next_contest():
    contests = (_contest(1, date(2024, 11, 27)), _contest(2, date(2024, 12, 4)))
    assert dasbor.countdown_of(contests, 2, date(2024, 11, 26)).label == "H-8"
    assert dasbor.countdown_of(contests, None, date(2024, 11, 26)).label == "H-1"
    # After the first voting day the next one counts down.
    assert dasbor.countdown_of(contests, None, date(2024, 11, 28)).label == "H-6"
    assert dasbor.countdown_of((), None, date(2024, 11, 28)).label == ""


def test_demo_today_is_the_eve_of_voting_day(demo_db):
    with demo_db.uow() as uow:
        snapshot = dasbor.snapshot(uow, pemilihan_id=None, start=None, end=None)
    assert snapshot.countdown.label == "H-1"
    assert snapshot.countdown.voting_day == date(2024, 11, 27)
    assert not snapshot.voting_passed
