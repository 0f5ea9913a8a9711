"""Pengguna (user): login name, role, Argon2 password hash, lockout state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, UTCDateTime

ROLES = ("Administrator", "Pimpinan", "Verifikator", "Operator")


class Pengguna(Entity):
    __tablename__ = "pengguna"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Set by an administrator's reset: the user picks a new password at next login.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
