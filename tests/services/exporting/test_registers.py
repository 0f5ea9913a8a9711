"""Register exports of consignments, receipts, requirements, participation and IKP scores
(SPEC 8, 11): written through the audited use case in the columns of each import
template, so exporting and importing the file back changes nothing (no new rows, no
changed values, no record touched), and formula-like text is neutralised in the file."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models import AuditLog, Kebutuhan, Kerawanan, Partisipasi, Pengiriman, PengirimanBaris
from app.models.logistik import PPS
from app.services import registers
from app.services.core import audit
from app.services.importing.columns import match_headers
from app.services.kerawanan import records as kerawanan
from app.services.kerawanan.records import NilaiKerawanan
from app.services.logistik import kebutuhan as logistik_kebutuhan
from app.services.partisipasi import records as partisipasi
from app.services.partisipasi.records import Angka
from app.services.registers import import_spec
from tests.cli.test_cli import _cli_hygiene, desk_home, home, run  # noqa: F401 - shared fixtures
from tests.services.importing.helpers import import_file, preview
from tests.services.insiden.helpers import pin
from tests.services.logistik import helpers as lh
from tests.services.partisipasi.test_stats import contest_id

FORMULA = '=HYPERLINK("http://x")'
SUFFIXES = [".xlsx", ".csv"]


def _state(db, model) -> dict[tuple, object]:
    """Every row of ``model``, every column (versions and time stamps included)."""
    with db.uow() as uow:
        columns = [c.key for c in model.__table__.columns]
        rows = uow.session.scalars(select(model).order_by(model.id)).all()
        return {(r.id, c): getattr(r, c) for r in rows for c in columns}


def _round_trip(db, tmp_path, jenis, suffix, models, options=None, expect_rows=None):
    """Export ``jenis``, import the file back with the same options; what the import said."""
    before = {m: _state(db, m) for m in models}
    path = tmp_path / f"{jenis}{suffix}"
    with db.uow(lh.OPERATOR_ACTOR) as uow:
        done = registers.export(uow, jenis, path, options)
    assert path.exists() and done.rows == expect_rows
    checked = preview(db, lh.OPERATOR_ACTOR, jenis, path, options)
    assert checked.errors == []
    outcome = import_file(db, lh.OPERATOR_ACTOR, jenis, path, options)
    assert (outcome.created, outcome.updated) == (0, 0)
    for model in models:
        after = _state(db, model)
        assert after.keys() == before[model].keys(), f"{model.__name__}: rows added"
        changed = {k: (v, after[k]) for k, v in before[model].items() if after[k] != v}
        assert changed == {}, f"{model.__name__} changed"
    with db.uow() as uow:
        entry = uow.session.scalars(
            select(AuditLog).where(AuditLog.action == audit.EXPORT).order_by(AuditLog.id.desc())
        ).first()
        assert (entry.entity, entry.note, entry.username) == (jenis, path.name, "operator1")
    return path


def _cells(path) -> list[list[object]]:
    """The file's rows as the user sees them (header first)."""
    if path.suffix == ".csv":
        import csv

        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))
    return [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]


def _headers_match_the_import(jenis: str, path) -> None:
    header = _cells(path)[0]
    found = match_headers(import_spec(jenis).columns, header)
    assert found.missing == []
    assert {c.key for c in import_spec(jenis).columns} <= set(found.positions)


# --- logistics ----------------------------------------------------------------------------


@pytest.fixture
def logistics(db):
    """Three consignments as the desk makes them: one received short (damaged surat suara,
    a formula in its notes), one dispatched, one only prepared; and two requirements."""
    pin(db, date(2024, 11, 22))
    received = lh.delivered(
        db, {"SURAT_SUARA": (990, 10)}, lines={"SURAT_SUARA": 1000, "KOTAK_SUARA": 8},
        notes=FORMULA, escort=True, berita_acara="-BA/01", planned_dispatch=date(2024, 11, 20),
    )  # fmt: skip
    sent = lh.create(db, code=lh.KEC_B1, lines={"TINTA": 20}, expected_arrival=date(2024, 11, 24))
    lh.dispatch(db, sent.id)
    with db.uow(lh.OPERATOR_ACTOR) as uow:
        desa = lh.first_desa(uow, lh.KEC_A2)
    lh.create(db, code=desa, level=PPS, lines={"SURAT_SUARA": 300}, origin_place="@gudang")
    with db.uow(lh.OPERATOR_ACTOR) as uow:
        for code, item, quantity, contest in (
            (lh.KEC_A1, "SURAT_SUARA", 1025, lh.governor(uow)),
            (lh.KAB_B, "KOTAK_SUARA", 40, None),
        ):
            logistik_kebutuhan.set_kebutuhan(
                uow, wilayah_id=lh.region_id(uow, code), jenis_id=lh.jenis_id(uow, item),
                pemilihan_id=contest, quantity=quantity,
            )  # fmt: skip
    return received


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_consignments_export_and_import_back_unchanged(db, logistics, tmp_path, suffix):
    path = _round_trip(db, tmp_path, "pengiriman", suffix, [Pengiriman, PengirimanBaris],
                       expect_rows=4)  # fmt: skip
    _headers_match_the_import("pengiriman", path)
    rows = _cells(path)
    header, body = rows[0], rows[1:]
    notes = [r[header.index("Catatan")] for r in body]
    assert f"'{FORMULA}" in notes  # shown as text, never run by Excel
    assert "'@gudang" in [r[header.index("Tempat asal")] for r in body]
    statuses = sorted({r[header.index("Status")] for r in body})
    assert statuses == ["Dikirim", "Disiapkan", "Diterima sebagian"]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_receipts_export_and_import_back_unchanged(db, logistics, tmp_path, suffix):
    path = _round_trip(db, tmp_path, "penerimaan", suffix, [Pengiriman, PengirimanBaris],
                       expect_rows=2)  # fmt: skip
    _headers_match_the_import("penerimaan", path)
    header, *body = _cells(path)
    good = {r[header.index("Barang")]: r[header.index("Baik")] for r in body}
    assert {k: str(v) for k, v in good.items()} == {"Surat suara": "990", "Kotak suara": "8"}
    assert "'-BA/01" in [r[header.index("Berita acara")] for r in body]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_requirements_export_and_import_back_unchanged(db, logistics, tmp_path, suffix):
    path = _round_trip(db, tmp_path, "kebutuhan", suffix, [Kebutuhan], expect_rows=2)
    _headers_match_the_import("kebutuhan", path)


