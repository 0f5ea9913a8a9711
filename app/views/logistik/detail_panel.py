"""The selected consignment beside the table: its header, its lines (shortfall
computed), an inline error line, and the action buttons enabled by status and role."""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.logistik import DIBATALKAN, DIKIRIM, DISIAPKAN, DITERIMA, DITERIMA_SEBAGIAN
from app.services.core import formatting, palette
from app.services.logistik.detail import PengirimanDetail
from app.views.logistik.lines import LinesModel, lines_view
from app.views.shell.context import AppContext
from app.views.widgets.error_label import ErrorLabel


class DetailPanel(QWidget):
    def __init__(self, tz: ZoneInfo, error: ErrorLabel, parent: QWidget | None = None) -> None:
        """``error`` is the page's error line, shown above the action buttons."""
        super().__init__(parent)
        self._tz = tz
        self.title = QLabel(self.tr("Pilih pengiriman di tabel."))
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.lines = LinesModel(self)
        self.lines_table = lines_view(self.lines)
        self.error = error
        self.dispatch_button = QPushButton(self.tr("&Kirim"))
        self.receipt_button = QPushButton(self.tr("Catat pe&nerimaan…"))
        self.edit_button = QPushButton(self.tr("&Ubah…"))
        self.close_button = QPushButton(self.tr("Bata&lkan/Kembalikan…"))
        self.archive_button = QPushButton(self.tr("Ar&sipkan"))
        self.buttons = (
            self.dispatch_button,
            self.receipt_button,
            self.edit_button,
            self.close_button,
            self.archive_button,
        )
        # Two rows: the day's actions first; the panel stays narrow enough for the table
        # beside it at 125% on a laptop.
        actions = QGridLayout()
        for index, button in enumerate(self.buttons):
            actions.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)

    def explain_refusal(self, why_not: str) -> None:
        for button in self.buttons:
            button.setToolTip(why_not)

    def show_error(self, message: str) -> None:
        self.error.show_error(message)

    def show_detail(self, detail: PengirimanDetail) -> None:
        self.show_error("")
        risk = (
            f" · <span style='color:{palette.ERROR_TEXT}'>{html.escape(detail.risk)}</span>"
            if detail.risk
            else ""
        )
        self.title.setText(
            f"<b>{html.escape(detail.number)}</b> · {html.escape(detail.status)}{risk}"
        )
        form = detail.form
        when = lambda m: formatting.date_time(m, self._tz) if m else "—"  # noqa: E731
        rows = [
            (self.tr("Asal"), f"{form.origin_level} {form.origin_place}"),
            (self.tr("Tujuan"), f"{form.destination_level} · {detail.destination_label}" + (f" · TPS {form.tps}" if form.tps else "")),
            (self.tr("Pemilihan"), detail.pemilihan_name or "—"),
            (self.tr("Batas tiba"), formatting.short_date(form.must_arrive_by) or "—"),
            (self.tr("Perkiraan tiba"), formatting.short_date(form.expected_arrival) or "—"),
            (self.tr("Dikirim"), when(detail.actual_dispatch)),
            (self.tr("Tiba"), when(detail.actual_arrival)),
            (self.tr("Pengawalan"), self.tr("Polri") if form.escort else self.tr("tidak")),
            (self.tr("Berita acara"), form.berita_acara or "—"),
        ]  # fmt: skip
        self.info.setText(
            "<br>".join(f"{html.escape(k)}: <b>{html.escape(v)}</b>" for k, v in rows)
        )
        self.lines.set_rows(detail.lines)

    def enable_for(self, status: str | None, can: bool) -> None:
        """What may be done to a consignment of ``status`` (None: nothing selected)."""
        self.dispatch_button.setEnabled(can and status == DISIAPKAN)
        self.receipt_button.setEnabled(can and status in (DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN))
        self.edit_button.setEnabled(can and status is not None and status != DIBATALKAN)
        self.close_button.setEnabled(
            can and status in (DISIAPKAN, DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN)
        )
        self.archive_button.setEnabled(can and status is not None)


def clock_now(ctx: AppContext) -> datetime:
    """The desk's now for defaults in a dialog (the demo's own day on a demo database)."""
    return ctx.desk.clock.now_utc()
