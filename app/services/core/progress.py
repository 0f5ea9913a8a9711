"""How slow use cases report progress and notice a cancel, without knowing about Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.services.core.errors import Cancelled


class Progress:
    """Passed into long use cases; the task runner wires it to a progress dialog."""

    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()

    def report(self, done: int, total: int, label: str = "") -> None:
        self.check()
        if self._on_report is not None:
            self._on_report(done, total, label)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user asked to stop; call it between steps."""
        if self._cancel.is_set():
            raise Cancelled()
