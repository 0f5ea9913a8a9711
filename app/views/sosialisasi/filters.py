"""The outreach filter bar: period, region (any level), organiser, activity type, target
group and free-text search (Ctrl+F). The table, its totals, the charts and the export all
follow it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.services.sosialisasi.query import SosialisasiFilter
from app.services.sosialisasi.records import FormChoices
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.region_picker import RegionPicker

#: Typing in the search box waits this long before querying, so each key is not a query.
SEARCH_DELAY_MS = 250


class SosialisasiFilterBar(QWidget):
    changed = Signal(object)  # SosialisasiFilter

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_from = OptionalDateEdit(self.tr("dari"))
        self.date_to = OptionalDateEdit(self.tr("sampai"))
        self.date_from.set_value(None, today)
        self.date_to.set_value(None, today)
        self.region = RegionPicker(None)
        self.region.setPlaceholderText(self.tr("Semua wilayah (ketik kab/kota, kecamatan, desa)"))
        self.organiser = QComboBox()
        self.jenis = QComboBox()
        self.jenis.setMinimumContentsLength(16)
        self.sasaran = QComboBox()
        self.sasaran.setMinimumContentsLength(16)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari topik, tempat, narasumber… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Periode")), 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(self.date_to, 0, 2)
        grid.addWidget(self.region, 0, 3, 1, 2)
        grid.addWidget(self.search, 1, 0, 1, 3)
        grid.addWidget(self.organiser, 1, 3)
        grid.addWidget(self.jenis, 1, 4)
        grid.addWidget(self.sasaran, 1, 5)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(4, 1)
        grid.setColumnStretch(5, 1)
        self.date_from.changed.connect(self._emit)
        self.date_to.changed.connect(self._emit)
        for combo in (self.organiser, self.jenis, self.sasaran):
            combo.currentIndexChanged.connect(self._emit)
        self.region.changed.connect(lambda _ref: self._emit())
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def set_choices(self, choices: FormChoices) -> None:
        combos = (self.organiser, self.jenis, self.sasaran)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.organiser.addItem(self.tr("Semua penyelenggara"), "")
        for name in choices.organisers:
            self.organiser.addItem(name, name)
        self.jenis.addItem(self.tr("Semua jenis kegiatan"), None)
        for item in choices.jenis_kegiatan:
            self.jenis.addItem(item.name, item.id)
        self.sasaran.addItem(self.tr("Semua kelompok sasaran"), None)
        for item in choices.kelompok_sasaran:
            self.sasaran.addItem(item.name, item.id)
        for combo in combos:
            combo.blockSignals(False)

    def current(self) -> SosialisasiFilter:
        region = self.region.region()
        return SosialisasiFilter(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            wilayah_code=region.code if region else "",
            organiser=self.organiser.currentData() or "",
            jenis_kegiatan_id=self.jenis.currentData(),
            sasaran_id=self.sasaran.currentData(),
            text=self.search.text(),
        )

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())
