"""Partisipasi page: per contest, DPT and turnout per wilayah (drill kab/kota → kecamatan
→ desa), with the method beside the figure, the target, the earlier election and the
reconciliation flags; charts of turnout vs target and vs the earlier election; forms to
type figures; import, template and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.core import palette
from app.services.core.actor import EKSPOR, IMPOR, PARTISIPASI_CATAT
from app.services.core.changes import Changes
from app.services.core.formatting import long_date, number, percent
from app.services.partisipasi import export as partisipasi_export
from app.services.partisipasi import records as partisipasi
from app.services.partisipasi import stats
from app.services.partisipasi.stats import TurnoutRow
from app.services.tahapan import records as tahapan
from app.views.partisipasi.dialogs import PartisipasiDialog, PemilihanLaluDialog
from app.views.shell import icons, shortcuts
from app.views.shell.context import AppContext
from app.views.widgets.import_dialog import ImportDialog
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.region_charts import TurnoutChart
from app.views.widgets.region_drill_page import RegionDrillPage
from app.views.widgets.texts import tr_args

FLAG_COLOR = QColor(palette.ERROR_TEXT)


def _count(value: int | None) -> str:
    return "–" if value is None else number(value)


class TurnoutModel(ListTableModel[TurnoutRow]):
    COLUMNS = (
        QT_TR_NOOP("Wilayah"),
        QT_TR_NOOP("DPT"),
        QT_TR_NOOP("DPTb"),
        QT_TR_NOOP("DPK"),
        QT_TR_NOOP("TPS"),
        QT_TR_NOOP("Pengguna hak pilih"),
        QT_TR_NOOP("Partisipasi"),
        QT_TR_NOOP("Target"),
        QT_TR_NOOP("Sebelumnya"),
        QT_TR_NOOP("Perubahan"),
        QT_TR_NOOP("Pemeriksaan"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr(h) for h in self.COLUMNS], parent)

    def set_earlier_name(self, name: str) -> None:
        self.headers = (*self.headers[:8], name or self.tr("Sebelumnya"), *self.headers[9:])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 8, 8)

    def cell(self, row: TurnoutRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            change = row.change_pts
            return (
                row.name, _count(row.dpt), _count(row.dptb), _count(row.dpk), _count(row.tps),
                _count(row.voted), percent(row.turnout_pct), percent(row.target_pct, 1),
                percent(row.earlier_pct),
                "–" if change is None else ("+" if change > 0 else "") + number(change, 2),
                self.tr("⚠ %n masalah", "", len(row.flags)) if row.flags else self.tr("ok"),
            )[column]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 6:
                return row.method
            if column == 10 and row.flags:
                return "\n".join(row.flags)
        if role == Qt.ItemDataRole.ForegroundRole and column == 10 and row.flags:
            return FLAG_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PartisipasiPage(RegionDrillPage):
    #: ``core.rollup.NOTE``, marked for the translation sources (a test keeps the two alike).
    ROLLUP_TEXT = QT_TR_NOOP(
        "Angka suatu wilayah = catatan wilayah itu sendiri bila ada, selain itu jumlah angka "
        "wilayah di bawahnya (dihitung dengan cara yang sama); catatan dua tingkat tidak pernah "
        "dijumlahkan bersama."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "partisipasi", parent)
        #: The method combo follows the desk setting until the first load tells it.
        self._method_known = False
        self.contest.setMinimumContentsLength(34)
        self.contest.setAccessibleName(self.tr("Pemilihan"))
        self.contest.currentIndexChanged.connect(self._contest_changed)
        self.denominator = QComboBox()
        for key, text in stats.METHODS.items():
            self.denominator.addItem(text, key)
        self.denominator.setToolTip(self.tr("Penyebut tingkat partisipasi"))
        self.denominator.currentIndexChanged.connect(self.reload)
        self.up_button.setToolTip(self.tr("Kembali ke wilayah di atasnya"))
        top = self.top_row(QLabel(self.tr("Metode:")), self.denominator)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = TurnoutModel(self)
        self.table = self.region_table(self.model, stretch_first=True)
        self.chart = TurnoutChart()
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(self.chart)
        self.split.setSizes([330, 250])

        self.edit_button = QPushButton(self.tr("Isi angka…"))
        self.edit_button.setToolTip(self.tr("Ketik DPT, TPS, dan hasil untuk wilayah terpilih"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.earlier_button = QPushButton(self.tr("Pemilihan sebelumnya…"))
        self.earlier_button.clicked.connect(self.edit_earlier)
        self.target_button = QPushButton(self.tr("Target…"))
        self.target_button.clicked.connect(self.edit_target)
        self.import_button = QPushButton(icons.action("import"), self.tr("Impor…"))
        self.import_button.setShortcut(shortcuts.key(shortcuts.IMPORT))
        self.import_button.clicked.connect(
            lambda: self.choose_import(self.tr("Pilih berkas DPT/partisipasi KPU"))
        )
        edits = (self.edit_button, self.earlier_button, self.target_button)
        bottom = self.bottom_row(edits, self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.allow([*((button, PARTISIPASI_CATAT) for button in edits),
                    (self.import_button, IMPOR), (self.export_button, EKSPOR)])  # fmt: skip
        ctx.submit(tahapan.list_pemilihan, on_done=self._contests_loaded)

    # -- loading ------------------------------------------------------------------------
    def _contests_loaded(self, contests) -> None:
        self.add_contests(contests)
        self._contest_changed()

    def _contest_changed(self) -> None:
        self._root = None
        self.reload()

    def reload(self) -> None:
        contest_id = self.contest.currentData()
        if contest_id is None:
            return
        self._ctx.submit(partisipasi.overview, contest_id, root_code=self._root,
                         denominator=self._method(), on_done=self._loaded)  # fmt: skip

    def _method(self) -> str | None:
        return self.denominator.currentData() if self._method_known else None

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(partisipasi.PARTISIPASI):
            self.reload()

    def _loaded(self, view: partisipasi.Overview) -> None:
        if view.contest.id != self.contest.currentData() or view.denominator != (
            self._method() or view.denominator
        ):
            return  # the user changed the choice while this was loading
        if not self._method_known:
            self.denominator.blockSignals(True)
            self.denominator.setCurrentIndex(self.denominator.findData(view.denominator))
            self.denominator.blockSignals(False)
            self._method_known = True
        self.view = view
        earlier = next((r.earlier_name for r in view.rows if r.earlier_name), "")
        self.model.set_rows(view.rows)
        self.model.set_earlier_name(earlier)
        self.chart.set_rows(view.rows, view.contest.target_pct)
        total = view.total
        where = self.tr("<b>%1</b> — DPT %2 · TPS %3 · partisipasi %4 (%5) · target %6")
        self.where.setText(tr_args(where, view.root_name, _count(total.dpt), _count(total.tps),
                                   percent(total.turnout_pct), total.method, percent(view.contest.target_pct, 1)))  # fmt: skip
        notes = [
            tr_args(self.tr("Partisipasi = %1."), total.method),
            self.tr(stats.ROLLUP_NOTE),
        ]
        if total.voted is None and not view.voting_over:
            notes.insert(0, tr_args(self.tr("Partisipasi 2024 belum diketahui: pemungutan suara %1."), long_date(view.contest.voting_date)))  # fmt: skip
        if earlier:
            notes.append(tr_args(self.tr("Pembanding: %1."), earlier))
        self.note.setText(" ".join(notes))
        self.up_button.setEnabled(view.root_code != view.contest.wilayah_code)

    # -- navigation ---------------------------------------------------------------------
    def can_go_up(self) -> bool:
        return self.view is not None and self.view.root_code != self.view.contest.wilayah_code

    # -- forms --------------------------------------------------------------------------
    def edit_selected(self) -> None:
        row = self.selected(self.tr("Isi angka"))
        if row is None:
            return
        today = self.view.today
        self._ctx.submit(partisipasi.get_partisipasi, self.view.contest.id, row.code,
                         on_done=lambda record: self.open_dialog(PartisipasiDialog(self._ctx, record, today, self)))  # fmt: skip

    def edit_earlier(self) -> None:
        row = self.selected(self.tr("Pemilihan sebelumnya"))
        if row is None:
            return
        names = sorted({r.earlier_name for r in self.model.rows() if r.earlier_name})
        self.open_dialog(PemilihanLaluDialog(self._ctx, row.code, row.name, names, self))

    def edit_target(self) -> None:
        if self.view is None:
            return
        value, ok = QInputDialog.getDouble(
            self, self.tr("Target partisipasi"), tr_args(self.tr("Target partisipasi %1 (%):"), self.view.contest.name),
            self.view.contest.target_pct or 0.0, 0.1, 100.0, 1,
        )  # fmt: skip
        if ok:
            self.set_target(value)

    def set_target(self, value: float) -> None:
        if self.view is not None:
            self._ctx.submit(partisipasi.set_target, self.view.contest.id, value)

    # -- import, export -----------------------------------------------------------------
    def open_import(self, path: Path) -> ImportDialog:
        current = self.contest.currentIndex()
        order = [current] + [i for i in range(self.contest.count()) if i != current]
        choices = [(self.contest.itemData(i), self.contest.itemText(i)) for i in order if i >= 0]
        dialog = ImportDialog(
            self._ctx, "partisipasi", path, [("pemilihan", self.tr("Pemilihan"), choices)], self
        )
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def export_title(self) -> str:
        return self.tr("Ekspor tabel partisipasi")

    def export_to(self, path: Path) -> None:
        if self.view is None:
            return
        self._ctx.submit(partisipasi_export.export_partisipasi, self.view.contest.id, path,
                         root_code=self.view.root_code, denominator=self.view.denominator,
                         on_done=lambda count: self.note.setText(
                             tr_args(self.tr("%1 baris diekspor ke %2"), count, path)))  # fmt: skip
