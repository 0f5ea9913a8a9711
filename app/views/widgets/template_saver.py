"""Saving a register's import template from any page: the same file the Data page and
``desk-pilkada template`` write (with the desk's reference lists), written off the GUI
thread, one message when it is done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import registers
from app.views.widgets.texts import tr_args

if TYPE_CHECKING:
    from app.views.shell.context import AppContext


def choose_and_save(
    parent: QWidget,
    ctx: AppContext,
    jenis: str,
    report: Callable[[str], None] | None = None,
) -> None:
    """Ask where, then write the template of ``jenis``; ``report`` shows the outcome
    (a message box when the page has no status line of its own)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("template_saver", "Simpan templat"),
        f"templat-{jenis}.xlsx",
        "Excel (*.xlsx)",
    )
    if path:
        save(parent, ctx, jenis, Path(path).with_suffix(".xlsx"), report)


def save(
    parent: QWidget,
    ctx: AppContext,
    jenis: str,
    path: Path,
    report: Callable[[str], None] | None = None,
) -> None:
    def show(text: str) -> None:
        if report is not None:
            report(text)
        else:
            QMessageBox.information(
                parent, QCoreApplication.translate("template_saver", "Templat"), text
            )

    ctx.submit(
        registers.write_template, jenis, path,
        on_done=lambda written: show(tr_args(QCoreApplication.translate("template_saver", "Templat disimpan: %1"), written)),
        on_error=lambda error: show(tr_args(QCoreApplication.translate("template_saver", "Templat tidak dapat disimpan: %1"), error)),
    )  # fmt: skip
