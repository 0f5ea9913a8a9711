"""What every chart of the app shares (pyqtgraph), so the charts read alike: numbers on
axes in Indonesian (``1.000``, ``2,5``), an axis title on each axis, legends drawn beside
the plot (never over a bar or a target line), one short form of kab/kota names, and
category names fitted to the room their row has."""

from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from app.services.core import formatting, palette
from app.views.widgets.texts import region_label  # noqa: F401 - charts name regions alike

#: Widest a row-name axis gets; longer names wrap to two lines, then are cut (hover: full).
NAMES_AXIS_MAX = 150


class NumberAxis(pg.AxisItem):
    """An axis whose ticks read Indonesian: ``1.000``, ``12.500``, ``2,5``; never ``1e+03``."""

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        step = abs(spacing * scale)
        decimals = 0 if step >= 1 or step == 0 else min(3, math.ceil(-math.log10(step)))
        return [formatting.number(v * scale, decimals) for v in values]


def number_axes(*sides: str) -> dict[str, NumberAxis]:
    """``axisItems`` for a PlotWidget: Indonesian numbers on the given sides."""
    return {side: NumberAxis(orientation=side) for side in sides}


def small_font(base: QFont, factor: float = 0.85) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    return font


def axis_title(plot: pg.PlotWidget, side: str, text: str) -> None:
    """A short, muted title on one axis ("Jumlah insiden", "Partisipasi (%)")."""
    plot.setLabel(side, text, color=palette.MUTED_TEXT, **{"font-size": "8pt"})


def swatch(color: QColor | str, text: str, glyph: str = "■") -> str:
    """One legend entry as rich text that never breaks inside: "■ Perlu perhatian"."""
    name = color.name() if isinstance(color, QColor) else color
    words = html.escape(text).replace(" ", "&nbsp;")
    return f'<span style="color:{name}">{glyph}</span>&nbsp;{words}'


def legend_html(
    entries: list[tuple[QColor | str, str]] | list[tuple[QColor | str, str, str]],
) -> str:
    """Legend entries side by side (a QLabel above the plot shows them)."""
    return "&nbsp;&nbsp; ".join(swatch(*entry) for entry in entries)


def fit_name(text: str, metrics: QFontMetrics, width: int = NAMES_AXIS_MAX, lines: int = 2) -> str:
    """A category name on at most ``lines`` lines of ``width`` pixels, the rest cut with "…"."""
    if metrics.horizontalAdvance(text) <= width or lines <= 1:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
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


def names_axis(
    plot: pg.PlotWidget, names: list[str], font: QFont, widest: int = NAMES_AXIS_MAX
) -> None:
    """Row names on the left axis of a horizontal bar chart (row i at y = i, top down):
    each name on two lines when the row is tall enough for two, else on one, cut with "…"
    (the full name is in the hover text); the axis as wide as the longest name needs."""
    metrics = QFontMetrics(font)
    axis = plot.getAxis("left")
    height = plot.getViewBox().height() or plot.height()
    pitch = height / max(len(names), 1)
    lines = 2 if pitch >= 2.1 * metrics.lineSpacing() else 1
    shown = [fit_name(n, metrics, widest, lines) for n in names]
    axis.setTicks([list(enumerate(shown))])
    axis.setStyle(hideOverlappingLabels=False, textFillLimits=[(0, 1.5)], tickFont=font)
    needed = max(
        (metrics.horizontalAdvance(line) for n in shown for line in n.split("\n")), default=0
    )
    axis.setWidth(needed + 14)
    plot.getPlotItem().invertY(True)
    plot.setYRange(-0.6, max(len(names), 1) - 0.4, padding=0)


def bottom_names(plot: pg.PlotWidget, names: list[str], font: QFont) -> None:
    """Category names under the columns of a vertical bar chart (column i at x = i): on one
    line when it fits the column, else on two, cut with "…" only if still too long."""
    metrics = QFontMetrics(font)
    width = plot.getViewBox().width() or plot.width()
    slot = max(40, int(width / max(len(names), 1)) - 6)
    shown = [fit_name(n, metrics, slot, 2) for n in names]
    axis = plot.getAxis("bottom")
    axis.setTicks([list(enumerate(shown))])
    axis.setStyle(hideOverlappingLabels=False, tickFont=font)
    lines = max((n.count("\n") + 1 for n in shown), default=1)
    axis.setHeight(
        lines * metrics.lineSpacing()
        + 12
        + (metrics.lineSpacing() if axis.label.isVisible() else 0)
    )
