"""What other PCs of the desk save, on this window within seconds (issue 22, SPEC 10).

The watcher (``services.core.feed_watch``) runs on a thread of its own; what it reports
is posted here, on the GUI thread, gathered for a moment and handed to the window's one
change signal (``TaskRunner.changed``), so every page reloads through the path it already
has for its own saves. A burst of changes (an import on another PC, ten saves a second)
becomes at most one reload a second. A mark in the status bar says when the last change
from another PC arrived, or that the feed is cut off and reconnecting; after a
reconnection every page reloads once.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from app.services.core import formatting
from app.views.widgets.texts import tr_args

if TYPE_CHECKING:
    from app.services.core.feed import Arrival
    from app.services.core.feed_watch import Watcher
    from app.views.shell.context import AppContext

#: Changes that arrive together are gathered this long before pages reload…
GATHER_MS = 150
#: …and pages reload at most this often while changes keep coming.
EVERY_MS = 1000


class LiveFeed(QObject):
    """Starts the watcher for ``ctx.db`` and feeds ``ctx.runner.changed``; ``mark`` is the
    status bar's label. ``ignore``: the origin not reported (default: this program)."""

    _arrived = Signal(object)
    _state = Signal(bool)
    #: Emitted (on the GUI thread) with each Changes handed to the pages.
    delivered = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 ignore: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._ctx = ctx
        self._ignore = ignore
        self.mark = QLabel()
        self.mark.setObjectName("live_feed_mark")
        self._pending: Arrival | None = None
        self._last_delivery = float("-inf")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._deliver)
        self._arrived.connect(self._gather)
        self._state.connect(self._show_state)
        self._watcher: Watcher | None = None
        self.last_arrival = ""

    def start(self) -> LiveFeed:
        from app.services.core import feed_watch

        self._watcher = feed_watch.watch(self._ctx.db, self._arrived.emit, self._state.emit,
                                         self._ignore)  # fmt: skip
        return self

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._watcher is not None and self._watcher.running

    # -- on the GUI thread -----------------------------------------------------------------
    def _gather(self, arrival: Arrival) -> None:
        self._pending = arrival if self._pending is None else self._pending.merge(arrival)
        if not arrival.everything:  # a change from elsewhere, not the reload after a cut
            clock = self._ctx.desk.clock
            self.last_arrival = formatting.date_time(clock.now(), clock.tz)[11:]
        if not self._timer.isActive():
            since = (time.monotonic() - self._last_delivery) * 1000
            self._timer.start(int(max(GATHER_MS, EVERY_MS - since)))

    def _deliver(self) -> None:
        arrival, self._pending = self._pending, None
        if arrival is None:
            return
        self._last_delivery = time.monotonic()
        if self.last_arrival:
            self._show_mark()
        changes = arrival.to_changes()
        self._ctx.runner.changed.emit(changes)
        self.delivered.emit(changes)

    def _show_mark(self) -> None:
        if self._ctx.db.is_sqlite:
            text = self.tr("Perubahan dari program lain: %1")
            tip = self.tr("Halaman diperbarui sendiri saat program lain di PC ini (mis. impor "
                          "lewat baris perintah) menyimpan perubahan. Jam ini: perubahan terakhir "
                          "dari program lain diterima.")  # fmt: skip
        else:
            text = self.tr("Perubahan dari PC lain: %1")
            tip = self.tr("Halaman diperbarui sendiri saat PC lain di desk ini menyimpan "
                          "perubahan. Jam ini: perubahan terakhir dari PC lain diterima.")  # fmt: skip
        self.mark.setText(tr_args(text, self.last_arrival))
        self.mark.setToolTip(tip)

    def _show_state(self, connected: bool) -> None:
        if connected:
            if self.last_arrival:
                self._show_mark()
            else:
                self.mark.clear()
                self.mark.setToolTip("")
            return
        self.mark.setText(self.tr("Pembaruan langsung terputus — menyambung ulang…"))
        self.mark.setToolTip(
            self.tr(
                "Perubahan dari PC lain belum tampil sampai sambungan pulih. Desk Pilkada "
                "terus mencoba; setelah tersambung, semua halaman dimuat ulang sekali."
            )  # fmt: skip
        )
