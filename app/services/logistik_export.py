"""Export of the consignment table (SPEC 8): every consignment the active filter shows,
one row per line with its header, to ``.xlsx`` or CSV. The columns are those of the
``pengiriman`` import plus the receipt, so an export can be corrected and re-imported.
Formula-like cells are neutralised; the export is audited."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.models import Pemilihan, Pengiriman, PengirimanBaris, Referensi
from app.services import audit
from app.services.actor import EKSPOR
from app.services.clock import desk_clock
from app.services.errors import DomainError
from app.services.importing.workbook import write_table
from app.services.insiden_export import _write_csv
from app.services.logistik_query import SORT_KEYS, LogistikFilter, where
from app.services.uow import UnitOfWork

HEADERS = [
    "Nomor", "Status", "Pemilihan", "Tingkat asal", "Tempat asal", "Tingkat tujuan", "Kode wilayah tujuan",
    "TPS", "Rencana kirim", "Batas tiba", "Perkiraan tiba", "Waktu kirim", "Waktu tiba", "Pengawalan",
    "Berita acara", "Barang", "Jumlah dikirim", "Baik", "Rusak", "Hilang", "Kekurangan", "Alasan", "Catatan",
]  # fmt: skip
WIDTHS = [20, 16, 40, 14, 24, 12, 16, 6, 12, 12, 12, 16, 16, 10, 20, 26, 12, 10, 8, 8, 10, 16, 30]


def _rows(uow: UnitOfWork, flt: LogistikFilter) -> Iterator[list[object]]:
    clock = desk_clock(uow)
    contests = dict(uow.session.execute(select(Pemilihan.id, Pemilihan.name)).all())
    order = SORT_KEYS.get(flt.sort, Pengiriman.must_arrive_by)
    statement = where(
        select(Pengiriman, PengirimanBaris, Referensi.name)
        .join(PengirimanBaris, PengirimanBaris.pengiriman_id == Pengiriman.id)
        .join(Referensi, Referensi.id == PengirimanBaris.jenis_id)
        .where(PengirimanBaris.archived.is_(False)),
        flt,
        clock.today(),
    ).order_by(
        (order.desc() if flt.descending else order.asc()).nulls_last(),
        Pengiriman.id,
        PengirimanBaris.id,
    )

    def when(moment: datetime | None) -> str:
        return "" if moment is None else moment.astimezone(clock.tz).strftime("%d/%m/%Y %H.%M")

    def day(value) -> str:
        return "" if value is None else value.strftime("%d/%m/%Y")

    for p, b, jenis in uow.session.execute(statement.execution_options(yield_per=2000)):
        received = b.qty_good is not None
        yield [
            p.number, p.status, contests.get(b.pemilihan_id or p.pemilihan_id, ""), p.origin_level,
            p.origin_place, p.destination_level, p.destination_code, p.tps, day(p.planned_dispatch),
            day(p.must_arrive_by), day(p.expected_arrival), when(p.actual_dispatch), when(p.actual_arrival),
            "Ya" if p.escort else "Tidak", p.berita_acara, jenis, b.qty_sent,
            b.qty_good if received else "", b.qty_damaged if received else "",
            b.qty_missing if received else "", b.qty_sent - b.qty_good if received else "", b.reason, p.notes,
        ]  # fmt: skip


def export(uow: UnitOfWork, flt: LogistikFilter, path: Path) -> int:
    """Write the lines of the consignments the filter shows; the number of rows written."""
    uow.require(EKSPOR)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise DomainError(
            f"Jenis berkas '{path.suffix or path.name}' tidak dapat dipakai untuk ekspor. "
            "Gunakan .xlsx atau .csv."
        )
    if suffix == ".csv":
        count = _write_csv(path, HEADERS, _rows(uow, flt))
    else:
        rows = list(_rows(uow, flt))
        write_table(path, "Pengiriman", HEADERS, rows, WIDTHS)
        count = len(rows)
    wanted = {k: v for k, v in asdict(flt).items() if v not in (None, "", False)}
    audit.record(uow.session, uow.user, audit.EXPORT, entity="pengiriman", note=path.name,
                 changes={"filter": wanted, "baris": count, "format": suffix[1:]})  # fmt: skip
    uow.commit()
    return count
