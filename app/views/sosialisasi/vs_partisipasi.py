"""The "Sosialisasi vs partisipasi" tab: outreach reach per kab/kota (double-click to go
down to its kecamatan) next to turnout, target and the change from the earlier election,
with the regions that need more sosialisasi highlighted and the rule stated."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.wilayah import LEVEL_DESA
from app.services.core import formatting, palette
from app.services.partisipasi import outreach as sosialisasi_partisipasi
from app.services.partisipasi.outreach import ContestChoice, OutreachTurnout, OutreachTurnoutRow
from app.services.sosialisasi.stats import LEVEL_WORDS
from app.views.shell.context import AppContext
from app.views.widgets.chart_parts import (
    axis_title,
    legend_html,
    names_axis,
    number_axes,
    region_label,
    small_font,
)
from app.views.widgets.colors import qcolor, text_style
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.tables import record_table
from app.views.widgets.texts import tr_args

NEEDS_MORE_COLOR = qcolor(palette.POOR, 60)
BAR_COLOR = QColor(palette.INFO)
ALERT_COLOR = QColor(palette.POOR)


def _number(value: float | int | None, decimals: int = 0) -> str:
    return "—" if value is None else formatting.number(value, decimals)


def _change(value: float | None) -> str:
    if value is None:
        return "—"
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return sign + formatting.number(abs(value), 2)


class OutreachTurnoutModel(ListTableModel[OutreachTurnoutRow]):
    """The verdict ("Perlu?") sits next to the region's name: it is what the tab is for."""

    NEEDS_COLUMN = 1
    TURNOUT_COLUMN = 6
    CHANGE_COLUMN = 9

    def cell(self, row: OutreachTurnoutRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name, self.tr("Ya") if row.needs_more else self.tr("Tidak"),
                _number(row.sessions), _number(row.attended), _number(row.dpt),
                _number(row.reach_per_1000, 2), formatting.percent(row.turnout_pct),
                formatting.percent(row.target_pct), formatting.percent(row.earlier_pct),
                _change(row.change_pts),
            )[column]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TURNOUT_COLUMN and row.turnout_method:
                return row.turnout_method
            if column == self.CHANGE_COLUMN:
                return self.tr("Perubahan partisipasi dari pemilihan sebelumnya, dalam poin persen")
            return "; ".join(row.reasons) or row.name
        if role == Qt.ItemDataRole.BackgroundRole and row.needs_more:
            return NEEDS_MORE_COLOR
        if column == self.NEEDS_COLUMN:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ForegroundRole:
                return ALERT_COLOR if row.needs_more else QColor(palette.SECONDARY_TEXT)
            if role == Qt.ItemDataRole.FontRole and row.needs_more:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OutreachTurnoutView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx.reporting_to(self)
        self._roots: list[str] = []
        self._loaded = False
        self.data: OutreachTurnout | None = None
        self.contest = QComboBox()
        self.contest.setMinimumContentsLength(36)
        self.contest.setAccessibleName(self.tr("Pemilihan"))
        self.contest.currentIndexChanged.connect(self._contest_changed)
        self.up_button = QPushButton(self.tr("◀ Naik satu tingkat"))
        self.up_button.setEnabled(False)
        self.up_button.clicked.connect(self.go_up)
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.RichText)
        # The same words as ``sosialisasi_partisipasi.RULE`` (a test keeps them equal).
        self.rule = QLabel(
            self.tr(
                "Perlu sosialisasi tambahan bila jangkauan (peserta hadir per 1.000 DPT) di bawah rata-rata "
                "wilayah yang ditampilkan DAN partisipasi lemah: di bawah target pemilihan, atau turun dari "
                "pemilihan sebelumnya (sebelum hasil masuk: partisipasi pemilihan sebelumnya di bawah target)."
            )
        )
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(text_style(palette.RULE_TEXT))
        self.model = OutreachTurnoutModel(
            [self.tr("Wilayah"), self.tr("Perlu?"), self.tr("Kegiatan"), self.tr("Hadir"),
             self.tr("DPT"), self.tr("Per 1.000 DPT"), self.tr("Partisipasi"), self.tr("Target"),
             self.tr("Sebelumnya"), self.tr("Perubahan")],
            self,
        )  # fmt: skip
        self.table = record_table("sosialisasi_vs_table")
        self.table.setModel(self.model)
        self.table.setToolTip(self.tr("Klik ganda untuk melihat wilayah di bawahnya"))
        self.table.doubleClicked.connect(self._drill)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # No stretched last column: a right-aligned figure there drifts out of sight.
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 58, 62, 58, 78, 90, 76, 60, 80, 72)):
            header.resizeSection(column, width)
        self.plot = pg.PlotWidget(axisItems=number_axes("bottom"))
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        # A label, not the plot's own title: that one is centred over the bars only and
        # is cut off in a narrow pane.
        self.plot_title = QLabel(
            "<b>" + html.escape(self.tr("Hadir per 1.000 DPT")) + "</b><br>"
            + legend_html([(ALERT_COLOR, self.tr("perlu sosialisasi tambahan")), (BAR_COLOR, self.tr("lainnya")),
                           (palette.GUIDE_LINE, self.tr("rata-rata"), "<b>┆</b>")])
        )  # fmt: skip
        self.plot_title.setTextFormat(Qt.TextFormat.RichText)
        self.plot_title.setWordWrap(True)
        self.plot_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot_title.setStyleSheet(text_style(palette.TITLE_TEXT))
        self.plot.getPlotItem().invertY(True)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        axis_title(self.plot, "bottom", self.tr("Peserta hadir per 1.000 DPT"))
        self.bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.6, brushes=[], pen=pg.mkPen(None)
        )
        self.average_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(palette.GUIDE_LINE, style=Qt.PenStyle.DashLine)
        )
        self.plot.addItem(self.bars)
        self.plot.addItem(self.average_line)
        self.message = ErrorLabel()
        self._labels: list[str] = []
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pemilihan:")))
        top.addWidget(self.contest, 1)
        top.addWidget(self.up_button)
        chart = QWidget()
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.plot_title)
        chart_layout.addWidget(self.plot, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([800, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.rule)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)  # fmt: skip

    def _name_rows(self) -> None:
        widest = max(70, min(160, int(self.plot.width() * 0.45)))
        names_axis(self.plot, self._labels, small_font(self.font()), widest)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._labels:
            self._name_rows()

    def showEvent(self, event) -> None:  # noqa: N802
        """Loaded on first view: the turnout side is not needed by the register."""
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self._ctx.submit(sosialisasi_partisipasi.contests, on_done=self._contests_loaded)

    def _contests_loaded(self, choices: list[ContestChoice]) -> None:
        self.contest.blockSignals(True)
        self.contest.clear()
        for choice in choices:
            self.contest.addItem(choice.name, (choice.id, choice.wilayah_code))
        self.contest.blockSignals(False)
        self._contest_changed()

    def _contest_changed(self, *_args) -> None:
        data = self.contest.currentData()
        if data is not None:
            self._roots = [data[1]]
            self.reload()

    def reload(self) -> None:
        data = self.contest.currentData()
        if data is None or not self._roots:
            return
        self._ctx.submit(sosialisasi_partisipasi.outreach_vs_turnout, pemilihan_id=data[0],
                         root_code=self._roots[-1], on_done=self._show)  # fmt: skip

    def show_error(self, message: str) -> None:
        """Where the gateway reports a failure: the message instead of stale rows."""
        self.message.show_error(message)
        if message:
            self.model.set_rows([])

    def _drill(self, index) -> None:
        if self.data is None or not index.isValid() or self.data.level >= LEVEL_DESA:
            return
        self._roots.append(self.model.row_at(index.row()).code)
        self.reload()

    def go_up(self) -> None:
        if len(self._roots) > 1:
            self._roots.pop()
            self.reload()

    def _show(self, data: OutreachTurnout) -> None:
        self.data = data
        self.message.clear_error()
        self.up_button.setEnabled(len(self._roots) > 1)
        count = len(data.needing_more)
        until = formatting.medium_date(data.until) if data.until else "—"
        self.where.setText(
            tr_args(self.tr("<b>%1</b> per %2 · sosialisasi sampai %3 · rata-rata %4 hadir per 1.000 DPT · <b>%5 wilayah perlu sosialisasi tambahan</b>"), html.escape(data.root_name), LEVEL_WORDS.get(data.level, ""), until, _number(data.average_reach_per_1000, 2), formatting.number(count))
        )  # fmt: skip
        self.model.set_rows(data.rows)
        rows = data.rows
        self.bars.setOpts(
            x0=[0] * len(rows), y=list(range(len(rows))),
            width=[r.reach_per_1000 or 0 for r in rows],
            brushes=[pg.mkBrush(ALERT_COLOR if r.needs_more else BAR_COLOR) for r in rows],
        )  # fmt: skip
        self._labels = [region_label(r.name) for r in rows]
        self._name_rows()
        self.average_line.setVisible(data.average_reach_per_1000 is not None)
        self.average_line.setPos(data.average_reach_per_1000 or 0)
        widest = max([r.reach_per_1000 or 0 for r in rows] + [data.average_reach_per_1000 or 0, 1])
        self.plot.setXRange(0, widest * 1.05, padding=0)
