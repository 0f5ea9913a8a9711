"""The receipt dialog: per line, good / damaged / missing with a reason code, balanced as
the user types (raising Rusak lowers Baik; Baik + Rusak + Hilang stays the quantity
sent); the shortfall is shown, never typed. The service decides; its message (numbers
as the desk writes them, the line named with its contest) appears inline, the dialog
stays open, and the message goes as soon as the user changes a figure."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from app.services.logistik.receipt import line_name
from app.services.logistik.records import ReceiptLine
from app.views.widgets.form_dialog import FormDialog
from app.views.widgets.optional_date import DateTimeEdit
from app.views.widgets.texts import tr_args


class _LineEditor(QObject):
    """The widgets of one line, kept in balance as the user types: good + damaged +
    missing is always the quantity sent. Raising Rusak or Hilang lowers Baik; changing
    Baik moves Hilang; when there is nothing left to take from, the third gives way."""

    edited = Signal()

    def __init__(self, sent: int, good: int, damaged: int, missing: int, reason: str) -> None:
        super().__init__()
        self.sent = sent
        self.good, self.damaged, self.missing = QSpinBox(), QSpinBox(), QSpinBox()
        for spin, value in ((self.good, good), (self.damaged, damaged), (self.missing, missing)):
            spin.setRange(0, max(sent, 0))  # never more than was sent
            spin.setGroupSeparatorShown(True)
            spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
            spin.setValue(value)
        self.reason = QComboBox()
        self.reason.addItem("", "")
        for code in REASONS:
            self.reason.addItem(code, code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason)))
        self.shortfall = QLabel()
        self._balancing = False
        self.good.valueChanged.connect(lambda _v: self._balance(self.good, self.missing, self.damaged))
        self.damaged.valueChanged.connect(lambda _v: self._balance(self.damaged, self.good, self.missing))
        self.missing.valueChanged.connect(lambda _v: self._balance(self.missing, self.good, self.damaged))
        self.reason.activated.connect(lambda _i: self.edited.emit())
        self._show_shortfall()

    def _balance(self, typed: QSpinBox, first: QSpinBox, second: QSpinBox) -> None:
        """``typed`` stays as typed; ``first`` takes up the difference, then ``second``."""
        if self._balancing:
            return
        self._balancing = True
        try:
            rest = self.sent - typed.value()
            first.setValue(max(0, rest - second.value()))
            second.setValue(max(0, rest - first.value()))
        finally:
            self._balancing = False
        self._show_shortfall()
        self.edited.emit()

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
        self.arrival = DateTimeEdit()
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
            name = line_name(line.jenis_name, line.pemilihan_name)
            label = QLabel(name)
            label.setWordWrap(True)
            label.setToolTip(name)
            grid.addWidget(label, row, 0)
            grid.addWidget(QLabel(formatting.number(line.qty_sent)), row, 1)
            for column, widget in enumerate((editor.good, editor.damaged, editor.missing, editor.reason,
                                             editor.shortfall), start=2):  # fmt: skip
                grid.addWidget(widget, row, column)
            editor.edited.connect(self.error.clear_error)
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
