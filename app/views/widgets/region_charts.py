"""Bar charts per region (pyqtgraph): turnout beside the earlier election with the target
as a line (Partisipasi), and a ranking of regions by one figure (Kerawanan). Each has axis
titles, Indonesian numbers and its legend above the plot."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.core import formatting, palette
from app.services.kerawanan.stats import RAWAN_RENDAH, RAWAN_SEDANG, RAWAN_TINGGI
from app.services.partisipasi.stats import TurnoutRow
from app.views.widgets.chart_parts import (
    axis_title,
    bottom_names,
    legend_html,
    names_axis,
    number_axes,
    region_label,
    small_font,
)
from app.views.widgets.texts import tr_args

TURNOUT_COLOR = QColor(palette.INFO)
EARLIER_COLOR = QColor(palette.NEUTRAL)
TARGET_COLOR = QColor(palette.TARGET)
LEVEL_COLORS = {
    RAWAN_TINGGI: QColor(palette.IKP_HIGH),
    RAWAN_SEDANG: QColor(palette.IKP_MEDIUM),
    RAWAN_RENDAH: QColor(palette.IKP_LOW),
    None: QColor(palette.IKP_NONE),
}
#: Half the distance between a region's two bars; each bar is a little narrower.
OFFSET, BAR = 0.2, 0.38


def _plot(title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems=number_axes("left", "bottom"))
    plot.setBackground("w")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.showGrid(x=False, y=True, alpha=0.15)
    plot.setTitle(title, color=palette.TITLE_TEXT, size="10pt")
    plot.setAccessibleName(title)
    return plot


def _legend() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setStyleSheet(f"font-size: 8pt; background: {palette.PAPER}; padding: 2px 6px;")
    return label


class TurnoutChart(QWidget):
    """Per region: turnout (blue) and the earlier election (grey) side by side, centred on
    the region's name (one bar alone sits on it), the contest's target as a red dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self.tr("Partisipasi per wilayah: 2024, pemilihan sebelumnya, target"))
        self.legend = _legend()
        self.legend.setText(legend_html([(TURNOUT_COLOR, self.tr("Partisipasi 2024")),
                                         (EARLIER_COLOR, self.tr("Pemilihan sebelumnya")),
                                         (TARGET_COLOR, self.tr("Target"), "<b>- -</b>")]))  # fmt: skip
        self._turnout = pg.BarGraphItem(
            x=[], height=[], width=BAR, brush=TURNOUT_COLOR, pen=pg.mkPen(None)
        )
        self._earlier = pg.BarGraphItem(
            x=[], height=[], width=BAR, brush=EARLIER_COLOR, pen=pg.mkPen(None)
        )
        self._target = pg.InfiniteLine(angle=0, movable=False,
                                       pen=pg.mkPen(TARGET_COLOR, width=2, style=Qt.PenStyle.DashLine))  # fmt: skip
        self._target.label = pg.InfLineLabel(self._target, "", position=0.03, color=TARGET_COLOR,
                                             anchors=[(0, 1), (0, 1)])  # fmt: skip
        for item in (self._turnout, self._earlier, self._target):
            self.plot.addItem(item)
        axis_title(self.plot, "left", self.tr("Partisipasi (%)"))
        axis_title(self.plot, "bottom", self.tr("Wilayah"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        self.rows: list[TurnoutRow] = []
        #: Region name → (x of the turnout bar, x of the earlier bar) as drawn.
        self._xs: dict[str, tuple[float | None, float | None]] = {}

    def set_rows(self, rows: list[TurnoutRow], target: float | None) -> None:
        self.rows = list(rows)
        turnout, earlier, self._xs = [], [], {}
        for x, r in enumerate(rows):
            both = r.turnout_pct is not None and r.earlier_pct is not None
            tx = (x - OFFSET if both else x) if r.turnout_pct is not None else None
            ex = (x + OFFSET if both else x) if r.earlier_pct is not None else None
            if tx is not None:
                turnout.append((tx, r.turnout_pct))
            if ex is not None:
                earlier.append((ex, r.earlier_pct))
            self._xs[r.name] = (tx, ex)
        self._turnout.setOpts(x=[x for x, _ in turnout], height=[h for _, h in turnout])
        self._earlier.setOpts(x=[x for x, _ in earlier], height=[h for _, h in earlier])
        self._target.setVisible(target is not None)
        if target is not None:
            self._target.setPos(target)
            self._target.label.setFormat(
                tr_args(self.tr("Target %1"), formatting.percent(target, 1))
            )
        self._name_columns()
        self.plot.setXRange(-0.7, max(len(rows), 1) - 0.3, padding=0)
        self.plot.setYRange(0, 100, padding=0.02)

    def _name_columns(self) -> None:
        bottom_names(self.plot, [region_label(r.name) for r in self.rows], small_font(self.font()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.rows:
            self._name_columns()

    def bars(self) -> dict[str, tuple[float | None, float | None]]:
        """Region name → (turnout bar, earlier bar) as drawn (tests, accessibility)."""
        drawn_t = dict(zip(self._turnout.opts["x"], self._turnout.opts["height"], strict=True))
        drawn_e = dict(zip(self._earlier.opts["x"], self._earlier.opts["height"], strict=True))
        return {name: (drawn_t.get(tx), drawn_e.get(ex)) for name, (tx, ex) in self._xs.items()}

    def bar_positions(self) -> dict[str, tuple[float | None, float | None]]:
        """Region name → where its bars stand, the region's name being at its index."""
        return dict(self._xs)

    def target_line(self) -> float | None:
        return self._target.value() if self._target.isVisible() else None


class RankingChart(QWidget):
    """Regions ranked by one figure, highest on top; bars coloured by IKP level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self.tr("Peringkat wilayah"))
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.legend = _legend()
        self.legend.setText(legend_html([(LEVEL_COLORS[RAWAN_TINGGI], RAWAN_TINGGI),
                                         (LEVEL_COLORS[RAWAN_SEDANG], RAWAN_SEDANG),
                                         (LEVEL_COLORS[RAWAN_RENDAH], RAWAN_RENDAH),
                                         (LEVEL_COLORS[None], self.tr("tanpa level"))]))  # fmt: skip
        self._bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.7, brushes=[], pen=pg.mkPen(None)
        )
        self.plot.addItem(self._bars)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.ranked: list[tuple[str, float]] = []

    def set_ranking(
        self, title: str, items: list[tuple[str, float, str | None]], unit: str = ""
    ) -> None:
        """``items``: (region name, value, IKP level for the colour); None values skipped.
        ``unit`` titles the value axis ("Tekanan insiden per 100.000 DPT")."""
        ranked = sorted(items, key=lambda i: i[1], reverse=True)
        self.ranked = [(name, value) for name, value, _level in ranked]
        self.plot.setTitle(title, color=palette.TITLE_TEXT, size="10pt")
        axis_title(self.plot, "bottom", unit)
        self._bars.setOpts(
            x0=[0] * len(ranked),
            y=list(range(len(ranked))),
            width=[value for _n, value, _l in ranked],
            brushes=[
                pg.mkBrush(LEVEL_COLORS.get(level, LEVEL_COLORS[None])) for *_x, level in ranked
            ],
        )
        self._name_rows()
        self.plot.setXRange(0, max([v for _n, v, _l in ranked] + [1]) * 1.05, padding=0)

    def _name_rows(self) -> None:
        names = [region_label(name) for name, _value in self.ranked]
        widest = max(70, min(150, int(self.width() * 0.45)))
        names_axis(self.plot, names, small_font(self.font()), widest)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.ranked:
            self._name_rows()
