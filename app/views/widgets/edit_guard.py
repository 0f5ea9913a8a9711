"""An edit of a record that stays honest while others save (issue 22, SPEC 10).

A form or dialog edits a record as it was when it was opened: ``begin`` keeps that
version, and saving sends it (``version_for``), so a save over someone else's change meets
the optimistic lock and its message (who changed what) — even after the page re-read the
record because of that change. When the re-read record (``seen``) has moved on while the
edit is still unsaved, the user is told at once, with the same details, before saving.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.services.core import feed
from app.views.shell.context import Gateway
from app.views.widgets.texts import tr_args


class EditGuard(QObject):
    def __init__(self, gateway: Gateway, table: str, show: Callable[[str], None],
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._gateway = gateway
        self._table = table
        self._show = show
        self._id: int | None = None
        self._version: int | None = None
        self._told: int | None = None
        self._own = False
        self.notice = ""

    def begin(self, record_id: int | None, version: int | None) -> None:
        """The edit starts from ``record_id`` at ``version`` (None: a new record)."""
        self._id, self._version = record_id, version
        self._told, self._own, self.notice = None, False, ""

    def own_change(self, record_id: int) -> None:
        """This page itself just changed the record (a status step beside the form): the
        next version seen is the user's own, and the edit carries on from it."""
        self._own = record_id == self._id

    def version_for(self, record_id: int, current: int) -> int:
        """The version to save ``record_id`` with: the one the edit started from."""
        return self._version if record_id == self._id and self._version is not None else current

    def seen(self, record_id: int, version: int, unsaved: bool) -> None:
        """The record as re-read now; tells the user when it moved on under their edit."""
        if record_id != self._id or self._version in (None, version) or not unsaved:
            return
        if self._own:
            self._version, self._own = version, False
            return
        if self._told == version:
            if self.notice:
                self._show(self.notice)  # the page cleared its error line when it re-read
            return
        self._told = version
        self._gateway.submit(feed.changed_since, self._table, record_id, self._version,
                             on_done=lambda details: self._tell(version, details))  # fmt: skip

    def _tell(self, version: int, details: str) -> None:
        if self._told != version:
            return
        text = self.tr("Data ini telah diubah di tempat lain sejak Anda mulai mengubahnya:\n"
                       "%1\nIsian Anda belum disimpan. Bila disimpan, penyimpanan ditolak agar "
                       "perubahan itu tidak tertimpa: catat isian Anda, buka ulang datanya, lalu "
                       "ulangi perubahan Anda.")  # fmt: skip
        self.notice = tr_args(text, details or self.tr("• (rinciannya tidak tercatat)"))
        self._show(self.notice)
