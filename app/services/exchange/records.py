"""Rows to travelling JSON records and back, column by column from the metadata.

Decoding checks every value against its column (type, length, null) so a damaged or
edited package is refused with a message naming the record and column, before anything
is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Column

from app.services.core.errors import DomainError
from app.services.exchange.refs import Refs, describe_key, freeze
from app.services.exchange.tables import ACUAN, BY_NAME, Exchanged, table, target

UID_LENGTH = 36


class PackageError(DomainError):
    """The package cannot be taken in; nothing was written."""


@dataclass(slots=True)
class Incoming:
    """One travelling record, checked: plain values with reference rows resolved to local
    ids, and references to other records still as uids (they may arrive in this package)."""

    uid: str
    values: dict[str, Any]
    #: column → (table, uid) of the record it refers to.
    links: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: association table → rows (without the parent column).
    sets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: References to reference rows this desk lacks (the package may bring them):
    #: (dict holding the value, column, acuan table, travelling key), filled by ``fill``.
    pending: list[tuple[dict[str, Any], str, str, Any]] = field(default_factory=list)

    def fill(self, refs: Refs) -> None:
        """Resolve the pending references once the missing reference rows exist."""
        for holder, column, acuan, key in self.pending:
            holder[column] = refs.id_of(acuan, key)
        self.pending.clear()


@cache
def python_type(column: Column) -> type:
    kind = column.type
    kind = getattr(kind, "impl_instance", kind)  # a TypeDecorator (UTCDateTime) says "object"
    try:
        return kind.python_type
    except NotImplementedError:  # pragma: no cover - every column type used has one
        return str


def encode_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, (date, Decimal)):
        return value.isoformat() if isinstance(value, date) else str(value)
    return value


def decode_value(column: Column, raw: Any, where: str) -> Any:
    """A travelling value as the column's Python value; PackageError when it cannot be."""
    if raw is None:
        if not column.nullable:
            raise PackageError(f"{where}: kolom {column.name} kosong padahal wajib diisi.")
        return None
    kind = python_type(column)
    try:
        if kind is datetime:
            value = datetime.fromisoformat(raw)
            if value.tzinfo is None:
                raise ValueError("tanpa zona waktu")
            return value.astimezone(UTC)
        if kind is date:
            return date.fromisoformat(raw)
        if kind is bool:
            if not isinstance(raw, bool):
                raise ValueError(raw)
            return raw
        if kind is int:
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise ValueError(raw)
            return raw
        if kind is float:
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise ValueError(raw)
            return float(raw)
        if kind is Decimal:
            return Decimal(str(raw))
        if not isinstance(raw, str):
            raise ValueError(raw)
        length = getattr(column.type, "length", None)
        if length and len(raw) > length:
            raise PackageError(
                f"{where}: isi kolom {column.name} lebih panjang dari {length} huruf."
            )
        return raw
    except (TypeError, ValueError, InvalidOperation) as error:
        raise PackageError(f"{where}: nilai kolom {column.name} tidak sah ({raw!r}).") from error


class Encoder:
    """Rows of one package to records. ``uids`` maps (table, id) of travelling records."""

    def __init__(self, refs: Refs, uids: dict[str, dict[int, str]]) -> None:
        self.refs = refs
        self.uids = uids
        #: (acuan table, id) of every reference row the records mention.
        self.used: dict[str, set[int]] = {}

    def _ref(self, refers: str, row_id: int) -> Any:
        if refers in ACUAN:
            self.used.setdefault(refers, set()).add(row_id)
            return self.refs.key_of(refers, row_id)
        return self.uids[refers][row_id]

    def encode(self, spec: Exchanged, row: dict[str, Any], sets: dict[str, list[dict]]) -> dict:
        record: dict[str, Any] = {}
        for column in table(spec.table).columns:
            name = column.name
            if name in ("id", "version", "uid"):
                continue
            value = row[name]
            refers = target(column)
            if spec.owner and name == spec.owner[1]:
                refers = row[spec.owner[0]]
            record[name] = (
                self._ref(refers, value) if refers and value is not None
                else encode_value(column, value)
            )  # fmt: skip
        if sets:
            record["_sets"] = {
                set_name: [self.encode_set_row(set_name, spec.table, r) for r in rows]
                for set_name, rows in sets.items()
            }
        return record

    def encode_set_row(self, set_name: str, parent: str, row: dict[str, Any]) -> dict:
        out = {}
        for column in table(set_name).columns:
            refers = target(column)
            if refers == parent:
                continue
            value = row[column.name]
            out[column.name] = (
                self._ref(refers, value) if refers and value is not None
                else encode_value(column, value)
            )  # fmt: skip
        return out


