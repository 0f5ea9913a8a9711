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

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
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
        self.counts.setWordWrap(True)  # two lines rather than cut at 125% or on a narrow window
        #: The record shown beside the table: its row is the selected one, also after the
        #: table reloads (a status change) and when it was opened from another page.
        self.shown_id: int | None = None
        self._reveal = ""
        self._asked = False
        self._selecting = False
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
        model.loaded.connect(lambda _shown, _total: self._select_shown())
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
        """The record's tabs, every title whole (no scroll arrows hiding the last one)."""
        tabs = QTabWidget()
        tabs.setUsesScrollButtons(False)
        for widget, text in pages:
            tabs.addTab(widget, text)
        return tabs

    def set_detail(self, detail: QWidget, sizes: Sequence[int]) -> None:
        self.split.addWidget(detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes(list(sizes))

    def install_shortcuts(self, pairs: Iterable[tuple[Any, Callable[[], Any]]]) -> None:
        """Page shortcuts (keys from ``shell.shortcuts``), live while the page is shown —
        also when the focus is elsewhere in the window, e.g. on the navigation just clicked
        (a page not shown is hidden, and a hidden widget's shortcuts never fire)."""
        for key, slot in pairs:
            action = QAction(self)
            action.setShortcut(key if isinstance(key, QKeySequence) else shortcuts.key(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
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

    # -- the record shown and its row ------------------------------------------------------
    def mark_shown(self, record_id: int | None, *, reveal: str = "") -> None:
        """``record_id`` is the record beside the table (None: a new one): select its row.
        ``reveal`` (its number) when it was opened from elsewhere: if its row is not among
        the rows loaded, the register is searched for it, so it is there and selected."""
        # The same record shown again (re-read after a change) is no request to move there.
        self._asked = self._asked or record_id != self.shown_id or bool(reveal)
        self.shown_id = record_id
        self._reveal = reveal if record_id is not None else ""
        self._select_shown()

    def _select_shown(self) -> None:
        """After ``mark_shown`` and after every load. A reload that kept the record's row
        current (a change saved here or on another PC) leaves the selection and the scroll
        position as the user left them; a page that never marks a record keeps its own."""
        if self.model.loading:
            return  # once the rows arrive
        asked, self._asked = self._asked, False
        row = self.model.row_of(self.shown_id) if self.shown_id is not None else -1
        current = self.table.currentIndex()
        self._selecting = True
        try:
            if row >= 0:
                self._reveal = ""
                if not current.isValid() or current.row() != row:
                    self.select_row(row)
                    asked = True
                if asked:
                    self.table.scrollTo(self.model.index(row, 0))
            elif (asked or self.shown_id is not None) and (
                current.isValid() or self.table.selectionModel().hasSelection()
            ):
                self.table.selectionModel().clear()
        finally:
            self._selecting = False
        if row < 0 and self._reveal:
            text, self._reveal = self._reveal, ""
            self.filters.search.setText(text)
            self.filters.emit_now()

    # -- one record ---------------------------------------------------------------------
    def _row_changed(self, current, _previous) -> None:
        if self._selecting or not current.isValid():
            return
        record_id = self.model.row_value(current.row()).id
        if record_id == self.shown_id:
            return
        if self.may_leave_record():
            self.open_record(record_id)
        else:  # the user keeps the unsaved record: its row (or none, for a new one) is selected
            self._asked = True
            QTimer.singleShot(0, self._select_shown)

    def may_leave_record(self) -> bool:
        """False when the user keeps unsaved changes (a page with a form asks)."""
        return True

    def has_unsaved(self) -> bool:
        """True while the record beside the table has typed, unsaved changes."""
        return False

    def may_leave(self) -> bool:
        """Another page or quitting: the same question as another row (``unsaved``)."""
        return self.may_leave_record()

    def open_record(self, record_id: int) -> None:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.show_error(message)
