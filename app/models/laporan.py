"""Laporan: the register of issued briefs (SPEC 4). Numbers are unique, never reused."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, UTCDateTime

JENIS = ("harian", "mingguan", "khusus", "nota")


class Laporan(Entity):
    __tablename__ = "laporan"
    __table_args__ = (UniqueConstraint("number"),)

    number: Mapped[str] = mapped_column(String(100))
    jenis: Mapped[str] = mapped_column(String(20), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    classification: Mapped[str] = mapped_column(String(20))
    #: Hal.
    subject: Mapped[str] = mapped_column(String(300), default="")
    addressee: Mapped[str] = mapped_column(String(200), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signer_rank: Mapped[str] = mapped_column(String(100), default="")
    signer_nip: Mapped[str] = mapped_column(String(30), default="")
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    generated_by: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    snapshot_at: Mapped[datetime] = mapped_column(UTCDateTime())
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Reconciliation failures the issuer acknowledged (also in the audit log).
    acknowledged_failures: Mapped[str] = mapped_column(Text, default="")
    #: JSON snapshot of figures and incident states, for "Perubahan sejak laporan terakhir".
    summary_json: Mapped[str] = mapped_column(Text, default="")
    pemilihan_id: Mapped[int | None] = mapped_column(ForeignKey("pemilihan.id"))
    #: Laporan Khusus about one incident.
    insiden_id: Mapped[int | None] = mapped_column(ForeignKey("insiden.id"))
