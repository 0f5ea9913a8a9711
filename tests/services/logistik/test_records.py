"""Consignments and receipts: what an operator records, and the rules on it."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.logistik import DIKIRIM, DISIAPKAN, DITERIMA, DITERIMA_SEBAGIAN, KPPS, PPS
from app.services.core import pengaturan
from app.services.core.actor import PIMPINAN, Actor, Forbidden
from app.services.core.errors import ValidationError
from app.services.logistik import records as logistik
from app.services.logistik import rules as logistik_rules
from tests.services.insiden.helpers import pin
from tests.services.logistik.helpers import (
    KEC_A1,
    OPERATOR_ACTOR,
    create,
    delivered,
    detail,
    dispatch,
    first_desa,
    jenis_id,
    make_form,
    receive,
)


@pytest.fixture
def desk(db):
    pin(db, date(2024, 11, 22))
    return db


def test_must_arrive_by_follows_the_level_rule_and_the_voting_day(desk):
    to_ppk = create(desk)
    with desk.uow() as uow:
        desa = first_desa(uow, KEC_A1)
    to_tps = create(desk, code=desa, level=KPPS, origin=PPS, tps="3")
    assert detail(desk, to_ppk.id).form.must_arrive_by == date(2024, 11, 20)  # PPK: H-7
    assert detail(desk, to_tps.id).form.must_arrive_by == date(2024, 11, 26)  # TPS: H-1
    assert detail(desk, to_tps.id).form.tps == "003"


def test_the_deadline_per_level_is_a_desk_setting(desk):
    with desk.uow("tester") as uow:
        pengaturan.put(uow, "logistik_batas_hari", "PPK=4")
        uow.commit()
    assert detail(desk, create(desk).id).form.must_arrive_by == date(2024, 11, 23)


def test_a_bad_deadline_rule_is_refused_with_a_reason(desk):
    with desk.uow("tester") as uow, pytest.raises(ValidationError, match="Tingkat tidak dikenal"):
        pengaturan.put(uow, "logistik_batas_hari", "Kelurahan=2")


def test_destination_must_match_its_level(desk):
    with pytest.raises(ValidationError, match="kecamatan"):
        create(desk, code="36.01")  # PPK needs a kecamatan
    with pytest.raises(ValidationError, match="harus di bawah"):
        create(desk, origin=PPS)  # PPS cannot send up to PPK
    with desk.uow() as uow:
        desa = first_desa(uow, KEC_A1)
    with pytest.raises(ValidationError, match="nomor TPS"):
        create(desk, code=desa, level=KPPS, origin=PPS)


def test_lines_are_checked(desk):
    with pytest.raises(ValidationError, match="lebih dari 0"):
        create(desk, lines={"KOTAK_SUARA": 0})
    with pytest.raises(ValidationError, match="per pemilihan"):
        create(desk, pemilihan_id=None)
    with pytest.raises(ValidationError, match="paling sedikit satu"):
        create(desk, lines={})


def test_only_operators_and_administrators_record(desk):
    with pytest.raises(Forbidden, match="Operator"):
        create(desk, actor=Actor("p", PIMPINAN))


def test_all_good_is_diterima_and_shortfall_is_zero(desk):
    pid = delivered(desk, lines={"SURAT_SUARA": 1000, "TINTA": 4})
    found = detail(desk, pid)
    assert found.status == DITERIMA
    assert [line.shortfall for line in found.lines] == [0, 0]


def test_damaged_goods_make_it_diterima_sebagian_with_the_shortfall_computed(desk):
    pid = delivered(desk, {"SURAT_SUARA": (950, 30, 20, "basah/cacat cetak")})
    found = detail(desk, pid)
    line = found.lines[0]
    assert found.status == DITERIMA_SEBAGIAN
    assert (line.qty_good, line.qty_damaged, line.qty_missing) == (950, 30, 20)
    assert line.shortfall == 50
    assert line.reason == "basah/cacat cetak"


def test_missing_defaults_to_what_is_not_accounted_for(desk):
    pid = delivered(desk, {"SURAT_SUARA": (990, 4)})
    line = detail(desk, pid).lines[0]
    assert (line.qty_missing, line.shortfall) == (6, 10)


def test_received_can_never_exceed_sent(desk):
    saved = create(desk)
    dispatch(desk, saved.id)
    with pytest.raises(ValidationError, match="melebihi jumlah dikirim 1.000"):
        receive(desk, saved.id, {"SURAT_SUARA": (1000, 5, 0, "rusak")})
    assert detail(desk, saved.id).status == DIKIRIM  # nothing written


def test_every_item_sent_must_be_accounted_for(desk):
    saved = create(desk)
    dispatch(desk, saved.id)
    with pytest.raises(ValidationError, match="harus tercatat"):
        receive(desk, saved.id, {"SURAT_SUARA": (900, 0, 50, "hilang")})


def test_a_shortfall_needs_a_reason_code(desk):
    saved = create(desk)
    dispatch(desk, saved.id)
    with pytest.raises(ValidationError, match="pilih alasan"):
        receive(desk, saved.id, {"SURAT_SUARA": (900, 100, 0, "")})


def test_a_receipt_needs_a_dispatch_first(desk):
    saved = create(desk)
    assert saved.status == DISIAPKAN
    with pytest.raises(ValidationError, match="Kirim"):
        receive(desk, saved.id)


def test_recording_again_corrects_the_receipt(desk):
    pid = delivered(desk, {"SURAT_SUARA": (900, 100)})
    receive(desk, pid)  # recounted: all good
    assert detail(desk, pid).status == DITERIMA


def test_lines_are_frozen_once_received_but_notes_are_not(desk):
    pid = delivered(desk)
    found = detail(desk, pid)
    found.form.notes = "Diterima Ketua PPK"
    with desk.uow(OPERATOR_ACTOR) as uow:
        logistik.update(uow, pid, version=found.version, form=found.form)
    found = detail(desk, pid)
    assert found.form.notes == "Diterima Ketua PPK"
    found.form.lines[0].qty_sent = 2000
    with desk.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError, match="sudah diterima"):
        logistik.update(uow, pid, version=found.version, form=found.form)


def test_editing_lines_before_receipt_keeps_copies_in_step(desk):
    saved = create(desk)
    found = detail(desk, saved.id)
    with desk.uow() as uow:
        found.form.lines.append(logistik.BarisForm(jenis_id(uow, "KOTAK_SUARA"), 8))
        found.form.destination_wilayah_id = make_form(uow, code="36.01.02").destination_wilayah_id
    with desk.uow(OPERATOR_ACTOR) as uow:
        logistik.update(uow, saved.id, version=found.version, form=found.form)
    from sqlalchemy import select

    from app.models import PengirimanBaris

    with desk.uow() as uow:
        codes = set(uow.session.scalars(select(PengirimanBaris.destination_code)))
    assert codes == {"36.01.02"}
    assert len(detail(desk, saved.id).lines) == 2


def test_a_number_is_given_when_none_is_typed_and_never_twice(desk):
    first = create(desk)
    assert first.number.startswith("LOG-2024-")
    create(desk, number="SJ-001")
    with pytest.raises(ValidationError, match="sudah dipakai"):
        create(desk, number="sj-001")


def test_receipt_and_changes_are_audited(desk):
    from sqlalchemy import select

    from app.models import AuditLog

    pid = delivered(desk, {"SURAT_SUARA": (990, 10)})
    with desk.uow() as uow:
        actions = set(
            uow.session.scalars(select(AuditLog.action).where(AuditLog.entity == "pengiriman"))
        )
        lines = list(
            uow.session.scalars(
                select(AuditLog.changes).where(AuditLog.entity == "pengiriman_baris")
            )
        )
    assert {"create", "status"} <= actions
    assert any('"qty_good": [null, 990]' in c for c in lines)
    assert pid


def test_ballots_rule_per_tps_rounds_up_each_tps():
    # 1000 voters at 3 TPS: 334 + 333 + 333; each + 2,5% rounded up: 343 + 342 + 342.
    assert logistik_rules.ballots_needed(1000, 3, 2.5) == 1027
    assert logistik_rules.ballots_needed(400, 1, 2.5) == 410
    # Without TPS counts: one rounding over the total.
    assert logistik_rules.ballots_needed(1000, None, 2.5) == 1025


def test_risk_flags():
    risk = logistik_rules.risk
    day = date(2024, 11, 20)
    today = date(2024, 11, 22)
    assert (
        risk(
            status=DIKIRIM,
            must_arrive_by=day,
            expected_arrival=None,
            actual_arrival_day=None,
            today=today,
        )
        == "Terlambat"
    )
    assert risk(status=DIKIRIM, must_arrive_by=day, expected_arrival=date(2024, 11, 21), actual_arrival_day=None,
                today=date(2024, 11, 19)) == "Berisiko"  # fmt: skip
    assert (
        risk(
            status=DIKIRIM,
            must_arrive_by=day,
            expected_arrival=day,
            actual_arrival_day=None,
            today=day,
        )
        == ""
    )
    assert (
        risk(
            status=DITERIMA,
            must_arrive_by=day,
            expected_arrival=None,
            actual_arrival_day=date(2024, 11, 21),
            today=today,
        )
        == "Tiba terlambat"
    )
    assert risk(status="Dibatalkan", must_arrive_by=day, expected_arrival=None, actual_arrival_day=None, today=today) == ""  # fmt: skip
