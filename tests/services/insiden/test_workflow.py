"""The incident status workflow of SPEC 4, exactly: the allowed transitions and no other,
what each needs, who may make them, optimistic locking, and overdue follow-ups."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.models import AuditLog, Insiden, RiwayatInsiden
from app.models.insiden import BARU, DITINDAKLANJUTI, SELESAI, STATUSES, TERVERIFIKASI, TIDAK_VALID
from app.services.core.actor import ADMINISTRATOR, OPERATOR, PIMPINAN, Forbidden
from app.services.core.errors import ConflictError, ValidationError
from app.services.insiden import query as insiden_query
from app.services.insiden import workflow as insiden_workflow
from app.services.insiden.query import InsidenFilter
from app.services.insiden.workflow import TRANSITIONS, allowed_from, is_overdue
from tests.services.insiden.helpers import (
    ACTORS,
    OPERATOR_ACTOR,
    VERIFIKATOR_ACTOR,
    instansi_id,
    kategori_id,
    now_utc,
    pin,
    record,
    ref,
    status,
    step,
    version,
    walk,
    wib,
)

#: The SPEC table, written out independently of the code under test.
SPEC_TABLE = {
    (BARU, TERVERIFIKASI),
    (BARU, TIDAK_VALID),
    (TERVERIFIKASI, DITINDAKLANJUTI),
    (TERVERIFIKASI, SELESAI),
    (TERVERIFIKASI, TIDAK_VALID),
    (DITINDAKLANJUTI, SELESAI),
    (SELESAI, TERVERIFIKASI),
    (TIDAK_VALID, TERVERIFIKASI),
}
#: How to bring a fresh incident (Baru) to each status.
PATH = {
    BARU: [],
    TERVERIFIKASI: [TERVERIFIKASI],
    DITINDAKLANJUTI: [TERVERIFIKASI, DITINDAKLANJUTI],
    SELESAI: [TERVERIFIKASI, SELESAI],
    TIDAK_VALID: [TIDAK_VALID],
}


@pytest.fixture
def desk(db):
    pin(db)
    return db


def _at(db, source: str) -> int:
    saved = record(db)
    walk(db, saved.id, *PATH[source])
    assert status(db, saved.id) == source
    return saved.id


def _history(db, insiden_id: int) -> list[tuple]:
    with db.uow() as uow:
        return [
            (h.username, h.at, h.from_status, h.to_status, h.note)
            for h in uow.session.scalars(
                select(RiwayatInsiden)
                .where(RiwayatInsiden.insiden_id == insiden_id)
                .order_by(RiwayatInsiden.id)
            )
        ]


def _snapshot(db, insiden_id: int) -> tuple:
    with db.uow() as uow:
        row = uow.session.get(Insiden, insiden_id)
        return (row.status, row.version, row.escalated_to_id, row.follow_up_deadline,
                row.outcome, len(_history(db, insiden_id)))  # fmt: skip


def _transition(db, insiden_id: int, to: str, actor=VERIFIKATOR_ACTOR, **inputs):
    with db.uow(actor) as uow:
        return insiden_workflow.transition(
            uow, insiden_id, version=version(db, insiden_id), to=to, **inputs
        )


def test_the_code_table_is_the_spec_table():
    assert {(t.source, t.target) for t in TRANSITIONS} == SPEC_TABLE
    assert len(TRANSITIONS) == len(SPEC_TABLE)
    assert [t.target for t in allowed_from(SELESAI)] == [TERVERIFIKASI]
    assert [t.label for t in allowed_from(TIDAK_VALID)] == ["Dibuka kembali"]
    assert allowed_from(DITINDAKLANJUTI)[0].needs_outcome


# --- allowed transitions ---------------------------------------------------------------


def _inputs(db, source: str, target: str) -> tuple[dict, str]:
    """The right inputs for a step, and the note expected in the history."""
    if target == TIDAK_VALID:
        return {"note": "Laporan palsu"}, "Laporan palsu"
    if target == TERVERIFIKASI and source != BARU:
        return {"note": "Ada bukti baru"}, "Ada bukti baru"
    if target == DITINDAKLANJUTI:
        with db.uow() as uow:
            agency = instansi_id(uow, "BAWASLU")
        deadline = now_utc(db) + timedelta(hours=6)
        return {"agency_id": agency, "deadline": deadline}, "Diteruskan ke Bawaslu"
    if source == DITINDAKLANJUTI:
        return {"outcome": "Pelaku diamankan"}, "Pelaku diamankan"
    if target == TERVERIFIKASI:  # from Baru: a note is optional
        return {"note": "Cek lapangan"}, "Cek lapangan"
    return {}, ""  # Terverifikasi → Selesai needs nothing


def test_every_allowed_transition_succeeds_and_is_in_the_history(desk):
    for source, target in sorted(SPEC_TABLE):
        _allowed(desk, source, target)


def _allowed(desk, source: str, target: str) -> None:
    insiden_id = _at(desk, source)
    before_version = version(desk, insiden_id)
    before_history = _history(desk, insiden_id)
    inputs, note = _inputs(desk, source, target)
    started = now_utc(desk)
    changes = _transition(desk, insiden_id, target, **inputs)
    assert target in changes.summary
    assert status(desk, insiden_id) == target, (source, target)
    assert version(desk, insiden_id) == before_version + 1
    history = _history(desk, insiden_id)
    assert history[:-1] == before_history
    who, when, from_status, to_status, history_note = history[-1]
    assert (who, from_status, to_status, history_note) == (
        VERIFIKATOR_ACTOR.username,
        source,
        target,
        note,
    )
    # "when" is the desk clock's now (the pinned day), not the real date.
    assert started - timedelta(seconds=5) <= when <= now_utc(desk) + timedelta(seconds=5)
    with desk.uow() as uow:
        uid = uow.session.get(Insiden, insiden_id).uid
        last = uow.session.scalars(
            select(AuditLog).where(AuditLog.entity_uid == uid).order_by(AuditLog.id.desc())
        ).first()
        assert (last.action, last.username) == ("status", VERIFIKATOR_ACTOR.username)
        assert json.loads(last.changes)["status"] == [source, target]


def test_follow_up_stores_agency_deadline_and_outcome(desk):
    insiden_id = _at(desk, TERVERIFIKASI)
    deadline = now_utc(desk) + timedelta(days=2)
    with desk.uow() as uow:
        polri = instansi_id(uow, "POLRI")
    _transition(desk, insiden_id, DITINDAKLANJUTI, agency_id=polri, deadline=deadline,
                note="Mohon pengamanan")  # fmt: skip
    _transition(desk, insiden_id, SELESAI, outcome="  Situasi kondusif  ")
    with desk.uow() as uow:
        row = uow.session.get(Insiden, insiden_id)
        assert (row.escalated_to_id, row.follow_up_deadline, row.outcome) == (
            polri,
            deadline,
            "Situasi kondusif",
        )
    assert [h[4] for h in _history(desk, insiden_id)][-2:] == ["Mohon pengamanan",
                                                              "Situasi kondusif"]  # fmt: skip


def test_a_reopened_incident_goes_through_the_workflow_again(desk):
    insiden_id = _at(desk, SELESAI)
    walk(desk, insiden_id, TERVERIFIKASI, DITINDAKLANJUTI, SELESAI, TERVERIFIKASI, TIDAK_VALID,
         TERVERIFIKASI)  # fmt: skip
    assert [h[3] for h in _history(desk, insiden_id)] == [
        BARU, TERVERIFIKASI, SELESAI, TERVERIFIKASI, DITINDAKLANJUTI, SELESAI, TERVERIFIKASI,
        TIDAK_VALID, TERVERIFIKASI,
    ]  # fmt: skip


# --- refused transitions ---------------------------------------------------------------


def test_every_other_pair_is_refused_naming_both_statuses(desk):
    for source in STATUSES:
        _refused_from(desk, source)


def _refused_from(desk, source: str) -> None:
    insiden_id = _at(desk, source)
    before = _snapshot(desk, insiden_id)
    refused = [t for t in STATUSES if (source, t) not in SPEC_TABLE]
    assert source in refused  # staying put is not a transition either
    with desk.uow() as uow:
        agency = instansi_id(uow)
    for target in refused:
        with pytest.raises(ValidationError) as error:
            # Even with every input a step could need.
            _transition(desk, insiden_id, target, note="alasan", outcome="hasil",
                        agency_id=agency, deadline=now_utc(desk) + timedelta(days=1))  # fmt: skip
        assert str(error.value) == f"Status {source} tidak dapat diubah menjadi {target}."
        assert error.value.field == "status"
    assert _snapshot(desk, insiden_id) == before


def test_an_unknown_target_status_is_refused(desk):
    insiden_id = _at(desk, BARU)
    with pytest.raises(ValidationError) as error:
        _transition(desk, insiden_id, "Dibuka kembali", note="x")
    assert "Baru" in str(error.value) and "Dibuka kembali" in str(error.value)


# --- required inputs -------------------------------------------------------------------


def _refused(db, insiden_id: int, to: str, field: str, message: str, **inputs) -> None:
    before = _snapshot(db, insiden_id)
    with pytest.raises(ValidationError) as error:
        _transition(db, insiden_id, to, **inputs)
    assert error.value.field == field
    assert message in str(error.value)
    assert _snapshot(db, insiden_id) == before


def test_a_reason_is_required(desk):
    needs_reason = [(BARU, TIDAK_VALID, "Tidak valid"), (TERVERIFIKASI, TIDAK_VALID, "Tidak valid"),
                    (SELESAI, TERVERIFIKASI, "Dibuka kembali"),
                    (TIDAK_VALID, TERVERIFIKASI, "Dibuka kembali")]  # fmt: skip
    for source, target, label in needs_reason:
        insiden_id = _at(desk, source)
        for note in ("", "   "):
            _refused(desk, insiden_id, target, "note", f"Tulis alasan untuk '{label}'.", note=note)


def test_follow_up_needs_an_active_agency_from_the_instansi_list(desk):
    insiden_id = _at(desk, TERVERIFIKASI)
    deadline = now_utc(desk) + timedelta(days=1)
    with desk.uow("tester") as uow:
        not_an_agency = kategori_id(uow)
        ref(uow, "instansi", "KOMINDA").active = False
        inactive = ref(uow, "instansi", "KOMINDA").id
        uow.commit()
    for agency in (None, not_an_agency, inactive, 999_999):
        _refused(desk, insiden_id, DITINDAKLANJUTI, "agency",
                 "Pilih instansi tujuan tindak lanjut.", agency_id=agency, deadline=deadline)  # fmt: skip


def test_follow_up_needs_a_deadline_after_now(desk):
    insiden_id = _at(desk, TERVERIFIKASI)
    with desk.uow() as uow:
        agency = instansi_id(uow)
    _refused(desk, insiden_id, DITINDAKLANJUTI, "deadline", "Isi batas waktu tindak lanjut.",
             agency_id=agency)  # fmt: skip
    for past in (now_utc(desk) - timedelta(minutes=1), wib(27, 12)):
        _refused(desk, insiden_id, DITINDAKLANJUTI, "deadline",
                 "Batas waktu tindak lanjut harus setelah saat ini.", agency_id=agency,
                 deadline=past)  # fmt: skip


def test_closing_a_follow_up_needs_an_outcome(desk):
    insiden_id = _at(desk, DITINDAKLANJUTI)
    for outcome in ("", "  "):
        _refused(desk, insiden_id, SELESAI, "outcome", "Tulis hasil tindak lanjut",
                 outcome=outcome, note="catatan saja")  # fmt: skip


def test_closing_a_verified_incident_needs_no_outcome(desk):
    insiden_id = _at(desk, TERVERIFIKASI)
    _transition(desk, insiden_id, SELESAI)
    assert status(desk, insiden_id) == SELESAI


# --- roles and locking -----------------------------------------------------------------


def test_only_a_verifikator_moves_the_workflow(desk):
    for role in (OPERATOR, ADMINISTRATOR, PIMPINAN):
        _forbidden_for(desk, role)


def _forbidden_for(desk, role: str) -> None:
    baru = _at(desk, BARU)
    verified = _at(desk, TERVERIFIKASI)
    before = (_snapshot(desk, baru), _snapshot(desk, verified))
    with desk.uow() as uow:
        agency = instansi_id(uow)
    attempts = [
        (baru, TERVERIFIKASI, {}),
        (baru, TIDAK_VALID, {"note": "palsu"}),
        (verified, DITINDAKLANJUTI, {"agency_id": agency,
                                     "deadline": now_utc(desk) + timedelta(days=1)}),
        (verified, SELESAI, {}),
    ]  # fmt: skip
    for insiden_id, target, inputs in attempts:
        with pytest.raises(Forbidden) as error:
            _transition(desk, insiden_id, target, actor=ACTORS[role], **inputs)
        assert str(error.value) == (
            "Hanya Verifikator yang dapat memverifikasi dan menindaklanjuti insiden; "
            f"peran Anda {role}."
        )
    assert (_snapshot(desk, baru), _snapshot(desk, verified)) == before


def test_a_stale_version_conflicts(desk):
    insiden_id = _at(desk, BARU)
    _transition(desk, insiden_id, TERVERIFIKASI)
    before = _snapshot(desk, insiden_id)
    with pytest.raises(ConflictError) as error, desk.uow(VERIFIKATOR_ACTOR) as uow:
        insiden_workflow.transition(uow, insiden_id, version=1, to=TIDAK_VALID, note="palsu")
    assert "baru saja diubah oleh pengguna lain" in str(error.value)
    assert _snapshot(desk, insiden_id) == before


def test_an_edit_by_an_operator_makes_the_verifiers_version_stale(desk):
    from dataclasses import replace

    from app.services.insiden import records as insiden

    insiden_id = _at(desk, BARU)
    with desk.uow(OPERATOR_ACTOR) as uow:
        form = insiden.detail(uow, insiden_id).form
        insiden.update(uow, insiden_id, version=1, form=replace(form, severity=3))
    with pytest.raises(ConflictError), desk.uow(VERIFIKATOR_ACTOR) as uow:
        insiden_workflow.transition(uow, insiden_id, version=1, to=TERVERIFIKASI)
    assert status(desk, insiden_id) == BARU


# --- overdue follow-ups ----------------------------------------------------------------


def test_is_overdue_only_for_a_follow_up_past_its_deadline():
    now = wib(28, 12)
    assert is_overdue(DITINDAKLANJUTI, wib(28, 11), now)
    assert not is_overdue(DITINDAKLANJUTI, wib(28, 13), now)
    assert not is_overdue(DITINDAKLANJUTI, now, now)
    assert not is_overdue(DITINDAKLANJUTI, None, now)
    for other in (BARU, TERVERIFIKASI, SELESAI, TIDAK_VALID):
        assert not is_overdue(other, wib(28, 11), now)


def _overdue_view(db) -> tuple[set[str], int, set[str]]:
    with db.uow() as uow:
        rows = insiden_query.query(uow, InsidenFilter()).rows
        flagged = {r.number for r in rows if r.overdue}
        overdue = insiden_query.counts(uow, InsidenFilter()).overdue
        only = {r.number for r in insiden_query.query(uow, InsidenFilter(overdue_only=True)).rows}
    return flagged, overdue, only


def test_a_follow_up_past_its_deadline_is_overdue_everywhere_until_closed(desk):
    pin(desk, date(2024, 11, 26))
    late = record(desk, occurred_at=wib(25))
    timely = record(desk, occurred_at=wib(25, 11))
    verified = record(desk, occurred_at=wib(25, 12))
    step(desk, late.id, TERVERIFIKASI)
    step(desk, late.id, DITINDAKLANJUTI, deadline=wib(27, 12))
    step(desk, timely.id, TERVERIFIKASI)
    step(desk, timely.id, DITINDAKLANJUTI, deadline=wib(30, 12))
    step(desk, verified.id, TERVERIFIKASI)
    assert _overdue_view(desk) == (set(), 0, set())

    pin(desk, date(2024, 11, 28))  # the deadline of 27 Nov has passed
    assert _overdue_view(desk) == ({late.number}, 1, {late.number})
    with desk.uow() as uow:
        row = next(r for r in insiden_query.query(uow, InsidenFilter()).rows if r.id == late.id)
    assert (row.status, row.escalated_to, row.deadline) == (DITINDAKLANJUTI, "Polda/Polres",
                                                            wib(27, 12))  # fmt: skip

    step(desk, late.id, SELESAI, outcome="Ditangani, terlambat")
    assert _overdue_view(desk) == (set(), 0, set())
    with desk.uow() as uow:
        assert insiden_query.counts(uow, InsidenFilter()).by_status[SELESAI] == 1


def test_overdue_filter_combines_with_other_filters(desk):
    pin(desk, date(2024, 11, 26))
    late = record(desk, occurred_at=wib(25), severity=4)
    step(desk, late.id, TERVERIFIKASI)
    step(desk, late.id, DITINDAKLANJUTI, deadline=wib(27, 12))
    pin(desk, date(2024, 11, 28))
    with desk.uow() as uow:
        assert insiden_query.query(uow, InsidenFilter(overdue_only=True, severity=4)).total == 1
        assert insiden_query.query(uow, InsidenFilter(overdue_only=True, severity=1)).total == 0
        assert insiden_query.counts(uow, InsidenFilter(severity=1)).overdue == 0


def test_history_rows_are_only_added(desk):
    insiden_id = _at(desk, SELESAI)
    with desk.uow() as uow:
        first = uow.session.scalar(select(func.min(RiwayatInsiden.id)))
        versions = set(uow.session.scalars(select(RiwayatInsiden.version)))
    assert versions == {1}  # no history row was ever updated
    assert _history(desk, insiden_id)[0][3] == BARU and first is not None
