"""Optimistic locking (SPEC 10): when two operators edit the same record, the second save
is refused with a clear Indonesian message saying who changed what, and nothing is
overwritten silently. Includes a race between two real connections, on both backends."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.models import AuditLog, Pemilihan, Tahapan
from app.services.admin import auth
from app.services.core.actor import ADMINISTRATOR, OPERATOR, Actor
from app.services.core.errors import ConflictError
from app.services.core.uow import CONFLICT_MESSAGE
from app.services.tahapan import records as tahapan
from tests.desk_time import pin_day

BUDI = Actor("budi", OPERATOR, "Budi Santoso")
SITI = Actor("siti", OPERATOR, "Siti Aminah")
#: Generous bound for a test that must never hang; a normal run takes well under a second.
TIMEOUT = 30


def _contest(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(Pemilihan.id).where(Pemilihan.kind == "gubernur"))


def _row(db, code: str = "T14") -> tahapan.TahapanRow:
    with db.uow() as uow:
        return next(r for r in tahapan.list_tahapan(uow, _contest(db)) if r.code == code)


def _update_rows(db, uid: str) -> list[tuple[str, int, dict]]:
    with db.uow() as uow:
        rows = uow.session.scalars(
            select(AuditLog)
            .where(AuditLog.entity_uid == uid, AuditLog.action == "update")
            .order_by(AuditLog.id)
        ).all()
        return [(r.username, r.record_version, json.loads(r.changes)) for r in rows]


def _uid(db, stage_id: int) -> str:
    with db.uow() as uow:
        return uow.session.get(Tahapan, stage_id).uid


def _save(uow, row: tahapan.TahapanRow, **values):
    values = {"actual_start": None, "actual_end": None, "progress": row.progress} | values
    return tahapan.update_tahapan(uow, row.id, version=row.version, **values)


@pytest.fixture
def pinned(db):
    pin_day(date(2024, 10, 1))
    return db


# --- the second save is refused, saying who changed what ---------------------------------


def test_the_second_save_is_refused_with_who_changed_what(pinned):
    db = pinned
    # Both operators open the same stage's form: they see the same version.
    budi_form, siti_form = _row(db), _row(db)
    assert budi_form.version == siti_form.version

    with db.uow(BUDI) as uow:
        _save(uow, budi_form, actual_start=date(2024, 9, 25), progress=77)
    with db.uow(SITI) as uow, pytest.raises(ConflictError) as caught:
        _save(uow, siti_form, progress=50, notes="versi Siti")

    message = str(caught.value)
    assert message.startswith(CONFLICT_MESSAGE)
    assert "budi" in message
    assert "progres: 0 → 77" in message
    assert "mulai aktual: – → 2024-09-25" in message
    # Nothing of Siti's is saved; Budi's save stands.
    after = _row(db)
    assert (after.progress, after.actual_start, after.notes) == (77, date(2024, 9, 25), "")
    assert after.version == budi_form.version + 1
    assert [u for u, _v, _c in _update_rows(db, _uid(db, after.id))] == ["budi"]


def test_the_message_lists_every_save_that_was_missed(pinned):
    db = pinned
    stale = _row(db)
    with db.uow(BUDI) as uow:
        _save(uow, stale, progress=30)
    with db.uow(Actor("andi", ADMINISTRATOR)) as uow:
        _save(uow, _row(db), progress=30, responsible="KPU Banten")
    with db.uow(SITI) as uow, pytest.raises(ConflictError) as caught:
        _save(uow, stale, progress=99)
    lines = str(caught.value).splitlines()
    assert "• budi: progres: 0 → 30" in lines
    assert "• andi: penanggung jawab: – → KPU Banten" in lines
    assert _row(db).progress == 30


def test_after_reloading_the_second_operator_can_save(pinned):
    db = pinned
    stale = _row(db)
    with db.uow(BUDI) as uow:
        _save(uow, stale, progress=77)
    with db.uow(SITI) as uow, pytest.raises(ConflictError):
        _save(uow, stale, progress=80)
    with db.uow(SITI) as uow:
        _save(uow, _row(db), progress=80)
    assert _row(db).progress == 80
    assert [(u, c) for u, _v, c in _update_rows(db, _uid(db, stale.id))] == [
        ("budi", {"progress": [0, 77]}),
        ("siti", {"progress": [77, 80]}),
    ]


def test_two_open_units_of_work_never_lose_an_update(pinned):
    """Both sessions hold the record in memory when the first one saves."""
    db = pinned
    with db.uow(BUDI) as budi, db.uow(SITI) as siti:
        budi_stage = budi.get(Tahapan, _row(db).id)
        siti_stage = siti.get(Tahapan, budi_stage.id)
        version = siti_stage.version
        assert budi_stage.version == version
        _save(budi, _row(db), progress=77)
        with pytest.raises(ConflictError, match="diubah oleh pengguna lain"):
            siti_stage.progress = 50
            siti.commit()
    after = _row(db)
    assert (after.progress, after.version) == (77, version + 1)


def test_a_conflict_found_at_commit_still_says_who_changed_what(pinned):
    db = pinned
    form = _row(db)
    with db.uow(BUDI) as budi, db.uow(SITI) as siti:
        held = siti.get(Tahapan, form.id)  # Siti's unit of work has the stage in hand
        assert held.version == form.version
        _save(budi, form, progress=77)
        with pytest.raises(ConflictError) as caught:
            _save(siti, form, progress=50)
    assert _row(db).progress == 77
    assert "budi" in str(caught.value)
    assert "progres: 0 → 77" in str(caught.value)


def test_user_records_are_locked_too(db):
    with db.uow() as uow:
        auth.create_first_admin(uow, username="admin", full_name="", password="Rahasia-Admin-1",
                                confirm="Rahasia-Admin-1")  # fmt: skip
    admin = Actor("admin", ADMINISTRATOR)
    with db.uow(admin) as uow:
        auth.create_user(uow, username="operator1", full_name="", role=OPERATOR,
                         password="Sandi-Operator-1")  # fmt: skip
    with db.uow(admin) as uow:
        form = next(u for u in auth.list_users(uow) if u.username == "operator1")
    with db.uow(admin) as uow:
        auth.update_user(uow, form.id, version=form.version, full_name="Nama Pertama",
                         role=OPERATOR, active=True)  # fmt: skip
    with db.uow(admin) as uow, pytest.raises(ConflictError) as caught:
        auth.update_user(uow, form.id, version=form.version, full_name="Nama Kedua",
                         role=OPERATOR, active=True)  # fmt: skip
    assert "nama lengkap: – → Nama Pertama" in str(caught.value)
    with db.uow(admin) as uow:
        after = next(u for u in auth.list_users(uow) if u.username == "operator1")
    assert after.full_name == "Nama Pertama"


# --- a real race: two connections, two threads -------------------------------------------


def _is_lock_error(error: OperationalError) -> bool:
    text = str(error.orig or error).lower()
    return "database is locked" in text or "database table is locked" in text


def _race(db, stage_id: int, version: int, wishes: dict[str, int]) -> dict[str, object]:
    """Each user, in their own thread and connection, loads the stage at ``version``, waits
    for the other, then saves. Returns each user's outcome."""
    barrier = threading.Barrier(len(wishes), timeout=TIMEOUT)
    outcomes: dict[str, object] = {}

    def work(name: str, progress: int) -> None:
        try:
            with db.uow(Actor(name, OPERATOR)) as uow:
                stage = uow.get(Tahapan, stage_id, expected_version=version)
                uow.session.connection()  # each holds its own connection before the race
                barrier.wait()
                stage.progress = progress
                uow.commit()
            outcomes[name] = "saved"
        except ConflictError as error:
            outcomes[name] = ("refused", str(error))
        except OperationalError as error:
            if not _is_lock_error(error):
                outcomes[name] = error
                return
            outcomes[name] = ("refused", "database is locked")  # SQLite: a refusal too
        except BaseException as error:  # reported by the main thread
            barrier.abort()
            outcomes[name] = error

    threads = [
        threading.Thread(target=work, args=(name, progress), name=f"race-{name}", daemon=True)
        for name, progress in wishes.items()
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
    assert not any(t.is_alive() for t in threads), "a saving thread hung"
    return outcomes


@pytest.mark.parametrize("attempt", range(3))
def test_two_connections_saving_at_once_one_wins_one_is_refused(db, attempt):
    start = _row(db)
    wishes = {"budi": 41 + attempt, "siti": 77 + attempt}
    outcomes = _race(db, start.id, start.version, wishes)

    assert set(outcomes) == set(wishes)
    for name, outcome in outcomes.items():
        assert outcome == "saved" or (isinstance(outcome, tuple) and outcome[0] == "refused"), (
            f"{name}: {outcome!r}"
        )
    winners = [name for name, outcome in outcomes.items() if outcome == "saved"]
    assert len(winners) == 1, outcomes
    (winner,) = winners
    (loser,) = set(wishes) - {winner}
    refusal = outcomes[loser][1]
    assert refusal.startswith(CONFLICT_MESSAGE) or refusal == "database is locked"

    after = _row(db)
    assert after.progress == wishes[winner]
    assert after.version == start.version + 1
    assert _update_rows(db, _uid(db, start.id)) == [
        (winner, start.version + 1, {"progress": [start.progress, wishes[winner]]})
    ]
