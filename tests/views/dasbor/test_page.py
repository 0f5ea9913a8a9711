"""The dashboard on the demo data: tiles, charts and map show the services' figures,
clicks navigate and filter, and a change saved elsewhere shows up."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from app.services.core import formatting
from app.services.core.changes import Changes
from app.services.core.clock import desk_clock
from app.services.dasbor import sources as dasbor_sources
from app.services.dasbor import summary as dasbor
from app.services.desk import peta_batas
from app.services.insiden import records as insiden
from app.services.insiden import stats as insiden_stats
from app.services.insiden.stats import StatsFilter
from tests.services.insiden.helpers import make_form


@pytest.fixture
def page(window, idle, qtbot):
    window.show_area("dasbor")
    idle()
    shown = window.page("dasbor")
    qtbot.waitUntil(lambda: shown.charts_ready)  # built one per event-loop turn
    return shown


def _expected(ctx, page, **overrides) -> dasbor.DasborSnapshot:
    with ctx.db.uow() as uow:
        return dasbor.snapshot(
            uow, pemilihan_id=page.contest.currentData(), start=page.date_from.value(),
            end=page.date_to.value(), root_code=overrides.get("root_code", page.region.currentData() or ""),
        )  # fmt: skip


def test_tiles_charts_and_map_show_the_service_figures(page, ctx):
    with ctx.db.uow() as uow:
        opened = insiden_stats.open_now(uow, StatsFilter())
        per_day = insiden_stats.per_day_by_severity(
            uow, StatsFilter(date_from=page.date_from.value(), date_to=page.date_to.value())
        )
    expected = _expected(ctx, page)
    assert page.tiles["hitung_mundur"].value.text() == "H-1"
    assert page.tiles["insiden"].value.text() == formatting.number(opened.total)
    assert f"Kritis {opened.by_severity[4]}" in page.tiles["insiden"].detail.text()
    assert page.tiles["terlambat"].value.text() == formatting.number(opened.overdue) != "0"
    assert [d.by_severity for d in page.charts.per_day.days] == [d.by_severity for d in per_day]
    assert page.charts.per_day.voting_line.isVisible()
    scores = [f.kesiapan.score or 0.0 for f in expected.figures]
    assert list(page.charts.readiness._bar.opts["width"]) == pytest.approx(scores)
    rated = [f for f in expected.figures if f.kesiapan.score is not None]
    assert len(rated) == 8
    for f in rated:
        assert page.map_panel.map.cell(f.code).label == formatting.number_floor(f.kesiapan.score, 0)
    worst = min(rated, key=lambda f: f.kesiapan.score)
    assert worst.name.removeprefix("Kabupaten ") in page.tiles["kesiapan"].detail.text()
    province = expected.logistik_province
    if province.ok and province.value.ratio is not None:
        assert page.tiles["logistik"].value.text() == formatting.percent_floor(
            province.value.ratio, 1
        )
    else:
        assert page.tiles["logistik"].value.text() == "–"
    # Before voting day turnout is announced, not faked.
    assert not page.charts.turnout.has_plot and "H-1" in page.charts.turnout.message.text()


def test_hovering_a_day_shows_its_values(page):
    day = next(d for d in reversed(page.charts.per_day.days) if d.total)
    from app.views.widgets.gantt import DAY, _ts

    text = page.charts.per_day.hover_text(QPointF(_ts(day.day) + DAY / 2, 1))
    assert f"{day.total} insiden" in text and formatting.long_date(day.day) in text


def test_overdue_tile_opens_the_register_filtered(page, window, qtbot, idle):
    qtbot.mouseClick(page.tiles["terlambat"], Qt.MouseButton.LeftButton)
    idle()
    register = window.page("insiden")
    assert window.stack.currentWidget() is register
    assert register.filters.overdue.isChecked()
    assert register.model._filters.overdue_only  # noqa: SLF001
    qtbot.waitUntil(lambda: register.model.total == int(page.tiles["terlambat"].value.text()))


def test_open_incidents_tile_shows_exactly_its_incidents(page, window, qtbot, idle):
    shown = int(page.tiles["insiden"].value.text().replace(".", ""))
    qtbot.mouseClick(page.tiles["insiden"], Qt.MouseButton.LeftButton)
    idle()
    register = window.page("insiden")
    assert window.stack.currentWidget() is register
    assert register.filters.status.currentText().startswith("Terbuka")
    qtbot.waitUntil(lambda: register.model.total == shown)


def test_tiles_for_a_kabkota_open_the_pages_filtered_alike(page, window, qtbot, idle):
    """With the dashboard on Lebak, each tile opens its page on Lebak and the page shows
    the tile's own count: open incidents, sessions of the period, consignments at risk."""
    page.region.setCurrentIndex(page.region.findData("36.02"))
    idle()
    s = page.snapshot
    qtbot.mouseClick(page.tiles["insiden"], Qt.MouseButton.LeftButton)
    idle()
    register = window.page("insiden")
    qtbot.waitUntil(lambda: register.model.total == s.open_incidents.value.total)
    assert register.model._filters.wilayah_code == "36.02"  # noqa: SLF001

    window.show_area("dasbor")
    qtbot.mouseClick(page.tiles["sosialisasi"], Qt.MouseButton.LeftButton)
    idle()
    outreach = window.page("sosialisasi")
    assert window.stack.currentWidget() is outreach
    assert outreach.filters.date_from.value() == s.query.start
    assert outreach.filters.date_to.value() == s.query.end
    qtbot.waitUntil(lambda: outreach.model.total == s.reach.value.sessions)
    assert formatting.number(s.reach.value.sessions) in page.tiles["sosialisasi"].detail.text()
    qtbot.waitUntil(
        lambda: outreach.counts.text().startswith(
            f"{formatting.number(s.reach.value.sessions)} kegiatan"
        )
    )

    window.show_area("dasbor")
    qtbot.mouseClick(page.tiles["logistik"], Qt.MouseButton.LeftButton)
    idle()
    logistik = window.page("logistik")
    assert window.stack.currentWidget() is logistik
    assert logistik.filters.at_risk.isChecked()
    qtbot.waitUntil(lambda: logistik.model.total == s.alert_totals["logistik"] > 0)
    assert formatting.number(s.alert_totals["logistik"]) in page.tiles["logistik"].detail.text()


