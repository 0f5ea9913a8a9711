"""Typed but unsaved changes are dropped only when the user says so."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QMessageBox, QWidget

from app.views.widgets.unsaved import may_discard


def test_unsaved_changes_are_kept_unless_the_user_discards_them(qtbot, unsaved):
    parent = QWidget()
    qtbot.addWidget(parent)
    unsaved.answer = QMessageBox.StandardButton.Cancel
    clean = SimpleNamespace(dirty=False)
    assert may_discard(parent, clean, "Buang?") and unsaved.asked == []
    form = SimpleNamespace(dirty=True)
    assert not may_discard(parent, form, "Buang?") and form.dirty
    unsaved.answer = QMessageBox.StandardButton.Discard
    assert may_discard(parent, form, "Buang?") and not form.dirty
    assert unsaved.asked == ["Buang?"] * 2
