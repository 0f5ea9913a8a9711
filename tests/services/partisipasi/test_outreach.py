"""Outreach vs participation (item 4): the rule on hand-checked figures, and the wiring
to the Partisipasi area's turnout figures."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.services.core.errors import DomainError, NotFound
from app.services.partisipasi import outreach as sosialisasi_partisipasi
from app.services.partisipasi.outreach import judge
from app.services.sosialisasi.stats import ReachRow
from tests.services.insiden.helpers import pin
from tests.services.sosialisasi.helpers import hand_checked


@dataclass(frozen=True)
class Turnout:
    """The fields of ``partisipasi_stats.TurnoutRow`` that the comparison reads."""

    code: str
    dpt: int | None
    turnout_pct: float | None = None
    method: str = "pemilih ÷ (DPT + DPTb + DPK)"
    target_pct: float | None = 80.0
    earlier_pct: float | None = None
    change_pts: float | None = None


def _reach(code: str, attended: int) -> ReachRow:
    return ReachRow(code, f"Wilayah {code}", 1, 0, attended, 0, 0, 0)


def test_rule_on_hand_checked_figures():
    reach = [_reach("A", 200), _reach("B", 100), _reach("C", 300), _reach("D", 50), _reach("E", 10)]
    turnout = [
        Turnout("A", 100_000, turnout_pct=70.0),  # reach 2,0 (low); below target 80 → needs more
        Turnout("B", 20_000, turnout_pct=70.0),  # reach 5,0 (high): participation weak, fine
        Turnout("C", 100_000, turnout_pct=85.0, change_pts=-1.5),  # 3,0 (low); fell 1,5 → needs
        Turnout("D", 100_000, earlier_pct=60.0),  # 0,5 (low); before count: earlier below target
        Turnout("E", None, turnout_pct=50.0),  # no DPT: cannot be judged
    ]
    average, rows = judge(reach, turnout)
    # (200 + 100 + 300 + 50) attended ÷ 320.000 DPT × 1.000 (E has no DPT, so is left out).
    assert average == pytest.approx(2.03125)
    by_code = {r.code: r for r in rows}
    assert [r.code for r in rows] == ["A", "B", "C", "D", "E"]
    assert by_code["A"].reach_per_1000 == pytest.approx(2.0)
    assert by_code["A"].needs_more and by_code["A"].reasons == (
        "jangkauan 2,00 per 1.000 DPT di bawah rata-rata 2,03",
        "partisipasi 70,00% di bawah target 80,00%",
    )
    assert by_code["B"].weak_participation and not by_code["B"].low_reach
    assert not by_code["B"].needs_more
    assert not by_code["C"].low_reach  # 3,0 is above the average 2,03
    assert by_code["C"].reasons == ("turun 1,50 poin dari pemilihan sebelumnya",)
    assert by_code["D"].needs_more
    assert "partisipasi pemilihan sebelumnya 60,00% di bawah target 80,00%" in by_code["D"].reasons
    assert by_code["E"].reach_per_1000 is None and not by_code["E"].needs_more
    assert by_code["E"].reasons[0] == "DPT belum ada; jangkauan tidak dapat dinilai"


def test_a_fall_from_the_earlier_election_with_low_reach_needs_more():
    average, rows = judge(
        [_reach("A", 100), _reach("B", 500)],
        [Turnout("A", 100_000, turnout_pct=85.0, change_pts=-0.5), Turnout("B", 100_000)],
    )
    assert average == pytest.approx(3.0)
    assert rows[0].needs_more and not rows[1].needs_more


def test_no_turnout_side_means_nothing_is_flagged():
    average, rows = judge([_reach("A", 10)], [])
    assert average is None and not rows[0].needs_more


def test_wired_to_the_partisipasi_figures(db):
    pin(db)
    hand_checked(db)
    with db.uow() as uow:
        try:
            result = sosialisasi_partisipasi.outreach_vs_turnout(uow, pemilihan_id=1)
        except DomainError as error:  # the Partisipasi area not in this build
            assert str(error) == sosialisasi_partisipasi.NOT_AVAILABLE
            return
    assert (result.root_code, result.level) == ("36", 2)
    assert [r.code for r in result.rows][:1] == ["36.01"]
    pandeglang = result.rows[0]
    assert (pandeglang.sessions, pandeglang.attended) == (3, 140)
    assert result.until.isoformat() == "2024-11-27"
    assert result.rule == sosialisasi_partisipasi.RULE


def test_unknown_contest_and_region_outside_it_are_refused(db):
    with db.uow() as uow:
        with pytest.raises(NotFound):
            sosialisasi_partisipasi.outreach_vs_turnout(uow, pemilihan_id=999)
        lebak = next(c for c in sosialisasi_partisipasi.contests(uow) if c.wilayah_code == "36.02")
        with pytest.raises(DomainError) as caught:
            sosialisasi_partisipasi.outreach_vs_turnout(
                uow, pemilihan_id=lebak.id, root_code="36.01"
            )
    assert "di luar wilayah pemilihan" in str(caught.value)
