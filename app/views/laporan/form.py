"""What the desk asks of a brief: type, day, contest, sections, Hal, classification, and
its own conclusions and recommendations. Emits ``changed`` on every edit (the preview
then no longer shows what would be issued), ``key_changed`` when another brief is chosen
(type, day or contest: another draft) and ``typed`` when the user edits what a draft
keeps. The preview's findings (e.g. ballots short of DPT + reserve) stand right above the
Kesimpulan box, as a prompt for the conclusions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.briefs import rules, sections
from app.services.briefs.request import HARIAN, JENIS, KHUSUS, TITLES, BriefRequest
from app.views.widgets.optional_date import DateEdit


def _text_box(placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class LaporanForm(QWidget):
    changed = Signal()
    key_changed = Signal()
    typed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jenis = QComboBox()
        for key in JENIS:
            self.jenis.addItem(TITLES[key], key)
        self.day = DateEdit()
        self.day.setDate(QDate(today.year, today.month, today.day))
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
        self.findings_box = self._findings_box()
        self.draft_note = QLabel()
        self.draft_note.setWordWrap(True)
        self.draft_note.setObjectName("draftNote")
        self._filling = False

        form = QFormLayout(self)
        form.addRow(self.tr("&Jenis"), self.jenis)
        form.addRow(self.tr("&Tanggal"), self.day)
        form.addRow(self.tr("Pemi&lihan"), self.contest)
        form.addRow(self.tr("Nomor &insiden"), self.insiden)
        form.addRow(self.tr("&Uraian"), self.uraian)
        form.addRow(self.tr("&Hal"), self.hal)
        form.addRow(self.tr("Klasi&fikasi"), self.classification)
        form.addRow(self.tr("&Sifat"), self.urgency)
        form.addRow(self.tr("La&mpiran"), self.lampiran)
        form.addRow(self.sections_box)
        form.addRow(self.findings_box)
        form.addRow(self.tr("&Kesimpulan"), self.kesimpulan)
        form.addRow(self.tr("&Rekomendasi"), self.rekomendasi)
        form.addRow(self.draft_note)
        self._form = form

        self.jenis.currentIndexChanged.connect(self._jenis_changed)
        for signal in (self.day.dateChanged, self.contest.currentIndexChanged, self.insiden.textChanged,
                       self.uraian.textChanged, self.hal.textChanged, self.classification.currentIndexChanged,
                       self.urgency.currentIndexChanged, self.lampiran.textChanged,
                       self.kesimpulan.textChanged, self.rekomendasi.textChanged):  # fmt: skip
            signal.connect(self.changed)
        for signal in (self.insiden.textEdited, self.uraian.textChanged, self.hal.textEdited,
                       self.classification.activated, self.urgency.activated, self.lampiran.textEdited,
                       self.kesimpulan.textChanged, self.rekomendasi.textChanged):  # fmt: skip
            signal.connect(self._typed)
        for signal in (self.day.dateChanged, self.contest.currentIndexChanged):
            signal.connect(self._key_changed)
        self._jenis_changed()

    def _findings_box(self) -> QFrame:
        """The preview's findings, to consider in the conclusions; hidden when there are none."""
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.use_findings = QPushButton(self.tr("Masukkan ke kesimpulan"))
        self.use_findings.setToolTip(
            self.tr("Tambahkan temuan ini sebagai butir kesimpulan, untuk disunting")
        )
        self.use_findings.clicked.connect(self._use_findings)
        heading = QLabel(self.tr("<b>Temuan pratinjau</b> — pertimbangkan dalam kesimpulan:"))
        heading.setWordWrap(True)
        listing = QScrollArea()  # many findings scroll here; the Kesimpulan box stays near
        listing.setWidgetResizable(True)
        listing.setFrameShape(QFrame.Shape.NoFrame)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setWidget(self.findings)
        listing.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        layout = QVBoxLayout(box)
        layout.addWidget(heading)
        layout.addWidget(listing)
        layout.addWidget(self.use_findings, 0, Qt.AlignmentFlag.AlignRight)
        box.setVisible(False)
        self._finding_lines: tuple[str, ...] = ()
        return box

    def set_findings(self, findings: tuple[str, ...]) -> None:
        self._finding_lines = tuple(findings)
        self.findings.setText("\n".join(f"• {line}" for line in findings))
        self.findings_box.setVisible(bool(findings))

    def _use_findings(self) -> None:
        have = self.kesimpulan.toPlainText()
        new = [line for line in self._finding_lines if line not in have]
        if new:
            self.kesimpulan.setPlainText("\n".join([*filter(None, [have.rstrip()]), *new]))
        self.kesimpulan.setFocus()

    def _typed(self, *_args) -> None:
        if not self._filling:
            self.typed.emit()

    def _key_changed(self, *_args) -> None:
        if not self._filling:
            self.key_changed.emit()

    def key(self) -> tuple[str, date, int | None]:
        """Which brief the form is for: a draft is kept per type, day and contest."""
        day = self.day.date()
        return self.jenis.currentData(), date(day.year(), day.month(), day.day()), self.contest.currentData()

    def fill(self, request: BriefRequest) -> None:
        """Show a stored draft's fields (its key is the form's own)."""
        self._filling = True
        try:
            self.insiden.setText(request.insiden_number)
            self.uraian.setPlainText(request.uraian)
            self.hal.setText(request.hal)
            for combo, value in ((self.classification, request.classification),
                                 (self.urgency, request.urgency)):  # fmt: skip
                index = combo.findText(value) if value else -1
                if index >= 0:
                    combo.setCurrentIndex(index)
            self.lampiran.setText(request.lampiran)
            if request.sections is not None:
                for key, check in self.section_checks.items():
                    check.setChecked(key in request.sections)
            self.kesimpulan.setPlainText(request.kesimpulan)
            self.rekomendasi.setPlainText(request.rekomendasi)
        finally:
            self._filling = False

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
            check.toggled.connect(self._typed)
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
        self._key_changed()

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
