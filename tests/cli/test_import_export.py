"""``desk-pilkada template|import|export`` for the incident register and exports of every
available register, as a user runs them: exit 0 success, 1 refused with a clear message
saying what and where, 2 wrong usage; never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.services import registers
from tests.cli.test_cli import _cli_hygiene, desk_home, home, run  # noqa: F401 - shared fixtures

HEADER = ["Waktu kejadian", "Kab/Kota", "Kategori", "Keparahan", "Kronologi"]
ROWS = [
    ["26/11/2024 21.30", "Kab. Lebak", "Politik uang", "3 Tinggi", "Amplop dibagikan"],
    ["26/11/2024 22.00", "Kota Serang", "Perusakan APK", "2", "Baliho dirusak"],
]


def _xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _incidents(home_dir: Path) -> list[tuple]:
    with sqlite3.connect(home_dir / "desk-pilkada.sqlite") as connection:
        return connection.execute("SELECT number, wilayah_code, status FROM insiden ORDER BY number").fetchall()  # fmt: skip


def test_template_insiden_lists_the_desks_values(run, desk_home, tmp_path):  # noqa: F811
    target = tmp_path / "templat insiden.xlsx"
    result = run("template", "insiden", str(target))
    assert result.code == 0, result
    book = load_workbook(target)
    assert book.sheetnames == ["Data", "Petunjuk", "Daftar"]
    assert book["Data"]["A1"].value == "Nomor"


def test_import_insiden_dry_run_then_for_real_then_again(run, desk_home, tmp_path):  # noqa: F811
    source = _xlsx(tmp_path / "insiden.xlsx", ROWS)
    dry = run("import", "insiden", str(source), "--dry-run")
    assert dry.code == 0, dry
    assert "2 baris dibaca: 2 valid, 0 bermasalah." in dry.out
    assert _incidents(desk_home) == []
    done = run("import", "insiden", str(source))
    assert done.code == 0, done
    assert "Impor selesai: 2 data baru" in done.out
    assert _incidents(desk_home) == [
        ("INS-2024-000001", "36.02", "Baru"),
        ("INS-2024-000002", "36.73", "Baru"),
    ]
    again = run("import", "insiden", str(source))
    assert "0 data baru, 0 diperbarui, 2 sudah sama" in again.out
    assert len(_incidents(desk_home)) == 2  # fmt: skip


def test_import_with_a_bad_row_says_where_and_writes_nothing(run, desk_home, tmp_path):  # noqa: F811
    source = _xlsx(tmp_path / "insiden.xlsx", [*ROWS, ["27/11/2024", "Lebakk", "Hoaks", "2", "x"]])
    result = run("import", "insiden", str(source))
    assert result.code == 1
    assert (
        "Baris 4, kolom Kab/Kota: Wilayah 'Lebakk' tidak ditemukan. Mungkin maksud Anda"
        in result.err
    )
    assert "Tidak ada yang disimpan" in result.err
    assert _incidents(desk_home) == []


def test_import_without_a_required_column_names_it(run, desk_home, tmp_path):  # noqa: F811
    source = _xlsx(
        tmp_path / "insiden.xlsx", [r[:3] + r[4:] for r in ROWS], header=HEADER[:3] + HEADER[4:]
    )
    result = run("import", "insiden", str(source))
    assert result.code == 1
    assert "'Keparahan' (atau 'tingkat keparahan', 'tingkat', 'level')" in result.err  # fmt: skip


def test_import_a_damaged_file(run, desk_home, tmp_path):  # noqa: F811
    source = tmp_path / "insiden.xlsx"
    source.write_bytes(b"PK\x03\x04 bukan zip yang utuh")
    result = run("import", "insiden", str(source))
    assert result.code == 1
    assert "insiden.xlsx tidak dapat dibaca" in result.err


@pytest.mark.parametrize("jenis", registers.ALL_JENIS)
def test_export_every_available_register(run, desk_home, tmp_path, jenis):  # noqa: F811
    target = tmp_path / f"{jenis}.xlsx"
    result = run("export", jenis, str(target))
    assert result.code == 0, result
    assert "baris diekspor ke" in result.out
    sheet = load_workbook(target).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold


def test_export_then_import_from_the_command_line(run, desk_home, tmp_path):  # noqa: F811
    run("import", "insiden", str(_xlsx(tmp_path / "insiden.xlsx", ROWS)))
    target = tmp_path / "keluar.csv"
    result = run("export", "insiden", str(target), "--data-pribadi")
    assert result.code == 0, result
    assert "Register insiden: 2 baris diekspor" in result.out
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    again = run("import", "insiden", str(target))
    assert "0 data baru, 0 diperbarui, 2 sudah sama" in again.out


def test_export_tahapan_of_one_contest(run, desk_home, tmp_path):  # noqa: F811
    target = tmp_path / "jadwal.csv"
    result = run("export", "tahapan", str(target), "--pemilihan", "2")
    assert result.code == 0, result
    assert "Jadwal tahapan Pemilihan Bupati" in result.out
    assert target.read_text(encoding="utf-8-sig").startswith("Kode,Induk,Nama,Mulai,Selesai")
    wrong = run("export", "tahapan", str(target), "--pemilihan", "dua")
    assert wrong.code == 1 and "tulis ID pemilihan" in wrong.err


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["export", "insiden", "x.pdf"], 1, "Gunakan .xlsx atau .csv"),
        (["export", "pemilih", "x.xlsx"], 2, "pilihan tidak dikenal: 'pemilih'"),
        (["export", "insiden"], 2, "FILE"),
        (["export"], 2, "JENIS"),
    ],
)
def test_export_refusals(run, home, tmp_path, argv, code, message):  # noqa: F811
    result = run(*argv)
    assert result.code == code
    assert message in result.err
    assert not (home / "desk-pilkada.sqlite").exists()  # refused before opening anything
