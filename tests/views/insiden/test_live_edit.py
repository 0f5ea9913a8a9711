"""An incident being edited while another PC saves it (issue 22, SPEC 10): the open form
keeps what the operator typed, says at once who changed what, and saving is refused with
the optimistic-locking message — the other PC's change is never overwritten. A status step
taken on this page beside the form is the user's own and does not stand in the way."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.core import feed
from app.services.core.actor import OPERATOR, VERIFIKATOR, Actor
from app.services.core.uow import CONFLICT_MESSAGE
from app.services.insiden import records as insiden
from tests.views.conftest import make_ctx
from tests.views.insiden.test_page import _page, _step

SITI = Actor("siti", OPERATOR, "Siti Aminah")
#: The issue's bound for another PC's change to show.
BOUND_MS = 5000


@pytest.fixture
def page(qtbot, demo_db, runner, idle):
    page = _page(qtbot, make_ctx(demo_db, runner, "verif1", VERIFIKATOR), idle)
    window = page.window()
    qtbot.waitUntil(lambda: window.live.running and window.live._watcher.connected)  # noqa: SLF001
    return page


def _open_first_new(page, qtbot, idle):
    row = next(r for r in range(page.model.rowCount()) if page.model.row_value(r).status == "Baru")
    page.select_row(row)
    idle()
    qtbot.waitUntil(
        lambda: page._detail is not None and page.edit.version_for(page._detail.id, -1) > 0
    )  # noqa: SLF001
    return page._detail  # noqa: SLF001


def _elsewhere(db, incident_id: int, **changes) -> None:
    """Another PC saves the incident."""
    with feed.acting_as("pc-siti"), db.uow(SITI) as uow:
        detail = insiden.detail(uow, incident_id)
        insiden.update(
            uow, incident_id, version=detail.version, form=replace(detail.form, **changes)
        )


def _db(page):
    return page._ctx.db  # noqa: SLF001


def test_a_form_whose_incident_changed_elsewhere_says_so_before_saving(page, qtbot, idle):
    detail = _open_first_new(page, qtbot, idle)
    page.form.place.clear()
    qtbot.keyClicks(page.form.place, "Depan pasar, diketik operator")  # unsaved
    assert page.form.dirty
    _elsewhere(_db(page), detail.id, place_detail="Lapangan desa (Siti)")
    qtbot.waitUntil(lambda: "diubah di tempat lain" in page.error.text(), timeout=BOUND_MS)
    assert "siti" in page.error.text() and "Lapangan desa (Siti)" in page.error.text()
    assert page.form.place.text() == "Depan pasar, diketik operator"  # nothing typed is lost

    page.save()
    idle()
    qtbot.waitUntil(lambda: CONFLICT_MESSAGE in page.error.text())
    with _db(page).uow() as uow:
        assert insiden.detail(uow, detail.id).form.place_detail == "Lapangan desa (Siti)"


def test_a_status_step_beside_the_form_is_the_users_own(page, qtbot, idle):
    detail = _open_first_new(page, qtbot, idle)
    page.form.place.clear()
    qtbot.keyClicks(page.form.place, "Depan pasar")
    _step(page, qtbot, idle, "Verifikasi")
    qtbot.waitUntil(lambda: page._detail.status == "Terverifikasi")  # noqa: SLF001
    assert "diubah di tempat lain" not in page.error.text()
    page.save()
    idle()
    with _db(page).uow() as uow:
        saved = insiden.detail(uow, detail.id)
    assert (saved.status, saved.form.place_detail) == ("Terverifikasi", "Depan pasar")
    assert not page.form.dirty and page.error.text() == ""


def test_the_register_takes_in_another_pcs_incident_where_the_user_left_it(page, qtbot, idle):
    from tests.services.insiden.helpers import record

    detail = _open_first_new(page, qtbot, idle)
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # reading further down, the selected row off screen
    place, before = bar.value(), page.model.total
    with feed.acting_as("pc-siti"):
        record(_db(page))
    qtbot.waitUntil(lambda: page.model.total == before + 1, timeout=BOUND_MS)
    idle()
    assert bar.value() == place
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.row_value(i.row()).id for i in selected] == [detail.id]
    assert page._detail.id == detail.id  # noqa: SLF001 - the record beside the table stays
