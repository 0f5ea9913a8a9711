"""One use case reads the million consignment lines once: the brief's Logistik section
and its early warning share the reading; a write in between makes the next one fresh."""

from __future__ import annotations

from sqlalchemy import event, select

from app.models import Kebutuhan
from app.models.wilayah import LEVEL_KABKOTA, LEVEL_KECAMATAN, LEVEL_PROVINSI
from app.services.logistik import readiness
from tests.services.logistik.helpers import KEC_A1, delivered, requirement


class Goods:
    """How many times the goods received were summed up."""

    def __init__(self, db) -> None:
        self.count = 0
        self._engine = db.engine
        event.listen(self._engine, "before_cursor_execute", self._note)

    def _note(self, _conn, _cursor, statement, *_args) -> None:
        self.count += "sum(logistik_diterima.qty_good)" in statement

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._note)


def _province(found) -> tuple[int, int]:
    row = found[LEVEL_PROVINSI][0]
    return sum(i.good for i in row.items), sum(i.required for i in row.items)


def test_two_readings_in_one_use_case_share_one_aggregate_until_something_is_written(db):
    requirement(db, KEC_A1, "SURAT_SUARA", 1000)
    delivered(db, {"SURAT_SUARA": (400, 0)})
    goods = Goods(db)
    try:
        with db.uow("tester") as uow:
            brief = readiness.readiness_levels(uow, levels=(LEVEL_PROVINSI, LEVEL_KABKOTA))
            warning = readiness.readiness_levels(uow, levels=(LEVEL_KABKOTA, LEVEL_KECAMATAN))
            assert goods.count == 1
            assert [r.ratio for r in brief[LEVEL_KABKOTA]] == [r.ratio for r in warning[LEVEL_KABKOTA]]
            assert _province(brief) == (400, 1000)
            # The same unit of work corrects a requirement: the next reading is fresh.
            need = uow.session.scalars(select(Kebutuhan)).first()
            need.quantity = 500
            assert _province(readiness.readiness_levels(uow, levels=(LEVEL_PROVINSI,))) == (400, 500)
            assert goods.count == 2
            uow.commit()
            readiness.readiness_levels(uow, levels=(LEVEL_PROVINSI,))
            assert goods.count == 3
    finally:
        goods.close()
