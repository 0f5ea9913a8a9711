"""The base of a page of figures per wilayah for a contest (Partisipasi, Kerawanan): the
contest above, a table drilled kab/kota → kecamatan → desa by double-click and climbed
with "▲ Naik", the figures' forms, and import, template and export of the register.

A subclass builds its model and widgets, then ``top_row``/``bottom_row``; it implements
``reload`` (and ``can_go_up`` when the top is not the contest's own region).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from app.views.shell import icons, shortcuts
from app.views.shell.context import AppContext
from app.views.widgets import template_saver
from app.views.widgets.list_table_model import ListTableModel
from app.views.widgets.tables import record_table

#: Kab/kota (2) → kecamatan (3) → desa (4): a desa has nothing below it.
DEEPEST_LEVEL = 4


class RegionDrillPage(QWidget):
    def __init__(self, ctx: AppContext, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.area = area
        self.view: Any = None
        self._root: str | None = None
        self.dialog: QWidget | None = None
        self.import_dialog: QWidget | None = None
        self.contest = QComboBox()
        self.up_button = QPushButton(self.tr("▲ Naik"))
        self.up_button.clicked.connect(self.go_up)
        self.refresh_button = QPushButton(icons.action("refresh"), self.tr("Muat ulang"))
        self.refresh_button.setShortcut(shortcuts.key(shortcuts.REFRESH))
        self.refresh_button.clicked.connect(self.reload)
        self.where = QLabel()
        self.template_button = QPushButton(icons.action("template"), self.tr("Unduh templat…"))
        self.template_button.clicked.connect(self._save_template)
        self.export_button = QPushButton(self.tr("Ekspor…"))
        self.export_button.clicked.connect(self._choose_export)

    # -- building -----------------------------------------------------------------------
    def region_table(self, model: ListTableModel, *, stretch_first: bool = False) -> QTableView:
        """Columns as wide as their figures; the region's name takes the rest if asked."""
        table = record_table(f"{self.area}_table")
        table.setModel(model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_first:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda index: self.drill(index.row()))
        return table

    def top_row(self, *extra: QWidget) -> QHBoxLayout:
        """The contest ("Pemilihan:"), then ``extra``, then Naik and Muat ulang."""
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pemilihan:")))
        top.addWidget(self.contest, 1)
        for widget in (*extra, self.up_button, self.refresh_button):
            top.addWidget(widget)
        return top

    def bottom_row(self, edits: Iterable[QWidget], import_button: QWidget) -> QHBoxLayout:
        """The figure forms on the left; import, template and export on the right."""
        bottom = QHBoxLayout()
        for button in edits:
            bottom.addWidget(button)
        bottom.addStretch(1)
        for button in (import_button, self.template_button, self.export_button):
            bottom.addWidget(button)
        return bottom

    def allow(self, pairs: Iterable[tuple[QWidget, str]]) -> None:
        """Enable each button by its permission; a refused one says why."""
        actor = self._ctx.actor
        for button, permission in pairs:
            button.setEnabled(actor.can(permission))
            if not actor.can(permission):
                button.setToolTip(actor.why_not(permission))

    def add_contests(self, contests) -> None:
        """The contests after the combo's fixed first items, without a reload per item."""
        self.contest.blockSignals(True)
        for contest in contests:
            self.contest.addItem(contest.name, contest.id)
        self.contest.blockSignals(False)

    # -- the table ----------------------------------------------------------------------
    def reload(self) -> None:
        raise NotImplementedError

    def can_go_up(self) -> bool:
        return self.view is not None and self.view.level > 2

    def drill(self, row: int) -> None:
        """Open the region of ``row``: its kecamatan, or its desa."""
        model = self.table.model()
        if self.view is None or not 0 <= row < model.rowCount() or self.view.level >= DEEPEST_LEVEL:
            return
        self._root = model.row_at(row).code
        self.reload()

    def go_up(self) -> None:
        if self.can_go_up():
            self._root = self.view.root_code.rsplit(".", 1)[0]
            self.reload()

    def selected(self, title: str) -> Any:
        """The chosen row, or None after telling the user to choose one."""
        index = self.table.currentIndex()
        if index.isValid() and self.view is not None:
            return self.table.model().row_at(index.row())
        QMessageBox.information(self, title, self.tr("Pilih wilayah di tabel lebih dulu."))
        return None

    def open_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()

    # -- import, template, export -------------------------------------------------------
    def choose_import(self, title: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Lembar kerja (*.xlsx *.xls *.ods *.csv)")
        )
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> QWidget:
        raise NotImplementedError

    def _save_template(self) -> None:
        template_saver.choose_and_save(self, self._ctx, self.area)

    def export_title(self) -> str:
        raise NotImplementedError

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.export_title(), f"{self.area}.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        raise NotImplementedError
