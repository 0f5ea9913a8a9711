"""Issue 18: every cap of ``importing.limits`` is checked while a file streams, and past
it the file is refused with one clear Indonesian message ("terlalu besar", "sel terlalu
panjang") — never a MemoryError, never a traceback. The caps are lowered here so each
case is small; ``test_bombs.py`` feeds real bombs to the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.core.errors import DomainError
from app.services.importing import limits, reader, sources, xlsx_stream
from bench import bombs
from tests.services.importing.helpers import raw_xlsx, text_row, write_csv

HEADER = ["kode", "nama", "mulai"]


def _read(path: Path) -> list[tuple[int, list[object]]]:
    sheet = reader.open_sheet(path)
    return [(r.number, r.cells) for r in sheet.rows]


def _refused(path: Path, match: str) -> str:
    with pytest.raises(DomainError, match=match) as refused:
        _read(path)
    assert path.name in str(refused.value)
    return str(refused.value)


@pytest.mark.parametrize("streamed", [False, True])
@pytest.mark.parametrize("shared", [False, True])
def test_a_cell_past_excels_limit_refuses_the_file(tmp_path, monkeypatch, streamed, shared):
    """Inline or shared, read by calamine or streamed (openpyxl cannot write such a cell:
    Excel's own limit is 32.767 characters)."""
    if streamed:
        monkeypatch.setattr(sources, "STREAM_ABOVE_BYTES", 0)
    path = bombs.xlsx_cell(tmp_path, limits.CELL_CHARS + 1, shared=shared)
    message = _refused(path, "sel terlalu panjang")
    assert "32.767 huruf" in message


def test_a_csv_cell_past_excels_limit_refuses_the_file(tmp_path):
    path = write_csv(tmp_path / "sel.csv", HEADER, [["T1", "x" * (limits.CELL_CHARS + 1), ""]])
    _refused(path, "sel terlalu panjang \\(baris 2 kolom ke-2")


def test_a_quoted_csv_field_spanning_lines_is_capped_too(tmp_path):
    path = tmp_path / "kutip.csv"
    path.write_text('kode,nama\nT1,"' + "baris\n" * 40_000 + '"\n')
    _refused(path, "sel terlalu panjang")


def test_a_csv_line_past_the_cap_is_refused_before_it_is_held(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "CSV_LINE_CHARS", 1000)
    path = tmp_path / "panjang.csv"
    path.write_text("kode,nama\nT1," + "x" * 5000 + "\n")
    _refused(path, "terlalu besar: baris fisik ke-2 lebih dari 1.000 huruf")


def test_more_cells_in_a_row_than_excel_has_columns(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "ROW_CELLS", 10)
    path = tmp_path / "koma.csv"
    path.write_text("kode,nama\nT1" + "," * 20 + "\n")
    _refused(path, "baris 2 berisi lebih dari 10 kolom")


def test_more_data_rows_than_one_preview_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "DATA_ROWS", 10)
    path = write_csv(tmp_path / "banyak.csv", HEADER, [[f"T{n}", "x", ""] for n in range(11)])
    _refused(path, "terlalu besar: lebih dari 10 baris data")
    fine = write_csv(tmp_path / "cukup.csv", HEADER, [[f"T{n}", "x", ""] for n in range(10)])
    assert len(_read(fine)) == 10


def test_a_sheet_claiming_rows_past_excels_last(tmp_path):
    def rows():
        yield text_row(1, HEADER)
        yield '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>'

    monkey = raw_xlsx(tmp_path / "jauh.xlsx", rows())
    _refused(monkey, "lebih dari 1.048.576 baris")


def test_a_csv_of_more_lines_than_excel_has_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "SHEET_ROWS", 100)
    path = tmp_path / "kosong.csv"
    path.write_text("kode,nama\nT1,Satu\n" + "\n" * 200)
    _refused(path, "lebih dari 100 baris")


