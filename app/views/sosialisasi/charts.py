"""Outreach charts (pyqtgraph): reach by target group, by region, per week, and planned
vs actual attendance per region. Everything drawn comes from one ``ReachCharts`` read by
``sosialisasi_stats.charts`` for the register's filter; nothing is added up here."""

from __future__ import annotations

from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.services.core import formatting, palette
from app.services.sosialisasi.stats import LEVEL_WORDS, ReachCharts
from app.views.sosialisasi.form import rupiah
from app.views.widgets.chart_parts import (
    axis_title,
    legend_html,
    names_axis,
    number_axes,
    region_label,
    small_font,
)
from app.views.widgets.gantt import DAY, IndonesianDateAxis
from app.views.widgets.texts import tr_args

ATTENDED_COLOR = QColor(palette.INFO)
PLANNED_COLOR = QColor(palette.PLANNED_BAR)
WOMEN_COLOR = QColor(palette.WOMEN)


def _plot(title: str, axis_items: dict | None = None) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems={**number_axes("left", "bottom"), **(axis_items or {})})
    plot.setBackground("w")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setTitle(title, size="9pt", color=palette.TITLE_TEXT)
    plot.setAccessibleName(title)
    plot.getViewBox().setMouseEnabled(x=False, y=False)
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMinimumHeight(170)
    return plot


class ReachChartsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ReachCharts | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.groups = _plot(self.tr("Peserta hadir per kelompok sasaran"))
        self.regions = _plot(self.tr("Peserta hadir per wilayah"))
        self.weeks = _plot(
            self.tr("Peserta hadir per minggu"),
            {"bottom": IndonesianDateAxis(orientation="bottom")},
        )
        self.planned = _plot(
            self.tr("Rencana vs hadir per wilayah (kegiatan yang sudah dilaporkan)")
        )
        for plot in (self.groups, self.regions, self.planned):
            plot.getPlotItem().invertY(True)
            axis_title(plot, "bottom", self.tr("Peserta"))
        axis_title(self.weeks, "left", self.tr("Peserta hadir"))
        axis_title(self.weeks, "bottom", self.tr("Minggu (mulai Senin)"))
        #: Row names per horizontal chart, fitted again when the charts are resized.
        self._names: dict[pg.PlotWidget, list[str]] = {}
        pen = pg.mkPen(None)
        self.group_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.6, brush=ATTENDED_COLOR, pen=pen
        )
        self.region_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.6, brush=ATTENDED_COLOR, pen=pen
        )
        self.week_bars = pg.BarGraphItem(x0=[], height=[], width=[], brush=ATTENDED_COLOR, pen=pen)
        self.planned_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.4, brush=PLANNED_COLOR, pen=pen
        )
        self.actual_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.4, brush=ATTENDED_COLOR, pen=pen
        )
        self.groups.addItem(self.group_bars)
        self.regions.addItem(self.region_bars)
        self.weeks.addItem(self.week_bars)
        self.planned.addItem(self.planned_bars)
        self.planned.addItem(self.actual_bars)
        # The legend above the plot: never over a bar.
        legend = QLabel(legend_html([(PLANNED_COLOR, self.tr("rencana")), (ATTENDED_COLOR, self.tr("hadir"))]))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setStyleSheet(f"font-size: 8pt; background: {palette.PAPER}; padding: 2px 6px;")
        planned = QWidget()
        planned_layout = QVBoxLayout(planned)
        planned_layout.setContentsMargins(0, 0, 0, 0)
        planned_layout.setSpacing(0)
        planned_layout.addWidget(self.planned, 1)
        planned_layout.addWidget(legend)
        grid = QGridLayout()
        grid.addWidget(self.groups, 0, 0)
        grid.addWidget(self.regions, 0, 1)
        grid.addWidget(self.weeks, 1, 0)
        grid.addWidget(planned, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

    def show_data(self, data: ReachCharts) -> None:
        self.data = data
        total = data.total
        women = formatting.percent(total.women_pct, 1)
        self.summary.setText(
            tr_args(
                self.tr(
                    "<b>%1</b>: %2 kegiatan · <b>%3 hadir</b> (perempuan %4, penyandang disabilitas %5)"
                    " · rencana %6 · anggaran %7. Satu kegiatan dapat menyasar beberapa kelompok, "
                    "sehingga grafik kelompok sasaran dapat berjumlah lebih dari total."
                ),
                total.name,
                formatting.number(total.sessions),
                formatting.number(total.attended),
                women,
                formatting.number(total.attended_disabled),
                formatting.number(total.planned),
                rupiah(total.budget),
            )
        )
        groups = data.by_group
        self.group_bars.setOpts(
            x0=[0] * len(groups), y=list(range(len(groups))), width=[g.attended for g in groups]
        )
        self._name_rows(self.groups, [g.name for g in groups])
        regions = data.by_region
        level = LEVEL_WORDS.get(data.level, "")
        self.regions.setTitle(
            tr_args(self.tr("Peserta hadir per %1"), level), size="9pt", color=palette.TITLE_TEXT
        )
        ys = list(range(len(regions)))
        self.region_bars.setOpts(x0=[0] * len(regions), y=ys, width=[r.attended for r in regions])
        self.planned_bars.setOpts(
            x0=[0] * len(regions),
            y=[y - 0.2 for y in ys],
            width=[r.planned_reported for r in regions],
        )
        self.actual_bars.setOpts(
            x0=[0] * len(regions), y=[y + 0.2 for y in ys], width=[r.attended for r in regions]
        )
        for plot in (self.regions, self.planned):
            self._name_rows(plot, [region_label(r.name) for r in regions])
        weeks = data.by_week
        starts = [
            datetime(
                w.week_start.year, w.week_start.month, w.week_start.day, tzinfo=UTC
            ).timestamp()
            for w in weeks
        ]
        self.week_bars.setOpts(
            x0=[s + 0.5 * DAY for s in starts], width=[6 * DAY] * len(weeks),
            height=[w.attended for w in weeks],
        )  # fmt: skip
        if starts:
            self.weeks.setXRange(starts[0], starts[-1] + 7 * DAY, padding=0.02)
        # Explicit ranges: auto-range would count the hidden zero-width bars oddly.
        for plot, values in (
            (self.groups, [g.attended for g in groups]),
            (self.regions, [r.attended for r in regions]),
            (self.planned, [max(r.attended, r.planned_reported) for r in regions]),
        ):
            plot.setXRange(0, max(values + [1]) * 1.05, padding=0)
        self.weeks.setYRange(0, max([w.attended for w in weeks] + [1]) * 1.05, padding=0)

    def _name_rows(self, plot: pg.PlotWidget, names: list[str]) -> None:
        self._names[plot] = names
        widest = max(70, min(150, int(plot.width() * 0.4)))
        names_axis(plot, names, small_font(self.font()), widest)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        for plot, names in self._names.items():
            self._name_rows(plot, names)

    # -- reading what is drawn (tests and accessibility) --------------------------------
    def group_value(self, name: str) -> int:
        """The attended bar drawn for a target group."""
        assert self.data is not None
        names = [g.name for g in self.data.by_group]
        return int(self.group_bars.opts["width"][names.index(name)])

    def region_value(self, code: str) -> int:
        assert self.data is not None
        codes = [r.code for r in self.data.by_region]
        return int(self.region_bars.opts["width"][codes.index(code)])

    def week_total(self) -> int:
        return int(sum(self.week_bars.opts["height"]))
