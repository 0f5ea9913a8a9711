"""A region field that searches the Kemendagri list by name or code as you type.

The suggestions are as wide as the longest path ("Desa …, Kec. …, Kab. …"), so the
kab/kota is never cut; a chosen region reads from its start — its own kind and name
first — and its tooltip gives the whole path with the code."""

from __future__ import annotations

import heapq

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.desk import wilayah
from app.services.desk.wilayah import WilayahRef
from app.views.shell.context import Gateway

#: Room for the popup's frame and scroll bar beside the widest suggestion.
POPUP_MARGIN = 40
#: Suggestions measured for the popup's width: the longest, by their number of letters.
MEASURED = 100


def _short_path(path: str) -> str:
    return path.replace("Kabupaten ", "Kab. ")


def label_of(ref: WilayahRef) -> str:
    """"Desa Sumberjaya, Kec. Cikeusal, Kab. Serang (36.04.12.2004)": the region itself
    first, then where it lies, nearest first."""
    where = f", {_short_path(ref.path)}" if ref.path else ""
    return f"{ref.label}{where} ({ref.code})"


def full_label(ref: WilayahRef) -> str:
    """The tooltip: every name written out, and the code."""
    kind = {"kecamatan": "Kecamatan", "kelurahan": "Kelurahan", "desa": "Desa"}.get(ref.kind, "")
    path = ref.path.replace("Kec. ", "Kecamatan ")
    name = f"{kind} {ref.name}".strip()
    return f"{name}{', ' + path if path else ''} — kode {ref.code}"


class RegionPicker(QLineEdit):
    changed = Signal(object)  # WilayahRef | None

    def __init__(self, gateway: Gateway | None, parent: QWidget | None = None) -> None:
        """With a gateway the picker loads its own list; without, call ``set_choices``
        (a page with several pickers loads the list once)."""
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Ketik nama desa/kecamatan/kab-kota atau kode…"))
        self._refs: dict[str, WilayahRef] = {}
        self._by_id: dict[int, WilayahRef] = {}
        self._selected: WilayahRef | None = None
        self._pending_id: int | None = None
        self._pending_code = ""
        self._popup_width = 0
        self._completer = QCompleter(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated.connect(self._chosen)
        self.setCompleter(self._completer)
        self.editingFinished.connect(lambda: self._chosen(self.text()))
        if gateway is not None:
            gateway.submit(wilayah.picker_choices, on_done=self.set_choices)

    @property
    def ready(self) -> bool:
        return bool(self._refs)

    def set_choices(self, refs: list[WilayahRef]) -> None:
        self._refs = {label_of(r): r for r in refs}
        self._by_id = {r.id: r for r in refs}
        self._completer.setModel(QStringListModel(list(self._refs), self._completer))
        popup = self._completer.popup()
        metrics = popup.fontMetrics()
        # The widest is among the longest: measuring all 1.700 names of a province costs
        # the window 12 ms a picker, the longest hundred well under one.
        longest = heapq.nlargest(MEASURED, self._refs, key=len)
        widest = max((metrics.horizontalAdvance(text) for text in longest), default=0)
        self._popup_width = widest + POPUP_MARGIN
        self._fit_popup()
        if self._pending_id is not None:
            self.set_region_id(self._pending_id)
        if self._pending_code:
            self.set_region_code(self._pending_code)

    def popup_width(self) -> int:
        return self._completer.popup().minimumWidth()

    def _fit_popup(self) -> None:
        """As wide as the widest suggestion, within the screen, never narrower than the field."""
        screen = self.screen()
        room = screen.availableGeometry().width() - 16 if screen is not None else self._popup_width
        self._completer.popup().setMinimumWidth(max(self.width(), min(self._popup_width, room)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_popup()

    def _chosen(self, text: str) -> None:
        text = text.strip()
        ref = self._refs.get(text)
        if ref is None:
            code = wilayah.normalize_code(text)
            ref = next((r for r in self._by_id.values() if r.code == code), None) if code else None
        if ref is None and self._selected is not None and text == label_of(self._selected):
            ref = self._selected
        self._selected = ref
        if ref is not None and self.text() != label_of(ref):
            self.setText(label_of(ref))
        self._show_start()
        self.changed.emit(ref)

    def _show_start(self) -> None:
        """The region's own name in view (the completer puts the cursor at the end after
        this slot has run, so once more on the next turn of the event loop)."""
        ref = self.region()
        self.setToolTip(full_label(ref) if ref is not None else "")
        self.setCursorPosition(0)
        QTimer.singleShot(0, self, self._cursor_home)

    def _cursor_home(self) -> None:
        if not self.hasSelectedText():
            self.setCursorPosition(0)

    def region(self) -> WilayahRef | None:
        return (
            self._selected
            if self._selected and self.text().strip() == label_of(self._selected)
            else None
        )

    def set_region_id(self, region_id: int | None) -> None:
        self._pending_id = region_id if not self.ready else None
        ref = self._by_id.get(region_id) if region_id is not None else None
        self._selected = ref
        self.setText(label_of(ref) if ref else "")
        self._show_start()

    def set_region_code(self, code: str) -> None:
        """Show the region with this dotted code ("" clears), once the list is loaded."""
        self._pending_code = code if code and not self.ready else ""
        ref = next((r for r in self._by_id.values() if r.code == code), None) if code else None
        self._selected = ref
        self.setText(label_of(ref) if ref else "")
        self._show_start()
