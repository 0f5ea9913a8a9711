"""The page bases: a filter bar emits one change per user change, a register page shows
a failed use case in its error line, and the task gateway's default failure route."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.services.core.errors import ValidationError
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.filter_bar import FilterBar
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.register_page import RegisterPage
from app.views.widgets.texts import tr_args


@dataclass(frozen=True)
class Flt:
    kind: str = ""
    late: bool = False
    date_from: date | None = None
    text: str = ""
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class Row:
    id: int
    name: str


@dataclass(frozen=True)
class Page_:
    rows: list[Row]
    total: int


class Bar(FilterBar):
    def __init__(self) -> None:
        super().__init__("Cari…")
        self.period(date(2024, 11, 26))
        self.kind = self.choice("Semua jenis", "", [("A", "a"), ("B", "b")])
        self.late = self.check("Hanya terlambat")
        for column, piece in enumerate((self.date_from, self.kind, self.late, self.search)):
            self.grid.addWidget(piece, 0, column)

    def current(self) -> Flt:
        return Flt(self.kind.currentData(), self.late.isChecked(), self.date_from.value(),
                   self.search.text())  # fmt: skip


def fetch(_uow, flt: Flt, offset: int, limit: int) -> Page_:
    rows = [Row(i, f"baris {i}") for i in range(1, 31) if flt.text in f"baris {i}"]
    return Page_(rows[offset : offset + limit], len(rows))


def refuse(_uow) -> None:
    raise ValidationError("Pilih wilayah lebih dulu.")


def crash(_uow) -> None:
    raise RuntimeError("disk penuh")


class Register(RegisterPage):
    def __init__(self, ctx) -> None:
        super().__init__(ctx, "uji")
        model = LazyTableModel(ctx, fetch, [
            LazyColumn(header="Nomor", value=lambda r: r.id, sort_key="id", width=60),
            LazyColumn(header="Nama", value=lambda r: r.name, sort_key="name", sample="baris 00"),
            LazyColumn(header="Catatan", value=lambda r: ""),
        ], self, empty_filter=Flt())  # fmt: skip
        self.set_register(Bar(), model, sort="name", descending=False)
        self.opened: list[int] = []
        self.set_detail(self.detail_box(QLabel("judul"), (), QLabel("isi")), (500, 300))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.counts)
        self.model.set_filters(Flt())

    def open_record(self, record_id: int) -> None:
        self.opened.append(record_id)


@pytest.fixture
def page(qtbot, ctx, idle) -> Register:
    widget = Register(ctx)
    qtbot.addWidget(widget)
    widget.show()
    idle()
    return widget


def test_filter_bar_emits_one_change_per_user_change(qtbot):
    bar = Bar()
    qtbot.addWidget(bar)
    seen: list[Flt] = []
    bar.changed.connect(seen.append)
    bar.kind.setCurrentIndex(2)
    assert seen == [Flt(kind="b")]
    bar.late.setChecked(True)
    assert seen[-1] == Flt(kind="b", late=True) and len(seen) == 2
    qtbot.keyClicks(bar.search, "baris")
    qtbot.waitUntil(lambda: len(seen) == 3)  # typing waits for a pause: one query
    qtbot.wait(300)
    assert len(seen) == 3 and seen[-1].text == "baris"


def test_filter_bar_set_from_code_emits_nothing(qtbot):
    bar = Bar()
    qtbot.addWidget(bar)
    seen: list[Flt] = []
    bar.changed.connect(seen.append)
    with bar.quietly():
        bar.kind.setCurrentIndex(1)
        bar.late.setChecked(True)
        bar.show_period(date(2024, 11, 1), None)
    assert seen == []
    assert bar.current() == Flt(kind="a", late=True, date_from=date(2024, 11, 1))
    with bar.quietly():
        bar.reset()
    assert seen == [] and bar.current() == Flt()
    bar.refill(bar.kind, [("C", "c")])
    items = [bar.kind.itemText(i) for i in range(bar.kind.count())]
    assert seen == [] and items == ["Semua jenis", "C"]


def test_register_page_lists_filters_and_opens_rows(page, qtbot, idle, qtmodeltester):
    assert page.model.total == 30 and page.table.objectName() == "uji_table"
    qtmodeltester.check(page.model)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == 1 and header.sectionSize(0) == 60
    assert header.stretchLastSection()  # "Catatan" declares no width: it takes the rest
    qtbot.keyClicks(page.filters.search, "baris 2")
    qtbot.waitUntil(lambda: page.model.total == 11)  # baris 2, 20 … 29
    assert page.current_filter().text == "baris 2"
    page.select_row(1)
    assert page.opened == [page.model.row_value(1).id]


def test_register_page_shows_a_domain_error_in_its_error_line(page, qtbot, runner):
    page._ctx.submit(refuse)  # noqa: SLF001 - the page's own gateway
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert page.error.text() == "Pilih wilayah lebih dulu."
    assert not runner.unhandled


def test_unexpected_errors_still_reach_the_error_dialog(page, qtbot, runner):
    page.show_error("lama")
    with qtbot.waitSignal(runner.failed) as blocker:
        page._ctx.submit(crash)  # noqa: SLF001
    assert isinstance(blocker.args[0], RuntimeError)
    assert not page.error.isVisible()  # the stale message is gone
    runner.unhandled.clear()  # expected here


def test_default_route_without_a_page_is_the_error_dialog(ctx, qtbot, runner):
    with qtbot.waitSignal(runner.failed) as blocker:
        ctx.submit(refuse)
    assert isinstance(blocker.args[0], ValidationError)
    runner.unhandled.clear()


def test_a_caller_with_its_own_handler_keeps_it(ctx, qtbot, runner):
    label = ErrorLabel()
    qtbot.addWidget(label)
    caught: list[BaseException] = []
    ctx.reporting_to(label).submit(refuse, on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught))
    assert not label.isVisible() and not runner.unhandled


def test_a_closed_page_drops_its_errors(ctx, qtbot, runner, idle):
    label = ErrorLabel()
    gateway = ctx.reporting_to(label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _valid(label))
    gateway.submit(refuse)
    idle()
    assert not runner.unhandled


def _valid(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_error_label_hides_when_empty(qtbot):
    label = ErrorLabel()
    qtbot.addWidget(label)
    label.show_error("Salah")
    assert not label.isHidden() and label.text() == "Salah"
    assert "color" in label.styleSheet()
    label.show_message("Tersimpan.")
    assert label.styleSheet() == "" and label.text() == "Tersimpan."
    label.clear_error()
    assert label.isHidden()


def test_tr_args_fills_all_placeholders_at_once():
    assert tr_args("%1 dari %2", 3, "10") == "3 dari 10"
    assert tr_args("%2 · %1", "a", "b") == "b · a"
    assert tr_args("%1 dan %2", "50%2", "x") == "50%2 dan x"  # a value is never filled again
    assert tr_args("%1 dari %2", "3") == "3 dari %2"
    assert tr_args("100% selesai") == "100% selesai"


def test_register_page_shortcuts_act_on_the_page(page, qtbot):
    hits: list[str] = []
    page.install_shortcuts([("Ctrl+K", lambda: hits.append("k"))])
    action = page.actions()[-1]
    assert action.shortcut().toString() == "Ctrl+K"
    # Live while the page is shown, wherever the focus is in the window (e.g. on the
    # navigation just clicked); a page not shown is hidden and its shortcuts sleep.
    assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    from PySide6.QtWidgets import QLineEdit, QStackedWidget, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    elsewhere = QLineEdit()
    stack = QStackedWidget()
    stack.addWidget(page)
    other = QWidget()
    stack.addWidget(other)
    layout = QVBoxLayout(window)
    layout.addWidget(elsewhere)
    layout.addWidget(stack)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    elsewhere.setFocus()
    qtbot.keyClick(elsewhere, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["k"]
    stack.setCurrentWidget(other)
    qtbot.keyClick(elsewhere, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["k"]
    stack.removeWidget(page)
    page.setParent(None)  # the fixture's page outlives this window


class WideBar(FilterBar):
    """Two rows of pieces, as the register bars declare them (``lay_out``)."""

    def __init__(self) -> None:
        super().__init__("Cari nomor, lokasi, kronologi… (Ctrl+F)")
        self.period(date(2024, 11, 26))
        self.region = self.region_picker("Semua wilayah (ketik kab/kota, kecamatan, desa)")
        self.kinds = [self.choice(f"Semua pilihan ke-{n} yang panjang", "") for n in range(5)]
        self.late = self.check("Hanya terlambat ditindaklanjuti")
        self.lay_out(
            [QLabel("Periode"), self.date_from, self.date_to, (self.region, 2), (self.search, 2)],
            [(self.kinds[0], 2), *self.kinds[1:], self.late],
        )

    def current(self) -> Flt:
        return Flt()


def test_a_filter_bar_wraps_its_rows_to_a_narrow_window(qtbot):
    """125% on a laptop: the bar goes onto more lines; nothing is cut, nothing hangs off."""
    bar = WideBar()
    qtbot.addWidget(bar)
    bar.resize(2400, 200)
    bar.show()
    qtbot.waitUntil(lambda: bar.grid.rowCount() == 2)
    wide_height = bar.sizeHint().height()
    bar.resize(700, 200)
    qtbot.waitUntil(lambda: len(bar._placed) > 2)
    assert bar.minimumSizeHint().width() <= 700  # the bar does not widen the window
    bar.resize(700, bar.sizeHint().height())
    qtbot.wait(20)
    assert bar.sizeHint().height() > wide_height  # more lines, taller
    pieces = [w for line in bar._placed for w, _span in line]
    for piece in pieces:
        assert piece.geometry().right() <= bar.width(), piece
        assert piece.width() >= piece.minimumSizeHint().width(), piece
    assert bar.late.width() >= bar.late.sizeHint().width()  # "Hanya terlambat …" whole
    bar.resize(2400, 200)
    qtbot.waitUntil(lambda: len(bar._placed) == 2)
