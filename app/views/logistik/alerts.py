"""The at-risk list: open consignments past their must-arrive-by date (Terlambat) or
expected after it (Berisiko), most urgent first, within the page's filter (region,
level, item, status, contest, search) and with their kab/kota. Filled a window at a time
(at election scale there are tens of thousands); double-click opens the consignment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.services.core import formatting, palette
from app.services.logistik.readiness import LogistikAlert, alert_window
from app.views.shell.context import Gateway
from app.views.widgets.colors import qcolor
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.tables import record_table

COLORS = {"Terlambat": qcolor(palette.POOR, 90), "Berisiko": qcolor(palette.WARN, 90)}


def _where(row: LogistikAlert) -> str:
    return f"{row.destination_name} · TPS {row.tps}" if row.tps else row.destination_name


class AlertsModel(LazyTableModel):
    def __init__(self, gateway: Gateway, parent=None) -> None:
        super().__init__(gateway, alert_window, [
            LazyColumn(self.tr("Status"), lambda r: r.status, background=lambda r: COLORS.get(r.status)),
            LazyColumn(self.tr("Nomor"), lambda r: r.number),
            LazyColumn(self.tr("Tujuan"), _where, lambda r: r.destination_code),
            LazyColumn(self.tr("Kab/kota"), lambda r: r.kabkota),
            LazyColumn(self.tr("Tingkat"), lambda r: r.destination_level),
            LazyColumn(self.tr("Batas tiba"), lambda r: formatting.short_date(r.must_arrive_by)),
            LazyColumn(self.tr("Perkiraan tiba"), lambda r: formatting.short_date(r.expected_arrival) or "—"),
        ], parent)  # fmt: skip

    def row_at(self, row: int) -> LogistikAlert:
        return self.row_value(row)


#: The widest text each column holds (the destination takes the room left).
SAMPLES = ("Terlambat", "LOG-2024-000000", "", "Kota Tangerang Selatan", "KPU Kab/Kota",
           "00/00/2024", "00/00/2024")
DESTINATION = 2


def alerts_view(model: AlertsModel) -> QTableView:
    table = record_table("logistik_alerts")
    table.setModel(model)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    metrics = table.fontMetrics()
    for column, sample in enumerate(SAMPLES):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(
            metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title)
        )
        header.resizeSection(column, width + 24)
    header.setSectionResizeMode(DESTINATION, QHeaderView.ResizeMode.Stretch)
    table.set_empty_text(
        table.tr("Tidak ada pengiriman berisiko atau terlambat."),
        table.tr("Tidak ada pengiriman berisiko atau terlambat dengan saringan ini."),
    )
    return table
