"""Tempel laporan (paste one message) and the review of an exported WhatsApp chat. Both
end in a draft on the incident page; nothing is saved until the operator saves it."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.pesan_laporan import DILEWATI
from app.services.insiden.chat import intake
from app.services.insiden.chat.chat_export import ChatMessage
from app.services.insiden.chat.intake import Analysis, ChatCandidates
from app.views.insiden.chat_view import AnalysisView
from app.views.shell.context import AppContext
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.texts import tr_args

ANALYSE_DELAY_MS = 400


class _DraftSource(QDialog):
    #: (InsidenForm, ChatMessage | None) — the page opens it as a new, unsaved incident.
    draft_ready = Signal(object, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.error = ErrorLabel()
        self._ctx = ctx.reporting_to(self.error)
        self.view = AnalysisView(ZoneInfo(ctx.desk.timezone))
        self.view.region_chosen.connect(self._region_chosen)
        self._region_override: int | None = None

    def _region_chosen(self, ref) -> None:
        self._region_override = ref.id if ref is not None else None

    def _draft(self, analysis: Analysis):
        draft = analysis.draft
        if self._region_override is not None:
            draft = replace(draft, wilayah_id=self._region_override)
        return draft


class PasteReportDialog(_DraftSource):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Tempel laporan"))
        self.input = QPlainTextEdit()
        self.input.setPlaceholderText(
            self.tr("Tempel satu pesan laporan (mis. dari WhatsApp) di sini…")
        )
        self.input.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ANALYSE_DELAY_MS)
        self._timer.timeout.connect(self.analyse)
        self.input.textChanged.connect(self._timer.start)
        self.draft_button = QPushButton(self.tr("Buat &draf insiden"))
        self.draft_button.setEnabled(False)
        self.draft_button.clicked.connect(self._make_draft)
        cancel = QPushButton(self.tr("&Batal"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(
            QLabel(self.tr("Draf belum disimpan: periksa di formulir, lalu Simpan.")), 1
        )
        buttons.addWidget(self.draft_button)
        buttons.addWidget(cancel)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.input)
        split.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(1000, 560)
        self._analysis: Analysis | None = None

    def analyse(self) -> None:
        self._timer.stop()
        text = self.input.toPlainText()
        if not text.strip():
            return
        self.error.hide()
        self._ctx.submit(intake.analyse, text, on_done=self._analysed)

    def _analysed(self, analysis: Analysis) -> None:
        if analysis.text != self.input.toPlainText():
            return  # typed on; a newer analysis is coming
        self._analysis = analysis
        self._region_override = None
        self.view.show_analysis(analysis)
        self.draft_button.setEnabled(True)

    def _make_draft(self) -> None:
        if self._analysis is not None:
            self.draft_ready.emit(self._draft(self._analysis), None)
            self.accept()


class ChatReviewDialog(_DraftSource):
    """One message at a time: accept as a draft, skip, or merge into an existing incident."""

    def __init__(
        self, ctx: AppContext, candidates: ChatCandidates, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Tinjau obrolan WhatsApp"))
        self.messages: list[ChatMessage] = list(candidates.messages)
        self.summary = QLabel(
            tr_args(
                self.tr("%1 pesan baru; %2 sudah pernah diproses dan tidak ditampilkan."),
                len(self.messages),
                candidates.already_handled,
            )
        )
        self.list = QListWidget()  # a short pick list of messages, not a data table
        for message in self.messages:
            self.list.addItem(
                f"{message.sent_at:%d/%m %H.%M} · {message.sender}: {message.text.splitlines()[0][:60]}"
            )
        self.list.currentRowChanged.connect(self._select)
        self.accept_button = QPushButton(self.tr("&Terima → draf"))
        self.accept_button.clicked.connect(self._accept_current)
        self.skip_button = QPushButton(self.tr("&Lewati"))
        self.skip_button.clicked.connect(self._skip_current)
        self.merge_number = QLineEdit()
        self.merge_number.setPlaceholderText(self.tr("INS-2024-…"))
        self.merge_button = QPushButton(self.tr("&Gabungkan ke insiden"))
        self.merge_button.clicked.connect(self._merge_current)
        actions = QHBoxLayout()
        for widget in (self.accept_button, self.skip_button, self.merge_number, self.merge_button):
            actions.addWidget(widget)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.error)
        right_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([360, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.resize(1100, 600)
        self._analysis: Analysis | None = None
        if self.messages:
            self.list.setCurrentRow(0)

    def current(self) -> ChatMessage | None:
        row = self.list.currentRow()
        return self.messages[row] if 0 <= row < len(self.messages) else None

    def _select(self, row: int) -> None:
        self.error.hide()
        message = self.current()
        for button in (self.accept_button, self.skip_button, self.merge_button):
            button.setEnabled(message is not None)
        if message is not None:
            self._ctx.submit(intake.analyse, message.text, message.sent_at, message.sender, message.key,
                             on_done=self._analysed)  # fmt: skip

    def _analysed(self, analysis: Analysis) -> None:
        message = self.current()
        if message is not None and analysis.message_key == message.key:
            self._analysis = analysis
            self._region_override = None
            self.view.show_analysis(analysis)

    def _done_with_current(self) -> None:
        row = self.list.currentRow()
        self.messages.pop(row)
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, len(self.messages) - 1))
        self.list.blockSignals(False)
        self._analysis = None
        if not self.messages:
            self.accept()
        else:
            self._select(self.list.currentRow())

    def _accept_current(self) -> None:
        message, analysis = self.current(), self._analysis
        if message is not None and analysis is not None and analysis.message_key == message.key:
            draft = self._draft(analysis)
            # Step aside while the operator checks and saves the draft; the page brings
            # this review back afterwards with the remaining messages.
            self._done_with_current()
            self.hide()
            self.draft_ready.emit(draft, message)

    def put_back(self, message: ChatMessage) -> None:
        self.messages.insert(0, message)
        self.list.insertItem(
            0,
            f"{message.sent_at:%d/%m %H.%M} · {message.sender}: {message.text.splitlines()[0][:60]}",
        )
        self.list.setCurrentRow(0)

    @property
    def remaining(self) -> int:
        return len(self.messages)

    def _skip_current(self) -> None:
        message = self.current()
        if message is not None:
            self._ctx.submit(intake.mark, message, DILEWATI, on_done=lambda _c: self._done_with_current())  # fmt: skip

    def _merge_current(self) -> None:
        message = self.current()
        if message is not None:
            self._ctx.submit(intake.merge_into, self.merge_number.text(), message,
                             on_done=lambda _c: self._done_with_current())  # fmt: skip
