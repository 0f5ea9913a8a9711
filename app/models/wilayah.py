"""Wilayah: the Kemendagri region tree (provinsi, kab/kota, kecamatan, desa/kelurahan)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity

LEVEL_PROVINSI, LEVEL_KABKOTA, LEVEL_KECAMATAN, LEVEL_DESA = 1, 2, 3, 4


class Wilayah(Entity):
    __tablename__ = "wilayah"

    #: Dotted Kemendagri code: "36", "36.01", "36.01.01", "36.01.01.2001". Prefix
    #: matching on it (``LIKE '36.01.%'``) selects a whole subtree in one indexed query.
    code: Mapped[str] = mapped_column(String(13), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    level: Mapped[int] = mapped_column(Integer)
    #: provinsi, kabupaten, kota, kecamatan, kelurahan, desa
    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("wilayah.id"), index=True)
