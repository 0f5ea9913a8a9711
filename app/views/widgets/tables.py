"""The look every register table shares: whole-row single selection, compact rows, no
row numbers, no wrapping — and, when there is nothing to list, a sentence saying so in
the middle of the table instead of a blank grid ("Belum ada laporan yang diterbitkan.",
or, when a filter hides everything, that nothing matches it)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView


class RecordTable(QTableView):
    def __init__(self) -> None:
        super().__init__()
        self._empty = self.tr("Belum ada data.")
        self._filtered = self.tr("Tidak ada data yang cocok dengan saringan ini.")

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        loaded = getattr(model, "loaded", None)
        if loaded is not None:  # a lazy model that answered "no rows" changes no row
            loaded.connect(lambda *_args: self.viewport().update())

    def set_empty_text(self, empty: str, filtered: str | None = None) -> None:
        """What the table says with no rows at all, and with a filter that hides every row."""
        self._empty = empty
        self._filtered = filtered if filtered is not None else empty
        self.viewport().update()

    def empty_text(self) -> str:
        """The sentence shown now ("" while rows are shown or still loading)."""
        model = self.model()
        if model is None or model.rowCount() > 0 or getattr(model, "loading", False):
            return ""
        current = getattr(model, "current_filter", None)
        filtered = _filtered(current() if current else None)
        return self._filtered if filtered else self._empty

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        text = self.empty_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        area = self.viewport().rect().adjusted(16, 16, -16, -16)
        area = QRect(area.left(), area.top(), area.width(), min(area.height(), 120))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        painter.end()


def _filtered(flt: object) -> bool:
    """True when ``flt`` (a filter dataclass) narrows anything beyond its sort order."""
    fields = getattr(flt, "__dataclass_fields__", None)
    if not fields:
        return False
    for name, spec in fields.items():
        if name in ("sort", "descending", "as_of"):
            continue
        value = getattr(flt, name)
        default = spec.default
        if value != default and not (isinstance(value, str) and not value.strip() and not default):
            return True
    return False


def record_table(name: str) -> RecordTable:
    table = RecordTable()
    table.setObjectName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    return table
