"""What the desk asks of a brief: type, day, contest, sections, Hal, classification, and
its own conclusions and recommendations. Emits ``changed`` on every edit (the preview
then no longer shows what would be issued)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.briefs import rules, sections
from app.services.briefs.request import HARIAN, JENIS, KHUSUS, TITLES, BriefRequest


def _text_box(placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class LaporanForm(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jenis = QComboBox()
        for key in JENIS:
            self.jenis.addItem(TITLES[key], key)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.contest = QComboBox()
        self.contest.addItem(self.tr("Semua pemilihan"), None)
        self.insiden = QLineEdit()
        self.insiden.setPlaceholderText("INS-2024-000123")
        self.uraian = _text_box(
            self.tr("Uraian topik laporan khusus (bila bukan tentang satu insiden)")
        )
        self.hal = QLineEdit()
        self.hal.setPlaceholderText(self.tr("otomatis menurut jenis dan tanggal"))
        self.hal.setMaxLength(300)
        self.classification = QComboBox()
        self.classification.addItems(rules.CLASSIFICATIONS)
        self.urgency = QComboBox()
        self.urgency.addItems(rules.URGENCIES)
        self.lampiran = QLineEdit()
        self.lampiran.setPlaceholderText("-")
        self.lampiran.setMaxLength(100)
        self.sections_box = QGroupBox(self.tr("Bagian laporan"))
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        self.kesimpulan = _text_box(self.tr("Kesimpulan desk; satu butir per baris"))
        self.rekomendasi = _text_box(self.tr("Rekomendasi desk; satu butir per baris"))

        form = QFormLayout(self)
        form.addRow(self.tr("Jenis"), self.jenis)
        form.addRow(self.tr("Tanggal"), self.day)
        form.addRow(self.tr("Pemilihan"), self.contest)
        form.addRow(self.tr("Nomor insiden"), self.insiden)
        form.addRow(self.tr("Uraian"), self.uraian)
        form.addRow(self.tr("Hal"), self.hal)
        form.addRow(self.tr("Klasifikasi"), self.classification)
        form.addRow(self.tr("Sifat"), self.urgency)
        form.addRow(self.tr("Lampiran"), self.lampiran)
        form.addRow(self.sections_box)
        form.addRow(self.tr("Kesimpulan"), self.kesimpulan)
        form.addRow(self.tr("Rekomendasi"), self.rekomendasi)
        self._form = form

        self.jenis.currentIndexChanged.connect(self._jenis_changed)
        for signal in (self.day.dateChanged, self.contest.currentIndexChanged, self.insiden.textChanged,
                       self.uraian.textChanged, self.hal.textChanged, self.classification.currentIndexChanged,
                       self.urgency.currentIndexChanged, self.lampiran.textChanged,
                       self.kesimpulan.textChanged, self.rekomendasi.textChanged):  # fmt: skip
            signal.connect(self.changed)
        self._jenis_changed()

    def set_contests(self, contests: list) -> None:
        for contest in contests:
            self.contest.addItem(contest.name, contest.id)

    def set_default_classification(self, value: str) -> None:
        index = self.classification.findText(value)
        if index >= 0:
            self.classification.setCurrentIndex(index)

    def _jenis_changed(self) -> None:
        jenis = self.jenis.currentData()
        for check in self.section_checks.values():
            self.sections_layout.removeWidget(check)
            check.deleteLater()
        self.section_checks = {}
        for spec in sections.SECTIONS:
            if jenis not in spec.jenis:
                continue
            check = QCheckBox(spec.title)
            check.setChecked(True)
            check.toggled.connect(self.changed)
            self.sections_layout.addWidget(check)
            self.section_checks[spec.key] = check
        khusus = jenis == KHUSUS
        for widget in (self.insiden, self.uraian):
            widget.setVisible(khusus)
            self._form.labelForField(widget).setVisible(khusus)
        self.day.setToolTip(
            self.tr("Laporan mingguan: hari terakhir dari tujuh hari") if jenis != HARIAN else ""
        )
        self.changed.emit()

    def request(self) -> BriefRequest:
        day = self.day.date()
        chosen = tuple(key for key, check in self.section_checks.items() if check.isChecked())
        return BriefRequest(
            jenis=self.jenis.currentData(),
            day=date(day.year(), day.month(), day.day()),
            pemilihan_id=self.contest.currentData(),
            insiden_number=self.insiden.text().strip()
            if self.jenis.currentData() == KHUSUS
            else "",
            uraian=self.uraian.toPlainText() if self.jenis.currentData() == KHUSUS else "",
            sections=chosen,
            hal=self.hal.text().strip(),
            kesimpulan=self.kesimpulan.toPlainText(),
            rekomendasi=self.rekomendasi.toPlainText(),
            classification=self.classification.currentText(),
            urgency=self.urgency.currentText(),
            lampiran=self.lampiran.text().strip(),
        )
