"""Reference lists an administrator edits (SPEC 3 and 5): one table, one ``kind`` column.

Items are renamed or deactivated, never deleted once used, so old records keep their
meaning.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity

KATEGORI_INSIDEN = "kategori_insiden"
SUMBER = "sumber"
INSTANSI = "instansi"
JENIS_LOGISTIK = "jenis_logistik"
KELOMPOK_SASARAN = "kelompok_sasaran"
JENIS_KEGIATAN = "jenis_kegiatan"
KINDS = (KATEGORI_INSIDEN, SUMBER, INSTANSI, JENIS_LOGISTIK, KELOMPOK_SASARAN, JENIS_KEGIATAN)


class Referensi(Entity):
    __tablename__ = "referensi"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    kind: Mapped[str] = mapped_column(String(32), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    #: Grouping, e.g. the IKP dimension of an incident category.
    group: Mapped[str] = mapped_column(String(80), default="")
    #: Unit of a logistics item (lembar, unit, botol ...).
    unit: Mapped[str] = mapped_column(String(30), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
