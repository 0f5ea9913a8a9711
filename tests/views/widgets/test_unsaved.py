"""Typed but unsaved changes are dropped only when the user says so."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QMessageBox, QWidget

from app.views.widgets.unsaved import may_discard


def test_unsaved_changes_are_kept_unless_the_user_discards_them(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent, title, text, *_args):
        asked.append(f"{title}: {text}")
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    clean = SimpleNamespace(dirty=False)
    assert may_discard(parent, clean, "Buang?") and asked == []
    form = SimpleNamespace(dirty=True)
    assert not may_discard(parent, form, "Buang?") and form.dirty
    answer = QMessageBox.StandardButton.Discard
    assert may_discard(parent, form, "Buang?") and not form.dirty
    assert asked == ["Perubahan belum disimpan: Buang?"] * 2
