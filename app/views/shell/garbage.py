"""The window's garbage collection, on the GUI thread only (``app.collector``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app import collector

#: How often the GUI thread looks whether a generation is due: often while the program
#: makes objects (a worker reading a large register), so each collection is small and
#: pauses the window briefly (the middle generation holds what the young one kept over
#: its last ten collections: at 50 ms a look that came to 24 ms); seldom while it rests.
#: A look that finds nothing due costs a microsecond.
BUSY_MS = 10
RESTING_MS = 100


class GarbageTimer(QObject):
    """While it runs, the garbage collector runs only here, on the GUI thread, so a Qt
    object in garbage is deleted on the thread that owns it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(RESTING_MS)
        self._timer.timeout.connect(self._look)

    def start(self) -> None:
        collector.timed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        collector.untimed()

    def _look(self) -> None:
        interval = BUSY_MS if collector.tick() >= 0 else RESTING_MS
        if interval != self._timer.interval():
            self._timer.setInterval(interval)
