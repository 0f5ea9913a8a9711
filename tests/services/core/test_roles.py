"""What each role may do (SPEC 1 and 9): the services refuse what the role does not allow,
with an Indonesian message, and save nothing; the UI's tooltip says who may."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditLog, CatatanTahapan, Pemilihan, Tahapan
from app.services import registers
from app.services.core import pengaturan
from app.services.core.actor import (
    ADMINISTRATOR,
    AUDIT_LIHAT,
    EKSPOR,
    IMPOR,
    OPERATOR,
    PENGATURAN_UBAH,
    PENGGUNA_KELOLA,
    PIMPINAN,
    ROLES,
    SISTEM,
    TAHAPAN_UBAH,
    VERIFIKATOR,
    Actor,
    Forbidden,
    require,
)
from app.services.importing import engine
from app.services.tahapan import records as tahapan

EDITORS = [OPERATOR, ADMINISTRATOR]
READERS = [PIMPINAN, VERIFIKATOR]


def _actor(role: str) -> Actor:
    return Actor(f"user_{role.lower()}", role, f"Pengguna {role}")


def _stage(db, code: str = "T14") -> tahapan.TahapanRow:
    with db.uow() as uow:
        contest = uow.session.scalar(select(Pemilihan.id).where(Pemilihan.kind == "gubernur"))
        return next(r for r in tahapan.list_tahapan(uow, contest) if r.code == code)


def _audit_count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(AuditLog.id)))


def _assert_forbidden_message(error: Forbidden, role: str, allowed: str, what: str) -> None:
    message = str(error)
    assert message == f"Hanya {allowed} yang dapat {what}; peran Anda {role}."


# --- tahapan -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", EDITORS)
def test_editors_update_a_stage(db, role):
    row = _stage(db)
    with db.uow(_actor(role)) as uow:
        tahapan.update_tahapan(uow, row.id, version=row.version, actual_start=None,
                               actual_end=None, progress=35, responsible="KPU")  # fmt: skip
    after = _stage(db)
    assert (after.progress, after.responsible, after.version) == (35, "KPU", row.version + 1)


@pytest.mark.parametrize("role", READERS)
def test_readers_cannot_update_a_stage(db, role):
    row = _stage(db)
    audit_before = _audit_count(db)
    with db.uow(_actor(role)) as uow, pytest.raises(Forbidden) as caught:
        tahapan.update_tahapan(uow, row.id, version=row.version, actual_start=None,
                               actual_end=None, progress=35, responsible="KPU")  # fmt: skip
    _assert_forbidden_message(
        caught.value, role, "Administrator atau Operator", "mengubah pelaksanaan tahapan"
    )
    assert _stage(db) == row
    assert _audit_count(db) == audit_before


@pytest.mark.parametrize("role", EDITORS)
def test_editors_add_a_monitoring_note(db, role):
    row = _stage(db)
    with db.uow(_actor(role)) as uow:
        tahapan.add_catatan(uow, row.id, "Rapat pleno berjalan lancar")
    with db.uow() as uow:
        notes = tahapan.list_catatan(uow, row.id)
    assert [(n.text, n.author) for n in notes] == [
        ("Rapat pleno berjalan lancar", _actor(role).username)
    ]


@pytest.mark.parametrize("role", READERS)
def test_readers_cannot_add_a_monitoring_note(db, role):
    row = _stage(db)
    audit_before = _audit_count(db)
    with db.uow(_actor(role)) as uow, pytest.raises(Forbidden) as caught:
        tahapan.add_catatan(uow, row.id, "Catatan yang tidak boleh masuk")
    assert f"peran Anda {role}" in str(caught.value)
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count(CatatanTahapan.id))) == 0
    assert _audit_count(db) == audit_before


# --- import ------------------------------------------------------------------------------


def _schedule_file(tmp_path: Path) -> Path:
    path = tmp_path / "jadwal-tambahan.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kode", "nama", "mulai", "selesai"])
        writer.writerow(["T21", "Pelantikan", "7/2/2025", "7/2/2025"])
    return path


def _stage_count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(Tahapan.id)))


@pytest.mark.parametrize("role", EDITORS)
def test_editors_import_a_schedule(db, tmp_path, role):
    spec = registers.import_spec("tahapan")
    before = _stage_count(db)
    with db.uow(_actor(role)) as uow:
        checked = engine.preview(uow, spec, _schedule_file(tmp_path))
    with db.uow(_actor(role)) as uow:
        outcome = engine.commit(uow, spec, checked)
    assert outcome.created == 9  # one stage in each of the nine contests
    assert _stage_count(db) == before + 9


@pytest.mark.parametrize("role", READERS)
def test_readers_cannot_import(db, tmp_path, role):
    spec = registers.import_spec("tahapan")
    before, audit_before = _stage_count(db), _audit_count(db)
    with db.uow(_actor(role)) as uow:
        checked = engine.preview(uow, spec, _schedule_file(tmp_path))  # looking is harmless
    assert checked.errors == [] and len(checked.valid) == 1
    with db.uow(_actor(role)) as uow, pytest.raises(Forbidden) as caught:
        engine.commit(uow, spec, checked)
    _assert_forbidden_message(caught.value, role, "Administrator atau Operator", "mengimpor data")
    assert _stage_count(db) == before
    assert _audit_count(db) == audit_before


# --- desk settings -----------------------------------------------------------------------


@pytest.mark.parametrize("role", [OPERATOR, PIMPINAN, VERIFIKATOR])
def test_only_an_administrator_changes_desk_settings(db, role):
    audit_before = _audit_count(db)
    with db.uow(_actor(role)) as uow, pytest.raises(Forbidden) as caught:
        pengaturan.put(uow, "tahapan_risk_margin", 25.0)
    _assert_forbidden_message(caught.value, role, "Administrator", "mengubah pengaturan desk")
    with db.uow() as uow:
        assert pengaturan.get(uow, "tahapan_risk_margin") == 10.0
    assert _audit_count(db) == audit_before


def test_an_administrator_changes_desk_settings(db):
    with db.uow(_actor(ADMINISTRATOR)) as uow:
        pengaturan.put(uow, "tahapan_risk_margin", 25.0)
        uow.commit()
    with db.uow() as uow:
        assert pengaturan.get(uow, "tahapan_risk_margin") == 25.0


# --- the permission table and tooltips ----------------------------------------------------

ALLOWED = {
    OPERATOR: {TAHAPAN_UBAH, IMPOR, EKSPOR},
    VERIFIKATOR: {EKSPOR},
    PIMPINAN: {EKSPOR, AUDIT_LIHAT},
    ADMINISTRATOR: {TAHAPAN_UBAH, IMPOR, EKSPOR, PENGGUNA_KELOLA, AUDIT_LIHAT, PENGATURAN_UBAH},
}
EVERYTHING = (TAHAPAN_UBAH, IMPOR, EKSPOR, PENGGUNA_KELOLA, AUDIT_LIHAT, PENGATURAN_UBAH)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_can_exactly_its_actions(role):
    actor = _actor(role)
    assert {p for p in EVERYTHING if actor.can(p)} == ALLOWED[role]
    for permission in EVERYTHING:
        if permission in ALLOWED[role]:
            assert actor.why_not(permission) == ""
            require(actor, permission)
        else:
            with pytest.raises(Forbidden):
                require(actor, permission)


@pytest.mark.parametrize(
    ("role", "permission", "tooltip"),
    [
        (
            PIMPINAN,
            TAHAPAN_UBAH,
            "Hanya Administrator atau Operator yang dapat mengubah pelaksanaan tahapan; "
            "peran Anda Pimpinan.",
        ),
        (
            VERIFIKATOR,
            IMPOR,
            "Hanya Administrator atau Operator yang dapat mengimpor data; peran Anda Verifikator.",
        ),
        (
            OPERATOR,
            PENGATURAN_UBAH,
            "Hanya Administrator yang dapat mengubah pengaturan desk; peran Anda Operator.",
        ),
        (
            OPERATOR,
            AUDIT_LIHAT,
            "Hanya Administrator atau Pimpinan yang dapat melihat log audit; peran Anda Operator.",
        ),
    ],
)
def test_why_not_is_a_tooltip_naming_the_allowed_roles(role, permission, tooltip):
    assert _actor(role).why_not(permission) == tooltip


def test_the_system_may_do_everything():
    system = Actor("sistem")
    assert system.role == SISTEM
    assert all(system.can(p) and system.why_not(p) == "" for p in EVERYTHING)
