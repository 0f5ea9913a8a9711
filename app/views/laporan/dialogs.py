"""Confirming an issue: what will be numbered and signed, and — when the reconciliation
checks failed — each failure to acknowledge with a reason (written to the audit log).

A FormDialog: Terbitkan hands the choice to the page, which issues through
``ctx.reporting_to(dialog)``; a refusal ("Tulis kesimpulan atau rekomendasi…") comes back
to the dialog's error line and the dialog stays open. The failures wrap, so a long line
is read whole at 1366×768 rather than cut on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.core import palette
from app.views.widgets.colors import text_style
from app.views.widgets.form_dialog import FormDialog

Button = QDialogButtonBox.StandardButton


class IssueDialog(FormDialog):
    def __init__(
        self, summary: str, failures: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, save=Button.Ok)
        self.setWindowTitle(self.tr("Terbitkan laporan"))
        self.failures = failures
        text = QLabel(summary)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.acknowledge = QCheckBox()
        self.reason = QPlainTextEdit()
        self.listing = QLabel()
        if failures:
            warning = QLabel(
                self.tr(
                    "Pemeriksaan rekonsiliasi menemukan %n ketidaksesuaian. Laporan hanya dapat "
                    "diterbitkan bila Anda mengakuinya dan menulis alasannya; keduanya dicatat di log audit.",
                    "",
                    len(failures),
                )
            )
            warning.setWordWrap(True)
            warning.setStyleSheet(text_style(palette.ERROR_TEXT))
            self.listing.setText("\n".join(f"• {failure}" for failure in failures))
            self.listing.setWordWrap(True)
            self.listing.setTextFormat(Qt.TextFormat.PlainText)
            self.listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.listing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self.listing)
            scroll.setMinimumHeight(min(220, 40 + 36 * len(failures)))
            self.acknowledge.setText(
                self.tr("Saya &memahami ketidaksesuaian ini dan tetap menerbitkan")
            )
            self.reason.setPlaceholderText(self.tr("Alasan menerbitkan (wajib)"))
            self.reason.setMaximumHeight(80)
            self.reason.setTabChangesFocus(True)
            layout.addWidget(warning)
            layout.addWidget(scroll, 1)
            layout.addWidget(self.acknowledge)
            layout.addWidget(self.reason)
        self.ok = self.save_button
        self.ok.setText(self.tr("&Terbitkan"))
        self.buttons.button(Button.Cancel).setText(self.tr("&Batal"))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.acknowledge.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.resize(620, self.sizeHint().height())

    def _update(self) -> None:
        ready = not self.failures or (
            self.acknowledge.isChecked() and bool(self.reason.toPlainText().strip())
        )
        self.ok.setEnabled(ready)

    def show_error(self, message: str) -> None:
        super().show_error(message)
        self._update()

    @property
    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
