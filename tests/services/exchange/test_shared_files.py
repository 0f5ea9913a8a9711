"""Files of a shared desk travel with it (issue 22): attachments and issued briefs are
kept in the database, so a backup restored elsewhere and a ``.deskpkg`` made on a PC that
never held the file carry them, and the receiving side opens them, checked by SHA-256."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import paths
from app.models import Berkas
from app.services.admin import backup, restore
from app.services.admin import opening as desk
from app.services.briefs import register
from app.services.core import pgtools
from app.services.desk import lampiran
from tests.services.briefs.helpers import harian, sign
from tests.services.exchange import helpers as exchange_helpers
from tests.services.exchange.helpers import export, jpeg, take_in
from tests.services.insiden.helpers import ADMIN_ACTOR, OPERATOR_ACTOR, PIMPINAN_ACTOR, record

kab_seed_file, kab = exchange_helpers.kab_seed_file, exchange_helpers.kab


def _attach(db, incident: int, photo: Path, store: Path) -> int:
    with db.uow(OPERATOR_ACTOR) as uow:
        lampiran.attach(uow, owner_type="insiden", owner_id=incident, source=photo, store=store)
    with db.uow() as uow:
        return lampiran.list_for(uow, "insiden", incident)[-1].id


def test_a_package_made_on_a_pc_without_the_file_carries_it(kab, db, tmp_path):
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(jpeg())
    incident = record(kab).id
    _attach(kab, incident, photo, tmp_path / "kab-pc1")
    package = tmp_path / "pandeglang.deskpkg"
    made = export(kab, package, tmp_path / "kab-pc2")  # this PC never held the photo
    assert made.files == 1
    take_in(db, package, tmp_path / "prov-pc1")
    with db.uow() as uow:
        [row] = [r for r in uow.session.scalars(select(lampiran.Lampiran))]
        assert uow.session.scalar(select(func.count()).select_from(Berkas)) == 1
        opened = lampiran.path_of(uow, row.id, tmp_path / "prov-pc2")  # another province PC
    assert opened.read_bytes() == photo.read_bytes()


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    target = tmp_path / "cadangan"
    target.mkdir()
    monkeypatch.setattr(paths, "backup_dir", lambda: target)
    return target


def test_a_backup_restored_on_another_pc_carries_attachments_and_briefs(
    db, folder, tmp_path, monkeypatch
):
    if not db.is_sqlite and pgtools.find("pg_dump") is None:
        pytest.skip("pg_dump not installed on this machine")
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(jpeg())
    incident = record(db).id
    attachment = _attach(db, incident, photo, tmp_path / "pc1" / "lampiran")
    sign(db)
    with db.uow(PIMPINAN_ACTOR) as uow:
        issued = register.issue(uow, harian())
    saved = backup.manual(db, ADMIN_ACTOR).path
    if db.is_sqlite:  # the desk moves to a new PC: a new file from the backup
        target = tmp_path / "pc2" / "desk.sqlite"
        target.parent.mkdir()
        restore.restore_sqlite(target, saved, folder)
        restored = desk.prepare(f"sqlite:///{target}", folder)
    else:  # the server's database is lost and restored
        restore.restore(db, saved, ADMIN_ACTOR)
        restored = desk.prepare(db.url, folder)
    monkeypatch.setenv("DESK_PILKADA_HOME", str(tmp_path / "pc2" / "data"))
    try:
        with restored.uow() as uow:
            assert lampiran.path_of(uow, attachment).read_bytes() == photo.read_bytes()
            assert register.verify(uow, issued.id).ok
    finally:
        restored.dispose()
