"""Outreach figures on the hand-checked sessions of ``sosialisasi_helpers.hand_checked``
(see the table there): every number worked out by hand, and the register's filters."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.wilayah import LEVEL_KABKOTA, LEVEL_KECAMATAN
from app.services.sosialisasi import query as sosialisasi_query
from app.services.sosialisasi import stats as sosialisasi_stats
from app.services.sosialisasi.query import SosialisasiFilter
from app.services.sosialisasi.stats import ReachRow
from tests.services.insiden.helpers import pin, ref
from tests.services.sosialisasi.helpers import hand_checked


@pytest.fixture
def data(db):
    pin(db)
    return hand_checked(db)


def test_reach_by_kabkota_lists_every_kabkota_with_zeros(db, data):
    with db.uow() as uow:
        rows = sosialisasi_stats.reach_by_region(uow, level=LEVEL_KABKOTA)
    assert [r.code for r in rows] == [
        "36.01",
        "36.02",
        "36.03",
        "36.04",
        "36.71",
        "36.72",
        "36.73",
        "36.74",
    ]
    pandeglang, tangerang = rows[0], rows[4]
    # Sessions 1, 2, 3: plan 100+80+200; attended (40+50)+(30+20); session 3 not reported.
    assert pandeglang == ReachRow(
        code="36.01", name="Kabupaten Pandeglang", sessions=3, planned=380, attended=140,
        attended_women=70, attended_disabled=5, budget=7_500_000, attended_men=70,
        sessions_reported=2, planned_reported=180,
    )  # fmt: skip
    # Session 4 only: the archived session (plan 999) is in no figure.
    assert tangerang == ReachRow(
        code="36.71", name="Kota Tangerang", sessions=1, planned=50, attended=60,
        attended_women=35, attended_disabled=2, budget=1_000_000, attended_men=25,
        sessions_reported=1, planned_reported=50,
    )  # fmt: skip
    assert all(
        r.sessions == 0 and r.attended == 0 for r in rows if r.code not in ("36.01", "36.71")
    )


def test_reach_total_agrees_with_the_rows(db, data):
    with db.uow() as uow:
        total = sosialisasi_stats.reach_total(uow)
        rows = sosialisasi_stats.reach_by_region(uow, level=LEVEL_KABKOTA)
    assert (total.code, total.name) == ("36", "Banten")
    assert (total.sessions, total.planned, total.attended) == (4, 430, 200)
    assert (total.attended_women, total.attended_disabled, total.budget) == (105, 7, 8_500_000)
    assert total.sessions == sum(r.sessions for r in rows)
    assert total.attended == sum(r.attended for r in rows)


def test_kecamatan_rows_leave_the_kabkota_level_session_unallocated(db, data):
    with db.uow() as uow:
        rows = sosialisasi_stats.reach_by_region(uow, level=LEVEL_KECAMATAN, root_code="36.01")
        rest = sosialisasi_stats.reach_unallocated(uow, level=LEVEL_KECAMATAN, root_code="36.01")
        total = sosialisasi_stats.reach_total(uow, root_code="36.01")
    assert all(r.code.startswith("36.01.") for r in rows) and len(rows) > 20
    by_code = {r.code: r for r in rows}
    assert (
        by_code["36.01.01"].name,
        by_code["36.01.01"].sessions,
        by_code["36.01.01"].attended,
    ) == ("Sumur", 1, 90)
    assert (by_code["36.01.02"].sessions, by_code["36.01.02"].attended) == (1, 50)
    assert sum(r.sessions for r in rows) == 2
    assert (rest.code, rest.sessions, rest.planned, rest.attended) == ("36.01", 1, 200, 0)
    assert (total.name, total.sessions, total.planned) == ("Kabupaten Pandeglang", 3, 380)


def test_period_is_whole_days_in_the_desk_time_zone(db, data):
    # 12/11 23.30 WIB is in; 13/11 00.30 WIB (still 12/11 in UTC) is out.
    with db.uow() as uow:
        total = sosialisasi_stats.reach_total(uow, start=date(2024, 11, 6), end=date(2024, 11, 12))
        only_13 = sosialisasi_stats.reach_total(
            uow, start=date(2024, 11, 13), end=date(2024, 11, 13)
        )
    assert (total.sessions, total.planned, total.attended) == (2, 280, 50)
    assert (only_13.sessions, only_13.attended) == (1, 60)


def test_reach_by_target_group_counts_a_session_for_each_of_its_groups(db, data):
    with db.uow() as uow:
        groups = {g.code: g for g in sosialisasi_stats.reach_by_target_group(uow)}
    assert len(groups) == 9
    assert (groups["PEMILIH_PEMULA"].sessions, groups["PEMILIH_PEMULA"].attended) == (2, 150)
    assert (groups["PEREMPUAN"].sessions, groups["PEREMPUAN"].attended) == (2, 140)
    assert groups["PEREMPUAN"].attended_women == 70
    assert (groups["ASN"].sessions, groups["ASN"].attended) == (1, 0)
    assert groups["TOKOH_AGAMA"].sessions == 0


def test_reach_by_week_runs_monday_to_sunday_in_desk_time(db, data):
    with db.uow() as uow:
        weeks = sosialisasi_stats.reach_by_week(uow)
        padded = sosialisasi_stats.reach_by_week(
            uow, start=date(2024, 10, 30), end=date(2024, 11, 20)
        )
    # Sunday 10/11 20.00 WIB still belongs to the week of Monday 4/11.
    assert [(w.week_start, w.sessions, w.planned, w.attended) for w in weeks] == [
        (date(2024, 11, 4), 2, 180, 140),
        (date(2024, 11, 11), 2, 250, 60),
    ]
    assert [w.week_start for w in padded] == [
        date(2024, 10, 28), date(2024, 11, 4), date(2024, 11, 11), date(2024, 11, 18),
    ]  # fmt: skip
    assert [w.sessions for w in padded] == [0, 2, 2, 0]


def test_no_sessions_gives_zeros_not_errors(db):
    with db.uow() as uow:
        total = sosialisasi_stats.reach_total(uow)
        assert sosialisasi_stats.reach_by_week(uow) == []
        charts = sosialisasi_stats.charts(uow, SosialisasiFilter())
    assert (total.sessions, total.attended, total.budget) == (0, 0, 0)
    assert len(charts.by_region) == 8 and charts.by_week == []


def test_charts_follow_the_register_filter_and_drill_one_level(db, data):
    with db.uow() as uow:
        pandeglang = sosialisasi_stats.charts(uow, SosialisasiFilter(wilayah_code="36.01"))
        kpu = sosialisasi_stats.charts(uow, SosialisasiFilter(organiser="KPU"))
    assert pandeglang.level == LEVEL_KECAMATAN
    assert pandeglang.total.sessions == 3 and pandeglang.unallocated.sessions == 1
    assert kpu.level == LEVEL_KABKOTA
    assert (kpu.total.sessions, kpu.total.attended) == (1, 50)
    assert [r.sessions for r in kpu.by_region if r.sessions] == [1]


# --- the register query ------------------------------------------------------------------


def _topics(db, **filters) -> list[str]:
    with db.uow() as uow:
        page = sosialisasi_query.query(uow, SosialisasiFilter(**filters))
    assert page.total == len(page.rows)
    return [r.topic for r in page.rows]


def test_register_is_newest_first_and_hides_archived(db, data):
    assert _topics(db) == ["Pemilih muda", "Netralitas ASN", "Tata cara mencoblos", "Ayo memilih"]


def test_register_filters(db, data):
    with db.uow() as uow:
        perempuan = ref(uow, "kelompok_sasaran", "PEREMPUAN").id
        rapat = ref(uow, "jenis_kegiatan", "RAPAT_KOORDINASI").id
    assert _topics(db, wilayah_code="36.01.01") == ["Ayo memilih"]
    assert _topics(db, wilayah_code="36.01") == [
        "Netralitas ASN",
        "Tata cara mencoblos",
        "Ayo memilih",
    ]
    assert _topics(db, organiser="Mitra") == ["Pemilih muda"]
    assert _topics(db, sasaran_id=perempuan) == ["Tata cara mencoblos", "Ayo memilih"]
    assert _topics(db, jenis_kegiatan_id=rapat) == ["Netralitas ASN"]
    assert _topics(db, text="kampus") == ["Pemilih muda"]  # venue, any case
    assert _topics(db, date_from=date(2024, 11, 13)) == ["Pemilih muda"]


def test_register_sorts_in_sql_with_empty_last(db, data):
    attended = _topics(db, sort="attended", descending=True)
    assert attended == ["Ayo memilih", "Pemilih muda", "Tata cara mencoblos", "Netralitas ASN"]
    assert _topics(db, sort="attended", descending=False)[-1] == "Netralitas ASN"


def test_register_rows_carry_what_the_table_shows(db, data):
    with db.uow() as uow:
        row = sosialisasi_query.query(uow, SosialisasiFilter(text="Ayo")).rows[0]
        totals = sosialisasi_query.totals(uow, SosialisasiFilter(wilayah_code="36.01"))
    assert (row.wilayah, row.organiser, row.jenis) == (
        "Sumberjaya",
        "Kesbangpol",
        "Sosialisasi tatap muka",
    )
    assert row.sasaran == "Pemilih pemula, Perempuan"
    assert (row.planned, row.attended, row.women, row.disabled, row.budget) == (
        100,
        90,
        50,
        5,
        5_000_000,
    )
    assert totals == sosialisasi_query.Totals(
        sessions=3, planned=380, attended=140, budget=7_500_000
    )
