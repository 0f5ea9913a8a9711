"""Signing in through the real dialogs: first Administrator, login, forced password change."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.services.admin import auth
from app.services.admin import opening as desk
from app.services.core.actor import ADMINISTRATOR, OPERATOR, Actor
from app.settings import Settings
from app.startup import Opened
from app.views.shell.login_dialogs import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from app.views.shell.main_window import MainWindow
from app.views.shell.startup_flow import StartupFlow


def when_modal(cls, action) -> QTimer:
    """Act on a modal dialog once it is open (it runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls) and widget.isVisible() and widget.ok_button.isEnabled():
            timer.stop()
            action(widget)

    timer.timeout.connect(tick)
    timer.start()
    return timer


def _window(qtbot, demo: bool = False) -> MainWindow:
    window = MainWindow(Settings(), demo=demo)
    qtbot.addWidget(window)
    window.show()
    return window


def _flow(window, runner, database) -> tuple[StartupFlow, list]:
    ready: list = []
    info = desk.info(database)
    opened = Opened(database, info, "x", demo_requested=info.is_demo)
    flow = StartupFlow(window, runner, Settings(), opened, ready.append)
    return flow, ready


def test_new_database_asks_for_the_first_administrator(qtbot, runner, sqlite_db):
    window = _window(qtbot)
    flow, ready = _flow(window, runner, sqlite_db)

    def fill(dialog: FirstAdminDialog) -> None:
        dialog.username.setText("admin.banten")
        dialog.full_name.setText("Admin Desk")
        dialog.password.setText("rahasia-desk-1")
        dialog.confirm.setText("rahasia-desk-2")  # a typo first
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error.isVisible())
        assert "tidak sama" in dialog.error.text()
        dialog.confirm.setText("rahasia-desk-1")
        dialog.ok_button.click()

    timer = when_modal(FirstAdminDialog, fill)
    flow.start()
    qtbot.waitUntil(lambda: bool(ready), timeout=10_000)
    timer.stop()
    assert ready[0].actor.role == ADMINISTRATOR
    assert "Admin Desk (Administrator)" in window.user_label.text()


def _add_user(database, username: str, role: str, password: str, must_change: bool = False) -> None:
    with database.uow("tester") as uow:
        if auth.needs_first_admin(uow):
            auth.create_first_admin(
                uow,
                username="admin",
                full_name="",
                password="admin-rahasia",
                confirm="admin-rahasia",
            )
    with database.uow(Actor("admin", ADMINISTRATOR)) as uow:
        auth.create_user(
            uow, username=username, full_name="Operator Satu", role=role, password=password
        )
    if not must_change:
        with database.uow(username) as uow:
            from sqlalchemy import update

            from app.models import Pengguna

            uow.session.execute(
                update(Pengguna)
                .where(Pengguna.username == username)
                .values(must_change_password=False)
            )
            uow.commit()


def test_wrong_password_is_refused_inline_then_login_succeeds(qtbot, runner, sqlite_db):
    _add_user(sqlite_db, "operator1", OPERATOR, "kata-sandi-1")
    window = _window(qtbot)
    flow, ready = _flow(window, runner, sqlite_db)

    def fill(dialog: LoginDialog) -> None:
        dialog.username.setText("Operator1")
        dialog.password.setText("salah-sekali")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error.isVisible())
        assert dialog.error.text() == auth.LOGIN_REFUSED
        assert dialog.password.text() == ""
        dialog.password.setText("kata-sandi-1")
        dialog.ok_button.click()

    timer = when_modal(LoginDialog, fill)
    flow.start()
    qtbot.waitUntil(lambda: bool(ready), timeout=10_000)
    timer.stop()
    assert ready[0].actor == Actor("operator1", OPERATOR, "Operator Satu")


def test_reset_password_forces_a_change_at_login(qtbot, runner, sqlite_db):
    _add_user(sqlite_db, "operator2", OPERATOR, "sementara-1", must_change=True)
    window = _window(qtbot)
    flow, ready = _flow(window, runner, sqlite_db)

    def login(dialog: LoginDialog) -> None:
        dialog.username.setText("operator2")
        dialog.password.setText("sementara-1")
        dialog.ok_button.click()

    def change(dialog: ChangePasswordDialog) -> None:
        assert "diatur ulang" in dialog.intro.text()
        dialog.old.setText("sementara-1")
        dialog.new.setText("milik-saya-1")
        dialog.confirm.setText("milik-saya-1")
        dialog.ok_button.click()

    timers = [when_modal(LoginDialog, login), when_modal(ChangePasswordDialog, change)]
    flow.start()
    qtbot.waitUntil(lambda: bool(ready), timeout=10_000)
    for timer in timers:
        timer.stop()
    with sqlite_db.uow("tester") as uow:
        assert auth.login(uow, "operator2", "milik-saya-1").username == "operator2"
        assert not auth.must_change_password(uow, "operator2")


def test_demo_database_signs_in_the_demo_operator_and_says_so(qtbot, runner, demo_db):
    window = _window(qtbot, demo=True)
    flow, ready = _flow(window, runner, demo_db)
    flow.start()
    qtbot.waitUntil(lambda: bool(ready))
    assert ready[0].actor.role == OPERATOR
    assert "Operator contoh (Operator)" in window.user_label.text()
    assert "tanpa kata sandi" in window.user_label.toolTip()


def test_a_demo_flag_on_a_database_opened_without_demo_does_not_skip_login(qtbot, runner, demo_db):
    """Only ``--demo`` signs in without a password; a flag in the data alone never does."""
    window = _window(qtbot)
    ready: list = []
    opened = Opened(demo_db, desk.info(demo_db), "x", demo_requested=False)
    flow = StartupFlow(window, runner, Settings(), opened, ready.append)
    seen: list = []
    timer = when_modal(FirstAdminDialog, lambda dialog: (seen.append(dialog), dialog.reject()))
    flow.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    timer.stop()
    assert not ready
