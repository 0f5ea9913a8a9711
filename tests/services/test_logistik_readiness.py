"""Readiness roll-up on a small tree checked by hand, alerts, requirements by rule, and
the reconciliation checks the brief runs."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models import Kebutuhan, Partisipasi, Pemilihan, PengirimanBaris
from app.models.logistik import KPPS, KPU_KABKOTA, KPU_PROVINSI, PPK, PPS
from app.models.wilayah import LEVEL_KABKOTA, LEVEL_KECAMATAN
from app.services import logistik_checks, logistik_kebutuhan, pengaturan
from app.services.errors import ValidationError
from app.services.logistik_readiness import logistik_alerts, province_readiness, readiness
from tests.services.insiden_helpers import pin
from tests.services.logistik_helpers import (
    KAB_A,
    KAB_B,
    KEC_A1,
    KEC_A2,
    KEC_B1,
    OPERATOR_ACTOR,
    create,
    delivered,
    dispatch,
    first_desa,
    governor,
    jenis_id,
    region_id,
    requirement,
)

TODAY = date(2024, 11, 22)


@pytest.fixture
def tree(db):
    """Requirements: A1 1000 ballots + 10 boxes, A2 500 ballots, B1 800 ballots.
    Deliveries: A1 900 good of 1000 (100 damaged) + 10 boxes; A2 600 (100 surplus);
    B1 800 on the road. Legs to other levels (PPS below A1, the kab/kota A) must not count."""
    pin(db, TODAY)
    requirement(db, KEC_A1, "SURAT_SUARA", 1000)
    requirement(db, KEC_A1, "KOTAK_SUARA", 10, contest=False)
    requirement(db, KEC_A2, "SURAT_SUARA", 500)
    requirement(db, KEC_B1, "SURAT_SUARA", 800)
    delivered(
        db, {"SURAT_SUARA": (900, 100)}, code=KEC_A1, lines={"SURAT_SUARA": 1000, "KOTAK_SUARA": 10}
    )
    with db.uow() as uow:
        desa = first_desa(uow, KEC_A1)
    delivered(db, code=desa, level=PPS, origin=PPK, lines={"SURAT_SUARA": 900})
    delivered(db, code=KAB_A, level=KPU_KABKOTA, origin=KPU_PROVINSI, lines={"SURAT_SUARA": 1500})
    delivered(db, code=KEC_A2, lines={"SURAT_SUARA": 600})
    dispatch(db, create(db, code=KEC_B1, lines={"SURAT_SUARA": 800}).id)
    return db


def _item(row, code="SURAT_SUARA"):
    return next(i for i in row.items if i.jenis_code == code)


def test_kecamatan_readiness_counts_only_the_measured_leg(tree):
    with tree.uow() as uow:
        rows = {r.code: r for r in readiness(uow, level=LEVEL_KECAMATAN, root_code=KAB_A)}
    a1, a2 = rows[KEC_A1], rows[KEC_A2]
    assert (_item(a1).good, _item(a1).required, _item(a1).ratio) == (900, 1000, 0.9)
    assert (_item(a1, "KOTAK_SUARA").good, _item(a1, "KOTAK_SUARA").ratio) == (10, 1.0)
    assert (a1.good, a1.required) == (910, 1010)
    # A surplus is reported, but counts only up to the requirement.
    assert (_item(a2).good, _item(a2).received, _item(a2).surplus, _item(a2).ratio) == (
        500,
        600,
        100,
        1.0,
    )
    assert all(r.code.startswith(KAB_A + ".") for r in rows.values())
    assert rows["36.01.03"].ratio is None  # nothing required there


def test_roll_up_to_kab_kota_and_province(tree):
    with tree.uow() as uow:
        kab = {r.code: r for r in readiness(uow, level=LEVEL_KABKOTA)}
        province = province_readiness(uow)
    # A2's surplus does not cover A1's shortfall: 900 + 500 of 1500.
    assert (_item(kab[KAB_A]).good, _item(kab[KAB_A]).required, _item(kab[KAB_A]).received) == (
        1400,
        1500,
        1500,
    )
    assert (kab[KAB_A].good, kab[KAB_A].required) == (1410, 1510)
    assert (kab[KAB_B].good, kab[KAB_B].required, kab[KAB_B].ratio) == (0, 800, 0.0)
    assert len(kab) == 8
    assert (province.code, province.good, province.required) == ("36", 1410, 2310)
    assert province.ratio == pytest.approx(1410 / 2310)
    assert province.measured_level == PPK


def test_measured_level_is_a_setting(tree):
    with tree.uow("tester") as uow:
        pengaturan.put(uow, "logistik_tingkat_ukur", KPU_KABKOTA)
        uow.commit()
    with tree.uow() as uow:
        kab = {r.code: r for r in readiness(uow, level=LEVEL_KABKOTA)}
    # The kab/kota leg now counts (1500 received), against the kecamatan requirements below.
    assert (_item(kab[KAB_A]).good, _item(kab[KAB_A]).required) == (1500, 1500)
    assert _item(kab[KAB_A], "KOTAK_SUARA").good == 0


def test_contest_filter_keeps_shared_items(tree):
    with tree.uow() as uow:
        bupati = uow.session.scalar(
            select(Pemilihan.id).where(Pemilihan.wilayah_id == region_id(uow, KAB_A))
        )
        row = next(
            r for r in readiness(uow, level=LEVEL_KABKOTA, pemilihan_id=bupati) if r.code == KAB_A
        )
    assert (_item(row).required, _item(row, "KOTAK_SUARA").good) == (0, 10)


def test_alerts_terlambat_and_berisiko(tree):
    with tree.uow() as uow:
        desa = first_desa(uow, KEC_B1)
    risky = create(
        tree, code=desa, level=KPPS, origin=PPS, tps="7", expected_arrival=date(2024, 11, 27)
    )
    with tree.uow() as uow:
        alerts = logistik_alerts(uow, today=TODAY)
        only_b = logistik_alerts(uow, today=TODAY, root_code=KEC_B1)
        none_yet = logistik_alerts(uow, today=date(2024, 11, 19), root_code=KAB_A)
    assert [(a.destination_code, a.status) for a in alerts] == [
        (KEC_B1, "Terlambat"),
        (desa, "Berisiko"),
    ]
    assert alerts[0].must_arrive_by == date(2024, 11, 20)
    assert alerts[1].pengiriman_id == risky.id and alerts[1].expected_arrival == date(2024, 11, 27)
    assert len(only_b) == 2
    assert none_yet == []  # everything to kab A arrived


def _participation(db, code, dpt, tps, contest=None):
    with db.uow("tester") as uow:
        uow.session.add(Partisipasi(pemilihan_id=contest or governor(uow), wilayah_id=region_id(uow, code),
                                    wilayah_code=code, dpt_men=dpt // 2, dpt_women=dpt - dpt // 2, tps_count=tps))  # fmt: skip
        uow.commit()


def _needs(db):
    with db.uow() as uow:
        return {
            (k.wilayah_code, k.jenis_id, k.pemilihan_id): (k.quantity, k.source)
            for k in uow.session.scalars(select(Kebutuhan).where(Kebutuhan.archived.is_(False)))
        }


def test_requirements_by_rule_from_dpt_and_tps(db):
    _participation(db, KEC_A2, 1000, 3)
    with db.uow() as uow:
        bupati = uow.session.scalar(
            select(Pemilihan.id).where(Pemilihan.wilayah_id == region_id(uow, KAB_A))
        )
        surat, kotak, gov = jenis_id(uow), jenis_id(uow, "KOTAK_SUARA"), governor(uow)
    _participation(db, KEC_A2, 1000, 3, contest=bupati)
    requirement(db, KEC_A1, "TINTA", 99, contest=False)  # entered by hand, elsewhere
    with db.uow(OPERATOR_ACTOR) as uow:
        result = logistik_kebutuhan.compute_by_rule(uow)
    needs = _needs(db)
    assert needs[(KEC_A2, surat, gov)] == (1027, "aturan")
    assert needs[(KEC_A2, surat, bupati)] == (1027, "aturan")
    assert needs[(KEC_A2, kotak, None)] == (6, "aturan")  # 3 TPS × 2, not per contest
    assert result.created == len(needs) - 1
    with db.uow(OPERATOR_ACTOR) as uow:
        again = logistik_kebutuhan.compute_by_rule(uow)
    assert (again.created, again.updated) == (0, 0)


def test_rule_without_dpt_says_so(db):
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError, match="Belum ada data DPT"):
        logistik_kebutuhan.compute_by_rule(uow)


def test_a_requirement_is_kept_at_one_level(db):
    requirement(db, KEC_A1, "SURAT_SUARA", 1000)
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError, match="satu tingkat"):
        logistik_kebutuhan.set_kebutuhan(uow, wilayah_id=region_id(uow, KAB_A), jenis_id=jenis_id(uow),
                                         pemilihan_id=governor(uow), quantity=5000)  # fmt: skip


def test_check_received_not_above_sent(tree):
    with tree.uow() as uow:
        assert logistik_checks.received_not_above_sent(uow) == []
        line = uow.session.scalars(
            select(PengirimanBaris).where(PengirimanBaris.qty_good.is_not(None))
        ).first()
        line.qty_good = line.qty_sent + 1  # written around the service
        uow.commit()
    with tree.uow() as uow:
        failures = logistik_checks.received_not_above_sent(uow)
    assert len(failures) == 1 and "dikirim" in failures[0].detail


def test_check_ballots_cover_dpt(tree):
    with tree.uow() as uow:
        flagged = logistik_checks.ballots_cover_dpt(uow, level=LEVEL_KECAMATAN)
    assert [f.detail for f in flagged] == [
        "Data DPT belum tersedia: surat suara belum dapat dibandingkan dengan DPT (ditandai)."
    ]
    _participation(tree, KEC_A1, 1000, 3)  # needs 1027; 900 received
    _participation(tree, KEC_A2, 500, 1)  # needs 513; 600 received
    with tree.uow() as uow:
        failures = logistik_checks.ballots_cover_dpt(uow, level=LEVEL_KECAMATAN)
    assert len(failures) == 1
    assert "diterima 900, perlu 1027" in failures[0].detail


def test_desk_check_notes_missing_dpt_without_failing(db):
    """A desk runs ``check`` before any DPT exists: flagged as a note, exit stays clean."""
    from app.services import checks

    results = {r.name: r for r in checks.run_all(db)}
    ballots = results[logistik_checks.BALLOTS_COVER_DPT]
    assert ballots.ok and "DPT belum tersedia" in ballots.detail
    assert results[logistik_checks.RECEIVED_NOT_ABOVE_SENT].ok
