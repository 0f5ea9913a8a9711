"""The outreach session form, in the order an activity report is read: when, where, who
organised what for whom, how many came, what it cost. Tab moves field to field; Ctrl+S
saves (on the page). Mistakes come back from the service with the field named, and the
page puts the cursor there."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services.core import formatting
from app.services.core.clock import Clock
from app.services.sosialisasi.records import FormChoices, SosialisasiForm
from app.views.widgets.region_picker import RegionPicker
from app.views.widgets.texts import tr_args

DATETIME_FORMAT = "dd/MM/yyyy HH.mm"
#: A new session lasts this long unless the operator says otherwise.
DEFAULT_LENGTH = timedelta(hours=2)


def rupiah(value: int | None) -> str:
    """``Rp 5.000.000``; empty for no budget."""
    return "" if value is None else f"Rp {formatting.number(value)}"


def parse_rupiah(text: str) -> int | None:
    """``Rp 5.000.000``, ``5000000``, ``5.000.000,00`` → 5000000; None when empty.
    Raises ValueError for text that is not an amount."""
    value = text.strip().removeprefix("Rp").removeprefix("rp").strip()
    if not value:
        return None
    value = re.sub(r",0{1,2}$", "", value).replace(".", "").replace(" ", "")
    if not value.isdigit():
        raise ValueError(value)
    return int(value)


class CountBox(QSpinBox):
    """A whole number that may be left empty (shown as ``—``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, 10_000_000)
        self.setSpecialValueText("—")
        self.setGroupSeparatorShown(True)
        self.setValue(-1)

    def number(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


class SosialisasiFormWidget(QWidget):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz = clock.tz
        qtz = QTimeZone(tz.key.encode())
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(DATETIME_FORMAT)
            edit.setCalendarPopup(True)
            edit.setTimeZone(qtz)
        self.has_end = QCheckBox(self.tr("selesai"))
        self.has_end.setChecked(True)
        self.has_end.toggled.connect(self.ends.setEnabled)
        ends_row = QHBoxLayout()
        ends_row.setContentsMargins(0, 0, 0, 0)
        ends_row.addWidget(self.has_end)
        ends_row.addWidget(self.ends, 1)
        self.wilayah = RegionPicker(None)
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("mis. Aula kantor kecamatan"))
        self.organiser = QComboBox()
        self.jenis = QComboBox()
        self.sasaran = QListWidget()
        self.sasaran.setMinimumHeight(90)
        self.sasaran.setToolTip(self.tr("Centang satu atau beberapa kelompok sasaran"))
        self.speakers = QLineEdit()
        self.topic = QLineEdit()
        self.pemilihan = QComboBox()
        self.planned = CountBox()
        self.men = CountBox()
        self.women = CountBox()
        self.disabled = CountBox()
        self.disabled.setToolTip(self.tr("Termasuk dalam jumlah laki-laki dan perempuan"))
        self.attendance_sum = QLabel()
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("mis. 5.000.000"))
        self.budget.editingFinished.connect(self._format_budget)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        form = QFormLayout(self)
        form.addRow(self.tr("Mulai*"), self.starts)
        form.addRow(self.tr("Selesai"), ends_row)
        form.addRow(self.tr("Wilayah*"), self.wilayah)
        form.addRow(self.tr("Tempat"), self.venue)
        form.addRow(self.tr("Penyelenggara*"), self.organiser)
        form.addRow(self.tr("Jenis kegiatan*"), self.jenis)
        form.addRow(self.tr("Kelompok sasaran*"), self.sasaran)
        form.addRow(self.tr("Topik*"), self.topic)
        form.addRow(self.tr("Narasumber"), self.speakers)
        form.addRow(self.tr("Pemilihan"), self.pemilihan)
        form.addRow(self.tr("Rencana peserta"), self.planned)
        form.addRow(self.tr("Hadir laki-laki"), self.men)
        form.addRow(self.tr("Hadir perempuan"), self.women)
        form.addRow(self.tr("Hadir disabilitas"), self.disabled)
        form.addRow("", self.attendance_sum)
        form.addRow(self.tr("Anggaran (Rp)"), self.budget)
        form.addRow(self.tr("Catatan"), self.notes)
        #: Form field name of the service → the widget to focus when it is refused.
        self.fields: dict[str, QWidget] = {
            "starts_at": self.starts, "ends_at": self.ends, "wilayah": self.wilayah,
            "organiser": self.organiser, "jenis_kegiatan": self.jenis, "sasaran": self.sasaran,
            "topic": self.topic, "pemilihan": self.pemilihan, "planned_participants": self.planned,
            "attendance_men": self.men, "attendance_women": self.women,
            "attendance_disabled": self.disabled, "budget": self.budget,
        }  # fmt: skip
        self._loading = False
        #: True once the user changed something since the form was last loaded.
        self.dirty = False
        for edit in (self.venue, self.speakers, self.topic, self.budget, self.wilayah):
            edit.textEdited.connect(self._touched)
        self.notes.textChanged.connect(self._touched)
        for combo in (self.organiser, self.jenis, self.pemilihan):
            combo.activated.connect(self._touched)
        for box in (self.planned, self.men, self.women, self.disabled):
            box.valueChanged.connect(self._touched)
        for box in (self.men, self.women, self.disabled):
            box.valueChanged.connect(self._show_sum)
        self.starts.dateTimeChanged.connect(self._touched)
        self.ends.dateTimeChanged.connect(self._touched)
        self.has_end.toggled.connect(self._touched)
        self.sasaran.itemChanged.connect(self._touched)

    def _touched(self, *_args) -> None:
        if not self._loading:
            self.dirty = True

    def _show_sum(self, *_args) -> None:
        men, women = self.men.number(), self.women.number()
        if men is None and women is None:
            self.attendance_sum.setText(self.tr("Kehadiran belum diisi"))
            return
        total = (men or 0) + (women or 0)
        self.attendance_sum.setText(tr_args(self.tr("Jumlah hadir: %1"), formatting.number(total)))

    def _format_budget(self) -> None:
        try:
            value = parse_rupiah(self.budget.text())
        except ValueError:
            return  # kept as typed; saving says what is wrong
        self.budget.setText(rupiah(value))

    def set_choices(self, choices: FormChoices) -> None:
        self.organiser.clear()
        self.organiser.addItem(self.tr("— pilih penyelenggara —"), "")
        for name in choices.organisers:
            self.organiser.addItem(name, name)
        self.jenis.clear()
        self.jenis.addItem(self.tr("— pilih jenis kegiatan —"), None)
        for item in choices.jenis_kegiatan:
            if item.active:
                self.jenis.addItem(item.name, item.id)
        self.pemilihan.clear()
        self.pemilihan.addItem(self.tr("— (tidak terkait satu pemilihan)"), None)
        for item in choices.pemilihan:
            self.pemilihan.addItem(item.name, item.id)
        self._loading = True
        self.sasaran.clear()
        for item in choices.kelompok_sasaran:
            if item.active:
                self._add_group(item.id, item.name)
        self._loading = False
        rows = max(self.sasaran.count(), 1)
        frame = 2 * self.sasaran.frameWidth()
        self.sasaran.setFixedHeight(self.sasaran.sizeHintForRow(0) * rows + frame + 2)

    def _add_group(self, ref_id: int, name: str) -> QListWidgetItem:
        entry = QListWidgetItem(name, self.sasaran)
        entry.setData(Qt.ItemDataRole.UserRole, ref_id)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Unchecked)
        return entry

    def _select(self, combo: QComboBox, value: object) -> None:
        """Show the stored value; one no longer offered (deactivated) is kept and marked."""
        index = combo.findData(value)
        if index < 0 and value not in (None, ""):
            combo.addItem(tr_args(self.tr("(tidak aktif lagi) #%1"), value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _moment(self, edit: QDateTimeEdit) -> datetime:
        return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)

    def _show_moment(self, edit: QDateTimeEdit, moment: datetime) -> None:
        qtz = QTimeZone(self._tz.key.encode())
        edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), qtz))

    def checked_groups(self) -> tuple[int, ...]:
        return tuple(
            self.sasaran.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sasaran.count())
            if self.sasaran.item(i).checkState() == Qt.CheckState.Checked
        )

    def check_groups(self, ids: tuple[int, ...], names: tuple[str, ...] = ()) -> None:
        wanted = set(ids)
        found = set()
        for i in range(self.sasaran.count()):
            entry = self.sasaran.item(i)
            ref_id = entry.data(Qt.ItemDataRole.UserRole)
            found.add(ref_id)
            checked = Qt.CheckState.Checked if ref_id in wanted else Qt.CheckState.Unchecked
            entry.setCheckState(checked)
        for ref_id in sorted(wanted - found):  # deactivated since: shown, kept, marked
            label = tr_args(self.tr("(tidak aktif lagi) #%1"), ref_id)
            self._add_group(ref_id, label).setCheckState(Qt.CheckState.Checked)

    def form(self) -> SosialisasiForm:
        """What is on screen; a budget that is not an amount raises ValueError."""
        region = self.wilayah.region()
        return SosialisasiForm(
            starts_at=self._moment(self.starts),
            ends_at=self._moment(self.ends) if self.has_end.isChecked() else None,
            wilayah_id=region.id if region else None,
            pemilihan_id=self.pemilihan.currentData(),
            venue=self.venue.text(),
            organiser=self.organiser.currentData() or "",
            jenis_kegiatan_id=self.jenis.currentData(),
            sasaran_ids=self.checked_groups(),
            speakers=self.speakers.text(),
            topic=self.topic.text(),
            planned_participants=self.planned.number(),
            attendance_men=self.men.number(),
            attendance_women=self.women.number(),
            attendance_disabled=self.disabled.number(),
            budget=parse_rupiah(self.budget.text()),
            notes=self.notes.toPlainText(),
        )

    def load(self, form: SosialisasiForm) -> None:
        self._loading = True
        try:
            starts = form.starts_at or self._clock.now_utc()
            self._show_moment(self.starts, starts)
            self._show_moment(self.ends, form.ends_at or starts + DEFAULT_LENGTH)
            self.has_end.setChecked(form.ends_at is not None or form.starts_at is None)
            self.wilayah.set_region_id(form.wilayah_id)
            self.venue.setText(form.venue)
            self._select(self.organiser, form.organiser)
            self._select(self.jenis, form.jenis_kegiatan_id)
            self.check_groups(form.sasaran_ids)
            self.topic.setText(form.topic)
            self.speakers.setText(form.speakers)
            self._select(self.pemilihan, form.pemilihan_id)
            self.planned.set_number(form.planned_participants)
            self.men.set_number(form.attendance_men)
            self.women.set_number(form.attendance_women)
            self.disabled.set_number(form.attendance_disabled)
            self.budget.setText(rupiah(form.budget))
            self.notes.setPlainText(form.notes)
            self._show_sum()
        finally:
            self._loading = False
        self.dirty = False

    def clear_for_new(self, now: datetime) -> None:
        start = now.astimezone(self._tz).replace(minute=0, second=0, microsecond=0)
        self.load(SosialisasiForm(starts_at=start, ends_at=start + DEFAULT_LENGTH))
        self.starts.setFocus()
