"""The base of every register page: a filter bar above a SQL-backed table, the selected
record beside it (title, buttons, error line, detail tabs), a counts line below, the
page's keyboard shortcuts and its remembered splitter and columns.

A subclass builds its filter bar and table model, hands them to ``set_register`` and
its detail widget to ``set_detail``, and implements ``open_record`` and (optionally)
``refresh_counts``. Every use case it submits through ``self._ctx`` without an
``on_error`` reports a domain error in the page's error line (``show_error``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core import formatting
from app.services.desk import wilayah
from app.views.shell import shortcuts
from app.views.shell.context import AppContext
from app.views.widgets import layout_memory
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.filter_bar import FilterBar
from app.views.widgets.lazy_table import LazyTableModel, register_view
from app.views.widgets.region_picker import RegionPicker


class RegisterPage(QWidget):
    def __init__(self, ctx: AppContext, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.error = ErrorLabel()
        self._ctx = ctx.reporting_to(self)
        self._tz = ZoneInfo(ctx.desk.timezone)
        self.counts = QLabel()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName(f"{area}_splitter")

    # -- building -----------------------------------------------------------------------
    def set_register(
        self, filters: FilterBar, model: LazyTableModel, *, sort: str, descending: bool
    ) -> QTableView:
        """The filter bar and the table (sorted on the column whose sort key is ``sort``)."""
        self.filters = filters
        self.model = model
        filters.changed.connect(self._filter_changed)
        model.loaded.connect(lambda _shown, _total: self.refresh_counts())
        model.failed.connect(lambda error: self.counts.setText(str(error)))
        self.table = register_view(f"{self.area}_table", model, sort, descending)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.split.addWidget(self.table)
        return self.table

    def detail_box(self, title: QLabel, buttons: Iterable[QWidget], body: QWidget) -> QWidget:
        """The record beside the table: title and buttons, the error line, then ``body``."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        for button in buttons:
            head.addWidget(button)
        layout.addLayout(head)
        layout.addWidget(self.error)
        layout.addWidget(body, 1)
        return box

    @staticmethod
    def tabs_of(pages: Iterable[tuple[QWidget, str]]) -> QTabWidget:
        tabs = QTabWidget()
        for widget, text in pages:
            tabs.addTab(widget, text)
        return tabs

    def set_detail(self, detail: QWidget, sizes: Sequence[int]) -> None:
        self.split.addWidget(detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes(list(sizes))

    def install_shortcuts(self, pairs: Iterable[tuple[Any, Callable[[], Any]]]) -> None:
        """Page shortcuts (keys from ``shell.shortcuts``), active anywhere on the page."""
        for key, slot in pairs:
            action = QAction(self)
            action.setShortcut(key if isinstance(key, QKeySequence) else shortcuts.key(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- layout memory ------------------------------------------------------------------
    def _layout_parts(self) -> list[tuple[str, Any]]:
        return [
            (self.split.objectName(), self.split),
            (f"{self.area}_table_header", self.table.horizontalHeader()),
        ]

    def restore_layout(self) -> None:
        layout_memory.restore(self._ctx.settings, self._layout_parts())

    def save_layout(self) -> None:
        layout_memory.save(self._ctx.settings, self._layout_parts())

    # -- the register -------------------------------------------------------------------
    def current_filter(self) -> Any:
        """The filter the table shows now, with the user's sort."""
        return self.model.current_filter()

    def _filter_changed(self, flt: Any) -> None:
        current = self.current_filter()  # keep the user's sort
        self.model.set_filters(replace(flt, sort=current.sort, descending=current.descending))

    def refresh_counts(self) -> None:
        """Show the counts under the table for ``current_filter()`` (when it has loaded)."""

    def show_counts(self, total: str, by_status: Mapping[str, int], *extra: str) -> None:
        """The total, each status with its count, then ``extra`` (e.g. "420 insiden · Baru: 12")."""
        parts = [total, *(f"{s}: {formatting.number(n)}" for s, n in by_status.items() if n)]
        self.counts.setText(" · ".join([*parts, *(text for text in extra if text)]))

    def load_lists(self, form_choices: Callable[..., Any], *pickers: RegionPicker) -> None:
        """After the register, the lists: ``form_choices`` for the form and the filter bar,
        and the regions for the filter's picker and ``pickers`` (the form's)."""
        self._pickers = (self.filters.region, *pickers)
        self._ctx.submit(form_choices, on_done=self.choices_loaded)
        self._ctx.submit(wilayah.picker_choices, on_done=self.regions_loaded)

    def choices_loaded(self, choices: Any) -> None:
        self._choices = choices
        self.filters.set_choices(choices)

    def regions_loaded(self, refs: list) -> None:
        for picker in self._pickers:
            picker.set_choices(refs)

    def focus_search(self) -> None:
        self.filters.focus_search()

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    # -- one record ---------------------------------------------------------------------
    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and self.may_leave_record():
            self.open_record(self.model.row_value(current.row()).id)

    def may_leave_record(self) -> bool:
        """False when the user keeps unsaved changes (a page with a form asks)."""
        return True

    def open_record(self, record_id: int) -> None:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.show_error(message)
