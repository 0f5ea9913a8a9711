"""Exports of the participation figures (one contest) and the IKP scores and TPS counts
(per region, or one contest) in the columns of their import templates, so a file imports
back with the same choice of contest without changing anything. Rows without a single
figure are left out (an import refuses them); empty cells erase nothing on import."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select

from app.models import Partisipasi
from app.services.core.uow import UnitOfWork
from app.services.exporting.by_region import (
    chosen_contest,
    contest_choices,
    export_column,
    has_figure,
    region_names,
    region_values,
)
from app.services.exporting.table import ExportTable
from app.services.partisipasi.import_spec import PartisipasiImport

#: Import column key → model field (the region columns and sums are filled separately).
PARTISIPASI_FIELDS = {
    "dpt_l": "dpt_men", "dpt_p": "dpt_women", "dptb": "dptb", "dpk": "dpk", "tps": "tps_count",
    "memilih_l": "voted_men", "memilih_p": "voted_women", "sah": "valid_votes",
    "tidak_sah": "invalid_votes", "sumber": "source", "tanggal": "source_date",
}  # fmt: skip
#: Totals the import checks against L + P.
SUMS = {"dpt": ("dpt_men", "dpt_women"), "memilih": ("voted_men", "voted_women")}
PARTISIPASI_COLUMNS = tuple(export_column(c) for c in PartisipasiImport.columns)


class PartisipasiExport:
    """One contest's DPT and turnout figures per wilayah (import with the same contest)."""

    jenis = "partisipasi"
    title = "Data DPT dan partisipasi"

    def options(self, uow: UnitOfWork) -> list[Any]:
        from app.services.exporting.table import ExportOption

        return [ExportOption("pemilihan", "Pemilihan", contest_choices(uow))]

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        contest = chosen_contest(uow, options.get("pemilihan"))
        where = (Partisipasi.pemilihan_id == contest.id, Partisipasi.archived.is_(False),
                 has_figure(Partisipasi, PARTISIPASI_FIELDS))  # fmt: skip
        total = uow.session.scalar(select(func.count(Partisipasi.id)).where(*where)) or 0
        query = select(Partisipasi).where(*where).order_by(Partisipasi.wilayah_code)
        rows = self._rows(uow, query)
        return ExportTable(f"Data partisipasi {contest.name}", PARTISIPASI_COLUMNS, rows, total,
                           "Partisipasi")  # fmt: skip

    def _rows(self, uow: UnitOfWork, query: Any) -> Iterator[list[object]]:
        names = region_names(uow)
        for record in uow.session.scalars(query):
            values = region_values(record.wilayah_code, names)
            values.update({k: getattr(record, f) for k, f in PARTISIPASI_FIELDS.items()})
            for key, (men, women) in SUMS.items():
                a, b = getattr(record, men), getattr(record, women)
                values[key] = None if a is None or b is None else a + b
            yield [values.get(c.key) for c in PartisipasiImport.columns]
