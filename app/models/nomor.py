"""Counters behind official numbers (incidents, briefs): incremented in the same
transaction as the record, so a number is never issued twice nor reused."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class NomorUrut(Base):
    __tablename__ = "nomor_urut"

    #: e.g. "INS-2024"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
