"""Status of one incident and the workflow steps the user may take from it; each step
asks only for what it needs (reason, agency and deadline, outcome)."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core import formatting, palette
from app.services.core.actor import INSIDEN_VERIFIKASI, Actor
from app.services.insiden.records import Choice, InsidenDetail
from app.services.insiden.workflow import (
    TERLAMBAT_DITINDAKLANJUTI,
    Transition,
    allowed_from,
    is_overdue,
)
from app.views.widgets.colors import text_style
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.form_dialog import label_buttons
from app.views.widgets.optional_date import DateTimeEdit
from app.views.widgets.texts import tr_args


class TransitionDialog(QDialog):
    """Asks for what the step needs; the page runs it and closes the dialog on success."""

    submitted = Signal()

    def __init__(
        self, step: Transition, agencies: list[Choice], tz: ZoneInfo, now: datetime, parent=None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.setWindowTitle(tr_args(self.tr("%1 → %2"), step.label, step.target))
        form = QFormLayout()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.agency = QComboBox()
        self.deadline = DateTimeEdit()
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(70)
        if step.needs_agency_deadline:
            # No agency chosen for the user: forwarding to the wrong one is worse than a
            # refusal saying "Pilih instansi tujuan tindak lanjut."
            self.agency.addItem(self.tr("— pilih instansi —"), None)
            for agency in agencies:
                self.agency.addItem(agency.name, agency.id)
            self.deadline.setTimeZone(QTimeZone(tz.key.encode()))
            self.deadline.setDateTime(
                QDateTime.fromSecsSinceEpoch(int((now + timedelta(days=2)).timestamp()))
            )
            form.addRow(self.tr("&Diteruskan ke*"), self.agency)
            form.addRow(self.tr("Batas tindak &lanjut*"), self.deadline)
        if step.needs_outcome:
            form.addRow(self.tr("&Hasil tindak lanjut*"), self.outcome)
        form.addRow(self.tr("&Alasan*") if step.needs_reason else self.tr("&Catatan"), self.note)
        self.error = ErrorLabel()
        buttons = label_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        ))  # fmt: skip
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(f"&{step.label}")
        buttons.accepted.connect(self.submitted.emit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict:
        values: dict = {"to": self.step.target, "note": self.note.toPlainText()}
        if self.step.needs_agency_deadline:
            values["agency_id"] = self.agency.currentData()
            values["deadline"] = datetime.fromtimestamp(
                self.deadline.dateTime().toSecsSinceEpoch(), UTC
            )
        if self.step.needs_outcome:
            values["outcome"] = self.outcome.toPlainText()
        return values

    def show_error(self, message: str) -> None:
        self.error.show_error(message)


def follow_up_links(detail: InsidenDetail) -> str:
    """The follow-up reports of ``detail`` as links (``href`` is the report's id)."""
    return ", ".join(
        f"<a href='{f.id}'>{html.escape(f.number)}</a> ({html.escape(f.status)})"
        for f in detail.follow_ups
    )


class InsidenStatusPanel(QWidget):
    step_requested = Signal(object)  # Transition
    #: An incident named in the panel (the original, a follow-up report) to open.
    open_requested = Signal(int)

    def __init__(self, actor: Actor, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._tz = tz
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(lambda link: self.open_requested.emit(int(link)))
        self.buttons_row = QHBoxLayout()
        self.reason = QLabel(actor.why_not(INSIDEN_VERIFIKASI))
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(text_style(palette.CAUTION_TEXT))
        self.reason.setVisible(not actor.can(INSIDEN_VERIFIKASI))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        self.step_buttons: list[QPushButton] = []

    def show_detail(self, detail: InsidenDetail | None, now: datetime) -> None:
        for button in self.step_buttons:
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = []
        self.reason.setVisible(not self._actor.can(INSIDEN_VERIFIKASI))
        if detail is None:
            self.summary.setText(self.tr("Insiden baru: status Baru setelah disimpan."))
            return
        lines = [
            f"<b>{html.escape(detail.number)}</b> — {self.tr('status')} <b>{html.escape(detail.status)}</b>"
        ]
        if detail.is_follow_up:
            lines.append(tr_args(
                self.tr("Laporan lanjutan dari <a href='%1'>%2</a>: bukan insiden tersendiri. "
                        "Statusnya mengikuti %2 dan ditutup bersama %2; ubah status di %2."),
                detail.linked_id, html.escape(detail.linked_number)))  # fmt: skip
            self.summary.setText("<br>".join(lines))
            self.reason.setVisible(False)
            return
        if is_overdue(detail.status, detail.follow_up_deadline, now):
            lines.append(
                f'<span style="color:{palette.ERROR_TEXT}"><b>{TERLAMBAT_DITINDAKLANJUTI}</b></span>'
            )
        if detail.escalated_to:
            lines.append(tr_args(self.tr("Diteruskan ke: %1"), html.escape(detail.escalated_to)))
        if detail.follow_up_deadline:
            lines.append(
                tr_args(
                    self.tr("Batas tindak lanjut: %1"),
                    formatting.date_time(detail.follow_up_deadline, self._tz),
                )
            )
        if detail.outcome:
            lines.append(tr_args(self.tr("Hasil: %1"), html.escape(detail.outcome)))
        if detail.follow_ups:
            lines.append(tr_args(
                self.tr("Laporan lanjutan (%1), ikut setiap perubahan status insiden ini: %2"),
                len(detail.follow_ups), follow_up_links(detail)))  # fmt: skip
        self.summary.setText("<br>".join(lines))
        for step in allowed_from(detail.status):
            button = QPushButton(
                step.label + (f" → {step.target}" if step.label != step.target else "")
            )
            button.setEnabled(self._actor.can(INSIDEN_VERIFIKASI))
            button.setToolTip(self._actor.why_not(INSIDEN_VERIFIKASI))
            button.clicked.connect(lambda _=False, s=step: self.step_requested.emit(s))
            self.buttons_row.addWidget(button)
            self.step_buttons.append(button)
