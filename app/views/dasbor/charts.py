"""Dashboard charts (pyqtgraph): incidents per day stacked by severity with a voting-day
marker, incidents by category, readiness index per kab/kota, turnout vs target per
kab/kota. Every axis has a title and Indonesian numbers; legends sit above the plot.
Hovering shows the values; each chart saves itself as PNG (button or right click). A
chart without data says why instead of drawing an empty frame."""

from __future__ import annotations

import html
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedLayout,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.models.insiden import SEVERITIES
from app.services.core import formatting, palette
from app.services.dasbor import kesiapan
from app.services.dasbor.summary import RegionFigures
from app.views.dasbor.indicators import LEVEL_COLORS, kesiapan_tooltip
from app.views.dasbor.map import NO_DATA
from app.views.widgets.chart_parts import (
    NAMES_AXIS_MAX,
    axis_title,
    names_axis,
    number_axes,
    region_label,
    small_font,
    swatch,
)
from app.views.widgets.colors import text_style
from app.views.widgets.gantt import DAY, IndonesianDateAxis, _ts
from app.views.widgets.texts import tr_args

SEVERITY_COLORS = {level: QColor(hex_) for level, hex_ in palette.SEVERITY.items()}
TARGET_COLOR = QColor(palette.INK)


class ChartCard(QFrame):
    """A titled chart with a PNG action and a place for an honest "no data" message."""

    def __init__(
        self, name: str, title: str, parent: QWidget | None = None, date_axis: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        axes = number_axes("left", "bottom")
        if date_axis:
            axes["bottom"] = IndonesianDateAxis(orientation="bottom")
        self.plot = pg.PlotWidget(axisItems=axes)
        #: Row names of a horizontal bar chart, fitted again when the plot is resized.
        self._names: list[str] = []
        self.plot.getViewBox().sigResized.connect(self._refit_names)
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setAccessibleName(title)
        # Room for eight one-line row names and the axis titles (labels never overlap).
        self.plot.setMinimumSize(180, 160)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.customContextMenuRequested.connect(self._menu)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.title = QLabel(f"<b>{html.escape(title)}</b>")
        # Its own line under the title, above the plot (never over a bar); it never widens
        # the card.
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # between entries only: each entry is one unbreakable run
        self.legend.setStyleSheet("font-size: 8pt;")
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        save = QToolButton()
        save.setText(self.tr("PNG"))
        save.setToolTip(self.tr("Simpan grafik sebagai gambar PNG"))
        save.clicked.connect(self.choose_png)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(palette.MUTED_TEXT))
        self._stack = QStackedLayout()
        self._stack.addWidget(self.plot)
        self._stack.addWidget(self.message)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.legend)
        layout.addLayout(self._stack, 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """No: the wrapped legend would make the card ask the dashboard's grid for its
        whole preferred height at any width, and the rows would no longer share the height
        equally (``chart_grid``). The legend still wraps; ``_fit_minimum`` keeps room for
        its lines above the plot's minimum."""
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_minimum()

    def _fit_minimum(self) -> None:
        """At least the title, the legend's lines at this width and the plot's minimum:
        a narrow card (125 %) whose legend wraps grows the page (it scrolls) instead of
        cutting the plot's axis titles."""
        layout = self.layout()
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        legend = self.legend.heightForWidth(width) if self.legend.text() else 0
        needed = (margins.top() + margins.bottom() + layout.itemAt(0).sizeHint().height()
                  + max(legend, 0) + self._stack.minimumSize().height() + 2 * layout.spacing())  # fmt: skip
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def _small_font(self):
        return small_font(self.font())

    @property
    def has_plot(self) -> bool:
        return self._stack.currentWidget() is self.plot

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def show_plot(self) -> None:
        self._stack.setCurrentWidget(self.plot)

    def hover_text(self, point: QPointF) -> str:  # noqa: ARG002 - overridden
        return ""

    def _hover(self, scene_pos: QPointF) -> None:
        point = self.plot.getViewBox().mapSceneToView(scene_pos)
        text = self.hover_text(point)
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Simpan sebagai PNG…"), self.choose_png)
        menu.exec(self.plot.mapToGlobal(pos))

    def choose_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan grafik"), f"{self.objectName()}.png", "PNG (*.png)"
        )
        if path:
            self.save_png(path)

    def save_png(self, path: str) -> bool:
        return self.grab().save(path, "PNG")

    def _names_axis(self, names: list[str]) -> None:
        """Row names on the left axis, fitted to the room each row has (hover: full)."""
        self._names = list(names)
        widest = max(70, min(NAMES_AXIS_MAX, int(self.width() * 0.4)))
        names_axis(self.plot, self._names, self._small_font(), widest)

    def _refit_names(self, *_args) -> None:
        """The plot area was resized (the card's own resize comes before it: a name fitted
        then would be fitted to the old height)."""
        if self._names:
            self._names_axis(self._names)


