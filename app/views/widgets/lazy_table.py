"""A table model over a SQL query that fetches windows of rows on demand.

The view asks for more rows as the user scrolls (``canFetchMore``/``fetchMore``); each
window is read by a use case on the worker thread and appended when it arrives, so a
table of 100.000 rows opens as fast as one of 200 and the window never blocks. Filtering
and sorting happen in SQL: a new filter starts a new generation and late answers from the
old one are dropped. ``reload`` (a change saved here or on another PC) reads the rows shown
again in place: the selected record stays selected, the current row and the scroll
position stay, new rows come in and gone ones leave.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

from app.views.shell.context import Gateway
from app.views.widgets.tables import record_table

_Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


@dataclass(frozen=True)
class LazyColumn:
    """One column, all it needs in one place: build it with keywords
    (``LazyColumn(header=…, value=…, sort_key=…, sample=…)``)."""

    header: str
    value: Callable[[Any], Any]
    tooltip: Callable[[Any], str] | None = None
    #: The filter's ``sort`` key for this column; None when the column cannot be sorted.
    sort_key: str | None = None
    background: Callable[[Any], Any] | None = None
    #: Starting width in pixels; or ``sample``, the widest text the column holds, so the
    #: width follows the font (and the header title always fits). Neither: the column
    #: keeps Qt's default, or stretches when it is the last one.
    width: int | None = None
    sample: str = ""


#: What a fetch that takes ``known_total`` is given for a first window whose total is not
#: known: it returns the rows with that total, uncounted. Counting 100.000 rows costs more
#: than reading the first 200, so the rows show first and the count follows as a task of
#: its own — only when the window came back full (else its rows are all there are).
NOT_COUNTED = -1


class LazyTableModel(QAbstractTableModel):
    """``fetch(uow, filters, offset, limit)`` must return an object with ``rows`` and
    ``total``. A fetch that also takes ``known_total`` is given the total when only the
    order or the window differs from the last answer, and returns it instead of counting
    the rows again; for a first window it is given ``NOT_COUNTED`` (see there). ``loaded``
    is emitted once the total is known."""

    loaded = Signal(int, int)  # rows loaded, total
    failed = Signal(object)

    def __init__(
        self,
        gateway: Gateway,
        fetch: Callable[..., Any],
        columns: Sequence[LazyColumn],
        parent=None,
        *,
        empty_filter: Any = None,
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._fetch = fetch
        self._takes_total = "known_total" in inspect.signature(fetch).parameters
        self._columns = list(columns)
        self._empty_filter = empty_filter
        self._rows: list[Any] = []
        self._total = 0
        self._filters: Any = None
        self._generation = 0
        self._loading = False
        self._refreshing = False
        self._again = False
        #: The first window is shown and its total is being counted.
        self._counting = False
        #: The total is the first window's length, not a count (being counted, or the
        #: count failed): it is never handed on as a known total.
        self._uncounted = False

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def columns(self) -> list[LazyColumn]:
        return list(self._columns)

    def current_filter(self) -> Any:
        """The filter the table shows (with the user's sort); before the first, the empty one."""
        return self._filters if self._filters is not None else self._empty_filter

    def row_value(self, row: int) -> Any:
        return self._rows[row]

    def set_filters(self, filters: Any, *, known_total: int | None = None) -> None:
        """Start over with new filters: clears the table and loads the first window."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._filters = filters
        self._loading = self._counting = self._uncounted = False
        self.endResetModel()
        self._request(0, known_total)

    def reload(self) -> None:
        """Read the rows shown again, in place (see the module's note)."""
        if self._filters is None:
            return
        if not self._rows:
            self.set_filters(self._filters)
            return
        if self._refreshing:
            self._again = True  # once this answer is in: changes keep coming
            return
        self._refreshing = True
        generation = self._generation
        count = max(len(self._rows) + (PAGE_SIZE if self._loading else 0), PAGE_SIZE)
        self._gateway.submit(
            self._fetch,
            self._filters,
            0,
            count,
            on_done=lambda page: self._refreshed(generation, page),
            on_error=lambda error: self._refresh_failed(generation, error),
        )

    def _refreshed(self, generation: int, page: Any) -> None:
        self._refreshing = False
        if generation != self._generation:
            return
        self._loading = False
        self._replace_rows(list(page.rows))
        self._total = page.total
        self._uncounted = False
        self.loaded.emit(len(self._rows), self._total)
        if self._again:
            self._again = False
            self.reload()

    def _refresh_failed(self, generation: int, error: BaseException) -> None:
        self._refreshing = False
        self._again = False
        self._error(generation, error)

    def _replace_rows(self, new: list[Any]) -> None:
        """The rows become ``new``; every persistent index (the selection, the current row)
        follows its record by ``id``, or is dropped when the record left the rows."""
        old_count, new_count = len(self._rows), len(new)
        if new_count > old_count:
            self.beginInsertRows(QModelIndex(), old_count, new_count - 1)
            self._rows.extend(new[old_count:])
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        position = {_key(row): i for i, row in enumerate(new)}
        before = self.persistentIndexList()
        after = []
        for index in before:
            target = position.get(_key(self._rows[index.row()]))
            after.append(QModelIndex() if target is None else self.index(target, index.column()))
        self.changePersistentIndexList(before, after)
        self._rows = new + self._rows[new_count:]
        self.layoutChanged.emit()
        if new_count < old_count:
            self.beginRemoveRows(QModelIndex(), new_count, old_count - 1)
            del self._rows[new_count:]
            self.endRemoveRows()

    def _request(self, offset: int, known_total: int | None = None) -> None:
        self._loading = True
        generation = self._generation
        if offset == 0 and known_total is None:
            known_total = NOT_COUNTED  # rows first (only a fetch that takes it is told)
        extra = {"known_total": known_total} if self._takes_total and known_total is not None else {}
        self._gateway.submit(
            self._fetch,
            self._filters,
            offset,
            PAGE_SIZE,
            **extra,
            on_done=lambda page: self._arrived(generation, offset, page),
            on_error=lambda error: self._error(generation, error),
        )

    def _arrived(self, generation: int, offset: int, page: Any) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._loading = False
        counted = page.total != NOT_COUNTED
        self._total = page.total if counted else len(page.rows)
        if page.rows:
            self.beginInsertRows(
                QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1
            )
            self._rows.extend(page.rows)
            self.endInsertRows()
        if counted or len(page.rows) < PAGE_SIZE:  # a window not full holds them all
            self.loaded.emit(len(self._rows), self._total)
            return
        self._counting = self._uncounted = True
        self._gateway.submit(
            self._fetch,
            self._filters,
            0,
            0,
            on_done=lambda counted_page: self._counted(generation, counted_page),
            on_error=lambda error: self._error(generation, error),
        )

    def _counted(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return
        self._counting = self._uncounted = False
        self._total = page.total
        # No row changed, so a view scrolled to the end would not ask for more: a layout
        # pass makes it look again (its fetch-more check runs after every layout).
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()
        self.loaded.emit(len(self._rows), self._total)

    def _error(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = self._counting = False
            self.failed.emit(error)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new SQL query (filters carry ``sort`` and ``descending``)."""
        key = self._columns[column].sort_key if 0 <= column < len(self._columns) else None
        if key is None or self._filters is None:
            return
        wanted = replace(self._filters, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if wanted == self._filters:
            return  # already so (QTableView.sortByColumn asks twice)
        # Another order of the same rows: their number is known unless still on its way.
        settled = not (self._loading or self._refreshing or self._uncounted)
        self.set_filters(wanted, known_total=self._total if settled else None)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return (not parent.isValid() and not self._loading and not self._refreshing
                and not self._counting and len(self._rows) < self._total)  # fmt: skip

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._request(len(self._rows), self._total)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.value(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(row)
        return None

    def row_of(self, record_id: int) -> int:
        """Row of a loaded record by ``id``, or -1."""
        return next(
            (i for i, r in enumerate(self._rows) if getattr(r, "id", None) == record_id), -1
        )


def _key(row: Any) -> Any:
    """A row's record: its ``id`` (a row without one is only ever itself)."""
    record_id = getattr(row, "id", None)
    return ("id", record_id) if record_id is not None else ("row", id(row))


def register_view(name: str, model: LazyTableModel, sort: str, descending: bool) -> QTableView:
    """A register's table: sortable in SQL, first sorted on the column whose sort key is
    ``sort``, each column as wide as its declaration says."""
    table = record_table(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    keys = [column.sort_key for column in model.columns]
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    header.setSortIndicator(keys.index(sort), order)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    fit_columns(table, model.columns)
    return table


def fit_columns(table: QTableView, columns: Sequence[LazyColumn]) -> None:
    header = table.horizontalHeader()
    metrics, header_metrics = table.fontMetrics(), header.fontMetrics()
    for index, column in enumerate(columns):
        if column.sample:
            # + room for the padding and, on the title, the sort arrow.
            header.resizeSection(index, max(metrics.horizontalAdvance(column.sample) + 14,
                                            header_metrics.horizontalAdvance(column.header) + 28))  # fmt: skip
        elif column.width:
            header.resizeSection(index, column.width)
    last = columns[-1] if columns else None
    header.setStretchLastSection(last is not None and not (last.sample or last.width))
