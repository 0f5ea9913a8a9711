"""Backups on the Data page: the copies kept, "Cadangkan sekarang", a verified restore,
and how many copies to keep and where the second copy goes (the Administrator's job,
SPEC 1). Files are listed and copied on the worker thread, never in a slot."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import backup, restore
from app.services.core import formatting, pengaturan
from app.services.core.actor import CADANGAN, PENGATURAN_UBAH
from app.views.shell.context import AppContext
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.tables import record_table
from app.views.widgets.texts import tr_args


@dataclass(frozen=True)
class _Overview:
    folder: Path
    files: list[backup.BackupFile]
    keep: int
    second: str


def _overview(db) -> _Overview:
    from app import paths

    with db.uow() as uow:
        keep, second = pengaturan.get(uow, "backup_keep"), pengaturan.get(uow, "backup_second_dir")
    return _Overview(paths.backup_dir(), backup.list_backups(), keep, second)


class BackupModel(ListTableModel[backup.BackupFile]):
    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        super().__init__(
            [self.tr("Waktu"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Berkas")], parent
        )
        self._tz = tz
        self._kinds = {
            backup.MULAI: self.tr("saat aplikasi dibuka"),
            backup.HARIAN: self.tr("harian"),
            backup.MANUAL: self.tr("manual"),
            backup.SEBELUM_MIGRASI: self.tr("sebelum pembaruan skema"),
            backup.SEBELUM_PEMULIHAN: self.tr("sebelum pemulihan"),
        }

    def cell(self, row: backup.BackupFile, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return formatting.date_time(row.at, self._tz)
        if column == 1:
            return self._kinds.get(row.reason, row.reason)
        if column == 2:
            return f"{formatting.number(row.size / 1024 / 1024, 1)} MB"
        return row.path.name


class BackupPanel(QWidget):
    """``BackupPanel(ctx, parent=None)``: embed it in the Data page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = ErrorLabel(hide_empty=False)
        self._ctx = ctx.reporting_to(self.result)
        allowed = ctx.can(CADANGAN)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupModel(ZoneInfo(ctx.desk.timezone), self)
        self.table = record_table("backup_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.set_empty_text(self.tr("Belum ada cadangan di folder ini."))
        self.backup_button = QPushButton(self.tr("&Cadangkan sekarang"))
        self.restore_button = QPushButton(self.tr("&Pulihkan dari cadangan…"))
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(allowed)
            button.setToolTip(ctx.actor.why_not(CADANGAN))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.choose_restore)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.second = QLineEdit()
        self.second.setPlaceholderText(self.tr("kosong: tanpa salinan kedua"))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        self.save_button = QPushButton(self.tr("&Simpan pengaturan cadangan"))
        self.save_button.clicked.connect(self.save)
        editable = ctx.can(PENGATURAN_UBAH)
        for widget in (self.keep, self.second, browse, self.save_button):
            widget.setEnabled(editable)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second, 1)
        second_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Simpan cadangan per &jenis"), self.keep)
        form.addRow(self.tr("&Folder cadangan kedua"), second_row)
        form.labelForField(second_row).setBuddy(self.second)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.reload()

    def reload(self) -> None:
        db = self._ctx.db
        self._ctx.runner.run(lambda _r: _overview(db), self._loaded, self._ctx.report)

    def _loaded(self, overview: _Overview) -> None:
        self._folder = overview.folder
        self.folder.setText(
            tr_args(
                self.tr(
                    "Cadangan dibuat otomatis saat aplikasi dibuka, setiap hari, dan sebelum pembaruan "
                    "skema, di folder %1."
                ),
                overview.folder,
            )
        )
        self.model.set_rows(overview.files)
        self.keep.setValue(overview.keep)
        self.second.setText(overview.second)

    def _show(self, text: str, error: bool = False) -> None:
        (self.result.show_error if error else self.result.show_message)(text)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder cadangan kedua"), self.second.text()
        )
        if folder:
            self.second.setText(folder)

    def save(self) -> None:
        values = {"backup_keep": self.keep.value(), "backup_second_dir": self.second.text().strip()}
        self._ctx.submit(pengaturan.save, values, on_done=lambda _c: self._show(self.tr("Tersimpan.")))  # fmt: skip

    def back_up(self) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        self.backup_button.setEnabled(False)

        def done(outcome: backup.BackupOutcome) -> None:
            self.backup_button.setEnabled(True)
            self._show(outcome.summary(), error=bool(outcome.warnings))
            self.reload()

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self._ctx.report(error)

        self._ctx.runner.run(lambda _r: backup.manual(db, actor), done, failed, progress_parent=self,
                             label=self.tr("Membuat cadangan…"))  # fmt: skip

    def _selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).path if rows else None

    def choose_restore(self) -> None:
        path = self._selected()
        if path is None:
            start = str(getattr(self, "_folder", ""))
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Pilih berkas cadangan"), start,
                self.tr("Cadangan Desk Pilkada (*.sqlite *.dump);;Semua berkas (*)"),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
        db = self._ctx.db
        self._ctx.runner.run(
            lambda _r: restore.check_file(db, path), self._confirm, self._ctx.report
        )

    def _confirm(self, check: restore.BackupCheck) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Pulihkan basis data"),
            tr_args(
                self.tr(
                    "%1\n\nSemua perubahan setelah cadangan ini dibuat akan hilang dari basis data yang "
                    "dipakai. Basis data sekarang disimpan dulu sebagai cadangan 'sebelum pemulihan'. "
                    "Pada PostgreSQL, minta semua PC desk menutup aplikasi terlebih dahulu. Setelah "
                    "pemulihan, aplikasi ditutup dan perlu dibuka kembali.\n\nLanjutkan?"
                ),
                check.describe(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self._ctx.db, self._ctx.actor
        self._ctx.runner.run(
            lambda _r: restore.restore_and_reopen(db, check.path, actor), self._restored,
            self._ctx.report, progress_parent=self, label=self.tr("Memulihkan basis data…"),
        )  # fmt: skip

    def _restored(self, outcome: restore.RestoreOutcome) -> None:
        QMessageBox.information(
            self,
            self.tr("Pemulihan selesai"),
            tr_args(self.tr("%1\n\nAplikasi sekarang ditutup; buka kembali untuk memakai basis data ini."), outcome.summary()),
        )  # fmt: skip
        QApplication.quit()
