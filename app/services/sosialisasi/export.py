"""Export of the outreach register (SPEC 8): every session the active filter shows, to
``.xlsx`` or CSV with Indonesian headers. The headers are those of the import, so an
exported file imports back without creating duplicates. Formula-like cells are
neutralised in both formats; the export is audited."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.models import Referensi, Sosialisasi, Wilayah
from app.services.core import audit
from app.services.core.actor import EKSPOR
from app.services.core.clock import desk_clock
from app.services.core.errors import DomainError, os_reason
from app.services.core.uow import UnitOfWork
from app.services.importing.workbook import neutralise, write_table
from app.services.sosialisasi.query import SosialisasiFilter, ordered, sasaran_names, where

FORMATS = (".xlsx", ".csv")
HEADERS = [
    "Tanggal", "Mulai", "Selesai", "Kode wilayah", "Kab/Kota", "Kecamatan", "Desa/Kelurahan",
    "Tempat", "Penyelenggara", "Jenis kegiatan", "Kelompok sasaran", "Topik", "Narasumber",
    "Rencana peserta", "Hadir laki-laki", "Hadir perempuan", "Hadir disabilitas",
    "Jumlah hadir", "Anggaran", "Catatan",
]  # fmt: skip
WIDTHS = [11, 7, 16, 14, 24, 20, 22, 28, 14, 24, 34, 40, 28, 10, 10, 10, 10, 10, 14, 40]
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


def _write_csv(path: Path, rows: Iterator[list[object]]) -> int:
    count = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADERS)
            for row in rows:
                writer.writerow(["" if v is None else neutralise(v) for v in row])
                count += 1
    except OSError as error:
        raise DomainError(
            f"Berkas {path} tidak dapat ditulis: {os_reason(error)}"
        ) from error
    return count


def export(uow: UnitOfWork, flt: SosialisasiFilter, path: Path) -> int:
    """Write the sessions the filter shows to ``path`` (.xlsx or .csv); the row count."""
    uow.require(EKSPOR)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(
            f"Jenis berkas '{path.suffix or path.name}' tidak dapat dipakai untuk ekspor. "
            "Gunakan .xlsx atau .csv."
        )
    if suffix == ".csv":
        count = _write_csv(path, _rows(uow, flt))
    else:
        rows = list(_rows(uow, flt))
        write_table(path, "Sosialisasi", HEADERS, rows, WIDTHS)
        count = len(rows)
    wanted = {k: v for k, v in asdict(flt).items() if v not in (None, "", False)}
    audit.record(uow.session, uow.user, audit.EXPORT, entity="sosialisasi", note=path.name,
                 changes={"filter": wanted, "baris": count, "format": suffix[1:]})  # fmt: skip
    uow.commit()
    return count


class SosialisasiExport:
    """The register for ``desk-pilkada export sosialisasi`` and the Data page: every live
    session, through the shared export machinery (``app.services.exporting``)."""

    jenis = "sosialisasi"
    title = "Kegiatan sosialisasi"

    def table(self, uow: UnitOfWork, options: dict):
        from app.services.exporting.table import ExportColumn, ExportTable

        columns = [ExportColumn(h, width=w) for h, w in zip(HEADERS, WIDTHS, strict=True)]
        return ExportTable(
            self.title, columns, _rows(uow, SosialisasiFilter()), sheet="Sosialisasi"
        )
