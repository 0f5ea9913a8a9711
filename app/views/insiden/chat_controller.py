"""Chat reports on the incident page: paste one message or review an exported chat; each
accepted message becomes a draft on the page, and is remembered as handled once saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from app.models.pesan_laporan import DITERIMA
from app.services.core.errors import DomainError
from app.services.insiden.chat import intake
from app.views.insiden.chat_dialogs import ChatReviewDialog, PasteReportDialog
from app.views.shell.context import AppContext


class ChatIntake(QObject):
    def __init__(
        self,
        ctx: AppContext,
        page: QWidget,
        load_draft: Callable[[object], bool],
    ) -> None:
        """``ctx`` reports failures on the page (``ctx.reporting_to(page)``)."""
        super().__init__(page)
        self._ctx = ctx
        self._page = page
        self._load_draft = load_draft
        self.dialog: PasteReportDialog | None = None
        self.review: ChatReviewDialog | None = None
        #: The message the draft on the page came from.
        self.pending = None

    def _draft(self, form, message) -> None:
        """Show the accepted message's draft on the page; if the user keeps the unsaved
        form already there, the message goes back to the review."""
        previous, self.pending = self.pending, message
        if not self._load_draft(form):
            self.pending, previous = previous, message
        if previous is not None and self.review is not None:  # a draft left unsaved
            self.review.put_back(previous)
            self.review.show()

    def open_paste(self) -> PasteReportDialog:
        dialog = PasteReportDialog(self._ctx, self._page)
        dialog.draft_ready.connect(self._draft)
        self.dialog = dialog
        dialog.open()
        return dialog

    def choose_chat(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._page, self.tr("Pilih ekspor obrolan WhatsApp"), "", self.tr("Teks (*.txt)")
        )
        if path:
            self.open_chat(Path(path))

    def open_chat(self, path: Path) -> None:
        self._ctx.submit(intake.chat_candidates, path, on_done=self._review)

    def _review(self, candidates: intake.ChatCandidates) -> None:
        if not candidates.messages:
            self._ctx.report(
                DomainError(self.tr("Semua pesan di berkas ini sudah pernah diproses."))
            )
            return
        review = ChatReviewDialog(self._ctx, candidates, self._page)
        review.draft_ready.connect(self._draft)
        self.review = review
        review.open()

    def forget_draft(self) -> None:
        """The operator dropped the draft: its message goes back to the review."""
        message, self.pending = self.pending, None
        if message is not None and self.review is not None:
            self.review.put_back(message)
            self.review.show()

    def saved(self, insiden_id: int) -> None:
        """The draft was saved as an incident: remember its message, continue the review."""
        message, self.pending = self.pending, None
        if message is None:
            return
        self._ctx.submit(intake.mark, message, DITERIMA, insiden_id)
        if self.review is not None and self.review.remaining:
            self.review.show()
