"""A brief being written: the desk's text for one brief (type, day, scope) kept between
sessions and between people, so the Pimpinan who issues it finds what the Operator wrote.

Not a register of its own: nothing here is issued, numbered or sent to another desk; the
issued brief keeps what it printed (``laporan.summary_json``) and its audit entry."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity

#: ``scope`` of a brief about every contest (otherwise the contest's id as text).
ALL_CONTESTS = ""


class LaporanDraf(Entity):
    __tablename__ = "laporan_draf"
    __table_args__ = (UniqueConstraint("jenis", "day", "scope"),)

    jenis: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    #: The contest's id as text, "" for every contest: a key column that is never NULL,
    #: so the unique constraint holds for "Semua pemilihan" too (NULLs never collide).
    scope: Mapped[str] = mapped_column(String(20), default=ALL_CONTESTS)
    insiden_number: Mapped[str] = mapped_column(String(30), default="")
    uraian: Mapped[str] = mapped_column(Text, default="")
    hal: Mapped[str] = mapped_column(String(300), default="")
    classification: Mapped[str] = mapped_column(String(20), default="")
    urgency: Mapped[str] = mapped_column(String(20), default="")
    lampiran: Mapped[str] = mapped_column(String(100), default="")
    #: Section keys chosen, one per line; "*" for the type's default sections.
    sections: Mapped[str] = mapped_column(Text, default="*")
    kesimpulan: Mapped[str] = mapped_column(Text, default="")
    rekomendasi: Mapped[str] = mapped_column(Text, default="")
