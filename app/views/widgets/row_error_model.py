"""Per-row import errors (row, column, reason) as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services.importing.spec import RowError
from app.views.widgets.list_table_model import ListTableModel


class RowErrorModel(ListTableModel[RowError]):
    def __init__(self, parent=None) -> None:
        super().__init__((self.tr("Baris"), self.tr("Kolom"), self.tr("Masalah")), parent)

    def set_errors(self, errors: list[RowError]) -> None:
        self.set_rows(errors)

    def cell(self, row: RowError, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (row.row, row.column, row.reason)[column]
