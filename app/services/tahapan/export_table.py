"""Export of one contest's stage schedule. The first seven columns are those of the import
template, parents before their sub-stages, so the file imports back as a schedule (into
the same or another contest); the desk's own columns after them are for reading and are
left alone by an import."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models import Pemilihan
from app.services.core.errors import DomainError
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import DATE, NUMBER, ExportColumn, ExportTable
from app.services.tahapan import records as tahapan

COLUMNS = (
    ExportColumn("Kode", width=9),
    ExportColumn("Induk", width=9),
    ExportColumn("Nama", width=60),
    ExportColumn("Mulai", DATE, 12),
    ExportColumn("Selesai", DATE, 12),
    ExportColumn("Catatan", width=40),
    ExportColumn("Untuk", width=10),
    ExportColumn("Mulai aktual", DATE, 14),
    ExportColumn("Selesai aktual", DATE, 14),
    ExportColumn("Progres (%)", NUMBER, 12),
    ExportColumn("Penanggung jawab", width=24),
    ExportColumn("Status", width=14),
)


class TahapanExport:
    jenis = "tahapan"
    title = "Jadwal Tahapan"

    def options(self, uow: UnitOfWork) -> list[Any]:
        from app.services.exporting.table import ExportOption

        contests = [(c.id, c.name) for c in tahapan.list_pemilihan(uow)]
        return [ExportOption("pemilihan", "Pemilihan", contests)]

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        wanted = options.get("pemilihan")
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
        stages = tahapan.list_tahapan(uow, contest.id)
        rows = [
            [s.code, s.parent_code, s.name, s.planned_start, s.planned_end, _schedule_note(uow, s.id),
             "", s.actual_start, s.actual_end, s.progress, s.responsible, s.status]
            for s in stages
        ]  # fmt: skip
        return ExportTable(f"Jadwal tahapan {contest.name}", COLUMNS, rows, len(rows), "Tahapan")


def _schedule_note(uow: UnitOfWork, stage_id: int) -> str:
    from app.models import Tahapan

    stage = uow.session.get(Tahapan, stage_id)
    return stage.schedule_note if stage else ""
