"""Importing consignments, receipts and requirements: good files, messy ones (synonyms,
names instead of codes), bad rows reported per row, and no duplicates on re-import."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import Kebutuhan, Pengiriman, PengirimanBaris
from app.models.logistik import DITERIMA_SEBAGIAN
from app.services import registers
from app.services.core.actor import OPERATOR, Actor
from app.services.importing import engine
from tests.services.insiden.helpers import pin

OPERATOR_ACTOR = Actor("operator1", OPERATOR)


def _csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _run(db, jenis, path, commit=True):
    spec = registers.import_spec(jenis)
    with db.uow(OPERATOR_ACTOR) as uow:
        preview = engine.preview(uow, spec, path)
    if commit and preview.valid:
        with db.uow(OPERATOR_ACTOR) as uow:
            engine.commit(uow, spec, preview)
    return preview


def _count(db, model):
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(model.id)).where(model.archived.is_(False)))


SENT = [
    ["Nomor", "Pemilihan", "Tingkat asal", "Tempat asal", "Tingkat tujuan", "Kode wilayah tujuan", "Barang", "Jumlah dikirim"],
    ["SJ-001", "gubernur", "KPU Kab/Kota", "Gudang Lebak", "PPK", "36.02.01", "SURAT_SUARA", "1.000"],
    ["SJ-001", "gubernur", "KPU Kab/Kota", "Gudang Lebak", "PPK", "36.02.01", "Kotak suara", "8"],
    ["SJ-002", "", "kpu kab", "", "ppk", "36.02.02", "tinta", "20"],
]  # fmt: skip


@pytest.fixture
def desk(db):
    pin(db, date(2024, 11, 22))
    return db


def test_consignments_import_once_and_reimport_changes_nothing(desk, tmp_path):
    path = _csv(tmp_path / "kirim.csv", SENT)
    preview = _run(desk, "pengiriman", path)
    assert (len(preview.valid), preview.errors) == (3, [])
    assert (_count(desk, Pengiriman), _count(desk, PengirimanBaris)) == (2, 3)
    with desk.uow() as uow:
        must = uow.session.scalar(
            select(Pengiriman.must_arrive_by).where(Pengiriman.number == "SJ-001")
        )
    assert must == date(2024, 11, 20)  # PPK: H-7 by rule
    _run(desk, "pengiriman", path)
    assert (_count(desk, Pengiriman), _count(desk, PengirimanBaris)) == (2, 3)


def test_messy_headers_and_bad_rows_are_reported_per_row(desk, tmp_path):
    rows = [
        [
            "No Pengiriman",
            " jenis barang ",
            "Jumlah",
            "Asal",
            "Tingkat",
            "Wilayah Tujuan",
            "Pemilihan",
        ],
        [
            "sj-9",
            "surat suara",
            "500",
            "KPU Kab/Kota",
            "PPK",
            "Kec. Malingping",
            "Kab. Lebak",
        ],  # name, local contest
        ["SJ-10", "Kotak suara", "0", "KPU Kab/Kota", "PPK", "36.02.01", ""],  # zero
        ["SJ-11", "Kotak suara", "5", "PPS", "PPK", "36.02.01", ""],  # upwards
        ["SJ-12", "Payung", "5", "KPU Kab/Kota", "PPK", "36.02.01", ""],  # unknown item
        ["SJ-13", "Surat suara", "5", "KPU Kab/Kota", "PPK", "36.02.01", ""],  # no contest
    ]
    preview = _run(desk, "pengiriman", _csv(tmp_path / "messy.csv", rows), commit=False)
    assert [v.record.number for v in preview.valid] == ["SJ-9"]
    reasons = {e.row: e.reason for e in preview.errors}
    assert "lebih dari 0" in reasons[3]
    assert "harus di bawah" in reasons[4]
    assert "Payung" in reasons[5]
    assert "per pemilihan" in reasons[6]


def test_receipt_excess_is_a_row_error(desk, tmp_path):
    _run(desk, "pengiriman", _csv(tmp_path / "kirim.csv", SENT))
    with desk.uow("tester") as uow:
        for header in uow.session.scalars(select(Pengiriman)):
            header.status = "Dikirim"
        uow.commit()
    rows = [
        ["Nomor", "Barang", "Baik", "Rusak", "Alasan", "Tanggal tiba"],
        ["SJ-001", "Surat suara", "990", "10", "rusak", "19/11/2024"],
        ["SJ-001", "KOTAK_SUARA", "8", "", "", "19/11/2024"],
        ["SJ-002", "Tinta", "25", "", "", ""],
        ["SJ-404", "Tinta", "1", "", "", ""],
    ]
    preview = _run(desk, "penerimaan", _csv(tmp_path / "terima.csv", rows))
    reasons = {e.row: e.reason for e in preview.errors}
    assert "melebihi" in reasons[4]
    assert "tidak ditemukan" in reasons[5]
    with desk.uow() as uow:
        status = dict(uow.session.execute(select(Pengiriman.number, Pengiriman.status)).all())
    assert status == {"SJ-001": DITERIMA_SEBAGIAN, "SJ-002": "Dikirim"}
    _run(desk, "penerimaan", _csv(tmp_path / "terima2.csv", rows[:3]))  # re-import: same
    with desk.uow() as uow:
        assert (
            uow.session.scalar(select(Pengiriman.status).where(Pengiriman.number == "SJ-001"))
            == DITERIMA_SEBAGIAN
        )


def test_requirements_import_and_reimport(desk, tmp_path):
    rows = [
        ["Kode wilayah", "Barang", "Pemilihan", "Jumlah"],
        ["36.02.01", "Surat suara", "gubernur", "20.500"],
        ["36.02.01", "Kotak suara", "", "80"],
        ["36.02", "Kotak suara", "", "900"],  # overlaps the kecamatan row
        ["Atlantis", "Tinta", "", "1"],
    ]
    path = _csv(tmp_path / "butuh.csv", rows)
    preview = _run(desk, "kebutuhan", path)
    reasons = {e.row: e.reason for e in preview.errors}
    assert "satu tingkat" in reasons[3] or "satu tingkat" in reasons[4]
    assert "Atlantis" in reasons[5]
    first = _count(desk, Kebutuhan)
    _run(desk, "kebutuhan", path)
    assert _count(desk, Kebutuhan) == first >= 1


def test_export_of_the_filtered_table_neutralises_formulas(desk, tmp_path):
    from app.services.logistik import export as logistik_export
    from app.services.logistik.query import LogistikFilter

    _run(desk, "pengiriman", _csv(tmp_path / "kirim.csv", SENT))
    with desk.uow("tester") as uow:
        header = uow.session.scalar(select(Pengiriman).where(Pengiriman.number == "SJ-002"))
        header.notes = "=HYPERLINK(1)"
        uow.commit()
    with desk.uow(OPERATOR_ACTOR) as uow:
        count = logistik_export.export(
            uow, LogistikFilter(wilayah_code="36.02.02"), tmp_path / "out.csv"
        )
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert count == 1 and "SJ-002" in text and "SJ-001" not in text
    assert "'=HYPERLINK(1)" in text
