"""The early warning on a real desk (SPEC 15, issue 21 "done when"): a quiet month with a
burst in one kecamatan names that kecamatan and no quiet region on the burst day, and
raises nothing on a quiet day; the same alerts as of a past instant as when that instant
was now; the daily brief and ``desk-pilkada peringatan`` show the same alerts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app.services import peringatan
from app.services.briefs import build
from app.services.briefs.peringatan_section import counts_text
from app.services.briefs.request import BriefRequest
from app.services.core import pengaturan
from app.services.core.clock import desk_clock
from tests.desk_time import pin_day
from tests.services.insiden.helpers import ADMIN_ACTOR, WIB
from tests.services.peringatan.helpers import (
    BURST_DAY,
    QUIET_DAY,
    TELUKNAGA,
    burst,
    end_of,
    quiet_month,
)


@pytest.fixture
def desk(db):
    quiet_month(db)
    return db


def _alerts(db, day: date, **kw) -> peringatan.Hasil:
    with db.uow() as uow:
        return peringatan.periksa(uow, end_of(day), **kw)


def _inside(code: str, region: str) -> bool:
    return code == region or code.startswith(region + ".")


def test_a_quiet_month_raises_nothing(desk):
    for day in (QUIET_DAY, BURST_DAY, date(2024, 11, 20)):
        found = _alerts(desk, day)
        assert found.alerts == (), [a.rule for a in found.alerts]
        assert found.rules and found.counts == dict.fromkeys(peringatan.KINDS, 0)


def test_a_burst_in_one_kecamatan_is_named_and_no_quiet_region(desk):
    ids = burst(desk)
    found = _alerts(desk, BURST_DAY)
    assert found.alerts, "the burst raised nothing"
    assert all(_inside(a.region.code, TELUKNAGA) for a in found.alerts), [a.rule for a in found.alerts]
    spike = next(a for a in found.alerts if a.kind == peringatan.LONJAKAN)
    assert spike.region.code == TELUKNAGA and spike.region.level == 3
    assert spike.kategori == "Politik uang"
    assert set(ids) <= set(spike.incident_ids)
    assert spike.rule.startswith(f"{spike.figure('jumlah')} laporan Politik uang di Kecamatan Teluknaga, "
                                 "Kabupaten Tangerang dalam ")  # fmt: skip
    assert "rata-rata 14 hari sebelumnya" in spike.rule and f"ambang {spike.figure('ambang')}." in spike.rule
    assert spike.figure("jumlah") >= spike.figure("ambang") >= 3
    assert len(spike.incident_numbers) == len(spike.incident_ids)
    # Nothing on a quiet day before it; still named the next morning (48-hour window).
    assert _alerts(desk, QUIET_DAY).alerts == ()
    with desk.uow() as uow:
        morning = peringatan.periksa(uow, datetime.combine(BURST_DAY + timedelta(days=1), time(9), WIB))
    assert any(a.region.code == TELUKNAGA for a in morning.alerts)


def test_a_past_instant_gives_what_the_desk_said_then(desk):
    burst(desk)
    earlier = _alerts(desk, BURST_DAY)
    pin_day(BURST_DAY, hour=23)
    with desk.uow() as uow:
        then = desk_clock(uow).now_utc()
        now = peringatan.periksa(uow)
        past = peringatan.periksa(uow, then)
    assert now.as_of is None and past.as_of is not None
    assert [a.rule for a in now.alerts] == [a.rule for a in past.alerts]
    assert [a.region.code for a in earlier.alerts] == [a.region.code for a in now.alerts]


def test_reports_recorded_later_are_not_known_before(desk):
    """As of the burst day's evening the desk knew only what was recorded by then."""
    ids = burst(desk)
    found = _alerts(desk, BURST_DAY - timedelta(days=1))
    assert not any(set(ids) & set(a.incident_ids) for a in found.alerts)


def test_thresholds_are_desk_settings_read_as_of_the_instant(desk):
    burst(desk, size=5)
    assert _alerts(desk, BURST_DAY).alerts
    with desk.uow(ADMIN_ACTOR) as uow:
        pengaturan.save(uow, {"peringatan_min_laporan": 12, "peringatan_titik_panas_min": 12,
                              "peringatan_eskalasi_min": 12})  # fmt: skip
    with desk.uow() as uow:
        assert peringatan.periksa(uow).at is not None
        stricter = peringatan.periksa(uow, desk_clock(uow).now_utc())
        assert "paling sedikit 12" in stricter.rules[0]
        # A brief for the burst day still reads the thresholds of that day.
        assert "paling sedikit 3" in peringatan.periksa(uow, end_of(BURST_DAY)).rules[0]


def test_one_kabkota_only(desk):
    burst(desk)
    assert _alerts(desk, BURST_DAY, root_code="36.03").alerts
    assert _alerts(desk, BURST_DAY, root_code="36.01").alerts == ()


def test_the_incidents_behind_an_alert_open_filtered(desk):
    burst(desk)
    spike = _alerts(desk, BURST_DAY).alerts[0]
    flt = peringatan.incident_filter(spike, WIB, end_of(BURST_DAY))
    assert flt.wilayah_code == spike.region.code and flt.kategori_id == spike.kategori_id
    assert flt.date_from <= BURST_DAY <= flt.date_to and flt.as_of == end_of(BURST_DAY)
    from app.services.insiden.query import query

    with desk.uow() as uow:
        listed = {r.id for r in query(uow, flt, 0, 500).rows}
    assert set(spike.incident_ids) <= listed


def test_the_daily_brief_prints_the_same_alerts(desk):
    burst(desk)
    request = BriefRequest("harian", BURST_DAY, kesimpulan="-", rekomendasi="-")
    with desk.uow() as uow:
        built = build.collect(uow, request)
        expected = peringatan.periksa(uow, built.scope.now)
    section = built.contents["peringatan"]
    table = next(b for b in section.blocks if hasattr(b, "rows"))
    assert [row[4].split(" Insiden:")[0] for row in table.rows] == [a.rule for a in expected.alerts]
    assert [row[3] for row in table.rows] == [a.region.label for a in expected.alerts]
    assert dict(section.kpis)["Peringatan dini"] == counts_text(expected) != "tidak ada"
    assert "peringatan" in [s.key for s in built.document.sections]

