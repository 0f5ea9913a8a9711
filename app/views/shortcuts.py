"""The only module that assigns keyboard shortcuts, so none collide."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

REFRESH = QKeySequence(StandardKey.Refresh)  # F5
QUIT = QKeySequence("Ctrl+Q")
SAVE = QKeySequence(StandardKey.Save)  # Ctrl+S
NEW = QKeySequence(StandardKey.New)  # Ctrl+N
FIND = QKeySequence(StandardKey.Find)  # Ctrl+F
IMPORT = QKeySequence("Ctrl+I")
ADD_NOTE = QKeySequence("Ctrl+M")


def page(index: int) -> QKeySequence:
    """Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth page."""
    return QKeySequence(f"Ctrl+{(index + 1) % 10}")
