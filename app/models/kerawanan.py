"""Kerawanan (SPEC 4): IKP score per wilayah (level derived, never stored) and TPS counts
per Polri vulnerability level. Incident pressure is computed from incidents."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class Kerawanan(Entity):
    __tablename__ = "kerawanan"
    __table_args__ = (UniqueConstraint("pemilihan_id", "wilayah_id"),)

    #: None: the score applies to every contest of the wilayah (IKP is per region).
    pemilihan_id: Mapped[int | None] = mapped_column(ForeignKey("pemilihan.id"))
    wilayah_id: Mapped[int] = mapped_column(ForeignKey("wilayah.id"))
    wilayah_code: Mapped[str] = mapped_column(String(13), index=True)
    ikp_score: Mapped[float | None] = mapped_column(Float)
    tps_kurang_rawan: Mapped[int | None] = mapped_column(Integer)
    tps_rawan: Mapped[int | None] = mapped_column(Integer)
    tps_sangat_rawan: Mapped[int | None] = mapped_column(Integer)
    tps_khusus: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(200), default="")
    source_date: Mapped[date | None] = mapped_column(Date)
