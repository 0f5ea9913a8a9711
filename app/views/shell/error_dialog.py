"""How errors reach the user: a domain error is a plain Indonesian message; anything else
is logged with its traceback and shown as a friendly message with the log file's path."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.logging_setup import log_file
from app.services.core.errors import DomainError
from app.views.widgets.texts import tr_args

log = logging.getLogger("app.errors")


translate = QCoreApplication.translate


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, DomainError):
        QMessageBox.warning(parent, translate("errors", "Tidak dapat dilanjutkan"), str(error))
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("errors", "Terjadi kesalahan"))
    box.setText(
        translate(
            "errors",
            "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman; tindakan terakhir mungkin belum tersimpan.",
        )
    )
    box.setInformativeText(
        tr_args(
            translate(
                "errors",
                "Rincian teknis dicatat di berkas log:\n%1\nKirimkan berkas ini kepada pengelola aplikasi.",
            ),
            log_file(),
        )
    )
    box.setDetailedText("".join(traceback.format_exception_only(type(error), error)))
    box.open()


def install_excepthook() -> None:
    """Unexpected exceptions in slots end up here instead of killing the window."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        error.__traceback__ = tb
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook
