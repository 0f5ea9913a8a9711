"""Sosialisasi (SPEC 4): one outreach session, with several target groups."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Entity, UTCDateTime

ORGANISERS = ("Kesbangpol", "KPU", "Bawaslu", "Mitra")

#: Target groups of a session (``Referensi`` rows of kind ``kelompok_sasaran``). Changes
#: are audited on the session by the service.
sosialisasi_sasaran = Table(
    "sosialisasi_sasaran",
    Base.metadata,
    Column("sosialisasi_id", ForeignKey("sosialisasi.id"), primary_key=True),
    Column("referensi_id", ForeignKey("referensi.id"), primary_key=True),
)


class Sosialisasi(Entity):
    __tablename__ = "sosialisasi"
    __table_args__ = (
        Index("ix_sosialisasi_starts_at", "starts_at"),
        Index("ix_sosialisasi_wilayah_code", "wilayah_code"),
    )

    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    wilayah_id: Mapped[int] = mapped_column(ForeignKey("wilayah.id"))
    wilayah_code: Mapped[str] = mapped_column(String(13))
    pemilihan_id: Mapped[int | None] = mapped_column(ForeignKey("pemilihan.id"))
    venue: Mapped[str] = mapped_column(String(300), default="")
    organiser: Mapped[str] = mapped_column(String(100), default="")
    jenis_kegiatan_id: Mapped[int | None] = mapped_column(ForeignKey("referensi.id"))
    speakers: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str] = mapped_column(String(300), default="")
    planned_participants: Mapped[int | None] = mapped_column(Integer)
    attendance_men: Mapped[int | None] = mapped_column(Integer)
    attendance_women: Mapped[int | None] = mapped_column(Integer)
    attendance_disabled: Mapped[int | None] = mapped_column(Integer)
    #: Rupiah, whole.
    budget: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str] = mapped_column(Text, default="")
