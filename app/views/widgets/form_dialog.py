"""The base of a dialog whose Save hands the form to its page: an error line, Save (or
another button) and Cancel. Save clears the line, is disabled and emits ``submitted``;
the page submits the use case through ``ctx.reporting_to(dialog)``, so a refusal comes
back to ``show_error``, which shows it and lets the user press Save again.

Every dialog button has an access key (Alt+S Simpan, Alt+B Batal …): ``label_buttons``
names a button box's standard buttons, here and in the dialogs that are not FormDialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.views.widgets.error_label import ErrorLabel

Button = QDialogButtonBox.StandardButton


def _texts() -> dict[Button, str]:
    # Spelled out each time: lupdate reads only ``QCoreApplication.translate(context, text)``.
    return {
        Button.Save: QCoreApplication.translate("FormDialog", "&Simpan"),
        Button.Cancel: QCoreApplication.translate("FormDialog", "&Batal"),
        Button.Ok: QCoreApplication.translate("FormDialog", "&OK"),
        Button.Close: QCoreApplication.translate("FormDialog", "&Tutup"),
        Button.Yes: QCoreApplication.translate("FormDialog", "&Ya"),
        Button.No: QCoreApplication.translate("FormDialog", "&Tidak"),
        Button.Discard: QCoreApplication.translate("FormDialog", "B&uang"),
        Button.Apply: QCoreApplication.translate("FormDialog", "&Terapkan"),
        Button.Open: QCoreApplication.translate("FormDialog", "B&uka"),
    }


def label_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give ``box``'s standard buttons their Indonesian text with an access key."""
    for kind, text in _texts().items():
        button = box.button(kind)
        if button is not None:
            button.setText(text)
    return box


class FormDialog(QDialog):
    submitted = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, save: Button = Button.Save,
        cancel: Button = Button.Cancel,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.error = ErrorLabel()
        self.buttons = label_buttons(QDialogButtonBox(save | cancel))
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
