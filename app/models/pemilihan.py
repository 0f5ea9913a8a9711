"""Pemilihan: one contest (the governor race, or one kab/kota race)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity

KINDS = ("gubernur", "bupati", "wali kota")


class Pemilihan(Entity):
    __tablename__ = "pemilihan"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    wilayah_id: Mapped[int] = mapped_column(ForeignKey("wilayah.id"), index=True)
    voting_date: Mapped[date] = mapped_column(Date)
    #: Target participation in percent, e.g. 82.0 (KPU RI national target).
    target_participation: Mapped[float | None] = mapped_column(Float)
