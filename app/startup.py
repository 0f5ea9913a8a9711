"""Finding and opening the desk database, shared by the GUI and the CLI (no Qt widgets).

Runs on the worker thread at GUI start, so SQLAlchemy and the migrations never delay the
window from appearing.
"""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass

from app import paths
from app.services.admin import demo
from app.services.admin import opening as desk
from app.services.core.db import Database, resolve_url
from app.services.core.progress import Progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    db: Database
    info: desk.DeskInfo
    user: str
    #: Opened with --demo: only then does the demo operator sign in without a password.
    demo_requested: bool = False


def database_url(cli_url: str | None, settings_url: str | None, use_demo: bool) -> str:
    if use_demo:
        return f"sqlite:///{paths.database_file(demo=True)}"
    return resolve_url(cli_url, settings_url, paths.database_file())


def open_desk(
    cli_url: str | None,
    settings_url: str | None,
    use_demo: bool,
    reset_demo: bool = False,
    reporter: Progress | None = None,
) -> Opened:
    if use_demo:
        if cli_url:
            from app.services.core.errors import DomainError

            raise DomainError(
                "--demo selalu memakai basis data contoh tersendiri; jangan gabungkan dengan --db."
            )
        demo.ensure(
            paths.database_file(demo=True), paths.backup_dir(), reset=reset_demo, reporter=reporter
        )
    db = desk.prepare(database_url(cli_url, settings_url, use_demo), paths.backup_dir())
    info = desk.info(db)
    if not info.is_demo:
        _share_local_files(db)
    return Opened(db, info, demo.DEMO_USER if info.is_demo else _os_user(), demo_requested=use_demo)


def _share_local_files(db: Database) -> None:
    """Attachments added on this PC before the database kept file contents go into it, so
    every PC of the desk opens them (one query once they all are; never stops a start)."""
    from app.services.desk import lampiran

    try:
        with db.uow() as uow:
            shared = lampiran.share_local(uow)
        if shared:
            log.info("%d lampiran dari PC ini disimpan ke basis data", shared)
    except Exception:  # noqa: BLE001 - a later opening of the attachment says what is wrong
        log.exception("sharing this PC's attachments failed")


def _os_user() -> str:
    """Who is at the keyboard until login arrives (users and roles issue)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows setups
        return "operator"