class IncidentsPerDayChart(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "grafik_insiden_harian", self.tr("Insiden per hari"), parent, date_axis=True
        )
        self.legend.setText(
            "&nbsp; ".join(swatch(SEVERITY_COLORS[s], SEVERITIES[s][2:]) for s in (4, 3, 2, 1))
        )
        self.days: list = []
        self._bars = [
            pg.BarGraphItem(
                x=[], height=[], width=0.8 * DAY, brush=SEVERITY_COLORS[s], pen=pg.mkPen(None)
            )
            for s in (1, 2, 3, 4)
        ]
        for bar in self._bars:
            self.plot.addItem(bar)
        self.voting_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(QColor(palette.TODAY), width=2, style=Qt.PenStyle.DashLine),
        )
        self.voting_line.label = pg.InfLineLabel(
            self.voting_line, self.tr("Hari-H"), position=0.92, color=palette.TODAY
        )
        self.plot.addItem(self.voting_line)
        self.plot.showGrid(y=True, alpha=0.15)
        axis_title(self.plot, "left", self.tr("Jumlah insiden"))
        axis_title(self.plot, "bottom", self.tr("Tanggal kejadian"))  # fmt: skip

    def set_days(self, days: list, voting_day: date | None) -> None:
        self.days = list(days)
        xs = [_ts(d.day) + DAY / 2 for d in days]
        base = [0] * len(days)
        for index, bar in enumerate(self._bars):
            heights = [d.by_severity[index] for d in days]
            bar.setOpts(x=xs, height=heights, y0=list(base), width=0.8 * DAY)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        self.voting_line.setVisible(voting_day is not None)
        last = days[-1].day if days else voting_day
        if voting_day is not None:
            self.voting_line.setPos(_ts(voting_day) + DAY / 2)
            if last is not None and 0 <= (voting_day - last).days <= 14:
                last = voting_day
        if days and last is not None:
            self.plot.setXRange(_ts(days[0].day), _ts(last) + DAY, padding=0.01)
        self.plot.setYRange(0, max(base, default=1) * 1.1 + 0.5, padding=0)
        self.show_plot()

    def hover_text(self, point: QPointF) -> str:
        for d in self.days:
            if _ts(d.day) <= point.x() < _ts(d.day) + DAY:
                parts = ", ".join(
                    f"{SEVERITIES[s][2:]} {d.by_severity[s - 1]}" for s in (4, 3, 2, 1)
                )
                return f"<b>{html.escape(formatting.long_date(d.day))}</b><br>" + tr_args(self.tr("%1 insiden"), d.total) + f" ({parts})"  # fmt: skip
        return ""


class CategoryChart(ChartCard):
    """The most frequent categories, one bar each; the rest together as one last bar
    ("5 kategori lain"), so every incident is on the chart and nothing is said twice."""

    SHOWN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("grafik_kategori", self.tr("Insiden per kategori"), parent)
        self.rows: list = []
        #: The categories folded into the last bar (their names are in its hover text).
        self.rest: list = []
        self._bar = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.7, brush=QColor(palette.INFO), pen=pg.mkPen(None)
        )
        self.plot.addItem(self._bar)
        axis_title(self.plot, "bottom", self.tr("Jumlah insiden"))

    def set_rows(self, rows: list) -> None:
        rows = list(rows)
        if len(rows) > self.SHOWN:
            shown, rest = rows[: self.SHOWN - 1], rows[self.SHOWN - 1 :]
        else:
            shown, rest = rows, []
        self.rows, self.rest = shown, rest
        counts = [r.count for r in shown] + ([sum(r.count for r in rest)] if rest else [])
        names = [r.name for r in shown]
        if rest:
            names.append(self.tr("%n kategori lain", "", len(rest)))
        self._bar.setOpts(
            x0=[0] * len(counts), y=list(range(len(counts))), width=counts, height=0.7
        )
        self._names_axis(names)
        self.plot.setXRange(0, max(counts, default=1) * 1.05, padding=0)
        self.show_plot()

    def bars(self) -> dict[str, int]:
        """Bar label → count as drawn (tests, accessibility)."""
        labels = [r.name for r in self.rows] + ([self._names[-1]] if self.rest else [])
        return dict(zip(labels, (int(w) for w in self._bar.opts["width"]), strict=True))

    def hover_text(self, point: QPointF) -> str:
        row = round(point.y())
        if point.x() < 0 or row < 0:
            return ""
        if row < len(self.rows):
            r = self.rows[row]
            return f"<b>{html.escape(r.name)}</b> ({html.escape(r.group)})<br>" + tr_args(
                self.tr("%1 insiden"), formatting.number(r.count)
            )
        if row == len(self.rows) and self.rest:
            lines = [f"{html.escape(r.name)}: {formatting.number(r.count)}" for r in self.rest]
            return f"<b>{html.escape(self._names[-1])}</b><br>" + "<br>".join(lines)
        return ""


