"""IKP levels at every threshold boundary, TPS counts rolled up, and the incident pressure
with its weights and the edges of its 14-day window, on hand-checked data."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.models import Insiden, Referensi, Wilayah
from app.models.insiden import BARU, SELESAI, TIDAK_VALID
from app.models.referensi import KATEGORI_INSIDEN
from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA, LEVEL_KECAMATAN, LEVEL_PROVINSI
from app.services.core import pengaturan
from app.services.core.actor import ADMINISTRATOR, OPERATOR, PIMPINAN, Actor, Forbidden
from app.services.core.errors import ValidationError
from app.services.kerawanan import records as kerawanan
from app.services.kerawanan import stats
from app.services.kerawanan.records import NilaiKerawanan
from tests.services.partisipasi.test_stats import contest_id, put

WIB = ZoneInfo("Asia/Jakarta")
TODAY = date(2024, 11, 26)
OPERATOR_ACTOR = Actor("operator1", OPERATOR)


@pytest.mark.parametrize(
    ("score", "level", "expected"),
    [
        (100.0, LEVEL_PROVINSI, stats.RAWAN_TINGGI),
        (68.50, LEVEL_PROVINSI, stats.RAWAN_TINGGI),
        (68.49, LEVEL_PROVINSI, stats.RAWAN_SEDANG),
        (66.53, LEVEL_PROVINSI, stats.RAWAN_SEDANG),  # Provinsi Banten
        (21.70, LEVEL_PROVINSI, stats.RAWAN_SEDANG),
        (21.69, LEVEL_PROVINSI, stats.RAWAN_RENDAH),
        (0.0, LEVEL_PROVINSI, stats.RAWAN_RENDAH),
        (77.74, LEVEL_KABKOTA, stats.RAWAN_TINGGI),  # Pandeglang
        (49.33, LEVEL_KABKOTA, stats.RAWAN_TINGGI),
        (49.32, LEVEL_KABKOTA, stats.RAWAN_SEDANG),
        (13.47, LEVEL_KABKOTA, stats.RAWAN_SEDANG),
        (13.46, LEVEL_KABKOTA, stats.RAWAN_RENDAH),
        (49.3300000001, LEVEL_KABKOTA, stats.RAWAN_TINGGI),  # float noise of a typed 49,33
        (49.3299999999, LEVEL_KABKOTA, stats.RAWAN_TINGGI),
        (70.0, LEVEL_KECAMATAN, None),  # no official thresholds below kab/kota
        (70.0, LEVEL_DESA, None),
        (None, LEVEL_KABKOTA, None),
    ],
)
def test_ikp_level_at_each_boundary(score, level, expected):
    assert stats.ikp_level(score, level) == expected


def _incident(uow, code: str, severity: int, when: datetime, status: str = BARU) -> None:
    region = uow.session.scalar(select(Wilayah).where(Wilayah.code == code))
    kategori = uow.session.scalar(select(Referensi).where(Referensi.kind == KATEGORI_INSIDEN))
    count = uow.session.scalar(select(Insiden.id).order_by(Insiden.id.desc()).limit(1)) or 0
    uow.session.add(
        Insiden(number=f"INS-2024-{count + 1:06d}", occurred_at=when, reported_at=when,
                wilayah_id=region.id, wilayah_code=code, kategori_id=kategori.id,
                severity=severity, status=status)
    )  # fmt: skip
    uow.session.flush()


@pytest.fixture
def rawan(db):
    """Pandeglang (36.01): DPT 20.000 (governor race, per kecamatan), IKP 77,74, TPS
    counts per kecamatan; incidents around the window of 26/11/2024 (13/11 to 26/11)."""
    gid = contest_id(db, "36")
    put(db, gid, "36.01.01", dpt_men=6000, dpt_women=4000)
    put(db, gid, "36.01.02", dpt_men=5000, dpt_women=5000)
    with db.uow(OPERATOR_ACTOR) as uow:
        kerawanan.save_kerawanan(uow, "36.01", NilaiKerawanan(ikp_score=77.74))
    with db.uow(OPERATOR_ACTOR) as uow:
        kerawanan.save_kerawanan(uow, "36", NilaiKerawanan(ikp_score=66.53))
    with db.uow(OPERATOR_ACTOR) as uow:
        kerawanan.save_kerawanan(
            uow, "36.01.01", NilaiKerawanan(tps_rawan=3, tps_sangat_rawan=1, tps_kurang_rawan=20)
        )
    with db.uow(OPERATOR_ACTOR) as uow:
        kerawanan.save_kerawanan(uow, "36.01.02", NilaiKerawanan(tps_rawan=2, tps_khusus=1))
    first = datetime(2024, 11, 13, 0, 0, tzinfo=WIB)  # first minute of the window
    with db.uow() as uow:
        _incident(uow, "36.01.01.2001", 4, first)  # counted: weight 4
        _incident(uow, "36.01.01", 2, datetime(2024, 11, 26, 23, 59, tzinfo=WIB))  # counted: 2
        _incident(uow, "36.01.02", 1, datetime(2024, 11, 20, 9, tzinfo=WIB), SELESAI)  # counted: 1
        _incident(uow, "36.01.02", 3, first - timedelta(minutes=1))  # 12/11 23.59: outside
        _incident(uow, "36.01.02", 3, datetime(2024, 11, 27, 0, 0, tzinfo=WIB))  # tomorrow
        _incident(uow, "36.01.02", 4, datetime(2024, 11, 20, tzinfo=WIB), TIDAK_VALID)
        _incident(uow, "36.01", 3, datetime(2024, 11, 21, tzinfo=WIB))  # kab level: 3
        _incident(uow, "36.02", 4, datetime(2024, 11, 21, tzinfo=WIB))  # Lebak
        uow.commit()
    return gid  # fmt: skip


def test_incident_pressure_with_weights_and_window_edges(db, rawan):
    with db.uow() as uow:
        rows = {r.code: r for r in stats.by_region(uow, level=LEVEL_KABKOTA, today=TODAY)}
    pandeglang = rows["36.01"]
    assert pandeglang.pressure_incidents == 4
    assert pandeglang.pressure_weighted == 4 + 2 + 1 + 3
    assert pandeglang.dpt == 20_000
    assert pandeglang.pressure == pytest.approx(10 / 20_000 * 100_000)  # 50 per 100.000 DPT
    # Lebak has an incident but no DPT yet: no pressure figure, the count is still shown.
    assert (rows["36.02"].pressure, rows["36.02"].pressure_incidents) == (None, 1)

    with db.uow(Actor("admin", ADMINISTRATOR)) as uow:
        kerawanan.save_weights(uow, {1: 1, 2: 1, 3: 5, 4: 10})
    with db.uow() as uow:
        pandeglang = {r.code: r for r in stats.by_region(uow, level=LEVEL_KABKOTA, today=TODAY)}[
            "36.01"
        ]
        formula = stats.pressure_formula(stats.weights(uow))
    assert pandeglang.pressure_weighted == 10 + 1 + 1 + 5
    assert pandeglang.pressure == pytest.approx(17 / 20_000 * 100_000)
    assert "Kritis 10" in formula and "÷ DPT × 100.000" in formula and "14 hari" in formula


def test_window_moves_with_today(db, rawan):
    with db.uow() as uow:
        day_after = {r.code: r for r in stats.by_region(uow, level=LEVEL_KABKOTA, today=date(2024, 11, 27))}  # fmt: skip
    # 13/11 drops out, 27/11 00.00 comes in: 2 + 1 + 3 (kab) + 3 (27/11).
    assert day_after["36.01"].pressure_weighted == 9


def test_ikp_and_tps_by_level(db, rawan):
    with db.uow() as uow:
        kab = {r.code: r for r in stats.by_region(uow, level=LEVEL_KABKOTA, today=TODAY)}
        kec = {r.code: r for r in stats.by_region(uow, level=LEVEL_KECAMATAN, today=TODAY, root_code="36.01")}  # fmt: skip
        (province,) = stats.by_region(uow, level=LEVEL_PROVINSI, today=TODAY)
    assert (kab["36.01"].ikp_score, kab["36.01"].ikp_level) == (77.74, stats.RAWAN_TINGGI)
    assert (province.ikp_score, province.ikp_level) == (66.53, stats.RAWAN_SEDANG)
    p = kab["36.01"]
    assert (p.tps_kurang_rawan, p.tps_rawan, p.tps_sangat_rawan, p.tps_khusus) == (20, 5, 1, 1)
    assert kab["36.02"].ikp_score is None and kab["36.02"].tps_rawan is None
    assert kec["36.01.01"].tps_rawan == 3 and kec["36.01.01"].ikp_level is None
    assert kec["36.01.01"].pressure_incidents == 2  # the desa one and the kecamatan one


def test_contest_specific_record_wins_over_region_wide(db, rawan):
    pandeglang = contest_id(db, "36.01")
    with db.uow(OPERATOR_ACTOR) as uow:
        kerawanan.save_kerawanan(
            uow, "36.01", NilaiKerawanan(ikp_score=40.0), pemilihan_id=pandeglang
        )
    with db.uow() as uow:
        own = stats.by_region(uow, level=LEVEL_KABKOTA, today=TODAY, pemilihan_id=pandeglang)
        wide = {r.code: r for r in stats.by_region(uow, level=LEVEL_KABKOTA, today=TODAY)}
    assert [(r.code, r.ikp_score, r.ikp_level) for r in own] == [
        ("36.01", 40.0, stats.RAWAN_SEDANG)
    ]
    assert wide["36.01"].ikp_score == 77.74  # fmt: skip


def test_ikp_scores_are_the_kerawanan_pages_scores(db, rawan):
    """The brief's IKP sentence reads the scores alone: the same figures as the page's
    table, at every level, for a contest with its own record, and as of an earlier day."""
    pandeglang = contest_id(db, "36.01")
    with db.uow(OPERATOR_ACTOR) as uow:
        kerawanan.save_kerawanan(
            uow, "36.01", NilaiKerawanan(ikp_score=40.0), pemilihan_id=pandeglang
        )
    cases = [
        {"level": LEVEL_PROVINSI}, {"level": LEVEL_KABKOTA},
        {"level": LEVEL_KECAMATAN, "root_code": "36.01"},
        {"level": LEVEL_KABKOTA, "pemilihan_id": pandeglang},
        {"level": LEVEL_KABKOTA, "as_of": datetime(2000, 1, 1, tzinfo=WIB)},
    ]  # fmt: skip
    with db.uow() as uow:
        for case in cases:
            page = [(r.name, r.ikp_score) for r in stats.by_region(uow, today=TODAY, **case)]
            assert stats.ikp_scores(uow, **case) == page, case
        scored = dict(stats.ikp_scores(uow, level=LEVEL_KABKOTA))
    assert 77.74 in scored.values()  # the cases above are not all empty


def test_kerawanan_validation_and_permission(db):
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError, match="antara 0 dan 100"):
        kerawanan.save_kerawanan(uow, "36.01", NilaiKerawanan(ikp_score=100.5))
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(ValidationError, match="negatif"):
        kerawanan.save_kerawanan(uow, "36.01", NilaiKerawanan(tps_rawan=-1))
    with db.uow(Actor("p", PIMPINAN)) as uow, pytest.raises(Forbidden):
        kerawanan.save_kerawanan(uow, "36.01", NilaiKerawanan(ikp_score=10))
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(Forbidden):
        kerawanan.save_weights(uow, {1: 1, 2: 2, 3: 3, 4: 4})
    with db.uow() as uow:
        assert pengaturan.get(uow, "kerawanan_bobot_4") == 4.0
