"""Schema migrations, applied automatically at start after a backup of the SQLite file.

The head revision is known without importing Alembic (``SCHEMA_HEAD``), so a normal start
only reads ``alembic_version``; Alembic is imported only when there is work to do. A test
keeps ``SCHEMA_HEAD`` equal to Alembic's own head.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text

from app.paths import package_dir
from app.services.core.db import Database
from app.services.core.errors import DomainError

SCHEMA_HEAD = "0010"


def migrations_dir() -> Path:
    return package_dir() / "models" / "migrations"


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_tables(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(inspect(connection).get_table_names())


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != SCHEMA_HEAD


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def known_revisions() -> set[str]:
    """Revision ids shipped with this version, read from the file names (no Alembic)."""
    return {p.name.split("_", 1)[0] for p in (migrations_dir() / "versions").glob("[0-9]*_*.py")}


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(db: Database, before: Callable[[Database], object] | None = None) -> bool:
    """Bring the schema to head. ``before`` runs first when there is work (the backup).

    Returns True when a migration ran.
    """
    current = current_revision(db)
    if current == SCHEMA_HEAD:
        return False
    if current is not None and current not in known_revisions():
        raise DomainError(
            f"Basis data ini memakai skema versi {current}, lebih baru daripada yang dikenal "
            f"aplikasi ini ({SCHEMA_HEAD}). Perbarui Desk Pilkada sebelum membukanya; basis data "
            "tidak diubah."
        )
    if before is not None:
        before(db)
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


@lru_cache(maxsize=8)
def expected_columns(revision: str) -> dict[str, frozenset[str]]:
    """Every table and its columns that a database at ``revision`` has: the shipped
    migrations up to it, run once on an empty in-memory SQLite database. A restore checks
    a backup against this before anything is replaced; ``check`` the open database."""
    from alembic import command
    from sqlalchemy import create_engine

    if revision not in known_revisions():
        raise DomainError(f"Skema versi {revision} tidak dikenal aplikasi ini.")
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            inspector = inspect(connection)
            return {
                name: frozenset(c["name"] for c in inspector.get_columns(name))
                for name in inspector.get_table_names()
            }
    finally:
        engine.dispose()


def missing_parts(have: dict[str, set[str]], revision: str) -> list[str]:
    """What ``have`` (table → columns) lacks of the schema at ``revision``, in words:
    "tabel insiden", "kolom pengiriman.escort"."""
    missing: list[str] = []
    for name, columns in sorted(expected_columns(revision).items()):
        if name not in have:
            missing.append(f"tabel {name}")
        else:
            missing.extend(f"kolom {name}.{c}" for c in sorted(columns - have[name]))
    return missing
