"""The base of every register's filter bar: the pieces each bar is made of (period,
region, "all …" lists, a check, the search box typed with a pause) on one grid, and one
``changed`` signal carrying the bar's filter.

A subclass lays its pieces on ``self.grid`` (``lay_out``, row by row) and says what they
mean in ``current()``; the base wires each piece to ``changed`` once, so any change is
exactly one query. A row that does not fit the bar's width (125% or 150% scaling on a
laptop) goes on over as many lines as it needs, instead of cutting its pieces or
widening the window past the screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)

from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.region_picker import RegionPicker

#: Typing in the search box waits this long before querying, so each key is not a query.
SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    changed = Signal(object)  # the subclass's filter dataclass

    def __init__(self, search_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pieces: list[QWidget] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.emit_now)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._pieces.append(self.search)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        #: The rows as declared (``lay_out``) and as placed now, wrapped to the width.
        self._rows: list[list[tuple[QWidget, int]]] = []
        self._placed: list[list[tuple[QWidget, int]]] = []
        self._line_boxes: list[QHBoxLayout] = []

    # -- the pieces ---------------------------------------------------------------------
    def period(self, today: date) -> tuple[OptionalDateEdit, OptionalDateEdit]:
        """The period, "dari" and "sampai", both off until ticked (ticking fills in today)."""
        self.date_from = OptionalDateEdit(self.tr("dari"))
        self.date_to = OptionalDateEdit(self.tr("sampai"))
        for edit in (self.date_from, self.date_to):
            edit.set_value(None, today)
        self.watch(self.date_from, self.date_to)
        return self.date_from, self.date_to

    def region_picker(self, hint: str) -> RegionPicker:
        """The region (any level); its list comes from the page (``region.set_choices``)."""
        self.region = RegionPicker(None)
        self.region.setPlaceholderText(hint)
        self.watch(self.region)
        return self.region

    def choice(
        self, all_text: str | None = None, all_data: Any = None,
        items: Iterable[tuple[str, Any]] = (), *, width: int = 0, emit: bool = True,
    ) -> QComboBox:  # fmt: skip
        """A list whose first item (``all_text``) means "no filter". With ``emit=False``
        the subclass connects it itself (a list that refills another first)."""
        combo = QComboBox()
        if all_text is not None:
            combo.addItem(all_text, all_data)
        for text, data in items:
            combo.addItem(text, data)
        if width:
            combo.setMinimumContentsLength(width)
        self.watch(combo, emit=emit)
        return combo

    def check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        self.watch(box)
        return box

    def watch(self, *pieces: QWidget, emit: bool = True) -> None:
        """Emit ``changed`` when one of ``pieces`` changes (for pieces made elsewhere)."""
        for piece in pieces:
            self._pieces.append(piece)
            if not emit:
                continue
            if isinstance(piece, QComboBox):
                piece.currentIndexChanged.connect(self.emit_now)
            elif isinstance(piece, QCheckBox):
                piece.toggled.connect(self.emit_now)
            elif isinstance(piece, RegionPicker):
                piece.changed.connect(lambda _ref: self.emit_now())
            elif isinstance(piece, OptionalDateEdit):
                piece.changed.connect(self.emit_now)

    def lay_out(self, *rows: Sequence[QWidget | tuple[QWidget, int]]) -> None:
        """Place the pieces row by row on the grid; ``(piece, n)`` spans n columns. A row
        wider than the bar continues on the next line (see ``resizeEvent``)."""
        self._rows = [
            [piece if isinstance(piece, tuple) else (piece, 1) for piece in pieces]
            for pieces in rows
        ]
        # The bar's own minimum is its widest piece, not a whole row: it may wrap.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._place(self._wrapped(self.width() if self.isVisible() else 1 << 20))

    def _wrapped(self, width: int) -> list[list[tuple[QWidget, int]]]:
        spacing = max(self.grid.horizontalSpacing(), 0)
        lines: list[list[tuple[QWidget, int]]] = []
        for row in self._rows:
            line: list[tuple[QWidget, int]] = []
            used = 0
            for widget, span in row:
                need = widget.sizeHint().width() + spacing
                if line and used + need > width:
                    lines.append(line)
                    line, used = [], 0
                line.append((widget, span))
                used += need
            lines.append(line)
        return lines

    def _place(self, lines: list[list[tuple[QWidget, int]]]) -> None:
        """The declared rows on the grid's shared columns when they fit; wrapped lines each
        on a row of their own (a line's pieces share its width by their spans)."""
        if lines == self._placed:
            return
        for line in self._placed:
            for widget, _span in line:
                self.grid.removeWidget(widget)
        for box in self._line_boxes:
            self.grid.removeItem(box)
            box.setParent(None)
        self._line_boxes = []
        wrapped = lines != self._rows
        columns = max((sum(span for _w, span in row) for row in self._rows), default=1)
        for row, line in enumerate(lines):
            if not wrapped:
                column = 0
                for widget, span in line:
                    self.grid.addWidget(widget, row, column, 1, span)
                    column += span
                continue
            box = QHBoxLayout()
            for widget, span in line:
                box.addWidget(widget, 0 if isinstance(widget, QLabel) else span)  # a label as wide as its text
            self.grid.addLayout(box, row, 0, 1, columns)
            self._line_boxes.append(box)
        self._placed = lines
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._rows:
            self._place(self._wrapped(event.size().width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if not self._rows:
            return super().minimumSizeHint()
        widest = max(w.minimumSizeHint().width() for row in self._rows for w, _ in row)
        return QSize(widest, self.grid.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), self.grid.sizeHint().height()) if self._rows else hint

    # -- filling and showing ------------------------------------------------------------
    @staticmethod
    def refill(combo: QComboBox, items: Iterable[tuple[str, Any]], keep: int = 1) -> None:
        """Replace a list's items after its first ``keep`` ("all …"), without emitting."""
        combo.blockSignals(True)
        while combo.count() > keep:
            combo.removeItem(keep)
        for text, data in items:
            combo.addItem(text, data)
        combo.blockSignals(False)

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Set pieces from code (a filter chosen on another page) without emitting."""
        pieces = [self, *self._pieces]
        blocked = [piece.blockSignals(True) for piece in pieces]
        try:
            yield
        finally:
            for piece, was in zip(pieces, blocked, strict=True):
                piece.blockSignals(was)

    def reset(self) -> None:
        """Every piece back to "no filter" (call inside ``quietly``)."""
        for piece in self._pieces:
            if isinstance(piece, QComboBox):
                piece.setCurrentIndex(0)
            elif isinstance(piece, QCheckBox):
                piece.setChecked(False)
            elif isinstance(piece, RegionPicker):
                piece.set_region_code("")
            elif isinstance(piece, OptionalDateEdit):
                piece.set_value(None, piece.edit.date().toPython())
            elif isinstance(piece, QLineEdit):
                piece.clear()

    def show_period(self, date_from: date | None, date_to: date | None) -> None:
        for edit, value in ((self.date_from, date_from), (self.date_to, date_to)):
            edit.set_value(value, value or edit.edit.date().toPython())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- the filter ---------------------------------------------------------------------
    def region_code(self) -> str:
        region = self.region.region()
        return region.code if region else ""

    def current(self) -> Any:
        """The filter the pieces show now."""
        raise NotImplementedError

    def emit_now(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())
