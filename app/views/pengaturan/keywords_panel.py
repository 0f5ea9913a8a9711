"""Editing the keyword lists that turn chat reports into categories and severities, as a
form: choose a section (and, where it has them, a category or group), then edit its words
or phrases one per line, or its pairs as "kata = nilai". They are data, not code: the desk
adds the words its region uses; the service checks them before they are kept."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core import palette
from app.services.core.actor import PENGATURAN_UBAH
from app.services.insiden.chat import intake
from app.views.shell.context import AppContext
from app.views.widgets.colors import text_style
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.texts import tr_args

#: Section key → (label, what it holds). Kinds: "groups" (name → words), "pairs" (word →
#: value), "words" (a plain list).
SECTIONS = {
    "kategori": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Kata kunci per kategori insiden"),
        "groups",
        QT_TRANSLATE_NOOP(
            "KeywordsPanel",
            "Kata atau frasa yang menandai kategori ini. @nama = salah satu kata kelompok; ... = kata apa saja dalam kalimat yang sama.",
        ),
    ),
    "keparahan": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Petunjuk keparahan"),
        "pairs",
        QT_TRANSLATE_NOOP(
            "KeywordsPanel",
            "Satu per baris: kata = tingkat (1 Rendah, 2 Sedang, 3 Tinggi, 4 Kritis).",
        ),
    ),
    "kelompok": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Kelompok kata (@nama)"),
        "groups",
        QT_TRANSLATE_NOOP(
            "KeywordsPanel", "Kata-kata yang saling menggantikan dalam frasa kategori."
        ),
    ),
    "singkatan": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Singkatan obrolan"),
        "pairs",
        QT_TRANSLATE_NOOP(
            "KeywordsPanel", "Satu per baris: singkatan = bentuk lengkap (yg = yang)."
        ),
    ),
    "alias_wilayah": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Nama lain wilayah"),
        "pairs",
        QT_TRANSLATE_NOOP(
            "KeywordsPanel",
            "Satu per baris: nama lain = nama wilayah (tangsel = kota tangerang selatan).",
        ),
    ),
    "awalan_wilayah": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Awalan wilayah"),
        "pairs",
        QT_TRANSLATE_NOOP("KeywordsPanel", "Satu per baris: awalan = jenis (kab = kabupaten)."),
    ),
    "singkatan_tempat": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Singkatan nama tempat"),
        "pairs",
        QT_TRANSLATE_NOOP("KeywordsPanel", "Satu per baris: singkatan = kata (pd = pondok)."),
    ),
    "bukan_insiden": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Tanda bukan laporan insiden"),
        "groups",
        QT_TRANSLATE_NOOP(
            "KeywordsPanel",
            "berita, aman, salam: tanda pesan bukan laporan; laporan, masalah: tanda pesan tetap laporan.",
        ),
    ),
    "penenang": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Kata penenang"),
        "words",
        QT_TRANSLATE_NOOP(
            "KeywordsPanel", 'Kata seperti "aman" yang tidak dihitung bila ada laporan lain.'
        ),
    ),
    "bukan_wilayah": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Awalan bukan wilayah"),
        "words",
        QT_TRANSLATE_NOOP("KeywordsPanel", "Kata yang menandai dusun atau jalan (kp, kampung)."),
    ),
    "kata_umum": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Nama wilayah yang juga kata biasa"),
        "words",
        QT_TRANSLATE_NOOP("KeywordsPanel", "Dibaca sebagai wilayah hanya bila berhuruf besar."),
    ),
    "penunjuk_tempat": (
        QT_TRANSLATE_NOOP("KeywordsPanel", "Penunjuk tempat"),
        "words",
        QT_TRANSLATE_NOOP("KeywordsPanel", "Kata sebelum nama tempat (di, dari, warga)."),
    ),
}


class KeywordsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = ErrorLabel(hide_empty=False)
        self._ctx = ctx.reporting_to(self.result)
        self.data: dict = {}
        #: (section, group) the editor shows; its text goes back into ``data`` on a switch.
        self._shown: tuple[str, str] | None = None
        intro = QLabel(
            self.tr(
                "Kata kunci untuk 'Tempel laporan': pilih bagian, lalu tulis satu kata atau frasa per "
                "baris. Tambahkan istilah setempat; simpan untuk dipakai semua PC desk."
            )
        )
        intro.setWordWrap(True)
        self.section = QComboBox()
        for key, (label, _kind, _help) in SECTIONS.items():
            self.section.addItem(self.tr(label), key)
        self.group = QComboBox()
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet(text_style(palette.MUTED_TEXT))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("satu kata atau frasa per baris"))
        form = QFormLayout()
        form.addRow(self.tr("&Bagian"), self.section)
        form.addRow(self.tr("&Kategori/kelompok"), self.group)
        self._form = form
        self.save_button = QPushButton(self.tr("&Simpan kata kunci"))
        self.save_button.clicked.connect(self.save)
        can_edit = ctx.can(PENGATURAN_UBAH)
        self.editor.setReadOnly(not can_edit)
        self.save_button.setEnabled(can_edit)
        self.why = QLabel(ctx.actor.why_not(PENGATURAN_UBAH))
        self.why.setWordWrap(True)
        self.why.setStyleSheet(text_style(palette.CAUTION_TEXT))
        self.why.setVisible(not can_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.section.currentIndexChanged.connect(self._section_changed)
        self.group.currentIndexChanged.connect(self._show)
        self._ctx.submit(intake.keyword_rules_text, on_done=self.load)

    # -- between the form and the rules' data ---------------------------------------------
    def load(self, text: str) -> None:
        self.data = json.loads(text)
        self._shown = None
        self._section_changed()

    def _kept(self) -> bool:
        """Keep the editor's lines before showing others; a bad line stays on screen."""
        try:
            self._keep()
        except ValueError as error:
            self.result.show_error(str(error))
            key, group = self._shown or (None, "")
            for combo, data in ((self.section, key), (self.group, group)):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(data)))
                combo.blockSignals(False)
            return False
        return True

    def _section_changed(self) -> None:
        if not self._kept():
            return
        self._shown = None
        key = self.section.currentData()
        _label, kind, help_text = SECTIONS[key]
        self.help.setText(self.tr(help_text))
        self.group.blockSignals(True)
        self.group.clear()
        if kind == "groups":
            for name in self.data.get(key, {}):
                self.group.addItem(name, name)
        self.group.blockSignals(False)
        self._form.setRowVisible(self.group, kind == "groups")
        self._show()

    def _show(self) -> None:
        if not self._kept():
            return
        key, group = self.section.currentData(), self.group.currentData() or ""
        kind = SECTIONS[key][1]
        value = self.data.get(key, {} if kind != "words" else [])
        if kind == "groups":
            lines = value.get(group, [])
        elif kind == "pairs":
            lines = [f"{word} = {target}" for word, target in value.items()]
        else:
            lines = list(value)
        self.editor.setPlainText("\n".join(lines))
        self._shown = (key, group)

    def _keep(self) -> None:
        """The editor's lines back into the data (raises ValueError on a bad pair line)."""
        if self._shown is None:
            return
        key, group = self._shown
        kind = SECTIONS[key][1]
        lines = [" ".join(line.split()) for line in self.editor.toPlainText().splitlines()]
        lines = [line for line in lines if line]
        if kind == "groups":
            self.data.setdefault(key, {})[group] = lines
        elif kind == "words":
            self.data[key] = lines
        else:
            pairs = {}
            for line in lines:
                word, sep, target = line.partition("=")
                if not sep or not word.strip() or not target.strip():
                    raise ValueError(
                        tr_args(self.tr('Baris "%1" perlu ditulis kata = nilai.'), line)
                    )
                target = target.strip()
                pairs[word.strip()] = (
                    int(target) if key == "keparahan" and target.isdigit() else target
                )
            self.data[key] = pairs

    def text(self) -> str:
        """The rules as the service keeps them (JSON), with the editor's lines in them."""
        self._keep()
        return json.dumps(self.data, ensure_ascii=False, indent=1)

    def save(self) -> None:
        try:
            text = self.text()
        except ValueError as error:
            self.result.show_error(str(error))
            return
        self.result.show_message(self.tr("Menyimpan…"))
        self._ctx.submit(intake.save_keyword_rules, text,
                         on_done=lambda _c: self.result.show_message(self.tr("Tersimpan.")))  # fmt: skip
