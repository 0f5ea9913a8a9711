"""Remembering splitters and table columns per page (SPEC 6: remembered layout)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QByteArray

from app.settings import Settings


class _Stateful(Protocol):
    def saveState(self) -> QByteArray: ...  # noqa: N802

    def restoreState(self, state: QByteArray) -> bool: ...  # noqa: N802


def restore(settings: Settings, parts: Iterable[tuple[str, _Stateful]]) -> None:
    for name, part in parts:
        state = settings.load_state(name)
        if state is not None:
            part.restoreState(state)


def save(settings: Settings, parts: Iterable[tuple[str, _Stateful]]) -> None:
    for name, part in parts:
        settings.save_state(name, part.saveState())
