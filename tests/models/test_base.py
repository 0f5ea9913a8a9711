"""The columns every record carries (SPEC 4): uid, who/when, version for optimistic
locking, and the conflict message two operators get instead of a silent overwrite."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import Pemilihan, Referensi, Tahapan
from app.services.core.errors import ConflictError, NotFound
from tests.desk_time import TEST_NOW, pinned_now


def _new_sumber(db, user: str, code: str = "RADIO") -> int:
    with db.uow(user) as uow:
        item = Referensi(kind="sumber", code=code, name="Radio komunitas")
        uow.session.add(item)
        uow.commit()
        return item.id


def _stage_id(db, code: str = "T14") -> int:
    with db.uow() as uow:
        return uow.session.scalar(
            select(Tahapan.id)
            .join(Pemilihan, Pemilihan.id == Tahapan.pemilihan_id)
            .where(Pemilihan.kind == "gubernur", Tahapan.code == code)
        )


def test_new_record_gets_uid_who_and_when(db):
    record_id = _new_sumber(db, "x")
    other_id = _new_sumber(db, "x", code="TV")
    with db.uow() as uow:
        item = uow.session.get(Referensi, record_id)
        other = uow.session.get(Referensi, other_id)
        assert str(uuid.UUID(item.uid)) == item.uid
        assert item.uid != other.uid
        assert item.created_by == "x"
        assert item.updated_by == "x"
        assert item.version == 1
        for stamp in (item.created_at, item.updated_at):
            assert stamp.tzinfo is not None
            assert stamp.utcoffset() == timedelta(0)
            assert TEST_NOW <= stamp <= pinned_now()  # the desk clock, not the wall clock


def test_update_bumps_version_and_stamps_the_editor(db):
    record_id = _new_sumber(db, "x")
    with db.uow("y") as uow:
        item = uow.session.get(Referensi, record_id)
        created_at = item.created_at
        item.name = "Radio komunitas desa"
        uow.commit()
    with db.uow() as uow:
        item = uow.session.get(Referensi, record_id)
        assert item.name == "Radio komunitas desa"
        assert item.version == 2
        assert item.created_by == "x"
        assert item.updated_by == "y"
        assert item.created_at == created_at
        assert item.updated_at >= created_at


def test_second_of_two_concurrent_saves_gets_a_conflict(db):
    stage_id = _stage_id(db)
    with db.uow("operator1") as first, db.uow("operator2") as second:
        mine = first.session.get(Tahapan, stage_id)
        theirs = second.session.get(Tahapan, stage_id)
        mine.progress = 40
        first.commit()
        theirs.progress = 70
        with pytest.raises(ConflictError) as caught:
            second.commit()
    assert "diubah oleh pengguna lain" in str(caught.value)
    with db.uow() as uow:
        stage = uow.session.get(Tahapan, stage_id)
        assert stage.progress == 40  # the first save stands; nothing silently overwritten
        assert stage.updated_by == "operator1"
        assert stage.version == 2


def test_get_with_an_old_version_is_a_conflict(db):
    stage_id = _stage_id(db)
    with db.uow("operator1") as uow:
        stage = uow.get(Tahapan, stage_id)
        loaded = stage.version
        stage.progress = 10
        uow.commit()
    with db.uow("operator2") as uow, pytest.raises(ConflictError, match="muat ulang"):
        uow.get(Tahapan, stage_id, expected_version=loaded)
    with db.uow("operator2") as uow:
        assert uow.get(Tahapan, stage_id, expected_version=loaded + 1).progress == 10


def test_get_of_archived_or_missing_record_is_not_found(db):
    stage_id = _stage_id(db)
    with db.uow("admin") as uow:
        uow.get(Tahapan, stage_id).archived = True
        uow.commit()
    with db.uow() as uow:
        with pytest.raises(NotFound, match="tidak ditemukan"):
            uow.get(Tahapan, stage_id)
        with pytest.raises(NotFound):
            uow.get(Tahapan, 999_999)


def test_leaving_a_unit_of_work_without_commit_discards_changes(db):
    stage_id = _stage_id(db)
    with db.uow("operator1") as uow:
        uow.get(Tahapan, stage_id).progress = 55
    with db.uow() as uow:
        assert uow.get(Tahapan, stage_id).progress == 0
