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
from app.services import insiden
from app.services.actor import ADMINISTRATOR, OPERATOR, VERIFIKATOR, Forbidden
from app.services.errors import ConflictError, ValidationError
from app.services.insiden import normalize_tps
from tests.services.insiden_helpers import (
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
    saved = record(desk)
    assert saved.number == "INS-2024-000001"
    with desk.uow() as uow:
        row = uow.session.get(Insiden, saved.id)
        assert row.status == BARU
        assert row.wilayah_code == DESA
        assert row.created_by == OPERATOR_ACTOR.username
        history = [
            (h.from_status, h.to_status, h.username, h.note)
            for h in uow.session.scalars(
                select(RiwayatInsiden).where(RiwayatInsiden.insiden_id == saved.id)
            )
        ]
    assert history == [("", BARU, OPERATOR_ACTOR.username, "Laporan dicatat")]


def test_reported_at_defaults_to_now(desk):
    before = now_utc(desk)
    saved = record(desk)
    with desk.uow() as uow:
        reported = uow.session.get(Insiden, saved.id).reported_at
    assert before - timedelta(seconds=5) <= reported <= now_utc(desk) + timedelta(seconds=5)


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


def _refused(db, field: str, message: str, **overrides) -> None:
    with db.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, **{k: v(uow) if callable(v) else v for k, v in overrides.items()})
        with pytest.raises(ValidationError) as error:
            insiden.create(uow, form)
    assert error.value.field == field
    assert message in str(error.value)
    assert _count(db, Insiden) == 0


def test_time_of_occurrence_is_required(desk):
    _refused(desk, "occurred_at", "Isi waktu kejadian.", occurred_at=None)


def test_a_time_in_the_future_beyond_the_tolerance_is_refused(desk):
    future = now_utc(desk) + timedelta(minutes=20)
    _refused(desk, "occurred_at", "tidak boleh di masa depan", occurred_at=future)


def test_a_few_minutes_ahead_is_tolerated(desk):
    ahead = now_utc(desk) + timedelta(minutes=5)
    saved = record(desk, occurred_at=ahead, reported_at=ahead)
    assert saved.number == "INS-2024-000001"


def test_reported_before_occurred_is_refused(desk):
    _refused(
        desk,
        "reported_at",
        "Waktu laporan tidak boleh sebelum waktu kejadian.",
        occurred_at=wib(26, 10),
        reported_at=wib(26, 9),
    )


@pytest.mark.xfail(
    strict=True,
    reason="BUG: app/services/insiden.py:115-121 checks only the time of occurrence against "
    "the clock; a report time years in the future (a typo such as 2042) is accepted.",
)
def test_a_report_time_in_the_future_is_refused(desk):
    future = now_utc(desk) + timedelta(days=365)
    with desk.uow(OPERATOR_ACTOR) as uow:
        form = make_form(uow, reported_at=future)
        with pytest.raises(ValidationError) as error:
            insiden.create(uow, form)
    assert error.value.field == "reported_at"


def test_a_wilayah_is_required(desk):
    _refused(desk, "wilayah", "Pilih wilayah kejadian", wilayah_id=None)


def test_a_province_level_wilayah_is_refused(desk):
    _refused(desk, "wilayah", "Pilih wilayah kejadian", wilayah_id=lambda u: wilayah(u, "36").id)


def test_an_unknown_wilayah_is_refused(desk):
    _refused(desk, "wilayah", "Pilih wilayah kejadian", wilayah_id=999_999)


@pytest.mark.parametrize("code", ["36.01", "36.01.01"])
def test_kabkota_and_kecamatan_are_accepted(desk, code):
    saved = record(desk, desa=code)
    with desk.uow() as uow:
        assert uow.session.get(Insiden, saved.id).wilayah_code == code


def test_a_category_is_required(desk):
    _refused(desk, "kategori", "Pilih kategori insiden.", kategori_id=None)


def test_an_unknown_category_is_refused(desk):
    _refused(desk, "kategori", "Kategori insiden tidak dikenal.", kategori_id=999_999)


def test_a_reference_of_another_list_is_not_a_category(desk):
    _refused(
        desk,
        "kategori",
        "Kategori insiden tidak dikenal.",
        kategori_id=lambda u: ref(u, "instansi", "POLRI").id,
    )


def test_an_inactive_category_is_refused_for_a_new_incident(desk):
    with desk.uow("tester") as uow:
        ref(uow, "kategori_insiden", "BENCANA").active = False
        uow.commit()
    _refused(
        desk,
        "kategori",
        "Kategori 'Bencana alam' sudah tidak aktif",
        kategori_id=lambda u: kategori_id(u, "BENCANA"),
    )


