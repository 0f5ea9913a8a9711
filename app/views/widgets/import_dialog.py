"""The import preview every register uses: read and validate in the background with a
progress bar and a Cancel button; list what will be written — per contest when a schedule
is applied to several, each record with the row it comes from — and the per-row errors;
write nothing until the user confirms ("Impor 18 catatan": the records, not the rows),
then everything at once (a cancel while saving writes nothing)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import registers
from app.services.core import formatting
from app.services.core.errors import Cancelled, DomainError
from app.services.core.progress import Progress
from app.services.importing import engine, workbook
from app.services.importing.engine import Preview
from app.services.importing.plan import Entry, WritePlan
from app.services.importing.spec import Outcome
from app.views.shell.context import AppContext
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.row_error_model import RowErrorModel
from app.views.widgets.tables import record_table
from app.views.widgets.texts import tr_args

#: An option the user picks before the preview: (key, label, [(value, text), ...]).
OptionField = tuple[str, str, list[tuple[Any, str]]]


class _Bridge(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    progressed = Signal(int, int, str)


def _reporting(use_case: Callable[..., Any], bridge: _Bridge) -> Callable[..., Any]:
    """``use_case`` with a reporter that also moves the dialog's progress bar; the task's
    own reporter still decides about cancelling."""

    def run(uow: Any, *args: Any, reporter: Progress, **kwargs: Any) -> Any:
        def report(done: int, total: int, label: str) -> None:
            reporter.report(done, total, label)
            with contextlib.suppress(RuntimeError):  # the dialog is gone; work goes on
                bridge.progressed.emit(done, total, label)

        return use_case(uow, *args, reporter=Progress(report), **kwargs)

    return run


class PlanModel(ListTableModel[Entry]):
    """The records the import will write: where (when several places), the row, its cells."""

    def __init__(self, parent=None) -> None:
        super().__init__((self.tr("Ditulis ke"), self.tr("Baris"), self.tr("Isi baris")), parent)

    def cell(self, row: Entry, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (formatting.short_contest(row.target), row.row, row.text)[column]


class ImportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        jenis: str,
        path: Path,
        option_fields: list[OptionField] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._spec = registers.import_spec(jenis)
        self._path = path
        self._preview: Preview | None = None
        self.outcome: Outcome | None = None
        self.setWindowTitle(tr_args(self.tr("Impor %1"), self._spec.title))
        self.resize(820, 520)

        form = QFormLayout()
        form.addRow(self.tr("Berkas"), QLabel(str(path)))
        self._options: dict[str, QComboBox] = {}
        for key, label, choices in option_fields or []:
            combo = QComboBox()
            for value, text in choices:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self._run_preview)
            self._options[key] = combo
            form.addRow(label, combo)
        self.summary = QLabel(self.tr("Memeriksa berkas…"))
        self.summary.setWordWrap(True)
        self._task: Progress | None = None
        self._generation = 0
        self._phase = ""
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._progressed)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("&Batal"))
        self.cancel_button.setToolTip(
            self.tr("Hentikan pemeriksaan atau penyimpanan; tidak ada yang disimpan")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.status_line = QLabel()
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.errors = RowErrorModel(self)
        self.table = record_table("import_errors")
        self.table.setModel(self.errors)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.set_empty_text(self.tr("Tidak ada baris bermasalah."))
        self.plan = PlanModel(self)
        self.plan_table = record_table("import_plan")
        self.plan_table.setModel(self.plan)
        self.plan_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        self.plan_table.set_empty_text(self.tr("Belum ada yang akan ditulis."))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plan_table, self.tr("Yang akan ditulis"))
        self.tabs.addTab(self.table, self.tr("Baris bermasalah"))
        self.export_button = QPushButton(self.tr("&Simpan daftar kesalahan…"))
        self.export_button.clicked.connect(self._export_errors)
        self.import_button = QPushButton(self.tr("&Impor"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._commit)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.status_line)
        layout.addLayout(running)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._set_ready(False)
        self._run_preview()

    def options(self) -> dict[str, Any]:
        return {key: combo.currentData() for key, combo in self._options.items()}

    def _set_ready(self, ready: bool) -> None:
        records = self._preview.plan.records if (ready and self._preview) else 0
        self.import_button.setEnabled(records > 0)
        self.import_button.setText(
            tr_args(self.tr("&Impor %1 catatan", "", records), formatting.number(records))
            if records
            else self.tr("&Impor")
        )
        self.export_button.setEnabled(bool(ready and self._preview and self._preview.errors))

    @property
    def running(self) -> bool:
        return self._task is not None

    def _start(
        self, phase: str, use_case: Callable[..., Any], *args: Any, on_done: Callable[[Any], None]
    ) -> None:
        if self._task is not None:
            self._task.cancel()  # options changed while checking: the old check is dropped
        self._generation += 1
        generation = self._generation
        self._phase = phase
        self._set_ready(False)
        self.progress.setRange(0, 0)  # busy until the first report says how far
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status_line.setText("")

        def done(result: Any) -> None:
            if generation == self._generation:
                self._stopped()
                on_done(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._stopped()
                self._failed(error)

        self._task = self._ctx.submit(
            _reporting(use_case, self._bridge), *args, on_done=done, on_error=failed
        )

    def _stopped(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.status_line.setText("")

    def _progressed(self, done: int, total: int, label: str) -> None:
        if self._task is None:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if label:
            self.status_line.setText(label)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_line.setText(self.tr("Membatalkan…"))

    def reject(self) -> None:
        self.cancel()  # closing while it works stops the work; nothing is saved
        super().reject()

    def _run_preview(self) -> None:
        self.summary.setText(self.tr("Memeriksa berkas…"))
        self._start(
            "preview",
            engine.preview,
            self._spec,
            self._path,
            self.options(),
            on_done=self._previewed,
        )

    def _previewed(self, preview: Preview) -> None:
        self._preview = preview
        self.errors.set_errors(preview.errors)
        self._show_plan(preview.plan)
        n = formatting.number
        text = tr_args(self.tr("%1 baris dibaca: %2 valid, %3 baris bermasalah."),
                       n(preview.total_rows), n(len(preview.valid)), n(preview.error_rows))  # fmt: skip
        text += " " + self._plan_text(preview)
        if preview.errors:
            text += " " + self.tr(
                "Baris bermasalah tidak akan diimpor; perbaiki berkasnya lalu impor ulang."
            )
        if preview.errors_not_kept:
            text += " " + tr_args(
                self.tr("Daftar menampilkan %1 kesalahan pertama; %2 kesalahan lain tidak dicantumkan."),
                n(len(preview.errors)), n(preview.errors_not_kept),
            )  # fmt: skip
        if preview.ignored_columns:
            text += " " + tr_args(
                self.tr("Kolom yang diabaikan: %1."), ", ".join(preview.ignored_columns)
            )
        for warning in preview.warnings:  # how the sheet was read (blank runs skipped …)
            text += " " + warning
        text += " " + self.tr("Belum ada data yang disimpan.")
        self.summary.setText(text)
        self._set_ready(True)

    def _show_plan(self, plan: WritePlan) -> None:
        self.plan.set_rows(plan.entries)
        self.plan_table.setColumnHidden(0, not plan.several)
        self.tabs.setTabText(0, tr_args(self.tr("Yang akan ditulis (%1)"), formatting.number(plan.records)))
        self.tabs.setTabText(1, tr_args(self.tr("Baris bermasalah (%1)"),
                                        formatting.number(self._preview.error_rows if self._preview else 0)))  # fmt: skip

    def _plan_text(self, preview: Preview) -> str:
        plan, n = preview.plan, formatting.number
        if plan.several:
            places = "; ".join(f"{formatting.short_contest(t.label)}: {n(t.records)}" for t in plan.targets)
            text = tr_args(self.tr("Baris valid diterapkan ke %1 pemilihan, %2 catatan akan ditulis (%3)."),
                           n(len(plan.targets)), n(plan.records), places)  # fmt: skip
        else:
            text = tr_args(self.tr("%1 catatan akan ditulis."), n(plan.records))
        if plan.not_listed > 0:
            text += " " + tr_args(self.tr("Daftar memuat %1 yang pertama."), n(len(plan.entries)))
        return text

    def _failed(self, error: BaseException) -> None:
        committing = self._phase == "commit"
        self._preview = None
        self.errors.set_errors([])
        self.plan.set_rows([])
        if isinstance(error, Cancelled):
            message = (
                self.tr("Impor dibatalkan; tidak ada data yang disimpan.")
                if committing
                else self.tr("Pemeriksaan dibatalkan; tidak ada data yang disimpan.")
            )
        elif isinstance(error, DomainError):
            message = str(error)
        else:
            message = tr_args(self.tr("Kesalahan tak terduga: %1"), repr(error))
        self.summary.setText(message)
        self._set_ready(False)
        if not isinstance(error, DomainError):
            self._ctx.runner.failed.emit(error)

    def _commit(self) -> None:
        if self._preview is None:
            return
        self.summary.setText(
            self.tr("Menyimpan… Batal sebelum selesai berarti tidak ada yang disimpan.")
        )
        self._start("commit", engine.commit, self._spec, self._preview, on_done=self._committed)

    def _committed(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.summary.setText(tr_args(self.tr("Impor selesai: %1"), outcome.summary()))
        self.accept()

    def _export_errors(self) -> None:
        if self._preview is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan daftar kesalahan"),
            str(self._path.with_name(self._path.stem + "-kesalahan.xlsx")),
            "Excel (*.xlsx)",
        )
        if target:
            self.save_errors(Path(target))

    def save_errors(self, target: Path) -> None:
        """Write the per-row errors to ``target`` (.xlsx) for the person who fixes the file."""
        if self._preview is None:
            return
        errors = list(self._preview.errors)

        def failed(error: BaseException) -> None:
            if isinstance(error, DomainError):
                self.status_line.setText(str(error))
            else:
                self._ctx.runner.failed.emit(error)

        self._ctx.runner.run(
            lambda _p: workbook.write_errors(errors, target),
            on_done=lambda _r: self.status_line.setText(
                tr_args(self.tr("Daftar kesalahan disimpan: %1"), target)
            ),
            on_error=failed,
        )
