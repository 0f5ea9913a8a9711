"""Verified restore of a backup (SPEC 8).

The file is checked before anything happens: an SQLite database that passes
``integrity_check``, made by Desk Pilkada (its schema version, and every table and column
that version has — a backup missing its ``insiden`` table is refused, not restored), not
the demo database, and not from a newer version of the app. Then the current database is kept as a
backup (``sebelum-pemulihan``) and replaced in one step: a rename for SQLite, a
single-transaction ``pg_restore`` for PostgreSQL. The app reopens the database afterwards
(the GUI restarts; migrations run then, after their own backup).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.services.admin import backup
from app.services.core import pgtools, schema
from app.services.core.actor import CADANGAN, Actor, require
from app.services.core.db import Database
from app.services.core.errors import DomainError, os_reason

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Tables every Desk Pilkada database has had since its first schema.
DESK_TABLES = frozenset({"alembic_version", "pengaturan", "wilayah", "audit_log", "pengguna"})
IN_USE = (
    "Basis data sedang dibuka oleh Desk Pilkada lain (di PC ini atau lewat jaringan). Tutup "
    "aplikasinya lalu ulangi pemulihan; basis data tidak diubah."
)


@dataclass(frozen=True)
class BackupCheck:
    """What the user confirms before a restore."""

    path: Path
    revision: str
    province: str
    is_demo: bool
    #: When the file was written (a backup's own time).
    made_at: datetime
    incidents: int | None

    @property
    def needs_migration(self) -> bool:
        return self.revision != schema.SCHEMA_HEAD

    def describe(self) -> str:
        made = self.made_at.astimezone(UTC).strftime("%d/%m/%Y %H.%M UTC")
        text = f"{self.path.name}: Desk Pilkada provinsi {self.province or '-'}, skema {self.revision}, berkas {made}"
        if self.incidents is not None:
            text += f", {self.incidents} insiden"
        if self.needs_migration:
            text += f"; diperbarui ke skema {schema.SCHEMA_HEAD} saat dibuka"
        return text + "."


@dataclass(frozen=True)
class RestoreOutcome:
    check: BackupCheck
    #: The database as it was before the restore.
    kept_as: Path | None

    def summary(self) -> str:
        kept = f" Basis data sebelumnya disimpan sebagai {self.kept_as}." if self.kept_as else ""
        return f"Basis data dipulihkan dari {self.check.path.name}.{kept}"


def _refuse(path: Path, why: str) -> DomainError:
    return DomainError(f"{path.name} tidak dapat dipulihkan: {why} Basis data tidak diubah.")


def _verdict(path: Path, revision: str | None, tables: set[str], province: str) -> None:
    if not tables >= DESK_TABLES or not revision:
        raise _refuse(path, "berkas ini bukan basis data Desk Pilkada.")
    if revision not in schema.known_revisions():
        raise _refuse(
            path,
            f"berkas dibuat oleh versi Desk Pilkada yang lebih baru (skema {revision}). "
            "Perbarui aplikasi dulu.",
        )
    if not province:
        raise _refuse(path, "basis data ini belum pernah disiapkan (provinsi belum dipilih).")


def _complete(path: Path, revision: str, columns: dict[str, set[str]]) -> None:
    """Every table and column schema ``revision`` has is in the backup."""
    missing = schema.missing_parts(columns, revision)
    if missing:
        more = f" dan {len(missing) - 5} lainnya" if len(missing) > 5 else ""
        raise _refuse(
            path,
            f"berkas tidak lengkap untuk skema {revision}: {', '.join(missing[:5])}{more} tidak "
            "ada. Mungkin cadangan ini diubah di luar aplikasi; pakai cadangan lain.",
        )


def check_sqlite(path: Path) -> BackupCheck:
    """Read-only checks of an SQLite backup; DomainError saying why it cannot be used."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise _refuse(path, f"berkas tidak dapat dibaca ({os_reason(error)}).") from error
    if magic != SQLITE_MAGIC:
        raise _refuse(path, "berkas ini bukan basis data SQLite.")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            result = [r[0] for r in connection.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise _refuse(path, f"berkas rusak ({'; '.join(result[:3])}).")
            tables = {
                r[0]
                for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            columns = {  # names come from the file: quoted, on a read-only connection
                name: {r[1] for r in connection.execute(
                    'PRAGMA table_info("' + name.replace('"', '""') + '")')}
                for name in tables
            }  # fmt: skip
            revision = settings = None
            if tables >= DESK_TABLES:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                settings = dict(connection.execute("SELECT key, value FROM pengaturan"))
            incidents = (
                connection.execute("SELECT count(*) FROM insiden").fetchone()[0]
                if "insiden" in tables else None
            )  # fmt: skip
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _refuse(path, f"berkas rusak ({error}).") from error
    settings = settings or {}
    revision_text = revision[0] if revision else None
    _verdict(path, revision_text, tables, settings.get("province_code", ""))
    _complete(path, revision_text or "", columns)
    return BackupCheck(
        path, revision_text or "", settings.get("province_name", ""),
        settings.get("is_demo", "").lower() in ("1", "true", "ya"),
        datetime.fromtimestamp(path.stat().st_mtime, UTC), incidents,
    )  # fmt: skip


def check_postgres(path: Path) -> BackupCheck:
    path = Path(path)
    listing = pgtools.contents(path)
    tables = {line.split()[-2] for line in listing.splitlines() if " TABLE public " in line}
    rows = pgtools.table_data(path, "alembic_version") if "alembic_version" in tables else []
    settings = dict(r[:2] for r in pgtools.table_data(path, "pengaturan") if len(r) >= 2)
    _verdict(path, rows[0][0] if rows else None, tables, settings.get("province_code", ""))
    _complete(path, rows[0][0], pgtools.table_columns(path))
    return BackupCheck(
        path, rows[0][0], settings.get("province_name", ""),
        settings.get("is_demo", "").lower() in ("1", "true", "ya"),
        datetime.fromtimestamp(path.stat().st_mtime, UTC), None,
    )  # fmt: skip


def check_file(db: Database, path: Path) -> BackupCheck:
    """The checks for the database kind in use; also refuses the demo database as a
    replacement for a desk database."""
    check = check_sqlite(path) if db.is_sqlite else check_postgres(path)
    if check.is_demo and not _is_demo_target(db):
        raise _refuse(Path(path), "berkas ini basis data contoh (DATA CONTOH), bukan data desk.")
    return check


def _is_demo_target(db: Database) -> bool:
    from app import paths

    return db.is_sqlite and db.sqlite_path == paths.database_file(demo=True)


def _ensure_unused(target: Path) -> None:
    """Refuse while another connection (another app window, another PC on a shared folder)
    has the file open: leaving WAL mode needs the database to itself."""
    if not target.exists():
        return
    try:
        connection = sqlite3.connect(target, timeout=0.5)
        try:
            connection.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DomainError(IN_USE) from error
        log.warning("current database unreadable before restore: %s", error)
    except sqlite3.DatabaseError as error:  # the damaged database being replaced
        log.warning("current database damaged before restore: %s", error)


def _keep_current(target: Path, backup_dir: Path, keep: int) -> Path | None:
    """The current database as a backup; a damaged one is copied byte for byte."""
    if not target.exists() or target.stat().st_size == 0:
        return None
    try:
        return backup.copy_sqlite(target, backup_dir, backup.SEBELUM_PEMULIHAN, keep)
    except DomainError:
        copy = backup_dir / f"{target.stem}-{backup._stamp()}-{backup.SEBELUM_PEMULIHAN}.sqlite"
        backup_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, copy)
        wal = target.with_name(target.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        return copy


def restore_sqlite(
    target: Path, source: Path, backup_dir: Path, keep: int = backup.DEFAULT_KEEP
) -> RestoreOutcome:
    """Replace the SQLite file ``target`` with the checked backup ``source``."""
    check = check_sqlite(source)
    _ensure_unused(target)
    staging = target.with_name(f".{target.name}.pulihkan")
    try:
        shutil.copyfile(source, staging)
        with staging.open("rb+") as handle:
            os.fsync(handle.fileno())
        check_sqlite(staging)
        kept = _keep_current(target, backup_dir, keep)
        for leftover in (target.with_name(target.name + s) for s in ("-wal", "-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(staging, target)
    except PermissionError as error:
        raise DomainError(IN_USE) from error
    except OSError as error:
        raise DomainError(
            f"Pemulihan gagal: {os_reason(error)}. Basis data tidak diubah."
        ) from error
    finally:
        staging.unlink(missing_ok=True)
    return RestoreOutcome(check, kept)


def restore(
    db: Database, source: Path, actor: Actor, backup_dir: Path | None = None
) -> RestoreOutcome:
    """Restore the database ``db`` points at. ``db`` is disposed: the caller reopens it
    (``desk.prepare``) and may then record the restore with ``record``."""
    from app.paths import backup_dir as default_backup_dir

    require(actor, CADANGAN)
    folder = Path(backup_dir) if backup_dir else default_backup_dir()
    check = check_file(db, source)
    keep = backup._settings(db)[0]
    db.dispose()
    if db.is_sqlite:
        assert db.sqlite_path is not None
        return restore_sqlite(db.sqlite_path, Path(source), folder, keep)
    kept = backup.backup_postgres(db, folder, backup.SEBELUM_PEMULIHAN, keep)
    pgtools.restore(db.engine.url, Path(source))
    db.dispose()
    return RestoreOutcome(check, kept)


def restore_and_reopen(
    db: Database, source: Path, actor: Actor, backup_dir: Path | None = None
) -> RestoreOutcome:
    """The whole use case for the GUI and the CLI: restore, reopen the restored database
    (migrating it after its own backup when it is older), and audit the restore in it."""
    from app.paths import backup_dir as default_backup_dir
    from app.services.admin import opening as desk

    outcome = restore(db, source, actor, backup_dir)
    reopened = desk.prepare(db.url, Path(backup_dir) if backup_dir else default_backup_dir())
    try:
        record(reopened, actor, outcome)
    finally:
        reopened.dispose()
    return outcome


def record(db: Database, actor: Actor, outcome: RestoreOutcome) -> None:
    """The restore in the restored database's audit log (after it was reopened)."""
    from app.services.core import audit

    with db.uow(actor) as uow:
        audit.record(uow.session, uow.user, audit.RESTORE, entity="basis_data",
                     note=outcome.summary(), changes={"berkas": str(outcome.check.path)})  # fmt: skip
        uow.commit()
