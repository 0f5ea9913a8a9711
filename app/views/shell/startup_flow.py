"""From an opened database to a signed-in window: choose the province on a new database,
create the first Administrator or log in, force a password change after a reset. The
demo database signs in its demo operator without a password and says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from app.services.admin import auth
from app.services.admin import opening as desk
from app.services.core.actor import Actor
from app.services.desk import seeding
from app.settings import Settings
from app.startup import Opened
from app.views.shell.context import AppContext, Gateway
from app.views.shell.demo_roles import DEMO_ACTOR, DEMO_ACTORS
from app.views.shell.error_dialog import show_error
from app.views.shell.first_run_dialog import FirstRunDialog
from app.views.shell.login_dialogs import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from app.views.shell.main_window import MainWindow
from app.views.shell.tasks import TaskRunner

#: Who acts before anyone has signed in (seeding a new database, checking the login).
_SETUP = Actor("sistem")


class StartupFlow:
    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        settings: Settings,
        opened: Opened,
        on_ready: Callable[[AppContext], None] | None = None,
    ) -> None:
        self.window = window
        self.runner = runner
        self.settings = settings
        self.db = opened.db
        self.info = opened.info
        self._demo_requested = opened.demo_requested
        self._on_ready = on_ready
        self._setup = Gateway(opened.db, runner, _SETUP)

    def start(self) -> None:
        if not self.info.initialized:
            self.runner.run(lambda _r: seeding.provinces(), self._choose_province, self._failed)
        else:
            self._sign_in()

    def _failed(self, error: BaseException) -> None:
        self._stop(str(error))
        show_error(self.window, error)

    def _stop(self, text: str) -> None:
        """The start ends here, without a page: ``text`` says why and what to do. The
        garbage collector, waiting for the first page (``app.collector``), runs again."""
        from app import collector

        collector.loaded(collect=True)
        self.window.show_message(text)

    def _choose_province(self, provinces: list[seeding.Province]) -> None:
        dialog = FirstRunDialog(provinces, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._stop(
                self.window.tr(
                    "Basis data belum disiapkan. Tutup dan buka kembali aplikasi untuk memilih provinsi."
                )
            )
            return
        code = dialog.province_code()
        db = self.db

        def seed(reporter):
            with db.uow(_SETUP) as uow:
                seeding.seed(uow, code, reporter)
            return desk.info(db)

        def seeded(info: desk.DeskInfo) -> None:
            self.info = info
            self._sign_in()

        self.runner.run(seed, seeded, self._failed, progress_parent=self.window,
                        label=self.window.tr("Menyiapkan data wilayah dan tahapan…"))  # fmt: skip

    def _sign_in(self) -> None:
        if self.info.is_demo and self._demo_requested:
            role = self.settings.get("demo/role")
            self._ready(DEMO_ACTORS.get(role, DEMO_ACTOR))
            return
        self._setup.submit(
            auth.needs_first_admin, on_done=self._ask_credentials, on_error=self._failed
        )

    def _ask_credentials(self, first_admin: bool) -> None:
        if first_admin:
            dialog = FirstAdminDialog(self._setup, self.window)
        else:
            agency = f"{self.info.agency_name} Provinsi {self.info.province_name}"
            dialog = LoginDialog(self._setup, agency, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            self._stop(self.window.tr("Belum masuk. Tutup dan buka kembali aplikasi untuk masuk."))
            return
        actor = dialog.actor
        self._setup.submit(
            auth.must_change_password,
            actor.username,
            on_done=lambda forced: self._after_login(actor, forced),
            on_error=self._failed,
        )

    def _after_login(self, actor: Actor, forced: bool) -> None:
        if forced:
            change = ChangePasswordDialog(
                Gateway(self.db, self.runner, actor), forced=True, parent=self.window
            )
            if change.exec() != QDialog.DialogCode.Accepted:
                self._stop(
                    self.window.tr("Kata sandi harus diganti sebelum aplikasi dapat dipakai.")
                )
                return
        self._ready(actor)

    def _ready(self, actor: Actor) -> None:
        ctx = AppContext(
            db=self.db, runner=self.runner, actor=actor, settings=self.settings, desk=self.info
        )
        self.window.attach(ctx)
        if self._on_ready is not None:
            self._on_ready(ctx)
