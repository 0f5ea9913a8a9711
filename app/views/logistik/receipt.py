"""The receipt dialog: per line, good / damaged / missing with a reason code. Missing
follows what is not yet accounted for; the shortfall is shown, never typed. The service
decides; its message appears inline and the dialog stays open."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.logistik import REASONS
from app.services.core import formatting, palette
from app.services.logistik.detail import PengirimanDetail
from app.services.logistik.records import ReceiptLine
from app.views.widgets.form_dialog import FormDialog
from app.views.widgets.texts import tr_args

MAX_QTY = 100_000_000


class _LineEditor:
    """The widgets of one line, kept in step: missing = sent − good − damaged until the
    user types a missing figure of their own."""

    def __init__(self, sent: int, good: int, damaged: int, missing: int, reason: str) -> None:
        self.sent = sent
        self.good, self.damaged, self.missing = QSpinBox(), QSpinBox(), QSpinBox()
        for spin, value in ((self.good, good), (self.damaged, damaged), (self.missing, missing)):
            spin.setRange(0, MAX_QTY)
            spin.setGroupSeparatorShown(True)
            spin.setValue(value)
        self.reason = QComboBox()
        self.reason.addItem("", "")
        for code in REASONS:
            self.reason.addItem(code, code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason)))
        self.shortfall = QLabel()
        self._auto = True
        self.good.valueChanged.connect(self._follow)
        self.damaged.valueChanged.connect(self._follow)
        self.missing.valueChanged.connect(self._typed_missing)
        self._show_shortfall()

    def _follow(self) -> None:
        if self._auto:
            self.missing.blockSignals(True)
            self.missing.setValue(max(0, self.sent - self.good.value() - self.damaged.value()))
            self.missing.blockSignals(False)
        self._show_shortfall()

    def _typed_missing(self) -> None:
        self._auto = False
        self._show_shortfall()

    def _show_shortfall(self) -> None:
        short = self.sent - self.good.value()
        self.shortfall.setText(formatting.number(short))
        self.shortfall.setStyleSheet(
            f"color: {palette.ERROR_TEXT}; font-weight: bold;" if short > 0 else ""
        )


class ReceiptDialog(FormDialog):
    def __init__(self, detail: PengirimanDetail, now: datetime, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(tr_args(self.tr("Catat penerimaan %1"), detail.number))
        self.arrival = QDateTimeEdit()
        self.arrival.setDisplayFormat("dd/MM/yyyy HH.mm")
        self.arrival.setCalendarPopup(True)
        shown = (detail.actual_arrival or now).astimezone(tz)
        self._tz = tz
        self.arrival.setDateTime(QDateTime(shown.year, shown.month, shown.day, shown.hour, shown.minute, 0))  # fmt: skip
        self.berita_acara = QLineEdit(detail.form.berita_acara)
        self.berita_acara.setPlaceholderText(self.tr("Nomor berita acara serah terima"))
        top = QFormLayout()
        top.addRow(
            self.tr("Tujuan"),
            QLabel(f"{detail.form.destination_level} · {detail.destination_label}"),
        )
        top.addRow(self.tr("Waktu tiba"), self.arrival)
        top.addRow(self.tr("Berita acara"), self.berita_acara)

        grid = QGridLayout()
        headers = (self.tr("Barang"), self.tr("Dikirim"), self.tr("Baik"), self.tr("Rusak"),
                   self.tr("Hilang"), self.tr("Alasan"), self.tr("Kekurangan"))  # fmt: skip
        for column, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.editors: list[_LineEditor] = []
        for row, line in enumerate(detail.lines, start=1):
            received = line.qty_good is not None
            editor = _LineEditor(
                line.qty_sent,
                line.qty_good if received else line.qty_sent,
                line.qty_damaged if received else 0,
                line.qty_missing if received else 0,
                line.reason,
            )
            name = line.jenis_name + (f" — {line.pemilihan_name}" if line.pemilihan_name else "")
            label = QLabel(name)
            label.setWordWrap(True)
            label.setToolTip(name)
            grid.addWidget(label, row, 0)
            grid.addWidget(QLabel(formatting.number(line.qty_sent)), row, 1)
            for column, widget in enumerate((editor.good, editor.damaged, editor.missing, editor.reason,
                                             editor.shortfall), start=2):  # fmt: skip
                grid.addWidget(widget, row, column)
            self.editors.append(editor)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(detail.lines) + 1, 1)
        lines = QWidget()
        lines.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(lines)
        hint = QLabel(
            self.tr(
                "Baik + rusak + hilang harus sama dengan jumlah dikirim; penerimaan tidak boleh "
                "melebihi pengiriman. Bila kurang dari yang dikirim, pilih alasannya. Status menjadi "
                "Diterima bila semua baris baik sejumlah yang dikirim, selain itu Diterima sebagian."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(860, min(620, 260 + 40 * len(detail.lines)))

    def lines(self) -> list[ReceiptLine]:
        return [
            ReceiptLine(line.id, e.good.value(), e.damaged.value(), e.missing.value(), e.reason.currentData() or "")
            for line, e in zip(self.detail.lines, self.editors, strict=True)
        ]  # fmt: skip

    def arrival_utc(self) -> datetime:
        qdt = self.arrival.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(
            d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._tz
        ).astimezone(UTC)

    def values(self) -> dict:
        return {
            "lines": self.lines(),
            "arrival": self.arrival_utc(),
            "berita_acara": self.berita_acara.text(),
        }
