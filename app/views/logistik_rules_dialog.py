"""The logistics rules, stated and (for the Administrator) edited: must-arrive-by per
level, surat suara reserve, per-TPS quantities, the level readiness is measured at."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.models.logistik import LEVELS
from app.services import logistik_rules
from app.services.logistik_rules import LogistikRules


class RulesDialog(QDialog):
    submitted = Signal()

    def __init__(self, rules: LogistikRules, editable: bool, why_not: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aturan logistik"))
        statement = QLabel(
            "<ul>" + "".join(f"<li>{line}</li>" for line in rules.statement()) + "</ul>"
        )
        statement.setWordWrap(True)
        self.deadline = QLineEdit(logistik_rules.format_pairs(rules.deadline_days))
        self.per_tps = QLineEdit(logistik_rules.format_pairs(rules.per_tps))
        self.reserve = QDoubleSpinBox()
        self.reserve.setRange(0, 20)
        self.reserve.setDecimals(1)
        self.reserve.setSuffix(" %")
        self.reserve.setValue(rules.reserve_percent)
        self.measured = QComboBox()
        for level in LEVELS[1:]:
            self.measured.addItem(level, level)
        self.measured.setCurrentIndex(self.measured.findData(rules.measured_level))
        form = QFormLayout()
        form.addRow(self.tr("Batas tiba (hari sebelum H)"), self.deadline)
        form.addRow(self.tr("Per TPS (kode barang=jumlah)"), self.per_tps)
        form.addRow(self.tr("Cadangan surat suara"), self.reserve)
        form.addRow(self.tr("Kesiapan diukur di tingkat"), self.measured)
        for widget in (self.deadline, self.per_tps, self.reserve, self.measured):
            widget.setEnabled(editable)
            widget.setToolTip(why_not)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(editable)
        self.save_button.setToolTip(why_not)
        layout = QVBoxLayout(self)
        layout.addWidget(statement)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def values(self) -> dict:
        """Parsed settings; a ValueError says which text is malformed."""
        deadline_problem = logistik_rules.check_deadline_days(self.deadline.text())
        per_tps_problem = logistik_rules.check_per_tps(self.per_tps.text())
        if deadline_problem or per_tps_problem:
            raise ValueError(deadline_problem or per_tps_problem)
        return {
            "deadline_days": logistik_rules.parse_deadline_days(self.deadline.text()),
            "per_tps": logistik_rules.parse_per_tps(self.per_tps.text()),
            "reserve_percent": self.reserve.value(),
            "measured_level": self.measured.currentData(),
        }

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.save_button.setEnabled(True)

    def _submit(self) -> None:
        try:
            self.values()
        except ValueError as error:
            self.show_error(str(error))
            return
        self.show_error("")
        self.save_button.setEnabled(False)
        self.submitted.emit()
