"""Gantt-style timeline of a contest's stages (pyqtgraph): planned bars, actual bars
coloured by status, a line for today and one for voting day, each named. Rows are named
by code and stage name (cut to the room there is; hover shows it whole). Clicking a row
selects it."""

from __future__ import annotations

import html
import math
from datetime import UTC, date, datetime, timedelta

import pyqtgraph as pg
from babel.dates import format_date
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from app.services.core import palette
from app.services.core.formatting import LOCALE, short_date
from app.services.tahapan.records import TahapanRow
from app.views.widgets.chart_parts import axis_title, small_font
from app.views.widgets.colors import qcolor
from app.views.widgets.status_colors import PLANNED_COLOR, TODAY_COLOR, status_color
from app.views.widgets.texts import tr_args

DAY = 86_400.0


def _ts(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def _day(ts: float) -> date:
    return datetime.fromtimestamp(ts, UTC).date()


class IndonesianDateAxis(pg.AxisItem):
    """Dates in Bahasa Indonesia: day ticks (``27 Nov``) every 1, 2, 7 or 14 days, or month
    ticks (``Nov 2024``), whichever keeps the labels apart at the axis' width."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def _label_px(self) -> float:
        """Room one label needs: the widest day label in the axis' font, and a gap."""
        font = self.style.get("tickFont") or QFont()
        return QFontMetrics(font).horizontalAdvance("28 Okt") * 1.15 + 8

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803
        if maxVal <= minVal:
            return []
        first, last = _day(minVal), _day(maxVal)
        days = max((last - first).days, 1)
        per_day = size / days if size else 10.0
        label_px = self._label_px()
        step = next((s for s in (1, 2, 7, 14) if s * per_day >= label_px), None)
        if step is None:
            months, day = [], date(first.year, first.month, 1)
            while day <= last:
                if day >= first:
                    months.append(_ts(day))
                day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            every = max(1, math.ceil(1.4 * label_px / (30 * per_day)))
            return [(30 * DAY * every, months[::every])]
        return [(step * DAY, [_ts(first + timedelta(days=i)) for i in range(0, days + 1, step)])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        pattern = "MMM y" if spacing >= 20 * DAY else "d MMM"
        return [format_date(_day(v), pattern, locale=LOCALE) for v in values]


class GanttChart(QWidget):
    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TahapanRow] = []
        self._today: date | None = None
        self.plot = pg.PlotWidget(axisItems={"bottom": IndonesianDateAxis(orientation="bottom")})
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.plot.getPlotItem().invertY(True)
        self._font = small_font(self.font())
        self.plot.getAxis("left").setStyle(hideOverlappingLabels=True, tickFont=self._font)
        self.plot.getAxis("bottom").setStyle(tickFont=self._font)
        axis_title(self.plot, "bottom", self.tr("Tanggal"))
        self.plot.getViewBox().setMouseEnabled(x=True, y=False)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.setAccessibleName(self.tr("Lini masa tahapan"))
        self._planned = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.7, brush=PLANNED_COLOR, pen=pg.mkPen(None)
        )
        self._actual = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.35, brushes=[], pen=pg.mkPen(None)
        )
        self._today_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(TODAY_COLOR, width=2, style=Qt.PenStyle.DashLine)
        )
        # Named at the top (the y axis runs downwards), on the side with room: never cut.
        self._today_line.label = pg.InfLineLabel(
            self._today_line, self.tr("Hari ini"), position=0.03, color=TODAY_COLOR
        )
        self._voting_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(QColor(palette.GUIDE_LINE), width=1.5, style=Qt.PenStyle.DotLine),
        )
        self._voting_line.label = pg.InfLineLabel(
            self._voting_line, self.tr("Hari-H"), position=0.97, color=palette.GUIDE_LINE
        )
        self._band = pg.LinearRegionItem(
            orientation="horizontal",
            movable=False,
            brush=pg.mkBrush(qcolor(palette.INFO, 40)),
            pen=pg.mkPen(None),
        )
        self._band.setVisible(False)
        for item in (self._band, self._planned, self._actual, self._today_line, self._voting_line):
            self.plot.addItem(item)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_rows(self, rows: list[TahapanRow], today: date, voting_day: date | None) -> None:
        self._rows = list(rows)
        self._today = today
        planned = [(i, r) for i, r in enumerate(rows) if r.planned_end]
        self._planned.setOpts(
            x0=[_ts(r.planned_start or r.planned_end) for _, r in planned],
            width=[
                _ts(r.planned_end) - _ts(r.planned_start or r.planned_end) + DAY for _, r in planned
            ],
            y=[i for i, _ in planned],
        )
        actual = [(i, r) for i, r in enumerate(rows) if r.actual_start]
        ends = [r.actual_end or today for _, r in actual]
        self._actual.setOpts(
            x0=[_ts(r.actual_start) for _, r in actual],
            width=[
                max(DAY, _ts(end) - _ts(r.actual_start) + DAY)
                for (_, r), end in zip(actual, ends, strict=True)
            ],
            y=[i for i, _ in actual],
            brushes=[pg.mkBrush(status_color(r.status)) for _, r in actual],
        )
        self._today_line.setPos(_ts(today) + DAY / 2)
        self._voting_line.setVisible(voting_day is not None)
        if voting_day:
            self._voting_line.setPos(_ts(voting_day) + DAY / 2)
        self._name_rows()
        self.plot.setYRange(-0.6, max(len(rows), 1) - 0.4, padding=0)
        days = [
            d
            for r in rows
            for d in (r.planned_start, r.planned_end, r.actual_start, r.actual_end)
            if d
        ]
        if days:
            self.plot.setXRange(
                _ts(min(days)) - 5 * DAY, _ts(max(max(days), today)) + 10 * DAY, padding=0
            )
        self._place_labels()

    # -- names and labels that fit ------------------------------------------------------
    def minimum_plot_height(self) -> int:
        """Nearly a line per row (a name that would touch the next is left out; hover names
        every row), and the date axis."""
        line = QFontMetrics(self._font).lineSpacing()
        return int(len(self._rows) * line * 0.85) + 3 * line + 16

    def _name_rows(self) -> None:
        """ "T05 Pemberitahuan dan pendaftaran…": code and name, cut to a third of the
        width (the table above and the hover text have it whole)."""
        metrics = QFontMetrics(self._font)
        widest = max(90, min(260, int(self.width() * 0.32)))
        names = [metrics.elidedText(f"{'  ' * r.depth}{r.code} {r.name}", Qt.TextElideMode.ElideRight, widest)
                 for r in self._rows]  # fmt: skip
        axis = self.plot.getAxis("left")
        axis.setTicks([list(enumerate(names))])
        axis.setWidth(max((metrics.horizontalAdvance(n) for n in names), default=40) + 12)
        self.setMinimumHeight(self.minimum_plot_height())

    def _place_labels(self) -> None:
        """Each line's name on the side of the line that has room, so it is never cut."""
        (left, right), _ = self.plot.getViewBox().viewRange()
        middle = (left + right) / 2
        for line in (self._today_line, self._voting_line):
            on_left = line.value() > middle
            line.label.anchors = [(1.0, 0.5), (1.0, 0.5)] if on_left else [(0.0, 0.5), (0.0, 0.5)]
            line.label.updatePosition()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._rows:
            self._name_rows()

    def _hover(self, scene_pos) -> None:
        point = self.plot.getViewBox().mapSceneToView(scene_pos)
        row = round(point.y())
        if 0 <= row < len(self._rows) and self.plot.getViewBox().sceneBoundingRect().contains(
            scene_pos
        ):
            r = self._rows[row]
            planned = f"{short_date(r.planned_start)} – {short_date(r.planned_end)}"
            text = f"<b>{html.escape(r.code)} {html.escape(r.name)}</b><br>" + tr_args(
                self.tr("Rencana %1 · %2 · progres %3%"), planned, r.status, r.progress
            )
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    # -- reading what is drawn (tests and accessibility) --------------------------------
    def actual_bar(self, code: str) -> tuple[date, date] | None:
        """The actual bar drawn for ``code`` as (first day, last day), or None."""
        opts = self._actual.opts
        for x0, width, y in zip(opts["x0"], opts["width"], opts["y"], strict=True):
            if self._rows[int(y)].code == code:
                return _day(x0), _day(x0 + width - DAY)
        return None

    def planned_bar(self, code: str) -> tuple[date, date] | None:
        opts = self._planned.opts
        for x0, width, y in zip(opts["x0"], opts["width"], opts["y"], strict=True):
            if self._rows[int(y)].code == code:
                return _day(x0), _day(x0 + width - DAY)
        return None

    def today_marker(self) -> date:
        return _day(self._today_line.value())

    def _clicked(self, event) -> None:
        point = self.plot.getViewBox().mapSceneToView(event.scenePos())
        row = round(point.y())
        if 0 <= row < len(self._rows):
            self.stage_clicked.emit(self._rows[row].id)

    def select(self, tahapan_id: int) -> None:
        """Shade the selected stage's row, mirroring the table's selection."""
        rows = [i for i, r in enumerate(self._rows) if r.id == tahapan_id]
        self._band.setVisible(bool(rows))
        if rows:
            self._band.setRegion((rows[0] - 0.5, rows[0] + 0.5))
