"""Pengaturan: users and roles, the audit log, the database connection, desk settings, the
chat keyword lists, the reference lists, the signed-in user's own password and this PC's
interface language. Tabs a role may not use say so instead of hiding silently."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core.actor import AUDIT_LIHAT, PENGGUNA_KELOLA
from app.services.core.changes import Changes
from app.views.shell.context import AppContext
from app.views.widgets.texts import tr_args

#: Interface languages, each named in itself (Indonesian is the source, English shipped).
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def _notice(text: str) -> QWidget:
    page = QWidget()
    label = QLabel(text)
    label.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    layout.addStretch(1)
    return page


class PengaturanPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.tabs = QTabWidget()
        self.users = None
        self.audit = None
        if ctx.can(PENGGUNA_KELOLA):
            from app.views.pengaturan.users_panel import UsersPanel

            self.users = UsersPanel(ctx)
            self.tabs.addTab(self.users, self.tr("Pengguna dan peran"))
        else:
            self.tabs.addTab(
                _notice(ctx.actor.why_not(PENGGUNA_KELOLA)), self.tr("Pengguna dan peran")
            )
        if ctx.can(AUDIT_LIHAT):
            from app.views.pengaturan.audit_panel import AuditPanel

            self.audit = AuditPanel(ctx)
            self.tabs.addTab(self.audit, self.tr("Log audit"))
        else:
            self.tabs.addTab(_notice(ctx.actor.why_not(AUDIT_LIHAT)), self.tr("Log audit"))
        from app.views.pengaturan.database_panel import DatabasePanel

        self.database = DatabasePanel(ctx)
        self.tabs.addTab(self.database, self.tr("Koneksi basis data"))
        from app.views.pengaturan.desk_settings_panel import DeskSettingsPanel
        from app.views.pengaturan.keywords_panel import KeywordsPanel

        self.desk_settings = DeskSettingsPanel(ctx)
        self.tabs.addTab(self.desk_settings, self.tr("Pengaturan desk"))
        self.keywords = KeywordsPanel(ctx)
        self.tabs.addTab(self.keywords, self.tr("Kata kunci laporan"))
        from app.views.pengaturan.laporan_settings_panel import LaporanSettingsPanel

        self.laporan = LaporanSettingsPanel(ctx)
        self.tabs.addTab(self.laporan, self.tr("Kop dan laporan"))
        from app.views.pengaturan.referensi_panel import ReferensiPanel

        self.referensi = ReferensiPanel(ctx)
        self.tabs.addTab(self.referensi, self.tr("Daftar referensi"))
        self.tabs.addTab(self._account(), self.tr("Akun saya"))
        self.tabs.addTab(self._display(), self.tr("Tampilan"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _account(self) -> QWidget:
        page = QWidget()
        actor = self._ctx.actor
        who = QLabel(
            tr_args(
                self.tr("Masuk sebagai %1 — peran %2."),
                actor.full_name or actor.username,
                actor.role,
            )
        )
        self.change_password = QPushButton(self.tr("Ganti kata sandi…"))
        self.change_password.clicked.connect(self._change_password)
        self.change_password.setEnabled(not self._ctx.desk.is_demo)
        if self._ctx.desk.is_demo:
            self.change_password.setToolTip(self.tr("Data contoh masuk otomatis tanpa kata sandi."))
        layout = QVBoxLayout(page)
        layout.addWidget(who)
        layout.addWidget(self.change_password)
        layout.addStretch(1)
        return page

    def _display(self) -> QWidget:
        """The interface language of this PC (stored in its own settings)."""
        page = QWidget()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = self._ctx.settings.get("ui/language")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(
            self.tr("Bahasa tampilan berlaku untuk PC ini, setelah Desk Pilkada dibuka ulang.")
        )
        self.language_note.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Bahasa tampilan"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.language_note)
        layout.addStretch(1)
        return page

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        self._ctx.settings.set("ui/language", code)
        self._ctx.settings.sync()
        name = self.language.currentText()
        self.language_note.setText(
            tr_args(self.tr("Tersimpan: %1. Tutup lalu buka lagi Desk Pilkada untuk memakainya."), name)
        )

    def _change_password(self) -> None:
        from app.views.shell.login_dialogs import ChangePasswordDialog

        self.password_dialog = ChangePasswordDialog(self._ctx, parent=self)
        self.password_dialog.open()

    def on_changes(self, changes: Changes) -> None:
        if self.users is not None:
            self.users.on_changes(changes)
        if self.audit is not None:
            self.audit.apply_filters()
        self.referensi.on_changes(changes)