def test_stages_tile_opens_the_late_stages(page, window, qtbot, idle):
    st = page.snapshot.stages.value
    qtbot.mouseClick(page.tiles["tahapan"], Qt.MouseButton.LeftButton)
    idle()
    stages = window.page("tahapan")
    assert window.stack.currentWidget() is stages
    assert stages.status_filter.currentData() == "Terlambat"
    assert stages.current_contest_id() == st.worst_contest
    qtbot.waitUntil(lambda: stages.proxy.rowCount() > 0)
    shown = {stages.proxy.index(r, 0).data() for r in range(stages.proxy.rowCount())}
    assert shown and st.counts["Terlambat"] >= stages.proxy.rowCount()


def test_legends_keep_every_label_and_swatch(page, qtbot):
    """Rich-text legends escape "<": no class label vanishes, no swatch turns black."""
    from PySide6.QtGui import QTextDocument

    def plain(label) -> str:
        doc = QTextDocument()
        doc.setHtml(label.text())
        return doc.toPlainText()

    page.map_panel.set_indicator("logistik")
    assert "< 90%" in plain(page.map_panel.legend)
    assert plain(page.map_panel.legend).count("■") == 4
    page.map_panel.set_indicator("partisipasi")
    assert "< target, selisih ≤ 10 poin" in plain(page.map_panel.legend)
    assert "partisipasi" in plain(page.charts.turnout.legend) and "·" not in plain(page.charts.turnout.legend)


def test_figures_are_truncated_never_rounded_across_a_threshold(page):
    from dataclasses import replace

    from app.services.dasbor import kesiapan
    from app.views.dasbor.indicators import cells_for
    from app.views.dasbor.map import FAIR

    base = page.snapshot.figures[0]
    row = kesiapan.row(base.code, base.name, {kesiapan.LOGISTIK: 79.7}, {}, page.snapshot.weights)
    assert row.level == kesiapan.CUKUP
    figure = replace(base, kesiapan=row, logistik_ratio=0.99985)
    indicators = page.map_panel._indicators  # noqa: SLF001
    cell = cells_for(indicators["kesiapan"], (figure,), page.snapshot.weights)[base.code]
    assert (cell.label, cell.color) == ("79", FAIR)
    cell = cells_for(indicators["logistik"], (figure,), page.snapshot.weights)[base.code]
    assert (cell.label, cell.color) == ("99,9%", FAIR)


def test_alert_text_has_room_and_its_full_text_on_hover(page):
    table, model = page.alerts.table, page.alerts.model
    widths = [table.columnWidth(c) for c in range(model.columnCount())]
    assert widths[1] == max(widths)
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert model.alert(0).title in tip


