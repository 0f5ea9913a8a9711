"""The audit trail (SPEC 9): append-only, captured centrally.

Every create, field-level update and archive of a record is written by ``capture`` from
the unit of work's flush, so no service can forget it. Events that are not record changes
(login, failed login, import, export, brief issued, settings) are written with ``record``.
Nothing in the app updates or deletes an audit row; the database refuses it too
(triggers in migration 0002).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditLog
from app.models.base import Entity
from app.services.core.errors import DomainError

CREATE, UPDATE, ARCHIVE, RESTORE, STATUS = "create", "update", "archive", "restore", "status"
IMPORT, EXPORT, BRIEF, LOGIN, LOGIN_FAILED, SETTINGS = (
    "import", "export", "brief", "login", "login_failed", "settings",
)  # fmt: skip
ACTION_LABELS = {
    CREATE: "buat",
    UPDATE: "ubah",
    ARCHIVE: "arsipkan",
    RESTORE: "pulihkan",
    STATUS: "ubah status",
    IMPORT: "impor",
    EXPORT: "ekspor",
    BRIEF: "terbitkan laporan",
    LOGIN: "masuk",
    LOGIN_FAILED: "gagal masuk",
    SETTINGS: "ubah pengaturan",
}
#: Bookkeeping columns that change on every save and say nothing by themselves.
_SKIP = {"id", "uid", "created_at", "created_by", "updated_at", "updated_by", "version"}
_SECRET = {"password_hash"}
#: Indonesian names of fields, for the viewer and conflict messages.
FIELD_LABELS = {
    "name": "nama",
    "code": "kode",
    "progress": "progres",
    "actual_start": "mulai aktual",
    "actual_end": "selesai aktual",
    "planned_start": "rencana mulai",
    "planned_end": "rencana selesai",
    "responsible": "penanggung jawab",
    "notes": "keterangan",
    "schedule_note": "keterangan jadwal",
    "archived": "diarsipkan",
    "status": "status",
    "role": "peran",
    "active": "aktif",
    "full_name": "nama lengkap",
    "text": "catatan",
    "password_hash": "kata sandi",
    "locked_until": "terkunci sampai",
    "failed_attempts": "percobaan gagal",
}
APPEND_ONLY_MESSAGE = (
    "Log audit hanya dapat ditambah; catatan yang ada tidak dapat diubah atau dihapus."
)


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _columns(obj: Entity) -> list[str]:
    return [attr.key for attr in sa_inspect(obj).mapper.column_attrs]


def _order(obj: Any) -> tuple[str, int]:
    return (getattr(obj, "__tablename__", ""), getattr(obj, "id", None) or 0)


def capture(session: Session, user: str, now: datetime) -> None:
    """Called from the unit of work before each flush."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditLog):
            raise DomainError(APPEND_ONLY_MESSAGE)
    for obj in session.new:
        if isinstance(obj, Entity):
            values = {k: _plain(getattr(obj, k)) for k in _columns(obj) if k not in _SKIP}
            for key in _SECRET & values.keys():
                values[key] = "***"
            _add(session, user, now, CREATE, obj, values, version=1)
    # Sorted: the session's own order follows memory addresses, and the log should read the
    # same however often the same change is made (the demo is rebuilt identically).
    for obj in sorted(session.dirty, key=_order):
        if not isinstance(obj, Entity) or not session.is_modified(obj, include_collections=False):
            continue
        state = sa_inspect(obj)
        changes: dict[str, list[Any]] = {}
        for key in _columns(obj):
            if key in _SKIP:
                continue
            history = state.attrs[key].history
            if history.has_changes():
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if before != after:
                    changes[key] = (
                        ["***", "***"] if key in _SECRET else [_plain(before), _plain(after)]
                    )
        if not changes:
            continue
        action = UPDATE
        if changes.get("archived") == [False, True]:
            action = ARCHIVE
        elif changes.get("archived") == [True, False]:
            action = RESTORE
        elif "status" in changes:
            action = STATUS
        _add(session, user, now, action, obj, changes, version=(obj.version or 0) + 1)
    for obj in session.deleted:
        if isinstance(obj, Entity):
            _add(session, user, now, "delete", obj, {}, version=obj.version)


