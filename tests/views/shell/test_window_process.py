"""The window as a process of its own (``python -m app --demo``): when it closes, the
desk's database is closed with it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing

#: The program as ``python -m app --demo`` runs it, closed by its user as soon as its
#: start is over (the first page shown, the heavy modules loaded in the background).
CLOSED_AFTER_START = """
import sys
from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QApplication
from app import collector
from app.__main__ import entry

started = collector.loaded

def start_over(collect=False):
    started(collect)
    QMetaObject.invokeMethod(QApplication.instance(), "closeAllWindows",
                             Qt.ConnectionType.QueuedConnection)

collector.loaded = start_over
sys.argv = ["desk-pilkada", "--demo"]
sys.exit(entry())
"""


def test_closing_the_window_leaves_a_whole_database_file(tmp_path):
    """SQLite writes its journal back into the file when the last connection closes: a
    copy of the database file alone (to a USB stick, another PC) holds what the desk
    recorded, and no journal files are left beside it."""
    home = tmp_path / "home"
    env = {**os.environ, "DESK_PILKADA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CLOSED_AFTER_START], env=env,
                          capture_output=True, text=True, timeout=180)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    database = home / "demo.sqlite"
    assert database.exists()
    assert not (home / "demo.sqlite-wal").exists() and not (home / "demo.sqlite-shm").exists()
    copy = tmp_path / "salinan.sqlite"
    shutil.copyfile(database, copy)
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("SELECT count(*) FROM insiden").fetchone()[0] > 100
