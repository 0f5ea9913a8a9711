"""Data: import and export of every register, backup and restore, exchange packages
between desks (SPEC 6, item 9). Each tab is its own panel; a panel that is not part of
this build says so instead of pretending."""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.views.data.registers import RegistersPanel
from app.views.shell.context import AppContext

log = logging.getLogger(__name__)


def _panel(module: str, name: str, ctx: AppContext) -> QWidget | None:
    """The panel ``module.name(ctx)`` when this build has it."""
    if importlib.util.find_spec(module) is None:
        return None
    try:
        return getattr(importlib.import_module(module), name)(ctx)
    except (ImportError, AttributeError):
        log.exception("panel %s.%s could not be built", module, name)
        return None


def _notice(text: str) -> QWidget:
    page = QWidget()
    label = QLabel(text)
    label.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    layout.addStretch(1)
    return page


class DataPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.registers = RegistersPanel(ctx)
        self.tabs.addTab(self.registers, self.tr("Impor && ekspor"))
        self.backup = _panel("app.views.data.backup_panel", "BackupPanel", ctx)
        self.tabs.addTab(
            self.backup
            or _notice(
                self.tr(
                    "Cadangan dan pemulihan sedang dibangun dan belum tersedia pada versi ini. "
                    "Basis data SQLite tetap dicadangkan otomatis sebelum setiap migrasi."
                )
            ),
            self.tr("Cadangan && pemulihan"),
        )
        self.exchange = _panel("app.views.data.exchange_panel", "ExchangePanel", ctx)
        self.tabs.addTab(
            self.exchange
            or _notice(
                self.tr(
                    "Paket pertukaran antar-desk (.deskpkg) sedang dibangun dan belum tersedia "
                    "pada versi ini."
                )
            ),
            self.tr("Paket pertukaran"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
