"""The register of issued briefs: search and type filter, the table (saying so when it is
empty), and "Buka dan verifikasi…" — choose a PDF brief, and see whether its bytes match
the register's SHA-256 and whether its figures, rebuilt from the database as of its
snapshot, are still the ones it printed (the lines that differ named)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.briefs import opened, register
from app.services.briefs.request import JENIS, TITLES
from app.services.core import formatting, palette
from app.views.shell.context import AppContext
from app.views.widgets.colors import text_style
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel, register_view
from app.views.widgets.texts import tr_args


def _period(row: register.LaporanRow) -> str:
    if row.period_start == row.period_end:
        return formatting.short_date(row.period_end)
    return f"{formatting.short_date(row.period_start)}–{formatting.short_date(row.period_end)}"


class RegisterTab(QWidget):
    #: A verified file to show in the preview: (path, title).
    show_file = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx.reporting_to(self)
        self._archive_folder = ""
        tz = ZoneInfo(ctx.desk.timezone)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor atau hal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.jenis_filter = QComboBox()
        self.jenis_filter.addItem(self.tr("Semua jenis"), "")
        for key in JENIS:
            self.jenis_filter.addItem(TITLES[key], key)
        self.jenis_filter.currentIndexChanged.connect(self._filter)
        self.model = LazyTableModel(ctx, register.query, [
            LazyColumn(self.tr("Nomor"), lambda r: r.number, sort_key="number", sample="200.2/0000/Kesbangpol/2024"),
            LazyColumn(self.tr("Jenis"), lambda r: r.jenis_label, sort_key="jenis", sample="Laporan Harian Desk Pilkada"),
            LazyColumn(self.tr("Periode"), _period, sort_key="period_end", sample="00/00/2024–00/00/2024"),
            LazyColumn(self.tr("Hal"), lambda r: r.subject, width=240),
            LazyColumn(self.tr("Klasifikasi"), lambda r: r.classification, sort_key="classification", sample="Terbatas"),
            LazyColumn(self.tr("Penanda tangan"), lambda r: r.signer_name, width=150),
            LazyColumn(self.tr("Diterbitkan"), lambda r: f"{formatting.date_time(r.generated_at, tz)} · {r.generated_by}",
                       sort_key="generated_at", sample="00/00/2024 00.00 WIB · pimpinan"),
            LazyColumn(self.tr("Data per"), lambda r: formatting.date_time(r.snapshot_at, tz), sample="00/00/2024 00.00 WIB"),
            LazyColumn(self.tr("SHA-256"), lambda r: r.sha256[:16] + "…", lambda r: r.sha256, sample="0123456789abcdef…"),
            LazyColumn(self.tr("Ketidaksesuaian diakui"), lambda r: self.tr("ya") if r.acknowledged else ""),
        ], self, empty_filter=register.LaporanFilter())  # fmt: skip
        self.table = register_view("laporan_table", self.model, "generated_at", True)
        self.table.set_empty_text(
            self.tr("Belum ada laporan yang diterbitkan. Laporan yang diterbitkan Pimpinan "
                    "(Terbitkan…) tercatat di sini dengan SHA-256-nya."),
            self.tr("Tidak ada laporan yang cocok dengan pencarian ini."),
        )  # fmt: skip
        self.table.doubleClicked.connect(lambda _i: self.open_archived())
        self.archive_button = QPushButton(self.tr("Buka &arsip"))
        self.archive_button.setToolTip(
            self.tr("Buka salinan arsip laporan terpilih; periksa SHA-256 dan angkanya")
        )
        self.archive_button.clicked.connect(self.open_archived)
        self.verify_button = QPushButton(self.tr("&Buka dan verifikasi…"))
        self.verify_button.setToolTip(
            self.tr("Pilih berkas PDF laporan: periksa SHA-256-nya terhadap register dan bangun "
                    "ulang angkanya per saat datanya")
        )  # fmt: skip
        self.verify_button.clicked.connect(self.choose_file)
        self.result = QLabel()
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.jenis_filter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.model.set_filters(register.LaporanFilter())

    def _filter(self) -> None:
        current = self.model.current_filter()
        self.model.set_filters(register.LaporanFilter(
            jenis=self.jenis_filter.currentData() or "", text=self.search.text(),
            sort=current.sort, descending=current.descending))  # fmt: skip

    def selected(self) -> register.LaporanRow | None:
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def reload(self) -> None:
        self.model.reload()

    # -- verifying ------------------------------------------------------------------------
    def open_archived(self) -> None:
        row = self.selected()
        if row is None:
            self.show_error(self.tr("Pilih laporan di register terlebih dahulu."))
            return
        self.verify(None, row.id)

    def choose_file(self) -> None:
        row = self.selected()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Buka laporan PDF untuk diverifikasi"),
            str(Path(self._archive_folder) / row.file_name) if row and self._archive_folder else self._archive_folder,
            self.tr("Laporan PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.verify(path, row.id if row else None)

    def verify(self, path: str | None, selected: int | None) -> None:
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Memeriksa berkas dan membangun ulang angka laporan…"))
        self._ctx.submit(opened.open_and_verify, path, selected=selected, on_done=self._verified,
                         progress_parent=self, label=self.tr("Memverifikasi laporan…"))  # fmt: skip

    def _verified(self, result: opened.Opened) -> None:
        self.result.setStyleSheet("" if result.ok else text_style(palette.ERROR_TEXT))
        mark = "✓" if result.ok else "✗"
        self.result.setText(
            tr_args(self.tr("%1 Laporan %2\nBerkas: %3\nAngka: %4"), mark, result.number,
                    result.file.message(), result.figures.message())
        )  # fmt: skip
        if result.file.ok and result.file.path is not None:
            self._archive_folder = str(Path(result.file.path).parent)
            self.show_file.emit(
                str(result.file.path),
                tr_args(self.tr("Laporan %1 (sesuai register)"), result.number),
            )

    def show_error(self, message: str) -> None:
        self.result.setStyleSheet(text_style(palette.ERROR_TEXT) if message else "")
        self.result.setText(message)
