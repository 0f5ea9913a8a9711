"""The registers panel of the Data page: for every register a template to fill in, an
import through the shared preview dialog, and an export to .xlsx or .csv. Registers whose
import or export is not built yet are shown disabled, saying so. All file work runs on
the task runner; buttons follow the user's permissions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import registers
from app.services.core import formatting
from app.services.core.actor import EKSPOR, IMPOR
from app.services.exporting.table import ExportOption
from app.services.importing.spec import Outcome
from app.views.shell import icons
from app.views.shell.context import AppContext
from app.views.widgets import template_saver
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.form_dialog import label_buttons
from app.views.widgets.import_dialog import ImportDialog
from app.views.widgets.texts import tr_args


@dataclass(frozen=True)
class RegisterRow:
    template: QPushButton
    import_button: QPushButton
    export_button: QPushButton
    note: QLabel


class ExportOptionsDialog(QDialog):
    """The choices an export needs before it runs (the contest of a schedule, whether
    reporters' phone numbers are masked)."""

    def __init__(self, title: str, options: list[ExportOption], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_args(self.tr("Ekspor %1"), title))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for option in options:
            combo = QComboBox()
            combo.setMinimumContentsLength(30)
            for value, text in option.choices:
                combo.addItem(text, value)
            self.combos[option.key] = combo
            form.addRow(option.label, combo)
        buttons = label_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        ))  # fmt: skip
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {key: combo.currentData() for key, combo in self.combos.items()}


class RegistersPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ErrorLabel(hide_empty=False)
        self._ctx = ctx.reporting_to(self.message)
        self.import_dialog: ImportDialog | None = None
        self.rows: dict[str, RegisterRow] = {}
        names = {
            "tahapan": (self.tr("Jadwal tahapan"), self.tr("kode, induk, nama, tanggal mulai dan selesai")),
            "insiden": (self.tr("Insiden"), self.tr("waktu, wilayah, kategori, keparahan, kronologi, pelapor")),
            "pengiriman": (self.tr("Pengiriman logistik"), self.tr("nomor, tujuan, jadwal, barang yang dikirim")),
            "penerimaan": (self.tr("Penerimaan logistik"), self.tr("barang diterima baik, rusak, hilang")),
            "kebutuhan": (self.tr("Kebutuhan logistik"), self.tr("kebutuhan per wilayah dan jenis barang")),
            "sosialisasi": (self.tr("Sosialisasi"), self.tr("kegiatan, sasaran, kehadiran, anggaran")),
            "partisipasi": (self.tr("Partisipasi"), self.tr("DPT, pemilih, suara sah per wilayah")),
            "kerawanan": (self.tr("Kerawanan"), self.tr("skor IKP dan TPS rawan per wilayah")),
        }  # fmt: skip
        self.titles = {jenis: names.get(jenis, (jenis, ""))[0] for jenis in registers.ALL_JENIS}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(4, 1)
        for column, text in enumerate((self.tr("Register"), "", "", "", self.tr("Keterangan"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for line, jenis in enumerate(registers.ALL_JENIS, start=1):
            title, detail = names.get(jenis, (jenis, ""))
            label = QLabel(f"<b>{title}</b><br><small>{detail}</small>")
            label.setTextFormat(Qt.TextFormat.RichText)
            row = RegisterRow(
                QPushButton(icons.action("template"), self.tr("Templat…")),
                QPushButton(icons.action("import"), self.tr("Impor…")),
                QPushButton(icons.action("save"), self.tr("Ekspor…")),
                QLabel(),
            )
            row.note.setWordWrap(True)
            row.template.setToolTip(
                self.tr("Simpan templat .xlsx berisi judul kolom dan petunjuk pengisian")
            )
            row.import_button.setEnabled(ctx.can(IMPOR))
            row.import_button.setToolTip(
                ctx.actor.why_not(IMPOR) or self.tr("Periksa lalu impor berkas .xlsx atau .csv")
            )
            row.export_button.setEnabled(ctx.can(EKSPOR))
            row.export_button.setToolTip(
                ctx.actor.why_not(EKSPOR) or self.tr("Ekspor seluruh register ke .xlsx atau .csv")
            )
            row.template.clicked.connect(lambda _c=False, j=jenis: self.choose_template(j))
            row.import_button.clicked.connect(lambda _c=False, j=jenis: self.choose_import(j))
            row.export_button.clicked.connect(lambda _c=False, j=jenis: self.choose_export(j))
            for column, widget in enumerate(
                (label, row.template, row.import_button, row.export_button, row.note)
            ):
                grid.addWidget(widget, line, column)
            self.rows[jenis] = row
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(grid)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        intro = QLabel(
            self.tr(
                "Isi templat di Excel, lalu impor: setiap baris diperiksa dulu dan tidak ada yang "
                "disimpan sebelum Anda menyetujui pratinjau. Mengimpor berkas yang sama dua kali "
                "tidak membuat data ganda. Ekspor memuat semua data register (semua status); "
                "ekspor tabel yang tersaring ada di halaman registernya."
            )
        )
        intro.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)

    def _show(self, text: str) -> None:
        self.message.show_message(text)

    # -- template ---------------------------------------------------------------------
    def choose_template(self, jenis: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan templat"), f"templat-{jenis}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.save_template(jenis, Path(path).with_suffix(".xlsx"))

    def save_template(self, jenis: str, path: Path) -> None:
        template_saver.save(self, self._ctx, jenis, path, self._show)

    # -- import -----------------------------------------------------------------------
    def choose_import(self, jenis: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr_args(self.tr("Pilih berkas %1"), self.titles[jenis]),
            "",
            self.tr("Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        if path:
            self.open_import(jenis, Path(path))

    def open_import(self, jenis: str, path: Path) -> None:
        """The preview dialog for ``path``; choices the register needs are read first."""
        spec = registers.import_spec(jenis)
        if hasattr(spec, "option_fields"):
            self._ctx.submit(
                spec.option_fields,
                on_done=lambda fields: self._show_import(jenis, path, fields),
            )
        else:
            self._show_import(jenis, path, None)

    def _show_import(self, jenis: str, path: Path, fields: list | None) -> None:
        dialog = ImportDialog(self._ctx, jenis, path, fields, self)
        dialog.finished.connect(lambda _r: self._imported(dialog.outcome))
        self.import_dialog = dialog
        dialog.open()

    def _imported(self, outcome: Outcome | None) -> None:
        if outcome is not None:
            self._show(tr_args(self.tr("Impor selesai: %1"), outcome.summary()))

    # -- export -----------------------------------------------------------------------
    def choose_export(self, jenis: str) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            tr_args(self.tr("Ekspor %1"), self.titles[jenis]),
            f"{jenis}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".xlsx", ".csv"):
                target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
            self.export_to(jenis, target)

    def export_to(self, jenis: str, path: Path, options: dict[str, Any] | None = None) -> None:
        """Export the register to ``path``; without ``options`` the user is asked for the
        choices the register offers."""
        if options is not None:
            self._run_export(jenis, path, options)
            return

        def ask(choices: list[ExportOption]) -> None:
            if not choices:
                self._run_export(jenis, path, {})
                return
            dialog = ExportOptionsDialog(self.titles[jenis], choices, self)
            dialog.accepted.connect(lambda: self._run_export(jenis, path, dialog.values()))
            self.options_dialog = dialog
            dialog.open()

        self._ctx.submit(registers.export_options, jenis, on_done=ask)

    def _run_export(self, jenis: str, path: Path, options: dict[str, Any]) -> None:
        self._show(tr_args(self.tr("Mengekspor %1…"), self.titles[jenis]))
        self._ctx.submit(
            registers.export, jenis, path, options,
            on_done=lambda done: self._show(
                tr_args(self.tr("%1 baris diekspor ke %2"), formatting.number(done.rows), done.path)
            ),
            progress_parent=self, label=self.tr("Mengekspor…"),
        )  # fmt: skip
