"""Laporan page: compose a brief on the left (type, day, sections, conclusions, kept as the
desk's draft of that brief), see the real PDF on the right with its findings beside the
Kesimpulan box, issue it (Pimpinan) — a refusal shown in the issue dialog, which stays
open — print or save it; the register of issued briefs with "Buka dan verifikasi…"
(SHA-256 and the figures rebuilt as of the snapshot). Building runs on the worker."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.briefs import build, register
from app.services.core import palette, pengaturan
from app.services.core.actor import LAPORAN_TERBITKAN
from app.services.core.changes import Changes
from app.services.core.errors import DomainError
from app.services.tahapan import records as tahapan
from app.views.laporan.dialogs import IssueDialog
from app.views.laporan.drafts import DraftKeeper
from app.views.laporan.form import LaporanForm
from app.views.laporan.register_tab import RegisterTab
from app.views.shell import shortcuts
from app.views.shell.context import AppContext
from app.views.widgets.colors import text_style
from app.views.widgets.pdf_preview import PdfPreview
from app.views.widgets.texts import tr_args

LAPORAN = "laporan"


def _checks_html(preview: build.Preview) -> str:
    lines = []
    for check in preview.checks:
        if check.skipped:
            lines.append(
                f"<span style='color:{palette.UNKNOWN}'>— {check.name}: {check.skipped}</span>"
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
        self.drafts = DraftKeeper(ctx, self.form, self)
        self.preview_button = QPushButton(self.tr("&Pratinjau"))
        self.preview_button.setToolTip(self.tr("Susun laporan dari data saat ini (F5)"))
        self.preview_button.clicked.connect(self.make_preview)
        self.issue_button = QPushButton(self.tr("T&erbitkan…"))
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
        self.save_button = QPushButton(self.tr("Simpan sali&nan…"))
        self.save_button.clicked.connect(self.save_copy)
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.clicked.connect(lambda: self.viewer.print_with(self._run, self))
        preview_tab = QWidget()
        preview_layout = QVBoxLayout(preview_tab)
        preview_layout.addWidget(self.viewer, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        preview_layout.addLayout(actions)

        self.register = RegisterTab(ctx)
        self.register.show_file.connect(self._show_verified)
        # The names the rest of the app and the tests know the register by.
        self.model, self.table = self.register.model, self.register.table
        self.tabs = QTabWidget()
        self.tabs.addTab(preview_tab, self.tr("Pratinjau"))
        self.tabs.addTab(self.register, self.tr("Register laporan"))
        self.split = QSplitter()
        self.split.setObjectName("laporan_splitter")
        self.split.addWidget(left)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([420, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        self._install_shortcuts()
        self._update_buttons()
        ctx.submit(tahapan.list_pemilihan, on_done=self.form.set_contests)
        ctx.submit(
            pengaturan.get, "laporan_klasifikasi", on_done=self.form.set_default_classification
        )
        self.drafts.start()

    def _install_shortcuts(self) -> None:
        action = QAction(self)
        action.setShortcut(shortcuts.key(shortcuts.REFRESH))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # live while the page shows
        action.triggered.connect(self.make_preview)
        self.addAction(action)

    # -- leaving ---------------------------------------------------------------------------

    def may_leave(self) -> bool:
        """The text typed is kept as the brief's draft: saved now, nothing to ask."""
        self.drafts.flush()
        return True

    # -- register ------------------------------------------------------------------------

    def open_selected(self) -> None:
        self.register.open_archived()

    @property
    def register_status(self) -> QLabel:
        return self.register.result

    def _show_verified(self, path: str, title: str) -> None:
        self.viewer.show_file(path, title)
        self._update_buttons()

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
        self.drafts.flush()
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
        self.form.set_findings(preview.findings)
        self._update_buttons()

    def confirm_issue(self) -> None:
        if self._preview is None or self._stale:
            return
        self.drafts.flush()
        request = self.form.request()
        summary = self.tr(
            "Terbitkan “%1” dengan nomor berikutnya (%2)? Data dibaca ulang saat diterbitkan; laporan "
            "dicatat di register dengan SHA-256 dan di log audit atas nama %3."
        )
        summary = tr_args(summary, self._preview.hal, self._preview.number_example,
                          self._ctx.actor.full_name or self._ctx.user)  # fmt: skip
        dialog = IssueDialog(summary, self._preview.failures, self)
        self.dialog = dialog
        gateway = self._ctx.reporting_to(dialog)

        def issue() -> None:
            gateway.submit(register.issue, request, acknowledged=dialog.failures, reason=dialog.reason_text,
                           on_done=lambda issued: (dialog.accept(), self._issued(issued)),
                           on_error=lambda error: self._refused(dialog, error),
                           progress_parent=dialog, label=self.tr("Menerbitkan laporan…"))  # fmt: skip

        dialog.submitted.connect(issue)
        dialog.open()

    def _refused(self, dialog: IssueDialog, error: BaseException) -> None:
        """A refusal is read in the dialog, which stays open; the data having changed since
        the preview also means the preview must be made again."""
        if isinstance(error, register.UnacknowledgedFailures):
            self._stale = True
            self._update_buttons()
        self._ctx.reporting_to(dialog).report(error)

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
            self.register.reload()
        elif self._preview is not None:
            self._stale = True
            self._update_buttons()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.drafts.flush()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().closeEvent(event)
