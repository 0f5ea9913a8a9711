"""Spreadsheet import (SPEC 8): cell parsing as offices type it, tolerant headers, preview
with per-row errors, all-valid-rows-in-one-transaction commit, idempotent re-import, and
the import template."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.models import Pemilihan, Tahapan
from app.services import registers
from app.services.core.errors import DomainError
from app.services.importing import columns, engine, values, workbook
from app.services.importing.values import CellError

# --- values ------------------------------------------------------------------------------

VOTING_DAY = date(2024, 11, 27)


@pytest.mark.parametrize(
    "raw",
    [
        "27/11/2024",
        "27-11-2024",
        "2024-11-27",
        "27 Nov 2024",
        "27 November 2024",
        "Rabu, 27 November 2024",
        "27.11.2024",
        "  27/11/2024 ",
        "27 NOPEMBER 2024",
        "27/11/24",
        45623,
        45623.0,
        "45623",
        datetime(2024, 11, 27, 14, 30),
        date(2024, 11, 27),
        "2024-11-27 00:00:00",
    ],
)
def test_parse_date_accepts_office_forms(raw):
    assert values.parse_date(raw) == VOTING_DAY


def test_parse_date_indonesian_month_names():
    assert values.parse_date("27 Agustus 2024") == date(2024, 8, 27)
    assert values.parse_date("1 Mei 2024") == date(2024, 5, 1)
    assert values.parse_date("17 Okt 2024") == date(2024, 10, 17)
    assert values.parse_date("5 Des 2024") == date(2024, 12, 5)


def test_parse_date_is_day_first():
    assert values.parse_date("01/02/2024") == date(2024, 2, 1)


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_parse_date_blank_is_none(raw):
    assert values.parse_date(raw) is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("31/02/2024", "tidak ada di kalender"),
        ("29/02/2023", "tidak ada di kalender"),
        ("27/13/2024", "tidak ada di kalender"),
        ("kemarin", "bukan tanggal yang dikenali"),
        ("27 Brumaire 2024", "bukan tanggal yang dikenali"),
        (-5, "bukan tanggal"),
        (True, "bukan tanggal"),
    ],
)
def test_parse_date_errors_are_in_indonesian(raw, message):
    with pytest.raises(CellError, match=message) as caught:
        values.parse_date(raw)
    if message == "bukan tanggal yang dikenali":
        assert "27/11/2024" in str(caught.value)  # tells the user what to type instead


def test_parse_date_leap_day():
    assert values.parse_date("29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("8.926.662", 8926662.0),
        ("66,05", 66.05),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        (12.0, 12.0),
        (7, 7.0),
        ("66,05%", 66.05),
        ("Rp 1.500.000", 1500000.0),
        ("-3", -3.0),
        ("1.234", 1234.0),
        ("0,5", 0.5),
    ],
)
def test_parse_float(raw, expected):
    assert values.parse_float(raw) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("8.926.662", 8926662), (12.0, 12), ("12", 12), ("1.234", 1234), (None, None), (" ", None)],
)
def test_parse_int(raw, expected):
    assert values.parse_int(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [("12,5", "harus bilangan bulat"), (12.5, "harus bilangan bulat"), ("dua", "bukan angka")],
)
def test_parse_int_errors(raw, message):
    with pytest.raises(CellError, match=message):
        values.parse_int(raw)


def test_parse_float_rejects_words():
    with pytest.raises(CellError, match="bukan angka"):
        values.parse_float("banyak")


# --- header matching ---------------------------------------------------------------------


def _spec():
    return registers.import_spec("tahapan")


def test_headers_matched_tolerantly():
    match = columns.match_headers(
        _spec().columns,
        [
            "  KODE ",
            "Nama Tahapan",
            "Tgl Mulai",
            "Tanggal  Selesai",
            "Kode_Induk",
            "Kolom Lain",
            None,
        ],
    )
    assert match.positions == {"kode": 0, "nama": 1, "mulai": 2, "selesai": 3, "induk": 4}
    assert match.missing == []
    assert match.ignored == ["Kolom Lain"]


def test_headers_report_missing_required_columns():
    match = columns.match_headers(_spec().columns, ["Kode", "Mulai", "Selesai"])
    assert [c.key for c in match.missing] == ["nama"]


def test_a_repeated_header_is_ignored_not_overwritten():
    match = columns.match_headers(_spec().columns, ["Kode", "Nama", "KODE"])
    assert match.positions["kode"] == 0
    assert match.ignored == ["KODE"]


# --- end to end --------------------------------------------------------------------------

MESSY_HEADERS = ["  KODE ", "Nama Tahapan", "Tgl Mulai", "Tanggal Selesai", "Induk", "Keterangan"]
GOOD_ROWS = [
    ["T20", "Penyelesaian sengketa hasil", "10/12/2024", "20 Januari 2025", "", "di MK"],
    ["T20.1", "Pengajuan permohonan", "2024-12-10", "12-12-2024", "T20", ""],
    ["T21", "Pelantikan", "7 Feb 2025", "7 Feb 2025", "", ""],
]


def _write_csv(path: Path, header: list[str], rows: list[list[object]], **kwargs) -> Path:
    delimiter = kwargs.pop("delimiter", ",")
    with path.open("w", newline="", encoding=kwargs.pop("encoding", "utf-8")) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _write_xlsx(path: Path, header: list[object], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _contest_ids(db) -> dict[str, int]:
    with db.uow() as uow:
        return dict(uow.session.execute(select(Pemilihan.name, Pemilihan.id)).all())


def _stages(db, code: str) -> dict[int, Tahapan]:
    """code → {contest id: stage} as plain snapshots."""
    with db.uow() as uow:
        rows = uow.session.scalars(select(Tahapan).where(Tahapan.code == code)).all()
        uow.session.expunge_all()
    return {t.pemilihan_id: t for t in rows}


def _stage_count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(Tahapan.id)))


def _preview(db, path: Path, options: dict | None = None) -> engine.Preview:
    with db.uow("operator1") as uow:
        return engine.preview(uow, _spec(), path, options)


def _import(db, path: Path, options: dict | None = None):
    checked = _preview(db, path, options)
    with db.uow("operator1") as uow:
        return engine.commit(uow, _spec(), checked)


def test_good_file_imports_into_the_chosen_contest(db, tmp_path):
    contest = _contest_ids(db)["Pemilihan Wali Kota dan Wakil Wali Kota Cilegon 2024"]
    path = _write_csv(tmp_path / "jadwal.csv", MESSY_HEADERS, GOOD_ROWS)
    before = _stage_count(db)

    checked = _preview(db, path, {"pemilihan": contest})
    assert checked.errors == []
    assert [v.row for v in checked.valid] == [2, 3, 4]
    assert _stage_count(db) == before  # a preview writes nothing

    with db.uow("operator1") as uow:
        outcome = engine.commit(uow, _spec(), checked)
    assert (outcome.created, outcome.updated) == (3, 0)
    assert "3 data baru" in outcome.summary()
    assert _stage_count(db) == before + 3

    t20 = _stages(db, "T20")
    assert list(t20) == [contest]
    stage = t20[contest]
    assert (stage.name, stage.planned_start, stage.planned_end) == (
        "Penyelesaian sengketa hasil",
        date(2024, 12, 10),
        date(2025, 1, 20),
    )
    assert stage.schedule_note == "di MK"
    assert stage.created_by == "operator1"
    assert _stages(db, "T20.1")[contest].parent_id == stage.id


def test_good_file_imports_into_every_contest_by_default(db, tmp_path):
    path = _write_csv(tmp_path / "jadwal.csv", MESSY_HEADERS, GOOD_ROWS)
    before = _stage_count(db)
    outcome = _import(db, path)
    assert (outcome.created, outcome.updated) == (27, 0)
    assert "9 pemilihan" in outcome.changes.summary
    assert _stage_count(db) == before + 27
    assert set(_stages(db, "T21")) == set(_contest_ids(db).values())
    parents = _stages(db, "T20")
    for contest_id, sub in _stages(db, "T20.1").items():
        assert sub.parent_id == parents[contest_id].id


def test_reimporting_the_same_file_changes_nothing(db, tmp_path):
    path = _write_xlsx(tmp_path / "jadwal.xlsx", MESSY_HEADERS, GOOD_ROWS)
    _import(db, path)
    count = _stage_count(db)
    versions = {c: t.version for c, t in _stages(db, "T20").items()}

    again = _import(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 27)
    assert _stage_count(db) == count
    assert {c: t.version for c, t in _stages(db, "T20").items()} == versions


def test_import_updates_the_plan_but_keeps_what_the_desk_recorded(db, tmp_path):
    contest = _contest_ids(db)["Pemilihan Bupati dan Wakil Bupati Lebak 2024"]
    with db.uow("operator1") as uow:
        stage = uow.session.scalar(
            select(Tahapan).where(Tahapan.pemilihan_id == contest, Tahapan.code == "T14")
        )
        stage.actual_start, stage.progress = date(2024, 9, 25), 60
        uow.commit()
    path = _write_csv(
        tmp_path / "revisi.csv",
        ["kode", "nama", "mulai", "selesai"],
        [["T14", "Kampanye", "25/09/2024", "24/11/2024"]],
    )
    outcome = _import(db, path, {"pemilihan": contest})
    assert outcome.updated == 1
    stage = _stages(db, "T14")[contest]
    assert stage.planned_end == date(2024, 11, 24)
    assert (stage.actual_start, stage.progress) == (date(2024, 9, 25), 60)


def test_xlsx_with_real_date_cells_and_serials(db, tmp_path):
    contest = _contest_ids(db)["Pemilihan Gubernur dan Wakil Gubernur Banten 2024"]
    path = _write_xlsx(
        tmp_path / "jadwal.xlsx",
        ["Kode", "Nama", "Mulai", "Selesai"],
        [
            ["T20", "Sengketa", datetime(2024, 12, 10), date(2025, 1, 20)],
            ["T21", "Pelantikan", 45623, "Rabu, 27 November 2024"],
        ],
    )
    _import(db, path, {"pemilihan": contest})
    t20, t21 = _stages(db, "T20")[contest], _stages(db, "T21")[contest]
    assert (t20.planned_start, t20.planned_end) == (date(2024, 12, 10), date(2025, 1, 20))
    assert (t21.planned_start, t21.planned_end) == (VOTING_DAY, VOTING_DAY)


def test_row_errors_name_row_column_and_reason(db, tmp_path):
    rows = [
        ["A01", "Baik", "01/10/2024", "31/10/2024", ""],  # row 2: fine
        ["A02", "Tanggal salah", "31/02/2024", "31/10/2024", ""],  # row 3
        ["A03", "Terbalik", "31/10/2024", "01/10/2024", ""],  # row 4
        ["A01", "Kode ganda", "01/10/2024", "31/10/2024", ""],  # row 5
        ["A05", "Induk tak dikenal", "01/10/2024", "31/10/2024", "ZZ9"],  # row 6
        ["A06", "", "01/10/2024", "31/10/2024", ""],  # row 7
        ["A07", "Sub A01", "", "", "A01"],  # row 8: fine
        ["A08", "Sub T17 (sudah di basis data)", "", "", "T17"],  # row 9: fine
    ]
    path = _write_xlsx(
        tmp_path / "jadwal.xlsx", ["kode", "nama", "mulai", "selesai", "induk"], rows
    )
    before = _stage_count(db)
    checked = _preview(db, path)
    assert _stage_count(db) == before

    by_row = {e.row: e for e in checked.errors}
    assert sorted(by_row) == [3, 4, 5, 6, 7]
    assert by_row[3].column == "mulai" and "tidak ada di kalender" in by_row[3].reason
    assert by_row[4].column == "selesai" and "sebelum tanggal mulai" in by_row[4].reason
    assert by_row[5].column == "kode" and "sudah dipakai di baris 2" in by_row[5].reason
    assert by_row[6].column == "induk" and "ZZ9" in by_row[6].reason
    assert by_row[7].column == "nama" and "Wajib diisi" in by_row[7].reason
    assert checked.error_rows == 5
    assert [v.row for v in checked.valid] == [2, 8, 9]
    assert checked.total_rows == 8

    # The valid rows still go in; the bad ones do not.
    with db.uow("operator1") as uow:
        outcome = engine.commit(uow, _spec(), checked)
    assert outcome.created == 3 * 9
    assert _stage_count(db) == before + 27
    assert _stages(db, "A02") == {}
    assert _stages(db, "A05") == {}
    assert all(s.name == "Baik" for s in _stages(db, "A01").values())


def test_error_rows_follow_excel_numbering_across_blank_rows(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["A2"], sheet["B2"] = "Kode", "Nama"  # title row left empty
    sheet["A3"], sheet["B3"] = "B01", "Satu"
    sheet["A5"], sheet["B5"] = "B02", ""  # row 4 blank; row 5 lacks a name
    book.save(tmp_path / "jadwal.xlsx")
    checked = _preview(db, tmp_path / "jadwal.xlsx")
    assert [(e.row, e.column) for e in checked.errors] == [(5, "nama")]
    assert [v.row for v in checked.valid] == [3]


def test_error_list_can_be_written_for_the_user(db, tmp_path):
    path = _write_csv(tmp_path / "j.csv", ["kode", "nama"], [["C01", ""]])
    checked = _preview(db, path)
    out = tmp_path / "kesalahan.xlsx"
    workbook.write_errors(checked.errors, out)
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == ["Baris", "Kolom", "Masalah"]
    assert [c.value for c in sheet[2]] == [2, "nama", "Wajib diisi."]


def test_missing_required_column_is_refused_naming_it(db, tmp_path):
    path = _write_csv(tmp_path / "j.csv", ["Kode", "Tgl Mulai"], [["T20", "01/12/2024"]])
    with db.uow() as uow, pytest.raises(DomainError, match="'nama'") as caught:
        engine.preview(uow, _spec(), path)
    assert "Kolom wajib tidak ditemukan" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("kosong.csv", b"", "kosong"),
        ("judul.csv", b"kode,nama\r\n", "tidak berisi baris data"),
        ("palsu.xlsx", b"kode,nama\nT20,Sengketa\n", "tidak dapat dibaca: isinya teks"),
        ("dokumen.pdf", b"%PDF-1.4", "tidak didukung"),
    ],
)
def test_unreadable_files_are_refused_in_indonesian(db, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with db.uow() as uow, pytest.raises(DomainError, match=message):
        engine.preview(uow, _spec(), path)


def test_empty_xlsx_is_refused(db, tmp_path):
    Workbook().save(tmp_path / "kosong.xlsx")
    with db.uow() as uow, pytest.raises(DomainError, match="kosong"):
        engine.preview(uow, _spec(), tmp_path / "kosong.xlsx")


def test_missing_file_is_refused(db, tmp_path):
    with db.uow() as uow, pytest.raises(DomainError, match="tidak ditemukan"):
        engine.preview(uow, _spec(), tmp_path / "tidak-ada.csv")


def test_commit_without_valid_rows_is_refused(db, tmp_path):
    path = _write_csv(tmp_path / "j.csv", ["kode", "nama"], [["C01", ""]])
    checked = _preview(db, path)
    with db.uow() as uow, pytest.raises(DomainError, match="Tidak ada baris yang valid"):
        engine.commit(uow, _spec(), checked)


def test_semicolon_cp1252_csv_from_excel(db, tmp_path):
    contest = _contest_ids(db)["Pemilihan Bupati dan Wakil Bupati Serang 2024"]
    path = _write_csv(
        tmp_path / "excel.csv",
        ["Kode", "Nama Tahapan", "Tgl Mulai", "Tgl Selesai", "Keterangan"],
        [
            ["T20", "Sengketa hasil – Mahkamah Konstitusi", "10/12/2024", "20/01/2025", "café, 2×"],
            ["T21", "Pelantikan", "07/02/2025", "07/02/2025", ""],
        ],
        delimiter=";",
        encoding="cp1252",
    )
    _import(db, path, {"pemilihan": contest})
    stage = _stages(db, "T20")[contest]
    assert stage.name == "Sengketa hasil – Mahkamah Konstitusi"
    assert stage.schedule_note == "café, 2×"
    assert stage.planned_end == date(2025, 1, 20)


def test_unknown_target_contest_is_refused(db, tmp_path):
    path = _write_csv(tmp_path / "j.csv", ["kode", "nama"], [["C01", "Satu"]])
    with (
        db.uow() as uow,
        pytest.raises(DomainError, match="Pemilihan tujuan impor tidak ditemukan"),
    ):
        engine.preview(uow, _spec(), path, {"pemilihan": 999})


# --- fixed bugs (regression tests) --------------------------------------------------------------------------


def test_sub_stage_of_a_governor_only_stage_is_not_flattened(db, tmp_path):
    path = _write_csv(
        tmp_path / "j.csv",
        ["kode", "induk", "nama"],
        [["T17.4.1", "T17.4", "Rapat pleno provinsi"], ["T21", "", "Pelantikan"]],
    )
    checked = _preview(db, path)
    if checked.valid:
        with db.uow("operator1") as uow:
            engine.commit(uow, _spec(), checked)
    # Either the row is reported, or it goes only where its parent exists; never orphaned.
    assert all(s.parent_id is not None for s in _stages(db, "T17.4.1").values())


def test_child_of_a_rejected_row_is_reported(db, tmp_path):
    contest = _contest_ids(db)["Pemilihan Bupati dan Wakil Bupati Lebak 2024"]
    path = _write_csv(
        tmp_path / "j.csv",
        ["kode", "induk", "nama"],
        [["Q1", "ZZ", "Induk dengan induk salah"], ["Q2", "Q1", "Anak"], ["Q3", "", "Lain"]],
    )
    checked = _preview(db, path, {"pemilihan": contest})
    assert {e.row for e in checked.errors} == {2, 3}


def test_partial_file_with_identical_data_changes_nothing(db, tmp_path):
    from app.services.tahapan import records as tahapan

    contest = _contest_ids(db)["Pemilihan Bupati dan Wakil Bupati Lebak 2024"]
    with db.uow() as uow:
        order = [r.code for r in tahapan.list_tahapan(uow, contest)]
    path = _write_csv(
        tmp_path / "j.csv",
        ["kode", "nama", "mulai", "selesai"],
        [["T14", "Kampanye", "25/09/2024", "23/11/2024"]],
    )
    outcome = _import(db, path, {"pemilihan": contest})
    with db.uow() as uow:
        assert [r.code for r in tahapan.list_tahapan(uow, contest)] == order
    assert (outcome.updated, outcome.unchanged) == (0, 1)


def test_file_without_date_columns_keeps_planned_dates(db, tmp_path):
    contest = _contest_ids(db)["Pemilihan Bupati dan Wakil Bupati Lebak 2024"]
    path = _write_csv(tmp_path / "j.csv", ["kode", "nama"], [["T14", "Kampanye pasangan calon"]])
    _import(db, path, {"pemilihan": contest})
    stage = _stages(db, "T14")[contest]
    assert stage.name == "Kampanye pasangan calon"
    assert (stage.planned_start, stage.planned_end) == (date(2024, 9, 25), date(2024, 11, 23))


# --- template and registry ---------------------------------------------------------------


def test_template_headers_equal_the_spec_and_have_instructions(tmp_path):
    spec = _spec()
    path = tmp_path / "templat" / "tahapan.xlsx"
    workbook.write_template(spec, path)
    book = load_workbook(path)
    first = book.worksheets[0]
    assert [c.value for c in first[1]] == [c.header for c in spec.columns]
    assert first.max_row == 1
    assert "Petunjuk" in book.sheetnames
    notes = {row[0]: row for row in book["Petunjuk"].iter_rows(min_row=2, values_only=True)}
    assert notes["kode"][1] == "Ya" and notes["nama"][1] == "Ya"
    assert notes["mulai"][1] == "Tidak"


def test_a_filled_in_template_imports(db, tmp_path):
    path = tmp_path / "tahapan.xlsx"
    workbook.write_template(_spec(), path)
    book = load_workbook(path)
    book.worksheets[0].append(["T20", "", "Sengketa", "10/12/2024", "20/01/2025", "", "gubernur"])
    book.save(path)
    outcome = _import(db, path)
    assert outcome.created == 1  # "untuk: gubernur" → only the governor contest
    (contest_id,) = _stages(db, "T20")
    with db.uow() as uow:
        assert uow.session.get(Pemilihan, contest_id).kind == "gubernur"


@pytest.mark.parametrize("raw", ["=1+1", "+62812", "-1", "@SUM(A1)"])
def test_formula_like_cells_are_neutralised(raw):
    assert workbook.neutralise(raw) == "'" + raw


@pytest.mark.parametrize("raw", ["Kampanye", "", 12, None, "a=b"])
def test_ordinary_cells_are_left_alone(raw):
    assert workbook.neutralise(raw) == raw


def test_unknown_jenis_is_refused_with_choices():
    with pytest.raises(DomainError, match="tidak dikenal") as caught:
        registers.import_spec("pemilih")
    assert "tahapan" in str(caught.value)
