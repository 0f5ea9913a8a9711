"""The dashboard as of an earlier day (SPEC 14), and the dashboard of a desk with no data
yet: what the operator reads on the tiles, the banner, the map and the charts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.core import formatting
from app.services.core.clock import desk_clock
from app.services.dasbor import summary as dasbor
from app.views.dasbor.page import DEFAULT_DAYS, DasborPage
from tests.views.conftest import make_ctx

EARLIER = date(2024, 11, 20)


@pytest.fixture
def page(window, idle, qtbot):
    window.show_area("dasbor")
    idle()
    shown = window.page("dasbor")
    qtbot.waitUntil(lambda: shown.charts_ready)  # built one per event-loop turn
    return shown


def _as_of(ctx, page, day: date) -> dasbor.DasborSnapshot:
    """What a brief for ``day`` prints: the snapshot as of the end of that day."""
    with ctx.db.uow() as uow:
        return dasbor.snapshot(
            uow, pemilihan_id=None, start=page.date_from.value(), end=page.date_to.value(),
            as_of=desk_clock(uow).as_of(day),
        )  # fmt: skip


def test_picking_an_earlier_day_shows_that_days_figures(page, ctx, idle):
    today = ctx.desk.today()
    now_open = page.tiles["insiden"].value.text()
    now_stages = page.tiles["tahapan"].value.text()
    assert not page.as_of_banner.isVisible() and not page.as_of.today_button.isEnabled()

    page.as_of.set_day(EARLIER)
    idle()
    then = _as_of(ctx, page, EARLIER)
    # The period moved with the day: the last 30 days up to 20 November.
    assert page.date_to.value() == EARLIER
    assert page.date_from.value() == EARLIER - timedelta(days=DEFAULT_DAYS - 1)
    assert page.snapshot.query.as_of == then.query.as_of is not None
    open_then = formatting.number(then.open_incidents.value.total)
    assert page.tiles["insiden"].value.text() == open_then != now_open
    st = then.stages.value
    assert page.tiles["tahapan"].value.text() == f"{st.on_schedule}/{st.due}" != now_stages
    assert [d.by_severity for d in page.charts.per_day.days] == [d.by_severity for d in then.per_day.value]
    assert page.charts.per_day.days[-1].day == EARLIER
    # Said plainly, twice: the banner over the tiles and the line under the charts.
    assert page.as_of_banner.isVisible()
    assert "Data per 20 November 2024 pukul 24.00 WIB" in page.as_of_banner.text()
    assert "Data per 20 November 2024 pukul 24.00 WIB" in page.status.text()
    assert "rekonsiliasi: <i>hanya untuk angka terkini</i>" in page.alerts.summary.text()

    page.as_of.today_button.click()
    idle()
    assert page.as_of.day() == today and page.snapshot.query.as_of is None
    assert page.date_to.value() == today
    assert page.tiles["insiden"].value.text() == now_open
    assert not page.as_of_banner.isVisible()


def test_no_day_after_today(page, ctx):
    today = ctx.desk.today()
    page.as_of.set_day(today + timedelta(days=3))
    assert page.as_of.day() == today
    edit = page.as_of.edit.maximumDate()
    assert (edit.year(), edit.month(), edit.day()) == (today.year, today.month, today.day)


def test_an_empty_desk_says_no_data_yet_instead_of_eight_red_regions(db, runner, qtbot, idle):
    """A desk with its regions and contests but nothing recorded: no kab/kota is judged."""
    page = DasborPage(make_ctx(db, runner))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    idle()
    qtbot.waitUntil(lambda: page.charts_ready)
    s = page.snapshot
    assert all(f.kesiapan.score is None and f.kesiapan.level == "" for f in s.figures)
    assert len(s.figures) == 8
    tile = page.tiles["kesiapan"]
    assert (tile.value.text(), tile.detail.text()) == ("–", "belum ada data")
    assert page.tiles["tahapan"].value.text() == "–"
    assert "belum ada laporan" in page.tiles["tahapan"].detail.text()
    assert not page.charts.readiness.has_plot and page.charts.readiness.message.text() == "belum ada data"
    assert not page.charts.by_category.has_plot and page.charts.by_category.message.text() == "belum ada data"
    assert all(page.map_panel.map.cell(f.code) is None for f in s.figures)
    assert "belum ada data" in page.map_panel.note.text()
