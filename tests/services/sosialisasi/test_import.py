"""Importing outreach sessions: a good file, a messy one as offices type it (extra spaces,
header case, names instead of codes, Rupiah with dots), bad rows with reasons per row and
column, nothing half-written, re-import without duplicates, and export → import round trip."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.models import Sosialisasi
from app.services import registers
from app.services.core.errors import DomainError
from app.services.importing import engine, workbook
from app.services.sosialisasi import export as sosialisasi_export
from app.services.sosialisasi import records as sosialisasi
from app.services.sosialisasi.import_spec import parse_time
from app.services.sosialisasi.query import SosialisasiFilter
from tests.services.insiden.helpers import OPERATOR_ACTOR, pin

HEADERS = ["Tanggal", "Mulai", "Selesai", "Wilayah", "Tempat", "Penyelenggara", "Jenis kegiatan",
           "Kelompok sasaran", "Topik", "Narasumber", "Rencana peserta", "Hadir laki-laki",
           "Hadir perempuan", "Hadir disabilitas", "Anggaran", "Catatan"]  # fmt: skip
GOOD = [
    ["04/11/2024", "09.00", "12.00", "36.01.01.2001", "Balai desa", "Kesbangpol",
     "SOSIALISASI_TATAP_MUKA", "PEMILIH_PEMULA; PEREMPUAN", "Ayo memilih", "Kepala Kesbangpol",
     100, 40, 50, 5, 5000000, ""],
    ["10/11/2024", "20.00", "22.00", "36.01.02", "Aula kecamatan", "KPU", "SEMINAR", "PEREMPUAN",
     "Tata cara mencoblos", "", 80, 30, 20, 0, 2500000, "Daftar hadir ada"],
    ["13/11/2024", "", "", "36.71", "Kampus", "Mitra", "SIMULASI", "PELAJAR", "Pemilih muda", "",
     50, None, None, None, None, ""],
]  # fmt: skip


def _xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _preview(db, path: Path) -> engine.Preview:
    with db.uow(OPERATOR_ACTOR) as uow:
        return engine.preview(uow, registers.import_spec("sosialisasi"), path)


def _import(db, path: Path):
    checked = _preview(db, path)
    with db.uow(OPERATOR_ACTOR) as uow:
        return checked, engine.commit(uow, registers.import_spec("sosialisasi"), checked)


def _count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(Sosialisasi.id)))


def _by_topic(db, topic: str) -> sosialisasi.SosialisasiDetail:
    with db.uow() as uow:
        found = uow.session.scalar(select(Sosialisasi.id).where(Sosialisasi.topic == topic))
        return sosialisasi.detail(uow, found)


@pytest.fixture(autouse=True)
def _today(db):
    pin(db)


def test_a_good_file_imports_every_field(db, tmp_path):
    checked, outcome = _import(db, _xlsx(tmp_path / "baik.xlsx", HEADERS, GOOD))
    assert not checked.errors
    assert (outcome.created, outcome.updated, outcome.unchanged) == (3, 0, 0)
    first = _by_topic(db, "Ayo memilih")
    assert first.form.starts_at.isoformat() == "2024-11-04T02:00:00+00:00"  # 09.00 WIB
    assert first.form.ends_at.isoformat() == "2024-11-04T05:00:00+00:00"
    assert first.sasaran_names == ("Pemilih pemula", "Perempuan")
    assert (
        first.form.attendance_men,
        first.form.attendance_women,
        first.form.attendance_disabled,
    ) == (40, 50, 5)
    assert first.form.budget == 5_000_000 and first.form.organiser == "Kesbangpol"
    planned = _by_topic(db, "Pemilih muda")
    assert planned.form.ends_at is None and planned.form.attendance_men is None
    assert planned.form.starts_at.isoformat() == "2024-11-12T17:00:00+00:00"  # 13/11 00.00 WIB


def test_reimporting_the_same_file_creates_no_duplicates(db, tmp_path):
    path = _xlsx(tmp_path / "baik.xlsx", HEADERS, GOOD)
    _import(db, path)
    _checked, again = _import(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert _count(db) == 3
    corrected = [list(r) for r in GOOD]
    corrected[0][12] = 55  # women corrected; key (date, wilayah, topic) unchanged
    _checked, fixed = _import(db, _xlsx(tmp_path / "koreksi.xlsx", HEADERS, corrected))
    assert (fixed.created, fixed.updated, fixed.unchanged) == (0, 1, 2)
    assert _by_topic(db, "Ayo memilih").form.attendance_women == 55
    assert _count(db) == 3


def test_a_messy_file_as_offices_type_it(db, tmp_path):
    headers = ["  TANGGAL ", "jam", "Lokasi Wilayah", "Kab/Kota", "penyelenggara kegiatan",
               "Bentuk Kegiatan", "SASARAN", "  tema ", "L", "P", "Disabilitas", "Anggaran (Rp)",
               "Kolom lain"]  # fmt: skip
    rows = [
        ["Senin, 4 Nov 2024", "pukul 9.30 WIB", "  Kec.  Sumur ", "", "Kesbangpol Kab. Pandeglang",
         "sosialisasi tatap muka", "pemilih pemula, disabilitas", "  Ayo   memilih ", "40", "50",
         "5", "Rp 5.000.000", "abaikan"],
        ["5-11-2024", "14:00", "Sumberjaya", "Kabupaten Pandeglang", "panwascam", "Simulasi",
         "Pelajar", "Simulasi mencoblos", 10, 12, 0, "2.500.000", ""],
        ["06/11/2024", "", "Kota Tangsel", "", "LSM Pemuda", "Seminar/diskusi", "ASN; tokoh agama",
         "Netralitas", "", "", "", "", ""],
    ]  # fmt: skip
    checked, outcome = _import(db, _csv(tmp_path / "berantakan.csv", headers, rows))
    assert not checked.errors, checked.errors
    assert "Kolom lain" in checked.ignored_columns
    assert outcome.created == 3
    ayo = _by_topic(db, "Ayo memilih")
    assert ayo.wilayah_label == "Sumur (36.01.01)"
    assert ayo.form.starts_at.isoformat() == "2024-11-04T02:30:00+00:00"
    assert ayo.sasaran_names == ("Pemilih pemula", "Penyandang disabilitas")
    assert ayo.form.budget == 5_000_000
    simulasi = _by_topic(db, "Simulasi mencoblos")
    assert simulasi.wilayah_label.endswith("(36.01.01.2001)")  # the desa within the kab given
    assert simulasi.form.organiser == "Bawaslu"
    assert _by_topic(db, "Netralitas").form.organiser == "Mitra"


def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_half_written(db, tmp_path):
    rows = [
        GOOD[0],
        ["31/11/2024", "09.00", "", "36.01", "", "KPU", "SEMINAR", "ASN", "Tanggal salah", "", 10, 1, 1, 0, 0, ""],
        ["05/11/2024", "09.00", "08.00", "36.01", "", "KPU", "SEMINAR", "ASN", "Selesai dulu", "", 10, 1, 1, 0, 0, ""],
        ["05/11/2024", "09.00", "", "Antah Berantah", "", "KPU", "SEMINAR", "ASN", "Wilayah", "", 10, 1, 1, 0, 0, ""],
        ["05/11/2024", "09.00", "", "36.01", "", "Partai", "SEMINAR", "ASN", "Penyelenggara", "", 10, 1, 1, 0, 0, ""],
        ["05/11/2024", "09.00", "", "36.01", "", "KPU", "SEMINAR", "Wartawan", "Sasaran", "", 10, 1, 1, 0, 0, ""],
        ["05/11/2024", "09.00", "", "36.01", "", "KPU", "SEMINAR", "ASN", "Disabilitas", "", 10, 1, 1, 3, 0, ""],
        ["05/11/2024", "09.00", "", "36.01", "", "KPU", "SEMINAR", "ASN", "Negatif", "", 10, -1, 1, 0, 0, ""],
        ["04/11/2024", "10.00", "", "36.01.01.2001", "", "KPU", "SEMINAR", "ASN", " ayo  MEMILIH", "", 1, 1, 1, 0, 0, ""],
        ["05/11/2024", "09.00", "", "36", "", "KPU", "SEMINAR", "ASN", "Provinsi", "", 10, 1, 1, 0, 0, ""],
        ["05/11/2024", "09.00", "", "36.01", "", "KPU", "SEMINAR", "", "Tanpa sasaran", "", 10, 1, 1, 0, 0, ""],
    ]  # fmt: skip
    checked = _preview(db, _xlsx(tmp_path / "buruk.xlsx", HEADERS, rows))
    errors = {(e.row, e.column): e.reason for e in checked.errors}
    assert "tidak ada di kalender" in errors[(3, "tanggal")]
    assert "sesudah waktu mulai" in errors[(4, "selesai")]
    assert "tidak ditemukan" in errors[(5, "wilayah")]
    assert "Pilihan: Kesbangpol, KPU, Bawaslu, Mitra" in errors[(6, "penyelenggara")]
    assert "Wartawan' tidak dikenal" in errors[(7, "kelompok sasaran")]
    assert "(3) tidak boleh melebihi" in errors[(8, "hadir disabilitas")]
    assert "negatif" in errors[(9, "hadir laki-laki")]
    assert "sudah ada di baris 2" in errors[(10, "topik")]
    assert "kab/kota, kecamatan, atau desa" in errors[(11, "wilayah")]
    assert errors[(12, "kelompok sasaran")] == "Wajib diisi."
    assert [v.row for v in checked.valid] == [2]
    assert _count(db) == 0  # the preview writes nothing
    with db.uow(OPERATOR_ACTOR) as uow:
        engine.commit(uow, registers.import_spec("sosialisasi"), checked)
    assert _count(db) == 1


def test_missing_required_columns_are_named(db, tmp_path):
    path = _xlsx(
        tmp_path / "kurang.xlsx", ["Tanggal", "Wilayah", "Topik"], [["04/11/2024", "36.01", "x"]]
    )
    with pytest.raises(DomainError) as caught:
        _preview(db, path)
    assert "'penyelenggara'" in str(caught.value) and "'kelompok sasaran'" in str(caught.value)


def test_exported_table_imports_back_without_duplicates(db, tmp_path):
    _import(db, _xlsx(tmp_path / "baik.xlsx", HEADERS, GOOD))
    for suffix in (".xlsx", ".csv"):
        target = tmp_path / f"ekspor{suffix}"
        with db.uow(OPERATOR_ACTOR) as uow:
            assert sosialisasi_export.export(uow, SosialisasiFilter(), target) == 3
        checked, outcome = _import(db, target)
        assert not checked.errors, checked.errors
        assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 0, 3)
    assert _count(db) == 3


def test_template_lists_every_column(tmp_path):
    target = tmp_path / "templat.xlsx"
    workbook.write_template(registers.import_spec("sosialisasi"), target)
    headers = [c.value for c in load_workbook(target)["Data"][1]]
    assert headers[:4] == ["tanggal", "mulai", "selesai", "wilayah"]
    assert "kelompok sasaran" in headers


@pytest.mark.parametrize(("raw", "expected"), [("09.00", "09:00"), ("9:30", "09:30"),
                                               ("pukul 14.30 WIB", "14:30"), (0.375, "09:00")])  # fmt: skip
def test_parse_time(raw, expected):
    assert parse_time(raw).strftime("%H:%M") == expected


def test_register_export_for_the_command_line_imports_back(db, tmp_path):
    from app.services import registers

    _import(db, _xlsx(tmp_path / "baik.xlsx", HEADERS, GOOD))
    with db.uow(OPERATOR_ACTOR) as uow:
        written = registers.export(uow, "sosialisasi", tmp_path / "semua.csv")
    assert written.rows == 3
    checked, outcome = _import(db, tmp_path / "semua.csv")
    assert not checked.errors
    assert (outcome.created, outcome.unchanged) == (0, 3)