def test_reconciliation_alerts_follow_the_kabkota_or_say_province(page, idle):
    assert page.checks is not None and page.checks.total
    page.region.setCurrentIndex(page.region.findData("36.02"))
    idle()
    summary = page.alerts.summary.text()
    named = [a for a in page.checks.alerts if a.region_code]
    if len(named) == len(page.checks.alerts):
        assert all(a.region_code.startswith("36.02") for a in page.alerts.model._alerts
                   if a.kind == "rekonsiliasi")  # noqa: SLF001  # fmt: skip
    else:
        assert "rekonsiliasi (seluruh provinsi)" in summary


def test_severity_colours_are_the_briefs(page):
    from app.services.briefs.insiden_section import SEVERITY_COLORS as BRIEF
    from app.views.dasbor.charts import SEVERITY_COLORS

    assert {k: c.name() for k, c in SEVERITY_COLORS.items()} == BRIEF


def test_clicking_a_map_region_filters_the_dashboard(page, ctx, qtbot, idle):
    tiles_map = page.map_panel.map
    qtbot.mouseClick(
        tiles_map, Qt.MouseButton.LeftButton, pos=tiles_map.center_of("36.02").toPoint()
    )
    idle()
    assert page.region.currentData() == "36.02"
    assert page.snapshot.query.root_code == "36.02"
    with ctx.db.uow() as uow:
        lebak = insiden_stats.open_now(uow, StatsFilter(wilayah_code="36.02"))
    assert page.tiles["insiden"].value.text() == formatting.number(lebak.total)
    assert all("Lebak" in a.region for a in page.snapshot.alerts if a.kind == "insiden")
    qtbot.mouseClick(
        tiles_map, Qt.MouseButton.LeftButton, pos=tiles_map.center_of("36.02").toPoint()
    )
    idle()
    assert page.region.currentData() == ""


