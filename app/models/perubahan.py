"""Perubahan: the shared desk's change feed on SQLite (SPEC 10).

Each committed unit of work that changed records adds one row in the same transaction:
which areas and record ids changed (never the data itself) and which program did it. A
window on the same PC notices a commit by another program with ``PRAGMA data_version``
and reads the rows after the last one it saw. PostgreSQL delivers the same payload with
``NOTIFY`` instead, so there the table stays empty. Only the last rows are kept.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class Perubahan(Base):
    __tablename__ = "perubahan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    #: The program that committed it (one id per running process).
    origin: Mapped[str] = mapped_column(String(36), default="")
    #: JSON: {"a": [areas], "i": {table: [ids]}}.
    payload: Mapped[str] = mapped_column(Text, default="")
