"""The dashboard's four charts, two by two: incidents per day and readiness, incidents by
category and turnout.

They come a moment after the figures: their module (pyqtgraph) is imported on the worker
while the first figures are computed and shown, so the first page shows its tiles, map
and alerts without waiting for the chart library (issue 20). Each chart's place says
"Menyiapkan grafik…" until it is built; the charts are built one per turn of the event
loop (each 20-50 ms, so the window stays responsive) and each shows the latest figures
as it comes.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from app.services.core import palette
from app.services.dasbor.summary import DasborSnapshot
from app.views.dasbor.tiles import no_data
from app.views.shell.tasks import TaskRunner
from app.views.widgets.colors import text_style
from app.views.widgets.texts import tr_args

log = logging.getLogger(__name__)

#: The four charts in the order they are built: the grid's attribute and the class in
#: ``views.dasbor.charts``; and their (row, column).
CHARTS = (("per_day", "IncidentsPerDayChart"), ("readiness", "ReadinessChart"),
          ("by_category", "CategoryChart"), ("turnout", "TurnoutChart"))  # fmt: skip
CELLS = ((0, 0), (0, 1), (1, 0), (1, 1))


def import_charts(_progress: Any) -> Any:
    """On the worker: the chart module and pyqtgraph (no Qt object is made here). A plain
    import, so the Windows build's analysis finds the module."""
    from app.views.dasbor import charts

    return charts


class ChartPlace(QLabel):
    """Where a chart will be, saying so until it is."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(text_style(palette.MUTED_TEXT))
        self.setMinimumSize(180, 190)
        _equal_rows(self)


def _equal_rows(widget: QWidget) -> None:
    """Four equal charts, whatever each one's content asks for: the rows share the height
    by their stretch, not by what a chart's content would like (a chart showing a message
    asks for less than one with bars), and never below each chart's minimum."""
    policy = widget.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)


class ChartGrid(QWidget):
    #: All four charts are built and show the latest figures.
    charts_shown = Signal()
    #: A kab/kota bar clicked (readiness, turnout): its code.
    region_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.per_day = self.readiness = self.by_category = self.turnout = None
        self._module: Any = None
        self._snapshot: DasborSnapshot | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self.places = [ChartPlace(self.tr("Menyiapkan grafik…"), self) for _ in CELLS]
        for place, (row, column) in zip(self.places, CELLS, strict=True):
            self._grid.addWidget(place, row, column)
        for i in (0, 1):  # see _equal_rows
            self._grid.setRowStretch(i, 1)
            self._grid.setColumnStretch(i, 1)

    @property
    def ready(self) -> bool:
        """All four charts are built."""
        return not self.places

    def load(self, runner: TaskRunner) -> None:
        """Queue the chart library's import on the worker (after what is queued already:
        the first figures)."""
        runner.run(import_charts, self._loaded, self._failed)

    def show_snapshot(self, snapshot: DasborSnapshot) -> None:
        """The charts built so far show ``snapshot``; the others will as they are built."""
        self._snapshot = snapshot
        for name, _kind in CHARTS:
            if getattr(self, name) is not None:
                getattr(self, f"_fill_{name}")(snapshot)
        if self.ready:
            self.charts_shown.emit()

    # -- building -------------------------------------------------------------------------
    def _loaded(self, module: Any) -> None:
        self._module = module
        QTimer.singleShot(0, self._build_next)

    def _build_next(self) -> None:
        if not self.places or not shiboken6.isValid(self):
            return
        index = len(CELLS) - len(self.places)
        name, kind = CHARTS[index]
        chart = getattr(self._module, kind)(self)  # never a window of its own, even briefly
        if hasattr(chart, "region_clicked"):
            chart.region_clicked.connect(self.region_clicked)
        _equal_rows(chart)
        setattr(self, name, chart)
        place = self.places.pop(0)
        self._grid.removeWidget(place)
        place.deleteLater()
        self._grid.addWidget(chart, *CELLS[index])
        if self._snapshot is not None:
            getattr(self, f"_fill_{name}")(self._snapshot)
        if self.places:
            QTimer.singleShot(0, self._build_next)
        else:
            self.charts_shown.emit()

    def _failed(self, error: BaseException) -> None:
        log.error("dashboard charts could not be loaded: %r", error)
        for place in self.places:
            place.setText(tr_args(self.tr("Grafik tidak dapat dimuat: %1"), error))

    # -- filling --------------------------------------------------------------------------
    def _fill_per_day(self, s: DasborSnapshot) -> None:
        if s.per_day.ok:
            self.per_day.set_days(s.per_day.value, s.countdown.voting_day)
        else:
            self.per_day.show_message(no_data(s.per_day) if s.query.start and s.query.end
                                      else self.tr("Pilih periode dengan tanggal awal dan akhir"))  # fmt: skip

    def _fill_by_category(self, s: DasborSnapshot) -> None:
        if s.by_category.ok:
            self.by_category.set_rows(s.by_category.value)
        else:
            self.by_category.show_message(no_data(s.by_category))

    def _fill_readiness(self, s: DasborSnapshot) -> None:
        if any(f.kesiapan.score is not None for f in s.figures):
            self.readiness.set_figures(s.figures, s.weights, s.query.root_code)
        else:
            self.readiness.show_message(self.tr("belum ada data"))

    def _fill_turnout(self, s: DasborSnapshot) -> None:
        if not s.voting_passed:
            self.turnout.show_message(tr_args(self.tr("Partisipasi tersedia setelah hari pemungutan suara (%1)."), s.countdown.label))  # fmt: skip
        elif s.turnout_kabkota.ok and any(f.turnout_pct is not None for f in s.figures):
            self.turnout.set_figures(s.figures)
        else:
            self.turnout.show_message(no_data(s.turnout_kabkota))
