"""A chat message already handled at the desk (accepted as an incident, skipped, or merged
into one), so a re-imported WhatsApp export never offers it again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, UTCDateTime

DITERIMA, DILEWATI, DIGABUNG = "diterima", "dilewati", "digabung"


class PesanLaporan(Entity):
    __tablename__ = "pesan_laporan"
    __table_args__ = (UniqueConstraint("key"),)

    #: SHA-256 of sender, time and text, as computed by the chat-export parser.
    key: Mapped[str] = mapped_column(String(64))
    sender: Mapped[str] = mapped_column(String(200), default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(12))
    insiden_id: Mapped[int | None] = mapped_column(ForeignKey("insiden.id"))
