"""Exchange packages (.deskpkg) made or taken in at this desk (SPEC 8): "since the last
package" starts from here, and taking in the same package twice is recognised."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, UTCDateTime

KELUAR, MASUK = "keluar", "masuk"


class PaketPertukaran(Entity):
    __tablename__ = "paket_pertukaran"
    __table_args__ = (UniqueConstraint("direction", "package_uid"),)

    direction: Mapped[str] = mapped_column(String(6))
    package_uid: Mapped[str] = mapped_column(String(36))
    source_desk: Mapped[str] = mapped_column(String(200), default="")
    range_start: Mapped[datetime | None] = mapped_column(UTCDateTime())
    range_end: Mapped[datetime] = mapped_column(UTCDateTime())
    sha256: Mapped[str] = mapped_column(String(64), default="")
    counts_json: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(64), default="")
