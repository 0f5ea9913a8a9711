"""The goods-received sums the database keeps (``logistik_diterima``) always equal what
the consignment lines say, whatever writes them: the desk's own use cases, or any other
program changing lines and consignments directly — and ``check`` says so."""

from __future__ import annotations

import random

from sqlalchemy import text

from app.models.logistik import (
    DIBATALKAN,
    DIKIRIM,
    DITERIMA,
    DITERIMA_SEBAGIAN,
    KPU_KABKOTA,
    PPK,
    PPS,
)
from app.services.logistik import diterima
from tests.services.logistik.helpers import KEC_A1, KEC_A2, KEC_B1, delivered

RAW = text(
    "SELECT b.destination_code, p.destination_level, b.jenis_id, coalesce(b.pemilihan_id, 0), "
    "sum(b.qty_good) FROM pengiriman_baris b JOIN pengiriman p ON p.id = b.pengiriman_id "
    "WHERE NOT b.archived AND b.qty_good IS NOT NULL AND NOT p.archived "
    "AND p.status IN ('Diterima', 'Diterima sebagian') "
    "GROUP BY b.destination_code, p.destination_level, b.jenis_id, coalesce(b.pemilihan_id, 0)"
)
KEPT = text(
    "SELECT destination_code, destination_level, jenis_id, pemilihan_key, qty_good "
    "FROM logistik_diterima WHERE qty_good != 0"
)


def _sums(db, statement) -> dict[tuple, int]:
    with db.uow() as uow:
        return {tuple(r[:4]): int(r[4]) for r in uow.session.execute(statement) if r[4]}


def _write(db, sql: str, **values) -> None:
    with db.uow() as uow:
        uow.session.execute(text(sql), values)
        uow.commit()


def _ids(db, sql: str) -> list[int]:
    with db.uow() as uow:
        return [r[0] for r in uow.session.execute(text(sql))]


def test_sums_follow_every_kind_of_write_to_lines_and_consignments(db):
    rng = random.Random(20)
    for code in (KEC_A1, KEC_A2, KEC_B1):
        delivered(db, {"SURAT_SUARA": (990, 10)}, code=code, lines={"SURAT_SUARA": 1000, "KOTAK_SUARA": 20})
    assert _sums(db, KEPT) == _sums(db, RAW) != {}
    writes = [
        # A receipt corrected, recorded on a line not received yet, or taken back.
        lambda line: _write(db, "UPDATE pengiriman_baris SET qty_good = :n WHERE id = :id",
                            n=rng.randint(0, 1000), id=line),
        lambda line: _write(db, "UPDATE pengiriman_baris SET qty_good = NULL WHERE id = :id", id=line),
        # Lines archived and back, moved to another contest or destination, deleted.
        lambda line: _write(db, "UPDATE pengiriman_baris SET archived = NOT archived WHERE id = :id", id=line),
        lambda line: _write(db, "UPDATE pengiriman_baris SET pemilihan_id = NULL WHERE id = :id", id=line),
        lambda line: _write(db, "UPDATE pengiriman_baris SET destination_code = :c WHERE id = :id",
                            c=rng.choice((KEC_A1, KEC_A2, KEC_B1)), id=line),
        lambda line: _write(db, "DELETE FROM pengiriman_baris WHERE id = :id", id=line),
        # Consignments changing status, archived, sent to another level, deleted with their lines.
        lambda line: _write(db, "UPDATE pengiriman SET status = :s WHERE id = (SELECT pengiriman_id "
                                "FROM pengiriman_baris WHERE id = :id)",
                            s=rng.choice((DITERIMA, DITERIMA_SEBAGIAN, DIKIRIM, DIBATALKAN)), id=line),
        lambda line: _write(db, "UPDATE pengiriman SET archived = NOT archived WHERE id = (SELECT "
                                "pengiriman_id FROM pengiriman_baris WHERE id = :id)", id=line),
        lambda line: _write(db, "UPDATE pengiriman SET destination_level = :lv WHERE id = (SELECT "
                                "pengiriman_id FROM pengiriman_baris WHERE id = :id)",
                            lv=rng.choice((PPK, PPS, KPU_KABKOTA)), id=line),
    ]  # fmt: skip
    for step in range(60):
        lines = _ids(db, "SELECT id FROM pengiriman_baris")
        if not lines or step % 15 == 14:
            delivered(db, {"SURAT_SUARA": (rng.randint(0, 1000), 0)}, code=rng.choice((KEC_A1, KEC_B1)))
            continue
        rng.choice(writes)(rng.choice(lines))
        assert _sums(db, KEPT) == _sums(db, RAW), f"after step {step}"
    consignment = _ids(db, "SELECT id FROM pengiriman ORDER BY id")[0]
    _write(db, "DELETE FROM pengiriman_baris WHERE pengiriman_id = :id", id=consignment)
    _write(db, "DELETE FROM pengiriman WHERE id = :id", id=consignment)
    assert _sums(db, KEPT) == _sums(db, RAW)
    assert _mismatches(db) == []


def _mismatches(db) -> list[str]:
    with db.uow() as uow:
        return diterima.mismatches(uow)


def test_check_names_a_sum_that_no_longer_matches_the_lines_and_rebuild_repairs_it(db):
    delivered(db, {"SURAT_SUARA": (1000, 0)}, code=KEC_A1)
    assert _mismatches(db) == []
    _write(db, "UPDATE logistik_diterima SET qty_good = qty_good + 5")  # written around the triggers
    found = _mismatches(db)
    assert "ringkasan 1.005, baris pengiriman 1.000" in found[0]
    assert "--susun-ulang" in found[-1]
    with db.uow() as uow:
        assert diterima.rebuild(uow) == 1
    assert _mismatches(db) == [] and _sums(db, KEPT) == _sums(db, RAW)


