"""Editing the keyword lists that turn chat reports into categories and severities. They
are data, not code: the desk adds the words its region uses."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.services.core.actor import PENGATURAN_UBAH
from app.services.core.errors import DomainError
from app.services.insiden.chat import intake
from app.views.shell.context import AppContext


class KeywordsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        intro = QLabel(
            self.tr(
                "Kata kunci per kategori insiden dan petunjuk keparahan untuk 'Tempel laporan' "
                "(format JSON). Tambahkan istilah setempat; simpan untuk dipakai semua PC desk."
            )
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.save_button = QPushButton(self.tr("Simpan kata kunci"))
        self.save_button.clicked.connect(self.save)
        can_edit = ctx.can(PENGATURAN_UBAH)
        self.editor.setReadOnly(not can_edit)
        self.save_button.setEnabled(can_edit)
        self.save_button.setToolTip(ctx.actor.why_not(PENGATURAN_UBAH))
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        ctx.submit(
            intake.keyword_rules_text, on_done=self.editor.setPlainText, on_error=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.result.setStyleSheet("color: #b00020;")
            self.result.setText(str(error))
        else:
            self._ctx.runner.failed.emit(error)

    def save(self) -> None:
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Menyimpan…"))
        self._ctx.submit(intake.save_keyword_rules, self.editor.toPlainText(),
                         on_done=lambda _c: self.result.setText(self.tr("Tersimpan.")), on_error=self._failed)  # fmt: skip
