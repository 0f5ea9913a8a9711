"""Signing in: the first Administrator on a new database, the login, and a password change
(forced after an administrator's reset). The use cases run on the worker thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import auth
from app.services.core.actor import Actor
from app.views.shell.context import Gateway
from app.views.widgets.form_dialog import Button, FormDialog


class _FormDialog(FormDialog):
    """A small form with an inline error line and OK/Cancel; OK sends it (``_send``)."""

    def __init__(
        self, gateway: Gateway, title: str, intro: str, ok_text: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent, save=Button.Ok)
        self.gateway = gateway.reporting_to(self)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.ok_button = self.save_button
        self.ok_button.setText(ok_text)
        self.buttons.button(Button.Cancel).setText(self.tr("Batal"))
        self.submitted.connect(self._send)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _password_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _send(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class LoginDialog(_FormDialog):
    def __init__(self, gateway: Gateway, agency: str, parent: QWidget | None = None) -> None:
        super().__init__(gateway, self.tr("Masuk — Desk Pilkada"), agency, self.tr("Masuk"), parent)
        self.actor: Actor | None = None
        self.username = QLineEdit()
        self.password = self._password_field()
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        self.username.setFocus()

    def _send(self) -> None:
        self.gateway.submit(
            auth.login,
            self.username.text(),
            self.password.text(),
            on_done=self._signed_in,
            on_error=self._login_failed,
        )

    def _login_failed(self, error: BaseException) -> None:
        self.password.clear()
        self.password.setFocus()
        self.gateway.report(error)

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()


class FirstAdminDialog(_FormDialog):
    def __init__(self, gateway: Gateway, parent: QWidget | None = None) -> None:
        super().__init__(
            gateway,
            self.tr("Administrator pertama"),
            self.tr(
                "Basis data ini belum memiliki pengguna. Buat akun Administrator; tidak ada kata "
                "sandi bawaan. Administrator kemudian membuat akun operator, verifikator, dan pimpinan."
            ),
            self.tr("Buat dan masuk"),
            parent,
        )
        self.actor: Actor | None = None
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = self._password_field()
        self.confirm = self._password_field()
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Nama lengkap"), self.full_name)
        self.form.addRow(self.tr("Kata sandi (min. 8)"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi"), self.confirm)

    def _send(self) -> None:
        self.gateway.submit(
            auth.create_first_admin,
            username=self.username.text(),
            full_name=self.full_name.text(),
            password=self.password.text(),
            confirm=self.confirm.text(),
            on_done=self._created,
        )

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()


class ChangePasswordDialog(_FormDialog):
    def __init__(
        self, gateway: Gateway, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        intro = (
            self.tr(
                "Kata sandi Anda baru diatur ulang oleh Administrator. Ganti sekarang sebelum melanjutkan."
            )
            if forced
            else self.tr("Ganti kata sandi Anda.")
        )
        super().__init__(gateway, self.tr("Ganti kata sandi"), intro, self.tr("Ganti"), parent)
        self.old = self._password_field()
        self.new = self._password_field()
        self.confirm = self._password_field()
        self.form.addRow(self.tr("Kata sandi lama"), self.old)
        self.form.addRow(self.tr("Kata sandi baru (min. 8)"), self.new)
        self.form.addRow(self.tr("Ulangi kata sandi baru"), self.confirm)

    def _send(self) -> None:
        self.gateway.submit(
            auth.change_password,
            old=self.old.text(),
            new=self.new.text(),
            confirm=self.confirm.text(),
            on_done=lambda _c: self.accept(),
        )
