"""Colours of the derived stage statuses, shared by the table, the timeline and the legend.
Status is always shown as text too, never by colour alone."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.services.core import palette
from app.services.tahapan import records as tahapan

STATUS_COLORS = {
    tahapan.BELUM_MULAI: QColor(palette.NEUTRAL),
    tahapan.BERJALAN: QColor(palette.INFO),
    tahapan.SELESAI: QColor(palette.GOOD),
    tahapan.TERLAMBAT: QColor(palette.POOR),
    tahapan.BERISIKO: QColor(palette.WARN),
}
PLANNED_COLOR = QColor(palette.PALE)
TODAY_COLOR = QColor(palette.TODAY)


def status_color(status: str) -> QColor:
    return STATUS_COLORS.get(status, QColor(palette.UNKNOWN))


def light(color: QColor) -> QColor:
    """A pale background version, readable behind black text."""
    pale = QColor(color)
    pale.setAlpha(60)
    return pale
