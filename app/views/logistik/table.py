"""The consignment table: its SQL-backed model (a window of rows at a time, sorted and
filtered in SQL) with the status and risk colours. Each column is declared once, with
its sort key and the widest text it holds: adding a column is one declaration here and
its field in ``app/services/logistik/query.py``."""

from __future__ import annotations

from app.models.logistik import DITERIMA, DITERIMA_SEBAGIAN
from app.services.core import formatting, palette
from app.services.logistik import query as logistik_query
from app.services.logistik.query import LogistikFilter, PengirimanRow
from app.views.logistik.lines import qty
from app.views.shell.context import Gateway
from app.views.widgets.colors import qcolor
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel

RISK_COLORS = {"Terlambat": qcolor(palette.POOR, 90), "Berisiko": qcolor(palette.WARN, 90),
               "Tiba terlambat": qcolor(palette.FAIR, 60)}  # fmt: skip
STATUS_COLORS = {DITERIMA: qcolor(palette.GOOD, 50), DITERIMA_SEBAGIAN: qcolor(palette.WARN, 60)}
#: The default sort: "Batas tiba", most urgent first.
DEFAULT_SORT = "must_arrive_by"
DATE = "00/00/2024"


def destination(row: PengirimanRow) -> str:
    return f"{row.destination_name} · TPS {row.tps}" if row.tps else row.destination_name


class ConsignmentModel(LazyTableModel):
    def __init__(self, gateway: Gateway, parent=None) -> None:
        super().__init__(gateway, logistik_query.query, [
            LazyColumn(header=self.tr("Nomor"), value=lambda r: r.number, sort_key="number", sample="LOG-2024-000000"),
            LazyColumn(header=self.tr("Status"), value=lambda r: r.status, sort_key="status",
                       background=lambda r: STATUS_COLORS.get(r.status), sample="Diterima sebagian"),
            LazyColumn(header=self.tr("Risiko"), value=lambda r: r.risk,
                       background=lambda r: RISK_COLORS.get(r.risk), sample="Tiba terlambat"),
            LazyColumn(header=self.tr("Tujuan"), value=destination, tooltip=lambda r: r.destination_code,
                       sort_key="destination", sample="Kota Tangerang Selatan"),
            LazyColumn(header=self.tr("Tingkat"), value=lambda r: r.destination_level, sort_key="level", sample="KPU Kab/Kota"),
            LazyColumn(header=self.tr("Batas tiba"), value=lambda r: formatting.short_date(r.must_arrive_by),
                       sort_key="must_arrive_by", sample=DATE),
            LazyColumn(header=self.tr("Perkiraan"), value=lambda r: formatting.short_date(r.expected_arrival),
                       sort_key="expected_arrival", sample=DATE),
            LazyColumn(header=self.tr("Tiba"), value=lambda r: formatting.short_date(r.actual_arrival_day),
                       sort_key="actual_arrival", sample=DATE),
            LazyColumn(header=self.tr("Baris"), value=lambda r: str(r.line_count), sample="000"),
            LazyColumn(header=self.tr("Dikirim"), value=lambda r: qty(r.qty_sent), sample="00.000"),
            LazyColumn(header=self.tr("Baik"), value=lambda r: qty(r.qty_good), sample="00.000"),
            LazyColumn(header=self.tr("Kurang"), value=lambda r: qty(r.shortfall), sample="00.000"),
        ], parent, empty_filter=LogistikFilter())  # fmt: skip
