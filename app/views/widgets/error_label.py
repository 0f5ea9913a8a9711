"""The one line where a page or dialog says what went wrong, in the palette's error colour.

Hidden while there is nothing to say, so it takes no room. A page hands it to the task
gateway (``ctx.reporting_to(...)``) and every use case it submits without an ``on_error``
reports a domain error here; anything unexpected still goes to the error dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.services.core import palette
from app.views.widgets.colors import text_style


class ErrorLabel(QLabel):
    def __init__(
        self, parent: QWidget | None = None, *, name: str = "formError", hide_empty: bool = True
    ) -> None:
        """``hide_empty=False`` for a result line that keeps its place beside a button."""
        super().__init__(parent)
        self._hide_empty = hide_empty
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet(text_style(palette.ERROR_TEXT))
        self.setVisible(not hide_empty)

    def show_error(self, message: str) -> None:
        """Show ``message`` in the error colour; "" clears (and hides) the line."""
        self.setStyleSheet(text_style(palette.ERROR_TEXT))
        self._show(message)

    def show_message(self, message: str) -> None:
        """Show ``message`` as plain text (a success or a progress note) in the same place."""
        self.setStyleSheet("")
        self._show(message)

    def _show(self, message: str) -> None:
        self.setText(message)
        if self._hide_empty:
            self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.show_error("")
