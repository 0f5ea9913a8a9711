"""Attachments of one record: list, add (photos, scans, PDF), open with the system viewer."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.services.core import formatting
from app.services.core.errors import DomainError
from app.services.desk import lampiran
from app.views.shell.context import AppContext


class AttachmentsPanel(QWidget):
    failed = Signal(str)

    def __init__(
        self, ctx: AppContext, owner_type: str, can_add: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._owner_type = owner_type
        self._owner_id: int | None = None
        self.list = QTextBrowser()
        self.list.setOpenLinks(False)
        self.list.anchorClicked.connect(self._open)
        self.add_button = QPushButton(self.tr("Tambah lampiran…"))
        self.add_button.setEnabled(can_add)
        self.add_button.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button)
        self.set_owner(None)

    def set_owner(self, owner_id: int | None) -> None:
        self._owner_id = owner_id
        if owner_id is None:
            self.list.setHtml(self.tr("<i>Simpan data dulu, lalu tambahkan lampiran.</i>"))
        else:
            self._ctx.submit(lampiran.list_for, self._owner_type, owner_id, on_done=self._show)

    def _show(self, rows) -> None:
        if not rows:
            self.list.setHtml(self.tr("<i>Belum ada lampiran.</i>"))
            return
        self.list.setHtml(
            "".join(
                f'<p><a href="lampiran:{r.id}">{html.escape(r.original_name)}</a> · {html.escape(r.media_type)} · '
                f"{formatting.number(r.size / 1024, 0)} KB · {html.escape(r.created_by)}</p>"
                for r in rows
            )
        )

    def _error(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.failed.emit(str(error))
        else:
            self._ctx.runner.failed.emit(error)

    def _choose(self) -> None:
        if self._owner_id is None:
            self.failed.emit(self.tr("Simpan data dulu, lalu tambahkan lampiran."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih foto, pindaian, atau PDF"), "",
                                              self.tr("Foto dan PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf)"))  # fmt: skip
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        owner = self._owner_id
        if owner is None:
            return
        self._ctx.submit(lampiran.attach, owner_type=self._owner_type, owner_id=owner, source=path,
                         on_done=lambda _c: self.set_owner(owner), on_error=self._error,
                         progress_parent=self, label=self.tr("Menyimpan lampiran…"))  # fmt: skip

    def _open(self, url: QUrl) -> None:
        lampiran_id = int(url.toString().split(":", 1)[1])
        self._ctx.submit(lampiran.path_of, lampiran_id, on_error=self._error,
                         on_done=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))))  # fmt: skip
