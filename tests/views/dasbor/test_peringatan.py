"""The early warning on the dashboard (SPEC 15): the demo's planted burst of money-politics
reports in Kecamatan Teluknaga is in the alert list with its rule and figures, marks
Kabupaten Tangerang on the map, opens exactly its incidents, and is gone for an earlier
day or another kab/kota."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select, update

from app.models import Insiden
from app.services import peringatan
from app.services.core.clock import desk_clock
from app.services.desk import peta_batas
from app.services.insiden.demo import BURST_KECAMATAN, BURST_SIZE


@pytest.fixture
def page(window, idle, qtbot):
    window.show_area("dasbor")
    idle()
    idle()
    shown = window.page("dasbor")
    qtbot.waitUntil(lambda: shown.charts_ready)  # built one per event-loop turn
    return shown


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
    assert burst.when is None  # "Batas": incidents have no must-arrive date
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


def _square(code: str, x: float) -> dict:
    ring = [[x, -6.0], [x + 0.5, -6.0], [x + 0.5, -6.5], [x, -6.5], [x, -6.0]]
    return {"type": "Feature", "properties": {"KODE_KAB": code, "nama": code},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip


def test_incidents_with_coordinates_are_points_on_the_boundary_map(
    page, ctx, window, qtbot, idle, tmp_path
):
    start, end = page.date_from.value(), page.date_to.value()
    with ctx.db.uow() as uow:
        clock = desk_clock(uow)
        ids = uow.session.scalars(
            select(Insiden.id).where(
                Insiden.wilayah_code.like("36.02.%"), Insiden.linked_to_id.is_(None),
                Insiden.status != "Tidak valid", Insiden.archived.is_(False),
                Insiden.occurred_at >= clock.start_of(start),
            ).order_by(Insiden.id).limit(4)
        ).all()  # fmt: skip
        # Three within a few hundred metres of each other, one far off.
        for n, (lon, lat) in enumerate(((105.85, -6.25), (105.851, -6.251), (105.852, -6.25),
                                        (105.65, -6.45))):  # fmt: skip
            uow.session.execute(update(Insiden).where(Insiden.id == ids[n])
                                .values(longitude=lon, latitude=lat))  # fmt: skip
        uow.commit()
        single = uow.session.get(Insiden, ids[3]).number
    path = tmp_path / "batas.geojson"
    features = [_square("3601", 105.0), _square("3602", 105.6)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    try:
        page.refresh()
        page.map_panel.load_boundaries(path)
        idle()
        idle()
        tiles_map = page.map_panel.map
        marks = {cluster.count: (centre, cluster) for centre, cluster in tiles_map.point_marks()}
        assert sorted(marks) == [1, 3] and set(marks[3][1].ids) == set(ids[:3])
        assert "titik: 4 insiden berkoordinat" in page.map_panel.note.text()
        # The far one opens its incident; the three open the register on their region.
        centre = marks[1][0]
        qtbot.mouseClick(tiles_map, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))
        idle()
        register = window.page("insiden")
        assert window.stack.currentWidget() is register
        qtbot.waitUntil(lambda: single in register.title.text())
        window.show_area("dasbor")
        idle()
        centre = marks[3][0]
        qtbot.mouseClick(tiles_map, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))
        idle()
        flt = register.filters.current()
        assert flt.wilayah_code and flt.wilayah_code.startswith("36.02")
        assert (flt.date_from, flt.date_to) == (start, end) and register.model.total >= 3
    finally:
        peta_batas.remove_stored()


def test_an_early_warning_that_cannot_be_read_is_said_in_the_list_not_as_a_failed_dashboard(
    page, idle, monkeypatch
):
    from app.services.dasbor import summary as dasbor

    def broken(*_args, **_kwargs):
        raise RuntimeError("uji: peringatan gagal")

    monkeypatch.setattr(dasbor, "warning_alerts", broken)
    page.region.setCurrentIndex(page.region.findData("36.02"))
    idle()
    idle()
    assert "gagal dimuat" in page.alerts.summary.text()  # "peringatan dini: Data … gagal dimuat"
    assert "Dasbor gagal" not in page.status.text()
    assert page.tiles["insiden"].value.text()  # the figures stand
    assert page.map_panel.map.marks == {} and _warnings(page) == []


def test_an_incident_warning_has_no_deadline_and_a_radius_hot_spot_lists_all_its_incidents():
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from app.services.peringatan.model import TITIK_PANAS, WASPADA, Peringatan, Region

    at = datetime(2024, 11, 26, 10, tzinfo=UTC)
    spot = Peringatan(TITIK_PANAS, WASPADA, Region("36.02.01.2003", "Desa X", 4), "…", "Titik panas (radius)",
                      (), at, at, incident_ids=(1, 2), incidents_region="36.02")  # fmt: skip
    # The circle crosses kecamatan borders: the register shows the kab/kota's incidents.
    assert peringatan.incident_filter(spot, ZoneInfo("Asia/Jakarta")).wilayah_code == "36.02"
    assert peringatan.common_region(["36.03.13.2001", "36.03.13.2004"]) == "36.03.13"
    assert peringatan.common_region([]) == ""
