"""The likely-duplicate warning (SPEC 4, issue 4 item 4): same desa (the same TPS first),
same category, within the configurable window; the operator may link the new report."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models import Insiden
from app.services.core import pengaturan
from app.services.core.errors import ValidationError
from app.services.insiden import records as insiden
from tests.services.insiden.helpers import OPERATOR_ACTOR, make_form, pin, record, wib

OTHER_DESA = "36.01.01.2002"  # same kecamatan, another desa


@pytest.fixture
def earlier(db) -> dict[str, insiden.Saved]:
    """Reports already in the register; the new call is about 26 Nov 15.00 at TPS 001."""
    pin(db)
    return {
        "same_tps": record(db, occurred_at=wib(26, 10), tps="1"),
        "other_tps": record(db, occurred_at=wib(26, 14), tps="2"),
        "no_tps": record(db, occurred_at=wib(25, 17)),  # 22 hours before
        "other_category": record(db, occurred_at=wib(26, 14, 30), tps="1", kategori="UNRAS"),
        "other_desa": record(db, occurred_at=wib(26, 14, 30), tps="1", desa=OTHER_DESA),
        "too_early": record(db, occurred_at=wib(25, 14)),  # 25 hours before
        "too_late": record(db, occurred_at=wib(27, 16)),  # 25 hours after
        "within_after": record(db, occurred_at=wib(27, 14)),  # 23 hours after
    }


def _found(db, exclude_id=None, **overrides) -> list[str]:
    with db.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, **{"occurred_at": wib(26, 15), **overrides})
        return [c.number for c in insiden.find_duplicates(uow, form, exclude_id=exclude_id)]


def test_same_desa_and_category_within_the_window_same_tps_first(db, earlier):
    numbers = {k: v.number for k, v in earlier.items()}
    assert _found(db, tps="TPS 01") == [
        numbers["same_tps"],  # same TPS ranks first although it is 5 hours away
        numbers["other_tps"],  # then by closeness in time: 1 hour
        numbers["no_tps"],  # 22 hours
        numbers["within_after"],  # 23 hours
    ]


def test_without_a_tps_the_closest_comes_first(db, earlier):
    numbers = {k: v.number for k, v in earlier.items()}
    assert _found(db) == [
        numbers["other_tps"], numbers["same_tps"], numbers["no_tps"], numbers["within_after"]
    ]  # fmt: skip


def test_candidates_carry_what_the_warning_shows(db, earlier):
    with db.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, occurred_at=wib(26, 15), tps="1")
        first = insiden.find_duplicates(uow, form)[0]
    assert (first.id, first.number, first.tps, first.status) == (
        earlier["same_tps"].id,
        earlier["same_tps"].number,
        "001",
        "Baru",
    )
    assert first.occurred_at == wib(26, 10)
    assert first.place_detail == "Depan balai desa"


def test_other_categories_other_desa_and_outside_the_window_are_ignored(db, earlier):
    found = set(_found(db, tps="1"))
    for name in ("other_category", "other_desa", "too_early", "too_late"):
        assert earlier[name].number not in found, name
    assert _found(db, desa=OTHER_DESA, tps="1") == [earlier["other_desa"].number]
    assert _found(db, kategori="HOAKS") == []


def test_the_window_is_configurable(db, earlier):
    with db.uow() as uow:
        assert pengaturan.get(uow, "duplicate_window_hours") == 24  # the default
    with db.uow("tester") as uow:
        pengaturan.put(uow, "duplicate_window_hours", 2)
        uow.commit()
    assert _found(db, tps="1") == [earlier["other_tps"].number]
    with db.uow("tester") as uow:
        pengaturan.put(uow, "duplicate_window_hours", 48)
        uow.commit()
    found = _found(db, tps="1")
    assert earlier["too_early"].number in found and earlier["too_late"].number in found


def test_editing_an_incident_does_not_find_itself_and_archived_ones_are_ignored(db, earlier):
    target = earlier["same_tps"]
    assert target.number not in _found(db, exclude_id=target.id, tps="1")
    with db.uow("tester") as uow:
        uow.session.get(Insiden, earlier["other_tps"].id).archived = True
        uow.commit()
    assert earlier["other_tps"].number not in _found(db, tps="1")


def test_an_incomplete_form_finds_nothing_yet_and_a_bad_tps_is_refused(db, earlier):
    assert _found(db, wilayah_id=None) == []
    assert _found(db, kategori_id=None) == []
    assert _found(db, occurred_at=None) == []
    with pytest.raises(ValidationError) as error:
        _found(db, tps="abc")
    assert error.value.field == "tps"


def test_a_new_report_can_be_linked_to_the_earlier_incident(db, earlier):
    target = earlier["same_tps"]
    with db.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, occurred_at=wib(26, 15), tps="1", linked_to_id=target.id,
                         chronology="Laporan lanjutan dari warga lain")  # fmt: skip
        saved = insiden.create(uow, form)
    assert saved.number != target.number
    with db.uow(OPERATOR_ACTOR) as uow:
        shown = insiden.detail(uow, saved.id)
        original = insiden.detail(uow, target.id)
    assert shown.linked_number == target.number
    assert shown.form.linked_to_id == target.id
    assert original.linked_number == ""


def test_the_link_can_be_added_when_correcting(db, earlier):
    target = earlier["same_tps"]
    later = earlier["other_tps"]
    with db.uow(OPERATOR_ACTOR) as uow:
        form = insiden.detail(uow, later.id).form
        form.linked_to_id = target.id
        insiden.update(uow, later.id, version=1, form=form)
    with db.uow() as uow:
        assert insiden.detail(uow, later.id).linked_number == target.number


def test_the_window_boundary_is_inclusive(db, earlier):
    # 24 hours exactly after "same_tps" (26 Nov 10.00) still counts.
    found = _found(db, occurred_at=wib(26, 10) + timedelta(hours=24), tps="1")
    assert earlier["same_tps"].number in found


def test_a_same_tps_match_is_first_even_on_a_busy_day(db):
    pin(db)
    same_tps = record(db, occurred_at=wib(26, 10), tps="1")
    for n in range(20):  # 20 later reports from other TPS of the same desa
        record(db, occurred_at=wib(26, 16) + timedelta(minutes=30 * n), tps=str(n + 2))
    found = _found(db, tps="1")
    assert found[0] == same_tps.number
