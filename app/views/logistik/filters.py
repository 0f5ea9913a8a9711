"""The consignment filter bar: region (any level), destination level, item, status,
contest, at-risk only, and free-text search (Ctrl+F)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.models.logistik import LEVELS, STATUSES
from app.services.logistik.detail import LogistikChoices
from app.services.logistik.query import LogistikFilter
from app.views.widgets.filter_bar import FilterBar


class LogistikFilterBar(FilterBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cari nomor, asal, berita acara… (Ctrl+F)"), parent)
        self.region_picker(self.tr("Semua wilayah tujuan (kab/kota, kecamatan, desa)"))
        self.level = self.choice(self.tr("Semua tingkat tujuan"), "", [(v, v) for v in LEVELS[1:]])
        self.jenis = self.choice(self.tr("Semua barang"), None)
        self.status = self.choice(self.tr("Semua status"), "", [(s, s) for s in STATUSES])
        self.pemilihan = self.choice(self.tr("Semua pemilihan"), None, width=16)
        self.at_risk = self.check(self.tr("Hanya berisiko/terlambat"))
        self.lay_out(
            [(self.region, 2), (self.search, 2), self.at_risk],
            [self.level, self.jenis, self.status, (self.pemilihan, 2)],
        )

    def set_choices(self, choices: LogistikChoices) -> None:
        self.refill(self.jenis, [(item.name, item.id) for item in choices.jenis])
        self.refill(self.pemilihan, [(item.name, item.id) for item in choices.pemilihan])

    def current(self) -> LogistikFilter:
        return LogistikFilter(
            wilayah_code=self.region_code(),
            destination_level=self.level.currentData() or "",
            jenis_id=self.jenis.currentData(),
            status=self.status.currentData() or "",
            pemilihan_id=self.pemilihan.currentData(),
            at_risk=self.at_risk.isChecked(),
            text=self.search.text(),
        )
