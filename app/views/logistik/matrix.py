"""The readiness matrix: wilayah × item as a colour heat map with the numbers, from
``logistik_readiness.readiness`` (the same figures as the dashboard and the brief).
Double-click a kab/kota to see its kecamatan; Kembali goes back up. The last row is the
total: the province's (or the kab/kota's) own figure, never a sum of the rows. Figures are read
only while the matrix is on screen: a reload asked for while hidden waits for the next
show, so opening the Logistik page does not compute a roll-up nobody looks at."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA, LEVEL_KECAMATAN
from app.services.core import formatting, palette
from app.services.logistik.readiness import ReadinessRow, ReadinessTable, readiness_table
from app.views.shell.context import Gateway
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.texts import tr_args

RATIO_ROLE = Qt.ItemDataRole.UserRole + 1
FIGURES_ROLE = Qt.ItemDataRole.UserRole + 2
#: (lowest ratio, colour, legend): red below half, orange, yellow, green when complete.
BANDS = (
    (1.0, QColor(palette.BAND_FULL), "≥ 100%"),
    (0.8, QColor(palette.BAND_HIGH), "80–99%"),
    (0.5, QColor(palette.BAND_MID), "50–79%"),
    (0.0, QColor(palette.BAND_LOW), "< 50%"),
)
NO_NEED = QColor(palette.NO_NEED)


def band_color(ratio: float | None) -> QColor:
    if ratio is None:
        return NO_NEED
    return next(color for low, color, _text in BANDS if ratio >= low)


def compact(value: int) -> str:
    """Short figures for narrow cells: 4,27 jt, 78,3 rb, 8.478."""
    if value >= 1_000_000:
        return formatting.number(value / 1_000_000, 2) + " jt"
    if value >= 100_000:
        return formatting.number(value / 1_000, 0) + " rb"
    return formatting.number(value)


def percent(ratio: float | None) -> str:
    """Truncated: 99,98% reads 99,9% (yellow), never 100,0% beside a yellow cell."""
    return formatting.percent_floor(ratio, 1)


class ReadinessModel(ListTableModel[ReadinessRow]):
    """Column 0 the region, 1 overall, then one column per item; the last row, when
    there is one, is the total (the province, or the kab/kota drilled into)."""

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("Wilayah"), self.tr("Keseluruhan")], parent)
        self._items: list[tuple[str, str]] = []
        self.total: ReadinessRow | None = None
        self.total_label = ""

    def set_table(self, table: ReadinessTable, total_label: str) -> None:
        self.total, self.total_label = table.total, total_label
        self.set_rows([*table.rows, *([table.total] if table.total is not None else [])])

    def is_total(self, row: int) -> bool:
        return self.total is not None and row == self.rowCount() - 1

    def set_rows(self, rows) -> None:
        rows = list(rows)
        self._items = [(i.jenis_name, i.unit) for i in rows[0].items] if rows else []
        self.headers = (
            self.tr("Wilayah"),
            self.tr("Keseluruhan"),
            *(name for name, _ in self._items),
        )
        super().set_rows(rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and self.is_total(index.row()):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.total_label
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section >= 2
        ):
            name, unit = self._items[section - 2]
            return f"{name} ({unit})"
        return super().headerData(section, orientation, role)

    def cell(self, row: ReadinessRow, column: int, role: int) -> Any:
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.name} ({row.code})"
            return None
        item = row.items[column - 2] if column >= 2 else None
        ratio = item.ratio if item else row.ratio
        good, required = (item.good, item.required) if item else (row.good, row.required)
        if role == Qt.ItemDataRole.DisplayRole:
            return percent(ratio)
        if role == RATIO_ROLE:
            return ratio
        if role == FIGURES_ROLE:
            if item is None:  # the overall cell names its weakest item instead
                weak = row.weakest
                short = weak is not None and weak.ratio is not None and weak.ratio < 1
                return f"{weak.jenis_name} {percent(weak.ratio)}" if short else ""
            return f"{compact(good)} / {compact(required)}" if required else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return band_color(ratio)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item is None:
                text = tr_args(self.tr("%1: rata-rata kesiapan per barang %2"), row.name, percent(ratio))  # fmt: skip
                weak = row.weakest
                if weak is not None and weak.ratio is not None and weak.ratio < 1:
                    text += tr_args(self.tr("; terendah: %1 %2"), weak.jenis_name, percent(weak.ratio))  # fmt: skip
                return text
            text = self.tr("%1 · %2: baik %3 dari kebutuhan %4 %5 (%6)")
            for key, value in (("%1", row.name), ("%2", item.jenis_name), ("%3", formatting.number(good)),
                               ("%4", formatting.number(required)), ("%5", item.unit), ("%6", percent(ratio))):  # fmt: skip
                text = text.replace(key, value)
            if item.surplus:
                text += tr_args(self.tr("; lebih %1"), formatting.number(item.surplus))
            return text
        return None


class HeatDelegate(QStyledItemDelegate):
    """The band colour with the percentage and, underneath, good / required."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.column() == 0:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.fillRect(option.rect, band_color(index.data(RATIO_ROLE)))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(option.palette.highlight().color())
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.setPen(QColor(palette.INK))
        top = QRect(option.rect.adjusted(2, 1, -2, -option.rect.height() // 2))
        bottom = QRect(option.rect.adjusted(2, option.rect.height() // 2, -2, -1))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, index.data() or "")
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        figures = painter.fontMetrics().elidedText(
            index.data(FIGURES_ROLE) or "", Qt.TextElideMode.ElideRight, bottom.width()
        )
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, figures)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        """Wide enough for the bold percentage and the smaller figures under it."""
        hint = super().sizeHint(option, index)
        if index.column() == 0:
            return hint
        font = QFont(option.font)
        font.setBold(True)
        wide = QFontMetrics(font).horizontalAdvance(index.data() or "")
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        wide = max(wide, QFontMetrics(font).horizontalAdvance(index.data(FIGURES_ROLE) or ""))
        return QSize(min(wide + 10, 130), hint.height())


class ReadinessMatrix(QWidget):
    """Kab/kota rows first; a double-click on one shows its kecamatan."""

    loaded = Signal()

    def __init__(self, gateway: Gateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._pemilihan_id: int | None = None
        self._stack: list[tuple[int, str | None, str]] = [(LEVEL_KABKOTA, None, "")]
        self._stale = True
        self.deepest = LEVEL_KECAMATAN
        self.model = ReadinessModel(self)
        self.table = QTableView()
        self.table.setObjectName("logistik_matrix")
        self.table.setModel(self.model)
        self.table.setItemDelegate(HeatDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 8)
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(92)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Long item names wrap onto two lines instead of being cut ("emberi tanda p").
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setFixedHeight(self.fontMetrics().height() * 2 + 10)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(self._drill)
        self.where = QLabel()
        self.back = QPushButton(self.tr("Kembali ke kab/kota"))
        self.back.clicked.connect(self.go_up)
        self.back.hide()
        legend = QHBoxLayout()
        legend.addWidget(self.where, 1)
        for _low, color, text in BANDS:
            chip = QLabel(f" {text} ")
            chip.setStyleSheet(f"background: {color.name()}; border-radius: 3px;")
            legend.addWidget(chip)
        chip = QLabel(self.tr(" tanpa kebutuhan "))
        chip.setStyleSheet(f"background: {NO_NEED.name()}; border-radius: 3px;")
        legend.addWidget(chip)
        legend.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(legend)
        layout.addWidget(self.table, 1)

    @property
    def level(self) -> int:
        return self._stack[-1][0]

    def set_contest(self, pemilihan_id: int | None) -> None:
        self._pemilihan_id = pemilihan_id
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = not self.isVisible()
        if self._stale:
            return
        level, root, _name = self._stack[-1]
        self._gateway.submit(readiness_table, level=level, root_code=root, pemilihan_id=self._pemilihan_id,
                             on_done=self._loaded)  # fmt: skip

    def _loaded(self, table: ReadinessTable) -> None:
        level, _root, name = self._stack[-1]
        label = (
            self.tr("Jumlah provinsi")
            if level == LEVEL_KABKOTA
            else tr_args(self.tr("Jumlah %1"), name)
        )
        self.model.set_table(table, label)
        self._fit_columns()
        rows = table.rows
        measured = rows[0].measured_level if rows else ""
        words = {LEVEL_KABKOTA: self.tr("Kab/kota di provinsi"), LEVEL_KECAMATAN: self.tr("Kecamatan di %1"),
                 LEVEL_DESA: self.tr("Desa/kelurahan di %1")}  # fmt: skip
        text = tr_args(words[level], name)
        if level < self.deepest:
            text += self.tr(" — klik ganda untuk rincian")
        self.where.setText(
            text + tr_args(self.tr(" · dihitung dari penerimaan di tingkat %1"), measured)
        )
        self.back.setVisible(len(self._stack) > 1)
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """Each column as wide as its cells (headers wrap onto two lines), so the whole
        matrix fits at 1366×768 where it can."""
        metrics = self.table.horizontalHeader().fontMetrics()
        for column in range(self.model.columnCount()):
            words = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "").split()
            longest_word = max((metrics.horizontalAdvance(w) for w in words), default=0)
            two_lines = metrics.horizontalAdvance(" ".join(words)) // 2 + 16
            fit = max(self.table.sizeHintForColumn(column), longest_word + 12, two_lines)
            self.table.setColumnWidth(column, fit)

    def _drill(self, index: QModelIndex) -> None:
        if not index.isValid() or self.level >= self.deepest or self.model.is_total(index.row()):
            return
        row = self.model.row_at(index.row())
        self._stack.append((self.level + 1, row.code, row.name))
        self.reload()

    def drill_into(self, row: int) -> None:
        self._drill(self.model.index(row, 0))

    def go_up(self) -> None:
        if len(self._stack) > 1:
            self._stack.pop()
            self.reload()
