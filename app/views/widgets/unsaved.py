"""The one guard before typed but unsaved work is dropped: a row change on a register, a
page change, switching the demo role and quitting (Ctrl+Q, the window's close button) all
ask the same question through here.

A form says it has unsaved work with ``dirty``; a page with such a form answers
``has_unsaved()`` and ``may_leave()`` (asking; RegisterPage builds both on its
``may_leave_record``). The main window calls ``may_leave(page)`` before it shows another
page or quits.
"""

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
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("unsaved", "Perubahan belum disimpan"),
        question,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("unsaved", "B&uang perubahan")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("unsaved", "&Kembali ke formulir")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if _ask(box) != QMessageBox.StandardButton.Discard:
        return False
    form.dirty = False
    return True


def _ask(box: QMessageBox) -> QMessageBox.StandardButton:
    """The user's answer (a seam for tests, which answer without a real dialog)."""
    return QMessageBox.StandardButton(box.exec())


def has_unsaved(page: QWidget) -> bool:
    check = getattr(page, "has_unsaved", None)
    return bool(check()) if check is not None else False


def may_leave(page: QWidget) -> bool:
    """True when ``page`` may be left: nothing unsaved, or the user chose to drop it."""
    check = getattr(page, "may_leave", None)
    return bool(check()) if check is not None else True
