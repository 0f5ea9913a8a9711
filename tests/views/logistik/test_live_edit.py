"""A receipt being typed while another PC records the same consignment's receipt (issue
22): the open dialog says who changed what at once, and saving is refused with the
optimistic-locking message, never recording the goods twice."""

from __future__ import annotations

import pytest

from app.services.core import feed
from app.services.core.actor import OPERATOR
from app.services.core.uow import CONFLICT_MESSAGE
from app.views.shell.live_feed import LiveFeed
from tests.services.logistik import helpers as logistik
from tests.views.conftest import make_ctx
from tests.views.logistik.test_page import _open_dispatched_to_ppk, _page

BOUND_MS = 5000


@pytest.fixture
def page(qtbot, demo_db, runner, idle):
    page = _page(qtbot, make_ctx(demo_db, runner, "operator2", OPERATOR), idle)
    live = LiveFeed(page._ctx, page).start()  # noqa: SLF001 - as the main window starts it
    qtbot.waitUntil(lambda: live.running and live._watcher.connected)  # noqa: SLF001
    yield page
    live.stop()


def test_a_receipt_recorded_elsewhere_while_the_dialog_is_open(page, qtbot, idle, demo_db):
    target = _open_dispatched_to_ppk(page, qtbot, idle, demo_db)
    dialog = page.open_receipt()
    dialog.editors[0].damaged.setValue(1)  # being typed
    with feed.acting_as("pc-lain"):
        logistik.receive(demo_db, target.id)
    qtbot.waitUntil(lambda: "diubah di tempat lain" in dialog.error.text(), timeout=BOUND_MS)
    assert "operator1" in dialog.error.text() and dialog.isVisible()
    dialog.editors[0].reason.setCurrentIndex(dialog.editors[0].reason.findData("rusak"))
    dialog.save_button.click()
    idle()
    qtbot.waitUntil(lambda: CONFLICT_MESSAGE in dialog.error.text())
    assert dialog.isVisible()
    assert page._detail.status == "Diterima"  # noqa: SLF001 - the other PC's receipt stands
