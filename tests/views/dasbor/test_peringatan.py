"""The early warning on the dashboard (SPEC 15): the demo's planted burst of money-politics
reports in Kecamatan Teluknaga is in the alert list with its rule and figures, marks
Kabupaten Tangerang on the map, opens exactly its incidents, and is gone for an earlier
day or another kab/kota."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.services import peringatan
from app.services.insiden.demo import BURST_KECAMATAN, BURST_SIZE


@pytest.fixture
def page(window, idle):
    window.show_area("dasbor")
    idle()
    idle()
    return window.page("dasbor")


def _warnings(page) -> list:
    model = page.alerts.model
    return [model.alert(r) for r in range(model.rowCount()) if model.alert(r).kind == "peringatan"]


def test_the_burst_is_listed_with_its_rule_and_marked_on_the_map(page, ctx):
    with ctx.db.uow() as uow:
        expected = peringatan.periksa(uow)
    shown = _warnings(page)
    assert [a.title for a in shown] == [p.title for p in expected.alerts]
    burst = next(a for a in shown if a.region_code == BURST_KECAMATAN)
    assert "Politik uang" in burst.title and "Teluknaga" in burst.region
    assert f"{BURST_SIZE} laporan Politik uang" in burst.detail and "ambang" in burst.detail
    row = next(r for r in range(page.alerts.model.rowCount())
               if page.alerts.model.alert(r) is burst)  # fmt: skip
    assert row == 0  # a Tinggi early warning heads the list: nobody has reported it up yet
    assert page.alerts.model.data(page.alerts.model.index(row, 0)) == "Peringatan dini"
    assert "peringatan dini: <b>" in page.alerts.summary.text()
    assert page.map_panel.map.marks == {"36.03": peringatan.TINGGI}
    assert "peringatan dini" in page.map_panel.note.text()


def test_the_alert_opens_the_incidents_behind_it(page, window, qtbot, idle):
    burst = next(a for a in _warnings(page) if a.region_code == BURST_KECAMATAN)
    model = page.alerts.model
    row = next(r for r in range(model.rowCount()) if model.alert(r) is burst)
    rect = page.alerts.table.visualRect(model.index(row, 1))
    qtbot.mouseClick(page.alerts.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle()
    register = window.page("insiden")
    assert window.stack.currentWidget() is register
    flt = register.filters.current()
    assert flt.wilayah_code == BURST_KECAMATAN and flt.kategori_id is not None
    assert register.model.total >= BURST_SIZE


def test_another_kabkota_shows_its_own_warnings_and_an_earlier_day_none_of_the_burst(
    page, ctx, idle
):
    page.region.setCurrentIndex(page.region.findData("36.02"))
    idle()
    idle()
    with ctx.db.uow() as uow:  # what the brief for Lebak prints: checked within Lebak
        lebak = peringatan.periksa(uow, root_code="36.02")
    shown = _warnings(page)
    assert [a.title for a in shown] == [p.title for p in lebak.alerts]
    assert all(a.region_code.startswith("36.02") for a in shown)
    assert set(page.map_panel.map.marks) <= {"36.02"}
    page.region.setCurrentIndex(0)
    page.as_of.set_day(date(2024, 11, 20))
    idle()
    idle()
    assert all(a.region_code != BURST_KECAMATAN for a in _warnings(page))
    assert page.warnings is not None and page.warnings.as_of == page.snapshot.query.as_of
