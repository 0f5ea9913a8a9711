"""The audit-log viewer's use cases (SPEC 9): read a window of the log, export it.

Capturing the trail is ``services.core.audit``; this is what the Pengaturan page calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.models import AuditLog
from app.services.core.audit import ACTION_LABELS, EXPORT, describe_changes, record


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_uid: str
    summary: str
    note: str


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    date_from: date | None = None
    date_to: date | None = None
    #: A record's uid or words from the note/changes.
    text: str = ""


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int


def _filtered(query, flt: AuditFilter, tz) -> Any:
    from datetime import time, timedelta

    if flt.username.strip():
        query = query.where(AuditLog.username.ilike(f"%{flt.username.strip()}%"))
    if flt.action:
        query = query.where(AuditLog.action == flt.action)
    if flt.date_from:
        query = query.where(AuditLog.at >= datetime.combine(flt.date_from, time(0), tz))
    if flt.date_to:
        query = query.where(
            AuditLog.at < datetime.combine(flt.date_to + timedelta(days=1), time(0), tz)
        )
    if flt.text.strip():
        needle = f"%{flt.text.strip()}%"
        query = query.where(
            AuditLog.entity_uid.ilike(needle) | AuditLog.note.ilike(needle) | AuditLog.changes.ilike(needle)
            | AuditLog.entity.ilike(needle)
        )  # fmt: skip
    return query


def _row(entry: AuditLog) -> AuditRow:
    return AuditRow(
        entry.id, entry.at, entry.username, entry.action, entry.entity, entry.entity_uid,
        describe_changes(entry.changes), entry.note,
    )  # fmt: skip


def query(
    uow, flt: AuditFilter, offset: int = 0, limit: int = 200, known_total: int | None = None
) -> AuditPage:
    """A window of the audit log, newest first, with the total for the filter."""
    from sqlalchemy import func

    from app.services.core.actor import AUDIT_LIHAT
    from app.services.core.clock import desk_clock

    uow.require(AUDIT_LIHAT)
    tz = desk_clock(uow).tz
    total = (
        known_total
        if known_total is not None
        else (uow.session.scalar(_filtered(select(func.count(AuditLog.id)), flt, tz)) or 0)
    )
    entries = uow.session.scalars(
        _filtered(select(AuditLog), flt, tz)
        .order_by(AuditLog.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return AuditPage([_row(e) for e in entries], total)


def export_xlsx(uow, flt: AuditFilter, path, reporter=None) -> int:
    """Every audit row matching the filter to an .xlsx file through the export engine (the
    file in place only when complete); the export is itself audited."""
    from pathlib import Path

    from app.services.core.actor import AUDIT_LIHAT
    from app.services.core.clock import desk_clock
    from app.services.exporting.table import ExportColumn, ExportTable, write

    uow.require(AUDIT_LIHAT)
    tz = desk_clock(uow).tz
    query = _filtered(select(AuditLog), flt, tz).order_by(AuditLog.id)
    entries = uow.session.scalars(query.execution_options(yield_per=1000))
    rows = (
        [e.at.astimezone(tz).strftime("%d/%m/%Y %H.%M.%S"), e.username, ACTION_LABELS.get(e.action, e.action),
         e.entity, e.entity_uid, describe_changes(e.changes), e.note]
        for e in entries
    )  # fmt: skip
    columns = [ExportColumn(header, width=width) for header, width in (
        ("Waktu", 18), ("Pengguna", 16), ("Aksi", 16), ("Data", 16), ("UID data", 38),
        ("Perubahan", 80), ("Catatan", 30))]  # fmt: skip
    count = write(Path(path), ExportTable("Log audit", columns, rows, sheet="Log audit"), reporter)
    record(uow.session, uow.user, EXPORT, entity="audit_log", note=Path(path).name,
           changes={"baris": count})  # fmt: skip
    uow.commit()
    return count
