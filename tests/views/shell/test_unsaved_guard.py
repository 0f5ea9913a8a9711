"""One guard for unsaved work (issue 19): a draft made from a chat report, or a form
being typed, is not dropped by another row, another page or quitting (Ctrl+Q) unless
the user says so; saying "keep it" leaves everything where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.insiden.records import InsidenForm
from app.views.insiden.page import InsidenPage
from tests.views.conftest import charts_built

KEEP = QMessageBox.StandardButton.Cancel
DROP = QMessageBox.StandardButton.Discard


@pytest.fixture
def insiden_page(window, qtbot, idle) -> InsidenPage:
    page = window.show_area("insiden")
    idle()
    qtbot.waitUntil(lambda: page.form.wilayah.ready and page.model.rowCount() > 1)
    idle()
    # The offscreen platform drops activation while a page builds its popups; shortcuts
    # need an active window, as on a real desk.
    charts_built(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return page


def _chat_draft(page: InsidenPage) -> None:
    """What accepting a pasted WhatsApp report does: a draft on the page, not saved."""
    assert page.load_draft(InsidenForm(severity=3, chronology="Baliho paslon dirusak OTK."))
    assert page.form.dirty, "a draft from a chat report is unsaved work"


def test_quitting_asks_about_a_chat_draft(window, insiden_page, qtbot, unsaved):
    page = insiden_page
    _chat_draft(page)
    unsaved.answer = KEEP
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible(), "Ctrl+Q must not drop the draft without asking"
    assert len(unsaved.asked) == 1 and "belum disimpan" in unsaved.asked[0]
    assert page.form.chronology.toPlainText() == "Baliho paslon dirusak OTK."
    unsaved.answer = DROP
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_quitting_with_nothing_typed_asks_nothing(window, insiden_page, unsaved):
    assert not insiden_page.form.dirty
    window.close()
    assert not window.isVisible() and unsaved.asked == []


def test_another_row_keeps_a_draft_unless_dropped(insiden_page, qtbot, idle, unsaved):
    page = insiden_page
    _chat_draft(page)
    unsaved.answer = KEEP
    page.select_row(1)
    idle()
    assert unsaved.asked and page._detail is None  # still the draft
    assert page.form.chronology.toPlainText() == "Baliho paslon dirusak OTK."
    qtbot.waitUntil(lambda: not page.table.selectionModel().hasSelection())  # no row claims it
    unsaved.answer = DROP
    page.select_row(1)
    idle()
    qtbot.waitUntil(lambda: page._detail is not None)
    assert page._detail.id == page.model.row_value(1).id and not page.form.dirty


def test_edits_to_a_record_survive_a_refused_row_change(insiden_page, qtbot, idle, unsaved):
    page = insiden_page
    page.select_row(0)
    idle()
    qtbot.waitUntil(lambda: page._detail is not None)
    shown = page._detail.id
    page.form.place.setText("depan balai desa")
    page.form.place.textEdited.emit("depan balai desa")
    unsaved.answer = KEEP
    page.select_row(1)
    idle()
    assert page._detail.id == shown and page.form.place.text() == "depan balai desa"
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 0)  # its row stays selected


def test_another_page_keeps_a_draft_unless_dropped(window, insiden_page, qtbot, idle, unsaved):
    page = insiden_page
    _chat_draft(page)
    unsaved.answer = KEEP
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Logistik
    assert window.stack.currentWidget() is page
    assert window.nav.currentItem().text() == "Insiden"
    window.nav.setCurrentRow(0)  # a click on Dasbor in the navigation
    assert window.stack.currentWidget() is page and window.nav.currentRow() == 2
    assert len(unsaved.asked) == 2
    unsaved.answer = DROP
    window.nav.setCurrentRow(0)
    idle()
    assert window.stack.currentWidget() is window.page("dasbor")
