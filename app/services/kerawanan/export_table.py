"""The IKP and TPS-rawan register as an export, in its import template's columns."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select

from app.models import Kerawanan
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
from app.services.kerawanan.import_spec import ALL_CONTESTS, KerawananImport

#: Import column key → model field (the region columns are filled from the code).
KERAWANAN_FIELDS = {
    "ikp": "ikp_score", "kurang_rawan": "tps_kurang_rawan", "rawan": "tps_rawan",
    "sangat_rawan": "tps_sangat_rawan", "khusus": "tps_khusus", "sumber": "source",
    "tanggal": "source_date",
}  # fmt: skip
KERAWANAN_COLUMNS = tuple(export_column(c) for c in KerawananImport.columns)


class KerawananExport:
    """IKP scores and TPS counts per wilayah: those kept for every contest ('semua'), or
    one contest's (import with the same choice)."""

    jenis = "kerawanan"
    title = "Skor IKP dan TPS rawan"

    def options(self, uow: UnitOfWork) -> list[Any]:
        from app.services.exporting.table import ExportOption

        choices = [(ALL_CONTESTS, "Semua pemilihan (per wilayah)"), *contest_choices(uow)]
        return [ExportOption("pemilihan", "Pemilihan", choices)]

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        wanted = options.get("pemilihan") or ALL_CONTESTS
        title = f"{self.title} (semua pemilihan)"
        where = [Kerawanan.archived.is_(False), has_figure(Kerawanan, KERAWANAN_FIELDS)]
        if wanted == ALL_CONTESTS:
            where.append(Kerawanan.pemilihan_id.is_(None))
        else:
            contest = chosen_contest(uow, wanted)
            where.append(Kerawanan.pemilihan_id == contest.id)
            title = f"{self.title} {contest.name}"
        total = uow.session.scalar(select(func.count(Kerawanan.id)).where(*where)) or 0
        query = select(Kerawanan).where(*where).order_by(Kerawanan.wilayah_code)
        return ExportTable(title, KERAWANAN_COLUMNS, self._rows(uow, query), total, "Kerawanan")

    def _rows(self, uow: UnitOfWork, query: Any) -> Iterator[list[object]]:
        names = region_names(uow)
        for record in uow.session.scalars(query):
            values = region_values(record.wilayah_code, names)
            values.update({k: getattr(record, f) for k, f in KERAWANAN_FIELDS.items()})
            yield [values.get(c.key) for c in KerawananImport.columns]
