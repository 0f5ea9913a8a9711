"""The consignment form (new or edit): header fields and the lines (item, contest for
surat suara, quantity). The must-arrive-by date may be left to the level's rule."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.logistik import LEVELS, PPK
from app.services.desk.wilayah import WilayahRef
from app.services.logistik.detail import LogistikChoices
from app.services.logistik.records import BarisForm, PengirimanForm
from app.views.widgets.form_dialog import FormDialog
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.region_picker import RegionPicker


def _combo(items: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    return combo


class PengirimanDialog(FormDialog):
    def __init__(self, choices: LogistikChoices, regions: list[WilayahRef],
                 form: PengirimanForm | None = None, title: str = "", parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self._choices = choices
        form = form or PengirimanForm(lines=[BarisForm()])
        self.setWindowTitle(title or self.tr("Pengiriman baru"))
        today = choices.today
        contests = [(None, self.tr("(tanpa pemilihan)"))] + [
            (c.id, c.name) for c in choices.pemilihan
        ]
        self.number = QLineEdit(form.number)
        self.number.setPlaceholderText(self.tr("Kosongkan untuk nomor otomatis LOG-tahun-urut"))
        self.pemilihan = _combo(contests)
        self.pemilihan.setCurrentIndex(max(0, self.pemilihan.findData(form.pemilihan_id)))
        self.origin_level = _combo([(lvl, lvl) for lvl in LEVELS[:-1]])
        self.origin_level.setCurrentIndex(max(0, self.origin_level.findData(form.origin_level)))
        self.origin_place = QLineEdit(form.origin_place)
        self.origin_place.setPlaceholderText(self.tr("mis. Gudang KPU Kab. Lebak"))
        self.destination_level = _combo([(lvl, lvl) for lvl in LEVELS[1:]])
        self.destination_level.setCurrentIndex(
            max(0, self.destination_level.findData(form.destination_level or PPK))
        )
        self.destination = RegionPicker(None)
        self.destination.set_choices(regions)
        self.destination.set_region_id(form.destination_wilayah_id)
        self.tps = QLineEdit(form.tps)
        self.tps.setPlaceholderText(self.tr("hanya untuk tujuan KPPS/TPS"))
        self.planned_dispatch = OptionalDateEdit(self.tr("rencana"))
        self.planned_dispatch.set_value(form.planned_dispatch, today)
        self.must_arrive_by = OptionalDateEdit(self.tr("tetapkan"))
        self.must_arrive_by.set_value(form.must_arrive_by, today)
        self.must_arrive_by.setToolTip(self.tr("Tanpa centang: H-n menurut aturan tingkat tujuan"))
        self.expected_arrival = OptionalDateEdit(self.tr("perkiraan"))
        self.expected_arrival.set_value(form.expected_arrival, today)
        self.escort = QCheckBox(self.tr("Dika&wal Polri"))
        self.escort.setChecked(form.escort)
        self.berita_acara = QLineEdit(form.berita_acara)
        self.notes = QLineEdit(form.notes)
        header = QFormLayout()
        header.addRow(self.tr("&Nomor"), self.number)
        header.addRow(self.tr("Pe&milihan"), self.pemilihan)
        header.addRow(self.tr("A&sal"), self._pair(self.origin_level, self.origin_place))
        header.addRow(
            self.tr("T&ujuan"), self._pair(self.destination_level, self.destination, self.tps)
        )
        header.addRow(
            self.tr("Tangga&l"),
            self._pair(self.planned_dispatch, self.must_arrive_by, self.expected_arrival),
        )
        header.addRow(self.tr("Berita &acara"), self._pair(self.berita_acara, self.escort))
        header.addRow(self.tr("&Catatan"), self.notes)

        self._grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Barang"), self.tr("Pemilihan (surat suara)"), self.tr("Jumlah dikirim"))
        ):
            self._grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self._rows: list[tuple[BarisForm, QComboBox, QComboBox, QSpinBox, QPushButton]] = []
        for line in form.lines:
            self.add_line(line)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        add = QPushButton(self.tr("&Tambah baris"))
        add.clicked.connect(lambda: self.add_line(BarisForm()))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(add)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

    @staticmethod
    def _pair(*widgets: QWidget) -> QWidget:
        box = QWidget()
        box.setFocusProxy(widgets[0])  # the row's access key lands on its first field
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget, 1)
        return box

    def add_line(self, line: BarisForm) -> None:
        jenis = _combo(
            [(None, self.tr("— pilih barang —"))]
            + [(j.id, f"{j.name} ({j.unit})") for j in self._choices.jenis]
        )
        jenis.setCurrentIndex(max(0, jenis.findData(line.jenis_id)))
        contest = _combo(
            [(None, self.tr("(pemilihan pengiriman)"))]
            + [(c.id, c.name) for c in self._choices.pemilihan]
        )
        contest.setCurrentIndex(max(0, contest.findData(line.pemilihan_id)))
        quantity = QSpinBox()
        quantity.setRange(0, 100_000_000)
        quantity.setGroupSeparatorShown(True)
        quantity.setValue(line.qty_sent or 0)
        remove = QPushButton(self.tr("&Hapus"))
        entry = (line, jenis, contest, quantity, remove)
        remove.clicked.connect(lambda: self._remove(entry))
        row = len(self._rows) + 1
        for column, widget in enumerate(entry[1:]):
            self._grid.addWidget(widget, row, column)
        self._rows.append(entry)

    def _remove(self, entry) -> None:
        self._rows.remove(entry)
        for widget in entry[1:]:
            widget.hide()
            self._grid.removeWidget(widget)
            widget.deleteLater()

    def form(self) -> PengirimanForm:
        region = self.destination.region()
        return PengirimanForm(
            number=self.number.text(),
            pemilihan_id=self.pemilihan.currentData(),
            origin_level=self.origin_level.currentData(),
            origin_place=self.origin_place.text(),
            destination_level=self.destination_level.currentData(),
            destination_wilayah_id=region.id if region else None,
            tps=self.tps.text(),
            planned_dispatch=self.planned_dispatch.value(),
            must_arrive_by=self.must_arrive_by.value(),
            expected_arrival=self.expected_arrival.value(),
            escort=self.escort.isChecked(),
            berita_acara=self.berita_acara.text(),
            notes=self.notes.text(),
            lines=[BarisForm(jenis.currentData(), quantity.value(), contest.currentData(), line.id)
                   for line, jenis, contest, quantity, _remove in self._rows],
        )  # fmt: skip
