"""The audit trail (SPEC 9): every change attributable to a person, field by field, and a
log that nobody (not the app, not SQL) can rewrite, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from app.models import AuditLog, CatatanTahapan, Pemilihan, Tahapan
from app.services import registers
from app.services.admin import auth
from app.services.core import audit, pengaturan
from app.services.core.actor import ADMINISTRATOR, OPERATOR, Actor
from app.services.core.errors import DomainError
from app.services.importing import engine
from app.services.tahapan import records as tahapan
from tests.desk_time import pin_day

OPERATOR1 = Actor("operator1", OPERATOR, "Siti Operator")
ADMIN = Actor("admin", ADMINISTRATOR, "Admin Desk")
ADMIN_PW = "Rahasia-Admin-2024"
USER_PW = "Sandi-Operator-1"


def _last_id(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.max(AuditLog.id))) or 0


def _rows(db, after: int = 0, **where) -> list[AuditLog]:
    with db.uow() as uow:
        query = select(AuditLog).where(AuditLog.id > after).order_by(AuditLog.id)
        for key, value in where.items():
            query = query.where(getattr(AuditLog, key) == value)
        rows = uow.session.scalars(query).all()
        uow.session.expunge_all()
    return list(rows)


def _stage(db, code: str = "T14") -> Tahapan:
    with db.uow() as uow:
        contest = uow.session.scalar(select(Pemilihan.id).where(Pemilihan.kind == "gubernur"))
        stage = uow.session.scalar(
            select(Tahapan).where(Tahapan.pemilihan_id == contest, Tahapan.code == code)
        )
        uow.session.expunge(stage)
    return stage


def _pin_today(db, day: date) -> None:
    pin_day(day)


def _update_stage(db, actor: Actor, stage: Tahapan, **values) -> None:
    values = {"actual_start": None, "actual_end": None, "progress": 0} | values
    with db.uow(actor) as uow:
        tahapan.update_tahapan(uow, stage.id, version=stage.version, **values)


def _users(db) -> None:
    with db.uow() as uow:
        auth.create_first_admin(uow, username="admin", full_name="Admin Desk",
                                password=ADMIN_PW, confirm=ADMIN_PW)  # fmt: skip
    with db.uow(ADMIN) as uow:
        auth.create_user(uow, username="operator1", full_name="Siti Operator", role=OPERATOR,
                         password=USER_PW)  # fmt: skip


# --- record changes, captured centrally --------------------------------------------------


def test_a_stage_update_writes_one_row_with_only_the_changed_fields(db):
    _pin_today(db, date(2024, 10, 1))
    stage = _stage(db)
    start = _last_id(db)
    _update_stage(db, OPERATOR1, stage, actual_start=date(2024, 9, 25), progress=40,
                  responsible=" KPU Provinsi ", notes="")  # fmt: skip
    new = _rows(db, after=start)
    assert len(new) == 1
    (row,) = new
    assert (row.action, row.username, row.entity, row.entity_uid) == (
        "update",
        "operator1",
        "tahapan",
        stage.uid,
    )
    assert row.record_version == stage.version + 1 == _stage(db).version
    assert json.loads(row.changes) == {
        "actual_start": [None, "2024-09-25"],
        "progress": [0, 40],
        "responsible": ["", "KPU Provinsi"],
    }
    assert row.at.tzinfo is not None


def test_a_save_that_changes_nothing_writes_nothing(db):
    stage = _stage(db)
    start = _last_id(db)
    _update_stage(db, OPERATOR1, stage, progress=stage.progress, notes=stage.notes,
                  responsible=stage.responsible)  # fmt: skip
    assert _rows(db, after=start) == []


def test_each_save_is_recorded_by_whoever_made_it(db):
    stage = _stage(db)
    _update_stage(db, OPERATOR1, stage, progress=10)
    _update_stage(db, Actor("budi", OPERATOR), _stage(db), progress=20)
    rows = _rows(db, entity_uid=stage.uid, action="update")
    assert [(r.username, r.record_version, json.loads(r.changes)) for r in rows] == [
        ("operator1", stage.version + 1, {"progress": [0, 10]}),
        ("budi", stage.version + 2, {"progress": [10, 20]}),
    ]


def test_a_new_record_writes_a_create_row(db):
    stage = _stage(db)
    start = _last_id(db)
    with db.uow(OPERATOR1) as uow:
        tahapan.add_catatan(uow, stage.id, "Rapat koordinasi KPU")
    (row,) = _rows(db, after=start)
    with db.uow() as uow:
        note_uid = uow.session.scalar(select(CatatanTahapan.uid))
    assert (row.action, row.username, row.entity, row.entity_uid, row.record_version) == (
        "create",
        "operator1",
        "catatan_tahapan",
        note_uid,
        1,
    )
    values = json.loads(row.changes)
    assert values["text"] == "Rapat koordinasi KPU"
    assert values["author"] == "operator1"
    assert values["tahapan_id"] == stage.id
    assert not {"id", "uid", "version", "created_at", "updated_at"} & values.keys()
    # A note does not change its stage, so the stage gets no row.
    assert _rows(db, after=start, entity_uid=stage.uid) == []


def test_archiving_writes_an_archive_row_and_restoring_a_restore_row(db):
    stage = _stage(db)
    with db.uow(OPERATOR1) as uow:
        tahapan.add_catatan(uow, stage.id, "Catatan keliru")
    for archived in (True, False):
        with db.uow(Actor("verif", "Verifikator")) as uow:
            note = uow.session.scalar(select(CatatanTahapan))
            note.archived = archived
            uow.commit()
    rows = _rows(db, entity="catatan_tahapan")
    assert [(r.action, r.username, r.record_version) for r in rows] == [
        ("create", "operator1", 1),
        ("archive", "verif", 2),
        ("restore", "verif", 3),
    ]
    assert json.loads(rows[1].changes) == {"archived": [False, True]}


def test_a_password_change_is_an_update_with_masked_values(db):
    _users(db)
    with db.uow() as uow:
        operator = auth.login(uow, "operator1", USER_PW)
    with db.uow(operator) as uow:
        auth.change_password(uow, old=USER_PW, new="Sandi-Baru-2024", confirm="Sandi-Baru-2024")
    with db.uow() as uow:
        user_uid = uow.session.scalar(
            select(AuditLog.entity_uid).where(
                AuditLog.action == "create",
                AuditLog.entity == "pengguna",
                AuditLog.username == "admin",
            )  # fmt: skip
        )
    (row,) = [r for r in _rows(db, entity="pengguna", action="update") if r.username == "operator1"]
    assert row.entity_uid == user_uid
    changes = json.loads(row.changes)
    assert changes["password_hash"] == ["***", "***"]
    assert changes.get("must_change_password") == [True, False]
    assert "kata sandi: *** → ***" in audit.describe_changes(row.changes)
    # The creation of the account masks the hash too.
    created = _rows(db, entity="pengguna", action="create")
    assert {json.loads(r.changes)["password_hash"] for r in created} == {"***"}
    everything = " ".join(r.changes + r.note for r in _rows(db))
    assert "$argon2" not in everything
    assert USER_PW not in everything and "Sandi-Baru-2024" not in everything


def test_login_and_failed_login_are_recorded(db):
    _users(db)
    with db.uow() as uow:
        auth.login(uow, "Operator1", USER_PW)
    for name, password in (("operator1", "salah-sekali"), ("  Penyusup ", USER_PW)):
        with db.uow() as uow, pytest.raises(DomainError):
            auth.login(uow, name, password)
    logins = _rows(db, action="login")
    assert [(r.username, r.entity) for r in logins] == [("operator1", "pengguna")]
    assert logins[0].entity_uid
    failed = _rows(db, action="login_failed")
    assert [r.username for r in failed] == ["operator1", "penyusup"]


def test_a_failed_login_on_a_locked_account_says_so_in_the_log(db):
    _users(db)
    for _ in range(auth.MAX_FAILED + 1):
        with db.uow() as uow, pytest.raises(DomainError):
            auth.login(uow, "operator1", "salah-sekali")
    failed = _rows(db, action="login_failed")
    assert len(failed) == auth.MAX_FAILED + 1
    assert failed[-1].note == "akun terkunci"
    assert all(r.note == "" for r in failed[:-1])


def test_an_import_records_the_file_name_and_its_sha256(db, tmp_path: Path):
    path = tmp_path / "jadwal-kpu.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kode", "nama", "mulai", "selesai"])
        writer.writerow(["T21", "Pelantikan", "7/2/2025", "7/2/2025"])
        writer.writerow(["T21x", "", "7/2/2025", "7/2/2025"])  # no name: rejected
    spec = registers.import_spec("tahapan")
    start = _last_id(db)
    with db.uow(OPERATOR1) as uow:
        checked = engine.preview(uow, spec, path)
    with db.uow(OPERATOR1) as uow:
        engine.commit(uow, spec, checked)
    (row,) = _rows(db, after=start, action="import")
    assert (row.username, row.entity, row.note) == ("operator1", "tahapan", "jadwal-kpu.csv")
    details = json.loads(row.changes)
    assert details["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (details["baris_valid"], details["baris_ditolak"], details["baru"]) == (1, 1, 9)
    # Each stage it created has its own create row by the same person.
    created = _rows(db, after=start, action="create", entity="tahapan")
    assert len(created) == 9 and {r.username for r in created} == {"operator1"}


def test_a_settings_change_records_before_and_after(db):
    start = _last_id(db)
    for minutes in (30, 45, 45):
        with db.uow(ADMIN) as uow:
            pengaturan.put(uow, "lockout_minutes", minutes)
            uow.commit()
    rows = _rows(db, after=start, action="settings")
    assert [(r.username, r.entity, json.loads(r.changes)) for r in rows] == [
        ("admin", "pengaturan", {"lockout_minutes": ["", "30"]}),
        ("admin", "pengaturan", {"lockout_minutes": ["30", "45"]}),
    ]  # saving the same value again is not a change


def test_a_settings_change_that_is_not_committed_leaves_no_row(db):
    start = _last_id(db)
    with db.uow(ADMIN) as uow:
        pengaturan.put(uow, "lockout_minutes", 30)
    assert _rows(db, after=start) == []


# --- append-only -------------------------------------------------------------------------


def _some_audit_rows(db) -> list[AuditLog]:
    _update_stage(db, OPERATOR1, _stage(db), progress=10)
    rows = _rows(db)
    assert rows
    return rows


def _snapshot(rows: list[AuditLog]) -> list[tuple]:
    return [(r.id, r.username, r.action, r.changes, r.note, r.record_version) for r in rows]


@pytest.mark.parametrize(
    "tamper",
    [
        lambda session, row: setattr(row, "note", "disunting"),
        lambda session, row: setattr(row, "username", "orang_lain"),
        lambda session, row: session.delete(row),
    ],
    ids=["edit-note", "edit-username", "delete"],
)
def test_the_app_cannot_alter_the_audit_log(db, tamper):
    original = _snapshot(_some_audit_rows(db))
    with db.uow(ADMIN) as uow:
        row = uow.session.scalars(select(AuditLog).order_by(AuditLog.id)).first()
        tamper(uow.session, row)
        with pytest.raises(DomainError, match="hanya dapat ditambah"):
            uow.commit()
    assert _snapshot(_rows(db)) == original


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET note = 'disunting'",
        "UPDATE audit_log SET username = 'orang_lain' WHERE id = (SELECT MIN(id) FROM audit_log)",
        "DELETE FROM audit_log",
        "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
    ],
)
def test_the_database_refuses_sql_that_rewrites_the_audit_log(db, statement):
    original = _snapshot(_some_audit_rows(db))
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
        connection.execute(text(statement))
    assert _snapshot(_rows(db)) == original


@pytest.mark.parametrize(
    "statement",
    [update(AuditLog).values(note="disunting"), delete(AuditLog)],
    ids=["bulk-update", "bulk-delete"],
)
def test_orm_bulk_statements_are_refused_too(db, statement):
    original = _snapshot(_some_audit_rows(db))
    with db.uow(ADMIN) as uow, pytest.raises(DBAPIError, match="append-only"):
        uow.session.execute(statement)
        uow.commit()
    assert _snapshot(_rows(db)) == original


def test_truncate_is_refused_on_postgresql(db):
    if db.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE")
    original = _snapshot(_some_audit_rows(db))
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_log"))
    assert _snapshot(_rows(db)) == original


def test_new_rows_can_still_be_added_after_a_refusal(db):
    _some_audit_rows(db)
    with pytest.raises(DBAPIError), db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log"))
    count = len(_rows(db))
    _update_stage(db, OPERATOR1, _stage(db), progress=20)
    assert len(_rows(db)) == count + 1


# --- readable text -----------------------------------------------------------------------


def test_describe_changes_is_readable_indonesian():
    changes = json.dumps(
        {
            "progress": [10, 77],
            "actual_start": [None, "2024-11-24"],
            "responsible": ["KPU", ""],
            "archived": [False, True],
            "kolom_baru": [1, 2],
        }
    )
    assert audit.describe_changes(changes) == (
        "progres: 10 → 77; mulai aktual: – → 2024-11-24; penanggung jawab: KPU → –; "
        "diarsipkan: False → True; kolom_baru: 1 → 2"
    )
    assert audit.describe_changes(json.dumps({"sha256": "ab12"})) == "sha256: ab12"
    assert audit.describe_changes("") == ""
    assert audit.describe_changes("bukan json") == "bukan json"


def test_describe_changes_of_a_real_update(db):
    _pin_today(db, date(2024, 10, 1))
    stage = _stage(db)
    _update_stage(db, OPERATOR1, stage, actual_start=date(2024, 9, 25), progress=77)
    (row,) = _rows(db, action="update", entity_uid=stage.uid)
    assert audit.describe_changes(row.changes) == "mulai aktual: – → 2024-09-25; progres: 0 → 77"
    with db.uow() as uow:
        since = audit.changes_since(uow.session, stage.uid, stage.version)
    assert since == "• operator1: mulai aktual: – → 2024-09-25; progres: 0 → 77"
