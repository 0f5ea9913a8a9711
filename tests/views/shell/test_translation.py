"""English is shipped as a Qt translation; Indonesian is the source language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import resources_dir
from app.views.shell.main_window import MainWindow

TS = resources_dir() / "i18n" / "desk_pilkada_en.ts"


def _lrelease(tmp_path: Path) -> tuple[Path, str]:
    tool = Path(sys.executable).parent / (
        "pyside6-lrelease" + (".exe" if sys.platform == "win32" else "")
    )
    qm = tmp_path / "desk_pilkada_en.qm"
    done = subprocess.run(
        [str(tool), str(TS), "-qm", str(qm)], capture_output=True, text=True, check=True
    )
    return qm, done.stdout


def test_english_translation_is_complete(tmp_path):
    _qm, report = _lrelease(tmp_path)
    assert "0 unfinished" in report


def test_english_translation_changes_the_shell(qapp, qtbot, tmp_path, ctx):
    qm, _ = _lrelease(tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(ctx.settings, demo=True)
        qtbot.addWidget(window)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles[:3] == ["Dashboard", "Stages", "Incidents"]
        assert "SAMPLE DATA" in window.windowTitle()
    finally:
        QCoreApplication.removeTranslator(translator)
