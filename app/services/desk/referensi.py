"""Reference lists the Administrator keeps (SPEC 3 and 5): incident categories, report
sources, agencies, logistics items, target groups, kinds of outreach. Items are added,
renamed or deactivated, never deleted (old records keep their meaning); every change is
in the audit log (captured from the flush like any record change)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Referensi
from app.models.referensi import (
    INSTANSI,
    JENIS_KEGIATAN,
    JENIS_LOGISTIK,
    KATEGORI_INSIDEN,
    KELOMPOK_SASARAN,
    SUMBER,
)
from app.services.core.actor import PENGATURAN_UBAH
from app.services.core.changes import REFERENSI, Changes
from app.services.core.errors import ConflictError, NotFound, ValidationError
from app.services.core.uow import UnitOfWork

#: The lists an Administrator edits, in the order the screen shows them.
KIND_LABELS = {
    KATEGORI_INSIDEN: "Kategori insiden",
    SUMBER: "Sumber laporan insiden",
    INSTANSI: "Instansi tindak lanjut",
    JENIS_LOGISTIK: "Jenis logistik",
    KELOMPOK_SASARAN: "Kelompok sasaran sosialisasi",
    JENIS_KEGIATAN: "Jenis kegiatan sosialisasi",
}
#: What the "Kelompok" column means for a list (empty: the list has none).
GROUP_LABELS = {KATEGORI_INSIDEN: "Dimensi IKP"}
#: Lists whose items carry a unit (lembar, unit, botol …).
WITH_UNIT = frozenset({JENIS_LOGISTIK})
NAME_MAX = 200


@dataclass(frozen=True)
class ReferensiRow:
    id: int
    kind: str
    code: str
    name: str
    group: str
    unit: str
    active: bool
    version: int


def _row(r: Referensi) -> ReferensiRow:
    return ReferensiRow(r.id, r.kind, r.code, r.name, r.group, r.unit, r.active, r.version)


def _check_kind(kind: str) -> None:
    if kind not in KIND_LABELS:
        raise ValidationError(f"Daftar referensi tidak dikenal: {kind}.")


def list_items(uow: UnitOfWork, kind: str) -> list[ReferensiRow]:
    """Every item of a list, active and not, in the list's order."""
    _check_kind(kind)
    rows = uow.session.scalars(
        select(Referensi).where(Referensi.kind == kind).order_by(Referensi.sort_order, Referensi.id)
    )
    return [_row(r) for r in rows]


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Isi nama butir.", field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(f"Nama paling panjang {NAME_MAX} huruf.", field="name")
    return name


def _same_name(uow: UnitOfWork, kind: str, name: str, other_than: int | None = None) -> bool:
    query = select(Referensi.id).where(Referensi.kind == kind, func.lower(Referensi.name) == name.lower())
    if other_than is not None:
        query = query.where(Referensi.id != other_than)
    return uow.session.scalar(query.limit(1)) is not None


def _new_code(uow: UnitOfWork, kind: str, name: str) -> str:
    """A stable code from the name ("Tokoh pemuda" → TOKOH_PEMUDA), unique in its list."""
    base = re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_")[:32] or "BUTIR"
    taken = set(uow.session.scalars(select(Referensi.code).where(Referensi.kind == kind)))
    code, n = base, 2
    while code in taken:
        code, n = f"{base[:29]}_{n}", n + 1
    return code


def add_item(uow: UnitOfWork, kind: str, name: str, group: str = "", unit: str = "") -> Changes:
    uow.require(PENGATURAN_UBAH)
    _check_kind(kind)
    name = _clean_name(name)
    if _same_name(uow, kind, name):
        raise ValidationError(f"{KIND_LABELS[kind]} \"{name}\" sudah ada.", field="name")
    last = uow.session.scalar(select(func.max(Referensi.sort_order)).where(Referensi.kind == kind)) or 0
    uow.session.add(Referensi(kind=kind, code=_new_code(uow, kind, name), name=name,
                              group=group.strip(), unit=unit.strip() if kind in WITH_UNIT else "",
                              sort_order=last + 10))  # fmt: skip
    uow.commit()
    return Changes.of(REFERENSI, summary=f"{KIND_LABELS[kind]} \"{name}\" ditambahkan.")


def _get(uow: UnitOfWork, item_id: int, version: int | None) -> Referensi:
    item = uow.session.get(Referensi, item_id)
    if item is None or item.kind not in KIND_LABELS:
        raise NotFound("Butir referensi tidak ditemukan.")
    if version is not None and item.version != version:
        raise ConflictError("Butir ini baru saja diubah di PC lain; muat ulang daftarnya.")
    return item


def update_item(uow: UnitOfWork, item_id: int, name: str, group: str = "", unit: str = "",
                version: int | None = None) -> Changes:  # fmt: skip
    """Rename (and regroup) an item: records that use it show the new name."""
    uow.require(PENGATURAN_UBAH)
    item = _get(uow, item_id, version)
    name = _clean_name(name)
    if _same_name(uow, item.kind, name, other_than=item.id):
        raise ValidationError(f"{KIND_LABELS[item.kind]} \"{name}\" sudah ada.", field="name")
    item.name, item.group = name, group.strip()
    item.unit = unit.strip() if item.kind in WITH_UNIT else item.unit
    uow.commit()
    return Changes.of(REFERENSI, summary=f"{KIND_LABELS[item.kind]} \"{name}\" disimpan.")


def set_active(uow: UnitOfWork, item_id: int, active: bool, version: int | None = None) -> Changes:
    """Deactivate (no longer offered for new records; old ones keep it) or reactivate."""
    uow.require(PENGATURAN_UBAH)
    item = _get(uow, item_id, version)
    item.active = active
    uow.commit()
    word = "diaktifkan kembali" if active else "dinonaktifkan"
    return Changes.of(REFERENSI, summary=f"{KIND_LABELS[item.kind]} \"{item.name}\" {word}.")
