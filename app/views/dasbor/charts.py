"""Dashboard charts (pyqtgraph): incidents per day stacked by severity with a voting-day
marker, incidents by category, readiness index per kab/kota, turnout vs target per
kab/kota. Hovering shows the values; each chart saves itself as PNG (button or right
click). A chart without data says why instead of drawing an empty frame."""

from __future__ import annotations

import html
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics
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
from app.views.dasbor.map import NO_DATA, short_name
from app.views.widgets.colors import text_style
from app.views.widgets.gantt import DAY, IndonesianDateAxis, _ts
from app.views.widgets.texts import tr_args

SEVERITY_COLORS = {level: QColor(hex_) for level, hex_ in palette.SEVERITY.items()}
TARGET_COLOR = QColor(palette.INK)
#: Widest a row-name axis gets; longer names wrap to two lines, then are cut (hover: full).
NAMES_AXIS_MAX = 150


def swatch(color: QColor, text: str, glyph: str = "■") -> str:
    """One legend entry as rich text that never breaks inside: "■ Perlu perhatian"."""
    words = html.escape(text).replace(" ", "&nbsp;")
    return f'<span style="color:{color.name()}">{glyph}</span>&nbsp;{words}'


def fit_name(text: str, metrics: QFontMetrics, width: int = NAMES_AXIS_MAX) -> str:
    """A category name on at most two lines of ``width`` pixels, the rest cut with "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words, first = text.split(" "), ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    rest = " ".join(words)
    if not first:  # one long word: cut it where the line is full
        first = next((text[:n] for n in range(len(text), 0, -1)
                      if metrics.horizontalAdvance(text[:n]) <= width), text[:1])  # fmt: skip
        rest = text[len(first) :]
    second = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{second}" if second else first


class ChartCard(QFrame):
    """A titled chart with a PNG action and a place for an honest "no data" message."""

    def __init__(
        self, name: str, title: str, parent: QWidget | None = None, date_axis: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        axes = {"bottom": IndonesianDateAxis(orientation="bottom")} if date_axis else {}
        self.plot = pg.PlotWidget(axisItems=axes)
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setAccessibleName(title)
        self.plot.setMinimumSize(180, 120)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.customContextMenuRequested.connect(self._menu)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.title = QLabel(f"<b>{html.escape(title)}</b>")
        # Its own line under the title, unwrapped: entries never break inside; it never
        # widens the card either.
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
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

    def _small_font(self):
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

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
        """Row names on the left axis, as wide as the longest needs (up to the maximum)."""
        axis = self.plot.getAxis("left")
        font = self._small_font()
        metrics = QFontMetrics(font)
        shown = [fit_name(n, metrics) for n in names]
        axis.setTicks([list(enumerate(shown))])
        axis.setStyle(hideOverlappingLabels=False, textFillLimits=[(0, 1.5)], tickFont=font)
        widest = max(
            (metrics.horizontalAdvance(line) for n in shown for line in n.split("\n")), default=0
        )
        axis.setWidth(widest + 14)
        self.plot.getPlotItem().invertY(True)
        self.plot.setYRange(-0.6, max(len(names), 1) - 0.4, padding=0)


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
        self.plot.showGrid(y=True, alpha=0.15)  # fmt: skip

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
    SHOWN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("grafik_kategori", self.tr("Insiden per kategori"), parent)
        self.rows: list = []
        self._bar = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.7, brush=QColor(palette.INFO), pen=pg.mkPen(None)
        )
        self.plot.addItem(self._bar)

    def set_rows(self, rows: list) -> None:
        shown = list(rows[: self.SHOWN])
        rest = sum(r.count for r in rows[self.SHOWN :])
        self.rows = shown
        self.rest = rest
        self._bar.setOpts(
            x0=[0] * len(shown),
            y=list(range(len(shown))),
            width=[r.count for r in shown],
            height=0.7,
        )
        self._names_axis([r.name for r in shown])
        self.plot.setXRange(0, max((r.count for r in shown), default=1) * 1.05, padding=0)
        if rest:
            self.legend.setText(tr_args(self.tr("lainnya: %1"), formatting.number(rest)))
        else:
            self.legend.setText("")
        self.show_plot()

    def hover_text(self, point: QPointF) -> str:
        row = round(point.y())
        if 0 <= row < len(self.rows) and point.x() >= 0:
            r = self.rows[row]
            return f"<b>{html.escape(r.name)}</b> ({html.escape(r.group)})<br>" + tr_args(
                self.tr("%1 insiden"), formatting.number(r.count)
            )
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
        self.weights = kesiapan.Weights()  # fmt: skip

    def set_figures(self, figures, weights: kesiapan.Weights, selected: str) -> None:
        self.figures, self.weights = list(figures), weights
        scores = [f.kesiapan.score or 0.0 for f in self.figures]
        brushes = [pg.mkBrush(LEVEL_COLORS.get(f.kesiapan.level, NO_DATA)) for f in self.figures]
        self._bar.setOpts(x0=[0] * len(scores), y=list(range(len(scores))), width=scores, brushes=brushes,
                          pens=[pg.mkPen(palette.INK, width=2) if f.code == selected else pg.mkPen(None)
                                for f in self.figures])  # fmt: skip
        self._names_axis([short_name(f.name) for f in self.figures])
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
        self.plot.addItem(self._target)  # fmt: skip

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
        self._names_axis([short_name(f.name) for f in self.figures])
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