class _RegionChart(ChartCard):
    region_clicked = Signal(str)

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(name, title, parent)
        self.figures: list[RegionFigures] = []
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    def _clicked(self, event) -> None:
        point = self.plot.getViewBox().mapSceneToView(event.scenePos())
        row = round(point.y())
        if 0 <= row < len(self.figures):
            self.region_clicked.emit(self.figures[row].code)

    def _row_at(self, point: QPointF) -> RegionFigures | None:
        row = round(point.y())
        return self.figures[row] if 0 <= row < len(self.figures) and point.x() >= -5 else None


class ReadinessChart(_RegionChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("grafik_kesiapan", self.tr("Indeks kesiapan per kab/kota"), parent)
        self.legend.setText("&nbsp; ".join(swatch(c, level) for level, c in LEVEL_COLORS.items()))
        self._bar = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.7, brushes=[], pen=pg.mkPen(None)
        )
        self.plot.addItem(self._bar)
        for cut in (kesiapan.CUKUP_FROM, kesiapan.SIAP_FROM):
            self.plot.addItem(
                pg.InfiniteLine(
                    cut, angle=90, pen=pg.mkPen(palette.NEUTRAL, style=Qt.PenStyle.DashLine)
                )
            )
        axis_title(self.plot, "bottom", self.tr("Indeks kesiapan (0–100)"))
        self.weights = kesiapan.Weights()  # fmt: skip

    def set_figures(self, figures, weights: kesiapan.Weights, selected: str) -> None:
        self.figures, self.weights = list(figures), weights
        scores = [f.kesiapan.score or 0.0 for f in self.figures]
        brushes = [pg.mkBrush(LEVEL_COLORS.get(f.kesiapan.level, NO_DATA)) for f in self.figures]
        self._bar.setOpts(x0=[0] * len(scores), y=list(range(len(scores))), width=scores, brushes=brushes,
                          pens=[pg.mkPen(palette.INK, width=2) if f.code == selected else pg.mkPen(None)
                                for f in self.figures])  # fmt: skip
        self._names_axis([region_label(f.name) for f in self.figures])
        self.plot.setXRange(0, 100, padding=0.02)
        self.show_plot()

    def hover_text(self, point: QPointF) -> str:
        f = self._row_at(point)
        return (
            f"<b>{html.escape(f.name)}</b><br>{kesiapan_tooltip(f.kesiapan, self.weights)}"
            if f
            else ""
        )


class TurnoutChart(_RegionChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "grafik_partisipasi", self.tr("Partisipasi vs target per kab/kota"), parent
        )
        self.legend.setText("&nbsp; ".join((swatch(QColor(palette.INFO), self.tr("partisipasi")),
                                            swatch(TARGET_COLOR, self.tr("target"), "<b>┃</b>"))))  # fmt: skip
        self._bar = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.7, brush=QColor(palette.INFO), pen=pg.mkPen(None)
        )
        self._target = pg.ScatterPlotItem(
            symbol="|", size=22, pen=pg.mkPen(TARGET_COLOR, width=3), brush=None
        )
        self.plot.addItem(self._bar)
        self.plot.addItem(self._target)
        axis_title(self.plot, "bottom", self.tr("Partisipasi (%)"))  # fmt: skip

    def set_figures(self, figures) -> None:
        self.figures = list(figures)
        self._bar.setOpts(
            x0=[0] * len(self.figures),
            y=list(range(len(self.figures))),
            width=[f.turnout_pct or 0.0 for f in self.figures],
        )
        targets = [
            (f.target_pct, i) for i, f in enumerate(self.figures) if f.target_pct is not None
        ]
        self._target.setData(x=[t for t, _ in targets], y=[i for _, i in targets])
        self._names_axis([region_label(f.name) for f in self.figures])
        self.plot.setXRange(0, 100, padding=0.02)
        self.show_plot()  # fmt: skip

    def hover_text(self, point: QPointF) -> str:
        f = self._row_at(point)
        if f is None:
            return ""
        text = tr_args(
            self.tr("Partisipasi %1, target %2"),
            "–" if f.turnout_pct is None else formatting.percent_floor(f.turnout_pct / 100, 2),
            formatting.percent(f.target_pct, 0),
        )
        return f"<b>{html.escape(f.name)}</b><br>{html.escape(text)}"
