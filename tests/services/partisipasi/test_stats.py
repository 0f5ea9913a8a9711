"""Turnout figures on small hand-checked data: each denominator, the roll-up rule, the
earlier election, the target and the reconciliation flags."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Pemilihan, Wilayah
from app.models.wilayah import LEVEL_KABKOTA, LEVEL_KECAMATAN, LEVEL_PROVINSI
from app.services.core.actor import OPERATOR, PIMPINAN, Actor, Forbidden
from app.services.core.errors import ConflictError, ValidationError
from app.services.partisipasi import checks as partisipasi_checks
from app.services.partisipasi import records as partisipasi
from app.services.partisipasi import stats
from app.services.partisipasi.records import Angka

OPERATOR_ACTOR = Actor("operator1", OPERATOR)


def contest_id(db, region_code: str) -> int:
    with db.uow() as uow:
        return uow.session.scalar(
            select(Pemilihan.id)
            .join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
            .where(Wilayah.code == region_code)
        )


def put(db, pemilihan_id: int, code: str, **figures) -> None:
    with db.uow(OPERATOR_ACTOR) as uow:
        current = partisipasi.get_partisipasi(uow, pemilihan_id, code)
        partisipasi.save_partisipasi(
            uow, pemilihan_id, code, Angka(**figures), version=current.version
        )


@pytest.fixture
def gub(db) -> int:
    """The governor race with hand-checked figures.

    Pandeglang (36.01) entered per kecamatan:
      36.01.01: DPT 500+500, DPTb 20, DPK 30, TPS 4, voted 350+400 = 750, sah 740 + 10
      36.01.02: DPT 600+400, DPTb 0,  DPK 50, TPS 5, voted 300+300 = 600, sah 590 + 5 (≠ 600)
    Lebak (36.02) entered as one kab/kota recap (DPT 2000, voted 2100: above DPT+DPTb+DPK
    2020), plus a desa record below it that the recap shadows.
    """
    gid = contest_id(db, "36")
    put(
        db,
        gid,
        "36.01.01",
        dpt_men=500,
        dpt_women=500,
        dptb=20,
        dpk=30,
        tps_count=4,
        voted_men=350,
        voted_women=400,
        valid_votes=740,
        invalid_votes=10,
    )
    put(
        db,
        gid,
        "36.01.02",
        dpt_men=600,
        dpt_women=400,
        dptb=0,
        dpk=50,
        tps_count=5,
        voted_men=300,
        voted_women=300,
        valid_votes=590,
        invalid_votes=5,
    )
    put(
        db,
        gid,
        "36.02",
        dpt_men=1000,
        dpt_women=1000,
        dptb=10,
        dpk=10,
        tps_count=8,
        voted_men=1500,
        voted_women=600,
    )
    with db.uow() as uow:
        desa = uow.session.scalar(
            select(Wilayah.code).where(Wilayah.code.like("36.02.%"), Wilayah.level == 4)
        )
    put(db, gid, desa, dpt_men=10, dpt_women=10, voted_men=5, voted_women=5)
    return gid  # fmt: skip


def by_code(rows):
    return {r.code: r for r in rows}


def test_turnout_with_each_denominator(db, gub):
    with db.uow() as uow:
        dpt_only = by_code(
            stats.turnout_by_region(uow, pemilihan_id=gub, level=LEVEL_KABKOTA, denominator="dpt")
        )
        everyone = by_code(stats.turnout_by_region(uow, pemilihan_id=gub, level=LEVEL_KABKOTA, denominator="dpt_dptb_dpk"))  # fmt: skip
    pandeglang = dpt_only["36.01"]
    assert (pandeglang.dpt, pandeglang.dptb, pandeglang.dpk, pandeglang.tps) == (2000, 20, 80, 9)
    assert pandeglang.voted == 1350
    assert pandeglang.turnout_pct == pytest.approx(67.5)  # 1350 / 2000
    assert pandeglang.method == "Pengguna hak pilih ÷ DPT"
    assert everyone["36.01"].turnout_pct == pytest.approx(1350 / 2100 * 100)  # 64,29%
    assert everyone["36.01"].method == "Pengguna hak pilih ÷ (DPT + DPTb + DPK)"
    # Kab/kota without any figure are listed, empty.
    assert everyone["36.03"].dpt is None and everyone["36.03"].turnout_pct is None
    assert len(everyone) == 8


def test_default_denominator_is_the_desk_setting(db, gub):
    from app.services.core import pengaturan

    with db.uow() as uow:
        assert stats.turnout_total(uow, pemilihan_id=gub).method.endswith("(DPT + DPTb + DPK)")
        pengaturan.put(uow, "partisipasi_penyebut", "dpt")
        uow.commit()
    with db.uow() as uow:
        assert stats.turnout_total(uow, pemilihan_id=gub).method == "Pengguna hak pilih ÷ DPT"


def test_recap_shadows_the_records_below_it_and_total_mixes_levels(db, gub):
    with db.uow() as uow:
        lebak = by_code(stats.turnout_by_region(uow, pemilihan_id=gub, level=LEVEL_KABKOTA))[
            "36.02"
        ]
        total = stats.turnout_total(uow, pemilihan_id=gub, denominator="dpt")
        kecamatan = stats.turnout_by_region(uow, pemilihan_id=gub, level=LEVEL_KECAMATAN, root_code="36.02")  # fmt: skip
    assert lebak.dpt == 2000  # the recap, not recap + desa
    # Province = Pandeglang (kecamatan sums) + Lebak (its recap).
    assert (total.code, total.dpt, total.voted, total.tps) == ("36", 4000, 3450, 17)
    assert total.turnout_pct == pytest.approx(3450 / 4000 * 100)
    # Drilling into Lebak shows the desa record's kecamatan, the recap is above it.
    assert [r.dpt for r in kecamatan if r.dpt is not None] == [20]


def test_checks_flag_and_never_hide(db, gub):
    with db.uow() as uow:
        rows = by_code(stats.turnout_by_region(uow, pemilihan_id=gub, level=LEVEL_KABKOTA))
        kec = by_code(stats.turnout_by_region(uow, pemilihan_id=gub, level=LEVEL_KECAMATAN, root_code="36.01"))  # fmt: skip
        failures = partisipasi_checks.run_all(uow, pemilihan_id=gub)
    assert rows["36.02"].turnout_pct == pytest.approx(2100 / 2020 * 100)  # shown, > 100%
    assert rows["36.02"].flags == ("Pengguna hak pilih 2.100 melebihi DPT + DPTb + DPK 2.020",)
    assert kec["36.01.02"].flags == ("Suara sah + tidak sah 595 ≠ pengguna hak pilih 600 (selisih 5)",)  # fmt: skip
    assert kec["36.01.01"].flags == ()
    assert [f.name for f in failures] == [
        partisipasi_checks.VOTED_WITHIN_REGISTERED,
        partisipasi_checks.VALID_PLUS_INVALID,
    ]
    assert "36.02" in failures[0].detail and "2.100" in failures[0].detail
    assert "36.01.02" in failures[1].detail


def test_row_flags_edges():
    flags = partisipasi_checks.row_flags
    assert flags(dpt=100, dptb=5, dpk=5, voted=110, valid=None, invalid=None) == ()
    assert len(flags(dpt=100, dptb=5, dpk=5, voted=111, valid=None, invalid=None)) == 1
    assert flags(dpt=100, dptb=None, dpk=None, voted=90, valid=80, invalid=10) == ()
    assert flags(dpt=None, dptb=None, dpk=None, voted=90, valid=None, invalid=None) == ()


def test_target_and_earlier_election(db, gub):
    with db.uow(OPERATOR_ACTOR) as uow:
        partisipasi.set_target(uow, gub, 75.0)
    with db.uow(OPERATOR_ACTOR) as uow:
        # Pandeglang by DPT and voters; Lebak only as a published percentage.
        partisipasi.save_pemilihan_lalu(
            uow, name="Pilgub Banten 2017", year=2017, wilayah_code="36.01", dpt=1800, voted=1080
        )
    with db.uow(OPERATOR_ACTOR) as uow:
        partisipasi.save_pemilihan_lalu(
            uow, name="Pilgub Banten 2017", year=2017, wilayah_code="36.02", turnout_pct=62.02
        )
    with db.uow() as uow:
        rows = by_code(stats.turnout_by_region(uow, pemilihan_id=gub, level=LEVEL_KABKOTA, denominator="dpt"))  # fmt: skip
        total = stats.turnout_total(uow, pemilihan_id=gub, denominator="dpt")
    assert rows["36.01"].target_pct == 75.0
    assert rows["36.01"].earlier_pct == pytest.approx(60.0)  # 1080 / 1800
    assert rows["36.01"].change_pts == pytest.approx(7.5)  # 67,5 - 60
    assert rows["36.01"].earlier_name == "Pilgub Banten 2017"
    assert rows["36.02"].earlier_pct == pytest.approx(62.02)
    assert rows["36.03"].earlier_pct is None and rows["36.03"].change_pts is None
    # Only Pandeglang has DPT and voters for 2017: the province rolls up from it.
    assert total.earlier_pct == pytest.approx(60.0)


def test_dpt_by_region_defaults_to_governor_race(db, gub):
    with db.uow() as uow:
        rows = by_code(stats.dpt_by_region(uow, level=LEVEL_KABKOTA))
        province = stats.dpt_by_region(uow, level=LEVEL_PROVINSI)
    assert (rows["36.01"].dpt, rows["36.01"].tps) == (2000, 9)
    assert [(r.code, r.dpt, r.tps) for r in province] == [("36", 4000, 17)]


def test_kab_contest_is_limited_to_its_area(db):
    pandeglang = contest_id(db, "36.01")
    put(db, pandeglang, "36.01.01", dpt_men=1, dpt_women=1)
    with db.uow() as uow:
        rows = stats.turnout_by_region(uow, pemilihan_id=pandeglang, level=LEVEL_KABKOTA)
        assert [r.code for r in rows] == ["36.01"]
        assert stats.turnout_by_region(uow, pemilihan_id=pandeglang, level=LEVEL_KECAMATAN, root_code="36.02") == []  # fmt: skip
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError, match="di luar wilayah"):
        partisipasi.save_partisipasi(uow, pandeglang, "36.02", Angka(dptb=1))


def test_validation_conflict_and_permission(db):
    gid = contest_id(db, "36")
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError, match="negatif"):
        partisipasi.save_partisipasi(uow, gid, "36.01", Angka(dptb=-1))
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError, match="bersama-sama"):
        partisipasi.save_partisipasi(uow, gid, "36.01", Angka(voted_men=5))
    with db.uow(Actor("p", PIMPINAN)) as uow, pytest.raises(Forbidden):
        partisipasi.save_partisipasi(uow, gid, "36.01", Angka(dptb=1))
    put(db, gid, "36.01", dptb=1)
    # A second PC that loaded the empty form before the first saved gets a conflict.
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ConflictError):
        partisipasi.save_partisipasi(uow, gid, "36.01", Angka(dptb=2), version=None)
    put(db, gid, "36.01", dptb=3)  # with the loaded version it saves
    with db.uow() as uow:
        assert partisipasi.get_partisipasi(uow, gid, "36.01").angka.dptb == 3
