"""Desk-wide settings stored in the database (not per PC).

What decides a figure (province, risk margin, demo "today") must be the same on every PC
of a shared desk and in every brief, so it lives here; window layout and the database URL
are per-PC and live in QSettings (``app.settings``).
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Pengaturan(Base):
    __tablename__ = "pengaturan"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
