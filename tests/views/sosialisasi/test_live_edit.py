"""An outreach session being edited while another PC saves it (issue 22): the register
follows without losing the selection, the form keeps what was typed and says who changed
what, and saving is refused with the optimistic-locking message."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.core import feed
from app.services.core.actor import OPERATOR, Actor
from app.services.core.uow import CONFLICT_MESSAGE
from app.services.sosialisasi import records as sosialisasi
from app.views.shell.live_feed import LiveFeed
from tests.views.conftest import make_ctx
from tests.views.sosialisasi.test_page import _page

SITI = Actor("siti", OPERATOR, "Siti Aminah")
BOUND_MS = 5000


@pytest.fixture
def page(qtbot, demo_db, runner, idle):
    page = _page(qtbot, make_ctx(demo_db, runner, "operator1", OPERATOR), idle)
    live = LiveFeed(page._ctx, page).start()  # noqa: SLF001 - as the main window starts it
    qtbot.waitUntil(lambda: live.running and live._watcher.connected)  # noqa: SLF001
    yield page
    live.stop()


def test_a_session_changed_elsewhere_keeps_the_form_and_refuses_the_save(page, qtbot, idle):
    page.select_row(3)
    idle()
    detail = page._detail  # noqa: SLF001
    page.form.venue.clear()
    qtbot.keyClicks(page.form.venue, "Aula kecamatan (diketik)")
    with feed.acting_as("pc-siti"), page._ctx.db.uow(SITI) as uow:  # noqa: SLF001
        now = sosialisasi.detail(uow, detail.id)
        sosialisasi.update(
            uow, detail.id, version=now.version, form=replace(now.form, venue="Balai desa (Siti)")
        )
    qtbot.waitUntil(lambda: "diubah di tempat lain" in page.error.text(), timeout=BOUND_MS)
    assert "Balai desa (Siti)" in page.error.text()
    assert page.form.venue.text() == "Aula kecamatan (diketik)"
    assert page.model.row_value(page.table.currentIndex().row()).id == detail.id  # still selected
    page.save()
    idle()
    qtbot.waitUntil(lambda: CONFLICT_MESSAGE in page.error.text())
    with page._ctx.db.uow() as uow:  # noqa: SLF001
        assert sosialisasi.detail(uow, detail.id).form.venue == "Balai desa (Siti)"


def test_a_session_edited_and_saved_twice_is_saved_twice(page, qtbot, idle):
    page.select_row(3)
    idle()
    first = page._detail  # noqa: SLF001
    for n, venue in enumerate(("Aula (1)", "Aula (2)"), start=1):
        page.form.venue.clear()
        qtbot.keyClicks(page.form.venue, venue)
        page.save()
        idle()
        qtbot.waitUntil(lambda n=n: page._detail.version == first.version + n)  # noqa: SLF001
    assert not page.error.text()
    with page._ctx.db.uow() as uow:  # noqa: SLF001
        assert sosialisasi.detail(uow, first.id).form.venue == "Aula (2)"
