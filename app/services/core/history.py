"""What a record looked like at an instant, read from the append-only audit log (SPEC 14).

Every change of a record is captured by the unit of work with its fields' before and
after values and the desk clock's time (``core.audit``); imports and exchange packages
write the same entries for the rows they add in bulk. So the state at T of a small
register (stages, requirements, desk settings) is its state now with every change made
after T undone: a field changed after T had, at T, the *before* value of its first such
change; a record created after T did not exist; one archived after T was not archived.

The large registers keep their own history: incident status (``riwayat_insiden``),
deliveries (received time), sessions (start time).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.models import AuditLog
from app.services.core.audit import ARCHIVE, CREATE, RESTORE, SETTINGS, STATUS, UPDATE

_RECORD_CHANGES = (CREATE, UPDATE, ARCHIVE, RESTORE, STATUS)


@dataclass
class Undo:
    """What to undo on one record to see it at the instant."""

    created_after: bool = False
    #: Field → its value at the instant (the before value of its first later change).
    fields: dict[str, Any] = field(default_factory=dict)


def changes_after(session: Any, entity: str, as_of: datetime) -> dict[str, Undo]:
    """Record uid → what changed on it after ``as_of``, for one entity (table)."""
    entries = session.execute(
        select(AuditLog.entity_uid, AuditLog.action, AuditLog.changes)
        .where(
            AuditLog.entity == entity,
            AuditLog.at > as_of,
            AuditLog.action.in_(_RECORD_CHANGES),
        )
        .order_by(AuditLog.at, AuditLog.id)
    )
    undo: dict[str, Undo] = {}
    for uid, action, text in entries:
        if not uid:
            continue
        record = undo.setdefault(uid, Undo())
        if action == CREATE:
            record.created_after = True
            continue
        for name, pair in _pairs(text).items():
            record.fields.setdefault(name, pair[0])
    return undo


def settings_at(session: Any, as_of: datetime) -> dict[str, str]:
    """Desk setting key → its stored text at ``as_of``, for the keys changed after it."""
    entries = session.execute(
        select(AuditLog.changes)
        .where(AuditLog.entity == "pengaturan", AuditLog.action == SETTINGS, AuditLog.at > as_of)
        .order_by(AuditLog.at, AuditLog.id)
    )
    before: dict[str, str] = {}
    for (text,) in entries:
        for key, pair in _pairs(text).items():
            before.setdefault(key, "" if pair[0] is None else str(pair[0]))
    return before


def _pairs(text: str) -> dict[str, list[Any]]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 2}


def as_date(value: Any) -> date | None:
    """A date field as the audit log keeps it (ISO text) back to a date."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
