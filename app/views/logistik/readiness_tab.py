"""The Kesiapan tab: the readiness matrix, the requirement rules stated in words, and
the buttons to edit the rules and to compute requirements from DPT by rule."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.core import palette
from app.services.core.actor import LOGISTIK_CATAT, PENGATURAN_UBAH
from app.services.logistik import kebutuhan as logistik_kebutuhan
from app.services.logistik import rules as logistik_rules
from app.services.logistik.detail import LogistikChoices
from app.views.logistik.matrix import ReadinessMatrix
from app.views.logistik.rules_dialog import RulesDialog
from app.views.shell.context import AppContext


class ReadinessTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._choices: LogistikChoices | None = None
        self.dialog: RulesDialog | None = None
        self.matrix = ReadinessMatrix(ctx)
        self.rules_text = QLabel()
        self.rules_text.setWordWrap(True)
        self.rules_button = QPushButton(self.tr("Aturan…"))
        self.rules_button.clicked.connect(self.open_rules)
        self.compute_button = QPushButton(self.tr("Hitung kebutuhan dari DPT"))
        self.compute_button.setToolTip(
            self.tr("Kebutuhan isian/impor dipertahankan; hanya hasil aturan yang diganti")
        )
        self.compute_button.clicked.connect(self._compute)
        self.compute_button.setEnabled(ctx.can(LOGISTIK_CATAT))
        layout = QVBoxLayout(self)
        layout.addWidget(self.matrix, 1)
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.rules_text, 1)
        rules_row.addWidget(self.compute_button)
        rules_row.addWidget(self.rules_button)
        layout.addLayout(rules_row)

    def set_choices(self, choices: LogistikChoices) -> None:
        self._choices = choices
        self.rules_text.setText(" ".join(choices.rules.statement()))

    def open_rules(self) -> RulesDialog | None:
        if self._choices is None:
            return None
        can = self._ctx.can(PENGATURAN_UBAH)
        dialog = RulesDialog(
            self._choices.rules, can, self._ctx.actor.why_not(PENGATURAN_UBAH), self
        )
        self.dialog = dialog
        gateway = self._ctx.reporting_to(dialog)
        dialog.submitted.connect(lambda: gateway.submit(logistik_rules.save, **dialog.values(),
                                                        on_done=lambda _c: dialog.accept()))  # fmt: skip
        dialog.open()
        return dialog

    def _compute(self) -> None:
        self._ctx.reporting_to(self).submit(logistik_kebutuhan.compute_by_rule,
                                            on_done=lambda result: self.rules_text.setText(result.changes.summary))  # fmt: skip

    def show_error(self, message: str) -> None:
        """Why computing by rule failed, in the rules line where its result would be."""
        if message:
            self.rules_text.setText(
                f"<span style='color:{palette.ERROR_TEXT}'>{html.escape(message)}</span>"
            )
