"""Date fields. ``DateEdit`` and ``DateTimeEdit`` are Qt's, except that Tab leaves the
field in one step (Qt's own walks day → month → year → hour → minute, and the arrow keys
then change whichever part the walk stopped on); inside the field ←/→ move between its
parts. ``OptionalDateEdit`` switches its date on and off with a check box;
``make_blankable`` lets a date/time edit show nothing instead of Qt's default 01/01/2000
while no record is loaded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

DISPLAY_FORMAT = "dd/MM/yyyy"
DATETIME_FORMAT = "dd/MM/yyyy HH.mm"
#: The "no value" sentinel: the editor's minimum, shown as blank special-value text.
BLANK_DATE = QDate(1900, 1, 1)
_BLANK_TEXT = " "  # an empty string would switch the special-value text off


class DateTimeEdit(QDateTimeEdit):
    """A date and time field that Tab leaves in one step (a calendar popup to pick from)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATETIME_FORMAT)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)


class DateEdit(QDateEdit):
    """A date field that Tab leaves in one step (a calendar popup to pick from)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)


def make_blankable(edit: QDateTimeEdit) -> None:
    """Let ``edit`` show blank when set to its minimum (see ``show_blank``)."""
    edit.setMinimumDateTime(QDateTime(BLANK_DATE, QTime(0, 0)))
    edit.setSpecialValueText(_BLANK_TEXT)


def show_blank(edit: QDateTimeEdit) -> None:
    edit.setDateTime(edit.minimumDateTime())


def is_blank(edit: QDateTimeEdit) -> bool:
    return edit.dateTime() <= edit.minimumDateTime()


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The date ticking fills in (callers give the desk clock's day through set_value).
        self._fallback: date | None = None
        self.check = QCheckBox(label)
        self.edit = DateEdit()
        make_blankable(self.edit)
        show_blank(self.edit)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def _toggled(self, on: bool) -> None:
        """Ticking fills in the fallback date for quick entry; unticking empties the field."""
        self.edit.blockSignals(True)
        if on and is_blank(self.edit) and self._fallback is not None:
            fallback = self._fallback
            self.edit.setDate(QDate(fallback.year, fallback.month, fallback.day))
        elif not on:
            show_blank(self.edit)
        self.edit.blockSignals(False)
        self.edit.setEnabled(on)
        self.changed.emit()

    def value(self) -> date | None:
        if not self.check.isChecked() or is_blank(self.edit):
            return None
        qd = self.edit.date()
        return date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | None, fallback: date) -> None:
        """Show ``value`` or a blank field; ticking an empty one starts at ``fallback``."""
        self._fallback = fallback
        if value is None:
            self.check.setChecked(False)
            show_blank(self.edit)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
            self.check.setChecked(True)
        self.edit.setEnabled(value is not None)

    def clear(self) -> None:
        """No record shown: unticked and blank."""
        self.set_value(None, self._fallback)
