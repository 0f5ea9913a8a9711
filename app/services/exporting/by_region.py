"""Exports of figures kept per region (DPT and turnout, IKP and TPS counts): the region
columns of the import template filled from the code, the contest option, and export
columns made from import columns, so an export imports back unchanged."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from app.models import Pemilihan, Wilayah
from app.services.core.errors import DomainError
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import DATE, NUMBER, TEXT, ExportColumn, from_import
from app.services.importing.columns import Column

TEXT_KEYS = {"kode", "wilayah", "kabkota", "kecamatan", "desa", "sumber"}
WIDTHS = {"kode": 14, "wilayah": 28, "kabkota": 22, "kecamatan": 20, "desa": 22, "sumber": 36}


def export_column(column: Column) -> ExportColumn:
    """The import template's header (first letter capitalised) and a kind for the cell."""
    kind = DATE if column.key == "tanggal" else TEXT if column.key in TEXT_KEYS else NUMBER
    return from_import(column, kind, WIDTHS.get(column.key, max(10, len(column.header) + 2)))


def region_names(uow: UnitOfWork) -> dict[str, str]:
    return dict(uow.session.execute(select(Wilayah.code, Wilayah.name)).all())


def region_values(code: str, names: dict[str, str]) -> dict[str, object]:
    parts = code.split(".")
    prefixes = [".".join(parts[:n]) if len(parts) >= n else "" for n in (2, 3, 4)]
    values: dict[str, object] = {"kode": code, "wilayah": names.get(code, "")}
    for key, prefix in zip(("kabkota", "kecamatan", "desa"), prefixes, strict=True):
        values[key] = names.get(prefix, "") if prefix else ""
    return values


def contest_choices(uow: UnitOfWork) -> list[tuple[Any, str]]:
    contests = uow.session.execute(
        select(Pemilihan.id, Pemilihan.name)
        .where(Pemilihan.archived.is_(False))
        .order_by(Pemilihan.id)
    )
    return [(c.id, c.name) for c in contests]


def chosen_contest(uow: UnitOfWork, wanted: object) -> Pemilihan:
    query = select(Pemilihan).where(Pemilihan.archived.is_(False)).order_by(Pemilihan.id)
    if wanted not in (None, ""):
        try:
            query = query.where(Pemilihan.id == int(wanted))
        except (TypeError, ValueError):
            raise DomainError(
                f"Pemilihan '{wanted}' tidak dikenal: tulis ID pemilihan (angka)."
            ) from None
    found = uow.session.scalars(query).first()
    if found is None:
        raise DomainError("Pemilihan tidak ditemukan. Jalankan 'init' terlebih dahulu.")
    return found


def has_figure(model: type, fields: dict[str, str]) -> Any:
    figures = [getattr(model, f) for k, f in fields.items() if k not in ("sumber", "tanggal")]
    return or_(*(f.is_not(None) for f in figures))