def test_an_unknown_source_is_refused(desk):
    _refused(desk, "sumber", "Sumber laporan tidak dikenal.", sumber_id=999_999)


@pytest.mark.parametrize("severity", [0, 5, -1])
def test_severity_outside_one_to_four_is_refused(desk, severity):
    _refused(desk, "severity", "Pilih tingkat keparahan 1 (Rendah) sampai 4 (Kritis).",
             severity=severity)  # fmt: skip


def test_every_severity_one_to_four_is_accepted(desk):
    for severity in (1, 2, 3, 4):
        record(desk, severity=severity)
    assert _count(desk, Insiden) == 4


@pytest.mark.parametrize("text", ["", "   \n "])
def test_an_empty_chronology_is_refused(desk, text):
    _refused(desk, "chronology", "Tulis kronologi kejadian.", chronology=text)


@pytest.mark.parametrize(("lat", "lon"), [(-6.3, None), (None, 106.1)])
def test_only_one_coordinate_is_refused(desk, lat, lon):
    _refused(desk, "latitude", "Isi lintang dan bujur sekaligus", latitude=lat, longitude=lon)


@pytest.mark.parametrize(("lat", "lon"), [(48.85, 2.35), (-6.3, 160.0), (-20.0, 106.1)])
def test_coordinates_outside_indonesia_are_refused(desk, lat, lon):
    _refused(desk, "latitude", "Koordinat di luar wilayah Indonesia", latitude=lat, longitude=lon)


def test_coordinates_in_banten_are_kept(desk):
    saved = record(desk, latitude=-6.52, longitude=105.65)
    with desk.uow() as uow:
        row = uow.session.get(Insiden, saved.id)
        assert (row.latitude, row.longitude) == (-6.52, 105.65)


def test_an_unknown_contest_is_refused(desk):
    _refused(desk, "pemilihan", "Pemilihan tidak dikenal.", pemilihan_id=999_999)


def test_a_stage_of_another_contest_is_refused(desk):
    def other_stage(uow):
        return stage(uow, contest(uow, "36.01").id).id

    _refused(
        desk,
        "tahapan",
        "Tahapan tidak termasuk pemilihan yang dipilih.",
        pemilihan_id=lambda u: contest(u, "36").id,
        tahapan_id=other_stage,
    )


def test_a_stage_of_the_chosen_contest_is_accepted(desk):
    with desk.uow() as uow:
        governor = contest(uow, "36").id
        stage_id = stage(uow, governor).id
    saved = record(desk, pemilihan_id=governor, tahapan_id=stage_id)
    with desk.uow() as uow:
        row = uow.session.get(Insiden, saved.id)
        assert (row.pemilihan_id, row.tahapan_id) == (governor, stage_id)


def test_a_link_to_an_unknown_incident_is_refused(desk):
    _refused(desk, "linked_to", "Insiden yang ditautkan tidak ditemukan.", linked_to_id=999_999)


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


def test_tps_is_stored_normalised_and_refused_when_invalid(desk):
    saved = record(desk, tps="TPS 05")
    with desk.uow() as uow:
        assert uow.session.get(Insiden, saved.id).tps == "005"
    with pytest.raises(ValidationError) as error, desk.uow(OPERATOR_ACTOR) as uow:
        insiden.create(uow, make_form(uow, tps="abc"))
    assert error.value.field == "tps"
    assert _count(desk, Insiden) == 1


def test_region_is_stored_as_its_code_for_filtering(desk):
    saved = record(desk, desa="36.71.01.1001")
    with desk.uow() as uow:
        row = uow.session.get(Insiden, saved.id)
        assert row.wilayah_code == "36.71.01.1001"
        assert row.wilayah_id == wilayah(uow, "36.71.01.1001").id


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


@pytest.mark.parametrize(
    "path", [[TERVERIFIKASI, SELESAI], [TIDAK_VALID]], ids=["selesai", "tidak-valid"]
)
def test_a_closed_incident_cannot_be_edited(desk, path):
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


@pytest.mark.parametrize("role", [OPERATOR, VERIFIKATOR, ADMINISTRATOR])
def test_recording_roles_may_create_and_update(desk, role):
    saved = record(desk, actor=ACTORS[role])
    with desk.uow(ACTORS[role]) as uow:
        form = insiden.detail(uow, saved.id).form
        insiden.update(uow, saved.id, version=1, form=replace(form, severity=3))
    assert version(desk, saved.id) == 2


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
