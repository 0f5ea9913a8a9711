"""Tahapan (election stage) and its monitoring notes (catatan pemantauan).

Status is not stored: it is derived from dates and progress by ``services.tahapan``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, UTCDateTime


class Tahapan(Entity):
    __tablename__ = "tahapan"
    __table_args__ = (UniqueConstraint("pemilihan_id", "code"),)

    pemilihan_id: Mapped[int] = mapped_column(ForeignKey("pemilihan.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tahapan.id"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    planned_start: Mapped[date | None] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The schedule's own remark (e.g. "paling lambat 5 hari setelah ..."), from the
    #: PKPU template or an imported schedule; kept apart from the desk's notes.
    schedule_note: Mapped[str] = mapped_column(Text, default="")


class CatatanTahapan(Entity):
    """A dated monitoring note on a stage; notes are only added or archived, never edited."""

    __tablename__ = "catatan_tahapan"

    tahapan_id: Mapped[int] = mapped_column(ForeignKey("tahapan.id"), index=True)
    noted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    author: Mapped[str] = mapped_column(String(120), default="")
    text: Mapped[str] = mapped_column(Text)
