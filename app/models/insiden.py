"""Insiden (incident) and its append-only status history (SPEC 4)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, UTCDateTime

BARU = "Baru"
TERVERIFIKASI = "Terverifikasi"
DITINDAKLANJUTI = "Ditindaklanjuti"
SELESAI = "Selesai"
TIDAK_VALID = "Tidak valid"
STATUSES = (BARU, TERVERIFIKASI, DITINDAKLANJUTI, SELESAI, TIDAK_VALID)
SEVERITIES = {1: "1 Rendah", 2: "2 Sedang", 3: "3 Tinggi", 4: "4 Kritis"}


class Insiden(Entity):
    __tablename__ = "insiden"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_insiden_occurred", "occurred_at"),
        Index("ix_insiden_status_deadline", "status", "follow_up_deadline"),
        Index("ix_insiden_wilayah_code", "wilayah_code"),
        Index("ix_insiden_created_at", "created_at"),
    )

    #: INS-2024-000123: per year, never reused.
    number: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    wilayah_id: Mapped[int] = mapped_column(ForeignKey("wilayah.id"))
    #: Copy of the region's dotted code: region filters are prefix matches on one column.
    wilayah_code: Mapped[str] = mapped_column(String(13))
    tps: Mapped[str] = mapped_column(String(10), default="")
    place_detail: Mapped[str] = mapped_column(String(300), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    kategori_id: Mapped[int] = mapped_column(ForeignKey("referensi.id"), index=True)
    pemilihan_id: Mapped[int | None] = mapped_column(ForeignKey("pemilihan.id"))
    tahapan_id: Mapped[int | None] = mapped_column(ForeignKey("tahapan.id"))
    severity: Mapped[int] = mapped_column(Integer, index=True)
    sumber_id: Mapped[int | None] = mapped_column(ForeignKey("referensi.id"))
    reporter: Mapped[str] = mapped_column(String(200), default="")
    #: Personal data: normalised (+62...), masked in exports unless the user opts in.
    reporter_phone: Mapped[str] = mapped_column(String(20), default="")
    chronology: Mapped[str] = mapped_column(Text, default="")
    parties: Mapped[str] = mapped_column(Text, default="")
    losses: Mapped[str] = mapped_column(Text, default="")
    actions_taken: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=BARU)
    escalated_to_id: Mapped[int | None] = mapped_column(ForeignKey("referensi.id"))
    follow_up_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str] = mapped_column(Text, default="")
    #: A follow-up report of another incident (duplicate warning → "link").
    linked_to_id: Mapped[int | None] = mapped_column(ForeignKey("insiden.id"))


class RiwayatInsiden(Entity):
    """One status change: who, when, from, to, note. Only ever added."""

    __tablename__ = "riwayat_insiden"
    #: An incident's status at an instant is its last step by then (SPEC 14).
    __table_args__ = (Index("ix_riwayat_insiden_insiden_at", "insiden_id", "at"),)

    insiden_id: Mapped[int] = mapped_column(ForeignKey("insiden.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(64))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
