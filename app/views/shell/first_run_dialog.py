"""First run on a new database: choose the province this desk serves (default Banten)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.desk.seeding import Province

DEFAULT_PROVINCE = "36"


class FirstRunDialog(QDialog):
    def __init__(self, provinces: list[Province], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Penyiapan pertama Desk Pilkada"))
        intro = QLabel(
            self.tr(
                "Basis data ini masih kosong. Pilih provinsi yang dilayani desk ini; daftar "
                "kab/kota, kecamatan, dan desa/kelurahan (Kemendagri), pemilihan serentak 2024 "
                "beserta tahapannya (PKPU 2/2024), dan daftar referensi akan disiapkan."
            )
        )
        intro.setWordWrap(True)
        self.province = QComboBox()
        for province in provinces:
            self.province.addItem(f"{province.code} — {province.name}", province.code)
        index = self.province.findData(DEFAULT_PROVINCE)
        self.province.setCurrentIndex(max(index, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Siapkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.province)
        layout.addWidget(buttons)

    def province_code(self) -> str:
        return self.province.currentData()
