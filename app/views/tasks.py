"""The one background-task helper of the app.

Database work runs on a single worker thread, in order, so two actions never race on the
database; the result or the error comes back on the GUI thread. A mutating use case
returns ``Changes`` (or an object with ``.changes``); the runner then emits ``changed``
and each page decides whether to reload. Long work gets a progress dialog with cancel.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.changes import Changes
from app.services.errors import Cancelled
from app.services.progress import Progress

log = logging.getLogger(__name__)

#: A dialog appears only when work lasts longer than this (SPEC 6: over ~0,5 s).
PROGRESS_DELAY_MS = 500


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; emits ``changed`` after a mutating success and
    ``failed`` for errors no caller handled."""

    changed = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[_Signals] = set()
        # One plain Python thread and a queue: work runs strictly in order, and no Qt
        # runnable object has to be destroyed on a thread that does not own it.
        self._queue: queue.Queue = queue.Queue()
        self._worker = threading.Thread(target=self._loop, name="desk-db-worker", daemon=True)
        self._worker.start()

    def _loop(self) -> None:
        while True:
            fn, signals, progress = self._queue.get()
            try:
                result = fn(progress)
            except BaseException as error:  # delivered to the GUI thread, never lost
                signals.failed.emit(error)
            else:
                signals.finished.emit(result)
            finally:
                del fn, signals, progress
                self._queue.task_done()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        progress_parent: QWidget | None = None,
        label: str = "",
    ) -> Progress:
        """Queue ``fn(progress)``; returns the Progress so a caller can cancel it."""
        # Parented to the runner (GUI thread) so the worker dropping its reference can never
        # destroy it on the wrong thread; deleted with deleteLater once delivered.
        signals = _Signals(self)
        progress = Progress(signals.progressed.emit)
        dialog = self._dialog(progress_parent, label, progress) if progress_parent else None
        if dialog is not None:
            signals.progressed.connect(
                lambda done, total, text: _show_progress(dialog, done, total, text)
            )

        def finish() -> None:
            self._pending.discard(signals)
            signals.deleteLater()
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            if not self._pending:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)
            changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
            if isinstance(changes, Changes) and changes.areas:
                self.changed.emit(changes)

        def failed(error: BaseException) -> None:
            finish()
            if isinstance(error, Cancelled):
                log.info("task cancelled")
            if on_error is not None:
                on_error(error)
            elif not isinstance(error, Cancelled):
                self.failed.emit(error)

        signals.finished.connect(done)
        signals.failed.connect(failed)
        if not self._pending:
            self.busy_changed.emit(True)
        self._pending.add(signals)
        self._queue.put((fn, signals, progress))
        return progress

    def _dialog(self, parent: QWidget, label: str, progress: Progress) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Batal"), 0, 0, parent)
        dialog.setWindowTitle(self.tr("Mohon tunggu"))
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancel)
        dialog.setValue(0)
        return dialog

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (shutdown and tests)."""
        deadline = time.monotonic() + msecs / 1000
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True


def _show_progress(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(done if total else 0)
    if text:
        dialog.setLabelText(text)
