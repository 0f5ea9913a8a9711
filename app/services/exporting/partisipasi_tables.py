"""Exports of the participation figures (one contest) and the IKP scores and TPS counts
(per region, or one contest) in the columns of their import templates, so a file imports
back with the same choice of contest without changing anything. Rows without a single
figure are left out (an import refuses them); empty cells erase nothing on import."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, or_, select

from app.models import Kerawanan, Partisipasi, Pemilihan, Wilayah
from app.services import tahapan
from app.services.errors import DomainError
from app.services.exporting.table import DATE, NUMBER, TEXT, ExportColumn, ExportTable
from app.services.importing.columns import Column
from app.services.importing.kerawanan_spec import ALL_CONTESTS, KerawananImport
from app.services.importing.partisipasi_spec import PartisipasiImport
from app.services.uow import UnitOfWork

#: Import column key → model field (the region columns and sums are filled separately).
PARTISIPASI_FIELDS = {
    "dpt_l": "dpt_men", "dpt_p": "dpt_women", "dptb": "dptb", "dpk": "dpk", "tps": "tps_count",
    "memilih_l": "voted_men", "memilih_p": "voted_women", "sah": "valid_votes",
    "tidak_sah": "invalid_votes", "sumber": "source", "tanggal": "source_date",
}  # fmt: skip
#: Totals the import checks against L + P.
SUMS = {"dpt": ("dpt_men", "dpt_women"), "memilih": ("voted_men", "voted_women")}
KERAWANAN_FIELDS = {
    "ikp": "ikp_score", "kurang_rawan": "tps_kurang_rawan", "rawan": "tps_rawan",
    "sangat_rawan": "tps_sangat_rawan", "khusus": "tps_khusus", "sumber": "source",
    "tanggal": "source_date",
}  # fmt: skip
_TEXT_KEYS = {"kode", "wilayah", "kabkota", "kecamatan", "desa", "sumber"}
_WIDTHS = {"kode": 14, "wilayah": 28, "kabkota": 22, "kecamatan": 20, "desa": 22, "sumber": 36}


def _export_column(column: Column) -> ExportColumn:
    """The import template's header (first letter capitalised) and a kind for the cell."""
    kind = DATE if column.key == "tanggal" else TEXT if column.key in _TEXT_KEYS else NUMBER
    header = column.header[:1].upper() + column.header[1:]
    return ExportColumn(header, kind, _WIDTHS.get(column.key, max(10, len(header) + 2)))


PARTISIPASI_COLUMNS = tuple(_export_column(c) for c in PartisipasiImport.columns)
KERAWANAN_COLUMNS = tuple(_export_column(c) for c in KerawananImport.columns)


def _region_names(uow: UnitOfWork) -> dict[str, str]:
    return dict(uow.session.execute(select(Wilayah.code, Wilayah.name)).all())


def _region_values(code: str, names: dict[str, str]) -> dict[str, object]:
    parts = code.split(".")
    prefixes = [".".join(parts[:n]) if len(parts) >= n else "" for n in (2, 3, 4)]
    values: dict[str, object] = {"kode": code, "wilayah": names.get(code, "")}
    for key, prefix in zip(("kabkota", "kecamatan", "desa"), prefixes, strict=True):
        values[key] = names.get(prefix, "") if prefix else ""
    return values


def _contest_choices(uow: UnitOfWork) -> list[tuple[Any, str]]:
    return [(c.id, c.name) for c in tahapan.list_pemilihan(uow)]


def _contest(uow: UnitOfWork, wanted: object) -> Pemilihan:
    query = select(Pemilihan).where(Pemilihan.archived.is_(False)).order_by(Pemilihan.id)
    if wanted not in (None, ""):
        try:
            query = query.where(Pemilihan.id == int(wanted))
        except (TypeError, ValueError):
            raise DomainError(
                f"Pemilihan '{wanted}' tidak dikenal: tulis ID pemilihan (angka)."
            ) from None
    contest = uow.session.scalars(query).first()
    if contest is None:
        raise DomainError("Pemilihan tidak ditemukan. Jalankan 'init' terlebih dahulu.")
    return contest


def _has_figure(model: type, fields: dict[str, str]) -> Any:
    figures = [getattr(model, f) for k, f in fields.items() if k not in ("sumber", "tanggal")]
    return or_(*(f.is_not(None) for f in figures))


class PartisipasiExport:
    """One contest's DPT and turnout figures per wilayah (import with the same contest)."""

    jenis = "partisipasi"
    title = "Data DPT dan partisipasi"

    def options(self, uow: UnitOfWork) -> list[Any]:
        from app.services.exporting.registry import ExportOption

        return [ExportOption("pemilihan", "Pemilihan", _contest_choices(uow))]

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        contest = _contest(uow, options.get("pemilihan"))
        where = (Partisipasi.pemilihan_id == contest.id, Partisipasi.archived.is_(False),
                 _has_figure(Partisipasi, PARTISIPASI_FIELDS))  # fmt: skip
        total = uow.session.scalar(select(func.count(Partisipasi.id)).where(*where)) or 0
        query = select(Partisipasi).where(*where).order_by(Partisipasi.wilayah_code)
        rows = self._rows(uow, query)
        return ExportTable(f"Data partisipasi {contest.name}", PARTISIPASI_COLUMNS, rows, total,
                           "Partisipasi")  # fmt: skip

    def _rows(self, uow: UnitOfWork, query: Any) -> Iterator[list[object]]:
        names = _region_names(uow)
        for record in uow.session.scalars(query):
            values = _region_values(record.wilayah_code, names)
            values.update({k: getattr(record, f) for k, f in PARTISIPASI_FIELDS.items()})
            for key, (men, women) in SUMS.items():
                a, b = getattr(record, men), getattr(record, women)
                values[key] = None if a is None or b is None else a + b
            yield [values.get(c.key) for c in PartisipasiImport.columns]


class KerawananExport:
    """IKP scores and TPS counts per wilayah: those kept for every contest ('semua'), or
    one contest's (import with the same choice)."""

    jenis = "kerawanan"
    title = "Skor IKP dan TPS rawan"

    def options(self, uow: UnitOfWork) -> list[Any]:
        from app.services.exporting.registry import ExportOption

        choices = [(ALL_CONTESTS, "Semua pemilihan (per wilayah)"), *_contest_choices(uow)]
        return [ExportOption("pemilihan", "Pemilihan", choices)]

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        wanted = options.get("pemilihan") or ALL_CONTESTS
        title = f"{self.title} (semua pemilihan)"
        where = [Kerawanan.archived.is_(False), _has_figure(Kerawanan, KERAWANAN_FIELDS)]
        if wanted == ALL_CONTESTS:
            where.append(Kerawanan.pemilihan_id.is_(None))
        else:
            contest = _contest(uow, wanted)
            where.append(Kerawanan.pemilihan_id == contest.id)
            title = f"{self.title} {contest.name}"
        total = uow.session.scalar(select(func.count(Kerawanan.id)).where(*where)) or 0
        query = select(Kerawanan).where(*where).order_by(Kerawanan.wilayah_code)
        return ExportTable(title, KERAWANAN_COLUMNS, self._rows(uow, query), total, "Kerawanan")

    def _rows(self, uow: UnitOfWork, query: Any) -> Iterator[list[object]]:
        names = _region_names(uow)
        for record in uow.session.scalars(query):
            values = _region_values(record.wilayah_code, names)
            values.update({k: getattr(record, f) for k, f in KERAWANAN_FIELDS.items()})
            yield [values.get(c.key) for c in KerawananImport.columns]
