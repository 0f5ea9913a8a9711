"""Opening a desk database: connect, back up, migrate, and tell whether it is seeded."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.services.admin import backup
from app.services.core import pengaturan, schema
from app.services.core.clock import Clock, make_clock
from app.services.core.db import Database, explain_connection_error, open_database
from app.services.core.errors import DatabaseUnavailable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeskInfo:
    """What the window title and status bar need, read once at start."""

    url_description: str
    province_code: str
    province_name: str
    agency_name: str
    is_demo: bool
    demo_as_of: datetime | None
    timezone: str

    @property
    def initialized(self) -> bool:
        return bool(self.province_code)

    @property
    def clock(self) -> Clock:
        """The desk clock (SPEC 14): the demo's own instant on a demo database."""
        return make_clock(self.timezone, self.demo_as_of)

    def today(self) -> date:
        return self.clock.today()


def prepare(url: str, backup_dir: Path) -> Database:
    """Connect and bring the schema to head, backing the SQLite file up first."""
    db = open_database(url)
    try:
        ran = schema.upgrade(
            db, before=lambda d: backup.before_migration(d, backup_dir)
        )
    except OperationalError as error:
        db.dispose()
        raise DatabaseUnavailable(_explain(error, db)) from error
    except SQLAlchemyError as error:
        db.dispose()
        if "permission denied" in str(error).lower() or "must be owner" in str(error).lower():
            raise DatabaseUnavailable(
                "Skema basis data perlu dibuat atau diperbarui, tetapi pengguna basis data ini tidak "
                "berhak mengubah skema. Minta pengelola server menjalankan 'desk-pilkada --db <URL "
                "pemilik> init' (lihat docs/postgresql.md)."
            ) from error
        raise DatabaseUnavailable(f"Basis data tidak dapat disiapkan: {error}") from error
    if ran:
        log.info("schema migrated to %s on %s", schema.SCHEMA_HEAD, db.describe())
    return db


def _backup_existing(db: Database, backup_dir: Path) -> None:
    """Before a migration: copy a database that holds something (a new file has nothing)."""
    if schema.has_tables(db):
        backup.backup_sqlite(db, backup_dir, "sebelum-migrasi")


def _explain(error: OperationalError, db: Database) -> str:
    detail = str(error.orig) if error.orig else str(error)
    if db.is_sqlite:
        if "not a database" in detail or "malformed" in detail:
            return (
                f"Berkas {db.sqlite_path} bukan basis data SQLite atau rusak. Pulihkan dari "
                "cadangan (folder 'cadangan' di folder data) atau pilih berkas lain."
            )
        return f"Berkas basis data tidak dapat dibuka ({db.sqlite_path}): {detail}"
    return f"{explain_connection_error(error, db.url)} ({db.describe()})"


def info(db: Database) -> DeskInfo:
    with db.uow() as uow:
        values = pengaturan.get_all(uow)
    return DeskInfo(
        url_description=db.describe(),
        province_code=values["province_code"],
        province_name=values["province_name"],
        agency_name=values["agency_name"],
        is_demo=values["is_demo"],
        demo_as_of=values["demo_as_of"],
        timezone=values["timezone"],
    )
