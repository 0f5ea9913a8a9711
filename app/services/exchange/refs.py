"""Natural keys of the seeded reference rows, both ways: local id → travelling key (when a
package is made) and travelling key → local id (when one is taken in).

A key travels as a string for one column (a wilayah code) and as a list otherwise; a key
column that is itself a reference holds that row's key, e.g. a tahapan is
``[["bupati", "36.01"], "1.2"]``: its contest (kind, wilayah code) and its code.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.exchange.tables import ACUAN, Acuan, table, target


def freeze(value: Any) -> Any:
    """A travelling key as a hashable value (lists become tuples)."""
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value


class Refs:
    """Loaded lazily, once per package, per reference table."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._keys: dict[str, dict[int, Any]] = {}
        self._ids: dict[str, dict[Any, int]] = {}

    def _load(self, name: str) -> None:
        if name in self._keys:
            return
        spec: Acuan = ACUAN[name]
        source = table(name)
        rows = self._session.execute(select(source.c.id, *(source.c[k] for k in spec.key)))
        keys: dict[int, Any] = {}
        for row in rows:
            parts = []
            for column_name, value in zip(spec.key, row[1:], strict=True):
                refers = target(source.c[column_name])
                parts.append(self.key_of(refers, value) if refers and value is not None else value)
            keys[row[0]] = parts[0] if len(parts) == 1 else tuple(parts)
        self._keys[name] = keys
        self._ids[name] = {key: row_id for row_id, key in keys.items()}

    def key_of(self, name: str, row_id: int) -> Any:
        self._load(name)
        return self._keys[name].get(row_id)

    def id_of(self, name: str, key: Any) -> int | None:
        self._load(name)
        return self._ids[name].get(freeze(key))

    def add(self, name: str, key: Any, row_id: int) -> None:
        """A row created during this import (a referensi item the package brought)."""
        self._load(name)
        self._keys[name][row_id] = freeze(key)
        self._ids[name][freeze(key)] = row_id


def describe_key(name: str, key: Any) -> str:
    """A travelling key in words: ``wilayah 37.01``, ``referensi kategori_insiden/KAMTIBMAS``."""

    def flat(value: Any) -> str:
        if isinstance(value, (list, tuple)):
            return "/".join(flat(v) for v in value)
        return str(value)

    return f"{ACUAN[name].label.lower()} {flat(key)}"