def _json_encoder() -> Callable[[Any], str]:
    """``json.dumps({k: _plain(v) ...}, ensure_ascii=False, default=str)`` of a record's
    column values (scalars), the conversion left to the C encoder; the UTC stamps a batch
    of records shares are written out once."""
    shown: dict[datetime, str] = {}

    def jsonable(value: Any) -> Any:  # asked only for what JSON cannot hold itself
        if value.__class__ is datetime and value.tzinfo is UTC:
            text = shown.get(value)
            if text is None:
                text = shown[value] = value.isoformat()
            return text
        return value.isoformat() if isinstance(value, (date, datetime)) else str(value)

    return json.JSONEncoder(ensure_ascii=False, default=jsonable).encode


#: The columns of an audit entry ``created_rows`` gives for each record; the rest are the
#: same for every record of a batch (``created_shared``).
CREATED_COLUMNS = ("entity_uid", "changes")


def created_shared(user: str, now: datetime, table: str) -> dict[str, Any]:
    """What the audit entries of records created together share (``capture``: who, when,
    'create', the table, version 1)."""
    return {"at": now, "username": user, "action": CREATE, "entity": table,
            "record_version": 1, "note": ""}  # fmt: skip


def created_rows(uids: list[str], records: list[dict]) -> list[tuple[str, str]]:
    """(entity_uid, changes) of the audit entry of each record created in bulk, for a
    driver-level insert (``importing.bulk``) with ``created_shared``: the entry ``capture``
    writes for a record added one by one. ``records`` are the records' column values but
    the bookkeeping ones (``_SKIP``)."""
    if records and (_SKIP | _SECRET) & records[0].keys():
        records = [_shown(values) for values in records]
    encode = _json_encoder()
    return [(uid, encode(values)) for uid, values in zip(uids, records, strict=True)]


def _shown(values: dict) -> dict:
    shown = {k: v for k, v in values.items() if k not in _SKIP}
    for key in _SECRET & shown.keys():
        shown[key] = "***"
    return shown


def created_entries(user: str, now: datetime, table: str, rows: list[dict]) -> list[dict]:
    """Audit rows for records inserted in bulk (a large import), shaped as ``capture``
    writes them for records added one by one; insert them with ``insert(AuditLog)``."""
    return [
        {"at": now, "username": user, "action": CREATE, "entity": table,
         "entity_uid": row["uid"], "record_version": 1, "note": "",
         "changes": json.dumps({k: _plain(v) for k, v in row.items() if k not in _SKIP},
                               ensure_ascii=False, default=str)}
        for row in rows
    ]  # fmt: skip


def _add(
    session: Session,
    user: str,
    now: datetime,
    action: str,
    obj: Entity,
    changes: dict,
    version: int,
) -> None:
    session.add(
        AuditLog(
            at=now,
            username=user,
            action=action,
            entity=obj.__tablename__,
            entity_uid=obj.uid,
            record_version=version,
            changes=json.dumps(changes, ensure_ascii=False, default=str),
        )
    )


def record(
    session: Session,
    user: str,
    action: str,
    *,
    entity: str = "",
    entity_uid: str = "",
    note: str = "",
    changes: dict | None = None,
    at: datetime | None = None,
) -> None:
    """Write an event that is not a record change (login, import, export, ...)."""
    from app.models.base import utcnow

    clock_now = session.info.get("now")
    session.add(
        AuditLog(
            at=at or (clock_now() if clock_now is not None else utcnow()),
            username=user,
            action=action,
            entity=entity,
            entity_uid=entity_uid,
            record_version=0,
            changes=json.dumps(changes or {}, ensure_ascii=False, default=str),
            note=note,
        )
    )


def describe_changes(changes_json: str) -> str:
    """``progres: 50 → 77; mulai aktual: – → 2024-11-24`` for humans."""
    try:
        changes = json.loads(changes_json or "{}")
    except ValueError:
        return changes_json
    parts = []
    for key, value in changes.items():
        label = FIELD_LABELS.get(key, key)
        if isinstance(value, list) and len(value) == 2:
            before, after = ("–" if v in (None, "") else v for v in value)
            parts.append(f"{label}: {before} → {after}")
        else:
            parts.append(f"{label}: {'–' if value in (None, '') else value}")
    return "; ".join(parts)


def changes_since(session: Session, uid: str, version: int) -> str:
    """What others changed on a record after ``version``, one line per save."""
    rows = session.scalars(
        select(AuditLog)
        .where(AuditLog.entity_uid == uid, AuditLog.record_version > version)
        .order_by(AuditLog.id)
    ).all()
    return "\n".join(f"• {r.username}: {describe_changes(r.changes)}" for r in rows)
