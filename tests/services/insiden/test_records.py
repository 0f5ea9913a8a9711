"""Recording incidents (SPEC 4 "Insiden", issue 4): numbering, validation, correcting,
reading back, who may record, and the audit trail."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.models import AuditLog, Insiden, NomorUrut, Referensi, RiwayatInsiden
from app.models.insiden import BARU, DITINDAKLANJUTI, SELESAI, TERVERIFIKASI, TIDAK_VALID
from app.services.core.actor import ADMINISTRATOR, OPERATOR, VERIFIKATOR, Forbidden
from app.services.core.clock import desk_clock
from app.services.core.errors import ConflictError, ValidationError
from app.services.desk.wilayah import normalize_tps
from app.services.insiden import records as insiden
from tests.services.insiden.helpers import (
    ACTORS,
    DESA,
    OPERATOR_ACTOR,
    PIMPINAN_ACTOR,
    VERIFIKATOR_ACTOR,
    contest,
    kategori_id,
    make_form,
    now_utc,
    pin,
    record,
    ref,
    stage,
    version,
    walk,
    wib,
    wilayah,
)


@pytest.fixture
def desk(db):
    """The seeded database with "today" pinned to 28 November 2024."""
    pin(db)
    return db


def _count(db, model) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


# --- recording and numbering -----------------------------------------------------------


def test_a_valid_form_creates_the_first_number_with_status_baru(desk):
    before = now_utc(desk)
    saved = record(desk)
    assert saved.number == "INS-2024-000001"
    with desk.uow() as uow:
        row = uow.session.get(Insiden, saved.id)
        assert row.status == BARU
        # The report time defaults to the desk clock's now.
        assert before - timedelta(seconds=5) <= row.reported_at <= before + timedelta(minutes=1)
        assert row.wilayah_code == DESA
        assert row.created_by == OPERATOR_ACTOR.username
        history = [
            (h.from_status, h.to_status, h.username, h.note)
            for h in uow.session.scalars(
                select(RiwayatInsiden).where(RiwayatInsiden.insiden_id == saved.id)
            )
        ]
    assert history == [("", BARU, OPERATOR_ACTOR.username, "Laporan dicatat")]


def test_numbers_increase_per_year_and_restart_for_another_year(desk):
    pin(desk, date(2025, 3, 1))
    numbers = [record(desk).number for _ in range(3)]
    numbers.append(record(desk, occurred_at=wib(2, month=1, year=2025)).number)
    numbers.append(record(desk).number)
    assert numbers == [
        "INS-2024-000001",
        "INS-2024-000002",
        "INS-2024-000003",
        "INS-2025-000001",
        "INS-2024-000004",
    ]


def test_the_year_of_the_number_is_the_local_wib_year(desk):
    pin(desk, date(2025, 3, 1))
    # 31 Dec 2024 20.00 UTC is already 1 Jan 2025 03.00 WIB.
    saved = record(desk, occurred_at=datetime(2024, 12, 31, 20, 0, tzinfo=UTC))
    assert saved.number == "INS-2025-000001"


def test_a_refused_save_does_not_consume_a_number(desk):
    assert record(desk).number == "INS-2024-000001"
    with pytest.raises(ValidationError), desk.uow(OPERATOR_ACTOR) as uow:
        insiden.create(uow, make_form(uow, chronology=""))
    with pytest.raises(Forbidden), desk.uow(PIMPINAN_ACTOR) as uow:
        insiden.create(uow, make_form(uow))
    assert record(desk).number == "INS-2024-000002"
    assert _count(desk, Insiden) == 2


def test_a_rolled_back_unit_of_work_gives_its_number_back(desk):
    with desk.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow)
    # A create whose transaction never commits (e.g. the PC lost its connection).
    with desk.uow(OPERATOR_ACTOR) as uow:
        uow.commit = lambda: None  # type: ignore[method-assign]
        insiden.create(uow, form)
    assert _count(desk, Insiden) == 0
    assert record(desk).number == "INS-2024-000001"


# --- validation ------------------------------------------------------------------------


def _other_stage(uow) -> int:
    return stage(uow, contest(uow, "36.01").id).id


#: Every rule of the form: (case, expected field, expected message, form overrides).
#: Callables receive the unit of work and return the value.
REFUSALS = [
    ("no time", "occurred_at", "Isi waktu kejadian.", {"occurred_at": None}),
    ("future time", "occurred_at", "Waktu kejadian tidak boleh di masa depan.",
     {"occurred_at": lambda u: desk_clock(u).now_utc() + timedelta(minutes=20)}),
    ("reported before occurred", "reported_at",
     "Waktu laporan tidak boleh sebelum waktu kejadian.",
     {"occurred_at": wib(26, 10), "reported_at": wib(26, 9)}),
    ("no wilayah", "wilayah", "Pilih wilayah kejadian: kab/kota, kecamatan, atau desa/kelurahan.",
     {"wilayah_id": None}),
    ("province wilayah", "wilayah", "Pilih wilayah kejadian",
     {"wilayah_id": lambda u: wilayah(u, "36").id}),
    ("unknown wilayah", "wilayah", "Pilih wilayah kejadian", {"wilayah_id": 999_999}),
    ("no category", "kategori", "Pilih kategori insiden.", {"kategori_id": None}),
    ("unknown category", "kategori", "Kategori insiden tidak dikenal.", {"kategori_id": 999_999}),
    ("agency as category", "kategori", "Kategori insiden tidak dikenal.",
     {"kategori_id": lambda u: ref(u, "instansi", "POLRI").id}),
    ("inactive category", "kategori",
     "Kategori 'Bencana alam' sudah tidak aktif; pilih kategori lain.",
     {"kategori_id": lambda u: kategori_id(u, "BENCANA")}),
    ("unknown source", "sumber", "Sumber laporan tidak dikenal.", {"sumber_id": 999_999}),
    ("severity 0", "severity", "Pilih tingkat keparahan 1 (Rendah) sampai 4 (Kritis).",
     {"severity": 0}),
    ("severity 5", "severity", "Pilih tingkat keparahan 1 (Rendah) sampai 4 (Kritis).",
     {"severity": 5}),
    ("empty chronology", "chronology", "Tulis kronologi kejadian.", {"chronology": ""}),
    ("blank chronology", "chronology", "Tulis kronologi kejadian.", {"chronology": "  \n "}),
    ("latitude only", "latitude", "Isi lintang dan bujur sekaligus, atau kosongkan keduanya.",
     {"latitude": -6.3}),
    ("longitude only", "latitude", "Isi lintang dan bujur sekaligus", {"longitude": 106.1}),
    ("Paris", "latitude", "Koordinat di luar wilayah Indonesia; periksa lintang dan bujur.",
     {"latitude": 48.85, "longitude": 2.35}),
    ("east of Papua", "latitude", "Koordinat di luar wilayah Indonesia",
     {"latitude": -6.3, "longitude": 160.0}),
    ("south of Java", "latitude", "Koordinat di luar wilayah Indonesia",
     {"latitude": -20.0, "longitude": 106.1}),
    ("unknown contest", "pemilihan", "Pemilihan tidak dikenal.", {"pemilihan_id": 999_999}),
    ("stage of another contest", "tahapan", "Tahapan tidak termasuk pemilihan yang dipilih.",
     {"pemilihan_id": lambda u: contest(u, "36").id, "tahapan_id": _other_stage}),
    ("unknown stage", "tahapan", "Tahapan tidak termasuk pemilihan yang dipilih.",
     {"tahapan_id": 999_999}),
    ("unknown link", "linked_to", "Insiden yang ditautkan tidak ditemukan.",
     {"linked_to_id": 999_999}),
    ("TPS abc", "tps", "Nomor TPS berupa angka 1–999, mis. 5 atau TPS 005.", {"tps": "abc"}),
    ("TPS 0", "tps", "Nomor TPS berupa angka 1–999", {"tps": "0"}),
]  # fmt: skip


def test_every_rule_refuses_with_its_message_and_field(desk):
    with desk.uow("tester") as uow:
        ref(uow, "kategori_insiden", "BENCANA").active = False
        uow.commit()
    for case, field, message, overrides in REFUSALS:
        with desk.uow(OPERATOR_ACTOR) as uow:
            values = {k: v(uow) if callable(v) else v for k, v in overrides.items()}
            with pytest.raises(ValidationError) as error:
                insiden.create(uow, make_form(uow, **values))
        assert error.value.field == field, case
        assert message in str(error.value), case
    assert _count(desk, Insiden) == 0


def test_a_report_time_in_the_future_is_refused(desk):
    future = now_utc(desk) + timedelta(days=365)
    with desk.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, reported_at=future)
        with pytest.raises(ValidationError) as error:
            insiden.create(uow, form)
    assert error.value.field == "reported_at"


def test_valid_variants_are_accepted_and_stored(desk):
    ahead = now_utc(desk) + timedelta(minutes=5)  # within the 10-minute clock tolerance
    with desk.uow() as uow:
        governor = contest(uow, "36").id
        stage_id = stage(uow, governor).id
    cases = [
        ({"occurred_at": ahead, "reported_at": ahead}, {}),
        ({"desa": "36.01"}, {"wilayah_code": "36.01"}),  # a kab/kota
        ({"desa": "36.01.01"}, {"wilayah_code": "36.01.01"}),  # a kecamatan
        ({"desa": "36.71.01.1001"}, {"wilayah_code": "36.71.01.1001"}),
        ({"severity": 1}, {"severity": 1}),
        ({"severity": 4}, {"severity": 4}),
        ({"latitude": -6.52, "longitude": 105.65}, {"latitude": -6.52, "longitude": 105.65}),
        ({"pemilihan_id": governor, "tahapan_id": stage_id},
         {"pemilihan_id": governor, "tahapan_id": stage_id}),
        ({"tps": "TPS 05", "place_detail": "  Pos ronda  ", "chronology": " Ribut \n"},
         {"tps": "005", "place_detail": "Pos ronda", "chronology": "Ribut"}),
    ]  # fmt: skip
    for overrides, stored in cases:
        saved = record(desk, **overrides)
        with desk.uow() as uow:
            row = uow.session.get(Insiden, saved.id)
            assert {k: getattr(row, k) for k in stored} == stored, overrides
            if "desa" in overrides:
                assert row.wilayah_id == wilayah(uow, overrides["desa"]).id
    assert _count(desk, Insiden) == len(cases)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("TPS 05", "005"), ("5", "005"), ("005", "005"), ("tps005", "005"), (" 12 ", "012"),
     ("TPS 999", "999"), ("", "")],
)  # fmt: skip
def test_tps_forms_are_normalised(typed, stored):
    assert normalize_tps(typed) == stored


@pytest.mark.parametrize("typed", ["abc", "0", "TPS 0", "000", "1000", "5a", "-5", "TPS"])
def test_tps_that_is_not_a_number_from_1_to_999_is_refused(typed):
    with pytest.raises(ValidationError) as error:
        normalize_tps(typed)
    assert error.value.field == "tps"
    assert "Nomor TPS berupa angka 1–999" in str(error.value)


# --- correcting ------------------------------------------------------------------------


def test_update_changes_fields_and_bumps_the_version(desk):
    saved = record(desk)
    with desk.uow(VERIFIKATOR_ACTOR) as uow:
        form = insiden.detail(uow, saved.id).form
        changed = replace(form, severity=4, tps="7", chronology="Kronologi diperbaiki.",
                          wilayah_id=wilayah(uow, "36.71.01.1001").id)  # fmt: skip
        result = insiden.update(uow, saved.id, version=1, form=changed)
    assert result.number == saved.number
    with desk.uow() as uow:
        row = uow.session.get(Insiden, saved.id)
        assert (row.severity, row.tps, row.chronology) == (4, "007", "Kronologi diperbaiki.")
        assert row.wilayah_code == "36.71.01.1001"
        assert row.version == 2
        assert row.updated_by == VERIFIKATOR_ACTOR.username


def test_update_is_validated_like_create(desk):
    saved = record(desk)
    with pytest.raises(ValidationError) as error, desk.uow(OPERATOR_ACTOR) as uow:
        form = insiden.detail(uow, saved.id).form
        insiden.update(uow, saved.id, version=1, form=replace(form, severity=9))
    assert error.value.field == "severity"
    assert version(desk, saved.id) == 1


def test_update_with_a_stale_version_is_a_conflict(desk):
    saved = record(desk)
    with desk.uow(OPERATOR_ACTOR) as uow:
        form = insiden.detail(uow, saved.id).form
        insiden.update(uow, saved.id, version=1, form=replace(form, severity=3))
    with pytest.raises(ConflictError) as error, desk.uow(VERIFIKATOR_ACTOR) as uow:
        insiden.update(uow, saved.id, version=1, form=replace(form, severity=1))
    assert "baru saja diubah oleh pengguna lain" in str(error.value)
    assert OPERATOR_ACTOR.username in str(error.value)
    with desk.uow() as uow:
        assert uow.session.get(Insiden, saved.id).severity == 3


def test_a_closed_incident_cannot_be_edited(desk):
    for path in ([TERVERIFIKASI, SELESAI], [TIDAK_VALID]):
        saved = record(desk)
        walk(desk, saved.id, *path)
        current = version(desk, saved.id)
        with pytest.raises(ValidationError) as error, desk.uow(OPERATOR_ACTOR) as uow:
            form = insiden.detail(uow, saved.id).form
            insiden.update(uow, saved.id, version=current, form=replace(form, severity=4))
        assert f"{saved.number} sudah {path[-1]}" in str(error.value)
        assert "buka kembali" in str(error.value)
        assert version(desk, saved.id) == current


def test_an_incident_in_follow_up_can_still_be_corrected(desk):
    saved = record(desk)
    walk(desk, saved.id, TERVERIFIKASI, DITINDAKLANJUTI)
    current = version(desk, saved.id)
    with desk.uow(OPERATOR_ACTOR) as uow:
        form = insiden.detail(uow, saved.id).form
        insiden.update(uow, saved.id, version=current, form=replace(form, losses="Kaca pecah"))
    with desk.uow() as uow:
        row = uow.session.get(Insiden, saved.id)
        assert (row.losses, row.status) == ("Kaca pecah", DITINDAKLANJUTI)


# --- reading back ----------------------------------------------------------------------


def test_detail_returns_the_form_label_and_history_in_order(desk):
    with desk.uow() as uow:
        governor = contest(uow, "36").id
        stage_id = stage(uow, governor).id
    saved = record(desk, tps="TPS 3", pemilihan_id=governor, tahapan_id=stage_id,
                   reported_at=wib(26, 11), latitude=-6.5, longitude=105.7,
                   parties="Dua kelompok pemuda", losses="Nihil", actions_taken="Dilerai")  # fmt: skip
    walk(desk, saved.id, TERVERIFIKASI, DITINDAKLANJUTI, SELESAI)
    with desk.uow(OPERATOR_ACTOR) as uow:
        expected = make_form(uow, tps="003", pemilihan_id=governor, tahapan_id=stage_id,
                             reported_at=wib(26, 11), latitude=-6.5, longitude=105.7,
                             parties="Dua kelompok pemuda", losses="Nihil",
                             actions_taken="Dilerai")  # fmt: skip
        shown = insiden.detail(uow, saved.id)
    assert shown.number == saved.number
    assert shown.status == SELESAI
    assert shown.version == version(desk, saved.id)
    assert shown.form == expected
    assert shown.wilayah_label == f"Sumberjaya ({DESA})"
    assert shown.escalated_to == "Polda/Polres"
    assert shown.outcome == "Sudah ditangani Polres"
    assert shown.linked_number == ""
    assert [(h.from_status, h.to_status) for h in shown.history] == [
        ("", BARU),
        (BARU, TERVERIFIKASI),
        (TERVERIFIKASI, DITINDAKLANJUTI),
        (DITINDAKLANJUTI, SELESAI),
    ]
    assert [h.username for h in shown.history] == [OPERATOR_ACTOR.username] + [
        VERIFIKATOR_ACTOR.username
    ] * 3
    times = [h.at for h in shown.history]
    assert times == sorted(times)


def test_detail_round_trips_through_update_without_changes(desk):
    saved = record(desk, reported_at=wib(26, 12))
    with desk.uow(OPERATOR_ACTOR) as uow:
        form = insiden.detail(uow, saved.id).form
        insiden.update(uow, saved.id, version=1, form=form)
    with desk.uow(OPERATOR_ACTOR) as uow:
        shown = insiden.detail(uow, saved.id)
    assert shown.form == form
    assert shown.version == 1  # nothing changed, nothing written


def test_form_choices_offer_active_lists_only(desk):
    with desk.uow("tester") as uow:
        ref(uow, "kategori_insiden", "BENCANA").active = False
        uow.commit()
    with desk.uow() as uow:
        choices = insiden.form_choices(uow)
    names = [c.name for c in choices.kategori]
    assert "Bencana alam" not in names
    assert names[0] == "Gangguan kamtibmas" and len(names) == 16
    assert "Polda/Polres" in [c.name for c in choices.instansi]
    assert "Masyarakat" in [c.name for c in choices.sumber]
    assert len(choices.pemilihan) == 9


# --- roles -----------------------------------------------------------------------------


def test_recording_roles_may_create_and_update(desk):
    for role in (OPERATOR, VERIFIKATOR, ADMINISTRATOR):
        saved = record(desk, actor=ACTORS[role])
        with desk.uow(ACTORS[role]) as uow:
            form = insiden.detail(uow, saved.id).form
            insiden.update(uow, saved.id, version=1, form=replace(form, severity=3))
        assert version(desk, saved.id) == 2, role


def test_pimpinan_may_neither_create_nor_update(desk):
    with pytest.raises(Forbidden) as error, desk.uow(PIMPINAN_ACTOR) as uow:
        insiden.create(uow, make_form(uow))
    assert "peran Anda Pimpinan" in str(error.value)
    assert _count(desk, Insiden) == 0
    saved = record(desk)
    with pytest.raises(Forbidden), desk.uow(PIMPINAN_ACTOR) as uow:
        form = insiden.detail(uow, saved.id).form  # reading is allowed
        insiden.update(uow, saved.id, version=1, form=replace(form, severity=4))
    assert version(desk, saved.id) == 1


# --- audit -----------------------------------------------------------------------------


def test_every_create_and_update_is_in_the_audit_log(desk):
    saved = record(desk)
    with desk.uow(VERIFIKATOR_ACTOR) as uow:
        form = insiden.detail(uow, saved.id).form
        insiden.update(uow, saved.id, version=1, form=replace(form, severity=4))
    with desk.uow() as uow:
        uid = uow.session.get(Insiden, saved.id).uid
        rows = [
            (r.action, r.username, r.entity, r.record_version, json.loads(r.changes))
            for r in uow.session.scalars(
                select(AuditLog).where(AuditLog.entity_uid == uid).order_by(AuditLog.id)
            )
        ]
        history_audit = uow.session.scalar(
            select(func.count(AuditLog.id)).where(AuditLog.entity == "riwayat_insiden")
        )
    assert [r[:4] for r in rows] == [
        ("create", OPERATOR_ACTOR.username, "insiden", 1),
        ("update", VERIFIKATOR_ACTOR.username, "insiden", 2),
    ]
    created = rows[0][4]
    assert created["number"] == saved.number and created["status"] == BARU
    assert rows[1][4] == {"severity": [2, 4]}
    assert history_audit == 1


# --- numbering under concurrency -------------------------------------------------------


def test_two_pcs_recording_at_once_get_distinct_consecutive_numbers(desk):
    per_thread = 10
    barrier = threading.Barrier(2)
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(actor) -> None:
        try:
            with desk.uow(actor) as uow:
                form = make_form(uow)
            barrier.wait(timeout=10)
            for _ in range(per_thread):
                with desk.uow(actor) as uow:
                    saved = insiden.create(uow, form)
                with lock:
                    numbers.append(saved.number)
        except BaseException as error:  # reported below, with the thread's traceback
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(a,)) for a in
               (OPERATOR_ACTOR, VERIFIKATOR_ACTOR)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert sorted(numbers) == [f"INS-2024-{n:06d}" for n in range(1, 2 * per_thread + 1)]
    with desk.uow() as uow:
        stored = uow.session.scalars(select(Insiden.number)).all()
        counter = uow.session.get(NomorUrut, "INS-2024").last
    assert sorted(stored) == sorted(numbers)
    assert counter == 2 * per_thread


def test_inactive_reference_rows_stay_readable(desk):
    """Deactivating a category later does not hide it on existing incidents."""
    saved = record(desk, kategori="BENCANA")
    with desk.uow("tester") as uow:
        uow.session.scalar(select(Referensi).where(Referensi.code == "BENCANA")).active = False
        uow.commit()
    with desk.uow(OPERATOR_ACTOR) as uow:
        form = insiden.detail(uow, saved.id).form
        insiden.update(uow, saved.id, version=1, form=replace(form, severity=3))
    assert version(desk, saved.id) == 2
