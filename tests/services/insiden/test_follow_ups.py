"""A report linked to an incident already recorded ("Tautkan sebagai laporan lanjutan") is
part of that incident: never open or overdue of its own, counted by no figure, shown on
the original, and closed (and reopened) with it (issue 19)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models.insiden import BARU, DITINDAKLANJUTI, SELESAI, TERVERIFIKASI
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.dasbor import sources
from app.services.insiden import query as insiden_query
from app.services.insiden import records as insiden
from app.services.insiden import stats as insiden_stats
from app.services.insiden import stats_open
from app.services.insiden import workflow as insiden_workflow
from app.services.insiden.stats import StatsFilter
from tests.services.insiden.helpers import (
    OPERATOR_ACTOR,
    VERIFIKATOR_ACTOR,
    pin,
    record,
    status,
    step,
    version,
    walk,
    wib,
)


def _figures(db) -> dict[str, object]:
    """What every place that counts incidents says: register, statistics, dashboard."""
    with db.uow() as uow:
        flt = StatsFilter(wib(20).date(), wib(28).date())
        register = insiden_query.counts(uow, insiden_query.InsidenFilter())
        open_register = insiden_query.query(
            uow, insiden_query.InsidenFilter(status=insiden_query.OPEN)
        ).total
        overdue_register = insiden_query.query(
            uow, insiden_query.InsidenFilter(overdue_only=True)
        ).total
        return {
            "register_open": open_register,
            "register_overdue": overdue_register,
            "register_by_status": register.by_status,
            "register_follow_ups": register.follow_ups,
            "open_now": insiden_stats.open_now(uow, flt).total,
            "overdue_now": insiden_stats.open_now(uow, flt).overdue,
            "total": insiden_stats.totals(uow, flt).total,
            "per_kabkota": insiden_stats.by_kabkota_severity(uow, flt).total,
            "open_by_kabkota": sum(sum(c) for c in stats_open.open_by_kabkota(uow, flt).cells.values()),
            "dashboard_open": sources.incidents_open(uow, _query(uow)).value.total,
        }  # fmt: skip


def _query(uow) -> sources.Query:
    today = desk_clock(uow).today()
    return sources.Query(today, None, None, "", None, None)


@pytest.fixture
def original(db) -> int:
    pin(db)
    saved = record(db)
    walk(db, saved.id, TERVERIFIKASI, DITINDAKLANJUTI)
    return saved.id


def _follow_up(db, original_id: int, **overrides) -> insiden.Saved:
    return record(db, linked_to_id=original_id, occurred_at=wib(26, 11), **overrides)


def test_a_follow_up_takes_its_originals_status_and_is_never_open(db, original):
    before = _figures(db)
    report = _follow_up(db, original)
    assert status(db, report.id) == DITINDAKLANJUTI  # it follows the original, not Baru
    with db.uow() as uow:
        detail = insiden.detail(uow, report.id)
        shown = insiden.detail(uow, original)
    assert detail.is_follow_up and detail.linked_id == original
    assert "Laporan lanjutan dari" in detail.history[0].note
    assert [f.id for f in shown.follow_ups] == [report.id]  # shown on the original
    after = _figures(db)
    assert after["register_follow_ups"] == before["register_follow_ups"] + 1
    for key in ("register_open", "register_overdue", "register_by_status", "open_now",
                "overdue_now", "total", "per_kabkota", "open_by_kabkota", "dashboard_open"):  # fmt: skip
        assert after[key] == before[key], key


def test_a_follow_up_is_closed_and_reopened_with_its_original(db, original):
    report = _follow_up(db, original)
    with db.uow(VERIFIKATOR_ACTOR) as uow:
        changes = insiden_workflow.transition(
            uow, original, version=version(db, original), to=SELESAI, outcome="Ditangani Polres"
        )
    assert status(db, report.id) == SELESAI
    assert (
        "Ditindaklanjuti → Selesai" in changes.summary and "1 laporan lanjutan" in changes.summary
    )
    assert "Selesai → Selesai" not in changes.summary
    step(db, original, TERVERIFIKASI, note="Ada laporan baru")
    assert status(db, report.id) == TERVERIFIKASI
    with db.uow() as uow:
        history = insiden.detail(uow, report.id).history
    assert [h.to_status for h in history] == [DITINDAKLANJUTI, SELESAI, TERVERIFIKASI]
    assert history[1].note.startswith("Mengikuti ")


def test_a_follow_up_takes_no_step_of_its_own(db, original):
    report = _follow_up(db, original)
    with (
        db.uow(VERIFIKATOR_ACTOR) as uow,
        pytest.raises(ValidationError, match="laporan lanjutan dari"),
    ):
        insiden_workflow.transition(uow, report.id, version=version(db, report.id), to=SELESAI)


def test_linking_to_a_follow_up_joins_its_original(db, original):
    first = _follow_up(db, original)
    second = _follow_up(db, first.id)
    with db.uow() as uow:
        assert insiden.detail(uow, second.id).linked_id == original
        assert len(insiden.detail(uow, original).follow_ups) == 2


def test_a_follow_up_is_never_overdue_even_past_the_deadline(db, original):
    _follow_up(db, original)
    with db.uow() as uow:
        later = desk_clock(uow).now_utc() + timedelta(days=3)
    pin(db, later)
    figures = _figures(db)
    assert figures["register_overdue"] == 1 and figures["overdue_now"] == 1  # the original only


def test_a_new_report_in_baru_is_still_an_open_incident(db):
    pin(db)
    before = _figures(db)
    saved = record(db)
    assert status(db, saved.id) == BARU
    assert _figures(db)["open_now"] == before["open_now"] + 1


def test_linking_when_correcting_makes_it_follow(db, original):
    before = _figures(db)
    later = record(db, occurred_at=wib(26, 12))  # recorded as an incident of its own
    assert _figures(db)["open_now"] == before["open_now"] + 1
    with db.uow() as uow:
        form = insiden.detail(uow, later.id).form
    form.linked_to_id = original
    with db.uow(OPERATOR_ACTOR) as uow:
        insiden.update(uow, later.id, version=version(db, later.id), form=form)
    assert status(db, later.id) == DITINDAKLANJUTI
    assert _figures(db)["open_now"] == before["open_now"]  # no longer counted on its own
    other = record(db, occurred_at=wib(26, 13))
    for target, refusal in ((later.id, "dirinya sendiri"), (other.id, "laporan lanjutan sendiri")):
        with db.uow() as uow, pytest.raises(ValidationError, match=refusal):
            form = insiden.detail(uow, original).form
            form.linked_to_id = target  # the original has follow-ups: it stays the incident
            insiden.update(uow, original, version=version(db, original), form=form)
