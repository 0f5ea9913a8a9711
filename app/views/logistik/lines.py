"""The lines of one consignment: item, contest, sent, good, damaged, missing and the
computed shortfall, in a table sized to fit the panel beside the consignments."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.services.core import formatting, palette
from app.services.logistik.detail import BarisRow
from app.views.widgets.colors import qcolor
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.tables import record_table

SHORT_COLOR = qcolor(palette.POOR, 60)


def qty(value: int | None) -> str:
    return "—" if value is None else formatting.number(value)


def contest_label(name: str) -> str:
    """ "Pemilihan Gubernur dan Wakil Gubernur Banten 2024" → "Gubernur Banten"."""
    return re.sub(r"\s+\d{4}$", "", formatting.short_contest(name)) if name else ""


class LinesModel(ListTableModel[BarisRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("Barang"),
                self.tr("Pemilihan"),
                self.tr("Dikirim"),
                self.tr("Baik"),
                self.tr("Rusak"),
                self.tr("Hilang"),
                self.tr("Kurang"),
                self.tr("Alasan"),
            ],
            parent,
        )

    def cell(self, row: BarisRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            received = row.qty_good is not None
            return (
                f"{row.jenis_name} ({row.unit})" if row.unit else row.jenis_name,
                contest_label(row.pemilihan_name),
                qty(row.qty_sent),
                qty(row.qty_good),
                qty(row.qty_damaged) if received else "—",
                qty(row.qty_missing) if received else "—",
                qty(row.shortfall),
                row.reason,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == 6 and (row.shortfall or 0) > 0:
            return SHORT_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return self.tr("Kekurangan = dikirim − baik (dihitung, tidak diketik)")
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.pemilihan_name or None
        return None


def lines_view(model: LinesModel) -> QTableView:
    """The item name takes the room left (wrapping onto two lines); the other columns are
    as wide as their contents, so every column shows without scrolling sideways."""
    table = record_table("logistik_lines")
    table.setModel(model)
    table.setWordWrap(True)
    table.set_empty_text(table.tr("Pilih pengiriman di tabel untuk melihat barangnya."))
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    # Never narrower than its title: the item column gives way first on a narrow panel.
    title = str(model.headerData(0, Qt.Orientation.Horizontal) or "")
    header.setMinimumSectionSize(max(36, header.fontMetrics().horizontalAdvance(title) + 16))
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table
