"""Import and export on the Logistik page: the Impor menu (consignments, receipts,
requirements, and a template for each) through the shared import preview, and the export
of the filtered table to .xlsx or CSV on the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from app.services.core import formatting
from app.services.core.actor import EKSPOR, IMPOR
from app.services.logistik.query import LogistikFilter
from app.views.shell.context import AppContext
from app.views.widgets import template_saver
from app.views.widgets.texts import tr_args

JENIS = ("pengiriman", "penerimaan", "kebutuhan")


class Transfer(QObject):
    """``current`` gives the table's filter; ``report`` shows a one-line outcome; a failed
    export goes where ``ctx`` reports (``ctx.reporting_to(page)``)."""

    def __init__(self, ctx: AppContext, page: QWidget, current: Callable[[], LogistikFilter],
                 report: Callable[[str], None]) -> None:  # fmt: skip
        super().__init__(page)
        self._ctx = ctx
        self._page = page
        self._current = current
        self._report = report
        self.dialog = None
        self.import_button = QPushButton(self.tr("&Impor"))
        menu = QMenu(self.import_button)
        titles = (self.tr("Pengiriman…"), self.tr("Penerimaan…"), self.tr("Kebutuhan…"))
        for jenis, text in zip(JENIS, titles, strict=True):
            menu.addAction(text, lambda j=jenis: self._choose_import(j))
            menu.addAction(
                tr_args(self.tr("Templat %1…"), jenis), lambda j=jenis: self._save_template(j)
            )
        self.import_button.setMenu(menu)
        self.import_button.setEnabled(ctx.can(IMPOR))
        self.export_button = QPushButton(self.tr("&Ekspor…"))
        self.export_button.setToolTip(
            self.tr("Ekspor tabel yang terfilter (beserta barisnya) ke .xlsx atau .csv")
        )
        self.export_button.clicked.connect(self._choose_export)
        self.export_button.setEnabled(ctx.can(EKSPOR))

    def _choose_import(self, jenis: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self._page, tr_args(self.tr("Pilih berkas %1"), jenis), "",
                                              self.tr("Lembar kerja (*.xlsx *.csv)"))  # fmt: skip
        if path:
            self.open_import(jenis, Path(path))

    def open_import(self, jenis: str, path: Path):
        from app.views.widgets.import_dialog import ImportDialog

        dialog = ImportDialog(self._ctx, jenis, path, parent=self._page)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_template(self, jenis: str) -> None:
        template_saver.choose_and_save(self._page, self._ctx, jenis, self._report)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._page, self.tr("Ekspor pengiriman"), "pengiriman.xlsx",
                                              "Excel (*.xlsx);;CSV (*.csv)")  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from app.services.logistik import export as logistik_export

        def done(n: int) -> None:
            text = self.tr("%1 baris pengiriman diekspor ke %2", "", n)
            self._report(tr_args(text, formatting.number(n), path))

        self._ctx.submit(logistik_export.export, self._current(), path, progress_parent=self._page,
                         label=self.tr("Mengekspor…"), on_done=done)  # fmt: skip
