"""The duplicate warning shown before a new incident is saved."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core import formatting
from app.services.insiden.records import DuplicateCandidate
from app.views.widgets.texts import tr_args


class DuplicateDialog(QDialog):
    """Likely the same event: link the new report to one of them, or save it as new."""

    LINK, NEW = 2, 3

    def __init__(
        self, found: list[DuplicateCandidate], tz: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mungkin insiden yang sama"))
        self.found = found
        self.chosen: DuplicateCandidate | None = None
        intro = QLabel(
            self.tr(
                "Sudah ada laporan di wilayah yang sama, kategori sama, dan waktu berdekatan. "
                "Tautkan laporan ini sebagai laporan lanjutan, atau simpan sebagai insiden baru."
            )
        )
        intro.setWordWrap(True)
        self.candidates = QListWidget()  # a short pick list, not a data table
        for item in found:
            tps = f" · TPS {item.tps}" if item.tps else ""
            self.candidates.addItem(
                f"{item.number} · {formatting.date_time(item.occurred_at, tz)}{tps} · {item.status} · {item.place_detail}"
            )
        self.candidates.setCurrentRow(0)
        self.link_button = QPushButton()
        self.candidates.currentRowChanged.connect(self._update_link_text)
        self._update_link_text(0)
        self.link_button.clicked.connect(self._link)
        self.new_button = QPushButton(self.tr("Simpan sebagai &baru"))
        self.new_button.clicked.connect(lambda: self.done(self.NEW))
        cancel = QPushButton(self.tr("Bata&l"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.candidates, 1)
        layout.addLayout(buttons)
        self.resize(640, 320)

    def _update_link_text(self, row: int) -> None:
        if 0 <= row < len(self.found):
            self.link_button.setText(
                tr_args(self.tr("&Tautkan sebagai laporan lanjutan %1"), self.found[row].number)
            )

    def _link(self) -> None:
        row = self.candidates.currentRow()
        if 0 <= row < len(self.found):
            self.chosen = self.found[row]
            self.done(self.LINK)
