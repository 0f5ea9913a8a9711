"""Logistik (SPEC 4): consignments (pengiriman) with their lines, and requirements
(kebutuhan) per wilayah and item type. Items are ``Referensi`` rows of kind
``jenis_logistik`` (with their unit)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Entity, UTCDateTime

#: Distribution levels, top to bottom (origin and destination of a consignment).
KPU_PROVINSI, KPU_KABKOTA, PPK, PPS, KPPS = (
    "KPU Provinsi",
    "KPU Kab/Kota",
    "PPK",
    "PPS",
    "KPPS/TPS",
)
LEVELS = (KPU_PROVINSI, KPU_KABKOTA, PPK, PPS, KPPS)

DISIAPKAN, DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN, DIKEMBALIKAN, DIBATALKAN = (
    "Disiapkan",
    "Dikirim",
    "Diterima",
    "Diterima sebagian",
    "Dikembalikan",
    "Dibatalkan",
)
STATUSES = (DISIAPKAN, DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN, DIKEMBALIKAN, DIBATALKAN)

#: Reason codes of a receipt line that is not all good.
REASONS = ("rusak", "hilang", "kurang kirim", "salah kirim", "basah/cacat cetak")


class Pengiriman(Entity):
    """One consignment: from a level and place to a destination level and wilayah."""

    __tablename__ = "pengiriman"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_pengiriman_destination_code", "destination_code"),
        Index("ix_pengiriman_status_deadline", "status", "must_arrive_by"),
    )

    number: Mapped[str] = mapped_column(String(40))
    pemilihan_id: Mapped[int | None] = mapped_column(ForeignKey("pemilihan.id"), index=True)
    origin_level: Mapped[str] = mapped_column(String(20))
    origin_place: Mapped[str] = mapped_column(String(200), default="")
    origin_wilayah_id: Mapped[int | None] = mapped_column(ForeignKey("wilayah.id"))
    destination_level: Mapped[str] = mapped_column(String(20))
    destination_wilayah_id: Mapped[int] = mapped_column(ForeignKey("wilayah.id"))
    #: Copy of the destination's dotted code: region filters are prefix matches.
    destination_code: Mapped[str] = mapped_column(String(13))
    #: TPS number when the destination is a TPS (wilayah is then its desa/kelurahan).
    tps: Mapped[str] = mapped_column(String(10), default="")
    planned_dispatch: Mapped[date | None] = mapped_column(Date)
    must_arrive_by: Mapped[date | None] = mapped_column(Date)
    expected_arrival: Mapped[date | None] = mapped_column(Date)
    actual_dispatch: Mapped[datetime | None] = mapped_column(UTCDateTime())
    actual_arrival: Mapped[datetime | None] = mapped_column(UTCDateTime())
    escort: Mapped[bool] = mapped_column(Boolean, default=False)
    berita_acara: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(20), default=DISIAPKAN)
    notes: Mapped[str] = mapped_column(Text, default="")


class PengirimanBaris(Entity):
    """One line of a consignment. Shortfall is computed (sent - good), never stored."""

    __tablename__ = "pengiriman_baris"
    __table_args__ = (Index("ix_pengiriman_baris_code_jenis", "destination_code", "jenis_id"),)

    pengiriman_id: Mapped[int] = mapped_column(ForeignKey("pengiriman.id"), index=True)
    jenis_id: Mapped[int] = mapped_column(ForeignKey("referensi.id"))
    #: Copies of the header's destination and contest, kept in step by the service, so
    #: the readiness roll-up is one GROUP BY over this table.
    destination_code: Mapped[str] = mapped_column(String(13))
    pemilihan_id: Mapped[int | None] = mapped_column(ForeignKey("pemilihan.id"))
    qty_sent: Mapped[int] = mapped_column(Integer)
    #: None until a receipt is recorded.
    qty_good: Mapped[int | None] = mapped_column(Integer)
    qty_damaged: Mapped[int] = mapped_column(Integer, default=0)
    qty_missing: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(30), default="")


#: A line that accounts for more than was sent (good + damaged + missing > sent): the
#: service refuses it, so only data written around it (an exchange package, another
#: program) can hold one. The check (``logistik.checks.received_not_above_sent``) and the
#: partial index below share this clause, so a check over a million lines reads only the
#: index of those few lines. The index is made by migration 0010, on PostgreSQL with the
#: same clause; declared here with SQLite's option only, because naming a PostgreSQL
#: option loads that dialect (20 ms of every start of a desk on SQLite), and the schema is
#: made by the migrations, never from these declarations.
OVER_SENT = and_(
    PengirimanBaris.archived.is_(False),
    PengirimanBaris.qty_good.is_not(None),
    # written as a difference: SQLite matches a partial index's "a + b > c" to no query
    PengirimanBaris.qty_good + PengirimanBaris.qty_damaged + PengirimanBaris.qty_missing
    - PengirimanBaris.qty_sent
    > literal_column("0"),  # written out, not bound: the index must match the query
)
Index(
    "ix_pengiriman_baris_over_sent",
    PengirimanBaris.pengiriman_id,
    sqlite_where=OVER_SENT,
)


class Kebutuhan(Entity):
    """Requirement of one item type in one wilayah (for surat suara: per contest)."""

    __tablename__ = "kebutuhan"
    __table_args__ = (Index("ix_kebutuhan_code_jenis", "wilayah_code", "jenis_id"),)

    wilayah_id: Mapped[int] = mapped_column(ForeignKey("wilayah.id"))
    wilayah_code: Mapped[str] = mapped_column(String(13))
    jenis_id: Mapped[int] = mapped_column(ForeignKey("referensi.id"))
    pemilihan_id: Mapped[int | None] = mapped_column(ForeignKey("pemilihan.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    #: "input", "impor" or "aturan" (computed by a rule; the rule is stated in ``basis``).
    source: Mapped[str] = mapped_column(String(10), default="input")
    basis: Mapped[str] = mapped_column(String(300), default="")


class LogistikDiterima(Base):
    """Goods received in good condition, summed per destination, destination level, item
    and contest (0: no contest): what the readiness figures read "now" instead of scanning
    every consignment line (a million on election day).

    Maintained by the database itself — triggers on ``pengiriman_baris`` and
    ``pengiriman`` (migration 0009) — so every way a line or a consignment is written
    (forms, imports, exchange packages, restores, other programs) keeps it exact. A line
    counts while it and its consignment are not archived, its good quantity is recorded
    and the consignment is Diterima or Diterima sebagian (``logistik.query.arrived_clause``).
    ``desk-pilkada check`` compares it with the lines."""

    __tablename__ = "logistik_diterima"

    destination_code: Mapped[str] = mapped_column(String(13), primary_key=True)
    destination_level: Mapped[str] = mapped_column(String(20), primary_key=True)
    jenis_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pemilihan_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    qty_good: Mapped[int] = mapped_column(BigInteger, default=0)

