"""Daftar referensi: the Administrator adds, renames and deactivates the items of the lists
the forms offer (incident categories, sources, agencies, logistics items, target groups,
kinds of outreach). Other roles see the lists and why they cannot change them."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core import palette
from app.services.core.actor import PENGATURAN_UBAH
from app.services.core.changes import REFERENSI, Changes
from app.services.desk import referensi
from app.services.desk.referensi import ReferensiRow
from app.views.shell.context import AppContext
from app.views.widgets.colors import qcolor, text_style
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.tables import record_table

INACTIVE = qcolor(palette.MUTED_TEXT)


class ReferensiModel(ListTableModel[ReferensiRow]):
    def cell(self, row: ReferensiRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            status = self.tr("aktif") if row.active else self.tr("nonaktif")
            return (row.name, row.group, row.unit, status, row.code)[column]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return INACTIVE
        return None


class ReferensiPanel(QWidget):
    #: The lists' names as ``referensi.KIND_LABELS`` gives them, marked so the translation
    #: sources hold them (a test keeps the two alike).
    KIND_TEXTS = (
        QT_TR_NOOP("Kategori insiden"),
        QT_TR_NOOP("Sumber laporan insiden"),
        QT_TR_NOOP("Instansi tindak lanjut"),
        QT_TR_NOOP("Jenis logistik"),
        QT_TR_NOOP("Kelompok sasaran sosialisasi"),
        QT_TR_NOOP("Jenis kegiatan sosialisasi"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = ErrorLabel(hide_empty=False)
        self._ctx = ctx.reporting_to(self.result)
        can_edit = ctx.can(PENGATURAN_UBAH)
        self.kind = QComboBox()
        for kind, label in referensi.KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        self.kind.currentIndexChanged.connect(self.reload)
        intro = QLabel(
            self.tr(
                "Butir yang dinonaktifkan tidak ditawarkan lagi untuk catatan baru; catatan lama tetap "
                "memakainya. Butir tidak pernah dihapus. Setiap perubahan tercatat di log audit."
            )
        )
        intro.setWordWrap(True)
        self.model = ReferensiModel([self.tr("Nama"), self.tr("Kelompok"), self.tr("Satuan"),
                                     self.tr("Status"), self.tr("Kode")], self)  # fmt: skip
        self.table = record_table("referensi_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._fill(current.row())
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("nama butir, mis. Tokoh pemuda"))
        self.group = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("mis. lembar, unit, botol"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Nama"), self.name)
        self.form.addRow(self.tr("&Kelompok"), self.group)
        self.form.addRow(self.tr("Sat&uan"), self.unit)
        self.add_button = QPushButton(self.tr("&Tambah butir baru"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("&Simpan perubahan"))
        self.save_button.clicked.connect(self.save)
        self.active_button = QPushButton(self.tr("N&onaktifkan"))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        for button in (self.add_button, self.save_button, self.active_button):
            buttons.addWidget(button)
        self.why = QLabel(ctx.actor.why_not(PENGATURAN_UBAH))
        self.why.setWordWrap(True)
        self.why.setStyleSheet(text_style(palette.CAUTION_TEXT))
        self.why.setVisible(not can_edit)
        for widget in (
            self.name,
            self.group,
            self.unit,
            self.add_button,
            self.save_button,
            self.active_button,
        ):
            widget.setEnabled(can_edit)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("&Daftar:")))
        head.itemAt(0).widget().setBuddy(self.kind)
        head.addWidget(self.kind, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(intro)
        layout.addWidget(self.why)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self._selected: ReferensiRow | None = None
        self._show_columns()
        self.reload()

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _show_columns(self) -> None:
        kind = self.current_kind()
        group = referensi.GROUP_LABELS.get(kind, "")
        with_unit = kind in referensi.WITH_UNIT
        self.table.setColumnHidden(1, not group)
        self.table.setColumnHidden(2, not with_unit)
        for field, shown in ((self.group, bool(group)), (self.unit, with_unit)):
            self.form.setRowVisible(field, shown)

    def reload(self) -> None:
        self._show_columns()
        kind = self.current_kind()
        self._ctx.submit(referensi.list_items, kind, on_done=lambda rows: self._loaded(kind, rows))

    def _loaded(self, kind: str, rows: list[ReferensiRow]) -> None:
        if kind != self.current_kind():
            return
        selected = self._selected.id if self._selected else None
        self.model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if r.id == selected), -1)
        if index >= 0:
            self.table.selectRow(index)
        else:
            self._fill(-1)

    def _fill(self, row: int) -> None:
        self._selected = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        item = self._selected
        self.name.setText(item.name if item else "")
        self.group.setText(item.group if item else "")
        self.unit.setText(item.unit if item else "")
        can_edit = self._ctx.can(PENGATURAN_UBAH)
        self.save_button.setEnabled(can_edit and item is not None)
        self.active_button.setEnabled(can_edit and item is not None)
        self.active_button.setText(
            self.tr("&Aktifkan lagi") if item and not item.active else self.tr("N&onaktifkan")
        )

    def _done(self, changes: Changes) -> None:
        self.result.show_message(changes.summary)

    def add(self) -> None:
        self._selected = None
        self._ctx.submit(referensi.add_item, self.current_kind(), self.name.text(), self.group.text(),
                         self.unit.text(), on_done=self._done)  # fmt: skip

    def save(self) -> None:
        item = self._selected
        if item is not None:
            self._ctx.submit(referensi.update_item, item.id, self.name.text(), self.group.text(),
                             self.unit.text(), version=item.version, on_done=self._done)  # fmt: skip

    def toggle_active(self) -> None:
        item = self._selected
        if item is not None:
            self._ctx.submit(referensi.set_active, item.id, not item.active, version=item.version,
                             on_done=self._done)  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(REFERENSI):
            self.reload()
