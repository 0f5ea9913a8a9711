"""Importing KPU-style DPT/turnout sheets and IKP sheets: good, messy (extra spaces,
header case, names instead of codes, KPU's region columns) and bad files; nothing half
written; re-import updates the same contest and wilayah."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import Kerawanan, Partisipasi
from app.models.wilayah import LEVEL_KABKOTA
from app.services import registers
from app.services.core.errors import DomainError
from app.services.importing import engine
from app.services.kerawanan import stats as kerawanan_stats
from app.services.partisipasi import stats
from tests.services.partisipasi.test_stats import contest_id, put


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _csv(path: Path, rows: list[list[object]], delimiter: str = ";") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def _preview(db, jenis: str, path: Path, options: dict) -> engine.Preview:
    with db.uow("operator1") as uow:
        return engine.preview(uow, registers.import_spec(jenis), path, options)


def _import(db, jenis: str, path: Path, options: dict):
    checked = _preview(db, jenis, path, options)
    with db.uow("operator1") as uow:
        return engine.commit(uow, registers.import_spec(jenis), checked)


def _count(db, model) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(model.id)))


def _kab(db, gid: int) -> dict:
    with db.uow() as uow:
        rows = stats.turnout_by_region(
            uow, pemilihan_id=gid, level=LEVEL_KABKOTA, denominator="dpt"
        )
    return {r.code: r for r in rows}


def test_good_kpu_sheet_with_title_rows(db, tmp_path):
    gid = contest_id(db, "36")
    path = _xlsx(tmp_path / "dpt.xlsx", [
        ["REKAPITULASI DPT PEMILIHAN GUBERNUR BANTEN 2024"],
        [],
        ["Kode Wilayah", "Nama Wilayah", "DPT L", "DPT P", "Jumlah DPT", "DPTb", "DPK", "Jml TPS"],
        ["36.01", "Kabupaten Pandeglang", 500_000, 490_000, 990_000, 1_000, 500, 2_100],
        ["3602", "Kabupaten Lebak", "520.000", "505.000", "1.025.000", 0, 0, 2_300],
        ["", "JUMLAH", 1_020_000, 995_000, 2_015_000, 1_000, 500, 4_400],
    ])  # fmt: skip
    checked = _preview(db, "partisipasi", path, {"pemilihan": gid})
    assert [(e.row, e.reason) for e in checked.errors] == [
        (
            6,
            "Baris jumlah 'JUMLAH' tidak diimpor: aplikasi menjumlahkan sendiri angka wilayah "
            "di bawahnya. Hapus baris ini dari berkas.",
        )
    ]
    outcome = _import(db, "partisipasi", path, {"pemilihan": gid})
    assert (outcome.created, outcome.updated) == (2, 0)
    rows = _kab(db, gid)
    assert (rows["36.01"].dpt, rows["36.01"].dptb, rows["36.01"].tps) == (990_000, 1_000, 2_100)
    assert rows["36.02"].dpt == 1_025_000
    # Re-import: no duplicates, nothing changes.
    again = _import(db, "partisipasi", path, {"pemilihan": gid})
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert _count(db, Partisipasi) == 2


def test_messy_headers_names_and_kpu_region_columns(db, tmp_path):
    gid = contest_id(db, "36")
    path = _csv(tmp_path / "kec.csv", [
        ["  KAB/KOTA ", "kecamatan", "Jumlah Pemilih Laki-laki", "JUMLAH PEMILIH PEREMPUAN", " jml. TPS ", "Kolom Lain"],
        [" Kab. Pandeglang ", "  Sumur ", "10.500", "10.000", "45", "x"],
        ["Pandeglang", "CIMANGGU", "20000", "19500", "80", ""],
    ])  # fmt: skip
    checked = _preview(db, "partisipasi", path, {"pemilihan": gid})
    assert checked.errors == [] and checked.ignored_columns == ["Kolom Lain"]
    _import(db, "partisipasi", path, {"pemilihan": gid})
    with db.uow() as uow:
        codes = set(uow.session.scalars(select(Partisipasi.wilayah_code)))
    assert codes == {"36.01.01", "36.01.02"}
    assert (_kab(db, gid)["36.01"].dpt, _kab(db, gid)["36.01"].tps) == (60_000, 125)


def test_turnout_sheet_adds_to_dpt_and_empty_cells_erase_nothing(db, tmp_path):
    gid = contest_id(db, "36")
    put(db, gid, "36.01", dpt_men=1000, dpt_women=1000, tps_count=9)
    path = _xlsx(tmp_path / "hasil.xlsx", [
        ["kode", "pengguna hak pilih L", "pengguna hak pilih P", "Suara Sah", "Suara Tidak Sah", "jml tps"],
        ["36.01", 700, 650, 1300, 50, None],
    ])  # fmt: skip
    outcome = _import(db, "partisipasi", path, {"pemilihan": gid})
    assert outcome.updated == 1
    row = _kab(db, gid)["36.01"]
    assert (row.dpt, row.tps, row.voted, row.turnout_pct) == (2000, 9, 1350, 67.5)
    assert row.flags == ()


def test_bad_rows_are_reported_and_nothing_is_half_written(db, tmp_path):
    gid = contest_id(db, "36.01")  # Pandeglang's own contest
    path = _xlsx(tmp_path / "buruk.xlsx", [
        ["kode wilayah", "DPT L", "DPT P", "jumlah DPT", "DPTb"],
        ["36.01.01", 100, 100, 200, 1],          # good
        ["36.02.01", 100, 100, 200, 0],          # outside Pandeglang
        ["36.01.02", 100, None, None, 0],        # P missing
        ["36.01.03", 100, 100, 300, 0],          # total ≠ L + P
        ["36.01.04", -5, 100, None, 0],          # negative
        ["99.99", 1, 1, 2, 0],                   # unknown code
        ["36.01.05", "seratus", 1, None, 0],     # not a number
        ["36.01.01", 1, 1, 2, 0],                # twice in the file
    ])  # fmt: skip
    checked = _preview(db, "partisipasi", path, {"pemilihan": gid})
    reasons = {e.row: (e.column, e.reason) for e in checked.errors}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9]
    assert "tidak berada di Kabupaten Pandeglang" in reasons[3][1]
    assert (
        reasons[4] == ("DPT laki-laki", "Isi DPT laki-laki dan perempuan bersama-sama.")
        or "bersama-sama" in reasons[4][1]
    )
    assert "tidak sama dengan L + P" in reasons[5][1]
    assert reasons[6] == ("DPT laki-laki", "Tidak boleh negatif.")
    assert "tidak ada dalam daftar" in reasons[7][1]
    assert reasons[8][1] == "'seratus' bukan angka."
    assert "sudah ada di baris 2" in reasons[9][1]
    assert len(checked.valid) == 1
    assert _count(db, Partisipasi) == 0  # the preview wrote nothing


def test_file_without_contest_or_region_columns_is_refused(db, tmp_path):
    path = _xlsx(tmp_path / "x.xlsx", [["kode", "DPT L", "DPT P"], ["36.01", 1, 1]])
    with pytest.raises(DomainError, match="Pilih pemilihan"):
        _preview(db, "partisipasi", path, {})
    bad = _xlsx(tmp_path / "y.xlsx", [["DPT L", "DPT P"], [1, 1]])
    checked = _preview(db, "partisipasi", bad, {"pemilihan": contest_id(db, "36")})
    assert checked.valid == [] and "kode wilayah" in checked.errors[0].reason


def test_ikp_sheet_with_names_and_reimport(db, tmp_path):
    path = _xlsx(tmp_path / "ikp.xlsx", [
        ["Wilayah", "Skor IKP", "Kategori", "TPS Rawan", "TPS Sangat Rawan"],
        ["Provinsi Banten", "66,53", "Rawan Sedang", None, None],
        ["kab. pandeglang", "77,74", "Rawan Tinggi", 120, 8],
        ["Kota Serang", 53.32, "", "", ""],
        ["Kab. Lebak", 101, "", "", ""],
    ])  # fmt: skip
    checked = _preview(db, "kerawanan", path, {"pemilihan": "semua"})
    assert [(e.row, e.reason) for e in checked.errors] == [(5, "Skor IKP harus antara 0 dan 100.")]
    # The province itself is the import area: named on its own it is accepted.
    outcome = _import(db, "kerawanan", path, {"pemilihan": "semua"})
    assert outcome.created == 3
    with db.uow() as uow:
        from datetime import date

        rows = {
            r.code: r
            for r in kerawanan_stats.by_region(uow, level=LEVEL_KABKOTA, today=date(2024, 11, 26))
        }
        (province,) = kerawanan_stats.by_region(uow, level=1, today=date(2024, 11, 26))
    assert (rows["36.01"].ikp_score, rows["36.01"].ikp_level, rows["36.01"].tps_rawan) == (
        77.74,
        "Rawan tinggi",
        120,
    )
    assert rows["36.73"].ikp_level == "Rawan tinggi"
    assert (province.ikp_score, province.ikp_level) == (66.53, "Rawan sedang")
    assert _import(db, "kerawanan", path, {"pemilihan": "semua"}).unchanged == 3
    assert _count(db, Kerawanan) == 3  # fmt: skip
