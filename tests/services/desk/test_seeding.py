"""First-run seeding for Banten (SPEC 3, 4, 5): regions, the nine 2024 contests with the
PKPU 2/2024 stages, reference lists; idempotent; one province per database."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import Pemilihan, Referensi, Tahapan, Wilayah
from app.paths import package_dir
from app.services.core import pengaturan
from app.services.core.errors import DomainError, ValidationError
from app.services.desk import seeding


def _counts(db) -> dict[str, object]:
    with db.uow() as uow:
        s = uow.session
        return {
            "wilayah": dict(
                s.execute(select(Wilayah.level, func.count()).group_by(Wilayah.level)).all()
            ),
            "pemilihan": s.scalar(select(func.count(Pemilihan.id))),
            "tahapan": s.scalar(select(func.count(Tahapan.id))),
            "tahapan_versions": sorted(s.scalars(select(Tahapan.version)).all()),
            "referensi": s.scalar(select(func.count(Referensi.id))),
        }


def _csv(name: str) -> list[dict[str, str]]:
    path = package_dir() / "data" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_banten_regions(db):
    with db.uow() as uow:
        by_level = dict(
            uow.session.execute(select(Wilayah.level, func.count()).group_by(Wilayah.level)).all()
        )
        province = uow.session.scalar(select(Wilayah.name).where(Wilayah.code == "36"))
        kabkota = uow.session.scalars(
            select(Wilayah.name).where(Wilayah.level == 2).order_by(Wilayah.code)
        ).all()
    assert by_level == {1: 1, 2: 8, 3: 155, 4: 1552}
    assert province == "Banten"
    assert "Kota Tangerang Selatan" in kabkota
    assert "Kabupaten Lebak" in kabkota


def test_region_tree_is_linked_by_code(db):
    with db.uow() as uow:
        s = uow.session
        codes = dict(s.execute(select(Wilayah.id, Wilayah.code)).all())
        for code, parent_id in s.execute(select(Wilayah.code, Wilayah.parent_id)).all():
            if code == "36":
                assert parent_id is None
            else:
                assert codes[parent_id] == code.rpartition(".")[0], code


def test_nine_contests_on_voting_day(db):
    with db.uow() as uow:
        contests = uow.session.execute(
            select(Pemilihan.kind, Pemilihan.name, Pemilihan.voting_date)
        ).all()
    assert len(contests) == 9
    assert Counter(c.kind for c in contests) == {"gubernur": 1, "bupati": 4, "wali kota": 4}
    names = {c.name for c in contests}
    assert names == {
        "Pemilihan Gubernur dan Wakil Gubernur Banten 2024",
        "Pemilihan Bupati dan Wakil Bupati Pandeglang 2024",
        "Pemilihan Bupati dan Wakil Bupati Lebak 2024",
        "Pemilihan Bupati dan Wakil Bupati Tangerang 2024",
        "Pemilihan Bupati dan Wakil Bupati Serang 2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Tangerang 2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Cilegon 2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Serang 2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Tangerang Selatan 2024",
    }
    assert {c.voting_date for c in contests} == {date(2024, 11, 27)}


def test_each_contest_belongs_to_its_region(db):
    with db.uow() as uow:
        rows = uow.session.execute(
            select(Pemilihan.kind, Pemilihan.name, Wilayah.code, Wilayah.name).join(
                Wilayah, Wilayah.id == Pemilihan.wilayah_id
            )
        ).all()
    for kind, name, code, region in rows:
        if kind == "gubernur":
            assert code == "36"
        else:
            assert code.count(".") == 1
            short = region.removeprefix("Kabupaten ").removeprefix("Kota ")
            assert name.endswith(f" {short} 2024")
            assert (kind == "wali kota") == region.startswith("Kota ")


def test_stage_t17_4_only_for_the_governor_contest(db):
    with db.uow() as uow:
        kinds = uow.session.scalars(
            select(Pemilihan.kind)
            .join(Tahapan, Tahapan.pemilihan_id == Pemilihan.id)
            .where(Tahapan.code == "T17.4")
        ).all()
    assert kinds == ["gubernur"]


def test_every_contest_has_the_pkpu_schedule(db):
    template = _csv("tahapan_pkpu_2_2024.csv")

    def expected(kind: str) -> set[tuple]:
        return {
            (
                r["kode"],
                r["induk"],
                r["nama"],
                date.fromisoformat(r["mulai"]) if r["mulai"] else None,
                date.fromisoformat(r["selesai"]) if r["selesai"] else None,
                r["catatan"],
            )
            for r in template
            if r["untuk"] in ("", kind)
        }

    with db.uow() as uow:
        contests = uow.session.scalars(select(Pemilihan)).all()
        for contest in contests:
            stages = uow.session.scalars(
                select(Tahapan).where(Tahapan.pemilihan_id == contest.id)
            ).all()
            code_of = {t.id: t.code for t in stages}
            got = {
                (
                    t.code,
                    code_of.get(t.parent_id, "") if t.parent_id else "",
                    t.name,
                    t.planned_start,
                    t.planned_end,
                    t.schedule_note,
                )
                for t in stages
            }
            assert got == expected(contest.kind), contest.name
            # Nothing has happened yet on a freshly seeded desk.
            assert all(t.progress == 0 and t.actual_start is None for t in stages)


def test_stages_keep_the_template_order(db):
    template_codes = [r["kode"] for r in _csv("tahapan_pkpu_2_2024.csv") if r["untuk"] == ""]
    with db.uow() as uow:
        contest = uow.session.scalar(select(Pemilihan).where(Pemilihan.kind == "bupati"))
        codes = uow.session.scalars(
            select(Tahapan.code)
            .where(Tahapan.pemilihan_id == contest.id)
            .order_by(Tahapan.sort_order)
        ).all()
    assert codes == template_codes


def test_reference_lists_seeded(db):
    rows = _csv("referensi.csv")
    with db.uow() as uow:
        seeded = {
            (r.kind, r.code): r
            for r in uow.session.execute(
                select(
                    Referensi.kind, Referensi.code, Referensi.name, Referensi.group,
                    Referensi.unit, Referensi.active,
                ).where(Referensi.archived.is_(False))
            )
        }  # fmt: skip
    assert set(seeded) == {(r["jenis"], r["kode"]) for r in rows}
    for row in rows:
        item = seeded[(row["jenis"], row["kode"])]
        assert (item.name, item.group, item.unit) == (row["nama"], row["kelompok"], row["satuan"])
        assert item.active
    per_kind = Counter(kind for kind, _ in seeded)
    assert per_kind["kategori_insiden"] == 17
    assert per_kind["sumber"] == 10
    assert per_kind["jenis_logistik"] == 11
    assert per_kind["kelompok_sasaran"] == 9


def test_settings_record_the_province(db):
    with db.uow() as uow:
        assert seeding.seeded_province(uow) == "36"
        assert pengaturan.get(uow, "province_name") == "Banten"
        assert pengaturan.get(uow, "timezone") == "Asia/Jakarta"
        assert pengaturan.get(uow, "demo_as_of") is None


def test_seeding_again_changes_nothing(db):
    before = _counts(db)
    with db.uow("tester") as uow:
        seeding.seed(uow, "36")
    assert _counts(db) == before


def test_seeding_another_province_into_the_same_database_is_refused(db):
    before = _counts(db)
    with (
        db.uow("tester") as uow,
        pytest.raises(DomainError, match="sudah disiapkan untuk provinsi 36"),
    ):
        seeding.seed(uow, "32")
    assert _counts(db) == before
    with db.uow() as uow:
        assert seeding.seeded_province(uow) == "36"


@pytest.mark.parametrize("code", ["99", "36.01", "Banten", ""])
def test_unknown_province_code_is_a_validation_error(empty_db, code):
    with empty_db.uow("tester") as uow, pytest.raises(ValidationError, match="tidak dikenal"):
        seeding.seed(uow, code)
    with empty_db.uow() as uow:
        assert uow.session.scalar(select(func.count(Wilayah.id))) == 0
        assert seeding.seeded_province(uow) == ""


def test_seeding_reports_progress(empty_db):
    from app.services.core.progress import Progress

    steps: list[tuple[int, int, str]] = []
    with empty_db.uow("tester") as uow:
        seeding.seed(uow, "36", Progress(lambda d, t, label: steps.append((d, t, label))))
    assert steps[0][0] == 0 and steps[-1] == (4, 4, "Selesai")


@pytest.mark.parametrize(
    ("code", "zone"),
    [("36", "Asia/Jakarta"), ("11", "Asia/Jakarta"), ("51", "Asia/Makassar"),
     ("73", "Asia/Makassar"), ("64", "Asia/Makassar"), ("91", "Asia/Jayapura"),
     ("81", "Asia/Jayapura")],
)  # fmt: skip
def test_timezone_for_province(code, zone):
    assert seeding.timezone_for(code) == zone
