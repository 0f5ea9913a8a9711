"""The dashboard snapshot: figures come from the shared services, the readiness index is
built from them, alerts open their records, and a missing area says so."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.insiden import DITINDAKLANJUTI, SELESAI, TERVERIFIKASI
from app.services.dasbor import kesiapan
from app.services.dasbor import sources as dasbor_sources
from app.services.dasbor import summary as dasbor
from app.services.insiden import stats as insiden_stats
from app.services.insiden.stats import StatsFilter
from tests.services.insiden.helpers import pin, record, walk, wib

PANDEGLANG_DESA = "36.01.01.2001"
LEBAK_DESA = "36.02.01.2002"


def _snapshot(db, **kw) -> dasbor.DasborSnapshot:
    with db.uow() as uow:
        return dasbor.snapshot(
            uow, pemilihan_id=kw.pop("pemilihan_id", None), start=date(2024, 11, 1),
            end=date(2024, 11, 28), **kw,
        )  # fmt: skip


@pytest.fixture
def incidents(db):
    """Pandeglang: 2 Tinggi and 1 Kritis open, 1 Tinggi closed; Lebak: 1 Tinggi closed, one
    follow-up overdue (Sedang). Today: 28 Nov 2024."""
    pin(db, date(2024, 11, 20))
    for severity in (3, 3, 4):
        record(db, desa=PANDEGLANG_DESA, severity=severity, occurred_at=wib(19))
    closed = [
        record(db, desa=d, severity=3, occurred_at=wib(19)).id
        for d in (PANDEGLANG_DESA, LEBAK_DESA)
    ]
    for insiden_id in closed:
        walk(db, insiden_id, TERVERIFIKASI, SELESAI)
    overdue = record(db, desa=LEBAK_DESA, severity=2, occurred_at=wib(19)).id
    walk(db, overdue, TERVERIFIKASI, DITINDAKLANJUTI)  # deadline: 21 Nov
    pin(db, date(2024, 11, 28))
    return overdue


def test_incident_figures_are_the_shared_services(db, incidents):
    snap = _snapshot(db)
    with db.uow() as uow:
        expected = insiden_stats.open_now(uow, StatsFilter())
        per_day = insiden_stats.per_day_by_severity(
            uow, StatsFilter(date_from=date(2024, 11, 1), date_to=date(2024, 11, 28))
        )
    assert snap.open_incidents.value == expected
    assert expected.by_severity == {1: 0, 2: 1, 3: 2, 4: 1} and expected.overdue == 1
    assert snap.per_day.value == per_day
    assert sum(d.total for d in snap.per_day.value) == 6  # all six occurred on 19 Nov


def test_readiness_index_uses_open_severe_incidents_and_says_which_parts(db, incidents):
    snap = _snapshot(db)
    pandeglang, lebak = snap.region("36.01").kesiapan, snap.region("36.02").kesiapan
    # 2 Tinggi + 1 Kritis open: 100 − 5 × (2 + 2 × 1) = 80; closed ones do not count.
    assert pandeglang.components["insiden"] == 80.0
    assert lebak.components["insiden"] == 100.0
    # No consignments or outreach recorded in this database: those parts are left out.
    assert pandeglang.components["logistik"] is None
    assert pandeglang.components["sosialisasi"] is None
    assert "logistik" not in pandeglang.used and "insiden" in pandeglang.used
    score, used = kesiapan.combine(pandeglang.components, snap.weights)
    assert (pandeglang.score, pandeglang.used) == (score, used)
    assert pandeglang.level == kesiapan.level_of(score)


def test_overdue_follow_up_is_an_alert_that_opens_the_incident(db, incidents):
    snap = _snapshot(db)
    alerts = [a for a in snap.alerts if a.kind == "insiden"]
    assert len(alerts) == 1 and snap.alert_totals["insiden"] == 1
    assert alerts[0].area == "insiden" and dict(alerts[0].target) == {"open_id": incidents}
    assert "Lebak" in alerts[0].region
    late_stages = [a for a in snap.alerts if a.kind == "tahapan"]
    assert late_stages and all(dict(a.target)["open_id"] for a in late_stages)
    assert (
        snap.alert_totals["tahapan"] == len(late_stages) or len(late_stages) == dasbor.ALERT_LIMIT
    )


def test_region_filter_limits_tiles_and_alerts(db, incidents):
    snap = _snapshot(db, root_code="36.01")
    assert snap.open_incidents.value.total == 3
    assert snap.alert_totals["insiden"] == 0  # the overdue one is in Lebak
    assert [f.code for f in snap.figures][:2] == ["36.01", "36.02"]  # the map keeps all


def test_a_failing_area_is_reported_not_faked(db, monkeypatch):
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("broken")

    monkeypatch.setattr(dasbor_sources.readiness, "readiness_levels", broken)
    monkeypatch.setattr(dasbor_sources.sosialisasi_stats, "reach_total", broken)
    snap = _snapshot(db)
    assert snap.logistik_province.state == dasbor_sources.FAILED
    assert snap.logistik_province.value is None
    assert snap.reach.state == dasbor_sources.FAILED
    assert snap.open_incidents.ok  # the rest still shows
    assert all(f.kesiapan.components["logistik"] is None for f in snap.figures)


def test_logistics_tiles_read_one_pass_and_match_the_logistik_page(db):
    """A2's surplus never covers A1's shortfall, at kab/kota or province level: the
    dashboard's single reading gives exactly what the Logistik page shows per level."""
    from app.models.wilayah import LEVEL_KABKOTA, LEVEL_PROVINSI
    from app.services.logistik import readiness as lr
    from tests.services.logistik.helpers import KAB_A, KEC_A1, KEC_A2, delivered, requirement

    pin(db, date(2024, 11, 22))
    requirement(db, KEC_A1, "SURAT_SUARA", 1000)
    requirement(db, KEC_A2, "SURAT_SUARA", 500)
    requirement(db, KEC_A1, "KOTAK_SUARA", 10, contest=False)
    delivered(db, {"SURAT_SUARA": (900, 100)}, code=KEC_A1, lines={"SURAT_SUARA": 1000})
    delivered(db, code=KEC_A2, lines={"SURAT_SUARA": 600})
    snap = _snapshot(db)
    with db.uow() as uow:
        kabkota = lr.readiness(uow, level=LEVEL_KABKOTA)
        province = lr.province_readiness(uow)
        both = lr.readiness_levels(uow, levels=(LEVEL_PROVINSI, LEVEL_KABKOTA))
        ballots = lr.readiness(uow, level=LEVEL_KABKOTA, jenis_code="SURAT_SUARA")
    assert snap.logistik_kabkota.value == kabkota == both[LEVEL_KABKOTA]
    assert snap.logistik_province.value == province == both[LEVEL_PROVINSI][0]
    a = snap.region(KAB_A)
    # Overall = mean of the item ratios: ballots 1400/1500, boxes 0/10.
    assert a.logistik_ratio == pytest.approx((1400 / 1500 + 0) / 2)
    assert (province.good, province.required) == (1400, 1510)
    assert a.kesiapan.components["logistik"] == pytest.approx(100 * (1400 / 1500) / 2)
    assert "Kotak suara" in a.kesiapan.basis["logistik"]
    # One item only (what the ballot check needs): the same figures for that item.
    row = next(r for r in ballots if r.code == KAB_A)
    assert [i.jenis_code for i in row.items] == ["SURAT_SUARA"]
    assert (row.good, row.required, row.items[0].received) == (1400, 1500, 1500)


