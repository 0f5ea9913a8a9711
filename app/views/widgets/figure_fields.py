"""Number fields that may be empty (unknown is not zero): counts typed Indonesian style
("8.926.662") and scores with a decimal comma ("77,74"). Shared by the Partisipasi and
Kerawanan forms."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.core.formatting import number
from app.services.importing.values import CellError, parse_float, parse_int


class CountField(QLineEdit):
    """A whole number ≥ 0, or empty (None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("kosong = belum diketahui"))
        self.setClearButtonEnabled(True)

    def value(self) -> int | None:
        """Raises ``CellError`` (Indonesian) for text that is not a whole number."""
        return parse_int(self.text())

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else number(value))


class ScoreField(QLineEdit):
    """A decimal number (comma or point), or empty (None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("mis. 77,74"))
        self.setClearButtonEnabled(True)

    def value(self) -> float | None:
        return parse_float(self.text())

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else number(value, 2))


def read(fields: dict[str, CountField | ScoreField]) -> tuple[dict, str | None, str]:
    """Values of ``fields``; on a bad entry (values, field key, Indonesian message)."""
    values = {}
    for key, field in fields.items():
        try:
            values[key] = field.value()
        except CellError as error:
            return values, key, str(error)
    return values, None, ""