# --- participation and vulnerability ------------------------------------------------------


@pytest.fixture
def figures(db):
    """Figures entered through the forms: the governor race in two kab/kota (one with a
    formula-like source), IKP for the province and a kecamatan, and a contest's own IKP."""
    governor, pandeglang = contest_id(db, "36"), contest_id(db, "36.01")
    with db.uow(lh.OPERATOR_ACTOR) as uow:
        for code, angka in (
            ("36.01", Angka(dpt_men=1000, dpt_women=1100, dptb=5, dpk=7, tps_count=9,
                            voted_men=700, voted_women=800, valid_votes=1450, invalid_votes=50,
                            source="+Rekap KPU", source_date=date(2024, 11, 20))),
            ("36.02.01", Angka(dpt_men=300, dpt_women=310)),
        ):  # fmt: skip
            partisipasi.save_partisipasi(uow, governor, code, angka)
        kerawanan.save_kerawanan(uow, "36", NilaiKerawanan(ikp_score=66.53, source="=IKP"))
        kerawanan.save_kerawanan(
            uow, "36.01.01", NilaiKerawanan(tps_rawan=3, tps_sangat_rawan=1, tps_kurang_rawan=20)
        )
        kerawanan.save_kerawanan(
            uow, "36.01", NilaiKerawanan(ikp_score=40.5), pemilihan_id=pandeglang
        )
    return governor, pandeglang


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_participation_exports_and_imports_back_unchanged(db, figures, tmp_path, suffix):
    governor, _ = figures
    options = {"pemilihan": governor}
    path = _round_trip(db, tmp_path, "partisipasi", suffix, [Partisipasi], options, expect_rows=2)
    _headers_match_the_import("partisipasi", path)
    header, *body = _cells(path)
    assert [r[header.index("Kode wilayah")] for r in body] == ["36.01", "36.02.01"]
    assert "'+Rekap KPU" in [r[header.index("Sumber")] for r in body]
    assert str(body[0][header.index("Jumlah DPT")]) == "2100"


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_ikp_scores_export_per_region_or_contest_and_import_back(db, figures, tmp_path, suffix):
    _, pandeglang = figures
    path = _round_trip(db, tmp_path, "kerawanan", suffix, [Kerawanan], {"pemilihan": "semua"},
                       expect_rows=2)  # fmt: skip
    _headers_match_the_import("kerawanan", path)
    header, *body = _cells(path)
    assert [r[header.index("Kode wilayah")] for r in body] == ["36", "36.01.01"]
    assert "'=IKP" in [r[header.index("Sumber")] for r in body]
    own = tmp_path / "own"
    own.mkdir()
    _round_trip(db, own, "kerawanan", suffix, [Kerawanan], {"pemilihan": pandeglang},
                expect_rows=1)  # fmt: skip


def test_the_five_registers_are_listed_with_choices(db):
    assert {"pengiriman", "penerimaan", "kebutuhan", "partisipasi", "kerawanan"} <= set(
        registers.ALL_JENIS
    )
    with db.uow() as uow:
        assert registers.export_options(uow, "pengiriman") == []
        (contest,) = registers.export_options(uow, "partisipasi")
        (ikp,) = registers.export_options(uow, "kerawanan")
    assert contest.key == ikp.key == "pemilihan"
    assert ikp.choices[0][0] == "semua" and len(ikp.choices) == len(contest.choices) + 1


# --- command line -------------------------------------------------------------------------


def test_cli_exports_consignments(run, desk_home, tmp_path):  # noqa: F811
    target = tmp_path / "F.xlsx"
    result = run("export", "pengiriman", str(target))
    assert result.code == 0, result
    assert "Pengiriman logistik: 0 baris diekspor" in result.out
    assert load_workbook(target).active["A1"].value == "Nomor"
