"""The dashboard's alert list: overdue follow-ups, late or at-risk consignments, late
stages, reconciliation failures. Clicking (or Enter on) an alert opens its record."""

from __future__ import annotations

import html
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.services.core import formatting, palette
from app.services.dasbor.sources import OK, Sourced
from app.services.dasbor.summary import RANK_BAD, Alert
from app.views.dasbor.tiles import no_data
from app.views.widgets.colors import qcolor
from app.views.widgets.tables import record_table
from app.views.widgets.texts import tr_args

Index = QModelIndex | QPersistentModelIndex
KIND_COLORS = {RANK_BAD: qcolor(palette.POOR, 60), 1: qcolor(palette.WARN, 60)}


class AlertModel(QAbstractTableModel):
    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._alerts: list[Alert] = []
        self._kinds = {"insiden": self.tr("Insiden"), "logistik": self.tr("Logistik"),
                       "tahapan": self.tr("Tahapan"), "rekonsiliasi": self.tr("Rekonsiliasi"),
                       "peringatan": self.tr("Peringatan dini")}  # fmt: skip
        self._headers = [
            self.tr("Jenis"),
            self.tr("Peringatan"),
            self.tr("Wilayah / pemilihan"),
            self.tr("Batas"),
        ]

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self.endResetModel()

    def alert(self, row: int) -> Alert:
        return self._alerts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._alerts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def _when(self, when: date | datetime | None) -> str:
        if isinstance(when, datetime):
            return formatting.short_date(when.astimezone(self._tz).date())
        return formatting.short_date(when)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        alert = self._alerts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self._kinds.get(alert.kind, alert.kind),
                alert.title,
                alert.region,
                self._when(alert.when),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # the full text of a cut cell, as rich text
            lines = [f"<b>{html.escape(alert.title)}</b>", html.escape(alert.detail),
                     html.escape(alert.region)]  # fmt: skip
            return "<br>".join(line for line in lines if line)
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return KIND_COLORS.get(alert.rank)
        return None


class AlertsPanel(QWidget):
    open_requested = Signal(object)  # Alert

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AlertModel(tz, self)
        self.table = record_table("dasbor_alerts")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar peringatan"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the rows on screen: not every alert each refresh
        # The alert text takes what is left; the place gives way (cut, full text on hover).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 112)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.alert(index.row()))

    def set_alerts(self, alerts, totals: dict[str, int], states: dict[str, str],
                   scopes: dict[str, str] | None = None,
                   instead: dict[str, str] | None = None) -> None:  # fmt: skip
        """``scopes``: a qualifier per kind, e.g. reconciliation counted for the whole
        province while the dashboard shows one kab/kota; ``instead``: what a kind that is
        not counted says in place of its count (reconciliation on an earlier day)."""
        self.model.set_alerts(list(alerts))
        words = {
            "insiden": self.tr("tindak lanjut terlambat"),
            "logistik": self.tr("logistik"),
            "tahapan": self.tr("tahapan"),
            "peringatan": self.tr("peringatan dini"),
            "rekonsiliasi": self.tr("rekonsiliasi"),
        }
        parts = []
        for kind, word in words.items():
            state = states.get(kind, "")
            word = html.escape(word + (f" ({scopes[kind]})" if scopes and kind in scopes else ""))
            if instead and kind in instead:
                parts.append(f"{word}: <i>{html.escape(instead[kind])}</i>")
            elif not state:
                parts.append(f"{word}: <i>{self.tr('memeriksa…')}</i>")
            elif state in (OK, "kosong"):
                parts.append(f"{word}: <b>{formatting.number(totals.get(kind, 0))}</b>")
            else:
                parts.append(f"{word}: <i>{html.escape(no_data(Sourced(None, state, kind)))}</i>")
        shown = len(alerts)
        total = sum(totals.values())
        head = tr_args(self.tr("<b>Peringatan</b> (%1)"), formatting.number(total))
        if shown < total:
            head += " · " + tr_args(self.tr("ditampilkan %1 teratas"), formatting.number(shown))
        self.summary.setText(head + ": " + " · ".join(parts))  # fmt: skip
