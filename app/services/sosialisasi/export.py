"""Export of the outreach register (SPEC 8): every session the active filter shows, to
``.xlsx`` or CSV with Indonesian headers, through the export engine
(``app.services.exporting``: formula-like cells neutralised, the file in place only when
complete, audited). The columns the import reads are declared there (``import_spec``), so
an exported file imports back without creating duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.models import Referensi, Sosialisasi, Wilayah
from app.services.core.actor import EKSPOR
from app.services.core.clock import desk_clock
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import (
    NUMBER,
    ExportColumn,
    ExportTable,
    check_format,
    from_import,
)  # fmt: skip
from app.services.exporting.writer import write_table
from app.services.sosialisasi.import_spec import SosialisasiImport
from app.services.sosialisasi.query import SosialisasiFilter, ordered, sasaran_names, where

_IMPORTED = {c.key: c for c in SosialisasiImport.columns}


def _imported(key: str, width: int, kind: str = "text") -> ExportColumn:
    return from_import(_IMPORTED[key], kind, width)


#: The import's columns by key, and those only an export gives: the region's code (the
#: import's 'wilayah' takes a code or a name), the names of its levels, the attendance sum.
COLUMNS = (
    _imported("tanggal", 11), _imported("mulai", 7), _imported("selesai", 16),
    ExportColumn("Kode wilayah", width=14), ExportColumn("Kab/Kota", width=24),
    ExportColumn("Kecamatan", width=20), ExportColumn("Desa/Kelurahan", width=22),
    _imported("tempat", 28), _imported("penyelenggara", 14), _imported("jenis", 24),
    _imported("sasaran", 34), _imported("topik", 40), _imported("narasumber", 28),
    _imported("rencana", 10, NUMBER), _imported("laki", 10, NUMBER),
    _imported("perempuan", 10, NUMBER), _imported("disabilitas", 10, NUMBER),
    ExportColumn("Jumlah hadir", NUMBER, 10), _imported("anggaran", 14, NUMBER),
    _imported("catatan", 40),
)  # fmt: skip
#: Rows read from the database at a time.
BATCH = 1000


def _prefixes(code: str) -> tuple[str, str, str]:
    parts = code.split(".")
    kab, kec, desa = (".".join(parts[:n]) if len(parts) >= n else "" for n in (2, 3, 4))
    return kab, kec, desa


def _rows(uow: UnitOfWork, flt: SosialisasiFilter) -> Iterator[list[object]]:
    tz = desk_clock(uow).tz
    tree = select(Wilayah.code, Wilayah.name).where(Wilayah.level >= 2)
    names = {code: name for code, name in uow.session.execute(tree)}
    jenis = aliased(Referensi)
    statement = ordered(
        where(
            select(
                Sosialisasi.id, Sosialisasi.starts_at, Sosialisasi.ends_at,
                Sosialisasi.wilayah_code, Sosialisasi.venue, Sosialisasi.organiser, jenis.name,
                Sosialisasi.topic, Sosialisasi.speakers, Sosialisasi.planned_participants,
                Sosialisasi.attendance_men, Sosialisasi.attendance_women,
                Sosialisasi.attendance_disabled, Sosialisasi.budget, Sosialisasi.notes,
            ).outerjoin(jenis, jenis.id == Sosialisasi.jenis_kegiatan_id),
            flt,
            tz,
        ),
        flt,
    )  # fmt: skip
    result = uow.session.execute(statement.execution_options(yield_per=BATCH))
    for batch in result.partitions(BATCH):
        groups = sasaran_names(uow, [r[0] for r in batch])
        for (row_id, starts, ends, code, venue, organiser, kind, topic, speakers, planned, men,
             women, disabled, budget, notes) in batch:  # fmt: skip
            local = starts.astimezone(tz)
            end_text = ""
            if ends is not None:
                end_local = ends.astimezone(tz)
                same_day = end_local.date() == local.date()
                end_text = f"{end_local:%H.%M}" if same_day else f"{end_local:%d/%m/%Y %H.%M}"
            attended = None if men is None and women is None else (men or 0) + (women or 0)
            regions = [names.get(p, "") if p else "" for p in _prefixes(code)]
            yield [
                f"{local:%d/%m/%Y}", f"{local:%H.%M}", end_text, code, *regions, venue, organiser,
                kind or "", groups.get(row_id, "").replace(", ", "; "), topic, speakers, planned,
                men, women, disabled, attended, budget, notes,
            ]  # fmt: skip


def _table(uow: UnitOfWork, flt: SosialisasiFilter) -> ExportTable:
    counted = where(select(func.count(Sosialisasi.id)), flt, desk_clock(uow).tz)
    total = uow.session.scalar(counted) or 0
    return ExportTable("Kegiatan sosialisasi", COLUMNS, _rows(uow, flt), total, "Sosialisasi")


def export(
    uow: UnitOfWork, flt: SosialisasiFilter, path: Path, reporter: Progress | None = None
) -> int:
    """Write the sessions the filter shows to ``path`` (.xlsx or .csv); the row count."""
    uow.require(EKSPOR)
    check_format(Path(path))
    wanted = {k: v for k, v in asdict(flt).items() if v not in (None, "", False)}
    table = _table(uow, flt)
    return write_table(uow, "sosialisasi", table, Path(path), reporter, {"filter": wanted}).rows


class SosialisasiExport:
    """The register for ``desk-pilkada export sosialisasi`` and the Data page: every live
    session, through the shared export machinery (``app.services.exporting``)."""

    jenis = "sosialisasi"
    title = "Kegiatan sosialisasi"

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        return _table(uow, SosialisasiFilter())
