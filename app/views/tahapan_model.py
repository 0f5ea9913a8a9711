"""Table model of a contest's stages. Rows are frozen ``TahapanRow`` values from the
service; the model never touches the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services import formatting
from app.services.tahapan import TahapanRow
from app.views.status_colors import light, status_color

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class TahapanTableModel(QAbstractTableModel):
    COLUMNS = (
        "code",
        "name",
        "planned_start",
        "planned_end",
        "actual_start",
        "actual_end",
        "progress",
        "status",
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[TahapanRow] = []
        self._headers = (
            self.tr("Kode"),
            self.tr("Tahapan"),
            self.tr("Rencana\nmulai"),
            self.tr("Rencana\nselesai"),
            self.tr("Aktual\nmulai"),
            self.tr("Aktual\nselesai"),
            self.tr("Progres"),
            self.tr("Status"),
        )

    def set_rows(self, rows: list[TahapanRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TahapanRow]:
        return list(self._rows)

    def row_of(self, tahapan_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == tahapan_id:
                return number
        return -1

    def stage(self, row: int) -> TahapanRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stage = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        value = getattr(stage, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return ("    " * stage.depth) + stage.name
            if key == "progress":
                return f"{stage.progress}%"
            if key.endswith(("_start", "_end")):
                return formatting.short_date(value)
            return value
        if role == SORT_ROLE:
            if key == "code":
                return index.row()  # the service's order: T2 before T10
            if key.endswith(("_start", "_end")):
                return value.toordinal() if value else -1
            return value
        if role == ID_ROLE:
            return stage.id
        if role == Qt.ItemDataRole.BackgroundRole and key == "status":
            return light(status_color(stage.status))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(stage)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "progress":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, stage: TahapanRow) -> str:
        lines = [f"{stage.code} {stage.name}", self.tr("Status: %1").replace("%1", stage.status)]
        if stage.expected_progress is not None:
            lines.append(
                self.tr("Progres %1% (rencana linear %2%)")
                .replace("%1", str(stage.progress))
                .replace("%2", formatting.number(stage.expected_progress))
            )
        return "\n".join(lines)
