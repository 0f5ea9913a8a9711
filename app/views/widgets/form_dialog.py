"""The base of a dialog whose Save hands the form to its page: an error line, Save (or
another button) and Cancel. Save clears the line, is disabled and emits ``submitted``;
the page submits the use case through ``ctx.reporting_to(dialog)``, so a refusal comes
back to ``show_error``, which shows it and lets the user press Save again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.views.widgets.error_label import ErrorLabel

Button = QDialogButtonBox.StandardButton


class FormDialog(QDialog):
    submitted = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, save: Button = Button.Save,
        cancel: Button = Button.Cancel,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(save | cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(save)

    def show_error(self, message: str) -> None:
        self.error.show_error(message)
        self.save_button.setEnabled(True)

    def _submit(self) -> None:
        self.show_error("")
        self.save_button.setEnabled(False)
        self.submitted.emit()
