"""Recording outreach sessions: what the desk may enter, what is refused and why, target
groups kept and audited, archive, permissions, optimistic locking."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.models import AuditLog, Referensi
from app.services.core.actor import Forbidden
from app.services.core.errors import ConflictError, NotFound, ValidationError
from app.services.sosialisasi import records as sosialisasi
from tests.services.insiden.helpers import (
    ADMIN_ACTOR,
    OPERATOR_ACTOR,
    PIMPINAN_ACTOR,
    VERIFIKATOR_ACTOR,
    pin,
    wib,
)
from tests.services.sosialisasi.helpers import make_form, record, sasaran, version


@pytest.fixture(autouse=True)
def _today(db):
    pin(db)  # 28 November 2024


def _refused(db, field: str, **overrides) -> str:
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError) as caught:
        sosialisasi.create(uow, make_form(uow, **overrides))
    assert caught.value.field == field
    return str(caught.value)


def test_a_session_is_recorded_with_every_field_and_its_target_groups(db):
    with db.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, groups=("PEREMPUAN", "PEMILIH_PEMULA"), speakers="Ketua KPU",
                         planned_participants=120, attendance_men=50, attendance_women=61,
                         attendance_disabled=4, budget=7_500_000, notes=" Daftar hadir ada ",
                         topic="  Ayo   memilih  ")  # fmt: skip
        saved = sosialisasi.create(uow, form)
    assert saved.changes.touches(sosialisasi.SOSIALISASI)
    with db.uow() as uow:
        detail = sosialisasi.detail(uow, saved.id)
    assert detail.form.topic == "Ayo memilih"
    assert detail.form.notes == "Daftar hadir ada"
    assert (detail.form.attendance_men, detail.form.attendance_women) == (50, 61)
    assert detail.form.budget == 7_500_000
    assert detail.sasaran_names == ("Pemilih pemula", "Perempuan")
    assert "Sumberjaya" in detail.wilayah_label
    assert detail.created_by == "operator1"


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"starts_at": None}, "starts_at", "waktu mulai"),
        ({"ends_at": wib(4, 9)}, "ends_at", "sesudah waktu mulai"),
        ({"ends_at": wib(4, 10)}, "ends_at", "sesudah waktu mulai"),
        ({"ends_at": wib(12, 10)}, "ends_at", "7 hari"),
        ({"organiser": "Partai"}, "organiser", "Kesbangpol, KPU, Bawaslu, Mitra"),
        ({"topic": "   "}, "topic", "topik"),
        ({"sasaran_ids": ()}, "sasaran", "kelompok sasaran"),
        ({"attendance_men": -1}, "attendance_men", "negatif"),
        ({"planned_participants": -5}, "planned_participants", "negatif"),
        ({"budget": -1}, "budget", "negatif"),
        ({"budget": 10_000_000_001}, "budget", "10 miliar"),
        ({"attendance_men": 3, "attendance_women": 2, "attendance_disabled": 6},
         "attendance_disabled", "(6) tidak boleh melebihi jumlah hadir laki-laki dan perempuan (5)"),
        ({"attendance_disabled": 1}, "attendance_disabled", "(0)"),
        ({"wilayah_id": None}, "wilayah", "Pilih wilayah"),
        ({"jenis_kegiatan_id": None}, "jenis_kegiatan", "jenis kegiatan"),
        ({"pemilihan_id": 987654}, "pemilihan", "Pemilihan tidak dikenal"),
    ],
)  # fmt: skip
def test_mistakes_are_refused_with_the_field_named(db, overrides, field, words):
    assert words in _refused(db, field, **overrides)
    with db.uow() as uow:
        assert uow.session.scalar(select(AuditLog).where(AuditLog.entity == "sosialisasi")) is None


def test_disabled_equal_to_all_attendance_is_accepted(db):
    record(db, attendance_men=3, attendance_women=2, attendance_disabled=5)


def test_the_province_itself_is_not_a_place(db):
    assert "Pilih wilayah" in _refused(db, "wilayah", code="36")


def test_a_planned_session_has_no_attendance_yet(db):
    record(db, starts_at=wib(30, 10), ends_at=wib(30, 12), planned_participants=80)
    message = _refused(db, "attendance_men", starts_at=wib(30, 10), ends_at=wib(30, 12),
                       attendance_men=10)  # fmt: skip
    assert "setelah kegiatan dimulai" in message


def test_a_deactivated_target_group_is_refused_for_new_choices_but_kept_on_edit(db):
    session_id = record(db, groups=("ASN", "PEREMPUAN"))
    with db.uow("tester") as uow:
        group = uow.session.scalar(select(Referensi).where(Referensi.code == "ASN"))
        group.active = False
        uow.commit()
    assert "sudah tidak aktif" in _refused(db, "sasaran", groups=("ASN",))
    with db.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, groups=("ASN", "PEREMPUAN"), topic="Diubah")
        sosialisasi.update(uow, session_id, version=version(db, session_id), form=form)
    with db.uow() as uow:
        assert sosialisasi.detail(uow, session_id).sasaran_names == ("Perempuan", "ASN")


def _audit(db) -> list[tuple[str, dict]]:
    with db.uow() as uow:
        rows = uow.session.scalars(
            select(AuditLog).where(AuditLog.entity == "sosialisasi").order_by(AuditLog.id)
        )
        return [(r.action, json.loads(r.changes)) for r in rows]


def test_target_group_changes_are_audited_and_bump_the_version(db):
    session_id = record(db, groups=("PEMILIH_PEMULA",))
    before = version(db, session_id)
    with db.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, groups=("PEMILIH_PEMULA", "DISABILITAS"))
        sosialisasi.update(uow, session_id, version=before, form=form)
    assert version(db, session_id) == before + 1
    entries = _audit(db)
    assert entries[0][0] == "create" and entries[0][1]["topic"] == "Ayo memilih"
    assert entries[1] == ("create", {"kelompok_sasaran": "Pemilih pemula"})
    assert entries[-1] == (
        "update",
        {"kelompok_sasaran": ["Pemilih pemula", "Pemilih pemula, Penyandang disabilitas"]},
    )
    with db.uow(OPERATOR_ACTOR) as uow:  # saving the same again changes nothing
        form = make_form(uow, groups=("DISABILITAS", "PEMILIH_PEMULA"))
        sosialisasi.update(uow, session_id, version=before + 1, form=form)
    assert version(db, session_id) == before + 1
    assert len(_audit(db)) == len(entries)


def test_field_edits_are_audited_field_by_field(db):
    session_id = record(db, attendance_men=10, attendance_women=10)
    with db.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, attendance_men=12, attendance_women=10)
        sosialisasi.update(uow, session_id, version=version(db, session_id), form=form)
    assert _audit(db)[-1] == ("update", {"attendance_men": [10, 12]})


def test_a_stale_edit_is_refused_as_a_conflict(db):
    session_id = record(db)
    stale = version(db, session_id)
    with db.uow(ADMIN_ACTOR) as uow:
        sosialisasi.update(uow, session_id, version=stale, form=make_form(uow, topic="Admin"))
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ConflictError) as caught:
        sosialisasi.update(uow, session_id, version=stale, form=make_form(uow, topic="Saya"))
    assert "admin1" in str(caught.value)


def test_archived_sessions_leave_the_register_and_cannot_be_edited(db):
    session_id = record(db)
    with db.uow(OPERATOR_ACTOR) as uow:
        sosialisasi.archive(uow, session_id, version=version(db, session_id))
    assert _audit(db)[-1] == ("archive", {"archived": [False, True]})
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(NotFound):
        sosialisasi.update(uow, session_id, version=version(db, session_id), form=make_form(uow))


@pytest.mark.parametrize("actor", [VERIFIKATOR_ACTOR, PIMPINAN_ACTOR])
def test_only_operators_and_administrators_record_sessions(db, actor):
    with db.uow(actor) as uow, pytest.raises(Forbidden) as caught:
        sosialisasi.create(uow, make_form(uow))
    assert "Administrator atau Operator" in str(caught.value)
    session_id = record(db)
    with db.uow(actor) as uow, pytest.raises(Forbidden):
        sosialisasi.archive(uow, session_id, version=version(db, session_id))


def test_form_choices_offer_the_seeded_lists(db):
    with db.uow() as uow:
        choices = sosialisasi.form_choices(uow)
    names = [c.name for c in choices.kelompok_sasaran]
    assert names[:3] == ["Pemilih pemula", "Perempuan", "Penyandang disabilitas"]
    assert len(names) == 9
    assert "Simulasi pemungutan suara" in [c.name for c in choices.jenis_kegiatan]
    assert len(choices.pemilihan) == 9
    assert choices.organisers == ("Kesbangpol", "KPU", "Bawaslu", "Mitra")


def test_unknown_target_group_is_refused(db):
    with db.uow(OPERATOR_ACTOR) as uow:
        wrong_kind = sasaran(uow, "PEREMPUAN")[0] + 1000
        form = replace(make_form(uow), sasaran_ids=(wrong_kind,))
        with pytest.raises(ValidationError) as caught:
            sosialisasi.create(uow, form)
    assert caught.value.field == "sasaran"
