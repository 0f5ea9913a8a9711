"""Issue 18, totals that cannot lie: a recap row (PROVINSI BANTEN, a kab/kota total, JUMLAH)
is refused by name or checked against its children in the same file, and ``check`` and
the reconciliation flag a stored recap that disagrees with the figures under it."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from app.models import Wilayah
from app.models.wilayah import LEVEL_KABKOTA
from app.services import registers
from app.services.admin import checks
from app.services.importing import engine
from app.services.partisipasi import checks as partisipasi_checks
from app.services.partisipasi import stats
from tests.services.partisipasi.test_stats import contest_id, put

HEADER = ["kode wilayah", "nama wilayah", "DPT L", "DPT P"]


def _csv(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _kabkota(db) -> list[str]:
    with db.uow() as uow:
        return list(
            uow.session.scalars(
                select(Wilayah.code).where(Wilayah.level == LEVEL_KABKOTA).order_by(Wilayah.code)
            )
        )


def _preview(db, jenis: str, path: Path, options: dict) -> engine.Preview:
    with db.uow("operator1") as uow:
        return engine.preview(uow, registers.import_spec(jenis), path, options)


def _rows(codes: list[str]) -> list[list[object]]:
    return [[code, "", 500_000 + i, 480_000 + i] for i, code in enumerate(codes)]


def test_a_province_row_above_its_kabkota_sum_is_refused_by_name(db, tmp_path):
    """The replay's sheet: 'PROVINSI BANTEN' 1.000 above the sum of its 8 kab/kota."""
    gid = contest_id(db, "36")
    codes = _kabkota(db)
    rows = _rows(codes)
    men = sum(r[2] for r in rows)
    women = sum(r[3] for r in rows)
    path = _csv(tmp_path / "dpt.csv", [["36", "PROVINSI BANTEN", men + 1000, women], *rows])
    checked = _preview(db, "partisipasi", path, {"pemilihan": gid})
    assert [(e.row, e.column) for e in checked.errors] == [(2, "kode wilayah")]
    reason = checked.errors[0].reason
    assert reason.startswith(
        f"Baris rekap Provinsi Banten (36): DPT laki-laki {men + 1000:,}".replace(",", ".")
    )
    assert f"tidak sama dengan jumlah {len(codes)} wilayah di bawahnya" in reason
    assert "selisih 1.000" in reason
    assert len(checked.valid) == len(codes)


def test_a_recap_that_agrees_with_its_children_goes_in(db, tmp_path):
    gid = contest_id(db, "36")
    rows = _rows(_kabkota(db))
    total = ["36", "Banten", sum(r[2] for r in rows), sum(r[3] for r in rows)]
    checked = _preview(db, "partisipasi", _csv(tmp_path / "dpt.csv", [total, *rows]),
                       {"pemilihan": gid})  # fmt: skip
    assert not checked.errors


def test_a_recap_below_what_some_children_already_add_up_to_is_refused(db, tmp_path):
    """Only two kab/kota given, but they already add up to more than the recap."""
    gid = contest_id(db, "36")
    rows = _rows(_kabkota(db)[:2])
    path = _csv(tmp_path / "dpt.csv", [["36", "Banten", 10, 10], *rows])
    checked = _preview(db, "partisipasi", path, {"pemilihan": gid})
    assert [e.row for e in checked.errors] == [2]
    assert "lebih kecil daripada jumlah 2 dari 8 wilayah di bawahnya" in checked.errors[0].reason


def test_total_rows_are_refused_by_name_in_every_spelling(db, tmp_path):
    gid = contest_id(db, "36")
    path = _csv(tmp_path / "dpt.csv", [
        ["36.01", "", 1, 1], ["", "JUMLAH KAB. PANDEGLANG", 1, 1], ["", "Total", 2, 2],
        ["", "JML.", 3, 3], ["", "Grand Total", 4, 4],
    ])  # fmt: skip
    checked = _preview(db, "partisipasi", path, {"pemilihan": gid})
    assert [e.row for e in checked.errors] == [3, 4, 5, 6]
    assert "Baris jumlah 'JUMLAH KAB. PANDEGLANG' tidak diimpor" in checked.errors[0].reason


def test_a_kerawanan_recap_of_tps_counts_is_checked_too(db, tmp_path):
    header = ["kode wilayah", "TPS rawan", "skor IKP"]
    path = _csv(tmp_path / "ikp.csv", [["36.01", 100, "60,5"], ["36.01.01", 30, "50,1"],
                                       ["36.01.02", 80, "70,2"]], header)  # fmt: skip
    checked = _preview(db, "kerawanan", path, {"pemilihan": "semua"})
    assert [e.row for e in checked.errors] == [2]
    assert "TPS rawan 100 lebih kecil daripada jumlah 2 dari" in checked.errors[0].reason


def test_check_flags_a_stored_recap_that_disagrees_with_its_children(db):
    """Stored parent figures are checked by ``check`` and the reconciliation list: turnout
    would otherwise use the province's 8.927.662 while its kab/kota sum to 8.926.662."""
    gid = contest_id(db, "36")
    codes = _kabkota(db)
    for i, code in enumerate(codes):
        put(db, gid, code, dpt_men=500_000 + i, dpt_women=480_000)
    men = sum(500_000 + i for i in range(len(codes)))
    put(db, gid, "36", dpt_men=men + 1000, dpt_women=480_000 * len(codes))
    with db.uow() as uow:
        found = partisipasi_checks.check_recaps(uow)
        reconciled = partisipasi_checks.run_all(uow)
        province = stats.turnout_total(uow, pemilihan_id=gid, denominator="dpt")
    assert [f.name for f in found] == [partisipasi_checks.RECAP_MATCHES_CHILDREN]
    assert "Provinsi Banten (36): DPT laki-laki tercatat" in found[0].detail
    assert "selisih 1.000" in found[0].detail
    assert found[0] in reconciled
    assert province.dpt_men == men + 1000  # the recap is what the figures use: hence the flag
    results = {r.name: r for r in checks.run_all(db)}
    assert not results[partisipasi_checks.RECAP_MATCHES_CHILDREN].ok
    put(db, gid, "36", dpt_men=men, dpt_women=480_000 * len(codes))
    with db.uow() as uow:
        assert partisipasi_checks.check_recaps(uow) == []
