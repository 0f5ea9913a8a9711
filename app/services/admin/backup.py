"""Consistent copies of the desk database, rotated: on start, daily, before every
migration, and on demand (SPEC 8).

SQLite is copied with its online backup API, so a copy taken while the app writes is still
a consistent database. PostgreSQL is dumped with ``pg_dump -Fc`` when the PostgreSQL
client tools are installed. Each kind of copy (``mulai``, ``harian``, ``manual`` ...) keeps
its own N newest, so a day of restarts never pushes the daily copies out. A second folder
(e.g. a network drive) gets the same copy; when it is missing the backup still succeeds
with a warning, and start-up never fails because of it.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.core import pgtools
from app.services.core.actor import CADANGAN, Actor, require
from app.services.core.clock import wall_clock
from app.services.core.db import Database
from app.services.core.errors import DomainError, os_reason

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
MULAI, HARIAN, MANUAL = "mulai", "harian", "manual"
SEBELUM_MIGRASI, SEBELUM_PEMULIHAN = "sebelum-migrasi", "sebelum-pemulihan"
REASONS = (MULAI, HARIAN, MANUAL, SEBELUM_MIGRASI, SEBELUM_PEMULIHAN)
DAY = timedelta(days=1)
SUFFIXES = (".sqlite", ".dump")
_NAME = re.compile(
    r"(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)(?P<suffix>\.\w+)"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    reason: str
    at: datetime
    size: int


@dataclass(frozen=True)
class BackupOutcome:
    path: Path | None
    #: The copy in the second folder, when there is one.
    copy: Path | None = None
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        if self.path is None:
            return "Tidak ada yang dicadangkan: basis data masih kosong."
        text = f"Cadangan dibuat: {self.path}"
        if self.copy is not None:
            text += f"; salinan kedua: {self.copy}"
        return "\n".join([text, *self.warnings])


def _stamp() -> str:
    return wall_clock().strftime("%Y%m%d-%H%M%S-%f")


def _stem(db: Database) -> str:
    if db.is_sqlite and db.sqlite_path is not None:
        return db.sqlite_path.stem
    name = db.engine.url.database or "postgres"
    return "pg-" + re.sub(r"[^A-Za-z0-9_]+", "_", name)


def backup_sqlite(
    db: Database, dest_dir: Path, reason: str, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Copy the live SQLite database to ``dest_dir``; None when there is nothing to copy."""
    source = db.sqlite_path
    return copy_sqlite(source, dest_dir, reason, keep) if source is not None else None


