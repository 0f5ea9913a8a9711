"""Backups (SPEC 8, issue 7 item 4): consistent copies on start, daily, before migrations
and on demand, each kind rotated on its own, optionally copied to a second folder that may
be missing without failing anything; PostgreSQL through pg_dump when it is installed."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import paths
from app.models import AuditLog
from app.services.admin import backup
from app.services.core import pengaturan, pgtools
from app.services.core.actor import OPERATOR, Actor, Forbidden
from app.services.core.errors import DomainError
from tests.services.insiden.helpers import ADMIN_ACTOR, record


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The data folder's backup folder, private to the test."""
    target = tmp_path / "cadangan"
    target.mkdir()
    monkeypatch.setattr(paths, "backup_dir", lambda: target)
    return target


def _settings(db, **values) -> None:
    with db.uow("tester") as uow:
        for key, value in values.items():
            pengaturan.put(uow, key, value)
        uow.commit()


def _incidents(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute("SELECT count(*) FROM insiden").fetchone()[0]
    finally:
        connection.close()


def test_a_manual_backup_is_a_consistent_copy_and_audited(sqlite_db, folder):
    record(sqlite_db)
    outcome = backup.manual(sqlite_db, ADMIN_ACTOR)
    assert outcome.path.parent == folder and outcome.path.name.endswith("-manual.sqlite")
    assert _incidents(outcome.path) == 1
    with sqlite_db.uow() as uow:
        note = uow.session.scalar(select(AuditLog.note).where(AuditLog.entity == "cadangan"))
    assert note == str(outcome.path)
    with pytest.raises(Forbidden, match="Administrator"):
        backup.manual(sqlite_db, Actor("op", OPERATOR))


def test_each_kind_keeps_its_own_newest(sqlite_db, folder):
    _settings(sqlite_db, backup_keep=2)
    kept = [backup.make_backup(sqlite_db, backup.MANUAL).path for _ in range(3)]
    daily = backup.make_backup(sqlite_db, backup.HARIAN).path
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([kept[1].name, kept[2].name, daily.name])


def test_a_missing_second_folder_warns_and_never_fails(sqlite_db, folder, tmp_path):
    _settings(sqlite_db, backup_second_dir=str(tmp_path / "drive-jaringan-Z"))
    outcome = backup.make_backup(sqlite_db, backup.MANUAL)
    assert outcome.path.exists() and outcome.copy is None
    assert "folder cadangan kedua" in outcome.warnings[0]
    (tmp_path / "drive-jaringan-Z").mkdir()
    outcome = backup.make_backup(sqlite_db, backup.MANUAL)
    assert outcome.copy == tmp_path / "drive-jaringan-Z" / outcome.path.name
    assert outcome.copy.read_bytes() == outcome.path.read_bytes()


def test_start_and_daily_backups(sqlite_db, folder, monkeypatch):
    done = backup.on_start(sqlite_db)
    assert sorted(o.path.name.rsplit("-", 1)[1] for o in done) == ["harian.sqlite", "mulai.sqlite"]
    assert backup.daily_if_due(sqlite_db) is None  # not a day old yet
    later = backup.newest(folder, "desk", backup.HARIAN) + timedelta(hours=25)
    assert backup.daily_if_due(sqlite_db, now=later).path.name.endswith("-harian.sqlite")
    assert [b.reason for b in backup.list_backups()][:1] == [backup.HARIAN]


def test_an_unwritable_backup_folder_never_stops_the_start(sqlite_db, tmp_path, monkeypatch):
    blocked = tmp_path / "bukan-folder"
    blocked.write_text("berkas biasa")
    monkeypatch.setattr(paths, "backup_dir", lambda: blocked)
    done = backup.on_start(sqlite_db)
    assert done and all(o.path is None and o.warnings for o in done)


def test_postgresql_backup_needs_pg_dump(db, folder, monkeypatch):
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    monkeypatch.setattr(pgtools, "find", lambda _tool: None)
    with pytest.raises(DomainError, match="pg_dump tidak ditemukan.*Command Line Tools"):
        backup.manual(db, ADMIN_ACTOR)
    assert list(folder.iterdir()) == []
