"""The incident data form, in the order a phone report is taken: when, where, what, how
bad, who reported, what happened. Tab moves field to field; Ctrl+S saves (on the page)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.models.insiden import SEVERITIES
from app.services.core.clock import Clock
from app.services.insiden.records import FormChoices, InsidenForm
from app.services.tahapan import records as tahapan
from app.views.shell.context import Gateway
from app.views.widgets.optional_date import DateTimeEdit, is_blank, make_blankable, show_blank
from app.views.widgets.region_picker import RegionPicker
from app.views.widgets.texts import tr_args


def _text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class InsidenFormWidget(QWidget):
    def __init__(self, gateway: Gateway, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz = clock.tz
        self._gateway = gateway
        self._tahapan_id: int | None = None
        self._stage_request = 0
        self.occurred = DateTimeEdit()
        self.occurred.setTimeZone(QTimeZone(tz.key.encode()))
        make_blankable(self.occurred)  # no incident shown (read-only roles): blank, not 2000
        show_blank(self.occurred)
        self.wilayah = RegionPicker(None)
        self.tps = QLineEdit()
        self.tps.setPlaceholderText(self.tr("mis. 5 atau TPS 005 (boleh kosong)"))
        self.place = QLineEdit()
        self.kategori = QComboBox()
        self.kategori.setEditable(False)
        self.severity = QComboBox()
        for value, text in SEVERITIES.items():
            self.severity.addItem(text, value)
        self.sumber = QComboBox()
        self.reporter = QLineEdit()
        self.reporter_phone = QLineEdit()
        self.reporter_phone.setPlaceholderText(self.tr("data pribadi; disamarkan saat ekspor"))
        self.chronology = _text_box(90)
        self.parties = _text_box(48)
        self.losses = _text_box(48)
        self.actions = _text_box(48)
        self.pemilihan = QComboBox()
        self.tahapan = QComboBox()
        self.pemilihan.currentIndexChanged.connect(self._contest_changed)
        self.latitude = QDoubleSpinBox()
        self.longitude = QDoubleSpinBox()
        for spin, low, high in ((self.latitude, -11.5, 6.5), (self.longitude, 94.5, 141.5)):
            spin.setDecimals(6)
            spin.setRange(low - 0.000001, high)
            spin.setSpecialValueText(self.tr("—"))
            spin.setValue(spin.minimum())
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        self.linked.setVisible(False)
        form = QFormLayout(self)
        form.addRow(self.linked)
        form.addRow(self.tr("&Waktu kejadian*"), self.occurred)
        form.addRow(self.tr("Wila&yah*"), self.wilayah)
        form.addRow(self.tr("T&PS"), self.tps)
        form.addRow(self.tr("Lo&kasi"), self.place)
        form.addRow(self.tr("Kate&gori*"), self.kategori)
        form.addRow(self.tr("Kepara&han*"), self.severity)
        form.addRow(self.tr("S&umber"), self.sumber)
        form.addRow(self.tr("Pe&lapor"), self.reporter)
        form.addRow(self.tr("Telepon pelap&or"), self.reporter_phone)
        form.addRow(self.tr("K&ronologi*"), self.chronology)
        form.addRow(self.tr("Pihak terl&ibat"), self.parties)
        form.addRow(self.tr("Korban/kerugia&n"), self.losses)
        form.addRow(self.tr("Tin&dakan"), self.actions)
        form.addRow(self.tr("Pe&milihan"), self.pemilihan)
        form.addRow(self.tr("T&ahapan"), self.tahapan)
        form.addRow(self.tr("Lin&tang"), self.latitude)
        form.addRow(self.tr("Bu&jur"), self.longitude)
        self._linked_to: int | None = None
        self._tahapan_id: int | None = None
        self._reported_at: datetime | None = None
        self._loading = False
        #: True once the user changed something since the form was last loaded.
        self.dirty = False
        for edit in (self.tps, self.place, self.reporter, self.reporter_phone, self.wilayah):
            edit.textEdited.connect(self._touched)
        for box in (self.chronology, self.parties, self.losses, self.actions):
            box.textChanged.connect(self._touched)
        for combo in (self.kategori, self.severity, self.sumber, self.pemilihan):
            combo.activated.connect(self._touched)
        self.occurred.dateTimeChanged.connect(self._touched)
        self.latitude.valueChanged.connect(self._touched)
        self.tahapan.activated.connect(self._touched)
        self.longitude.valueChanged.connect(self._touched)

    def _contest_changed(self, *_args) -> None:
        """The stage list follows the contest; stages load on the worker thread, and only
        the answer to the latest request is shown."""
        self._stage_request += 1
        request = self._stage_request
        self.tahapan.clear()
        self.tahapan.addItem(self.tr("— (tidak terkait satu tahapan)"), None)
        contest = self.pemilihan.currentData()
        if contest is not None:
            self._gateway.submit(
                tahapan.list_tahapan,
                contest,
                on_done=lambda rows: self._stages_loaded(request, rows),
            )

    def _stages_loaded(self, request: int, rows) -> None:
        if request != self._stage_request:
            return
        for row in rows:
            self.tahapan.addItem(f"{row.code} {row.name}", row.id)
        self.tahapan.setCurrentIndex(max(self.tahapan.findData(self._tahapan_id), 0))

    def _touched(self, *_args) -> None:
        if not self._loading:
            self.dirty = True

    def _select(self, combo: QComboBox, value: object) -> None:
        """Show the stored value; one that is no longer offered (deactivated) is kept and
        marked, never silently replaced by the first item."""
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.addItem(tr_args(self.tr("(tidak aktif lagi) #%1"), value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def set_choices(self, choices: FormChoices) -> None:
        self.kategori.clear()
        self.kategori.addItem(self.tr("— pilih kategori —"), None)
        for item in choices.kategori:
            # The IKP dimension beside the name, once: "Lainnya", not "Lainnya (Lainnya)".
            grouped = item.group and item.group.casefold() != item.name.casefold()
            self.kategori.addItem(f"{item.name} ({item.group})" if grouped else item.name, item.id)
        self.sumber.clear()
        self.sumber.addItem(self.tr("—"), None)
        for item in choices.sumber:
            self.sumber.addItem(item.name, item.id)
        self.pemilihan.clear()
        self.pemilihan.addItem(self.tr("— (tidak terkait satu pemilihan)"), None)
        for item in choices.pemilihan:
            self.pemilihan.addItem(item.name, item.id)

    def _when(self) -> datetime | None:
        if is_blank(self.occurred):
            return None
        return datetime.fromtimestamp(self.occurred.dateTime().toSecsSinceEpoch(), UTC)

    def set_when(self, moment: datetime) -> None:
        self.occurred.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone(self._tz.key.encode()))
        )

    @staticmethod
    def _coordinate(spin: QDoubleSpinBox) -> float | None:
        return None if spin.value() == spin.minimum() else spin.value()

    def form(self) -> InsidenForm:
        region = self.wilayah.region()
        return InsidenForm(
            occurred_at=self._when(),
            wilayah_id=region.id if region else None,
            tps=self.tps.text(),
            place_detail=self.place.text(),
            latitude=self._coordinate(self.latitude),
            longitude=self._coordinate(self.longitude),
            kategori_id=self.kategori.currentData(),
            pemilihan_id=self.pemilihan.currentData(),
            tahapan_id=self.tahapan.currentData(),
            severity=self.severity.currentData(),
            sumber_id=self.sumber.currentData(),
            reporter=self.reporter.text(),
            reporter_phone=self.reporter_phone.text(),
            reported_at=self._reported_at,
            chronology=self.chronology.toPlainText(),
            parties=self.parties.toPlainText(),
            losses=self.losses.toPlainText(),
            actions_taken=self.actions.toPlainText(),
            linked_to_id=self._linked_to,
        )

    def load(self, form: InsidenForm, linked_number: str = "") -> None:
        self._loading = True
        try:
            self.set_when(form.occurred_at or self._clock.now_utc())
            self.wilayah.set_region_id(form.wilayah_id)
            self.tps.setText(form.tps)
            self.place.setText(form.place_detail)
            self._select(self.kategori, form.kategori_id)
            self._select(self.severity, form.severity)
            self._select(self.sumber, form.sumber_id)
            self.reporter.setText(form.reporter)
            self.reporter_phone.setText(form.reporter_phone)
            self.chronology.setPlainText(form.chronology)
            self.parties.setPlainText(form.parties)
            self.losses.setPlainText(form.losses)
            self.actions.setPlainText(form.actions_taken)
            self._select(self.pemilihan, form.pemilihan_id)
            self.latitude.setValue(
                form.latitude if form.latitude is not None else self.latitude.minimum()
            )
            self.longitude.setValue(
                form.longitude if form.longitude is not None else self.longitude.minimum()
            )
            self._linked_to = form.linked_to_id
            self._tahapan_id = form.tahapan_id
            self._contest_changed()
            self._reported_at = form.reported_at
            self._show_link(linked_number)
        finally:
            self._loading = False
        self.dirty = False

    def link_to(self, insiden_id: int, number: str) -> None:
        self._linked_to = insiden_id
        self._show_link(number)

    def _show_link(self, number: str) -> None:
        self.linked.setText(
            tr_args(self.tr("<b>Laporan lanjutan dari %1</b> — bagian dari insiden itu, "
                            "bukan insiden tersendiri."), number) if number else ""
        )  # fmt: skip
        self.linked.setVisible(bool(number))

    def clear_for_new(self, now: datetime) -> None:
        self.load(InsidenForm(occurred_at=now, severity=2))
        self.occurred.setFocus()
