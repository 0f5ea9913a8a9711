"""Palette colours as Qt colours: the names live in ``app.services.core.palette`` (shared
with the PDF brief); views never write a colour of their own."""

from __future__ import annotations

from PySide6.QtGui import QColor


def qcolor(hex_: str, alpha: int = 255) -> QColor:
    """``qcolor(palette.POOR, 90)``: a palette colour, optionally see-through (a row tint)."""
    color = QColor(hex_)
    color.setAlpha(alpha)
    return color


def text_style(hex_: str) -> str:
    """A label's style sheet for text in a palette colour."""
    return f"color: {hex_};"
