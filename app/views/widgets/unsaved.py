"""The one question asked before a form's typed but unsaved changes would be dropped."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class _Form(Protocol):
    dirty: bool


def may_discard(parent: QWidget, form: _Form, question: str) -> bool:
    """True when nothing is unsaved, or the user chose to throw the changes away."""
    if not form.dirty:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("unsaved", "Perubahan belum disimpan"),
        question,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Discard:
        return False
    form.dirty = False
    return True
