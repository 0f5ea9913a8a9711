"""Qt's own standard buttons speak Indonesian once the app's translators are installed."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.bootstrap import install_translators


def test_standard_buttons_are_indonesian(qtbot):
    app = QApplication.instance()
    before = QLocale()
    installed = install_translators(app, "id")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Close
        )
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Simpan", "Batal", "Tutup"}
        message = QMessageBox(
            QMessageBox.Icon.Question,
            "t",
            "?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        qtbot.addWidget(message)
        assert {b.text().replace("&", "") for b in message.buttons()} == {"Ya", "Tidak"}
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
