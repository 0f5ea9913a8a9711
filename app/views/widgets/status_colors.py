"""Colours of the derived stage statuses, shared by the table, the timeline and the legend.
Status is always shown as text too, never by colour alone."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.services.tahapan import records as tahapan

STATUS_COLORS = {
    tahapan.BELUM_MULAI: QColor("#9aa5b1"),
    tahapan.BERJALAN: QColor("#2f80ed"),
    tahapan.SELESAI: QColor("#27ae60"),
    tahapan.TERLAMBAT: QColor("#d64545"),
    tahapan.BERISIKO: QColor("#f2994a"),
}
PLANNED_COLOR = QColor("#d5dde6")
TODAY_COLOR = QColor("#c0392b")


def status_color(status: str) -> QColor:
    return STATUS_COLORS.get(status, QColor("#777777"))


def light(color: QColor) -> QColor:
    """A pale background version, readable behind black text."""
    pale = QColor(color)
    pale.setAlpha(60)
    return pale
