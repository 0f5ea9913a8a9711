"""The incident filter bar: period, region (any level), category, severity, status,
contest and stage, overdue only, and free-text search (Ctrl+F)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.models.insiden import SEVERITIES, STATUSES
from app.services.insiden.query import OPEN, InsidenFilter
from app.services.insiden.records import FormChoices
from app.services.tahapan import records as tahapan
from app.views.shell.context import Gateway
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.region_picker import RegionPicker

#: Typing in the search box waits this long before querying, so each key is not a query.
SEARCH_DELAY_MS = 250


class InsidenFilterBar(QWidget):
    changed = Signal(object)  # InsidenFilter

    def __init__(self, gateway: Gateway, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        #: A filter chosen elsewhere (the dashboard), re-shown once the lists are loaded.
        self._wanted: InsidenFilter | None = None
        self.date_from = OptionalDateEdit(self.tr("dari"))
        self.date_to = OptionalDateEdit(self.tr("sampai"))
        self.date_from.set_value(None, today)
        self.date_to.set_value(None, today)
        self.region = RegionPicker(None)
        self.region.setPlaceholderText(self.tr("Semua wilayah (ketik kab/kota, kecamatan, desa)"))
        self.kategori = QComboBox()
        self.severity = QComboBox()
        self.severity.addItem(self.tr("Semua keparahan"), None)
        for value, text in SEVERITIES.items():
            self.severity.addItem(text, value)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), "")
        self.status.addItem(self.tr("Terbuka (belum selesai)"), OPEN)
        for status in STATUSES:
            self.status.addItem(status, status)
        self.pemilihan = QComboBox()
        self.pemilihan.setMinimumContentsLength(18)
        self.tahapan = QComboBox()
        self.tahapan.setMinimumContentsLength(14)
        self.tahapan.addItem(self.tr("Semua tahapan"), None)
        self.overdue = QCheckBox(self.tr("Hanya terlambat ditindaklanjuti"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, lokasi, kronologi… (Ctrl+F)"))
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
        grid.addWidget(self.search, 0, 5, 1, 2)
        grid.addWidget(self.kategori, 1, 0, 1, 2)
        grid.addWidget(self.severity, 1, 2)
        grid.addWidget(self.status, 1, 3)
        grid.addWidget(self.pemilihan, 1, 4)
        grid.addWidget(self.tahapan, 1, 5)
        grid.addWidget(self.overdue, 1, 6)
        for signal in (self.date_from.changed, self.overdue.toggled):
            signal.connect(self._emit)
        self.date_to.changed.connect(self._emit)
        for combo in (self.kategori, self.severity, self.status, self.tahapan):
            combo.currentIndexChanged.connect(self._emit)
        self.pemilihan.currentIndexChanged.connect(self._contest_changed)
        self.region.changed.connect(lambda _ref: self._emit())
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def set_choices(self, choices: FormChoices) -> None:
        for combo in (self.kategori, self.pemilihan):
            combo.blockSignals(True)
        self.kategori.clear()
        self.kategori.addItem(self.tr("Semua kategori"), None)
        for item in choices.kategori:
            self.kategori.addItem(item.name, item.id)
        self.pemilihan.clear()
        self.pemilihan.addItem(self.tr("Semua pemilihan"), None)
        for item in choices.pemilihan:
            self.pemilihan.addItem(item.name, item.id)
        for combo in (self.kategori, self.pemilihan):
            combo.blockSignals(False)
        if self._wanted is not None:
            self.show_filter(self._wanted)

    def _contest_changed(self) -> None:
        self.tahapan.blockSignals(True)
        self.tahapan.clear()
        self.tahapan.addItem(self.tr("Semua tahapan"), None)
        self.tahapan.blockSignals(False)
        contest = self.pemilihan.currentData()
        if contest is not None:
            self._gateway.submit(tahapan.list_tahapan, contest, on_done=self._stages_loaded)
        self._emit()

    def _stages_loaded(self, stages: list[tahapan.TahapanRow]) -> None:
        self.tahapan.blockSignals(True)
        for stage in stages:
            self.tahapan.addItem(f"{stage.code} {stage.name}", stage.id)
        self.tahapan.blockSignals(False)

    def current(self) -> InsidenFilter:
        region = self.region.region()
        return InsidenFilter(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            wilayah_code=region.code if region else "",
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
        widgets = (self, self.date_from, self.date_to, self.region, self.kategori, self.severity,
                   self.status, self.pemilihan, self.tahapan, self.overdue, self.search)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        for edit, value in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
            edit.set_value(value, value or edit.edit.date().toPython())
        self.region.set_region_code(flt.wilayah_code)
        for combo, value in ((self.kategori, flt.kategori_id), (self.severity, flt.severity),
                             (self.status, flt.status), (self.pemilihan, flt.pemilihan_id)):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.tahapan.setCurrentIndex(0)
        self.overdue.setChecked(flt.overdue_only)
        self.search.setText(flt.text)
        for widget in widgets:
            widget.blockSignals(False)

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())
