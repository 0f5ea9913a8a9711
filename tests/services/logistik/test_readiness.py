"""Readiness roll-up on a small tree checked by hand, alerts, requirements by rule, and
the reconciliation checks the brief runs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.models import Kebutuhan, Partisipasi, Pemilihan, PengirimanBaris, Wilayah
from app.models.logistik import KPPS, KPU_KABKOTA, KPU_PROVINSI, PPK, PPS
from app.models.wilayah import LEVEL_KABKOTA, LEVEL_KECAMATAN
from app.services.core import formatting, pengaturan
from app.services.core.errors import ValidationError
from app.services.logistik import (
    checks as logistik_checks,
)
from app.services.logistik import (
    kebutuhan as logistik_kebutuhan,
)
from app.services.logistik import (
    rules as logistik_rules,
)
from app.services.logistik.query import received_between
from app.services.logistik.readiness import (
    logistik_alerts,
    province_readiness,
    readiness,
    readiness_table,
)
from tests.services.insiden.helpers import now_utc, pin
from tests.services.logistik.helpers import (
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
    # Overall = mean of the item ratios: (90% ballots + 100% boxes) / 2.
    assert a1.ratio == pytest.approx(0.95)
    assert a1.weakest.jenis_code == "SURAT_SUARA"
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
    assert kab[KAB_A].ratio == pytest.approx((1400 / 1500 + 1.0) / 2)
    assert (province.code, province.good, province.required) == ("36", 1410, 2310)
    # Ballots 1400 of 2300 and boxes 10 of 10, each weighing the same.
    assert province.ratio == pytest.approx((1400 / 2300 + 1.0) / 2)
    assert province.weakest.jenis_code == "SURAT_SUARA"
    assert province.measured_level == PPK


def test_overall_readiness_never_hides_a_missing_item(db):
    """Every ballot but none of the boxes: 50%, not the 99% that Σ good ÷ Σ required
    would show because 100.000 sheets swamp 946 boxes; the boxes are named weakest."""
    pin(db, TODAY)
    requirement(db, KEC_A1, "SURAT_SUARA", 100_000)
    requirement(db, KEC_A1, "KOTAK_SUARA", 946, contest=False)
    delivered(db, code=KEC_A1, lines={"SURAT_SUARA": 100_000})
    with db.uow() as uow:
        kec = next(r for r in readiness(uow, level=LEVEL_KECAMATAN, root_code=KAB_A)
                   if r.code == KEC_A1)  # fmt: skip
        table = readiness_table(uow, level=LEVEL_KECAMATAN, root_code=KAB_A)
        province = province_readiness(uow)
    assert (kec.good, kec.required) == (100_000, 100_946)
    assert kec.ratio == 0.5
    assert (kec.weakest.jenis_code, kec.weakest.jenis_name, kec.weakest.ratio) == (
        "KOTAK_SUARA", "Kotak suara", 0.0)  # fmt: skip
    # The matrix's Jumlah row is the kab/kota's own figure, the same as the province's here.
    assert table.total.code == KAB_A and table.total.ratio == province.ratio == 0.5
    assert {r.code for r in table.rows} >= {KEC_A1, KEC_A2}


def test_readiness_percentages_are_never_rounded_up():
    """99,985% must not read as 100,0% (nor 79,96% as 80,0%: a colour threshold)."""
    assert formatting.percent_floor(1 - 309 / 2_060_000) == "99,9%"
    assert formatting.percent_floor(0.7996) == "79,9%"
    assert formatting.percent_floor(0.29) == "29,0%"  # float noise never truncates down
    assert formatting.percent_floor(1.0) == "100,0%"
    assert formatting.percent_floor(None) == "–"


def test_rules_are_stated_with_item_names_and_units(db):
    with db.uow() as uow:
        text = " ".join(logistik_rules.load(uow).statement())
    assert "kotak suara 2 unit" in text and "salinan DPT/DPTb 1 eksemplar" in text
    assert "SALINAN" not in text and "salinan dpt" not in text
    assert "rata-rata kesiapan per barang" in text


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


def test_received_not_above_sent_counts_damaged_and_missing_and_skips_archived(tree):
    with tree.uow() as uow:
        lines = uow.session.scalars(
            select(PengirimanBaris).where(PengirimanBaris.qty_good.is_not(None))
        ).all()[:3]
        exact, over, archived = lines
        exact.qty_good, exact.qty_damaged, exact.qty_missing = exact.qty_sent - 2, 1, 1
        over.qty_good, over.qty_damaged, over.qty_missing = over.qty_sent - 2, 1, 2
        archived.qty_good, archived.archived = archived.qty_sent + 5, True
        uow.commit()
    with tree.uow() as uow:
        failures = logistik_checks.received_not_above_sent(uow)
    assert [f.detail.split(": ")[1] for f in failures] == [
        f"diterima {over.qty_sent + 1}, dikirim {over.qty_sent}"
    ]


def test_received_not_above_sent_reads_only_the_indexed_lines_on_sqlite(tree):
    """A million lines on election day: the check reads the partial index of the lines
    that account for more than was sent, not every line (migration 0010)."""
    from sqlalchemy import event

    statements = []
    with tree.uow() as uow:
        if uow.session.get_bind().dialect.name != "sqlite":
            pytest.skip("SQLite's query plan")
        connection = uow.session.connection()
        event.listen(connection, "before_cursor_execute",
                     lambda _c, _cur, sql, params, *_a: statements.append((sql, params)))  # fmt: skip
        logistik_checks.received_not_above_sent(uow)
        sql, params = statements[-1]
        plan = " ".join(
            str(r[-1]) for r in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
        )
    lines_read = [step for step in plan.split(" SCAN ")[1:] if step.startswith("pengiriman_baris")]
    assert lines_read and all("USING INDEX ix_pengiriman_baris_over_sent" in s for s in lines_read)


def test_the_over_sent_index_holds_only_those_lines_on_either_database(tree):
    """Migration 0010 makes the index partial on SQLite and PostgreSQL alike (the model
    declares SQLite's option only): its clause is the check's."""
    from sqlalchemy import text

    with tree.uow() as uow:
        if uow.session.get_bind().dialect.name == "sqlite":
            found = uow.session.execute(text(
                "SELECT sql FROM sqlite_master WHERE name = 'ix_pengiriman_baris_over_sent'"
            )).scalar_one()  # fmt: skip
        else:
            found = uow.session.execute(text(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_pengiriman_baris_over_sent'"
            )).scalar_one()  # fmt: skip
    clause = "".join(c for c in found.split(" WHERE ", 1)[1].lower() if c not in " ()")
    assert "qty_goodisnotnull" in clause and "qty_missing-qty_sent>0" in clause


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
    assert "diterima 900, perlu 1.027" in failures[0].detail


def test_ballot_check_reads_as_the_desk_says_it(tree):
    """Contest by its name, figures with thousands separators, ballots on the road noted."""
    _participation(tree, KEC_A1, 1000, 3)  # needs 1.027; 900 received
    _participation(tree, KEC_B1, 700, 1)  # needs 718; none received, 800 on the road
    with tree.uow() as uow:
        gub = governor(uow)
        names = dict(uow.session.execute(select(Wilayah.code, Wilayah.name)).all())
        failures = logistik_checks.ballots_cover_dpt(uow, level=LEVEL_KECAMATAN)
    assert [(f.detail, f.note, f.pemilihan_id) for f in failures] == [
        (
            f"{names[KEC_A1]} (Gubernur Banten 2024): surat suara diterima 900, "
            "perlu 1.027 (DPT + 2,5% per TPS)",
            False,
            gub,
        ),
        (
            f"{names[KEC_B1]} (Gubernur Banten 2024): surat suara diterima 0, "
            "perlu 718 (DPT + 2,5% per TPS); 800 masih dalam pengiriman (ditandai)",
            True,
            gub,
        ),
    ]
    assert not any("pemilihan" in f.detail for f in failures)


def test_desk_check_notes_missing_dpt_without_failing(db):
    """A desk runs ``check`` before any DPT exists: flagged as a note, exit stays clean."""
    from app.services.admin import checks

    results = {r.name: r for r in checks.run_all(db)}
    ballots = results[logistik_checks.BALLOTS_COVER_DPT]
    assert ballots.ok and "DPT belum tersedia" in ballots.detail
    assert results[logistik_checks.RECEIVED_NOT_ABOVE_SENT].ok


def test_received_between_counts_arrivals_in_the_window(tree):
    """What "Perubahan sejak laporan terakhir" counts: arrivals in the window, per level."""
    now = now_utc(tree)
    hour = timedelta(hours=1)
    with tree.uow() as uow:
        everywhere = received_between(uow, start=now - hour, end=now + hour)
        below_a1 = received_between(uow, start=now - hour, end=now + hour, root_code=KEC_A1)
        in_b = received_between(uow, start=now - hour, end=now + hour, root_code=KAB_B)
        earlier = received_between(uow, start=now - 3 * hour, end=now - 2 * hour)
    # B1's consignment is still on the road.
    assert everywhere == {PPK: 2, PPS: 1, KPU_KABKOTA: 1}
    assert below_a1 == {PPK: 1, PPS: 1}
    assert in_b == {} and earlier == {}
