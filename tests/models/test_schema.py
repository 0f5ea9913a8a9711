"""Schema: migrations match the models, SQLite runs with the pragmas SPEC 10 asks for, and
an existing database is backed up before it is migrated (SPEC 8, 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from app.models import Base
from app.services.admin import opening as desk
from app.services.core import schema
from app.services.core.errors import DatabaseUnavailable


def test_schema_head_constant_matches_alembic_head():
    assert schema.alembic_head() == schema.SCHEMA_HEAD


def test_migrated_database_has_every_model_table_and_column(empty_db):
    inspector = inspect(empty_db.engine)
    tables = set(inspector.get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    for name, table in Base.metadata.tables.items():
        in_db = {c["name"] for c in inspector.get_columns(name)}
        assert in_db == {c.name for c in table.columns}, name


def test_migrations_produce_exactly_the_models(empty_db):
    """An autogenerate comparison finds nothing: no model change lacks its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with empty_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_fresh_database_is_at_head(empty_db):
    assert schema.current_revision(empty_db) == schema.SCHEMA_HEAD
    assert not schema.needs_upgrade(empty_db)


def test_sqlite_pragmas_are_on_for_every_connection(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_foreign_keys_are_enforced(empty_db):
    from sqlalchemy.exc import IntegrityError

    from app.models import Tahapan

    with empty_db.uow("tester") as uow:
        uow.session.add(Tahapan(pemilihan_id=999, code="T01", name="Tanpa pemilihan"))
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_upgrade_of_migrated_database_does_nothing_and_takes_no_backup(db):
    calls = []
    assert schema.upgrade(db, before=calls.append) is False
    assert calls == []


def test_reopening_a_migrated_database_writes_no_backup(db, tmp_path):
    backups = tmp_path / "cadangan-baru"
    again = desk.prepare(db.url, backups)
    try:
        assert schema.current_revision(again) == schema.SCHEMA_HEAD
    finally:
        again.dispose()
    assert not backups.exists() or list(backups.iterdir()) == []


def _older_database(path: Path) -> None:
    """A SQLite file written before this schema existed: data, but no alembic_version."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE catatan_lama (id INTEGER PRIMARY KEY, isi TEXT)")
        connection.execute("INSERT INTO catatan_lama (isi) VALUES ('data lama desk')")
    connection.close()


def test_migrating_an_existing_file_backs_it_up_first(tmp_path):
    path = tmp_path / "lama.sqlite"
    _older_database(path)
    backups = tmp_path / "cadangan"

    migrated = desk.prepare(f"sqlite:///{path}", backups)
    try:
        assert schema.current_revision(migrated) == schema.SCHEMA_HEAD
        tables = set(inspect(migrated.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "catatan_lama" in tables  # the migration keeps what was there
    finally:
        migrated.dispose()

    copies = list(backups.glob("*.sqlite"))
    assert len(copies) == 1
    assert "sebelum-migrasi" in copies[0].name
    # The copy is the database as it was before the migration, readable and complete.
    with sqlite3.connect(copies[0]) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        rows = connection.execute("SELECT isi FROM catatan_lama").fetchall()
    connection.close()
    assert rows == [("data lama desk",)]
    assert "alembic_version" not in names
    assert "tahapan" not in names


def test_a_file_that_is_not_a_database_is_refused_in_indonesian(tmp_path):
    path = tmp_path / "bukan.sqlite"
    path.write_text("ini bukan basis data " * 200)
    with pytest.raises(DatabaseUnavailable, match="Basis data tidak dapat disiapkan"):
        desk.prepare(f"sqlite:///{path}", tmp_path / "cadangan")
