"""Editing the keyword lists that turn chat reports into categories and severities. They
are data, not code: the desk adds the words its region uses."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.services.core.actor import PENGATURAN_UBAH
from app.services.insiden.chat import intake
from app.views.shell.context import AppContext
from app.views.widgets.error_label import ErrorLabel


class KeywordsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = ErrorLabel(hide_empty=False)
        self._ctx = ctx.reporting_to(self.result)
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self._ctx.submit(intake.keyword_rules_text, on_done=self.editor.setPlainText)

    def save(self) -> None:
        self.result.show_message(self.tr("Menyimpan…"))
        self._ctx.submit(intake.save_keyword_rules, self.editor.toPlainText(),
                         on_done=lambda _c: self.result.show_message(self.tr("Tersimpan.")))  # fmt: skip
