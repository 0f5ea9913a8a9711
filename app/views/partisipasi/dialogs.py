"""Forms of the Partisipasi page: the figures of one contest in one wilayah, and one
earlier election's figure for a wilayah. Both save through the worker and stay open with
the message when the service refuses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.partisipasi import records as partisipasi
from app.services.partisipasi.records import Angka, PartisipasiRecord
from app.views.shell.context import AppContext
from app.views.widgets.figure_fields import CountField, ScoreField, read
from app.views.widgets.form_dialog import Button, FormDialog
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.texts import tr_args


class SavingDialog(FormDialog):
    """A figures form that saves itself: ``save`` checks the fields, then ``_save_with``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx.reporting_to(self)
        self.save_button.setText(self.tr("Simpan"))
        self.buttons.button(Button.Cancel).setText(self.tr("Batal"))
        self.submitted.connect(self.save)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _save_with(self, use_case, *args, **kwargs) -> None:
        self.save_button.setEnabled(False)
        self._ctx.submit(use_case, *args, on_done=lambda _c: self.accept(), **kwargs)


class PartisipasiDialog(SavingDialog):
    """DPT, DPTb, DPK, TPS, voters, valid/invalid votes of one contest in one wilayah."""

    LABELS = {
        "dpt_men": QT_TR_NOOP("DPT laki-laki"),
        "dpt_women": QT_TR_NOOP("DPT perempuan"),
        "dptb": QT_TR_NOOP("DPTb"),
        "dpk": QT_TR_NOOP("DPK"),
        "tps_count": QT_TR_NOOP("Jumlah TPS"),
        "voted_men": QT_TR_NOOP("Pengguna hak pilih laki-laki"),
        "voted_women": QT_TR_NOOP("Pengguna hak pilih perempuan"),
        "valid_votes": QT_TR_NOOP("Suara sah"),
        "invalid_votes": QT_TR_NOOP("Suara tidak sah"),
    }

    def __init__(
        self, ctx: AppContext, record: PartisipasiRecord, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.record = record
        self.setWindowTitle(tr_args(self.tr("Angka partisipasi: %1"), record.wilayah_name))
        form = QFormLayout()
        self.fields: dict[str, CountField] = {}
        for key, label in self.LABELS.items():
            field = CountField()
            field.set_value(getattr(record.angka, key))
            self.fields[key] = field
            form.addRow(self.tr(label), field)
        self.source = QLineEdit(record.angka.source)
        self.source.setMaxLength(200)
        self.source_date = OptionalDateEdit(self.tr("ada"))
        self.source_date.set_value(record.angka.source_date, today)
        form.addRow(self.tr("Sumber"), self.source)
        form.addRow(self.tr("Tanggal sumber"), self.source_date)
        hint = QLabel(self.tr("Kosongkan angka yang belum diketahui. Angka yang tidak cocok "
                              "(mis. pengguna hak pilih melebihi DPT + DPTb + DPK) tetap "
                              "disimpan dan ditandai di tabel."))  # fmt: skip
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{record.wilayah_name}</b> ({record.wilayah_code})"))
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setEnabled(ctx.can(partisipasi.PARTISIPASI_CATAT))

    def save(self) -> None:
        values, bad, message = read(self.fields)
        if bad:
            self.show_error(f"{self.tr(self.LABELS[bad])}: {message}")
            self.fields[bad].setFocus()
            return
        angka = Angka(
            **values, source=self.source.text().strip(), source_date=self.source_date.value()
        )
        self._save_with(partisipasi.save_partisipasi, self.record.pemilihan_id,
                     self.record.wilayah_code, angka, version=self.record.version)  # fmt: skip


class PemilihanLaluDialog(SavingDialog):
    """One earlier election's figure for one wilayah: DPT and voters, or the percentage."""

    def __init__(
        self,
        ctx: AppContext,
        wilayah_code: str,
        wilayah_name: str,
        names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.wilayah_code = wilayah_code
        self.setWindowTitle(tr_args(self.tr("Pemilihan sebelumnya: %1"), wilayah_name))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(names or ["Pilgub Banten 2017"])
        self.year = QSpinBox()
        self.year.setRange(1955, 2100)
        self.year.setValue(2017)
        self.dpt = CountField()
        self.voted = CountField()
        self.pct = ScoreField()
        self.pct.setPlaceholderText(self.tr("mis. 62,02 (bila hanya persentase yang diketahui)"))
        self.source = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Nama pemilihan"), self.name)
        form.addRow(self.tr("Tahun"), self.year)
        form.addRow(self.tr("DPT"), self.dpt)
        form.addRow(self.tr("Pengguna hak pilih"), self.voted)
        form.addRow(self.tr("Partisipasi diumumkan (%)"), self.pct)
        form.addRow(self.tr("Sumber"), self.source)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{wilayah_name}</b> ({wilayah_code})"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setEnabled(ctx.can(partisipasi.PARTISIPASI_CATAT))

    def save(self) -> None:
        values, bad, message = read({"dpt": self.dpt, "voted": self.voted, "pct": self.pct})
        if bad:
            self.show_error(message)
            return
        self._save_with(partisipasi.save_pemilihan_lalu, name=self.name.currentText(),
                     year=self.year.value(), wilayah_code=self.wilayah_code, dpt=values["dpt"],
                     voted=values["voted"], turnout_pct=values["pct"], source=self.source.text())  # fmt: skip
