"""The window's garbage collection, on the GUI thread only (``app.collector``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app import collector

#: How often the GUI thread looks whether a generation is due. Short enough that the
#: young generation stays small (its collection is one pause of the window, however
#: much the worker made meanwhile); a look that finds nothing due costs a microsecond.
INTERVAL_MS = 50


class GarbageTimer(QObject):
    """While it runs, the garbage collector runs only here, on the GUI thread, so a Qt
    object in garbage is deleted on the thread that owns it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collector.tick)

    def start(self) -> None:
        collector.timed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        collector.untimed()
