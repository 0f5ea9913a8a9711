"""The audit log viewer: filters (who, what, when, record), an SQL-backed table that loads
as you scroll, and export of the filtered log to .xlsx."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import audit_log
from app.services.admin.audit_log import AuditFilter, AuditRow
from app.services.core import audit, formatting
from app.views.shell.context import AppContext
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.texts import tr_args


class AuditPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        tz = ZoneInfo(ctx.desk.timezone)
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Pengguna"))
        self.action = QComboBox()
        self.action.addItem(self.tr("Semua aksi"), "")
        for key, label in audit.ACTION_LABELS.items():
            self.action.addItem(label, key)
        self.date_from = OptionalDateEdit(self.tr("dari"))
        self.date_to = OptionalDateEdit(self.tr("sampai"))
        today = ctx.desk.today()
        self.date_from.set_value(None, today)
        self.date_to.set_value(None, today)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("UID data atau kata dalam perubahan"))
        apply = QPushButton(self.tr("Terapkan"))
        apply.clicked.connect(self.apply_filters)
        self.text.returnPressed.connect(self.apply_filters)
        self.who.returnPressed.connect(self.apply_filters)
        self.export_button = QPushButton(self.tr("Ekspor .xlsx…"))
        self.export_button.clicked.connect(self._export)
        filters = QHBoxLayout()
        for widget in (
            self.who,
            self.action,
            self.date_from,
            self.date_to,
            self.text,
            apply,
            self.export_button,
        ):
            filters.addWidget(widget)

        self.model = LazyTableModel(
            ctx,
            audit_log.query,
            [
                LazyColumn(self.tr("Waktu"), lambda r: formatting.date_time(r.at, tz)),
                LazyColumn(self.tr("Pengguna"), lambda r: r.username),
                LazyColumn(self.tr("Aksi"), lambda r: audit.ACTION_LABELS.get(r.action, r.action)),
                LazyColumn(self.tr("Data"), lambda r: r.entity, lambda r: r.entity_uid),
                LazyColumn(self.tr("Perubahan"), lambda r: r.summary or r.note),
            ],
            self,
        )
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.status.setText(str(error)))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.apply_filters()

    def filters(self) -> AuditFilter:
        return AuditFilter(
            username=self.who.text(),
            action=self.action.currentData() or "",
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.text.text(),
        )

    def apply_filters(self) -> None:
        self.status.setText(self.tr("Memuat…"))
        self.model.set_filters(self.filters())

    def _loaded(self, shown: int, total: int) -> None:
        self.status.setText(
            tr_args(
                self.tr("%1 catatan audit; %2 dimuat (gulir untuk memuat berikutnya)."),
                formatting.number(total),
                formatting.number(shown),
            )
        )

    def rows(self) -> list[AuditRow]:
        return [self.model.row_value(i) for i in range(self.model.rowCount())]

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor log audit"), "log-audit.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self._ctx.submit(
            audit_log.export_xlsx,
            self.filters(),
            path,
            on_done=lambda count: self.status.setText(
                tr_args(self.tr("%1 baris diekspor ke %2"), formatting.number(count), path)
            ),
            progress_parent=self,
            label=self.tr("Mengekspor…"),
        )
