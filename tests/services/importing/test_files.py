"""Files as they arrive on a flash disk: a million empty rows, formulas, wrong types,
missing columns, damaged or mislabelled files, every CSV encoding and delimiter Excel
produces. Each is read quickly or refused with one clear Indonesian message."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.services.core.errors import DomainError
from app.services.importing import reader, sources, values, xlsx_stream
from app.services.importing.values import CellError
from tests.services.importing.helpers import preview, raw_xlsx, text_row, write_csv, write_xlsx

HEADER = ["kode", "nama", "mulai"]


def _rows(path, score=None):
    sheet = reader.open_sheet(path, score)
    return sheet, [(r.number, r.cells) for r in sheet.rows]


# --- a million empty rows -----------------------------------------------------------------


def test_a_million_formatted_empty_rows_end_where_the_data_ends(tmp_path):
    def rows():
        yield text_row(1, HEADER)
        yield text_row(2, ["T1", "Pendaftaran", "01/09/2024"])
        for number in range(3, 1_000_003):
            yield f'<row r="{number}" s="1" customFormat="1"><c r="A{number}" s="1"/></row>'

    path = raw_xlsx(tmp_path / "sejuta.xlsx", rows(), dimension="A1:C1000002")
    started = time.perf_counter()
    sheet, data = _rows(path)
    assert time.perf_counter() - started < 30
    assert sheet.headers == HEADER
    assert data == [(2, ["T1", "Pendaftaran", "01/09/2024"])]


def test_a_million_rows_of_blank_looking_cells_are_streamed_not_loaded(tmp_path, monkeypatch):
    """Cells holding a space defeat calamine's own skipping (it would hold every one of
    them); past the size limit the sheet is streamed, to its real end, cheaply."""

    def rows():
        yield text_row(1, HEADER)
        yield text_row(2, ["T1", "Pendaftaran", ""])
        for number in range(3, 1_000_003):
            yield text_row(number, [" "])

    path = raw_xlsx(tmp_path / "spasi.xlsx", rows())
    assert xlsx_stream.sheet_size(str(path)) > 50 * 2**20
    monkeypatch.setattr(sources, "STREAM_ABOVE_BYTES", 10 * 2**20)
    streamed = []
    real = sources._streamed
    monkeypatch.setattr(sources, "_streamed", lambda p: streamed.append(p) or real(p))
    started = time.perf_counter()
    sheet, data = _rows(path)
    assert streamed == [path]
    assert time.perf_counter() - started < 30
    assert data == [(2, ["T1", "Pendaftaran", ""])]
    assert sheet.warnings == []  # blank rows at the end are not a gap


def test_one_stray_cell_at_the_far_corner_does_not_take_the_program_down(tmp_path):
    """calamine would allocate the whole rectangle up to XFD1048576 and abort the process;
    such a sheet is streamed instead, to its real end: the stray cell is data, and the
    warning says where it is. Run in a child process: a regression kills it, not the test
    run."""

    def rows():
        yield text_row(1, HEADER)
        yield text_row(2, ["T1", "Pendaftaran", ""])
        yield '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'

    path = raw_xlsx(tmp_path / "pojok.xlsx", rows())
    code = (
        "import sys; from pathlib import Path; from app.services.importing import reader; "
        "s = reader.open_sheet(Path(sys.argv[1])); "
        "print([(r.number, len(r.cells), [c for c in r.cells if c is not None]) for r in s.rows]); "
        "print(s.warnings)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[3])  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    rows_line, warnings_line = done.stdout.strip().splitlines()
    assert rows_line == "[(2, 3, ['T1', 'Pendaftaran', '']), (1048576, 16384, ['x'])]"
    assert "1.048.573 baris kosong dilewati (baris 3–1.048.575)" in warnings_line
    assert "data berlanjut di baris 1.048.576" in warnings_line


def test_a_million_empty_csv_lines(tmp_path):
    path = tmp_path / "kosong.csv"
    path.write_text("kode;nama\nT1;Pendaftaran\n" + ";\n" * 1_000_000, encoding="utf-8")
    _sheet, data = _rows(path)
    assert data == [(2, ["T1", "Pendaftaran"])]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_data_after_a_long_blank_run_is_read_with_a_warning(tmp_path, kind):
    """Rows after 1.000 blank rows are read, and the user is told where data resumed."""
    if kind == "csv":
        path = tmp_path / "jeda.csv"
        path.write_text("kode,nama\nT1,Satu\n" + ",\n" * 1000 + "T2,Dua\n")
    else:
        path = write_xlsx(
            tmp_path / "jeda.xlsx",
            ["kode", "nama"],
            [["T1", "Satu"], *([[None]] * 1000), ["T2", "Dua"]],
        )
    sheet, data = _rows(path)
    assert [n for n, _ in data] == [2, 1003]
    assert sheet.warnings == [
        "1.000 baris kosong dilewati (baris 3–1.002); data berlanjut di baris 1.003."
    ]


def test_blank_run_warning_reaches_the_preview(db, tmp_path):
    path = tmp_path / "jeda.csv"
    path.write_text("kode,nama\nT97,Satu\n" + ",\n" * 1500 + "T98,Dua\n")
    checked = preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    assert [v.record.code for v in checked.valid] == ["T97", "T98"]
    assert checked.warnings == [
        "1.500 baris kosong dilewati (baris 3–1.502); data berlanjut di baris 1.503."
    ]


# --- formulas -----------------------------------------------------------------------------


def test_formulas_give_their_saved_value_and_are_never_run(tmp_path):
    def rows():
        yield text_row(1, HEADER)
        yield (
            '<row r="2"><c r="A2" t="inlineStr"><is><t>T1</t></is></c>'
            '<c r="B2" t="str"><f>UPPER("x")</f><v>X</v></c><c r="C2"><f>1+1</f><v>45623</v></c></row>'
        )
        yield text_row(3, ["T2", '=HYPERLINK("http://contoh.invalid","klik")', "'=1+1"])

    path = raw_xlsx(tmp_path / "rumus.xlsx", rows())
    _sheet, calamine_rows = _rows(path)
    assert calamine_rows == [
        (2, ["T1", "X", 45623]),
        (3, ["T2", '=HYPERLINK("http://contoh.invalid","klik")', "=1+1"]),
    ]
    streamed = list(xlsx_stream.iter_rows(str(path)))
    assert streamed[1] == ["T1", "X", 45623]


def test_formula_text_imports_as_text(db, tmp_path):
    path = write_csv(tmp_path / "j.csv", ["kode", "nama"], [["T97", "'=1+1"], ["T98", "@akun"]])
    checked = preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    assert [v.record.name for v in checked.valid] == ["=1+1", "@akun"]


# --- wrong types, missing columns -------------------------------------------------------


def test_wrong_types_are_row_errors(db, tmp_path):
    path = write_xlsx(
        tmp_path / "j.xlsx",
        ["kode", "nama", "mulai", "selesai"],
        [["T97", "A", True, None], ["T98", "B", "besok", None], ["T99", "C", 3.5e9, None],
         ["T96", "D", datetime(2024, 12, 1, 8), date(2024, 12, 2)]],
    )  # fmt: skip
    checked = preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    assert [(e.row, e.column) for e in checked.errors] == [(2, "mulai"), (3, "mulai"), (4, "mulai")]
    assert [v.record.code for v in checked.valid] == ["T96"]


def test_missing_required_column_names_it_and_its_synonyms(db, tmp_path):
    path = write_xlsx(tmp_path / "j.xlsx", ["Kode", "Tgl Mulai"], [["T1", "01/09/2024"]])
    with pytest.raises(DomainError) as caught:
        preview(db, "tester", "tahapan", path, {"pemilihan": "semua"})
    assert "'nama' (atau 'nama tahapan', 'tahapan', 'kegiatan', 'uraian')" in str(caught.value)


# --- damaged and mislabelled files ----------------------------------------------------------


def _good_xlsx(path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for n in range(2000):
        sheet.append([f"T{n}", "x" * 50, n])
    book.save(path)
    return path


def _damage(name, tmp_path):
    path = tmp_path / name
    if name == "terpotong.xlsx":
        whole = _good_xlsx(tmp_path / "utuh.xlsx").read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
    elif name == "csv-menyamar.xlsx":
        path.write_text("kode,nama\nT1,Satu\n")
    elif name == "dokumen.xlsx":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w/>")
    elif name == "sandi.xlsx":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    elif name == "biner.csv":
        path.write_bytes(bytes(range(256)) * 4)
    elif name == "excel-menyamar.csv":
        path.write_bytes(_good_xlsx(tmp_path / "asli.xlsx").read_bytes())
    elif name == "rusak-isi.xlsx":
        with (
            zipfile.ZipFile(_good_xlsx(tmp_path / "u.xlsx")) as good,
            zipfile.ZipFile(path, "w") as bad,
        ):
            for item in good.infolist():
                data = good.read(item)
                bad.writestr(item, data[:200] if item.filename.endswith("sheet1.xml") else data)
    elif name == "gambar.png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n")
    return path  # fmt: skip


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("terpotong.xlsx", "rusak atau terpotong"),
        ("csv-menyamar.xlsx", "simpan dengan akhiran .csv"),
        ("dokumen.xlsx", "bukan lembar kerja Excel"),
        ("sandi.xlsx", "kata sandi"),
        ("biner.csv", "bukan berkas teks CSV"),
        ("excel-menyamar.csv", "simpan dengan akhiran .xlsx"),
        ("rusak-isi.xlsx", "rusak"),
        ("gambar.png", "tidak didukung"),
    ],
)
def test_damaged_or_mislabelled_files_get_one_clear_message(tmp_path, name, message):
    path = _damage(name, tmp_path)
    with pytest.raises(DomainError, match=message) as caught:
        _sheet, _data = _rows(path)
    assert "Traceback" not in str(caught.value)
    assert path.name in str(caught.value) or "tidak didukung" in str(caught.value)


def test_a_folder_is_not_a_file(tmp_path):
    (tmp_path / "map.xlsx").mkdir()
    with pytest.raises(DomainError, match="folder"):
        reader.open_sheet(tmp_path / "map.xlsx")


# --- CSV encodings and delimiters -------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252", "latin-1"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_every_encoding_and_delimiter_excel_writes(tmp_path, encoding, delimiter):
    name = "Pengumuman ‘daftar’ pemilih – café" if encoding != "latin-1" else "Rapat café ÿ"
    path = write_csv(
        tmp_path / "j.csv", ["kode", "nama", "catatan"],
        [["T1", name, "a, b; c"], ["T2", "Dua", ""]], delimiter=delimiter, encoding=encoding,
    )  # fmt: skip
    _sheet, data = _rows(path, score=lambda cells: sum(c in ("kode", "nama") for c in cells))
    assert data[0] == (2, ["T1", name, "a, b; c"])


def test_csv_bytes_only_latin1_can_read_fall_back_to_it(tmp_path):
    path = tmp_path / "j.csv"
    path.write_bytes(b"kode;nama\nT1;Caf" + b"\x81\xe9\n")
    _sheet, data = _rows(path)
    assert data[0][1][1] == "Caf\x81é"


# --- the streaming reader agrees with calamine ------------------------------------------


def test_streaming_reader_reads_what_calamine_reads(tmp_path):
    path = write_xlsx(
        tmp_path / "biasa.xlsx", ["kode", "nama", "mulai", "jumlah", "aktif"],
        [["T1", "Satu ‘kutip’", date(2024, 9, 1), 12, True], ["T2", None, datetime(2024, 9, 2, 14, 30), 1.5, False],
         [], ["T3", "Tiga", "27/11/2024", 8926662, None]],
    )  # fmt: skip
    calamine = [list(r) for r in sources._calamine(path, path.read_bytes()[:8]).rows]
    streamed = list(xlsx_stream.iter_rows(str(path)))
    assert len(calamine) == len(streamed) == 5
    for left, right in zip(calamine, streamed, strict=True):
        left = [None if c == "" else c for c in left]
        right = right + [None] * (len(left) - len(right))
        for a, b in zip(left, right, strict=True):
            if isinstance(a, (date, datetime)):
                assert values.parse_datetime(b) == values.parse_datetime(a)
            else:
                assert a == b


# --- cell parsers for times ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("26/11/2024 21.30", datetime(2024, 11, 26, 21, 30)),
        ("26-11-2024 21:30:15", datetime(2024, 11, 26, 21, 30, 15)),
        ("2024-11-26T21:30:00", datetime(2024, 11, 26, 21, 30)),
        ("Selasa, 26 November 2024 pukul 21.30 WIB", datetime(2024, 11, 26, 21, 30)),
        ("26 Nov 2024", datetime(2024, 11, 26)),
        (45622.895833333336, datetime(2024, 11, 26, 21, 30)),
        ("45622,5", datetime(2024, 11, 26, 12)),
        (datetime(2024, 11, 26, 21, 29, 59, 999_600), datetime(2024, 11, 26, 21, 30)),
        (date(2024, 11, 26), datetime(2024, 11, 26)),
    ],
)
def test_parse_datetime_office_forms(raw, expected):
    assert values.parse_datetime(raw) == expected


@pytest.mark.parametrize("raw", ["kemarin", "26/11/2024 25.00", True, -3])
def test_parse_datetime_refusals(raw):
    with pytest.raises(CellError):
        values.parse_datetime(raw)


def test_parse_datetime_keeps_the_calendar_reason():
    with pytest.raises(CellError, match="kalender"):
        values.parse_datetime("31/02/2024 10.00")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("14.30", clock(14, 30)), ("pukul 9.05 WIB", clock(9, 5)), (0.5, clock(12)), ("07:15:30", clock(7, 15, 30))],
)  # fmt: skip
def test_parse_time(raw, expected):
    assert values.parse_time(raw) == expected
