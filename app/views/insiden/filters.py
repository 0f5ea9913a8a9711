"""The incident filter bar: period, region (any level), category, severity, status,
contest and stage, overdue only, and free-text search (Ctrl+F)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from app.models.insiden import SEVERITIES, STATUSES
from app.services.insiden.query import OPEN, InsidenFilter
from app.services.insiden.records import FormChoices
from app.services.tahapan import records as tahapan
from app.views.shell.context import Gateway
from app.views.widgets.filter_bar import FilterBar


class InsidenFilterBar(FilterBar):
    def __init__(self, gateway: Gateway, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cari nomor, lokasi, kronologi… (Ctrl+F)"), parent)
        self._gateway = gateway
        #: A filter chosen elsewhere (the dashboard), re-shown once the lists are loaded.
        self._wanted: InsidenFilter | None = None
        self.period(today)
        self.region_picker(self.tr("Semua wilayah (ketik kab/kota, kecamatan, desa)"))
        self.kategori = self.choice()
        severities = [(text, value) for value, text in SEVERITIES.items()]
        self.severity = self.choice(self.tr("Semua keparahan"), None, severities)
        statuses = [(self.tr("Terbuka (belum selesai)"), OPEN), *((s, s) for s in STATUSES)]
        self.status = self.choice(self.tr("Semua status"), "", statuses)
        # A contest first refills the stages, then the bar emits once.
        self.pemilihan = self.choice(width=18, emit=False)
        self.pemilihan.currentIndexChanged.connect(self._contest_changed)
        self.tahapan = self.choice(self.tr("Semua tahapan"), None, width=14)
        self.overdue = self.check(self.tr("Hanya terlambat ditindaklanjuti"))
        self.lay_out(
            [QLabel(self.tr("Periode")), self.date_from, self.date_to, (self.region, 2), (self.search, 2)],
            [(self.kategori, 2), self.severity, self.status, self.pemilihan, self.tahapan, self.overdue],
        )  # fmt: skip

    def set_choices(self, choices: FormChoices) -> None:
        self.refill(self.kategori, [(self.tr("Semua kategori"), None),
                                    *((item.name, item.id) for item in choices.kategori)], keep=0)  # fmt: skip
        self.refill(self.pemilihan, [(self.tr("Semua pemilihan"), None),
                                     *((item.name, item.id) for item in choices.pemilihan)], keep=0)  # fmt: skip
        if self._wanted is not None:
            self.show_filter(self._wanted)

    def _contest_changed(self) -> None:
        self.refill(self.tahapan, [])
        contest = self.pemilihan.currentData()
        if contest is not None:
            self._gateway.submit(tahapan.list_tahapan, contest, on_done=self._stages_loaded)
        self.emit_now()

    def _stages_loaded(self, stages: list[tahapan.TahapanRow]) -> None:
        self.refill(
            self.tahapan, [(f"{s.code} {s.name}", s.id) for s in stages], keep=self.tahapan.count()
        )

    def current(self) -> InsidenFilter:
        return InsidenFilter(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            wilayah_code=self.region_code(),
            kategori_id=self.kategori.currentData(),
            severity=self.severity.currentData(),
            status=self.status.currentData() or "",
            pemilihan_id=self.pemilihan.currentData(),
            tahapan_id=self.tahapan.currentData(),
            overdue_only=self.overdue.isChecked(),
            text=self.search.text(),
        )

    def show_filter(self, flt: InsidenFilter) -> None:
        """Show a filter chosen elsewhere (the dashboard) without emitting it."""
        self._wanted = flt
        with self.quietly():
            self.show_period(flt.date_from, flt.date_to)
            self.region.set_region_code(flt.wilayah_code)
            for combo, value in ((self.kategori, flt.kategori_id), (self.severity, flt.severity),
                                 (self.status, flt.status), (self.pemilihan, flt.pemilihan_id)):  # fmt: skip
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.tahapan.setCurrentIndex(0)
            self.overdue.setChecked(flt.overdue_only)
            self.search.setText(flt.text)
