"""Automatic backups while the app runs (SPEC 8): one at start, then an hourly look whether
the daily copy is due.

The copies are made on their own thread, not on the database worker, so the first page
loads without waiting for them; the online backup API and ``pg_dump`` read a consistent
snapshot while the desk keeps writing. The thread touches no Qt object: it hands its
outcome over a queue that the GUI thread polls while a copy is being made, so closing the
window in the middle of a copy is safe. A warning (second folder missing) goes to the
status bar, never a dialog.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from app.services.admin import backup
from app.services.core.db import Database

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000
POLL_MS = 250

Job = Callable[[Database], list[backup.BackupOutcome]]


class BackupSchedule(QObject):
    #: A copy was made (or failed); its warnings are on the status bar.
    finished = Signal()

    def __init__(self, db: Database, window: QMainWindow) -> None:
        super().__init__(window)
        self._db = db
        self._window = window
        self._busy = threading.Lock()
        self._results: queue.SimpleQueue[list[backup.BackupOutcome]] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(HOUR_MS)
        self._timer.timeout.connect(self.check_daily)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._deliver)

    def start(self) -> None:
        self._spawn(backup.on_start)
        self._timer.start()

    def check_daily(self) -> None:
        self._spawn(lambda db: [o for o in (backup.daily_if_due(db),) if o is not None])

    def _spawn(self, job: Job) -> None:
        busy, results, db = self._busy, self._results, self._db
        if not busy.acquire(blocking=False):
            return  # the previous copy is still being made

        def work() -> None:
            try:
                outcomes = job(db)
            except Exception:  # noqa: BLE001 - an automatic backup never stops the desk
                log.exception("automatic backup failed")
                outcomes = []
            finally:
                busy.release()
            results.put(outcomes)

        threading.Thread(target=work, name="desk-backup", daemon=True).start()
        self._poll.start()

    def _deliver(self) -> None:
        try:
            outcomes = self._results.get_nowait()
        except queue.Empty:
            return
        if self._results.empty() and not self._busy.locked():
            self._poll.stop()
        for outcome in outcomes:
            for warning in outcome.warnings:
                self._window.statusBar().showMessage(warning, 60_000)
        self.finished.emit()
