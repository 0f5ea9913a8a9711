"""Verified restore (SPEC 8, issue 7 item 4): backup → damage → restore brings the desk
back; a file that is not a sound Desk Pilkada backup is refused and the database is left
exactly as it was; the current database is always kept as a backup first."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import paths
from app.models import AuditLog, Insiden
from app.services.admin import backup, restore
from app.services.admin import opening as desk
from app.services.core import pgtools
from app.services.core.errors import DomainError
from tests.services.insiden.helpers import ADMIN_ACTOR, OPERATOR_ACTOR, record


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    target = tmp_path / "cadangan"
    target.mkdir()
    monkeypatch.setattr(paths, "backup_dir", lambda: target)
    return target


def _incidents(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Insiden))


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096, size, size // 7):
            handle.seek(offset)
            handle.write(os.urandom(2048))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_damage_restore(sqlite_db, folder):
    record(sqlite_db)
    record(sqlite_db)
    saved = backup.manual(sqlite_db, ADMIN_ACTOR).path
    record(sqlite_db)  # after the backup: lost by the restore, kept in the safety copy
    target = sqlite_db.sqlite_path
    sqlite_db.dispose()
    _damage(target)
    with pytest.raises(DomainError, match="rusak"):
        restore.check_sqlite(target)

    outcome = restore.restore(sqlite_db, saved, ADMIN_ACTOR)
    assert outcome.kept_as is not None and outcome.kept_as.name.endswith(
        "-sebelum-pemulihan.sqlite"
    )
    reopened = desk.prepare(f"sqlite:///{target}", folder)
    try:
        assert _incidents(reopened) == 2
        restore.record(reopened, ADMIN_ACTOR, outcome)
        with reopened.uow() as uow:
            assert (
                uow.session.scalar(select(AuditLog.action).where(AuditLog.entity == "basis_data"))
                == "restore"
            )
    finally:
        reopened.dispose()
    assert restore.check_sqlite(target).province == "Banten"


def _not_sqlite(tmp_path: Path, _source: Path) -> Path:
    path = tmp_path / "catatan.sqlite"
    path.write_text("bukan basis data")
    return path


def _other_database(tmp_path: Path, _source: Path) -> Path:
    path = tmp_path / "lain.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE pelanggan (nama TEXT)")
    connection.commit()
    connection.close()
    return path


def _damaged_backup(tmp_path: Path, source: Path) -> Path:
    path = tmp_path / "rusak.sqlite"
    path.write_bytes(source.read_bytes())
    _damage(path)
    return path


def _demo_database(tmp_path: Path, source: Path) -> Path:
    path = tmp_path / "demo-salinan.sqlite"
    path.write_bytes(source.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("UPDATE pengaturan SET value = 'true' WHERE key = 'is_demo'")
    connection.execute(
        "INSERT INTO pengaturan (key, value) SELECT 'is_demo', 'true' WHERE changes() = 0"
    )
    connection.commit()
    connection.close()
    return path


def _newer_schema(tmp_path: Path, source: Path) -> Path:
    path = tmp_path / "baru.sqlite"
    path.write_bytes(source.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    return path


def _dropped_table(tmp_path: Path, source: Path) -> Path:
    """A Desk Pilkada backup whose ``insiden`` table was dropped outside the app."""
    path = tmp_path / "tanpa-insiden.sqlite"
    path.write_bytes(source.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=OFF")
    for name in ("riwayat_insiden", "insiden"):
        connection.execute(f"DROP TABLE {name}")
    connection.commit()
    connection.close()
    return path


def _dropped_column(tmp_path: Path, source: Path) -> Path:
    path = tmp_path / "tanpa-kolom.sqlite"
    path.write_bytes(source.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("ALTER TABLE sosialisasi DROP COLUMN budget")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_dropped_table, "tidak lengkap untuk skema .*tabel insiden, tabel riwayat_insiden"),
        (_dropped_column, "tidak lengkap untuk skema .*kolom sosialisasi.budget tidak ada"),
        (_not_sqlite, "bukan basis data SQLite"),
        (_other_database, "bukan basis data Desk Pilkada"),
        (_damaged_backup, "rusak"),
        (_demo_database, "basis data contoh"),
        (_newer_schema, "versi Desk Pilkada yang lebih baru"),
    ],
)
def test_a_file_that_is_not_a_sound_backup_is_refused(sqlite_db, folder, tmp_path, make, reason):
    record(sqlite_db)
    source = backup.make_backup(sqlite_db, backup.MANUAL).path
    candidate = make(tmp_path, source)
    target = sqlite_db.sqlite_path
    sqlite_db.dispose()
    before = _digest(target)
    with pytest.raises(DomainError, match=reason) as refused:
        restore.restore(sqlite_db, candidate, ADMIN_ACTOR)
    assert "tidak diubah" in str(refused.value)
    assert _digest(target) == before
    assert not any("sebelum-pemulihan" in p.name for p in folder.iterdir())


def test_restore_refuses_while_the_database_is_open_elsewhere(sqlite_db, folder):
    source = backup.make_backup(sqlite_db, backup.MANUAL).path
    target = sqlite_db.sqlite_path
    other = sqlite3.connect(target)  # another Desk Pilkada window on the same file
    other.execute("SELECT count(*) FROM insiden").fetchone()
    try:
        with pytest.raises(DomainError, match="sedang dibuka"):
            restore.restore(sqlite_db, source, ADMIN_ACTOR)
    finally:
        other.close()


def test_only_the_administrator_restores(sqlite_db, folder):
    source = backup.make_backup(sqlite_db, backup.MANUAL).path
    with pytest.raises(DomainError, match="Administrator"):
        restore.restore(sqlite_db, source, OPERATOR_ACTOR)


def test_postgresql_backup_and_restore_round_trip(db, folder):
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    if pgtools.find("pg_dump") is None:
        pytest.skip("pg_dump not installed on this machine")
    record(db)
    saved = backup.manual(db, ADMIN_ACTOR).path
    assert saved.suffix == ".dump"
    record(db)
    check = restore.check_file(db, saved)
    assert check.province == "Banten" and not check.needs_migration
    outcome = restore.restore(db, saved, ADMIN_ACTOR)
    assert outcome.kept_as is not None and outcome.kept_as.suffix == ".dump"
    assert _incidents(db) == 1
    text = tmp = folder / "bukan.dump"
    tmp.write_text("bukan cadangan")
    with pytest.raises(DomainError, match="bukan cadangan PostgreSQL"):
        restore.restore(db, text, ADMIN_ACTOR)
    assert _incidents(db) == 1


def test_a_postgresql_backup_missing_a_table_is_refused_before_anything_is_replaced(
    db, folder, tmp_path
):
    """A dump of a Desk Pilkada database whose ``insiden`` table was dropped: refused
    with the table named, and the database is left as it was."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    if pgtools.find("pg_dump") is None:
        pytest.skip("pg_dump not installed on this machine")
    from sqlalchemy import text

    record(db)
    with db.engine.begin() as connection:
        connection.execute(text("DROP TABLE riwayat_insiden"))
        connection.execute(text("DROP TABLE insiden CASCADE"))
    broken = tmp_path / "tanpa-insiden.dump"
    pgtools.dump(db.engine.url, broken)
    with db.engine.begin() as connection:  # put the table back for the rest of the test
        connection.execute(text("CREATE TABLE insiden (id integer)"))
    with pytest.raises(DomainError, match="tidak lengkap untuk skema .*tabel insiden") as refused:
        restore.restore(db, broken, ADMIN_ACTOR)
    assert "tidak diubah" in str(refused.value)
    assert not any("sebelum-pemulihan" in p.name for p in folder.iterdir())
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM insiden")).scalar() == 0
