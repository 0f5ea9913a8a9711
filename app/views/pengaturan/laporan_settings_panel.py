"""Pengaturan › Laporan: the kop lines and logo, addressee, signer, number pattern, paper,
margins, font size, default classification, Tembusan and Dasar. Kept in the database so
every PC of the desk prints the same letterhead; edited by the Administrator."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.briefs import rules
from app.services.briefs.settings import province_defaults
from app.services.core import pengaturan
from app.services.core.actor import PENGATURAN_UBAH
from app.views.shell.context import AppContext
from app.views.widgets.error_label import ErrorLabel

LINES = ("laporan_kop_pemerintah", "laporan_kop_instansi", "laporan_kop_alamat", "laporan_kop_telepon",
         "laporan_kop_laman", "laporan_kop_email", "laporan_kop_kode_pos", "laporan_tempat", "laporan_tujuan",
         "laporan_tujuan_di", "laporan_ttd_jabatan", "laporan_ttd_nama", "laporan_ttd_pangkat", "laporan_ttd_nip",
         "laporan_nomor_pola", "laporan_nomor_kode", "laporan_nomor_unit")  # fmt: skip
TEXTS = ("laporan_tembusan", "laporan_dasar")
CHOICES = {"laporan_kertas": tuple(rules.PAPERS), "laporan_klasifikasi": rules.CLASSIFICATIONS}
#: key → (lowest, highest, step, suffix)
NUMBERS = {
    "laporan_margin_atas": (1.0, 6.0, 0.1, " cm"), "laporan_margin_bawah": (1.0, 6.0, 0.1, " cm"),
    "laporan_margin_kiri": (1.0, 6.0, 0.1, " cm"), "laporan_margin_kanan": (1.0, 6.0, 0.1, " cm"),
    "laporan_huruf_pt": (9, 14, 1, " pt"), "laporan_spasi": (1.0, 2.0, 0.05, ""),
}  # fmt: skip
LOGO = "laporan_logo"


class LaporanSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = ErrorLabel(hide_empty=False)
        self._ctx = ctx.reporting_to(self.result)
        self._loaded: dict = {}
        self._logo = ""
        editable = ctx.can(PENGATURAN_UBAH)
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        defaults = province_defaults(ctx.desk.province_code, ctx.desk.province_name)
        for key in LINES:
            edit = QLineEdit()
            edit.setPlaceholderText(defaults.get(key, ""))
            self.fields[key] = edit
        for key in TEXTS:
            box = QPlainTextEdit()
            box.setPlaceholderText(defaults.get(key, ""))
            box.setTabChangesFocus(True)
            box.setMaximumHeight(90)
            self.fields[key] = box
        for key, values in CHOICES.items():
            combo = QComboBox()
            combo.addItems(list(values))
            self.fields[key] = combo
        for key, (low, high, step, suffix) in NUMBERS.items():
            spin = QSpinBox() if isinstance(low, int) else QDoubleSpinBox()
            spin.setRange(low, high)
            spin.setSingleStep(step)
            spin.setSuffix(suffix)
            self.fields[key] = spin
        self.logo_preview = QLabel(self.tr("(tanpa logo)"))
        self.logo_preview.setFixedHeight(64)
        self.logo_button = QPushButton(self.tr("Pilih logo…"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear = QPushButton(self.tr("Hapus logo"))
        self.logo_clear.clicked.connect(lambda: self._show_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        for key in (
            *LINES[:7],
            LOGO,
            *LINES[7:],
            "laporan_kertas",
            *NUMBERS,
            "laporan_klasifikasi",
            *TEXTS,
        ):
            label = pengaturan.FIELDS[key].label
            form.addRow(label, logo_row if key == LOGO else self.fields[key])
            if not editable and key != LOGO:
                self.fields[key].setEnabled(False)
        for button in (self.logo_button, self.logo_clear):
            button.setEnabled(editable)
        hint = QLabel(self.tr("Kosong berarti isi bawaan (teks abu-abu). Pola nomor memakai {kode}, {nomor}, "
                              "{unit}, {tahun}, dan {bulan} (angka Romawi)."))  # fmt: skip
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan pengaturan laporan"))
        self.save_button.setEnabled(editable)
        self.save_button.setToolTip(ctx.actor.why_not(PENGATURAN_UBAH))
        self.save_button.clicked.connect(self.save)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(hint)
        content_layout.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._ctx.submit(pengaturan.get_all, on_done=self._values_loaded)

    def _values_loaded(self, values: dict) -> None:
        self._loaded = values
        for key, widget in self.fields.items():
            value = values[key]
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(value)
            else:
                widget.setValue(value)
        self._show_logo(values[LOGO])

    def _show_logo(self, encoded: str) -> None:
        self._logo = encoded
        pixmap = QPixmap()
        if encoded and pixmap.loadFromData(base64.b64decode(encoded)):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(60, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo kop"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self._ctx.runner.run(
                lambda _p: base64.b64encode(Path(path).read_bytes()).decode("ascii"),
                self._logo_read,
                self._ctx.report,
            )

    def _logo_read(self, encoded: str) -> None:
        problem = rules.logo_problem(encoded)
        if problem:
            self.result.show_error(problem)
            return
        self._show_logo(encoded)

    def values(self) -> dict:
        current: dict = {LOGO: self._logo}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                current[key] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                current[key] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                current[key] = widget.currentText()
            else:
                current[key] = widget.value()
        return current

    def save(self) -> None:
        changed = {k: v for k, v in self.values().items() if self._loaded.get(k) != v}
        if not changed:
            self.result.show_message(self.tr("Tidak ada perubahan."))
            return
        self.result.show_message("")
        self._ctx.submit(pengaturan.save, changed, on_done=self._saved)

    def _saved(self, _changes) -> None:
        self.result.show_message(self.tr("Tersimpan."))
        self._ctx.submit(pengaturan.get_all, on_done=self._values_loaded)
