"""A region field that searches the Kemendagri list by name or code as you type."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.desk import wilayah
from app.services.desk.wilayah import WilayahRef
from app.views.shell.context import Gateway


def label_of(ref: WilayahRef) -> str:
    kind = {"kecamatan": "Kec.", "kelurahan": "Kel.", "desa": "Desa"}.get(ref.kind, "")
    where = f", {ref.path}" if ref.path else ""
    return f"{kind} {ref.name}{where} ({ref.code})".strip()


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
        if self._pending_id is not None:
            self.set_region_id(self._pending_id)
        if self._pending_code:
            self.set_region_code(self._pending_code)

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
            self.setCursorPosition(0)
        self.changed.emit(ref)

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
        self.setCursorPosition(0)

    def set_region_code(self, code: str) -> None:
        """Show the region with this dotted code ("" clears), once the list is loaded."""
        self._pending_code = code if code and not self.ready else ""
        ref = next((r for r in self._by_id.values() if r.code == code), None) if code else None
        self._selected = ref
        self.setText(label_of(ref) if ref else "")
        self.setCursorPosition(0)
