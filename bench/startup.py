"""Launch to visible main window on demo data, against a bare PySide6 window process.

Both are child processes timed from spawn until they print a marker after the window is
shown (``SHOWN``); the app also reports when the first page (the dashboard) shows its
figures (``READY``: tiles, map, alerts) and then its charts (``CHARTS``: pyqtgraph is
loaded after the figures). Goals: SHOWN within 1,5× of the bare window (foundation
issue); the first page with its figures within 1 s (issue 20); the charts are reported.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.core import Figure

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
print("SHOWN", flush=True)
"""


def _time_markers(command: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.split()[0] if line.strip() else ""
        if word in ("SHOWN", "READY", "CHARTS"):
            marks[word] = time.perf_counter() - started
        if {"READY", "CHARTS"} <= marks.keys() or (word == "SHOWN" and "-c" in command):
            break
    process.kill()
    process.wait()
    return marks


def run(repeat: int = 7) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as home:
        env = dict(
            os.environ,
            DESK_PILKADA_HOME=home,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        )
        env["DESK_PILKADA_STARTUP_PROBE"] = "1"
        env["XDG_CONFIG_HOME"] = str(Path(home) / "config")  # QSettings of the run, not the user's
        app_cmd = [sys.executable, "-m", "app", "--demo"]
        _time_markers(app_cmd, env)  # builds the demo database once, as a real first start would
        assert (Path(home) / "demo.sqlite").exists(), "demo database was not built"
        bare, shown, ready, charts = [], [], [], []
        for _ in range(repeat):  # interleaved, so machine noise hits both alike
            bare.append(_time_markers([sys.executable, "-c", BARE], env)["SHOWN"])
            marks = _time_markers(app_cmd, env)
            shown.append(marks["SHOWN"])
            ready.append(marks["READY"])
            charts.append(marks["CHARTS"])
    baseline = statistics.median(bare)
    return [
        Figure(
            "start: jendela utama tampil (demo)",
            statistics.median(shown),
            baseline,
            "jendela PySide6 kosong",
            target_ratio=1.5,
        ),
        Figure(
            "start: halaman pertama berisi data (demo)",
            statistics.median(ready),
            baseline,
            "jendela PySide6 kosong",
        ),
        Figure(
            "start: halaman pertama berisi data (s)",
            statistics.median(ready),
            1.0,
            "batas sasaran (s)",
            target_ratio=1.0,
        ),
        Figure(
            "start: grafik dasbor tergambar (s)",
            statistics.median(charts),
            1.0,
            "batas sasaran halaman pertama (s)",
        ),
    ]