def test_unpacked_size_past_the_cap_is_refused_before_reading(tmp_path, monkeypatch):
    def rows():
        yield text_row(1, HEADER)
        for n in range(2, 3000):
            yield text_row(n, [f"T{n}", "x" * 100, ""])

    path = raw_xlsx(tmp_path / "besar.xlsx", rows())
    monkeypatch.setattr(limits, "UNPACKED_BYTES", 100_000)
    message = _refused(path, "terlalu besar: isi lembar kerjanya")
    assert "Simpan ulang hanya lembar dan kolom yang berisi data" in message


def test_a_file_past_the_size_cap_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "FILE_BYTES", 1000)
    path = write_csv(tmp_path / "besar.csv", HEADER, [[f"T{n}", "x" * 50, ""] for n in range(100)])
    _refused(path, "terlalu besar: 0 MB, batasnya 0 MB")


def test_shared_strings_past_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "STREAM_ABOVE_BYTES", 0)
    monkeypatch.setattr(limits, "SHARED_TEXT_CHARS", 5000)
    strings = b"".join(b"<si><t>" + f"nama {n} ".encode() * 20 + b"</t></si>" for n in range(100))

    def body(out):
        out.write(bombs._row(HEADER))
        out.write(b'<row><c t="s"><v>0</v></c></row>')

    path = bombs._xlsx(tmp_path / "teks.xlsx", body, b"<sst>" + strings + b"</sst>")
    _refused(path, "teks selnya lebih dari 5.000 huruf")


def test_a_sheet_with_an_entity_declaration_is_refused(tmp_path, monkeypatch):
    """A workbook never declares entities; one that does (a "billion laughs") is damaged."""
    monkeypatch.setattr(sources, "STREAM_ABOVE_BYTES", 0)
    path = raw_xlsx(tmp_path / "entitas.xlsx", iter([text_row(1, HEADER)]))
    import zipfile

    bomb = tmp_path / "tawa.xlsx"
    with zipfile.ZipFile(path) as good, zipfile.ZipFile(bomb, "w") as bad:
        for item in good.infolist():
            data = good.read(item)
            if item.filename.endswith("sheet1.xml"):
                data = data.replace(
                    b"<worksheet",
                    b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><worksheet',
                    1,
                ).replace(b'<?xml version="1.0" encoding="UTF-8"?>', b"")
            bad.writestr(item, data)
    _refused(bomb, "rusak")


def test_the_streaming_reader_keeps_no_whitespace(tmp_path):
    """A megabyte of whitespace between two rows: streamed past, never held."""

    def rows():
        yield text_row(1, HEADER)
        yield " " * (4 * 2**20)
        yield text_row(2, ["T1", "Satu", ""])

    path = raw_xlsx(tmp_path / "spasi.xlsx", rows())
    assert list(xlsx_stream.iter_rows(str(path)))[1] == ["T1", "Satu", ""]


def test_cells_without_a_reference_keep_their_place(tmp_path):
    """No spreadsheet program writes them, but a hand-made file may: an empty cell still
    takes its column, and such a sheet is streamed (calamine could not be sized first)."""

    def rows():
        yield text_row(1, HEADER)
        yield ('<row><c t="inlineStr"><is><t>T1</t></is></c><c/>'
               '<c t="inlineStr"><is><t>01/09/2024</t></is></c></row>')  # fmt: skip

    path = raw_xlsx(tmp_path / "tanpa-ref.xlsx", rows())
    assert xlsx_stream.sheet_extent(str(path))[1] == limits.ROW_CELLS
    assert _read(path) == [(2, ["T1", None, "01/09/2024"])]


def test_a_sheet_of_empty_formatted_cells_past_the_cap_is_refused(tmp_path, monkeypatch):
    """Empty cells cost no memory but a microsecond each: their number bounds the time."""
    monkeypatch.setattr(limits, "SHEET_CELLS", 1000)

    def rows():
        yield text_row(1, HEADER)
        for number in range(2, 200):
            yield f'<row r="{number}">' + '<c s="1"/>' * 10 + "</row>"

    path = raw_xlsx(tmp_path / "format.xlsx", rows())
    _refused(path, "lebih dari 1.000 sel, termasuk sel kosong yang hanya berformat")
