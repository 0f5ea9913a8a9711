"""Merging the checked records of one table into this desk's database.

A record is found by its uid (or, for figures such as the DPT of one wilayah, by what
identifies it when two desks entered it separately). The newer ``updated_at`` wins; when
this desk's copy is newer, or both sides changed it since the package's period began, the
difference is listed as a conflict. Stamps (who, when) are kept as the sending desk wrote
them, so taking the same record in again changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.models import AuditLog
from app.services.core import audit
from app.services.core.progress import Progress
from app.services.exchange.numbering import Numbering
from app.services.exchange.records import Incoming
from app.services.exchange.tables import Exchanged, identity_keys, set_parent_column, table

CHUNK = 1000
#: How the audit rows of an import begin ("paket pandeglang.deskpkg dari ...").
NOTE_PREFIX = "paket "
STAMPS = ("created_at", "created_by", "updated_at", "updated_by")
#: Bookkeeping the audit log leaves out of a record's changes (as ``services.audit`` does).
_NOT_AUDITED = frozenset({"id", "uid", "version", *STAMPS})


@dataclass(frozen=True)
class Conflict:
    label: str
    uid: str
    name: str
    local_at: datetime
    local_by: str
    incoming_at: datetime
    incoming_by: str
    fields: tuple[str, ...]
    #: True: the package's version was taken; False: this desk's version was kept.
    taken: bool


@dataclass
class Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0


@dataclass
class MergeState:
    """What one import has learnt so far, shared by the tables merged in order."""

    session: Session
    user: str
    note: str
    #: When the import happens (audit rows).
    at: datetime
    range_start: datetime | None
    progress: Progress
    #: table → incoming or local uid → local id (links resolve through this).
    ids: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    audit_rows: list[dict[str, Any]] = field(default_factory=list)
    done: int = 0
    total: int = 0


def _plain(value: Any) -> Any:
    """A value as the audit log writes it."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


