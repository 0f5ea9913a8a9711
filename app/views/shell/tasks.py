"""The one background-task helper of the app.

Database work runs on a single worker thread, in order, so two actions never race on the
database; the result or the error comes back on the GUI thread. A mutating use case
returns ``Changes`` (or an object with ``.changes``); the runner then emits ``changed``
and each page decides whether to reload. Long work gets a progress dialog with cancel.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.core.changes import Changes
from app.services.core.errors import Cancelled
from app.services.core.progress import Progress

log = logging.getLogger(__name__)

#: A dialog appears only when work lasts longer than this (SPEC 6: over ~0,5 s).
PROGRESS_DELAY_MS = 500


class _Bridge(QObject):
    """Lives on the GUI thread for the runner's whole life; the worker only emits it."""

    ready = Signal()
    progressed = Signal(int, int, int, str)


@dataclass
class _Task:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    dialog: QProgressDialog | None


class TaskRunner(QObject):
    """Runs callables off the GUI thread; emits ``changed`` after a mutating success and
    ``failed`` for errors no caller handled."""

    changed = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[int, _Task] = {}
        self._ids = itertools.count(1)
        self._bridge = _Bridge(self)
        self._bridge.ready.connect(self._deliver)
        self._bridge.progressed.connect(self._progressed)
        # One plain Python thread and two queues: work runs strictly in order; the worker
        # never owns a Qt object, and it hands the callable, its result and its error back
        # through ``_results`` *before* signalling, so every Python reference the task
        # made (widgets a closure captured included) is released on the GUI thread.
        self._queue: queue.Queue = queue.Queue()
        self._results: queue.SimpleQueue = queue.SimpleQueue()
        self._worker = threading.Thread(target=self._loop, name="desk-db-worker", daemon=True)
        self._worker.start()

    def _loop(self) -> None:
        while True:
            task_id, fn, progress = self._queue.get()
            try:
                outcome = (True, fn(progress))
            except BaseException as error:  # delivered to the GUI thread, never lost
                outcome = (False, error)
            self._results.put((task_id, outcome, fn, progress))
            del fn, progress, outcome
            self._bridge.ready.emit()
            self._queue.task_done()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

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
        task_id = next(self._ids)
        emit = self._bridge.progressed.emit
        progress = Progress(lambda done, total, text: emit(task_id, done, total, text))
        dialog = self._dialog(progress_parent, label, progress) if progress_parent else None
        if not self._tasks:
            self.busy_changed.emit(True)
        self._tasks[task_id] = _Task(on_done, on_error, dialog)
        self._queue.put((task_id, fn, progress))
        return progress

    def _progressed(self, task_id: int, done: int, total: int, text: str) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.dialog is not None:
            _show_progress(task.dialog, done, total, text)

    def _deliver(self) -> None:
        while True:
            try:
                task_id, (ok, value), fn, progress = self._results.get_nowait()
            except queue.Empty:
                return
            del fn, progress
            task = self._tasks.pop(task_id, None)
            if task is None:
                continue
            if task.dialog is not None:
                task.dialog.reset()
                task.dialog.deleteLater()
            if not self._tasks:
                self.busy_changed.emit(False)
            if ok:
                self._succeeded(task, value)
            else:
                self._failed(task, value)

    def _succeeded(self, task: _Task, result: Any) -> None:
        if task.on_done is not None and _alive(task.on_done):
            task.on_done(result)
        changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
        if isinstance(changes, Changes) and changes.areas:
            self.changed.emit(changes)

    def _failed(self, task: _Task, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            log.info("task cancelled")
        if task.on_error is not None:
            if _alive(task.on_error):
                task.on_error(error)
        elif not isinstance(error, Cancelled):
            self.failed.emit(error)

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
        """Block until queued work is done (shutdown and tests). On the GUI thread, which
        then runs no timer: the garbage collector's looks go on here (``app.collector``),
        so a long import still writing as the window closes does not pile up garbage."""
        from app import collector

        deadline = time.monotonic() + msecs / 1000
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            collector.tick()
            time.sleep(0.005)
        return True


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget or model already destroyed (a page
    closed while its work was still queued): its result has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _show_progress(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(done if total else 0)
    if text:
        dialog.setLabelText(text)
