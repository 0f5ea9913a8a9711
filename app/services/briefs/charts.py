"""Charts drawn as vectors (reportlab graphics) from ``blocks.Chart`` data: stacked or
grouped columns with a legend and an optional target line. The numbers come from the
aggregation services; nothing here counts."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.services.briefs import fonts
from app.services.briefs.blocks import Chart
from app.services.briefs.escape import clean
from app.services.core import formatting


def _nice_top(value: float) -> float:
    """A round axis maximum a little above ``value``."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 < value:
        step *= 10
    for factor in (1, 2, 2.5, 5, 10):
        top = step * factor
        if top >= value * 1.1:
            return top
    return step * 10


ANGLE = 30


def _label_room(names: list[str], plot_width: float, size: float) -> float:
    """Extra height for category labels turned by ``ANGLE`` when they do not fit side by
    side (e.g. "Kota Tangerang Selatan" under eight columns); 0 when they fit."""
    if not names:
        return 0.0
    longest = max(stringWidth(n, fonts.FAMILY, size) for n in names)
    if longest <= plot_width / len(names) * 0.9:
        return 0.0
    return longest * math.sin(math.radians(ANGLE))


def drawing(chart: Chart, width: float, height: float, font_size: float) -> Drawing:
    size = max(7.0, font_size - 3)
    legend_height = size * 2.2
    title_height = size * 3.4
    names = [clean(c) for c in chart.categories]
    room = _label_room(names, width - size * 5, size)
    height += room  # rotated labels get their own room under the axis
    d = Drawing(width, height)
    d.initialFontName = fonts.FAMILY  # the renderer would start in Helvetica (not embedded)
    d.add(String(0, height - size, clean(chart.title), fontName=fonts.BOLD, fontSize=size + 1))
    bars = VerticalBarChart()
    bars.x = size * 4
    bars.y = legend_height + size * 2.5 + room
    bars.width = width - bars.x - size
    bars.height = height - bars.y - title_height
    data = [list(s.values) for s in chart.series] or [[0] * len(chart.categories)]
    bars.data = data
    stacked = chart.kind == "stacked"
    if stacked:
        bars.categoryAxis.style = "stacked"
        peak = max((sum(col) for col in zip(*data, strict=True)), default=0)
    else:
        peak = max((max(row) for row in data if row), default=0)
    if chart.target is not None:
        peak = max(peak, chart.target)
    top = _nice_top(float(peak))
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = top
    bars.valueAxis.valueStep = top / 5
    bars.valueAxis.labels.fontName = fonts.FAMILY
    bars.valueAxis.labels.fontSize = size
    bars.valueAxis.labelTextFormat = lambda v: formatting.number(
        v, 0 if float(v).is_integer() else 1
    )
    bars.categoryAxis.categoryNames = names
    bars.categoryAxis.labels.fontName = fonts.FAMILY
    bars.categoryAxis.labels.fontSize = size
    if len(chart.categories) > 10 or room:
        bars.categoryAxis.labels.angle = ANGLE
        bars.categoryAxis.labels.boxAnchor = "ne"
    bars.barSpacing = 0 if stacked else 1
    bars.groupSpacing = 4
    for index, series in enumerate(chart.series):
        bars.bars[index].fillColor = HexColor(series.color)
        bars.bars[index].strokeColor = None
    d.add(bars)
    if chart.value_label:
        d.add(String(0, bars.y + bars.height + size * 0.8, clean(chart.value_label),
                     fontName=fonts.FAMILY, fontSize=size))  # fmt: skip
    if chart.target is not None:
        y = bars.y + bars.height * chart.target / top
        d.add(Line(bars.x, y, bars.x + bars.width, y, strokeColor=HexColor("#b00020"),
                   strokeWidth=1, strokeDashArray=[4, 2]))  # fmt: skip
        if chart.target_label:
            d.add(String(bars.x + bars.width, y + 2, clean(chart.target_label), fontName=fonts.FAMILY,
                         fontSize=size, textAnchor="end", fillColor=HexColor("#b00020")))  # fmt: skip
    if chart.series:
        legend = Legend()
        legend.x = bars.x
        legend.y = legend_height * 0.6
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = fonts.FAMILY
        legend.fontSize = size
        legend.dx = legend.dy = size * 0.9
        legend.deltax = max(60, width / max(1, len(chart.series)) * 0.9)
        legend.colorNamePairs = [(HexColor(s.color), clean(s.name)) for s in chart.series]
        d.add(legend)
    return d
