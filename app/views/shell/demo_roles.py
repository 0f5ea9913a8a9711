"""The demo's role chooser (SPEC 12): instead of a login, the demo desk can be tried as each
role, so the incident workflow and the publishing of briefs can be shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.core.actor import ADMINISTRATOR, OPERATOR, PIMPINAN, VERIFIKATOR, Actor

#: One demo person per role; the username says it is the demo's.
DEMO_ACTORS = {
    OPERATOR: Actor("demo", OPERATOR, "Operator contoh"),
    VERIFIKATOR: Actor("demo.verifikator", VERIFIKATOR, "Verifikator contoh"),
    PIMPINAN: Actor("demo.pimpinan", PIMPINAN, "Pimpinan contoh"),
    ADMINISTRATOR: Actor("demo.admin", ADMINISTRATOR, "Administrator contoh"),
}
DEMO_ACTOR = DEMO_ACTORS[OPERATOR]
SETTINGS_KEY = "demo/role"


def demo_name(username: str) -> str:
    """The name of a demo person ("Operator contoh"); "" for anyone else. The demo's own
    records were made by "demo", the Operator."""
    actor = next((a for a in DEMO_ACTORS.values() if a.username == username), None)
    return actor.full_name if actor is not None else ""


class RoleChooser(QWidget):
    """A status-bar combo: "Peran contoh: [Operator ▾]"."""

    def __init__(self, current: str, on_choose: Callable[[Actor], None]) -> None:
        super().__init__()
        self._on_choose = on_choose
        self.label = QLabel(self.tr("Peran contoh:"))
        self.box = QComboBox()
        self.box.setAccessibleName(self.tr("Peran contoh"))
        self.box.setToolTip(
            self.tr(
                "Data contoh tanpa kata sandi: pilih peran untuk mencoba alur kerja insiden "
                "(Verifikator) atau menerbitkan laporan (Pimpinan)."
            )
        )
        self.label.setBuddy(self.box)
        for role in (OPERATOR, VERIFIKATOR, PIMPINAN, ADMINISTRATOR):
            self.box.addItem(role, role)
        self.box.setCurrentIndex(max(0, self.box.findData(current)))
        self.box.activated.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box)

    def _chosen(self, _index: int) -> None:
        self._on_choose(DEMO_ACTORS[self.box.currentData()])

    def show_role(self, role: str) -> None:
        """Back to ``role`` (the switch was called off to keep unsaved work)."""
        self.box.setCurrentIndex(max(0, self.box.findData(role)))
