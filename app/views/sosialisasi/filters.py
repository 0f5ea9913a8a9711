"""The outreach filter bar: period, region (any level), organiser, activity type, target
group and free-text search (Ctrl+F). The table, its totals, the charts and the export all
follow it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from app.services.sosialisasi.query import SosialisasiFilter
from app.services.sosialisasi.records import FormChoices
from app.views.widgets.filter_bar import FilterBar


class SosialisasiFilterBar(FilterBar):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cari topik, tempat, narasumber… (Ctrl+F)"), parent)
        self.period(today)
        self.region_picker(self.tr("Semua wilayah (ketik kab/kota, kecamatan, desa)"))
        self.organiser = self.choice(self.tr("Semua penyelenggara"), "")
        self.jenis = self.choice(self.tr("Semua jenis kegiatan"), None, width=16)
        self.sasaran = self.choice(self.tr("Semua kelompok sasaran"), None, width=16)
        self.lay_out(
            [QLabel(self.tr("Periode")), self.date_from, self.date_to, (self.region, 2)],
            [(self.search, 3), self.organiser, self.jenis, self.sasaran],
        )
        for column, stretch in ((3, 2), (4, 1), (5, 1)):
            self.grid.setColumnStretch(column, stretch)

    def set_choices(self, choices: FormChoices) -> None:
        self.refill(self.organiser, [(name, name) for name in choices.organisers])
        self.refill(self.jenis, [(item.name, item.id) for item in choices.jenis_kegiatan])
        self.refill(self.sasaran, [(item.name, item.id) for item in choices.kelompok_sasaran])

    def current(self) -> SosialisasiFilter:
        return SosialisasiFilter(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            wilayah_code=self.region_code(),
            organiser=self.organiser.currentData() or "",
            jenis_kegiatan_id=self.jenis.currentData(),
            sasaran_id=self.sasaran.currentData(),
            text=self.search.text(),
        )
