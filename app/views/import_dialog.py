"""The import preview every register uses: read and validate in the background, show
per-row errors, write nothing until the user confirms, then all valid rows at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DomainError
from app.services.importing import engine, registry, workbook
from app.services.importing.engine import Preview
from app.services.importing.spec import Outcome
from app.views.context import AppContext
from app.views.row_error_model import RowErrorModel

#: An option the user picks before the preview: (key, label, [(value, text), ...]).
OptionField = tuple[str, str, list[tuple[Any, str]]]


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
        self._spec = registry.spec_for(jenis)
        self._path = path
        self._preview: Preview | None = None
        self.outcome: Outcome | None = None
        self.setWindowTitle(self.tr("Impor %1").replace("%1", self._spec.title))
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
        self.errors = RowErrorModel(self)
        self.table = QTableView()
        self.table.setModel(self.errors)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.export_button = QPushButton(self.tr("Simpan daftar kesalahan…"))
        self.export_button.clicked.connect(self._export_errors)
        self.import_button = QPushButton(self.tr("Impor"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._commit)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._set_ready(False)
        self._run_preview()

    def options(self) -> dict[str, Any]:
        return {key: combo.currentData() for key, combo in self._options.items()}

    def _set_ready(self, ready: bool) -> None:
        valid = len(self._preview.valid) if (ready and self._preview) else 0
        self.import_button.setEnabled(valid > 0)
        self.import_button.setText(
            self.tr("Impor %1 baris valid").replace("%1", str(valid)) if valid else self.tr("Impor")
        )
        self.export_button.setEnabled(bool(ready and self._preview and self._preview.errors))

    def _run_preview(self) -> None:
        self._set_ready(False)
        self.summary.setText(self.tr("Memeriksa berkas…"))
        self._ctx.submit(
            engine.preview,
            self._spec,
            self._path,
            self.options(),
            on_done=self._previewed,
            on_error=self._failed,
            progress_parent=self,
            label=self.tr("Memeriksa berkas…"),
        )

    def _previewed(self, preview: Preview) -> None:
        self._preview = preview
        self.errors.set_errors(preview.errors)
        text = self.tr("%1 baris dibaca: %2 valid, %3 baris bermasalah.").replace(
            "%1", str(preview.total_rows)
        )
        text = text.replace("%2", str(len(preview.valid))).replace("%3", str(preview.error_rows))
        if preview.errors:
            text += " " + self.tr(
                "Baris bermasalah tidak akan diimpor; perbaiki berkasnya lalu impor ulang."
            )
        if preview.ignored_columns:
            text += " " + self.tr("Kolom yang diabaikan: %1.").replace(
                "%1", ", ".join(preview.ignored_columns)
            )
        text += " " + self.tr("Belum ada data yang disimpan.")
        self.summary.setText(text)
        self._set_ready(True)

    def _failed(self, error: BaseException) -> None:
        self._preview = None
        self.errors.set_errors([])
        message = (
            str(error)
            if isinstance(error, DomainError)
            else self.tr("Kesalahan tak terduga: %1").replace("%1", repr(error))
        )
        self.summary.setText(message)
        self._set_ready(False)
        if not isinstance(error, DomainError):
            self._ctx.runner.failed.emit(error)

    def _commit(self) -> None:
        if self._preview is None:
            return
        self._set_ready(False)
        self._ctx.submit(
            engine.commit,
            self._spec,
            self._preview,
            on_done=self._committed,
            on_error=self._failed,
            progress_parent=self,
            label=self.tr("Menyimpan…"),
        )

    def _committed(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.summary.setText(self.tr("Impor selesai: %1").replace("%1", outcome.summary()))
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
            errors = list(self._preview.errors)
            self._ctx.runner.run(
                lambda _p: workbook.write_errors(errors, Path(target)),
                on_done=lambda _r: self.summary.setText(
                    self.tr("Daftar kesalahan disimpan: %1").replace("%1", target)
                ),
                on_error=self._failed,
            )
