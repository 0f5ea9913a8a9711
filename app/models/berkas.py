"""Berkas: stored file contents (attachments, issued brief PDFs), content-addressed by
SHA-256 and kept in the database itself, so every PC of a shared desk reaches them and a
backup carries them (SPEC 9, 10). A file is written once, in chunks of at most 1 MB, and
never changed; records that use it (``lampiran``, ``laporan``) name it by its SHA-256.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class Berkas(Base):
    __tablename__ = "berkas"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(60))
    chunks: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class BerkasPotongan(Base):
    """One chunk of a stored file, in order of ``seq`` (0, 1, …)."""

    __tablename__ = "berkas_potongan"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("berkas.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