def test_alert_opens_its_incident(page, window, qtbot, idle):
    model = page.alerts.model
    row = next(r for r in range(model.rowCount()) if model.alert(r).kind == "insiden")
    alert = model.alert(row)
    rect = page.alerts.table.visualRect(model.index(row, 1))
    qtbot.mouseClick(page.alerts.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle()
    register = window.page("insiden")
    assert window.stack.currentWidget() is register
    qtbot.waitUntil(lambda: alert.title.split()[0] in register.title.text())


def test_alert_model(page, qtmodeltester):
    assert page.alerts.model.rowCount() > 0
    qtmodeltester.check(page.alerts.model)


def test_new_incident_saved_elsewhere_updates_the_dashboard(page, ctx, idle):
    before = page.snapshot.open_incidents.value.total
    with ctx.db.uow() as uow:
        form = make_form(
            uow, severity=4, occurred_at=desk_clock(uow).now_utc() - timedelta(hours=1)
        )
    ctx.submit(insiden.create, form)  # as the incident page does; the runner signals the change
    idle()
    idle()
    assert page.snapshot.open_incidents.value.total == before + 1
    assert page.tiles["insiden"].value.text() == formatting.number(before + 1)


def test_a_failing_area_says_so(page, idle, monkeypatch):
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("broken")

    monkeypatch.setattr(dasbor_sources.readiness, "readiness_levels", broken)
    page.refresh()
    idle()
    assert page.tiles["logistik"].value.text() == "–"
    assert page.tiles["logistik"].detail.text() == "Data logistik gagal dimuat (lihat log)"
    page.map_panel.set_indicator("logistik")
    assert "Data logistik gagal dimuat" in page.map_panel.note.text()


def test_chart_saves_png(page, tmp_path):
    target = tmp_path / "harian.png"
    assert page.charts.per_day.save_png(str(target))
    assert target.stat().st_size > 1000


def _square(code: str, x: float) -> dict:
    ring = [[x, -6.0], [x + 0.5, -6.0], [x + 0.5, -6.5], [x, -6.5], [x, -6.0]]
    return {"type": "Feature", "properties": {"KODE_KAB": code, "nama": code},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip


def test_official_boundaries_draw_a_real_map(page, qtbot, idle, tmp_path):
    path = tmp_path / "batas.geojson"
    features = [_square("3601", 105.0), _square("ID3602", 105.6), _square("3101", 106.2)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    try:
        page.map_panel.load_boundaries(path)
        idle()
        tiles_map = page.map_panel.map
        assert tiles_map.uses_boundaries
        assert "berkas resmi" in page.map_panel.note.text()
        left, right = tiles_map.center_of("36.01"), tiles_map.center_of("36.02")
        assert left.x() < right.x()
        qtbot.mouseClick(
            tiles_map, Qt.MouseButton.LeftButton, pos=QPoint(int(right.x()), int(right.y()))
        )
        idle()
        assert page.region.currentData() == "36.02"
    finally:
        peta_batas.remove_stored()


def test_reconciliation_alerts_stay_without_rescanning_on_a_filter_change(
    page, ctx, qtbot, idle, monkeypatch
):
    """Choosing a kab/kota recomputes the figures at once; the reconciliation alerts (a
    scan of every register) stay listed and are not re-run — F5 or a change to logistics
    re-runs them."""
    assert page.checks is not None
    shown = page.alerts.model.rowCount()
    calls = []
    real = dasbor.check_alerts
    monkeypatch.setattr(
        dasbor, "check_alerts", lambda uow, **kw: calls.append(kw) or real(uow, **kw)
    )
    page.region.setCurrentIndex(page.region.findData("36.02"))
    idle()
    assert page.snapshot.query.root_code == "36.02" and calls == []
    model = page.alerts.model
    kinds = {model.alert(r).kind for r in range(model.rowCount())}
    assert "rekonsiliasi" in kinds or page.checks.total == 0
    page.region.setCurrentIndex(0)
    idle()
    assert page.alerts.model.rowCount() == shown
    page.on_changes(Changes.of("insiden"))  # an incident: figures yes, checks no
    idle()
    assert calls == []
    page.refresh()  # what the Muat ulang button (F5) does
    idle()
    assert len(calls) == 1


def test_readiness_weights_are_desk_settings_that_move_the_index(page, ctx, qtbot, idle):
    from app.services.core.actor import ADMINISTRATOR
    from app.views.pengaturan.desk_settings_panel import DeskSettingsPanel
    from tests.views.conftest import make_ctx

    panel = DeskSettingsPanel(make_ctx(ctx.db, ctx.runner, "admin", ADMINISTRATOR))
    qtbot.addWidget(panel)
    idle()
    panel.fields["kesiapan_bobot_logistik"].setValue(0)
    panel.fields["kesiapan_bobot_sosialisasi"].setValue(0)
    panel.fields["kesiapan_poin_insiden"].setValue(10)
    panel.save()
    idle()
    idle()
    assert (page.snapshot.weights.logistik, page.snapshot.weights.poin_insiden) == (0, 10)
    row = page.snapshot.figures[0].kesiapan
    assert "logistik" not in row.used and "sosialisasi" not in row.used
    page.show_kesiapan()
    assert "10 × (Tinggi + 2 × Kritis)" in page.dialog.browser.toPlainText()


def test_a_recorded_incident_reloads_incident_figures_and_keeps_the_logistics_reading(
    page, ctx, idle, monkeypatch
):
    """After a change the page reads again only what the change names: the consignment
    lines (a million on election day) are not aggregated again for a new incident, and
    the tiles still show exactly what a full reading shows. F5 reads everything."""
    from app.services.logistik import readiness

    reads = []
    real = readiness.readiness_levels
    monkeypatch.setattr(readiness, "readiness_levels",
                        lambda uow, **kw: reads.append(kw) or real(uow, **kw))  # fmt: skip
    before = page.tiles["insiden"].value.text()
    with ctx.db.uow("operator1") as uow:
        insiden.create(uow, make_form(uow, severity=4))
    page.on_changes(Changes.of("insiden"))
    idle()
    assert reads == []
    assert page.tiles["insiden"].value.text() != before
    expected = _expected(ctx, page)  # a full reading, for comparison
    assert page.snapshot.open_incidents == expected.open_incidents
    assert page.snapshot.logistik_province == expected.logistik_province
    reads.clear()
    page.on_changes(Changes.of("logistik"))
    idle()
    assert len(reads) == 1
    page.refresh()
    idle()
    assert len(reads) == 2


def test_figures_show_before_the_chart_library_and_the_charts_follow(
    demo_db, runner, qtbot, idle, monkeypatch
):
    """The first page does not wait for pyqtgraph: tiles, map and alerts show the figures
    while each chart's place says it is coming; then the charts show the same figures."""
    import threading

    from app.views.dasbor import chart_grid
    from app.views.dasbor import page as page_module
    from tests.views.conftest import make_ctx

    release = threading.Event()
    real = chart_grid.import_charts

    def held(progress):
        release.wait(10)
        return real(progress)

    monkeypatch.setattr(chart_grid, "import_charts", held)
    page = page_module.DasborPage(make_ctx(demo_db, runner))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        pass
    assert page.tiles["hitung_mundur"].value.text() == "H-1"
    assert page.charts.per_day is None
    assert [p.text() for p in page.charts.places] == ["Menyiapkan grafik…"] * 4
    assert all(p.isVisible() for p in page.charts.places)
    with qtbot.waitSignal(page.charts_shown, timeout=10_000):
        release.set()
    idle()
    assert page.charts.per_day.isVisible() and page.charts.per_day.days
    assert [d.day for d in page.charts.per_day.days][-1] == page.date_to.value()
    assert page.charts.places == []


def test_charts_that_cannot_load_say_so_and_the_figures_stay(demo_db, runner, qtbot, idle, monkeypatch):
    from app.views.dasbor import chart_grid
    from app.views.dasbor import page as page_module
    from tests.views.conftest import make_ctx

    def broken(_progress):
        raise ImportError("pyqtgraph rusak")

    monkeypatch.setattr(chart_grid, "import_charts", broken)
    page = page_module.DasborPage(make_ctx(demo_db, runner))
    qtbot.addWidget(page)
    page.show()
    idle()
    assert page.tiles["hitung_mundur"].value.text() == "H-1"
    assert all("Grafik tidak dapat dimuat" in p.text() and "pyqtgraph rusak" in p.text()
               for p in page.charts.places)  # fmt: skip


def test_the_dashboard_module_leaves_the_chart_library_for_later():
    """Opening the first page imports no pyqtgraph on the GUI thread (start-up, issue 20)."""
    import subprocess
    import sys

    code = "import sys, app.views.dasbor.page; print('pyqtgraph' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert done.stdout.strip() == "False"


def test_the_four_charts_share_the_height_equally(page):
    """A chart showing a message (turnout before voting day) or a wrapped legend does not
    take its neighbours' room: both rows of charts are as tall, and the category names fit
    their rows (one line each at this height)."""
    heights = [page.charts.per_day.height(), page.charts.readiness.height(), page.charts.by_category.height(),
               page.charts.turnout.height()]  # fmt: skip
    assert max(heights) - min(heights) <= 2, heights
    # Names are fitted to the height the plot has now, not to the one it had when built
    # (two lines only where a row has room for two: else they overlap their neighbours).
    from PySide6.QtGui import QFontMetrics

    chart = page.charts.by_category
    ticks = chart.plot.getAxis("left")._tickLevels[0]
    pitch = chart.plot.getViewBox().height() / len(ticks)
    two_lines = pitch >= 2.1 * QFontMetrics(chart._small_font()).lineSpacing()
    assert any("\n" in text for _value, text in ticks) <= two_lines


def test_a_narrow_map_panel_keeps_its_legend_below_the_map(page, ctx, qtbot, idle):
    """At 125 % the map's column is narrow and its legend and note wrap: the panel asks for
    their lines (the page scrolls) instead of writing them over the map."""
    from app.views.dasbor.map_panel import MapPanel

    panel = MapPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    idle()
    panel.set_snapshot(page.snapshot)
    panel.resize(250, 100)  # less than it needs: it keeps its minimum
    qtbot.waitUntil(lambda: panel.height() >= panel.minimumHeight() > 100)
    qtbot.wait(50)
    assert panel.legend.geometry().top() >= panel.map.geometry().bottom()
    assert panel.note.geometry().top() >= panel.legend.geometry().bottom()
    assert panel.map.height() >= panel.map.minimumHeight()


def test_a_narrow_chart_card_keeps_its_wrapped_legend_above_the_plot(page, qtbot, idle):
    """At 125 % a chart's column is narrow and its legend wraps: in the chart grid (whose
    rows share the height whatever a chart asks for), the card still keeps room for the
    legend's lines above the plot's minimum (the page scrolls) instead of squeezing the
    plot, whose axis titles would then be cut."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from app.views.dasbor.chart_grid import _equal_rows
    from app.views.dasbor.charts import IncidentsPerDayChart

    column = QWidget()
    qtbot.addWidget(column)
    card = IncidentsPerDayChart(column)
    _equal_rows(card)
    QVBoxLayout(column).addWidget(card)
    card.set_days(page.snapshot.per_day.value, page.snapshot.countdown.voting_day)
    column.show()
    idle()
    column.resize(200, 120)  # narrow, and less height than the card needs
    qtbot.waitUntil(lambda: column.height() >= column.minimumSizeHint().height() > 120)
    qtbot.wait(50)
    lines = card.legend.heightForWidth(card.legend.width())
    assert lines > card.legend.fontMetrics().lineSpacing()  # the legend wraps here
    assert card.legend.height() >= lines
    assert card.plot.geometry().top() >= card.legend.geometry().bottom()
    assert card.plot.height() >= card.plot.minimumHeight()
