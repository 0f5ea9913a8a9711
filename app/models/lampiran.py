"""Lampiran (attachment): a file kept in the data folder under its SHA-256; the original
file name is data only, never a path."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class Lampiran(Entity):
    __tablename__ = "lampiran"
    __table_args__ = (Index("ix_lampiran_owner", "owner_type", "owner_id"),)

    #: "insiden" now; "sosialisasi" later.
    owner_type: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(60))
    original_name: Mapped[str] = mapped_column(String(255))
    insiden_id: Mapped[int | None] = mapped_column(ForeignKey("insiden.id"))
