"""AuditLog: append-only trail of what happened (SPEC 9). No version, never updated."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class AuditLog(Base):
    __tablename__ = "audit_log"
    #: What a record looked like at an instant is read from here (SPEC 14).
    __table_args__ = (Index("ix_audit_log_entity_at", "entity", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    #: create, update, archive, status, import, export, brief, login, login_failed, settings
    action: Mapped[str] = mapped_column(String(24), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_uid: Mapped[str] = mapped_column(String(36), default="", index=True)
    #: The record's version after this change (0 for events that are not record changes);
    #: lets a conflict message list exactly the saves the user missed.
    record_version: Mapped[int] = mapped_column(Integer, default=0)
    #: JSON: {"field": [before, after], ...} for updates; free detail otherwise.
    changes: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
