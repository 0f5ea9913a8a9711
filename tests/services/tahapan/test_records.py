"""Tahapan (SPEC 4): the derived status, the linear plan, progress updates checked against
the desk's clock, optimistic locking, and monitoring notes."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import CatatanTahapan, Pemilihan, Tahapan
from app.services.admin import checks
from app.services.core.clock import desk_clock
from app.services.core.errors import ConflictError, ValidationError
from app.services.tahapan import records as tahapan
from app.services.tahapan.records import (
    BELUM_MULAI,
    BERISIKO,
    BERJALAN,
    SELESAI,
    STATUSES,
    TERLAMBAT,
    derive_status,
    expected_progress,
)
from tests.desk_time import pin_day

NOV = 11
START, END = date(2024, NOV, 1), date(2024, NOV, 10)  # a 10-day stage: 10% per day


def status(
    today: date,
    progress: int = 0,
    *,
    planned_start: date | None = START,
    planned_end: date | None = END,
    actual_start: date | None = None,
    actual_end: date | None = None,
    margin: float = 10.0,
) -> str:
    return derive_status(
        planned_start=planned_start,
        planned_end=planned_end,
        actual_start=actual_start,
        actual_end=actual_end,
        progress=progress,
        today=today,
        risk_margin=margin,
    )


# --- derive_status ---------------------------------------------------------------------


def test_before_planned_start_is_belum_mulai():
    assert status(date(2024, 10, 31)) == BELUM_MULAI


def test_started_early_is_berjalan():
    assert status(date(2024, 10, 31), 5, actual_start=date(2024, 10, 30)) == BERJALAN


def test_on_plan_is_berjalan():
    # Start of day 5 of 10: four days are behind us, the plan says 40%.
    assert status(date(2024, NOV, 5), 40, actual_start=START) == BERJALAN


def test_behind_by_exactly_the_margin_is_not_berisiko():
    assert status(date(2024, NOV, 5), 30, actual_start=START, margin=10) == BERJALAN


def test_behind_by_more_than_the_margin_is_berisiko():
    assert status(date(2024, NOV, 5), 29, actual_start=START, margin=10) == BERISIKO


def test_margin_is_configurable():
    assert status(date(2024, NOV, 5), 20, actual_start=START, margin=20) == BERJALAN
    assert status(date(2024, NOV, 5), 20, actual_start=START, margin=15) == BERISIKO


def test_not_started_when_the_plan_says_it_should_have_is_berisiko():
    assert status(date(2024, NOV, 3)) == BERISIKO  # plan 20%, nothing done


def test_on_planned_end_day_not_yet_terlambat():
    # On the last day the plan asks for the nine days behind us (90%), not for today's.
    assert status(END, 80, actual_start=START) == BERJALAN
    assert status(END, 79, actual_start=START) == BERISIKO


def test_planned_end_passed_and_not_finished_is_terlambat():
    day_after = END + timedelta(days=1)
    assert status(day_after, 99, actual_start=START) == TERLAMBAT
    assert status(day_after, 0) == TERLAMBAT
    # Terlambat wins over Berisiko: it is the stronger signal.
    assert status(day_after, 10, actual_start=START) == TERLAMBAT


def test_progress_100_is_selesai_even_late():
    assert status(END + timedelta(days=30), 100, actual_start=START) == SELESAI
    assert status(date(2024, NOV, 2), 100, actual_start=START) == SELESAI


def test_actual_end_is_selesai():
    assert status(date(2024, 12, 1), 100, actual_start=START, actual_end=END) == SELESAI


def test_no_planned_dates():
    kwargs = {"planned_start": None, "planned_end": None}
    assert status(date(2024, NOV, 5), 0, **kwargs) == BELUM_MULAI
    assert status(date(2024, NOV, 5), 0, actual_start=START, **kwargs) == BERJALAN
    assert status(date(2024, NOV, 5), 20, **kwargs) == BERJALAN


def test_only_a_deadline():
    # T01-T03 of the PKPU schedule have only an end date: never "behind plan", but late.
    kwargs = {"planned_start": None, "planned_end": END}
    assert status(date(2024, NOV, 5), 0, **kwargs) == BELUM_MULAI
    assert status(END + timedelta(days=1), 0, **kwargs) == TERLAMBAT


# --- expected_progress -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2024, 10, 31), 0.0),
        (date(2024, NOV, 1), 0.0),
        (date(2024, NOV, 5), 40.0),
        (date(2024, NOV, 9), 80.0),
        (date(2024, NOV, 10), 90.0),
        (date(2024, NOV, 11), 100.0),
        (date(2024, 12, 31), 100.0),
    ],
)
def test_expected_progress_is_linear_by_start_of_day(today, expected):
    assert expected_progress(START, END, today) == pytest.approx(expected)


def test_expected_progress_other_spans():
    # Kampanye 25 Sep - 23 Nov 2024 is 60 days; on 25 Oct 30 days are behind us.
    assert expected_progress(date(2024, 9, 25), date(2024, 11, 23), date(2024, 10, 25)) == (
        pytest.approx(50.0)
    )
    # A one-day stage (pemungutan suara) is due by the end of its day.
    voting = date(2024, 11, 27)
    assert expected_progress(voting, voting, voting) == 0.0
    assert expected_progress(voting, voting, voting + timedelta(days=1)) == 100.0


def test_expected_progress_without_a_usable_plan():
    assert expected_progress(None, END, END) is None
    assert expected_progress(START, None, END) is None
    assert expected_progress(END, START, END) is None  # end before start


# --- update_tahapan ----------------------------------------------------------------------


def _pin_today(db, day: date) -> None:
    pin_day(day)


def _contest_id(db, kind: str = "gubernur") -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(Pemilihan.id).where(Pemilihan.kind == kind))


def _row(db, code: str, contest_id: int | None = None) -> tahapan.TahapanRow:
    contest_id = contest_id or _contest_id(db)
    with db.uow() as uow:
        rows = tahapan.list_tahapan(uow, contest_id)
    return next(r for r in rows if r.code == code)


def _update(db, row: tahapan.TahapanRow, **kwargs):
    values = {"actual_start": None, "actual_end": None, "progress": 0} | kwargs
    with db.uow("operator1") as uow:
        return tahapan.update_tahapan(uow, row.id, version=row.version, **values)


def test_clock_uses_pinned_date(db):
    _pin_today(db, date(2024, 10, 1))
    with db.uow() as uow:
        assert desk_clock(uow).today() == date(2024, 10, 1)
        assert str(desk_clock(uow).tz) == "Asia/Jakarta"


def test_update_changes_the_listed_status(db):
    _pin_today(db, date(2024, 10, 2))  # 7 campaign days behind us of 60: plan 11,7%
    kampanye = _row(db, "T14")
    assert kampanye.status == BERISIKO
    assert kampanye.expected_progress == pytest.approx(700 / 60)

    changes = _update(db, kampanye, actual_start=date(2024, 9, 25), progress=10,
                      responsible="  KPU Provinsi ", notes=" lancar ")  # fmt: skip
    assert changes.touches("tahapan")
    assert "T14" in changes.summary
    after = _row(db, "T14")
    assert after.status == BERJALAN
    assert (after.actual_start, after.progress) == (date(2024, 9, 25), 10)
    assert (after.responsible, after.notes) == ("KPU Provinsi", "lancar")
    assert after.version == kampanye.version + 1

    _update(db, after, actual_start=date(2024, 9, 25), actual_end=date(2024, 10, 1), progress=100)
    assert _row(db, "T14").status == SELESAI


def test_update_only_touches_the_chosen_contest(db):
    _pin_today(db, date(2024, 10, 2))
    bupati = _contest_id(db, "bupati")
    _update(db, _row(db, "T14"), actual_start=date(2024, 9, 25), progress=10)
    assert _row(db, "T14", bupati).progress == 0
    assert _row(db, "T14", bupati).status == BERISIKO


def test_passing_the_planned_end_makes_a_stage_terlambat(db):
    _pin_today(db, date(2024, 11, 24))
    row = _row(db, "T14")
    _update(db, row, actual_start=date(2024, 9, 25), progress=90)
    assert _row(db, "T14").status == TERLAMBAT


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"progress": 101}, "progress", "antara 0 dan 100"),
        ({"progress": -1}, "progress", "antara 0 dan 100"),
        (
            {"actual_start": date(2024, 9, 30), "actual_end": date(2024, 9, 29), "progress": 100},
            "actual_end",
            "tidak boleh sebelum tanggal mulai",
        ),
        ({"actual_end": date(2024, 9, 29), "progress": 100}, "actual_start", "Isi tanggal mulai"),
        (
            {"actual_start": date(2024, 9, 25), "actual_end": date(2024, 9, 30), "progress": 90},
            "progress",
            "harus berprogres 100%",
        ),
        ({"actual_start": date(2024, 10, 2), "progress": 5}, "actual_start", "setelah hari ini"),
        (
            {"actual_start": date(2024, 9, 25), "actual_end": date(2024, 10, 2), "progress": 100},
            "actual_end",
            "setelah hari ini",
        ),
    ],
)
def test_update_refuses_bad_input(db, values, field, message):
    _pin_today(db, date(2024, 10, 1))
    row = _row(db, "T14")
    with pytest.raises(ValidationError, match=message) as caught:
        _update(db, row, **values)
    assert caught.value.field == field
    unchanged = _row(db, "T14")
    assert (unchanged.version, unchanged.progress, unchanged.actual_start) == (row.version, 0, None)


def test_today_comes_from_the_desk_clock_not_the_wall_clock(db):
    # 2 Oct 2024 is long past on the real calendar, but the desk's "today" is 1 Oct.
    _pin_today(db, date(2024, 10, 1))
    row = _row(db, "T14")
    with pytest.raises(ValidationError, match="setelah hari ini"):
        _update(db, row, actual_start=date(2024, 10, 2), progress=1)
    _update(db, row, actual_start=date(2024, 10, 1), progress=1)  # today itself is fine
    assert _row(db, "T14").actual_start == date(2024, 10, 1)


def test_unpinned_clock_refuses_tomorrow(db):
    with db.uow() as uow:
        tomorrow = desk_clock(uow).today() + timedelta(days=1)
    row = _row(db, "T14")
    with pytest.raises(ValidationError, match="setelah hari ini"):
        _update(db, row, actual_start=tomorrow, progress=1)


def test_update_with_a_stale_version_is_a_conflict(db):
    _pin_today(db, date(2024, 10, 1))
    loaded = _row(db, "T14")
    _update(db, loaded, actual_start=date(2024, 9, 25), progress=10)
    with pytest.raises(ConflictError, match="diubah oleh pengguna lain"):
        _update(db, loaded, actual_start=date(2024, 9, 26), progress=50)
    after = _row(db, "T14")
    assert (after.actual_start, after.progress) == (date(2024, 9, 25), 10)


def test_list_tahapan_shows_sub_stages_under_their_parent(db):
    with db.uow() as uow:
        rows = tahapan.list_tahapan(uow, _contest_id(db))
    by_code = {r.code: r for r in rows}
    assert by_code["T17.4"].parent_code == "T17" and by_code["T17.4"].depth == 1
    assert by_code["T17"].parent_code == "" and by_code["T17"].depth == 0
    assert all(r.status in STATUSES for r in rows)


# --- catatan pemantauan ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_note_is_refused(db, text):
    row = _row(db, "T14")
    with db.uow("operator1") as uow, pytest.raises(ValidationError, match="tidak boleh kosong"):
        tahapan.add_catatan(uow, row.id, text)
    with db.uow() as uow:
        assert tahapan.list_catatan(uow, row.id) == []


def test_notes_are_kept_in_time_order(db):
    row = _row(db, "T14")
    with db.uow("operator1") as uow:
        tahapan.add_catatan(uow, row.id, "  Rapat koordinasi KPU  ")
    with db.uow("operator2") as uow:
        tahapan.add_catatan(uow, row.id, "Laporan Bawaslu diterima", author="Budi")
    # A note dated earlier but saved later (e.g. from an exchange package) sorts first.
    with db.uow("operator3") as uow:
        uow.session.add(
            CatatanTahapan(
                tahapan_id=row.id,
                noted_at=datetime(2024, 9, 1, 3, 0, tzinfo=UTC),
                author="Arsip",
                text="Catatan lama",
            )
        )
        uow.commit()
    with db.uow() as uow:
        notes = tahapan.list_catatan(uow, row.id)
    assert [n.text for n in notes] == [
        "Catatan lama",
        "Rapat koordinasi KPU",
        "Laporan Bawaslu diterima",
    ]
    assert [n.author for n in notes] == ["Arsip", "operator1", "Budi"]
    assert notes[1].noted_at <= notes[2].noted_at
    assert all(n.noted_at.tzinfo is not None for n in notes)


def test_note_on_pinned_day_carries_that_date(db):
    _pin_today(db, date(2024, 10, 1))
    row = _row(db, "T14")
    with db.uow("operator1") as uow:
        tahapan.add_catatan(uow, row.id, "Pantauan kampanye")
    with db.uow() as uow:
        (note,) = tahapan.list_catatan(uow, row.id)
        tz = desk_clock(uow).tz
    assert note.noted_at.astimezone(tz).date() == date(2024, 10, 1)


def test_notes_do_not_change_the_stage_version(db):
    row = _row(db, "T14")
    with db.uow("operator1") as uow:
        tahapan.add_catatan(uow, row.id, "Catatan")
    # Adding a note must not make an open edit form stale.
    _update(db, row, progress=0, notes="x")


# --- demo database -----------------------------------------------------------------------


def test_demo_database_shows_every_status(demo_db):
    with demo_db.uow() as uow:
        assert desk_clock(uow).today() == date(2024, 11, 26)
        per_contest = {
            p.id: Counter(r.status for r in tahapan.list_tahapan(uow, p.id))
            for p in tahapan.list_pemilihan(uow)
        }
        note_count = uow.session.scalar(select(CatatanTahapan.id).limit(1))
    assert len(per_contest) == 9
    overall = sum(per_contest.values(), Counter())
    assert set(overall) == set(STATUSES)
    # Not one contest with everything: the statuses are spread across contests.
    assert sum(1 for c in per_contest.values() if c[TERLAMBAT]) >= 2
    assert sum(1 for c in per_contest.values() if c[BERISIKO] or c[BERJALAN]) >= 5
    # On the eve of voting day past stages are done or late, voting day itself is ahead.
    as_of = date(2024, 11, 26)
    with demo_db.uow() as uow:
        for p in tahapan.list_pemilihan(uow):
            rows = tahapan.list_tahapan(uow, p.id)
            assert {r.code: r for r in rows}["T16"].status == BELUM_MULAI
            past = Counter(r.status for r in rows if r.planned_end and r.planned_end < as_of)
            assert set(past) <= {SELESAI, TERLAMBAT}
            assert past[SELESAI] > past[TERLAMBAT]
    assert note_count is not None


def test_all_contests_read_at_once_match_each_contest_read_alone(demo_db):
    """The dashboard reads every contest's stages in one go: same rows, same order."""
    with demo_db.uow() as uow:
        ids = [p.id for p in tahapan.list_pemilihan(uow)]
        alone = {cid: tahapan.list_tahapan(uow, cid) for cid in ids}
        together = tahapan.list_tahapan_by_contest(uow, [*reversed(ids), 999_999])
    assert list(together) == [*reversed(ids), 999_999]
    assert {cid: together[cid] for cid in ids} == alone and together[999_999] == []
    assert sum(len(rows) for rows in alone.values()) > 9 * 10


def test_demo_database_passes_every_check_but_the_ballot_shortfall_it_shows(demo_db):
    """The demo is the eve of voting day with Lebak and Pandeglang behind on deliveries:
    the ballot check must say so; every other check passes."""
    from app.services.logistik import checks as logistik_checks

    results = checks.run_all(demo_db)
    failed = {r.name: r.detail for r in results if not r.ok}
    assert set(failed) == {logistik_checks.BALLOTS_COVER_DPT}
    assert "Lebak" in failed[logistik_checks.BALLOTS_COVER_DPT]
    assert len(results) >= 8


def test_check_flags_an_inconsistent_stage(db):
    with db.uow("x") as uow:
        stage = uow.session.scalar(select(Tahapan).where(Tahapan.code == "T06"))
        stage.actual_start, stage.actual_end, stage.progress = (
            date(2024, 5, 1),
            date(2024, 4, 1),
            100,
        )
        uow.commit()
    failed = {r.name: r.detail for r in checks.run_all(db) if not r.ok}
    assert "Konsistensi tahapan" in failed
    assert "T06" in failed["Konsistensi tahapan"]