def test_only_changes_to_checked_registers_rerun_the_reconciliation():
    assert dasbor.checks_affected(frozenset({"logistik"}))
    assert dasbor.checks_affected(frozenset({"partisipasi", "insiden"}))
    assert dasbor.checks_affected(frozenset({"pengaturan"}))
    assert not dasbor.checks_affected(frozenset({"insiden"}))
    assert not dasbor.checks_affected(frozenset({"sosialisasi", "tahapan", "lampiran"}))


def test_open_incidents_in_the_register_are_the_tiles_count(db, incidents):
    """The tile opens the register with ``status=OPEN``: the same incidents it counts."""
    from app.services.insiden.query import OPEN, InsidenFilter, query

    snap = _snapshot(db)
    with db.uow() as uow:
        listed = query(uow, InsidenFilter(status=OPEN), 0, 50)
    assert listed.total == snap.open_incidents.value.total == 4


def test_reconciliation_alerts_narrow_to_the_kabkota_when_they_name_a_region(db, monkeypatch):
    rows = (
        dasbor_sources.CheckFailureRow("logistik", "A", "Pandeglang", wilayah_code="36.01"),
        dasbor_sources.CheckFailureRow("partisipasi", "B", "Lebak desa", wilayah_code="36.02.01"),
        dasbor_sources.CheckFailureRow("logistik", "C", "tanpa wilayah"),
    )
    monkeypatch.setattr(dasbor_sources, "reconciliation",
                        lambda uow, q: dasbor_sources.Sourced(rows, dasbor_sources.OK, "rekonsiliasi"))  # fmt: skip
    with db.uow() as uow:
        checks = dasbor.check_alerts(uow)
    assert checks.total == 3
    lebak = dasbor.in_region(checks, "36.02")
    assert [a.title for a in lebak.alerts] == ["B", "C"] and lebak.total == 2
    assert lebak.alerts[1].region == dasbor.WHOLE_PROVINCE
    assert dasbor.in_region(checks, "").total == 3


def test_a_fresh_desk_judges_no_kabkota(db):
    """Regions, contests and planned stages only: no kab/kota gets an index ("belum ada
    data", not eight "Perlu perhatian"); the first reported stage and the first incident
    bring their parts in."""
    pin(db, date(2024, 11, 28))
    snap = _snapshot(db)
    assert [f.kesiapan.score for f in snap.figures] == [None] * 8
    assert snap.stages.value.reported == 0 and snap.stages.value.due > 0

    from sqlalchemy import select

    from app.models import Pemilihan, Tahapan, Wilayah

    with db.uow("tester") as uow:
        contest = uow.session.scalar(select(Pemilihan).join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
                                     .where(Wilayah.code == "36.02"))  # fmt: skip
        stage = uow.session.scalar(select(Tahapan).where(Tahapan.pemilihan_id == contest.id)
                                   .order_by(Tahapan.code))  # fmt: skip
        stage.actual_start, stage.progress = date(2024, 1, 30), 100
        uow.commit()
    record(db, desa=PANDEGLANG_DESA, severity=3, occurred_at=wib(19))
    snap = _snapshot(db)
    lebak, pandeglang = snap.region("36.02").kesiapan, snap.region("36.01").kesiapan
    assert lebak.components["tahapan"] is not None and pandeglang.components["tahapan"] is None
    assert pandeglang.components["insiden"] == 95.0 and lebak.components["insiden"] == 100.0
