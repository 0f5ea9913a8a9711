"""A register reloaded because something changed (here or on another PC) keeps what the
user was doing: the selected record stays selected even when its row moved, the current
row and the scroll position stay, and no record is opened anew (issue 22)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.views.widgets.lazy_table import NOT_COUNTED, LazyColumn, LazyTableModel, register_view


@dataclass(frozen=True)
class Row:
    id: int
    name: str


@dataclass(frozen=True)
class Page_:
    rows: list[Row]
    total: int


@dataclass(frozen=True)
class Flt:
    sort: str = "id"
    descending: bool = True


class Store:
    """What the "database" holds: newest first, as the incident register shows it."""

    def __init__(self) -> None:
        self.rows = [Row(i, f"insiden {i}") for i in range(500, 0, -1)]

    def fetch(self, _uow, _flt, offset: int, limit: int) -> Page_:
        return Page_(self.rows[offset : offset + limit], len(self.rows))


def _shown_register(qtbot, ctx, fetch, name: str):
    """A register of id and name rows read by ``fetch``, shown and filtered once."""
    model = LazyTableModel(ctx, fetch, [
        LazyColumn(header="Nomor", value=lambda r: r.id, sort_key="id", width=60),
        LazyColumn(header="Nama", value=lambda r: r.name, sort_key="name"),
    ], empty_filter=Flt())  # fmt: skip
    table = register_view(name, model, "id", True)
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    model.set_filters(Flt())
    return model, table


@pytest.fixture
def register(qtbot, ctx, idle, qtmodeltester):
    store = Store()
    model, table = _shown_register(qtbot, ctx, store.fetch, "uji_table")
    idle()
    qtmodeltester.check(model)
    opened: list[int] = []
    table.selectionModel().currentRowChanged.connect(
        lambda current, _p: opened.append(model.row_value(current.row()).id)
    )
    return store, model, table, opened


def _select(table, model, record_id: int) -> None:
    table.selectionModel().setCurrentIndex(
        model.index(model.row_of(record_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _selected_id(table, model) -> int | None:
    rows = table.selectionModel().selectedRows()
    return model.row_value(rows[0].row()).id if rows else None


def test_new_rows_above_keep_the_selected_record_and_the_scroll_position(register, idle):
    store, model, table, opened = register
    _select(table, model, 480)
    table.verticalScrollBar().setValue(12)
    opened.clear()
    store.rows[:0] = [Row(502, "insiden 502"), Row(501, "insiden 501")]  # two new, on top
    store.rows[30] = Row(470, "insiden 470 (diubah)")
    model.reload()
    idle()
    assert model.row_value(0).id == 502 and model.total == 502
    assert _selected_id(table, model) == 480
    assert model.row_value(table.currentIndex().row()).id == 480
    assert table.verticalScrollBar().value() == 12
    assert model.index(model.row_of(470), 1).data() == "insiden 470 (diubah)"
    assert opened == []  # nothing was opened anew


def test_a_record_that_moved_stays_selected_and_one_that_left_is_dropped(register, idle):
    store, model, table, opened = register
    _select(table, model, 490)
    moved = store.rows.pop(10)  # 490 now sorts last of the loaded window
    store.rows.insert(150, moved)
    del store.rows[0]  # 500 archived elsewhere
    model.reload()
    idle()
    assert model.row_of(500) == -1
    assert _selected_id(table, model) == 490 and model.row_of(490) == 149
    _select(table, model, 450)
    store.rows = [r for r in store.rows if r.id != 450]
    model.reload()
    idle()
    assert _selected_id(table, model) is None and not table.currentIndex().isValid()


def test_changes_arriving_while_a_reload_runs_are_read_once_it_is_in(register, idle):
    store, model, _table, _opened = register
    for n in range(501, 511):
        store.rows.insert(0, Row(n, f"insiden {n}"))
        model.reload()
    idle()
    ids = [model.row_value(r).id for r in range(model.rowCount())]
    assert ids == sorted(set(ids), reverse=True)  # no row twice, none out of place
    assert ids[:11] == list(range(510, 499, -1))


def test_another_order_or_window_of_the_same_rows_is_not_counted_again(qtbot, ctx, idle):
    """Sorting reads the rows in the new order once (the header asks twice), and neither
    it nor scrolling for more rows counts the whole register again."""
    asked: list[tuple[int, int | None]] = []
    rows = [Row(i, f"insiden {i}") for i in range(500, 0, -1)]

    def fetch(_uow, flt, offset: int, limit: int, known_total: int | None = None) -> Page_:
        asked.append((offset, known_total))
        ordered = sorted(rows, key=lambda r: getattr(r, flt.sort), reverse=flt.descending)
        return Page_(ordered[offset : offset + limit], len(rows))

    model, table = _shown_register(qtbot, ctx, fetch, "uji_sort")
    idle()
    assert asked == [(0, NOT_COUNTED)]  # this fetch counts anyway: nothing more is asked
    asked.clear()
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    idle()
    assert asked == [(0, 500)] and model.row_value(0).name == "insiden 1"
    asked.clear()
    model.fetchMore()
    idle()
    assert asked == [(200, 500)] and model.rowCount() == 400


@pytest.mark.parametrize("size", [500, 120])
def test_the_first_rows_show_before_a_large_register_is_counted(qtbot, ctx, idle, size):
    """100.000 incidents: counting them costs more than reading the first 200, so the rows
    come first and the total follows; a register that fits one window is never counted."""
    import threading

    rows = [Row(i, f"insiden {i}") for i in range(size, 0, -1)]
    asked: list[tuple[int, int, int | None]] = []
    counting = threading.Event()

    def fetch(_uow, _flt, offset: int, limit: int, known_total: int | None = None) -> Page_:
        asked.append((offset, limit, known_total))
        if known_total is None:
            counting.wait(5)  # the count is slow; the rows are already on screen
            return Page_(rows[offset : offset + limit], len(rows))
        return Page_(rows[offset : offset + limit], known_total)

    model = LazyTableModel(ctx, fetch, [
        LazyColumn(header="Nomor", value=lambda r: r.id, sort_key="id", width=60),
    ], empty_filter=Flt())  # fmt: skip
    loaded: list[tuple[int, int]] = []
    model.loaded.connect(lambda shown, total: loaded.append((shown, total)))
    model.set_filters(Flt())
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.rowCount() == min(size, 200) and not model.loading
    if size <= 200:
        idle()
        assert asked == [(0, 200, NOT_COUNTED)] and loaded == [(size, size)]
        return
    assert loaded == [] and not model.canFetchMore()  # the total is on its way
    counting.set()
    idle()
    assert asked == [(0, 200, NOT_COUNTED), (0, 0, None)]
    assert loaded == [(200, 500)] and model.total == 500 and model.canFetchMore()
    model.fetchMore()
    idle()
    assert model.rowCount() == 400 and asked[-1] == (200, 200, 500)


def _counted_later(qtbot, ctx, fail: bool = False):
    """A register of 1.000 rows whose count waits for ``release`` (or fails)."""
    import threading

    rows = [Row(i, f"insiden {i}") for i in range(1000, 0, -1)]
    release = threading.Event()
    asked: list[int | None] = []

    def fetch(_uow, flt, offset: int, limit: int, known_total: int | None = None) -> Page_:
        asked.append(known_total)
        ordered = sorted(rows, key=lambda r: getattr(r, flt.sort), reverse=flt.descending)
        if known_total is None:
            release.wait(5)
            if fail:
                raise RuntimeError("hitungan gagal")
            return Page_(ordered[offset : offset + limit], len(rows))
        return Page_(ordered[offset : offset + limit], known_total)

    model, table = _shown_register(qtbot, ctx, fetch, "uji_hitung")
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    return model, table, release, asked


def test_a_table_scrolled_to_its_end_while_counted_reads_on_once_the_count_is_in(qtbot, ctx, idle):
    model, table, release, _asked = _counted_later(qtbot, ctx)
    table.scrollToBottom()  # Ctrl+End before the total is known
    qtbot.wait(20)
    assert model.rowCount() == 200
    release.set()
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    idle()


def test_a_count_that_failed_is_never_taken_for_the_total(qtbot, ctx, idle):
    """The window's 200 rows are not "all there are" when the count failed: sorting then
    counts again instead of carrying 200 on as the total."""
    errors: list = []
    model, table, release, asked = _counted_later(qtbot, ctx, fail=True)
    model.failed.connect(errors.append)
    release.set()
    qtbot.waitUntil(lambda: bool(errors))
    idle()
    asked.clear()
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    idle()
    assert asked and asked[0] == NOT_COUNTED and 200 not in asked
