"""Qt's own standard buttons speak Indonesian once the app's translators are installed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.bootstrap import install_translators


@pytest.fixture(autouse=True)
def _built_qm() -> None:
    """The .qm files are generated (dev.py builds them before the tests); build them here
    when a bare ``pytest`` runs first."""
    import subprocess
    import sys
    from pathlib import Path

    from app.paths import resources_dir

    tool = Path(sys.executable).parent / (
        "pyside6-lrelease" + (".exe" if sys.platform == "win32" else "")
    )
    for source in (resources_dir() / "i18n").glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True)


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


def test_the_app_shows_real_text_with_the_translators_of_python_m_app(qtbot, ctx, idle):
    """As ``python -m app`` starts: translators installed first, then the window. A Qt that
    took a translator's "no translation" for an empty text would leave every label blank."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from app.views.shell.main_window import MainWindow

    app = QApplication.instance()
    before = QLocale()
    installed = install_translators(app, "id")
    assert len(installed) >= 1, "the Indonesian Qt texts were not installed"
    try:
        window = MainWindow(ctx.settings, demo=True)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.attach(ctx)
        idle()
        labels = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert labels[:3] == ["Dasbor", "Tahapan", "Insiden"], labels
        assert all(label.strip() for label in labels)

        dasbor = window.page("dasbor")
        qtbot.waitUntil(lambda: dasbor.tiles["insiden"].spec is not None, timeout=15_000)
        tile = dasbor.tiles["insiden"]
        assert tile.title.text().strip() and tile.value.text().strip()

        insiden = window.show_area("insiden")
        idle()
        form_labels = [
            label.text().replace("&", "")  # the access key's mark (Alt+W)
            for layout in insiden.findChildren(QFormLayout)
            for row in range(layout.rowCount())
            if (item := layout.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and isinstance(label := item.widget(), QLabel)
        ]
        assert "Waktu kejadian*" in form_labels, form_labels

        box = QMessageBox(
            QMessageBox.Icon.Question, "t", "?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        qtbot.addWidget(box)
        assert {b.text().replace("&", "") for b in box.buttons()} == {"Ya", "Batal"}
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
