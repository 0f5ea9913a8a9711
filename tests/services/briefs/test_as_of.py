"""A brief for an earlier day says what the desk knew at the end of that day (SPEC 14).

The desk records a day's work and issues the daily brief late that evening (read from the
stored state). Two days later much has changed: new reports (some about that day),
incidents verified, forwarded and closed, consignments received, a requirement corrected,
a stage reported done, DPT and IKP figures added, the readiness weights and the ballot
reserve changed. Rebuilt from the database as of its snapshot (read from the history),
the brief prints exactly what it printed, figure by figure; so does the dashboard.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from app.models import Kebutuhan, Tahapan
from app.services.briefs import build, register, verify
from app.services.core import pengaturan
from app.services.dasbor import summary
from app.services.insiden import stats as insiden_stats
from app.services.kerawanan import records as kerawanan
from app.services.kerawanan.records import NilaiKerawanan
from tests.services.briefs.helpers import DAY, harian
from tests.services.briefs.test_areas import desk  # noqa: F401 - the shared desk fixture
from tests.services.insiden.helpers import PIMPINAN_ACTOR, contest, pin, record, walk, wib
from tests.services.logistik import helpers as lh
from tests.services.partisipasi.test_stats import OPERATOR_ACTOR, contest_id, put
from tests.services.sosialisasi import helpers as sh

#: The evening the brief for ``DAY`` is issued (the desk's data was recorded at 23.00).
EVENING = wib(26, 23, 30)


def _figures(snap: summary.DasborSnapshot) -> tuple:
    """What the dashboard shows, without the query that asked for it."""
    return (snap.countdown, snap.open_incidents, snap.per_day, snap.by_category,
            snap.logistik_province, snap.logistik_kabkota, snap.stages, snap.reach,
            snap.kerawanan, snap.figures, snap.alerts, snap.alert_totals)  # fmt: skip


def _later_changes(db) -> None:
    """Two days of work after the brief."""
    pin(db, wib(28, 9))
    ids = [record(db, severity=4, occurred_at=wib(26, 10)).id,  # reported late, about the 26th
           record(db, severity=2, occurred_at=wib(27, 14)).id]  # fmt: skip
    walk(db, ids[0], "Terverifikasi", "Ditindaklanjuti")
    with db.uow() as uow:  # the fixture's verified Tinggi incident is forwarded and closed
        first = insiden_stats.notable(uow, insiden_stats.StatsFilter(DAY, DAY)).items
    for item in first:
        if item.status == "Terverifikasi":
            walk(db, item.id, "Ditindaklanjuti", "Selesai")
    lh.delivered(db, code=lh.KEC_A2, lines={"SURAT_SUARA": 100, "KOTAK_SUARA": 4})
    with db.uow("tester") as uow:
        need = uow.session.scalars(select(Kebutuhan).where(Kebutuhan.wilayah_code == lh.KEC_A1))
        for row in need:
            row.quantity += 7
        stage = uow.session.scalar(
            select(Tahapan).where(Tahapan.pemilihan_id == contest(uow).id, Tahapan.code == "T15")
        )
        stage.actual_start, stage.actual_end, stage.progress = date(2024, 11, 24), date(2024, 11, 27), 100
        uow.commit()
    with db.uow("tester") as uow:
        pengaturan.save(uow, {"kesiapan_bobot_logistik": 5.0, "logistik_cadangan_persen": 5.0})
    put(db, contest_id(db, "36"), "36.02.01", dpt_men=3_000, dpt_women=3_100, tps_count=12)
    with db.uow(OPERATOR_ACTOR) as uow:
        kerawanan.save_kerawanan(uow, "36.02", NilaiKerawanan(ikp_score=58.78))
    sh.record(db, code="36.02", starts_at=wib(26, 19), ends_at=wib(26, 21), planned_participants=40,
              attendance_men=10, attendance_women=12, attendance_disabled=0)  # fmt: skip
    pin(db, wib(28, 17))


def test_a_brief_for_an_earlier_day_prints_what_was_known_then(desk):  # noqa: F811
    pin(desk, EVENING)
    with desk.uow("tester") as uow:
        issued_then = build.preview(uow, harian())
        dashboard_then = summary.snapshot(uow, pemilihan_id=None, start=DAY, end=DAY)
    with desk.uow(PIMPINAN_ACTOR) as uow:
        issued = register.issue(uow, harian(), acknowledged=issued_then.failures, reason="Uji")
    _later_changes(desk)

    with desk.uow("tester") as uow:  # the same figures, rebuilt from the history
        checked = verify.check_figures(uow, issued.id)
    assert checked.ok, checked.message()
    assert checked.compared > 100
    assert "baris angka sama dengan yang tercetak" in checked.message()

    with desk.uow("tester") as uow:  # and the dashboard as of that evening
        dashboard_later = summary.snapshot(
            uow, pemilihan_id=None, start=DAY, end=DAY, as_of=dashboard_then_at(uow)
        )
    assert _figures(dashboard_later) == _figures(dashboard_then)

    with desk.uow("tester") as uow:  # while the brief for today shows the new state
        today = build.collect(uow, harian(day=date(2024, 11, 28)))
        again = build.collect(uow, harian())
    assert verify.printed(today.contents, today.contents) != verify.printed(again.contents, again.contents)


def dashboard_then_at(uow):
    from app.services.core.clock import desk_clock

    return EVENING.astimezone(desk_clock(uow).tz)


def test_a_changed_figure_is_caught_by_verification(desk):  # noqa: F811
    """A figure the history cannot give back (a receipt rewritten around the services)
    makes verification say which line differs."""
    pin(desk, EVENING)
    with desk.uow(PIMPINAN_ACTOR) as uow:
        failures = build.preview(uow, harian()).failures
        issued = register.issue(uow, harian(), acknowledged=failures, reason="Uji")
    pin(desk, wib(28, 9))
    with desk.uow("tester") as uow:
        from app.models import PengirimanBaris

        line = uow.session.scalar(select(PengirimanBaris).where(PengirimanBaris.qty_good == 9_000))
        uow.session.execute(
            PengirimanBaris.__table__.update()
            .where(PengirimanBaris.id == line.id)
            .values(qty_good=8_000, qty_damaged=2_000)  # no audit entry: a forged receipt
        )
        uow.commit()
    with desk.uow("tester") as uow:
        checked = verify.check_figures(uow, issued.id)
    assert not checked.ok
    assert "ANGKA BERBEDA" in checked.message()
    assert any("Logistik" in d and "9.000" not in d for d in checked.differences)


def test_the_brief_scope_and_its_previous_brief(desk):  # noqa: F811
    """A brief limited to one contest is never compared with a province brief, and a brief
    for an earlier day never with a later one."""
    pin(desk, EVENING)
    with desk.uow(PIMPINAN_ACTOR) as uow:
        failures = build.preview(uow, harian()).failures
        register.issue(uow, harian(), acknowledged=failures, reason="Uji")
    pin(desk, wib(28, 10))
    with desk.uow("tester") as uow:
        bupati = contest_id(desk, "36.01")
        limited = build.collect(uow, replace(harian(day=date(2024, 11, 27)), pemilihan_id=bupati))
        earlier = build.collect(uow, harian(day=date(2024, 11, 25)))
        later = build.collect(uow, harian(day=date(2024, 11, 27)))
    assert limited.scope.previous is None
    assert earlier.scope.previous is None
    assert later.scope.previous is not None and later.scope.previous.period_end == DAY
