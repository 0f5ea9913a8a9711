"""Laporan page: compose a brief on the left (type, day, sections, conclusions), see the
real PDF on the right, issue it (Pimpinan), print or save it; the register of issued
briefs with re-open and SHA-256 verification. Building runs on the worker with progress."""

from __future__ import annotations

import shutil
import tempfile
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
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.briefs import build, register
from app.services.briefs.request import JENIS, TITLES
from app.services.core import formatting, palette, pengaturan
from app.services.core.actor import LAPORAN_TERBITKAN
from app.services.core.changes import Changes
from app.services.core.errors import DomainError
from app.services.tahapan import records as tahapan
from app.views.laporan.dialogs import IssueDialog
from app.views.laporan.form import LaporanForm
from app.views.shell import shortcuts
from app.views.shell.context import AppContext
from app.views.widgets.colors import text_style
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.pdf_preview import PdfPreview
from app.views.widgets.tables import record_table
from app.views.widgets.texts import tr_args

LAPORAN = "laporan"


def _checks_html(preview: build.Preview) -> str:
    lines = []
    for check in preview.checks:
        if check.skipped:
            lines.append(
                f"<span style='color:{palette.UNKNOWN}'>– {check.name}: {check.skipped}</span>"
            )
        elif check.ok:
            lines.append(f"<span style='color:{palette.OK_TEXT}'>✓</span> {check.name}")
        else:
            for failure in check.failures:
                lines.append(
                    f"<span style='color:{palette.ERROR_TEXT}'>✗ {_escape(check.name)}: {_escape(failure)}</span>"
                )
        for note in check.notes:  # shown for attention, nothing to acknowledge
            lines.append(
                f"<span style='color:{palette.NOTE_TEXT}'>! {_escape(check.name)}: {_escape(note)}</span>"
            )
    return "<br>".join(lines)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


class LaporanPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = ZoneInfo(ctx.desk.timezone)
        self._folder = tempfile.mkdtemp(prefix="desk-pilkada-pratinjau-")
        self._preview: build.Preview | None = None
        self._stale = True
        self.dialog: IssueDialog | None = None

        self.form = LaporanForm(ctx.desk.today())
        self.form.changed.connect(self._form_changed)
        self.preview_button = QPushButton(self.tr("Pratinjau"))
        self.preview_button.setShortcut(shortcuts.key(shortcuts.REFRESH))
        self.preview_button.setToolTip(self.tr("Susun laporan dari data saat ini (F5)"))
        self.preview_button.clicked.connect(self.make_preview)
        self.issue_button = QPushButton(self.tr("Terbitkan…"))
        self.issue_button.clicked.connect(self.confirm_issue)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.issue_button)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.form)
        content_layout.addWidget(self.status)
        content_layout.addWidget(self.checks)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(buttons)

        self.viewer = PdfPreview()
        self.viewer.clear(
            self.tr("Belum ada pratinjau: pilih jenis laporan lalu tekan Pratinjau (F5).")
        )
        self.save_button = QPushButton(self.tr("Simpan salinan…"))
        self.save_button.clicked.connect(self.save_copy)
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.clicked.connect(lambda: self.viewer.print_with(self._run, self))
        preview_tab = QWidget()
        preview_layout = QVBoxLayout(preview_tab)
        preview_layout.addWidget(self.viewer, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        preview_layout.addLayout(actions)

        self.tabs = QTabWidget()
        self.tabs.addTab(preview_tab, self.tr("Pratinjau"))
        self.tabs.addTab(self._register_tab(), self.tr("Register laporan"))
        self.split = QSplitter()
        self.split.setObjectName("laporan_splitter")
        self.split.addWidget(left)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([400, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        self._update_buttons()
        ctx.submit(tahapan.list_pemilihan, on_done=self.form.set_contests)
        ctx.submit(
            pengaturan.get, "laporan_klasifikasi", on_done=self.form.set_default_classification
        )

    # -- register ------------------------------------------------------------------------

    def _register_tab(self) -> QWidget:
        tz = self._tz
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor atau hal"))
        self.search.textChanged.connect(self._filter_register)
        self.jenis_filter = QComboBox()
        self.jenis_filter.addItem(self.tr("Semua jenis"), "")
        for key in JENIS:
            self.jenis_filter.addItem(TITLES[key], key)
        self.jenis_filter.currentIndexChanged.connect(self._filter_register)
        self.model = LazyTableModel(
            self._ctx,
            register.query,
            [
                LazyColumn(self.tr("Nomor"), lambda r: r.number, sort_key="number"),
                LazyColumn(self.tr("Jenis"), lambda r: r.jenis_label, sort_key="jenis"),
                LazyColumn(self.tr("Periode"), lambda r: _period(r), sort_key="period_end"),
                LazyColumn(self.tr("Hal"), lambda r: r.subject),
                LazyColumn(
                    self.tr("Klasifikasi"), lambda r: r.classification, sort_key="classification"
                ),
                LazyColumn(self.tr("Penanda tangan"), lambda r: r.signer_name),
                LazyColumn(
                    self.tr("Diterbitkan"),
                    lambda r: f"{formatting.date_time(r.generated_at, tz)} · {r.generated_by}",
                    sort_key="generated_at",
                ),
                LazyColumn(self.tr("Data per"), lambda r: formatting.date_time(r.snapshot_at, tz)),
                LazyColumn(self.tr("SHA-256"), lambda r: r.sha256[:16] + "…", lambda r: r.sha256),
                LazyColumn(
                    self.tr("Ketidaksesuaian diakui"),
                    lambda r: self.tr("ya") if r.acknowledged else "",
                ),
            ],  # fmt: skip
            self,
        )
        self.table = record_table("laporan_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 150, 150, 240, 80, 150, 170, 120, 150)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("Buka dan verifikasi"))
        self.open_button.setToolTip(
            self.tr("Buka salinan arsip laporan terpilih dan periksa SHA-256-nya")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.verify_button = QPushButton(self.tr("Verifikasi berkas…"))
        self.verify_button.setToolTip(
            self.tr("Pilih berkas PDF dan periksa apakah sama dengan laporan terpilih")
        )
        self.verify_button.clicked.connect(self.verify_file)
        self.register_status = QLabel()
        self.register_status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.jenis_filter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.register_status, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.verify_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.set_filters(register.LaporanFilter())
        return tab

    def _filter_register(self) -> None:
        self.model.set_filters(
            register.LaporanFilter(
                jenis=self.jenis_filter.currentData() or "", text=self.search.text()
            )
        )

    def _selected(self) -> register.LaporanRow | None:
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        row = self._selected()
        if row is None:
            self.register_status.setText(self.tr("Pilih laporan di register terlebih dahulu."))
            return
        self._ctx.submit(register.verify, row.id, on_done=self._verified, on_error=self._failed)

    def verify_file(self) -> None:
        row = self._selected()
        if row is None:
            self.register_status.setText(self.tr("Pilih laporan di register terlebih dahulu."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Berkas PDF yang diverifikasi"), "", "PDF (*.pdf)"
        )
        if path:
            self._ctx.submit(
                register.verify, row.id, path, on_done=self._verified, on_error=self._failed
            )

    def _verified(self, result: register.Verification) -> None:
        self.register_status.setStyleSheet(
            "" if result.ok or not result.found else text_style(palette.ERROR_TEXT)
        )
        self.register_status.setText(result.message())
        if result.ok and result.path is not None:
            self.viewer.show_file(
                result.path, tr_args(self.tr("Laporan %1 (sesuai register)"), result.number)
            )
            self.tabs.setCurrentIndex(0)

    # -- composing and issuing -----------------------------------------------------------

    def _form_changed(self) -> None:
        self._stale = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_issue = self._ctx.can(LAPORAN_TERBITKAN)
        self.issue_button.setEnabled(can_issue and not self._stale and self._preview is not None)
        if not can_issue:
            self.issue_button.setToolTip(self._ctx.actor.why_not(LAPORAN_TERBITKAN))
        else:
            self.issue_button.setToolTip(self.tr("Beri nomor, simpan di register, dan catat di log audit. "
                                                 "Buat pratinjau dari isian terakhir lebih dahulu."))  # fmt: skip
        shown = bool(self.viewer.path)
        self.save_button.setEnabled(shown)
        self.print_button.setEnabled(shown and self.viewer.document is not None)

    def make_preview(self) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Menyusun laporan…"))
        self._ctx.submit(build.preview_file, self.form.request(), self._folder, on_done=self._previewed,
                         on_error=self._failed, progress_parent=self, label=self.tr("Menyusun laporan…"))  # fmt: skip

    def _previewed(self, result: tuple[build.Preview, str]) -> None:
        preview, path = result
        self._preview = preview
        self._stale = False
        self.viewer.show_file(path, tr_args(self.tr("Konsep: %1"), preview.hal))
        self.tabs.setCurrentIndex(0)
        since = (tr_args(self.tr("Perubahan dibandingkan dengan laporan %1."), preview.previous_number)
                 if preview.previous_number else self.tr("Belum ada laporan sejenis sebelumnya."))  # fmt: skip
        self.status.setText(
            tr_args(
                self.tr("Konsep tanpa nomor; nomor berikutnya berbentuk %1. %2"),
                preview.number_example,
                since,
            )
        )
        self.checks.setText(_checks_html(preview))
        self._update_buttons()

    def confirm_issue(self) -> None:
        if self._preview is None or self._stale:
            return
        request = self.form.request()
        summary = self.tr(
            "Terbitkan “%1” dengan nomor berikutnya (%2)? Data dibaca ulang saat diterbitkan; laporan "
            "dicatat di register dengan SHA-256 dan di log audit atas nama %3."
        )
        summary = tr_args(summary, self._preview.hal, self._preview.number_example,
                          self._ctx.actor.full_name or self._ctx.user)  # fmt: skip
        self.dialog = IssueDialog(summary, self._preview.failures, self)
        self.dialog.accepted.connect(
            lambda: self._issue(request, self.dialog.failures, self.dialog.reason_text)
        )
        self.dialog.open()

    def _issue(self, request, acknowledged, reason: str) -> None:
        self._ctx.submit(register.issue, request, acknowledged=acknowledged, reason=reason, on_done=self._issued,
                         on_error=self._failed, progress_parent=self, label=self.tr("Menerbitkan laporan…"))  # fmt: skip

    def _issued(self, issued: register.Issued) -> None:
        self._stale = True
        self.viewer.show_file(issued.path, tr_args(self.tr("Laporan %1"), issued.number))
        self.status.setStyleSheet(text_style(palette.OK_TEXT))
        self.status.setText(
            tr_args(
                self.tr("Laporan %1 diterbitkan dan dicatat di register. Berkas: %2"),
                issued.number,
                issued.path,
            )
        )
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.status.setStyleSheet(text_style(palette.ERROR_TEXT))
            self.status.setText(str(error))
            if isinstance(error, register.UnacknowledgedFailures):
                self._stale = True  # the data changed since the preview: look again
                self._update_buttons()
        else:
            self._ctx.runner.failed.emit(error)

    # -- saving and printing -------------------------------------------------------------

    def _run(self, fn, on_done) -> None:
        self._ctx.runner.run(
            fn, on_done, self._failed, progress_parent=self, label=self.tr("Mohon tunggu…")
        )

    def save_copy(self) -> None:
        source = self.viewer.path
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan salinan laporan"), Path(source).name, "PDF (*.pdf)"
        )
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        self._run(lambda _p: shutil.copyfile(source, target),
                  lambda _r: self.status.setText(tr_args(self.tr("Salinan disimpan: %1"), target)))  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(LAPORAN):
            self.model.reload()
        elif self._preview is not None:
            self._stale = True
            self._update_buttons()

    def closeEvent(self, event) -> None:  # noqa: N802
        shutil.rmtree(self._folder, ignore_errors=True)
        super().closeEvent(event)


def _period(row: register.LaporanRow) -> str:
    if row.period_start == row.period_end:
        return formatting.short_date(row.period_end)
    return f"{formatting.short_date(row.period_start)}–{formatting.short_date(row.period_end)}"