class Decoder:
    """Records of one package to ``Incoming``; collects reference rows this desk lacks."""

    def __init__(self, refs: Refs) -> None:
        self.refs = refs
        #: acuan table → travelling keys not found here.
        self.missing: dict[str, set[Any]] = {}

    def _acuan(
        self, refers: str, key: Any, incoming: Incoming, target: dict[str, Any], column: str
    ) -> int | None:
        found = self.refs.id_of(refers, key)
        if found is None:
            frozen = freeze(key)
            self.missing.setdefault(refers, set()).add(frozen)
            incoming.pending.append((target, column, refers, frozen))
        return found

    def _column(
        self, column: Column, raw: Any, refers: str | None, where: str, incoming: Incoming
    ) -> Any:
        if refers is None or raw is None:
            return decode_value(column, raw, where)
        if refers in ACUAN:
            return self._acuan(refers, raw, incoming, incoming.values, column.name)
        if refers not in BY_NAME:
            raise PackageError(f"{where}: kolom {column.name} merujuk data yang tidak dikirim.")
        if not isinstance(raw, str) or len(raw) != UID_LENGTH:
            raise PackageError(f"{where}: rujukan kolom {column.name} tidak sah.")
        incoming.links[column.name] = (refers, raw)
        return None

    def decode(self, spec: Exchanged, uid: str, record: Any) -> Incoming:
        where = f"{spec.label} {uid}"
        if not isinstance(record, dict):
            raise PackageError(f"{where}: catatan tidak sah.")
        incoming = Incoming(uid=uid, values={})
        for column in table(spec.table).columns:
            name = column.name
            if name in ("id", "version", "uid") or name not in record:
                continue
            refers = target(column)
            if spec.owner and name == spec.owner[1]:
                refers = record.get(spec.owner[0])
                if refers not in BY_NAME:
                    raise PackageError(f"{where}: pemilik lampiran '{refers}' tidak dikenal.")
            incoming.values[name] = self._column(column, record[name], refers, where, incoming)
        for required in ("created_at", "updated_at"):
            if incoming.values.get(required) is None:
                raise PackageError(f"{where}: kolom {required} tidak ada.")
        for set_name in spec.sets:
            rows = record.get("_sets", {}).get(set_name, [])
            if not isinstance(rows, list):
                raise PackageError(f"{where}: daftar {set_name} tidak sah.")
            incoming.sets[set_name] = [
                self._set_row(set_name, spec.table, r, where, incoming) for r in rows
            ]
        return incoming

    def _set_row(
        self, set_name: str, parent: str, raw: Any, where: str, incoming: Incoming
    ) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise PackageError(f"{where}: isi {set_name} tidak sah.")
        out: dict[str, Any] = {}
        for column in table(set_name).columns:
            refers = target(column)
            if refers == parent:
                continue
            value = raw.get(column.name)
            if refers in ACUAN and value is not None:
                out[column.name] = self._acuan(refers, value, incoming, out, column.name)
            else:
                out[column.name] = decode_value(column, value, where)
        return out

    def missing_message(self) -> str:
        names = [
            describe_key(t, k) for t, keys in self.missing.items() for k in sorted(keys, key=str)
        ]
        shown = ", ".join(names[:5]) + (f", dan {len(names) - 5} lainnya" if len(names) > 5 else "")
        return (
            f"Paket merujuk data acuan yang tidak ada di desk ini: {shown}. Pastikan paket berasal "
            "dari desk di provinsi yang sama dan jadwal tahapannya sudah diimpor di sini."
        )
