"""The consignment filter bar: region (any level), destination level, item, status,
contest, at-risk only, and free-text search (Ctrl+F)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from app.models.logistik import LEVELS, STATUSES
from app.services.logistik.detail import LogistikChoices
from app.services.logistik.query import LogistikFilter
from app.views.widgets.region_picker import RegionPicker

SEARCH_DELAY_MS = 250


class LogistikFilterBar(QWidget):
    changed = Signal(object)  # LogistikFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = RegionPicker(None)
        self.region.setPlaceholderText(self.tr("Semua wilayah tujuan (kab/kota, kecamatan, desa)"))
        self.level = QComboBox()
        self.level.addItem(self.tr("Semua tingkat tujuan"), "")
        for level in LEVELS[1:]:
            self.level.addItem(level, level)
        self.jenis = QComboBox()
        self.jenis.addItem(self.tr("Semua barang"), None)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), "")
        for status in STATUSES:
            self.status.addItem(status, status)
        self.pemilihan = QComboBox()
        self.pemilihan.addItem(self.tr("Semua pemilihan"), None)
        self.pemilihan.setMinimumContentsLength(16)
        self.at_risk = QCheckBox(self.tr("Hanya berisiko/terlambat"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, asal, berita acara… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.region, 0, 0, 1, 2)
        grid.addWidget(self.search, 0, 2, 1, 2)
        grid.addWidget(self.at_risk, 0, 4)
        grid.addWidget(self.level, 1, 0)
        grid.addWidget(self.jenis, 1, 1)
        grid.addWidget(self.status, 1, 2)
        grid.addWidget(self.pemilihan, 1, 3, 1, 2)
        for combo in (self.level, self.jenis, self.status, self.pemilihan):
            combo.currentIndexChanged.connect(self._emit)
        self.at_risk.toggled.connect(self._emit)
        self.region.changed.connect(lambda _ref: self._emit())
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def set_choices(self, choices: LogistikChoices) -> None:
        for combo, items in ((self.jenis, choices.jenis), (self.pemilihan, choices.pemilihan)):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item in items:
                combo.addItem(item.name, item.id)
            combo.blockSignals(False)

    def current(self) -> LogistikFilter:
        region = self.region.region()
        return LogistikFilter(
            wilayah_code=region.code if region else "",
            destination_level=self.level.currentData() or "",
            jenis_id=self.jenis.currentData(),
            status=self.status.currentData() or "",
            pemilihan_id=self.pemilihan.currentData(),
            at_risk=self.at_risk.isChecked(),
            text=self.search.text(),
        )

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())
