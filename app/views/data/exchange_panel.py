"""Exchange packages on the Data page: which desk this is, "Buat paket" (since the last
package or for a period), "Impor paket" with a preview of what would change and the
conflicts listed, and the packages made and taken in."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import exchange
from app.services.core import formatting, pengaturan
from app.services.core.actor import EKSPOR, IMPOR, PENGATURAN_UBAH
from app.services.exchange.history import Overview, overview
from app.views.shell.context import AppContext
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.tables import RecordTable, record_table
from app.views.widgets.texts import tr_args


class PackageModel(ListTableModel[exchange.PaketRow]):
    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        headers = [self.tr("Waktu"), self.tr("Arah"), self.tr("Desk asal"), self.tr("Isi"),
                   self.tr("Berkas"), self.tr("Oleh")]  # fmt: skip
        super().__init__(headers, parent)
        self._tz = tz

    def cell(self, row: exchange.PaketRow, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return formatting.date_time(row.at, self._tz)
        if column == 1:
            return self.tr("dibuat") if row.direction == "keluar" else self.tr("diimpor")
        if column == 2:
            return row.source_desk
        if column == 3:
            return ", ".join(f"{label} {n}" for label, n in row.counts.items()) or "—"
        return row.file_name if column == 4 else row.by


class ConflictModel(ListTableModel[exchange.Conflict]):
    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        headers = [self.tr("Data"), self.tr("Nama"), self.tr("Isian berbeda"), self.tr("Desk ini"),
                   self.tr("Paket"), self.tr("Hasil")]  # fmt: skip
        super().__init__(headers, parent)
        self._tz = tz

    def cell(self, row: exchange.Conflict, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        local = f"{row.local_by} · {formatting.date_time(row.local_at, self._tz)}"
        incoming = f"{row.incoming_by} · {formatting.date_time(row.incoming_at, self._tz)}"
        outcome = (
            self.tr("versi paket dipakai") if row.taken else self.tr("versi desk ini dipertahankan")
        )
        return (row.label, row.name, ", ".join(row.fields), local, incoming, outcome)[column]


def _table(model: ListTableModel, empty: str) -> RecordTable:
    view = record_table("exchange_table")
    view.setModel(model)
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.set_empty_text(empty)
    return view


class ExchangePanel(QWidget):
    """``ExchangePanel(ctx, parent=None)``: embed it in the Data page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = ErrorLabel(hide_empty=False)
        self._ctx = ctx.reporting_to(self.result)
        tz = ZoneInfo(ctx.desk.timezone)
        self.kabkota = QComboBox()
        self.kabkota.setEnabled(ctx.can(PENGATURAN_UBAH))
        self.kabkota.setToolTip(ctx.actor.why_not(PENGATURAN_UBAH))
        self.kabkota.activated.connect(self._save_desk)
        self.since_last = QRadioButton(self.tr("Sejak paket terakhir"))
        self.by_period = QRadioButton(self.tr("Periode"))
        group = QButtonGroup(self)
        group.addButton(self.since_last)
        group.addButton(self.by_period)
        self.since_last.setChecked(True)
        self.start = OptionalDateEdit(self.tr("dari"))
        self.end = OptionalDateEdit(self.tr("sampai"))
        for edit in (self.start, self.end):
            edit.set_value(None, ctx.desk.today())
        self.export_button = QPushButton(self.tr("&Buat paket…"))
        self.export_button.setEnabled(ctx.can(EKSPOR))
        self.export_button.setToolTip(ctx.actor.why_not(EKSPOR))
        self.export_button.clicked.connect(self.make_package)
        self.import_button = QPushButton(self.tr("&Impor paket…"))
        self.import_button.setEnabled(ctx.can(IMPOR))
        self.import_button.setToolTip(ctx.actor.why_not(IMPOR))
        self.import_button.clicked.connect(self.choose_package)
        self.last = QLabel()
        self.packages = PackageModel(tz, self)
        self.conflicts = ConflictModel(tz, self)
        self.conflict_view = _table(self.conflicts, self.tr("Tidak ada konflik pada paket terakhir."))
        self.conflict_view.hide()

        making = QGroupBox(self.tr("Kirim ke desk provinsi"))
        period = QHBoxLayout()
        for widget in (self.since_last, self.by_period, self.start, self.end):
            period.addWidget(widget)
        period.addStretch(1)
        form = QFormLayout(making)
        form.addRow(self.tr("Desk ini"), self.kabkota)
        form.addRow(self.tr("Data yang berubah"), period)
        form.addRow(self.last, self.export_button)
        taking = QGroupBox(self.tr("Terima dari desk kab/kota"))
        take_row = QHBoxLayout(taking)
        take_row.addWidget(QLabel(self.tr("Paket diperiksa utuh sebelum digabungkan; tidak ada yang "
                                          "berubah bila paket rusak atau diubah di jalan.")), 1)  # fmt: skip
        take_row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(making)
        layout.addWidget(taking)
        layout.addWidget(self.result)
        layout.addWidget(self.conflict_view, 1)
        layout.addWidget(QLabel(self.tr("Paket yang dibuat dan diimpor di desk ini")))
        layout.addWidget(_table(self.packages, self.tr("Belum ada paket yang diekspor atau diimpor.")), 1)
        self.reload()

    def reload(self) -> None:
        self._ctx.submit(overview, on_done=self._loaded)

    def _loaded(self, view: Overview) -> None:
        self.kabkota.clear()
        self.kabkota.addItem(self.tr("Desk provinsi"), "")
        for code, name in view.kabkota_choices:
            self.kabkota.addItem(f"{name} ({code})", code)
        self.kabkota.setCurrentIndex(max(0, self.kabkota.findData(view.kabkota_code)))
        tz = ZoneInfo(self._ctx.desk.timezone)
        self.last.setText(
            tr_args(self.tr("Paket terakhir sampai %1"), formatting.date_time(view.last_export_end, tz))
            if view.last_export_end else self.tr("Belum pernah membuat paket: paket pertama berisi semua data.")
        )  # fmt: skip
        self.packages.set_rows(view.packages)

    def _show(self, text: str, error: bool = False) -> None:
        (self.result.show_error if error else self.result.show_message)(text)

    def _save_desk(self) -> None:
        code = self.kabkota.currentData()
        self._ctx.submit(pengaturan.save, {"desk_kabkota": code}, on_done=lambda _c: self.reload())  # fmt: skip

    def make_package(self) -> None:
        code = self.kabkota.currentData() or "provinsi"
        suggested = (
            f"paket-{code.replace('.', '')}-{self._ctx.desk.today():%Y%m%d}{exchange.SUFFIX}"
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan paket"), suggested, self.tr("Paket Desk Pilkada (*.deskpkg)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != exchange.SUFFIX:
            path = path.with_name(path.name + exchange.SUFFIX)
        start = self.start.value() if self.by_period.isChecked() else None
        end = self.end.value() if self.by_period.isChecked() else None
        if self.by_period.isChecked() and start is None:
            self._show(
                self.tr("Pilih tanggal awal periode, atau pilih 'Sejak paket terakhir'."), True
            )
            return
        self._ctx.submit(
            exchange.export_package, path, start=start, end=end, on_done=self._made,
            progress_parent=self, label=self.tr("Menyusun paket…"),
        )  # fmt: skip

    def _made(self, result: exchange.ExportResult) -> None:
        self._show(result.summary())
        self.reload()

    def choose_package(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih paket"),
            "",
            self.tr("Paket Desk Pilkada (*.deskpkg);;Semua berkas (*)"),
        )
        if name:
            self._ctx.submit(
                exchange.import_package, Path(name), dry_run=True, on_done=self._preview,
                progress_parent=self, label=self.tr("Memeriksa paket…"),
            )  # fmt: skip

    def _preview(self, result: exchange.ImportResult) -> None:
        self._list(result)
        if result.already_at is not None:
            return
        lines = [result.summary(), *result.notes]
        if result.conflicts:
            lines.append(self.tr("%n konflik tercantum di bawah.", "", len(result.conflicts)))
        answer = QMessageBox.question(
            self, self.tr("Impor paket"), "\n".join(lines) + "\n\n" + self.tr("Gabungkan paket ini?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._ctx.submit(
                exchange.import_package, result.path, on_done=self._imported, on_error=self._ctx.report,
                progress_parent=self, label=self.tr("Menggabungkan paket…"),
            )  # fmt: skip

    def _imported(self, result: exchange.ImportResult) -> None:
        self._list(result)
        self.reload()

    def _list(self, result: exchange.ImportResult) -> None:
        self._show("\n".join([result.summary(), *result.notes]))
        self.conflicts.set_rows(result.conflicts)
        self.conflict_view.setVisible(bool(result.conflicts))