def copy_sqlite(source: Path, dest_dir: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path | None:
    """A consistent copy of an SQLite file through the online backup API, rotated."""
    if not source.exists() or source.stat().st_size == 0:
        return None
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{source.stem}-{_stamp()}-{reason}.sqlite"
    # Written under a temporary name: a copy cut short (power loss, the app closing) is
    # never mistaken for a backup.
    temp = target.with_name(f".{target.name}.part")
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(temp, target)
    except sqlite3.Error as error:
        raise DomainError(f"Cadangan basis data gagal dibuat di {dest_dir}: {error}") from error
    finally:
        temp.unlink(missing_ok=True)
    rotate(dest_dir, source.stem, keep, reason)
    return target


def backup_postgres(db: Database, dest_dir: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """``pg_dump -Fc`` of the desk database; DomainError saying what to install when the
    client tools are missing."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stem = _stem(db)
    target = dest_dir / f"{stem}-{_stamp()}-{reason}.dump"
    pgtools.dump(db.engine.url, target)
    rotate(dest_dir, stem, keep, reason)
    return target


def rotate(dest_dir: Path, stem: str, keep: int, reason: str | None = None) -> None:
    """Keep the ``keep`` newest copies of one kind (of every kind when no reason)."""
    copies = []
    for suffix in SUFFIXES:
        for path in dest_dir.glob(f"{stem}-*{suffix}"):
            match = _NAME.fullmatch(path.name)
            if match and match["stem"] == stem and reason in (None, match["reason"]):
                copies.append((match["stamp"], path))
    copies.sort()
    for _stamp, old in copies[: max(0, len(copies) - keep)]:
        old.unlink(missing_ok=True)


def _copy_to_second(
    path: Path, folder: str, keep: int, stem: str, reason: str
) -> tuple[Path | None, str]:
    """Copy a finished backup to the second folder; a warning instead of a failure."""
    second = Path(folder)
    try:
        if not second.is_dir():
            raise FileNotFoundError(2, "folder tidak ditemukan atau tidak tersambung")
        fd, temp = tempfile.mkstemp(dir=second, prefix=".cadangan-", suffix=".part")
        os.close(fd)
        shutil.copyfile(path, temp)
        target = second / path.name
        os.replace(temp, target)
        rotate(second, stem, keep, reason)
        return target, ""
    except OSError as error:
        warning = (
            f"Peringatan: salinan ke folder cadangan kedua ({second}) gagal: "
            f"{os_reason(error)}. Cadangan utama tetap dibuat."
        )
        log.warning(warning)
        return None, warning


def _settings(db: Database) -> tuple[int, str]:
    """Keep N and the second folder, from the desk settings (defaults when unreadable)."""
    from app.services.core import pengaturan

    try:
        with db.uow() as uow:
            return pengaturan.get(uow, "backup_keep"), pengaturan.get(uow, "backup_second_dir")
    except Exception:  # noqa: BLE001 - a damaged or old database still gets its backup
        log.warning("backup settings unreadable; using defaults", exc_info=True)
        return DEFAULT_KEEP, ""


def make_backup(db: Database, reason: str, dest_dir: Path | None = None) -> BackupOutcome:
    """A backup of any kind to the data folder (or ``dest_dir``) and the second folder."""
    from app.paths import backup_dir

    keep, second = _settings(db)
    folder = Path(dest_dir) if dest_dir else backup_dir()
    try:
        path = (
            backup_sqlite(db, folder, reason, keep) if db.is_sqlite
            else backup_postgres(db, folder, reason, keep)
        )  # fmt: skip
    except OSError as error:
        raise DomainError(
            f"Cadangan tidak dapat ditulis di {folder}: {os_reason(error)}."
        ) from error
    if path is None or not second.strip() or dest_dir is not None:
        return BackupOutcome(path)
    copy, warning = _copy_to_second(path, second.strip(), keep, _stem(db), reason)
    return BackupOutcome(path, copy, (warning,) if warning else ())


def manual(db: Database, actor: Actor, dest_dir: Path | None = None) -> BackupOutcome:
    """The Administrator's "Cadangkan sekarang" (and ``desk-pilkada backup``); audited."""
    from app.services.core import audit

    require(actor, CADANGAN)
    outcome = make_backup(db, MANUAL, dest_dir)
    with db.uow(actor) as uow:
        audit.record(uow.session, uow.user, audit.EXPORT, entity="cadangan",
                     note=str(outcome.path or ""), changes={"jenis": MANUAL})  # fmt: skip
        uow.commit()
    return outcome


def newest(folder: Path, stem: str, reason: str) -> datetime | None:
    found = [
        b.at
        for b in list_backups(folder)
        if b.reason == reason and b.path.name.startswith(stem + "-")
    ]
    return max(found, default=None)


def daily_if_due(db: Database, now: datetime | None = None) -> BackupOutcome | None:
    """The daily copy, when the newest one is a day old (checked at start and hourly)."""
    from app.paths import backup_dir

    if not db.is_sqlite and pgtools.find("pg_dump") is None:
        # Said once in the log, not every hour on every PC: "Cadangkan sekarang" explains.
        log.info("pg_dump not found: no automatic daily dump of %s", db.describe())
        return None
    last = newest(backup_dir(), _stem(db), HARIAN)
    if last is not None and (now or wall_clock()) - last < DAY:
        return None
    return _automatic(db, HARIAN)


def on_start(db: Database) -> list[BackupOutcome]:
    """At start: a copy of the SQLite file (PostgreSQL: only the daily dump, since every
    PC of the desk starts), then the daily copy when it is due. Never raises."""
    done = []
    if db.is_sqlite:
        outcome = _automatic(db, MULAI)
        if outcome is not None:
            done.append(outcome)
    outcome = daily_if_due(db)
    if outcome is not None:
        done.append(outcome)
    return done


def _automatic(db: Database, reason: str) -> BackupOutcome | None:
    try:
        outcome = make_backup(db, reason)
    except DomainError as error:
        log.warning("automatic %s backup failed: %s", reason, error)
        return BackupOutcome(None, None, (str(error),))
    for warning in outcome.warnings:
        log.warning(warning)
    return outcome


def before_migration(db: Database, dest_dir: Path) -> Path | None:
    """Before Alembic runs: the SQLite file always; PostgreSQL when pg_dump is here (the
    server's owner runs migrations, often from a PC without the client tools: logged)."""
    if db.is_sqlite:
        return backup_sqlite(db, dest_dir, SEBELUM_MIGRASI)
    from app.services.core.schema import has_tables

    if not has_tables(db):
        return None
    if pgtools.find("pg_dump") is None:
        log.warning("pg_dump not found: no backup before migrating %s", db.describe())
        return None
    return backup_postgres(db, dest_dir, SEBELUM_MIGRASI)


def list_backups(folder: Path | None = None) -> list[BackupFile]:
    """Backups in the data folder (or ``folder``), newest first."""
    from app.paths import backup_dir

    folder = Path(folder) if folder else backup_dir()
    found = []
    for suffix in SUFFIXES:
        for path in folder.glob(f"*{suffix}"):
            match = _NAME.fullmatch(path.name)
            if match is None or not path.is_file():
                continue
            at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            found.append(BackupFile(path, match["reason"], at, path.stat().st_size))
    return sorted(found, key=lambda b: b.at, reverse=True)
