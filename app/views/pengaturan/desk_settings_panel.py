"""Desk-wide numbers that shape figures and security, shared by every PC of the desk:
lockout time, duplicate window, attachment size, stage risk margin, and the weights of
the dashboard's readiness index."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.core import palette, pengaturan
from app.services.core.actor import PENGATURAN_UBAH
from app.views.shell.context import AppContext
from app.views.widgets.colors import text_style
from app.views.widgets.error_label import ErrorLabel

#: Setting key → (lowest, highest, suffix); the label comes from the setting's declaration.
EDITABLE = {
    "lockout_minutes": (1, 1440, " menit"),
    "duplicate_window_hours": (1, 336, " jam"),
    "attachment_max_mb": (1, 500, " MB"),
    "tahapan_risk_margin": (0, 100, " poin"),
    # Dasbor: the readiness index weights and points (issue 8: "weights in settings").
    "kesiapan_bobot_logistik": (0, 100, ""),
    "kesiapan_bobot_tahapan": (0, 100, ""),
    "kesiapan_bobot_insiden": (0, 100, ""),
    "kesiapan_bobot_sosialisasi": (0, 100, ""),
    "kesiapan_poin_insiden": (0, 100, " poin"),
}


class DeskSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = ErrorLabel(hide_empty=False)
        self._ctx = ctx.reporting_to(self.result)
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        form = QFormLayout()
        for key, (low, high, suffix) in EDITABLE.items():
            field = pengaturan.FIELDS[key]
            spin = QDoubleSpinBox() if field.parse is float else QSpinBox()
            spin.setRange(low, high)
            spin.setSuffix(suffix)
            spin.setEnabled(ctx.can(PENGATURAN_UBAH))
            self.fields[key] = spin
            form.addRow(field.label, spin)
        self.save_button = QPushButton(self.tr("Simpan pengaturan desk"))
        self.save_button.setEnabled(ctx.can(PENGATURAN_UBAH))
        self.save_button.setToolTip(ctx.actor.why_not(PENGATURAN_UBAH))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.save_button)
        # Disabled fields say why, on the page, not only in a tooltip.
        self.why = QLabel(ctx.actor.why_not(PENGATURAN_UBAH))
        self.why.setWordWrap(True)
        self.why.setStyleSheet(text_style(palette.CAUTION_TEXT))
        self.why.setVisible(not ctx.can(PENGATURAN_UBAH))
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._ctx.submit(pengaturan.get_all, on_done=self._loaded)

    def _loaded(self, values: dict) -> None:
        for key, spin in self.fields.items():
            spin.setValue(values[key])

    def save(self) -> None:
        values = {key: (spin.value() if isinstance(spin, QDoubleSpinBox) else int(spin.value()))
                  for key, spin in self.fields.items()}  # fmt: skip
        self.result.show_message("")
        self._ctx.submit(pengaturan.save, values,
                         on_done=lambda _c: self.result.show_message(self.tr("Tersimpan.")))  # fmt: skip
