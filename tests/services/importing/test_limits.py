"""Issue 18: what passes the preview fits the database (lengths and int4 ranges from the
model, checked per row on SQLite and PostgreSQL alike), numbers follow one convention per
sheet, cell values are shortened in messages, and only so many errors are kept."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.types import String

from app.models import Partisipasi
from app.services import registers
from app.services.importing import limits, numbers
from app.services.importing.values import parse_float, parse_int
from tests.services.importing.helpers import import_file, preview, write_csv
from tests.services.partisipasi.test_stats import contest_id
from tests.services.sosialisasi.test_import import GOOD as SOSIALISASI_GOOD
from tests.services.sosialisasi.test_import import HEADERS as SOSIALISASI_HEADERS

DPT_HEADER = ["kode wilayah", "DPT L", "DPT P", "sumber"]


def _dpt(path: Path, rows: list[list[object]], header: list[str] = DPT_HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _errors(checked) -> list[tuple[int, str, str]]:
    return [(e.row, e.column, e.reason) for e in checked.errors]


# --- validation matches storage ---------------------------------------------------------


def test_every_import_column_declares_what_it_can_store():
    """Each column says once what fits: the model column it is stored in (or matched
    against), or an explicit length where there is none; a String column's length is the
    model's, an Integer column's range is int4."""
    for jenis in registers.ALL_JENIS:
        for column in registers.import_spec(jenis).columns:
            length, bounds = column.limits
            assert length >= 1, (jenis, column.key)
            stored = column.store.property.columns[0] if column.store is not None else None
            if stored is not None and isinstance(stored.type, String) and stored.type.length:
                assert length == stored.type.length, (jenis, column.key)
            if stored is not None and type(stored.type).__name__ == "Integer":
                assert bounds == limits.INT4, (jenis, column.key)
            text_like = getattr(column.parse, "__name__", "") in ("text", "long_text")
            assert not text_like or column.store is not None or column.max_length, (
                f"{jenis}.{column.key} stores text without saying how long it may be"
            )


def test_figures_past_int4_and_texts_past_their_column_are_row_errors(db, tmp_path):
    """A 20-digit DPT, 3.000.000.000 (past PostgreSQL's int4) and a 270-character source
    are refused in the preview, by row and column, on both backends; the good row still
    goes in (and 2.147.483.647, the largest int4, is stored)."""
    gid = contest_id(db, "36")
    path = _dpt(tmp_path / "dpt.csv", [
        ["36.01", "12345678901234567890", "1", "KPU"],
        ["36.02", "3.000.000.000", "1", "KPU"],
        ["36.03", "1", "1", "s" * 270],
        ["36.04", "2.147.483.647", "0", "KPU"],
    ])  # fmt: skip
    checked = preview(db, "tester", "partisipasi", path, {"pemilihan": gid})
    assert _errors(checked) == [
        (2, "DPT laki-laki", "Angka 12.345.678.901.234.567.890 di luar batas yang dapat "
                             "disimpan (paling besar 2.147.483.647)."),
        (3, "DPT laki-laki", "Angka 3.000.000.000 di luar batas yang dapat disimpan (paling "
                             "besar 2.147.483.647)."),
        (4, "sumber", "Terlalu panjang: 270 huruf, paling banyak 200 huruf."),
    ]  # fmt: skip
    assert [v.row for v in checked.valid] == [5]
    with db.uow("tester") as uow:
        outcome = registers.import_spec("partisipasi").apply(
            uow, registers.import_spec("partisipasi").load_context(uow, {"pemilihan": gid}),
            [v.record for v in checked.valid],
        )  # fmt: skip
        uow.commit()
    assert outcome.created == 1
    with db.uow() as uow:
        stored = uow.session.scalar(
            select(Partisipasi.dpt_men).where(Partisipasi.wilayah_code == "36.04")
        )
    assert stored == 2_147_483_647


def test_a_stage_code_longer_than_its_column_is_refused_in_the_preview(db, tmp_path):
    path = write_csv(tmp_path / "j.csv", ["kode", "nama"], [["T" * 30, "Terlalu panjang"],
                                                             ["T98", "n" * 301], ["T99", "Baik"]])  # fmt: skip
    checked = preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    assert _errors(checked) == [
        (2, "kode", "Terlalu panjang: 30 huruf, paling banyak 20 huruf."),
        (3, "nama", "Terlalu panjang: 301 huruf, paling banyak 300 huruf."),
    ]
    import_file(db, "tester", "tahapan", write_csv(tmp_path / "k.csv", ["kode", "nama"],
                                                   [["T99", "Baik"]]), {"pemilihan": "semua"})  # fmt: skip


def test_an_outreach_topic_longer_than_its_column_is_refused(db, tmp_path):
    from tests.services.insiden.helpers import OPERATOR_ACTOR

    rows = [list(SOSIALISASI_GOOD[0]), list(SOSIALISASI_GOOD[1])]
    rows[0][SOSIALISASI_HEADERS.index("Topik")] = "t" * 377
    path = write_csv(tmp_path / "s.csv", SOSIALISASI_HEADERS, rows, delimiter=";")
    checked = preview(db, OPERATOR_ACTOR, "sosialisasi", path)
    assert _errors(checked) == [
        (2, "topik", "Terlalu panjang: 377 huruf, paling banyak 300 huruf.")
    ]
    assert [v.row for v in checked.valid] == [3]


# --- one number convention per sheet -----------------------------------------------------


def test_english_thousands_are_read_as_thousands(db, tmp_path):
    """ "1,000" and "2,000" beside "505,943": before, 1 and 2 were stored and 505,943 refused."""
    gid = contest_id(db, "36")
    path = _dpt(tmp_path / "en.csv", [["36.01", "1,000", "2,000", "KPU"],
                                      ["36.02", "505,943", "1,234,567", "KPU"]])  # fmt: skip
    checked = preview(db, "tester", "partisipasi", path, {"pemilihan": gid})
    assert not checked.errors
    assert [v.record.values["dpt_men"] for v in checked.valid] == [1000, 505_943]
    assert [v.record.values["dpt_women"] for v in checked.valid] == [2000, 1_234_567]


def test_a_sheet_mixing_both_conventions_is_refused_naming_both_cells(db, tmp_path):
    gid = contest_id(db, "36")
    path = _dpt(tmp_path / "campur.csv", [["36.01", "1,000", "2,000", "KPU"],
                                          ["36.02", "8.926.662", "1", "KPU"]])  # fmt: skip
    with pytest.raises(numbers.MixedNumbers) as refused:
        preview(db, "tester", "partisipasi", path, {"pemilihan": gid})
    message = str(refused.value)
    assert "'1,000' (baris 2, kolom DPT laki-laki) memakai gaya Inggris" in message
    assert "'8.926.662' (baris 3, kolom DPT laki-laki) memakai gaya Indonesia" in message
    assert "Tidak ada yang disimpan" in message


def test_an_ambiguous_decimal_read_one_way_is_refused_when_the_sheet_shows_the_other():
    sheet = numbers.SheetNumbers()
    with numbers.reading(sheet):
        sheet.row, sheet.column = 2, "skor IKP"
        assert parse_float("1,500") == 1.5  # Indonesian until the sheet says otherwise
        sheet.row = 3
        with pytest.raises(numbers.MixedNumbers, match="'1,500' \\(baris 2, kolom skor IKP\\) "
                                                       "dibaca menurut gaya Indonesia"):  # fmt: skip
            parse_float("77.74")
    english = numbers.SheetNumbers()
    with numbers.reading(english):
        assert parse_float("77.74") == 77.74
        assert parse_float("1,500") == 1500.0  # the sheet is English: a thousand and a half


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("8.926.662", 8_926_662), ("1.000", 1000), ("1,000", 1000), ("Rp 5.000.000", 5_000_000),
     ("-1.234", -1234), ("12345678901234567890", 12_345_678_901_234_567_890)],
)  # fmt: skip
def test_whole_numbers_as_offices_type_them(raw, expected):
    assert parse_int(raw) == expected


@pytest.mark.parametrize("raw", ["1e5", "8.93E+06", "NaN", "inf", "1.2.3", "1,00,000", "1..0"])
def test_text_that_only_looks_like_a_number_is_refused(raw):
    with pytest.raises(Exception, match="bukan angka|notasi ilmiah"):
        parse_float(raw)


# --- messages stay readable ---------------------------------------------------------------


def test_a_huge_cell_is_never_repeated_in_its_message(db, tmp_path):
    """A 20.000-character cell is not echoed in a 20 KB error line: it is refused by its
    length; a shorter bad value is quoted shortened with '…'."""
    path = write_csv(
        tmp_path / "j.csv", ["kode", "nama", "mulai"],
        [["T97", "Satu", "x" * 20_000], ["T98", "Dua", "y" * 390]],
    )  # fmt: skip
    checked = preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    first, second = checked.errors
    assert (first.column, first.reason) == (
        "mulai", "Terlalu panjang: 20.000 huruf, paling banyak 200 huruf."
    )  # fmt: skip
    assert second.reason.startswith("'" + "y" * 59 + "…' bukan tanggal")
    assert len(second.reason) < 250


def test_only_the_first_errors_are_kept_but_every_one_is_counted(db, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "ERRORS_KEPT", 5)
    rows = [[f"T{n}", "Nama", "bukan tanggal"] for n in range(100, 120)]
    path = write_csv(tmp_path / "j.csv", ["kode", "nama", "mulai"], rows)
    checked = preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    assert len(checked.errors) == 5
    assert checked.error_rows == 20 and checked.errors_not_kept == 15
    assert checked.has_errors and not checked.valid


def test_long_ignored_headers_are_shortened(db, tmp_path):
    path = write_csv(tmp_path / "j.csv", ["kode", "nama", "h" * 5000], [["T97", "Satu", "x"]])
    checked = preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    assert [len(name) for name in checked.ignored_columns] == [40]


def test_a_cell_of_thousands_of_digits_never_reaches_a_parser(db, tmp_path):
    """Python refuses to turn more than 4.300 digits into a number; such a cell is a row
    error, not 'kesalahan yang tidak terduga'."""
    digits = "9" * 30_000
    path = write_csv(tmp_path / "j.csv", ["kode", "nama", "mulai"], [["T97", "Satu", digits]])
    checked = preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    assert [(e.column, e.reason) for e in checked.errors] == [
        ("mulai", "Terlalu panjang: 30.000 huruf, paling banyak 200 huruf.")
    ]
    with pytest.raises(Exception, match="terlalu panjang"):
        parse_int("9" * 5000)
