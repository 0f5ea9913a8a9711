"""The only module that assigns keyboard shortcuts, so none collide.

Plain values (standard keys and strings), turned into QKeySequence where they are used:
a QKeySequence must not be built before the QApplication exists.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

REFRESH = StandardKey.Refresh  # F5
QUIT = "Ctrl+Q"
SAVE = StandardKey.Save  # Ctrl+S
NEW = StandardKey.New  # Ctrl+N
FIND = StandardKey.Find  # Ctrl+F
IMPORT = "Ctrl+I"
ADD_NOTE = "Ctrl+M"


def key(value: StandardKey | str) -> QKeySequence:
    return QKeySequence(value)


def page(index: int) -> QKeySequence:
    """Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth page."""
    return QKeySequence(f"Ctrl+{(index + 1) % 10}")
