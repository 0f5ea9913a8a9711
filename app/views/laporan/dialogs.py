"""Confirming an issue: what will be numbered and signed, and — when the reconciliation
checks failed — each failure to acknowledge with a reason (written to the audit log)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.core import palette
from app.views.widgets.colors import text_style


class IssueDialog(QDialog):
    def __init__(
        self, summary: str, failures: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terbitkan laporan"))
        self.failures = failures
        text = QLabel(summary)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.acknowledge = QCheckBox()
        self.reason = QPlainTextEdit()
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
            listing = QListWidget()
            listing.addItems(list(failures))
            listing.setMaximumHeight(120)
            self.acknowledge.setText(
                self.tr("Saya memahami ketidaksesuaian ini dan tetap menerbitkan")
            )
            self.reason.setPlaceholderText(self.tr("Alasan menerbitkan (wajib)"))
            self.reason.setMaximumHeight(80)
            self.reason.setTabChangesFocus(True)
            for widget in (warning, listing, self.acknowledge, self.reason):
                layout.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Terbitkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.acknowledge.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self) -> None:
        ready = not self.failures or (
            self.acknowledge.isChecked() and bool(self.reason.toPlainText().strip())
        )
        self.ok.setEnabled(ready)

    @property
    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
