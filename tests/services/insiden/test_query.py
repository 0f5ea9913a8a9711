"""Listing incidents (issue 4, item 3): every filter narrows correctly, in SQL, on local
(WIB) dates; sorting; windows that page through everything; status-bar counts that agree
with the list; archived incidents stay out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from itertools import product

import pytest
from sqlalchemy import select

from app.models import Insiden, Wilayah
from app.models.insiden import BARU, DITINDAKLANJUTI, STATUSES, TERVERIFIKASI, TIDAK_VALID
from app.services.insiden import query as insiden_query
from app.services.insiden.query import SORT_KEYS, InsidenFilter
from tests.services.insiden.helpers import (
    contest,
    kategori_id,
    pin,
    record,
    stage,
    step,
    walk,
    wib,
    wilayah,
)


@dataclass
class Data:
    db: object
    ids: dict[str, int]
    numbers: dict[str, str]
    gov: int
    pandeglang: int
    t14: int

    def names(self, flt: InsidenFilter, offset: int = 0, limit: int = 200) -> set[str]:
        by_id = {v: k for k, v in self.ids.items()}
        with self.db.uow() as uow:
            page = insiden_query.query(uow, flt, offset, limit)
        assert page.total == len(page.rows) or limit < page.total
        return {by_id[r.id] for r in page.rows}


@pytest.fixture
def data(db) -> Data:
    """Eight incidents around voting day (one archived); today is 28 Nov 2024."""
    pin(db)
    with db.uow() as uow:
        gov = contest(uow, "36").id
        pandeglang = contest(uow, "36.01").id
        t14 = stage(uow, gov).id
    specs = {
        # 23.30 WIB on 26 Nov is 16.30 UTC on 26 Nov.
        "A": dict(occurred_at=wib(26, 23, 30), desa="36.01.01.2001", tps="1",
                  place_detail="Balai desa Sumberjaya", chronology="Keributan kecil",
                  pemilihan_id=gov, tahapan_id=t14),
        # 00.30 WIB on 27 Nov is still 26 Nov (17.30) in UTC.
        "B": dict(occurred_at=wib(27, 0, 30), desa="36.01.01.2002", tps="2",
                  kategori="POLITIK_UANG", severity=3, pemilihan_id=pandeglang,
                  chronology="Pembagian AMPLOP berisi uang kepada pemilih"),
        "C": dict(occurred_at=wib(25), desa="36.01.10", kategori="UNRAS", severity=1,
                  chronology="Unjuk rasa di kantor kecamatan"),
        "D": dict(occurred_at=wib(27, 9), desa="36.01.10.2001", kategori="HOAKS", severity=4,
                  tps="12", chronology="Kabar bohong soal TPS pindah"),
        "E": dict(occurred_at=wib(24), desa="36.71.01.1001", chronology="Laporan ganda"),
        "G": dict(occurred_at=wib(26, 8), desa="36.02.01.2002", kategori="LOGISTIK",
                  severity=3, place_detail="Gudang KPU Lebak", chronology="Surat suara basah"),
        "H": dict(occurred_at=wib(26, 12), desa="36.01.01.2001", chronology="Diarsipkan"),
    }  # fmt: skip
    ids, numbers = {}, {}
    for name, spec in specs.items():
        saved = record(db, **spec)
        ids[name], numbers[name] = saved.id, saved.number
    walk(db, ids["D"], TERVERIFIKASI)
    walk(db, ids["E"], TIDAK_VALID)
    step(db, ids["G"], TERVERIFIKASI)
    step(db, ids["G"], DITINDAKLANJUTI, deadline=wib(30, 12))
    with db.uow("tester") as uow:
        uow.session.get(Insiden, ids["H"]).archived = True
        uow.commit()
    return Data(db, ids, numbers, gov, pandeglang, t14)


LISTED = {"A", "B", "C", "D", "E", "G"}


def test_archived_incidents_are_not_listed_nor_counted(data):
    assert data.names(InsidenFilter()) == LISTED
    assert data.names(InsidenFilter(text="Diarsipkan")) == set()
    assert data.names(InsidenFilter(text=data.numbers["H"])) == set()
    with data.db.uow() as uow:
        assert insiden_query.counts(uow, InsidenFilter()).total == len(LISTED)


def test_period_is_by_local_wib_date(data):
    with data.db.uow() as uow:
        a = uow.session.get(Insiden, data.ids["A"]).occurred_at
        b = uow.session.get(Insiden, data.ids["B"]).occurred_at
    assert a == datetime(2024, 11, 26, 16, 30, tzinfo=UTC)
    assert b == datetime(2024, 11, 26, 17, 30, tzinfo=UTC)
    nov = {d: date(2024, 11, d) for d in range(20, 31)}
    assert data.names(InsidenFilter(date_from=nov[26], date_to=nov[26])) == {"A", "G"}
    assert data.names(InsidenFilter(date_from=nov[27], date_to=nov[27])) == {"B", "D"}
    assert data.names(InsidenFilter(date_from=nov[26])) == {"A", "B", "D", "G"}
    assert data.names(InsidenFilter(date_to=nov[25])) == {"C", "E"}
    assert data.names(InsidenFilter(date_from=nov[25], date_to=nov[26])) == {"A", "C", "G"}
    assert data.names(InsidenFilter(date_from=nov[28])) == set()


WILAYAH_CASES = [
    ("36", LISTED),
    ("36.01", {"A", "B", "C", "D"}),
    ("36.02", {"G"}),
    ("36.71", {"E"}),
    ("36.01.01", {"A", "B"}),
    ("36.01.10", {"C", "D"}),  # C is recorded at the kecamatan itself
    ("36.01.01.2001", {"A"}),
    ("36.01.10.2001", {"D"}),
    ("36.01.1", set()),  # not a code: must not match 36.01.10, 36.01.11 ...
    ("36.0", set()),
    ("36.01.01.200", set()),
]


def test_wilayah_filter_is_the_whole_subtree_of_a_code(data):
    for code, expected in WILAYAH_CASES:
        assert data.names(InsidenFilter(wilayah_code=code)) == expected, code


def test_a_code_is_not_a_prefix_of_a_longer_sibling_code(data):
    """'36.01' selects its own subtree only, never '36.010…' style codes."""
    with data.db.uow("tester") as uow:
        province = wilayah(uow, "36")
        uow.session.add(Wilayah(code="36.010", name="Kabupaten Uji", level=2, kind="kabupaten",
                                parent_id=province.id))  # fmt: skip
        uow.commit()
    fake = record(data.db, desa="36.010")
    data.ids["F"] = fake.id
    assert data.names(InsidenFilter(wilayah_code="36.01")) == {"A", "B", "C", "D"}
    assert data.names(InsidenFilter(wilayah_code="36.010")) == {"F"}
    assert "F" in data.names(InsidenFilter(wilayah_code="36"))


def test_category_severity_status_contest_and_stage_filters(data):
    with data.db.uow() as uow:
        kamtibmas = kategori_id(uow, "KAMTIBMAS")
        logistik = kategori_id(uow, "LOGISTIK")
        bencana = kategori_id(uow, "BENCANA")
    assert data.names(InsidenFilter(kategori_id=kamtibmas)) == {"A", "E"}
    assert data.names(InsidenFilter(kategori_id=logistik)) == {"G"}
    assert data.names(InsidenFilter(kategori_id=bencana)) == set()
    assert data.names(InsidenFilter(severity=1)) == {"C"}
    assert data.names(InsidenFilter(severity=2)) == {"A", "E"}
    assert data.names(InsidenFilter(severity=3)) == {"B", "G"}
    assert data.names(InsidenFilter(severity=4)) == {"D"}
    assert data.names(InsidenFilter(status=BARU)) == {"A", "B", "C"}
    assert data.names(InsidenFilter(status=TERVERIFIKASI)) == {"D"}
    assert data.names(InsidenFilter(status=DITINDAKLANJUTI)) == {"G"}
    assert data.names(InsidenFilter(status=TIDAK_VALID)) == {"E"}
    assert data.names(InsidenFilter(pemilihan_id=data.gov)) == {"A"}
    assert data.names(InsidenFilter(pemilihan_id=data.pandeglang)) == {"B"}
    assert data.names(InsidenFilter(tahapan_id=data.t14)) == {"A"}
    # Filters combine (AND).
    assert data.names(InsidenFilter(severity=3, wilayah_code="36.01")) == {"B"}
    assert data.names(InsidenFilter(kategori_id=kamtibmas, status=BARU)) == {"A"}


TEXT_CASES = [
    ("amplop", {"B"}),  # chronology, case-insensitive
    ("AMPLOP", {"B"}),
    ("gudang kpu", {"G"}),  # place detail
    ("SUMBERJAYA", {"A"}),
    ("  kecamatan  ", {"C"}),  # trimmed
    ("INS-2024", LISTED),
    ("ins-2024-00000", LISTED),
    ("tidak ada kata ini", set()),
    ("", LISTED),
]


def test_free_text_searches_number_place_and_chronology(data):
    for text, expected in TEXT_CASES:
        assert data.names(InsidenFilter(text=text)) == expected, text


def test_free_text_finds_one_incident_by_its_number(data):
    assert data.names(InsidenFilter(text=data.numbers["D"].lower())) == {"D"}


def _ordered_ids(db, flt: InsidenFilter) -> list[int]:
    with db.uow() as uow:
        return [r.id for r in insiden_query.query(uow, flt).rows]


def test_sorting_by_each_key_both_ways(data):
    with data.db.uow() as uow:
        rows = uow.session.scalars(select(Insiden).where(Insiden.archived.is_(False))).all()
        table = {key: {r.id: getattr(r, col.key) for r in rows} for key, col in SORT_KEYS.items()}
    for key, descending in product(sorted(SORT_KEYS), (False, True)):
        values = table[key]
        got = _ordered_ids(data.db, InsidenFilter(sort=key, descending=descending))
        assert sorted(got) == sorted(values)
        present = [i for i in got if values[i] is not None]
        # Rows without a value (only the deadline can be empty) are grouped at one end.
        missing = [i for i in got if values[i] is None]
        assert got in (present + missing, missing + present)
        expected = sorted(present, key=lambda i: (values[i], i), reverse=True)
        if not descending:
            # Ascending by value; equal values keep the newest record first.
            expected = sorted(present, key=lambda i: (values[i], -i))
        assert present == expected, (key, descending)
        assert missing == sorted(missing, reverse=True)


def test_incidents_without_a_deadline_sort_last_both_ways_on_every_backend(data):
    with data.db.uow() as uow:
        with_deadline = uow.session.get(Insiden, data.ids["G"]).id
    for descending in (False, True):
        got = _ordered_ids(data.db, InsidenFilter(sort="deadline", descending=descending))
        assert got[0] == with_deadline, descending


def test_an_unknown_sort_key_sorts_by_time_of_occurrence(data):
    got = _ordered_ids(data.db, InsidenFilter(sort="nonsense", descending=True))
    assert got == _ordered_ids(data.db, InsidenFilter(sort="occurred_at", descending=True))
    assert got[0] == data.ids["D"]  # 27 Nov 09.00, the latest


WINDOWS = [("occurred_at", True, 1), ("severity", False, 4), ("status", True, 4),
           ("tps", False, 5), ("deadline", True, 2)]  # fmt: skip


def test_windows_page_through_all_rows_without_gaps_or_repeats(data):
    for sort, descending, size in WINDOWS:
        _page_through(data, InsidenFilter(sort=sort, descending=descending), size)


def _page_through(data, flt: InsidenFilter, size: int) -> None:
    whole = _ordered_ids(data.db, flt)
    paged: list[int] = []
    offset = 0
    while True:
        with data.db.uow() as uow:
            page = insiden_query.query(uow, flt, offset=offset, limit=size)
        assert page.total == len(whole)
        if not page.rows:
            break
        assert len(page.rows) <= size
        paged += [r.id for r in page.rows]
        offset += size
    assert paged == whole
    assert len(set(paged)) == len(paged) == len(LISTED)


COUNT_FILTERS = [
    InsidenFilter(),
    InsidenFilter(wilayah_code="36.01"),
    InsidenFilter(date_from=date(2024, 11, 26), date_to=date(2024, 11, 27)),
    InsidenFilter(text="u"),
    InsidenFilter(severity=3),
    InsidenFilter(status=BARU),  # the bar counts what the table shows: Baru only
]


def test_counts_by_status_agree_with_the_list(data):
    for flt in COUNT_FILTERS:
        with data.db.uow() as uow:
            counts = insiden_query.counts(uow, flt)
            per_status = {
                s: insiden_query.query(uow, replace(flt, status=s)).total
                if flt.status in ("", s) else 0
                for s in STATUSES
            }  # fmt: skip
            shown = insiden_query.query(uow, flt).total
            overdue = insiden_query.query(uow, replace(flt, overdue_only=True)).total
        assert counts.by_status == per_status, flt
        assert counts.total == shown, flt
        assert counts.overdue == overdue, flt
    # With a status filter the bar describes the table above it: that status only (issue 19).
    assert counts.total == counts.by_status[BARU] == 3


def test_rows_carry_what_the_table_shows(data):
    with data.db.uow() as uow:
        rows = {r.id: r for r in insiden_query.query(uow, InsidenFilter()).rows}
    a = rows[data.ids["A"]]
    assert (a.number, a.wilayah, a.wilayah_code, a.tps, a.kategori, a.severity, a.status) == (
        data.numbers["A"],
        "Sumberjaya",
        "36.01.01.2001",
        "001",
        "Gangguan kamtibmas",
        2,
        BARU,
    )
    assert a.place_detail == "Balai desa Sumberjaya"
    assert (a.escalated_to, a.deadline, a.overdue) == ("", None, False)
    g = rows[data.ids["G"]]
    assert (g.escalated_to, g.deadline, g.overdue) == ("Polda/Polres", wib(30, 12), False)