class TableMerge:
    def __init__(self, state: MergeState, spec: Exchanged, records: list[Incoming]) -> None:
        self.state = state
        self.spec = spec
        self.records = records
        self.table = table(spec.table)
        self.tally = Tally()

    # -- finding this desk's copy ------------------------------------------------------
    def _local_by_uid(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        uids = [r.uid for r in self.records]
        for part in _chunks(uids):
            rows = self.state.session.execute(select(self.table).where(self.table.c.uid.in_(part)))
            found.update({row["uid"]: dict(row) for row in rows.mappings()})
        return found

    def _local_by_identity(self) -> list[tuple[tuple[str, ...], dict[tuple, dict[str, Any]]]]:
        out = []
        for key in identity_keys(self.spec):
            rows = self.state.session.execute(select(self.table)).mappings()
            out.append((key, {tuple(row[c] for c in key): dict(row) for row in rows}))
        return out

    def _resolve(self, record: Incoming, own: dict[str, int]) -> dict[str, Any]:
        """Plain values with links turned into local ids (None: a record of this table not
        inserted yet; filled in after the inserts)."""
        if not record.links:
            return record.values
        values = dict(record.values)
        for column, (refers, uid) in record.links.items():
            known = own if refers == self.spec.table else self.state.ids.get(refers, {})
            values[column] = known.get(uid)
        return values

    def _sets_of(self, local_id: int) -> dict[str, set[tuple]]:
        out = {}
        for set_name in self.spec.sets:
            parent = set_parent_column(set_name, self.spec.table)
            rows = self.state.session.execute(
                select(table(set_name)).where(parent == local_id)
            ).mappings()
            out[set_name] = {
                tuple(sorted((k, v) for k, v in r.items() if k != parent.name)) for r in rows
            }
        return out

    @staticmethod
    def _incoming_sets(record: Incoming) -> dict[str, set[tuple]]:
        return {n: {tuple(sorted(r.items())) for r in rows} for n, rows in record.sets.items()}

    # -- the merge ---------------------------------------------------------------------
    def run(self) -> Tally:
        local = self._local_by_uid()
        own = {uid: row["id"] for uid, row in local.items()}
        identities = (
            self._local_by_identity() if any(r.uid not in local for r in self.records) else []
        )
        inserts: list[tuple[Incoming, dict[str, Any]]] = []
        updates: list[tuple[Incoming, dict[str, Any], dict[str, Any], list[str]]] = []
        for record in self.records:
            values = self._resolve(record, own)
            row = local.get(record.uid)
            if row is None:
                for key, rows in identities:
                    row = rows.get(tuple(values.get(c) for c in key))
                    if row is not None:
                        own[record.uid] = row["id"]
                        break
            if row is None:
                inserts.append((record, values))
                continue
            differs = [
                c for c, v in values.items()
                if c not in STAMPS and c not in self.spec.numbers and c in row and row[c] != v
            ]  # fmt: skip
            if self.spec.sets and self._sets_of(row["id"]) != self._incoming_sets(record):
                differs.append("_sets")
            if not differs:
                self.tally.unchanged += 1
                continue
            newer = values["updated_at"] > row["updated_at"]
            if newer:
                updates.append((record, values, row, differs))
            else:
                self._conflict(record, values, row, differs, taken=False)
                self.tally.kept += 1
        self._list_changed_here(updates)
        self._insert(inserts, own)
        self._update(updates)
        self.state.ids.setdefault(self.spec.table, {}).update(own)
        self._fix_self_links(inserts + [(u[0], u[1]) for u in updates], own)
        return self.tally

    def _list_changed_here(self, updates: list[tuple[Incoming, dict, dict, list[str]]]) -> None:
        """The package's newer version wins, but when this desk also changed the record
        during the package's period, the user is told: both sides changed it. A copy that
        was last written by an earlier package is not a change made here."""
        start = self.state.range_start
        if start is None:
            return
        candidates = [u for u in updates if u[2]["updated_at"] >= start]
        uids = [u[2]["uid"] for u in candidates]
        from_packages: set[str] = set()
        for part in _chunks(uids):
            latest = (
                select(func.max(AuditLog.id)).where(AuditLog.entity_uid.in_(part))
                .group_by(AuditLog.entity_uid)
            )  # fmt: skip
            rows = self.state.session.execute(
                select(AuditLog.entity_uid, AuditLog.note).where(AuditLog.id.in_(latest))
            )
            from_packages.update(uid for uid, note in rows if note.startswith(NOTE_PREFIX))
        for record, values, row, differs in candidates:
            if row["uid"] not in from_packages:
                self._conflict(record, values, row, differs, taken=True)

    def _conflict(
        self, record: Incoming, values: dict, row: dict, differs: list[str], taken: bool
    ) -> None:
        name = str(row.get(self.spec.describe) or values.get(self.spec.describe) or record.uid)
        fields = tuple(audit.FIELD_LABELS.get(c, c) for c in differs if c != "_sets")
        self.state.conflicts.append(
            Conflict(self.spec.label, row["uid"], name[:80], row["updated_at"], row["updated_by"],
                     values["updated_at"], values.get("updated_by", ""), fields, taken)
        )  # fmt: skip

    def _insert(self, inserts: list[tuple[Incoming, dict[str, Any]]], own: dict[str, int]) -> None:
        """In chunks: the rows of one chunk are built, written and audited, then let go,
        so a large package holds its checked records once, not twice."""
        if not inserts:
            return
        numbering = {
            c: Numbering(
                self.state.session,
                self.state.notes,
                self.table,
                c,
                [v[c] for _r, v in inserts if v.get(c)],
            )
            for c in self.spec.numbers
        }
        for part in _chunks(inserts):
            rows = []
            for record, values in part:
                row = {**values, "uid": record.uid, "version": 1}
                for column, numbers in numbering.items():
                    row[column] = numbers.assign(row.get(column), self.spec.label)
                rows.append(row)
            keys = sorted({k for r in rows for k in r})
            self.state.session.execute(
                insert(self.table), [{k: r.get(k) for k in keys} for r in rows]
            )
            self._progress(len(rows))
            found = self.state.session.execute(
                select(self.table.c.uid, self.table.c.id).where(
                    self.table.c.uid.in_([r.uid for r, _v in part])
                )
            )
            own.update({uid: row_id for uid, row_id in found})
            for (record, _values), row in zip(part, rows, strict=True):
                self._replace_sets(own[record.uid], record, new=True)
                content = {k: _plain(v) for k, v in row.items() if k not in _NOT_AUDITED}
                self._audit(audit.CREATE, record.uid, 1, content)
        for numbers in numbering.values():
            numbers.finish()
        self.tally.added += len(inserts)

    def _update(self, updates: list[tuple[Incoming, dict, dict, list[str]]]) -> None:
        """Many rows per statement; the version moves on so an open form here sees that
        the record changed under it (optimistic locking)."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for record, values, row, differs in updates:
            columns = {c: v for c, v in values.items() if c not in self.spec.numbers}
            groups.setdefault(tuple(sorted(columns)), []).append(
                {"_id": row["id"], **{f"v_{c}": v for c, v in columns.items()}}
            )
            self._replace_sets(row["id"], record, new=False)
            changes = {c: [_plain(row[c]), _plain(values[c])] for c in differs if c in values}
            self._audit(audit.UPDATE, row["uid"], row["version"] + 1, changes)
        for names, params in groups.items():
            statement = (
                update(self.table).where(self.table.c.id == bindparam("_id"))
                .values({**{n: bindparam(f"v_{n}") for n in names}, "version": self.table.c.version + 1})
            )  # fmt: skip
            for part in _chunks(params):
                self.state.session.connection().execute(statement, part)
                self._progress(len(part))
        self.tally.updated += len(updates)

    def _fix_self_links(self, written: list[tuple[Incoming, dict]], own: dict[str, int]) -> None:
        fixes = []
        for record, _values in written:
            for column, (refers, uid) in record.links.items():
                if refers == self.spec.table:
                    fixes.append({"_id": own[record.uid], "_value": own.get(uid), "_col": column})
        for column in {f["_col"] for f in fixes}:
            params = [f for f in fixes if f["_col"] == column]
            statement = (
                update(self.table).where(self.table.c.id == bindparam("_id"))
                .values({column: bindparam("_value")})
            )  # fmt: skip
            self.state.session.connection().execute(statement, params)

    def _replace_sets(self, local_id: int, record: Incoming, new: bool) -> None:
        for set_name, rows in record.sets.items():
            target = table(set_name)
            parent = set_parent_column(set_name, self.spec.table)
            if not new:
                self.state.session.execute(delete(target).where(parent == local_id))
            if rows:
                self.state.session.execute(
                    insert(target), [{parent.name: local_id, **r} for r in rows]
                )

    def _audit(self, action: str, uid: str, version: int, changes: dict) -> None:
        self.state.audit_rows.append(
            {"at": self.state.at, "username": self.state.user, "action": action,
             "entity": self.spec.table, "entity_uid": uid, "record_version": version,
             "changes": json.dumps(changes, ensure_ascii=False, default=str), "note": self.state.note}
        )  # fmt: skip
        if len(self.state.audit_rows) >= CHUNK:
            flush_audit(self.state)

    def _progress(self, n: int) -> None:
        self.state.done += n
        self.state.progress.report(
            self.state.done, self.state.total, f"Menggabungkan {self.spec.label.lower()}…"
        )


def flush_audit(state: MergeState) -> None:
    if state.audit_rows:
        state.session.execute(insert(AuditLog), state.audit_rows)
        state.audit_rows = []
