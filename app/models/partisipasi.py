"""Partisipasi (SPEC 4): DPT and turnout per contest and wilayah, and earlier elections
entered by the user for comparison."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class Partisipasi(Entity):
    __tablename__ = "partisipasi"
    __table_args__ = (UniqueConstraint("pemilihan_id", "wilayah_id"),)

    pemilihan_id: Mapped[int] = mapped_column(ForeignKey("pemilihan.id"))
    wilayah_id: Mapped[int] = mapped_column(ForeignKey("wilayah.id"))
    wilayah_code: Mapped[str] = mapped_column(String(13), index=True)
    dpt_men: Mapped[int | None] = mapped_column(Integer)
    dpt_women: Mapped[int | None] = mapped_column(Integer)
    dptb: Mapped[int | None] = mapped_column(Integer)
    dpk: Mapped[int | None] = mapped_column(Integer)
    tps_count: Mapped[int | None] = mapped_column(Integer)
    #: None until the count is known (after voting day).
    voted_men: Mapped[int | None] = mapped_column(Integer)
    voted_women: Mapped[int | None] = mapped_column(Integer)
    valid_votes: Mapped[int | None] = mapped_column(Integer)
    invalid_votes: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(200), default="")
    source_date: Mapped[date | None] = mapped_column(Date)


class PemilihanLalu(Entity):
    """An earlier election's figure for one wilayah (e.g. Pilgub Banten 2017: 62,02%)."""

    __tablename__ = "pemilihan_lalu"
    __table_args__ = (UniqueConstraint("name", "wilayah_id"),)

    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    #: The current contest it is compared with (None: any contest of that wilayah).
    pemilihan_id: Mapped[int | None] = mapped_column(ForeignKey("pemilihan.id"))
    wilayah_id: Mapped[int] = mapped_column(ForeignKey("wilayah.id"))
    wilayah_code: Mapped[str] = mapped_column(String(13), index=True)
    dpt: Mapped[int | None] = mapped_column(Integer)
    voted: Mapped[int | None] = mapped_column(Integer)
    #: As published, when only the percentage is known.
    turnout_pct: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(200), default="")
