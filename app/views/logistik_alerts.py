"""The at-risk list: open consignments past their must-arrive-by date (Terlambat) or
expected after it (Berisiko). Double-click opens the consignment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.services import formatting
from app.services.logistik_readiness import LogistikAlert
from app.views.list_table_model import ListTableModel

COLORS = {"Terlambat": QColor(214, 69, 69, 90), "Berisiko": QColor(242, 153, 74, 90)}


class AlertsModel(ListTableModel[LogistikAlert]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("Status"),
                self.tr("Nomor"),
                self.tr("Tujuan"),
                self.tr("Tingkat"),
                self.tr("Batas tiba"),
                self.tr("Perkiraan tiba"),
            ],
            parent,
        )

    def cell(self, row: LogistikAlert, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            where = f"{row.destination_name} · TPS {row.tps}" if row.tps else row.destination_name
            return (
                row.status,
                row.number,
                where,
                row.destination_level,
                formatting.short_date(row.must_arrive_by),
                formatting.short_date(row.expected_arrival) or "–",
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return COLORS.get(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.destination_code
        return None
