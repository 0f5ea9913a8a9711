"""Bar charts per region (pyqtgraph): turnout beside the earlier election with the target
as a line (Partisipasi), and a ranking of regions by one figure (Kerawanan)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.core import palette
from app.services.kerawanan.stats import RAWAN_RENDAH, RAWAN_SEDANG, RAWAN_TINGGI
from app.services.partisipasi.stats import TurnoutRow
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


def short_name(name: str) -> str:
    """ "Kabupaten Pandeglang" → "Kab. Pandeglang"; axis labels stay readable."""
    return name.replace("Kabupaten ", "Kab. ").replace("Kota Tangerang Selatan", "Tangsel")


def _plot(title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget()
    plot.setBackground("w")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.showGrid(x=False, y=True, alpha=0.15)
    plot.setTitle(title, color=palette.TITLE_TEXT, size="10pt")
    plot.setAccessibleName(title)
    return plot


class TurnoutChart(QWidget):
    """Per region: turnout (blue) and the earlier election (grey) side by side, the
    contest's target as a red dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self.tr("Partisipasi per wilayah: 2024, pemilihan sebelumnya, target"))
        self.plot.addLegend(offset=(-10, 10))
        self._turnout = pg.BarGraphItem(x=[], height=[], width=0.38, brush=TURNOUT_COLOR,
                                        pen=pg.mkPen(None), name=self.tr("Partisipasi"))  # fmt: skip
        self._earlier = pg.BarGraphItem(x=[], height=[], width=0.38, brush=EARLIER_COLOR,
                                        pen=pg.mkPen(None), name=self.tr("Pemilihan sebelumnya"))  # fmt: skip
        self._target = pg.InfiniteLine(angle=0, movable=False,
                                       pen=pg.mkPen(TARGET_COLOR, width=2, style=Qt.PenStyle.DashLine))  # fmt: skip
        self._target.label = pg.InfLineLabel(self._target, "", position=0.03, color=TARGET_COLOR,
                                             anchors=[(0, 1), (0, 1)])  # fmt: skip
        for item in (self._turnout, self._earlier, self._target):
            self.plot.addItem(item)
        self.plot.setLabel("left", "%")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.rows: list[TurnoutRow] = []

    def set_rows(self, rows: list[TurnoutRow], target: float | None) -> None:
        self.rows = list(rows)
        xs = list(range(len(rows)))
        turnout = [
            (x - 0.2, r.turnout_pct)
            for x, r in zip(xs, rows, strict=True)
            if r.turnout_pct is not None
        ]
        earlier = [(x + 0.2, r.earlier_pct) for x, r in zip(xs, rows, strict=True) if r.earlier_pct is not None]  # fmt: skip
        self._turnout.setOpts(x=[x for x, _ in turnout], height=[h for _, h in turnout])
        self._earlier.setOpts(x=[x for x, _ in earlier], height=[h for _, h in earlier])
        self._target.setVisible(target is not None)
        if target is not None:
            self._target.setPos(target)
            self._target.label.setFormat(
                tr_args(self.tr("Target %1%"), f"{target:.1f}".replace(".", ","))
            )
        self.plot.getAxis("bottom").setTicks([[(x, short_name(r.name)) for x, r in zip(xs, rows, strict=True)]])  # fmt: skip
        self.plot.setXRange(-0.7, max(len(rows), 1) - 0.3, padding=0)
        self.plot.setYRange(0, 100, padding=0.02)

    def bars(self) -> dict[str, tuple[float | None, float | None]]:
        """Region name → (turnout bar, earlier bar) as drawn (tests, accessibility)."""
        drawn_t = dict(zip(self._turnout.opts["x"], self._turnout.opts["height"], strict=True))
        drawn_e = dict(zip(self._earlier.opts["x"], self._earlier.opts["height"], strict=True))
        return {
            r.name: (drawn_t.get(x - 0.2), drawn_e.get(x + 0.2)) for x, r in enumerate(self.rows)
        }

    def target_line(self) -> float | None:
        return self._target.value() if self._target.isVisible() else None


class RankingChart(QWidget):
    """Regions ranked by one figure, highest on top; bars coloured by IKP level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self.tr("Peringkat wilayah"))
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.plot.getPlotItem().invertY(True)
        self.plot.getAxis("left").setStyle(hideOverlappingLabels=True)
        self.plot.getAxis("left").setWidth(120)
        self._bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.7, brushes=[], pen=pg.mkPen(None)
        )
        self.plot.addItem(self._bars)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.ranked: list[tuple[str, float]] = []

    def set_ranking(self, title: str, items: list[tuple[str, float, str | None]]) -> None:
        """``items``: (region name, value, IKP level for the colour); None values skipped."""
        ranked = sorted(items, key=lambda i: i[1], reverse=True)
        self.ranked = [(name, value) for name, value, _level in ranked]
        self.plot.setTitle(title, color=palette.TITLE_TEXT, size="10pt")
        self._bars.setOpts(
            x0=[0] * len(ranked),
            y=list(range(len(ranked))),
            width=[value for _n, value, _l in ranked],
            brushes=[
                pg.mkBrush(LEVEL_COLORS.get(level, LEVEL_COLORS[None])) for *_x, level in ranked
            ],
        )
        self.plot.getAxis("left").setTicks(
            [[(i, short_name(n)) for i, (n, _v, _l) in enumerate(ranked)]]
        )
        self.plot.setYRange(-0.6, max(len(ranked), 1) - 0.4, padding=0)
        self.plot.setXRange(0, max([v for _n, v, _l in ranked] + [1]) * 1.05, padding=0)
