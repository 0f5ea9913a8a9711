"""Table model of a contest's stages. Rows are frozen ``TahapanRow`` values from the
service; the model never touches the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services.core import formatting
from app.services.tahapan.records import TahapanRow
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.status_colors import light, status_color
from app.views.widgets.texts import tr_args

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class TahapanTableModel(ListTableModel[TahapanRow]):
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
        headers = (
            self.tr("Kode"), self.tr("Tahapan"), self.tr("Rencana\nmulai"), self.tr("Rencana\nselesai"),
            self.tr("Aktual\nmulai"), self.tr("Aktual\nselesai"), self.tr("Progres"), self.tr("Status"),
        )  # fmt: skip
        super().__init__(headers, parent)
        self._position: dict[int, int] = {}

    def set_rows(self, rows: list[TahapanRow]) -> None:
        self._position = {row.id: number for number, row in enumerate(rows)}
        super().set_rows(rows)

    def row_of(self, tahapan_id: int) -> int:
        return self._position.get(tahapan_id, -1)

    def stage(self, row: int) -> TahapanRow:
        return self.row_at(row)

    def cell(self, stage: TahapanRow, column: int, role: int) -> Any:
        key = self.COLUMNS[column]
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
                return self._position[stage.id]  # the service's order: T2 before T10
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
        lines = [f"{stage.code} {stage.name}", tr_args(self.tr("Status: %1"), stage.status)]
        if stage.expected_progress is not None:
            lines.append(
                tr_args(
                    self.tr("Progres %1% (rencana linear %2%)"),
                    stage.progress,
                    formatting.number(stage.expected_progress),
                )
            )
        return "\n".join(lines)
