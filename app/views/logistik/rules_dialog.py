"""The logistics rules, stated and (for the Administrator) edited: must-arrive-by per
level, surat suara reserve, per-TPS quantities, the level readiness is measured at.
Every number has its own field, labelled with the level or the item's name and unit, so
nobody has to type item codes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.logistik import LEVELS
from app.services.logistik.rules import LogistikRules
from app.views.widgets.form_dialog import Button, FormDialog

#: Columns of the per-TPS grid (label + field each), so the dialog fits 1366×768.
GRID_COLUMNS = 2


class QuantitySpin(QDoubleSpinBox):
    """A per-TPS quantity: whole numbers show without decimals ("2 unit"), yet 0,5 can be
    entered."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(2)
        self.setRange(0, 10_000)

    def textFromValue(self, value: float) -> str:  # noqa: N802
        return self.locale().toString(value, "g", 7)


def _grid(fields: list[tuple[str, QWidget]]) -> QGridLayout:
    grid = QGridLayout()
    rows = -(-len(fields) // GRID_COLUMNS)
    for n, (label, field) in enumerate(fields):
        row, column = n % rows, n // rows
        grid.addWidget(QLabel(label), row, column * 2)
        grid.addWidget(field, row, column * 2 + 1)
    return grid


class RulesDialog(FormDialog):
    def __init__(self, rules: LogistikRules, editable: bool, why_not: str, parent=None) -> None:
        super().__init__(parent, cancel=Button.Close)
        self.setWindowTitle(self.tr("Aturan logistik"))
        statement = QLabel(
            "<ul>" + "".join(f"<li>{line}</li>" for line in rules.statement()) + "</ul>"
        )
        statement.setWordWrap(True)
        self.deadline: dict[str, QSpinBox] = {}
        for level, days in rules.deadline_days.items():
            spin = QSpinBox()
            spin.setRange(0, 120)
            spin.setPrefix("H-")
            spin.setValue(days)
            self.deadline[level] = spin
        self.per_tps: dict[str, QuantitySpin] = {}
        for code, quantity in rules.per_tps.items():
            spin = QuantitySpin()
            spin.setValue(quantity)
            name, unit = rules.item_name(code)
            spin.setSuffix(f" {unit}" if unit else "")
            spin.setToolTip(name)
            self.per_tps[code] = spin
        self.reserve = QDoubleSpinBox()
        self.reserve.setRange(0, 20)
        self.reserve.setDecimals(1)
        self.reserve.setSuffix(" %")
        self.reserve.setValue(rules.reserve_percent)
        self.measured = QComboBox()
        for level in LEVELS[1:]:
            self.measured.addItem(level, level)
        self.measured.setCurrentIndex(self.measured.findData(rules.measured_level))
        deadline_box = QGroupBox(self.tr("Batas tiba (hari sebelum hari pemungutan suara)"))
        deadline_box.setLayout(_grid([(level, spin) for level, spin in self.deadline.items()]))
        per_tps_box = QGroupBox(self.tr("Barang lain per TPS"))
        per_tps_box.setLayout(
            _grid([(rules.item_name(code)[0], spin) for code, spin in self.per_tps.items()])
        )
        form = QFormLayout()
        form.addRow(self.tr("&Cadangan surat suara"), self.reserve)
        form.addRow(self.tr("&Kesiapan diukur di tingkat"), self.measured)
        fields = (*self.deadline.values(), *self.per_tps.values(), self.reserve, self.measured)
        for widget in fields:
            widget.setEnabled(editable)
            if why_not:
                widget.setToolTip(why_not)
        self.save_button.setEnabled(editable)
        self.save_button.setToolTip(why_not)
        layout = QVBoxLayout(self)
        layout.addWidget(statement)
        layout.addWidget(deadline_box)
        layout.addWidget(per_tps_box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 600)

    def values(self) -> dict:
        """The rules as entered (every field is range-checked by its spin box)."""
        return {
            "deadline_days": {level: spin.value() for level, spin in self.deadline.items()},
            "per_tps": {code: spin.value() for code, spin in self.per_tps.items()},
            "reserve_percent": self.reserve.value(),
            "measured_level": self.measured.currentData(),
        }
