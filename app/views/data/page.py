"""Data: import and export of every register, backup and restore, exchange packages
between desks (SPEC 6, item 9). Each tab is its own panel."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.views.data.backup_panel import BackupPanel
from app.views.data.exchange_panel import ExchangePanel
from app.views.data.registers import RegistersPanel
from app.views.shell.context import AppContext


class DataPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.registers = RegistersPanel(ctx)
        self.tabs.addTab(self.registers, self.tr("Impor && ekspor"))
        self.backup = BackupPanel(ctx)
        self.tabs.addTab(self.backup, self.tr("Cadangan && pemulihan"))
        self.exchange = ExchangePanel(ctx)
        self.tabs.addTab(self.exchange, self.tr("Paket pertukaran"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
