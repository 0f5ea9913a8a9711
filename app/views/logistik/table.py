"""The consignment table: its SQL-backed model (a window of rows at a time, sorted and
filtered in SQL) with the status and risk colours, and the view's column layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from app.models.logistik import DITERIMA, DITERIMA_SEBAGIAN
from app.services.core import formatting
from app.services.logistik import query as logistik_query
from app.services.logistik.query import LogistikFilter, PengirimanRow
from app.views.logistik.lines import qty
from app.views.shell.context import Gateway
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.tables import record_table

RISK_COLORS = {"Terlambat": QColor(214, 69, 69, 90), "Berisiko": QColor(242, 153, 74, 90),
               "Tiba terlambat": QColor(242, 201, 76, 60)}  # fmt: skip
STATUS_COLORS = {DITERIMA: QColor(39, 174, 96, 50), DITERIMA_SEBAGIAN: QColor(242, 153, 74, 60)}
#: The widest text each column holds, so "KPU Kab/Kota" and "Diterima sebagian" show whole.
SAMPLES = ("LOG-2024-000000", "Diterima sebagian", "Tiba terlambat", "Kota Tangerang Selatan",
           "KPU Kab/Kota", "00/00/2024", "00/00/2024", "00/00/2024", "000", "00.000", "00.000", "00.000")  # fmt: skip
#: Column of "Batas tiba", the default sort (most urgent first).
MUST_ARRIVE_COLUMN = 5


def destination(row: PengirimanRow) -> str:
    return f"{row.destination_name} · TPS {row.tps}" if row.tps else row.destination_name


class ConsignmentModel(LazyTableModel):
    def __init__(self, gateway: Gateway, parent=None) -> None:
        super().__init__(gateway, logistik_query.query, [
            LazyColumn(self.tr("Nomor"), lambda r: r.number, sort_key="number"),
            LazyColumn(self.tr("Status"), lambda r: r.status, sort_key="status", background=lambda r: STATUS_COLORS.get(r.status)),
            LazyColumn(self.tr("Risiko"), lambda r: r.risk, background=lambda r: RISK_COLORS.get(r.risk)),
            LazyColumn(self.tr("Tujuan"), destination, lambda r: r.destination_code, sort_key="destination"),
            LazyColumn(self.tr("Tingkat"), lambda r: r.destination_level, sort_key="level"),
            LazyColumn(self.tr("Batas tiba"), lambda r: formatting.short_date(r.must_arrive_by), sort_key="must_arrive_by"),
            LazyColumn(self.tr("Perkiraan"), lambda r: formatting.short_date(r.expected_arrival), sort_key="expected_arrival"),
            LazyColumn(self.tr("Tiba"), lambda r: formatting.short_date(r.actual_arrival_day), sort_key="actual_arrival"),
            LazyColumn(self.tr("Baris"), lambda r: str(r.line_count)),
            LazyColumn(self.tr("Dikirim"), lambda r: qty(r.qty_sent)),
            LazyColumn(self.tr("Baik"), lambda r: qty(r.qty_good)),
            LazyColumn(self.tr("Kurang"), lambda r: qty(r.shortfall)),
        ], parent)  # fmt: skip

    def current_filter(self) -> LogistikFilter:
        """The filter (with the user's sort) the table shows now."""
        return self._filters or LogistikFilter()


def consignment_view(model: ConsignmentModel) -> QTableView:
    table = record_table("logistik_table")
    table.setModel(model)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setSortIndicator(MUST_ARRIVE_COLUMN, Qt.SortOrder.AscendingOrder)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics, header_metrics = table.fontMetrics(), header.fontMetrics()
    for column, sample in enumerate(SAMPLES):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # + room for the padding and, on the title, the sort arrow.
        width = max(
            metrics.horizontalAdvance(sample) + 14, header_metrics.horizontalAdvance(title) + 28
        )
        header.resizeSection(column, width)
    return table
