"""Data in and out of the outreach register: import (with the shared preview dialog), the
import template, and export of the filtered table. Buttons are enabled by permission."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.services.core import formatting
from app.services.core.actor import EKSPOR, IMPOR
from app.services.core.errors import DomainError
from app.services.sosialisasi import export as sosialisasi_export
from app.services.sosialisasi.query import SosialisasiFilter
from app.views.shell.context import AppContext
from app.views.widgets import template_saver
from app.views.widgets.import_dialog import ImportDialog
from app.views.widgets.texts import tr_args


class SosialisasiTransfer(QObject):
    def __init__(
        self,
        ctx: AppContext,
        page: QWidget,
        current_filter: Callable[[], SosialisasiFilter],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self._ctx = ctx
        self._page = page
        self._filter = current_filter
        self._report = report
        self.import_dialog: ImportDialog | None = None
        self.import_button = QPushButton(self.tr("Impor…"))
        self.import_button.setToolTip(self.tr("Impor kegiatan dari .xlsx atau .csv (Ctrl+I)"))
        self.import_button.clicked.connect(self.choose_import)
        self.template_button = QPushButton(self.tr("Unduh templat…"))
        self.template_button.clicked.connect(self._save_template)
        self.export_button = QPushButton(self.tr("Ekspor…"))
        self.export_button.setToolTip(self.tr("Ekspor tabel yang terfilter ke .xlsx atau .csv"))
        self.export_button.clicked.connect(self._choose_export)
        for button, permission in ((self.import_button, IMPOR), (self.export_button, EKSPOR)):
            button.setEnabled(ctx.can(permission))
            if not ctx.can(permission):
                button.setToolTip(ctx.actor.why_not(permission))
        self.buttons = (self.import_button, self.template_button, self.export_button)

    def choose_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        path, _ = QFileDialog.getOpenFileName(
            self._page,
            self.tr("Pilih berkas kegiatan sosialisasi"),
            "",
            self.tr("Lembar kerja (*.xlsx *.xls *.ods *.csv)"),
        )
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self._ctx, "sosialisasi", path, None, self._page)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _save_template(self) -> None:
        template_saver.choose_and_save(self._page, self._ctx, "sosialisasi", self._report)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._page,
            self.tr("Ekspor sosialisasi"),
            "sosialisasi.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self._ctx.submit(
            sosialisasi_export.export, self._filter(), path,
            progress_parent=self._page, label=self.tr("Mengekspor…"),
            on_done=lambda n: self._report(
                tr_args(self.tr("%1 kegiatan diekspor ke %2", "", n), formatting.number(n), path)
            ),
            on_error=self._export_failed,
        )  # fmt: skip

    def _export_failed(self, error: BaseException) -> None:
        """An export that could not be written is said in a message box, not beside the form."""
        if isinstance(error, DomainError):
            QMessageBox.warning(self._page, self.tr("Sosialisasi"), str(error))
        else:
            self._ctx.report(error)
