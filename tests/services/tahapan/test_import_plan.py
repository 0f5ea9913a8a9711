"""A stage schedule applied to every contest says, before anything is written, how many
stages it will write in which contest (issue 19: '2 baris valid' wrote 18 records)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Pemilihan
from app.services import registers
from app.services.importing import engine

ROWS = "kode,nama,untuk\nT97,Evaluasi,\nT98,Rapat pleno,\nT99,Debat gubernur,gubernur\n"


def test_the_plan_counts_each_contest_and_equals_what_is_written(db, tmp_path):
    source = tmp_path / "jadwal.csv"
    source.write_text(ROWS, encoding="utf-8")
    spec = registers.import_spec("tahapan")
    with db.uow() as uow:
        contests = uow.session.scalar(select(func.count(Pemilihan.id)))
        preview = engine.preview(uow, spec, source, {"pemilihan": "semua"})
    plan = preview.plan
    assert len(preview.valid) == 3 and len(plan.targets) == contests == 9
    assert plan.records == 2 * 9 + 1  # the governor's own stage goes to one contest only
    assert sorted(t.records for t in plan.targets) == [2] * 8 + [3]
    assert plan.entries[0].text == "T97 · Evaluasi"
    with db.uow("tester") as uow:
        outcome = engine.commit(uow, spec, preview)
    assert outcome.created == plan.records


def test_one_contest_is_one_record_per_row(db, tmp_path):
    source = tmp_path / "jadwal.csv"
    source.write_text(ROWS, encoding="utf-8")
    spec = registers.import_spec("tahapan")
    with db.uow() as uow:
        lebak = uow.session.scalar(select(Pemilihan.id).where(Pemilihan.kind == "bupati"))
        preview = engine.preview(uow, spec, source, {"pemilihan": lebak})
    assert preview.plan.records == 2 and not preview.plan.several
