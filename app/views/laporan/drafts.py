"""Keeping what the desk writes for a brief: the form's text is saved as the brief's draft
(type, day, contest) in the database a moment after the user stops typing, before another
brief is chosen and before the page is left; choosing a brief shows its draft. So the
Pimpinan who opens the brief the Operator prepared finds the Kesimpulan and Rekomendasi.

One save at a time: a save carries the version of the draft it replaces, so it waits for
the previous one's answer (which says the new version) before the next goes."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer

from app.services.briefs import drafts
from app.services.briefs.request import BriefRequest
from app.services.core import formatting, palette
from app.views.laporan.form import LaporanForm
from app.views.shell.context import AppContext
from app.views.widgets.colors import text_style
from app.views.widgets.texts import tr_args

#: Quiet time after the last key before the draft is saved.
SAVE_DELAY_MS = 1200


class DraftKeeper(QObject):
    def __init__(self, ctx: AppContext, form: LaporanForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx.reporting_to(self)
        self._tz = ZoneInfo(ctx.desk.timezone)
        self._form = form
        self._pending: BriefRequest | None = None
        self._saving = False
        self._generation = 0
        #: The version of each brief's draft as this window last read or saved it: a save
        #: carries it, so only someone else's save in between is a conflict.
        self._versions: dict[tuple, int | None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        form.typed.connect(self._typed)
        form.key_changed.connect(self._key_changed)

    @property
    def unsaved(self) -> bool:
        return self._pending is not None or self._saving

    def start(self) -> None:
        """Show the draft of the brief the form is for."""
        self._load()

    def _typed(self) -> None:
        self._pending = self._form.request()
        self._timer.start()

    def _key_changed(self) -> None:
        self.flush()  # what was typed belongs to the brief chosen before
        self._load()

    def _load(self) -> None:
        self._generation += 1
        generation = self._generation
        jenis, day, contest = self._form.key()
        self._ctx.submit(drafts.load, jenis, day, contest,
                         on_done=lambda draft: self._loaded(generation, draft))  # fmt: skip

    def _loaded(self, generation: int, draft: drafts.Draft | None) -> None:
        if generation != self._generation:
            return
        self._versions[self._form.key()] = draft.version if draft is not None else None
        if self._pending is not None and _key(self._pending) == self._form.key():
            return  # typed into this brief while its draft was on its way: keep the typing
        jenis, day, contest = self._form.key()
        self._form.fill(draft.request if draft is not None else BriefRequest(jenis, day, contest))
        self._note(draft, self.tr("Belum ada draf untuk laporan ini; yang Anda tulis disimpan "
                                  "sebagai draf desk."))  # fmt: skip

    def flush(self) -> None:
        """Save what was typed now (before leaving the page or choosing another brief)."""
        self._timer.stop()
        if self._pending is None or self._saving:
            return  # a save in flight sends the rest when it returns
        request, self._pending = self._pending, None
        self._saving = True
        self._ctx.submit(drafts.save, request, version=self._versions.get(_key(request)),
                         on_done=lambda draft: self._saved(request, draft))  # fmt: skip

    def _saved(self, request: BriefRequest, draft: drafts.Draft | None) -> None:
        self._saving = False
        if draft is not None:
            self._versions[_key(request)] = draft.version
            if _key(request) == self._form.key():
                self._note(draft, "")
        if self._pending is not None:
            self.flush()

    def _note(self, draft: drafts.Draft | None, none: str) -> None:
        self._form.draft_note.setStyleSheet("")
        if draft is None:
            self._form.draft_note.setText(none)
            return
        self._form.draft_note.setText(
            tr_args(self.tr("Draf desk untuk laporan ini, terakhir disimpan %1 oleh %2."),
                    formatting.date_time(draft.updated_at, self._tz), draft.updated_by)
        )  # fmt: skip

    def show_error(self, message: str) -> None:
        """A refused save (another writer in the meantime): said under the text boxes."""
        self._saving = False
        if message:
            self._form.draft_note.setStyleSheet(text_style(palette.ERROR_TEXT))
            self._form.draft_note.setText(message)


def _key(request: BriefRequest) -> tuple:
    return request.jenis, request.day, request.pemilihan_id
