"""Exports of the logistics registers (SPEC 8) in the columns of their import templates:
consignments (one row per line, the header repeated, plus the receipt for reading),
receipts and requirements. Each file imports back into this desk without changing
anything, and into another desk as the same records. The consignment columns and rows
are shared with the Logistik page's filtered export (``logistik_export``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, func, select

from app.models import Kebutuhan, Pemilihan, Pengiriman, PengirimanBaris, Referensi
from app.models.logistik import DITERIMA, DITERIMA_SEBAGIAN
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import DATE, DATETIME, NUMBER, ExportColumn, ExportTable

#: The ``pengiriman`` import's columns plus the status, times and receipt (for reading;
#: an import ignores them).
PENGIRIMAN_COLUMNS = (
    ExportColumn("Nomor", width=20), ExportColumn("Status", width=16),
    ExportColumn("Pemilihan", width=40), ExportColumn("Tingkat asal", width=14),
    ExportColumn("Tempat asal", width=24), ExportColumn("Tingkat tujuan", width=12),
    ExportColumn("Kode wilayah tujuan", width=16), ExportColumn("TPS", width=6),
    ExportColumn("Rencana kirim", DATE, 12), ExportColumn("Batas tiba", DATE, 12),
    ExportColumn("Perkiraan tiba", DATE, 12), ExportColumn("Waktu kirim", DATETIME, 16),
    ExportColumn("Waktu tiba", DATETIME, 16), ExportColumn("Pengawalan", width=10),
    ExportColumn("Berita acara", width=20), ExportColumn("Barang", width=26),
    ExportColumn("Jumlah dikirim", NUMBER, 12), ExportColumn("Baik", NUMBER, 10),
    ExportColumn("Rusak", NUMBER, 8), ExportColumn("Hilang", NUMBER, 8),
    ExportColumn("Kekurangan", NUMBER, 10), ExportColumn("Alasan", width=16),
    ExportColumn("Catatan", width=30),
)  # fmt: skip
PENERIMAAN_COLUMNS = (
    ExportColumn("Nomor", width=20), ExportColumn("Barang", width=26),
    ExportColumn("Pemilihan", width=40), ExportColumn("Baik", NUMBER, 10),
    ExportColumn("Rusak", NUMBER, 8), ExportColumn("Hilang", NUMBER, 8),
    ExportColumn("Alasan", width=16), ExportColumn("Tanggal tiba", DATE, 12),
    ExportColumn("Berita acara", width=20),
)  # fmt: skip
KEBUTUHAN_COLUMNS = (
    ExportColumn("Kode wilayah", width=16), ExportColumn("Barang", width=26),
    ExportColumn("Pemilihan", width=40), ExportColumn("Jumlah", NUMBER, 12),
    ExportColumn("Wilayah", width=30), ExportColumn("Sumber", width=10),
)  # fmt: skip
BATCH = 2000


def _contests(uow: UnitOfWork) -> dict[int, str]:
    return dict(uow.session.execute(select(Pemilihan.id, Pemilihan.name)).all())


def line_order() -> tuple:
    """Each consignment's lines together, the one that carries the header's contest first
    (an import takes a consignment's header from its first row)."""
    own = case(
        (PengirimanBaris.pemilihan_id.is_(None), 0),
        (PengirimanBaris.pemilihan_id == Pengiriman.pemilihan_id, 0),
        else_=1,
    )
    return Pengiriman.id, own, PengirimanBaris.id


def lines_query() -> Select:
    """Live consignment lines with their header and item name (no order)."""
    return (
        select(Pengiriman, PengirimanBaris, Referensi.name)
        .join(PengirimanBaris, PengirimanBaris.pengiriman_id == Pengiriman.id)
        .join(Referensi, Referensi.id == PengirimanBaris.jenis_id)
        .where(PengirimanBaris.archived.is_(False))
    )


def pengiriman_rows(uow: UnitOfWork, statement: Select) -> Iterator[list[object]]:
    """One row per line of ``statement`` (see ``lines_query``), in ``PENGIRIMAN_COLUMNS``."""
    tz = desk_clock(uow).tz
    contests = _contests(uow)

    def when(moment: datetime | None) -> datetime | None:
        return None if moment is None else moment.astimezone(tz).replace(tzinfo=None)

    for p, b, jenis in uow.session.execute(statement.execution_options(yield_per=BATCH)):
        received = b.qty_good is not None
        yield [
            p.number, p.status, contests.get(b.pemilihan_id or p.pemilihan_id, ""), p.origin_level,
            p.origin_place, p.destination_level, p.destination_code, p.tps, p.planned_dispatch,
            p.must_arrive_by, p.expected_arrival, when(p.actual_dispatch), when(p.actual_arrival),
            "Ya" if p.escort else "Tidak", p.berita_acara, jenis, b.qty_sent,
            b.qty_good if received else None, b.qty_damaged if received else None,
            b.qty_missing if received else None, b.qty_sent - b.qty_good if received else None,
            b.reason, p.notes,
        ]  # fmt: skip


def _count(uow: UnitOfWork, statement: Select) -> int:
    return uow.session.scalar(select(func.count()).select_from(statement.order_by(None).subquery())) or 0  # fmt: skip


class PengirimanExport:
    jenis = "pengiriman"
    title = "Pengiriman logistik"

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        statement = lines_query().where(Pengiriman.archived.is_(False)).order_by(*line_order())
        rows = pengiriman_rows(uow, statement)
        return ExportTable(self.title, PENGIRIMAN_COLUMNS, rows, _count(uow, statement), "Pengiriman")  # fmt: skip


class PenerimaanExport:
    """Receipts: every line of the consignments received (wholly or partly)."""

    jenis = "penerimaan"
    title = "Penerimaan logistik"

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        statement = (
            lines_query()
            .where(
                Pengiriman.archived.is_(False),
                Pengiriman.status.in_((DITERIMA, DITERIMA_SEBAGIAN)),
                PengirimanBaris.qty_good.is_not(None),
            )
            .order_by(*line_order())
        )
        return ExportTable(self.title, PENERIMAAN_COLUMNS, self._rows(uow, statement),
                           _count(uow, statement), "Penerimaan")  # fmt: skip

    def _rows(self, uow: UnitOfWork, statement: Select) -> Iterator[list[object]]:
        tz = desk_clock(uow).tz
        contests = _contests(uow)
        for p, b, jenis in uow.session.execute(statement.execution_options(yield_per=BATCH)):
            arrived = None if p.actual_arrival is None else p.actual_arrival.astimezone(tz).date()
            yield [
                p.number, jenis, contests.get(b.pemilihan_id or p.pemilihan_id, ""), b.qty_good,
                b.qty_damaged, b.qty_missing, b.reason, arrived, p.berita_acara,
            ]  # fmt: skip


class KebutuhanExport:
    """Requirements per wilayah, item and contest; the region's name and the source
    (entered, imported, rule) follow for reading."""

    jenis = "kebutuhan"
    title = "Kebutuhan logistik"

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        from app.models import Wilayah

        statement = (
            select(Kebutuhan, Referensi.name, Wilayah.name)
            .join(Referensi, Referensi.id == Kebutuhan.jenis_id)
            .join(Wilayah, Wilayah.id == Kebutuhan.wilayah_id)
            .where(Kebutuhan.archived.is_(False))
            .order_by(Kebutuhan.wilayah_code, Referensi.name, Kebutuhan.pemilihan_id, Kebutuhan.id)
        )
        return ExportTable(self.title, KEBUTUHAN_COLUMNS, self._rows(uow, statement),
                           _count(uow, statement), "Kebutuhan")  # fmt: skip

    def _rows(self, uow: UnitOfWork, statement: Select) -> Iterator[list[object]]:
        contests = _contests(uow)
        for need, jenis, region in uow.session.execute(statement.execution_options(yield_per=BATCH)):  # fmt: skip
            yield [need.wilayah_code, jenis, contests.get(need.pemilihan_id, ""), need.quantity,
                   region, need.source]  # fmt: skip
