"""Per-PC preferences, declared once over QSettings (key, default, type, check).

Desk-wide values that decide figures live in the database (``services.pengaturan``).
Tests point QSettings at a temporary folder (``tests/conftest.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from app import APP_NAME, ORG_NAME


@dataclass(frozen=True)
class Field:
    key: str
    default: Any
    type: type
    check: Callable[[Any], bool] = lambda _v: True


FIELDS: dict[str, Field] = {
    f.key: f
    for f in (
        Field("db/url", "", str),
        Field("ui/language", "id", str, lambda v: v in ("id", "en")),
        Field("ui/last_page", "dasbor", str),
        Field("demo/role", "Operator", str),
    )
}


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        # QSettings() (not QSettings(org, app)) honours setDefaultFormat/setPath, which is
        # how tests keep their settings out of the real user profile; the registry on
        # Windows otherwise.
        if not QCoreApplication.organizationName():
            QCoreApplication.setOrganizationName(ORG_NAME)
            QCoreApplication.setApplicationName(APP_NAME)
        self._q = qsettings or QSettings()

    def get(self, key: str) -> Any:
        field = FIELDS[key]
        value = self._q.value(key, field.default)
        try:
            value = field.type(value) if value is not None else field.default
        except (TypeError, ValueError):
            return field.default
        return value if field.check(value) else field.default

    def set(self, key: str, value: Any) -> None:
        field = FIELDS[key]
        if not isinstance(value, field.type) or not field.check(value):
            raise ValueError(f"invalid value for setting {key}: {value!r}")
        self._q.setValue(key, value)

    # Window and splitter layout are saved generically, keyed by object name.
    def save_state(self, name: str, state: QByteArray) -> None:
        self._q.setValue(f"layout/{name}", state)

    def load_state(self, name: str) -> QByteArray | None:
        value = self._q.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None

    def sync(self) -> None:
        self._q.sync()
