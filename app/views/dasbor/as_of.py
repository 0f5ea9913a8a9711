"""The dashboard's "Data per tanggal" (SPEC 14): any earlier day the way it was at its end.

A calendar field that cannot go past today, a "Hari ini" button back to the live figures,
and a banner that says plainly, in the warning colour, that the figures shown are those
of an earlier day (``Data per 20 November 2024 pukul 24.00 WIB``).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.core import formatting, palette
from app.services.core.clock import Clock
from app.views.widgets.texts import tr_args


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class AsOfPicker(QWidget):
    """ "Data per tanggal: [26/11/2024 ▾] [Hari ini]"; ``changed`` gives the day picked."""

    changed = Signal(object)  # date

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        today = clock.today()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        # The calendar speaks the interface's language (Indonesian month and day names).
        self.edit.setLocale(QLocale())
        self.edit.calendarWidget().setLocale(QLocale())
        self.edit.setAccessibleName(self.tr("Data per tanggal"))
        self.edit.setToolTip(
            self.tr(
                "Tampilkan dasbor seperti pada akhir hari yang dipilih (tidak bisa setelah hari ini)"
            )
        )
        self.edit.setMaximumDate(_qdate(today))
        self.edit.setDate(_qdate(today))
        self.edit.dateChanged.connect(self._date_changed)
        self.today_button = QPushButton(self.tr("Hari ini"))
        self.today_button.setToolTip(self.tr("Kembali ke angka terkini"))
        self.today_button.clicked.connect(self.go_today)
        label = QLabel(self.tr("Data per:"))
        label.setBuddy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.today_button)
        self._sync()

    def today(self) -> date:
        """The desk's today (the demo's own day on a demo database); the latest day allowed."""
        today = self._clock.today()
        if self.edit.maximumDate() != _qdate(today):  # the desk ran past midnight
            self.edit.setMaximumDate(_qdate(today))
        return today

    def day(self) -> date:
        return _day(self.edit.date())

    def is_past(self) -> bool:
        return self.day() < self.today()

    def as_of(self) -> datetime | None:
        """The instant the figures are taken at: None for today (live, "now"), else the end
        of the day picked (``Clock.as_of``, the instant a brief for that day prints)."""
        return self._clock.as_of(self.day()) if self.is_past() else None

    def set_day(self, day: date) -> None:
        self.edit.setDate(_qdate(min(day, self.today())))

    def go_today(self) -> None:
        self.set_day(self.today())

    def _date_changed(self, _qdate: QDate) -> None:
        self._sync()
        self.changed.emit(self.day())

    def _sync(self) -> None:
        self.today_button.setEnabled(self.is_past())

    def describe(self) -> str:
        """``Data per 20 November 2024 pukul 24.00 WIB`` (the end of the day picked)."""
        zone = formatting.zone_abbreviation(self._clock.tz)
        return tr_args(
            self.tr("Data per %1 pukul 24.00 %2"), formatting.medium_date(self.day()), zone
        )


class AsOfBanner(QLabel):
    """Shown only while an earlier day is on screen: which day, and that it is not today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(
            f"background: {palette.WARN}; color: {palette.INK}; padding: 3px 8px;"
            " border-radius: 3px; font-weight: 600;"
        )
        self.hide()

    def show_day(self, picker: AsOfPicker) -> None:
        if picker.is_past():
            self.setText(
                tr_args(
                    self.tr(
                        '%1 — keadaan pada akhir hari itu, bukan angka terkini. Klik "Hari ini" untuk kembali.'
                    ),
                    picker.describe(),
                )
            )
            self.show()
        else:
            self.hide()
