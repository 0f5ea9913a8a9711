"""Kerawanan page: IKP score and level, TPS per Polri level and the desk's incident
pressure per wilayah (drill kab/kota → kecamatan → desa), the formula beside the figure,
a map of the kab/kota and a ranking chart coloured by the same figures, a form to type a
score, the severity weights, import and export."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.insiden import SEVERITIES
from app.models.wilayah import LEVEL_KABKOTA, LEVEL_PROVINSI
from app.services.core.actor import EKSPOR, IMPOR, KERAWANAN_CATAT, PENGATURAN_UBAH
from app.services.core.changes import Changes
from app.services.core.formatting import number
from app.services.kerawanan import export as kerawanan_export
from app.services.kerawanan import records as kerawanan
from app.services.kerawanan.import_spec import ALL_CONTESTS
from app.services.kerawanan.records import KerawananRecord, NilaiKerawanan
from app.services.kerawanan.stats import LEVELS, KerawananRow
from app.services.tahapan import records as tahapan
from app.views.kerawanan.map import KerawananMap, level_ranges, tps_rawan
from app.views.partisipasi.dialogs import SavingDialog
from app.views.shell import icons
from app.views.shell.context import AppContext
from app.views.widgets import layout_memory
from app.views.widgets.figure_fields import CountField, ScoreField, read
from app.views.widgets.import_dialog import ImportDialog
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.region_charts import LEVEL_COLORS, RankingChart
from app.views.widgets.region_drill_page import RegionDrillPage
from app.views.widgets.texts import tr_args


def _count(value: int | None) -> str:
    return "–" if value is None else number(value)


class KerawananModel(ListTableModel[KerawananRow]):
    #: Written out; long ones on two lines (the header grows, the columns stay narrow).
    COLUMNS = (
        QT_TR_NOOP("Wilayah"),
        QT_TR_NOOP("Skor IKP"),
        QT_TR_NOOP("Level IKP"),
        QT_TR_NOOP("TPS kurang\nrawan"),
        QT_TR_NOOP("TPS\nrawan"),
        QT_TR_NOOP("TPS sangat\nrawan"),
        QT_TR_NOOP("TPS khusus\n(lapas/rutan)"),
        QT_TR_NOOP("DPT"),
        QT_TR_NOOP("Insiden\n14 hari"),
        QT_TR_NOOP("Tekanan insiden\nper 100.000 DPT"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr(h) for h in self.COLUMNS], parent)
        self.formula = ""
        #: The IKP levels' score ranges at the rows' administrative level (tooltip).
        self.levels = ""

    def cell(self, row: KerawananRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name, "–" if row.ikp_score is None else number(row.ikp_score, 2),
                row.ikp_level or ("–" if row.ikp_score is None or row.level <= 2 else self.tr("tanpa ambang")),
                _count(row.tps_kurang_rawan), _count(row.tps_rawan), _count(row.tps_sangat_rawan),
                _count(row.tps_khusus), _count(row.dpt), str(row.pressure_incidents),
                "–" if row.pressure is None else number(row.pressure, 2),
            )[column]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.ikp_level:
            return LEVEL_COLORS[row.ikp_level]
        if role == Qt.ItemDataRole.ToolTipRole and column in (8, 9):
            return self.formula
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and self.levels:
            return self.levels
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and row.source:
            return tr_args(self.tr("Sumber: %1"), row.source)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class KerawananDialog(SavingDialog):
    LABELS = {
        "tps_kurang_rawan": QT_TR_NOOP("TPS kurang rawan"),
        "tps_rawan": QT_TR_NOOP("TPS rawan"),
        "tps_sangat_rawan": QT_TR_NOOP("TPS sangat rawan"),
        "tps_khusus": QT_TR_NOOP("TPS khusus (lapas/rutan)"),
    }

    def __init__(self, ctx: AppContext, record: KerawananRecord, today, parent=None) -> None:
        super().__init__(ctx, parent)
        self.record = record
        self.setWindowTitle(tr_args(self.tr("Kerawanan: %1"), record.wilayah_name))
        self.score = ScoreField()
        self.score.set_value(record.nilai.ikp_score)
        form = QFormLayout()
        form.addRow(self.tr("Skor IKP (0–100)"), self.score)
        self.fields: dict[str, CountField | ScoreField] = {}
        for key, label in self.LABELS.items():
            field = CountField()
            field.set_value(getattr(record.nilai, key))
            self.fields[key] = field
            form.addRow(self.tr(label), field)
        self.source = QLineEdit(record.nilai.source)
        self.source_date = OptionalDateEdit(self.tr("ada"))
        self.source_date.set_value(record.nilai.source_date, today)
        form.addRow(self.tr("Sumber"), self.source)
        form.addRow(self.tr("Tanggal sumber"), self.source_date)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{record.wilayah_name}</b> ({record.wilayah_code})"))
        layout.addLayout(form)
        if record.level > 2:
            note = QLabel(
                self.tr(
                    "Level IKP tidak diturunkan untuk kecamatan/desa: Bawaslu tidak menetapkan ambangnya."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setEnabled(ctx.can(KERAWANAN_CATAT))

    def save(self) -> None:
        values, bad, message = read({"ikp_score": self.score, **self.fields})
        if bad:
            self.show_error(message)
            return
        nilai = NilaiKerawanan(
            **values, source=self.source.text().strip(), source_date=self.source_date.value()
        )
        self._save_with(kerawanan.save_kerawanan, self.record.wilayah_code, nilai,
                     pemilihan_id=self.record.pemilihan_id, version=self.record.version)  # fmt: skip


class WeightsDialog(SavingDialog):
    def __init__(self, ctx: AppContext, weights: dict[int, float], parent=None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Bobot tekanan insiden"))
        form = QFormLayout()
        self.spins: dict[int, QDoubleSpinBox] = {}
        for severity, label in SEVERITIES.items():
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setValue(weights[severity])
            self.spins[severity] = spin
            form.addRow(tr_args(self.tr("Bobot %1"), label), spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self._save_with(kerawanan.save_weights, {s: spin.value() for s, spin in self.spins.items()})


class KerawananPage(RegionDrillPage):
    #: ``kerawanan.stats.NO_THRESHOLD_NOTE``, marked for the translation sources (a test
    #: keeps the two alike).
    NO_THRESHOLD_TEXT = QT_TR_NOOP(
        "IKP 2024 Bawaslu hanya menetapkan ambang level untuk provinsi dan kab/kota; skor "
        "kecamatan dan desa/kelurahan ditampilkan tanpa level."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "kerawanan", parent)
        self.contest.addItem(self.tr("Semua pemilihan (IKP per wilayah)"), None)
        self.contest.currentIndexChanged.connect(self.reload)
        self.rank_by = QComboBox()
        self.rank_by.addItem(self.tr("Peringkat: skor IKP"), "ikp")
        self.rank_by.addItem(self.tr("Peringkat: tekanan insiden (per 100.000 DPT)"), "pressure")
        self.rank_by.addItem(self.tr("Peringkat: TPS rawan + sangat rawan"), "tps")
        self.rank_by.currentIndexChanged.connect(self._draw_ranking)
        top = self.top_row(self.rank_by)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.model = KerawananModel(self)
        self.table = self.region_table(self.model)
        self.table.horizontalHeader().setToolTip(
            self.tr(
                "TPS per level kerawanan Polri: kurang rawan, rawan, sangat rawan, khusus (lapas/rutan)"
            )
        )
        self.chart = RankingChart()
        self.map = KerawananMap(ctx)
        self.map.region_clicked.connect(self.drill_to)
        self.map_split = QSplitter(Qt.Orientation.Vertical)
        self.map_split.setObjectName("kerawanan_map_splitter")
        self.map_split.addWidget(self.table)
        self.map_split.addWidget(self.map)
        self.map_split.setSizes([260, 330])
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("kerawanan_splitter")
        self.split.addWidget(self.map_split)
        self.split.addWidget(self.chart)
        self.split.setSizes([960, 280])
        layout_memory.restore(ctx.settings, self._layout_parts())
        self.edit_button = QPushButton(self.tr("Isi skor/TPS…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.weights_button = QPushButton(self.tr("Bobot…"))
        self.weights_button.clicked.connect(self.edit_weights)
        self.import_button = QPushButton(icons.action("import"), self.tr("Impor IKP…"))
        self.import_button.clicked.connect(
            lambda: self.choose_import(self.tr("Pilih berkas IKP/TPS rawan"))
        )
        bottom = self.bottom_row((self.edit_button, self.weights_button), self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.formula)
        layout.addLayout(bottom)
        self.allow([(self.edit_button, KERAWANAN_CATAT), (self.weights_button, PENGATURAN_UBAH),
                    (self.import_button, IMPOR), (self.export_button, EKSPOR)])  # fmt: skip
        ctx.submit(tahapan.list_pemilihan, on_done=self._contests_loaded)

    def _layout_parts(self):
        return [("kerawanan_splitter", self.split), ("kerawanan_map_splitter", self.map_split)]

    def save_layout(self) -> None:
        layout_memory.save(self._ctx.settings, self._layout_parts())

    def _contests_loaded(self, contests) -> None:
        self.add_contests(contests)
        self.reload()

    def reload(self) -> None:
        self._ctx.submit(kerawanan.overview, root_code=self._root,
                         pemilihan_id=self.contest.currentData(), on_done=self._loaded)  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(kerawanan.KERAWANAN, "insiden", "partisipasi"):
            self.reload()

    def _loaded(self, view: kerawanan.Overview) -> None:
        if view.pemilihan_id != self.contest.currentData():
            return
        self.view = view
        self.model.formula = view.formula
        self.model.levels = self.levels_text(view.level)
        self.model.set_rows(view.rows)
        total = view.total
        text = f"<b>{view.root_name}</b>"
        if total is not None and total.ikp_score is not None:
            text += tr_args(self.tr(" — skor IKP %1 (%2)"), number(total.ikp_score, 2), total.ikp_level or self.tr("tanpa ambang"))  # fmt: skip
        self.where.setText(text)
        self.formula.setText(
            " ".join(
                filter(None, [self.levels_text(view.level), view.formula,
                              self.tr(view.level_note) if view.level_note else ""])
            )
        )  # fmt: skip
        self.up_button.setEnabled(view.level > 2)
        self._draw_ranking()
        # The map shows the kab/kota: these rows, or (drilled in) the province's own.
        if view.level == LEVEL_KABKOTA:
            self.map.show_rows(view.rows)
        else:
            self._ctx.submit(kerawanan.overview, pemilihan_id=view.pemilihan_id,
                             on_done=lambda kabkota: self._map_loaded(kabkota, view))  # fmt: skip

    def _map_loaded(self, kabkota: kerawanan.Overview, shown: kerawanan.Overview) -> None:
        if shown is self.view:  # not overtaken by another drill or contest
            self.map.show_rows(kabkota.rows, selected=shown.root_code[:5])

    def levels_text(self, level: int) -> str:
        """The IKP levels beside the level column: "Level IKP 2024 (Bawaslu) untuk kab/kota:
        Rawan tinggi ≥ 49,33 · Rawan sedang 13,47–49,32 · Rawan rendah < 13,47."."""
        ranges = level_ranges(level)
        if not ranges:
            return ""
        where = self.tr("provinsi") if level == LEVEL_PROVINSI else self.tr("kab/kota")
        parts = " · ".join(f"{name} {ranges[name]}" for name in LEVELS)
        return tr_args(self.tr("Level IKP 2024 (Bawaslu) untuk %1: %2."), where, parts)

    def _draw_ranking(self) -> None:
        if self.view is None:
            return
        key = self.rank_by.currentData()
        pick = {
            "ikp": lambda r: r.ikp_score,
            "pressure": lambda r: r.pressure,
            "tps": tps_rawan,
        }[key]  # fmt: skip
        self.map.set_measure(key)
        items = [(r.name, pick(r), r.ikp_level) for r in self.view.rows if pick(r) is not None]
        title = self.rank_by.currentText() + ("" if items else self.tr(" — belum ada angka"))
        unit = {
            "ikp": self.tr("Skor IKP (0–100)"),
            "pressure": self.tr("Tekanan insiden per 100.000 DPT"),
            "tps": self.tr("Jumlah TPS"),
        }[key]  # fmt: skip
        # Two lines ("Peringkat:" above what is ranked) so the narrow chart never cuts it.
        self.chart.set_ranking(html.escape(title).replace(": ", ":<br>", 1), items, unit)

    def drill_to(self, kabkota_code: str) -> None:
        """A click on the map: that kab/kota's kecamatan; on the one shown, back up."""
        if self.view is not None and self.view.root_code == kabkota_code:
            self._root = None
        else:
            self._root = kabkota_code
        self.reload()

    def edit_selected(self) -> None:
        row = self.selected(self.tr("Kerawanan"))
        if row is None:
            return
        today = self.view.today
        self._ctx.submit(kerawanan.get_kerawanan, row.code, self.view.pemilihan_id,
                         on_done=lambda record: self.open_dialog(KerawananDialog(self._ctx, record, today, self)))  # fmt: skip

    def edit_weights(self) -> None:
        if self.view is not None:
            self.open_dialog(WeightsDialog(self._ctx, self.view.weights, self))

    def open_import(self, path: Path) -> ImportDialog:
        choices = [(ALL_CONTESTS, self.tr("Semua pemilihan (IKP per wilayah)"))]
        choices += [
            (self.contest.itemData(i), self.contest.itemText(i))
            for i in range(1, self.contest.count())
        ]
        self.import_dialog = ImportDialog(
            self._ctx, "kerawanan", path, [("pemilihan", self.tr("Berlaku untuk"), choices)], self
        )
        self.import_dialog.open()
        return self.import_dialog

    def export_title(self) -> str:
        return self.tr("Ekspor tabel kerawanan")

    def export_to(self, path: Path) -> None:
        if self.view is not None:
            self._ctx.submit(kerawanan_export.export_kerawanan, path, root_code=self.view.root_code,
                             pemilihan_id=self.view.pemilihan_id)  # fmt: skip
