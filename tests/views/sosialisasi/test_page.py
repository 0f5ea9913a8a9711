"""Driving the Sosialisasi page as the desk does: the demo register, recording a session
through the form (table and charts follow), inline refusals, filters, archive, export,
the outreach-vs-turnout tab, and roles."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from app.services.core.actor import OPERATOR, VERIFIKATOR
from app.services.partisipasi import outreach as sosialisasi_partisipasi
from app.services.sosialisasi.query import SosialisasiFilter
from app.views.shell.main_window import MainWindow
from app.views.sosialisasi.page import SosialisasiPage
from tests.views.conftest import make_ctx

DEMO_SESSIONS = 240


def _page(qtbot, ctx, idle) -> SosialisasiPage:
    """The page alone at the size it has in the main window at 1366×768 (the other pages,
    built in parallel, stay out of these tests)."""
    page = SosialisasiPage(ctx)
    ctx.runner.changed.connect(page.on_changes)  # what the main window does for every page
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    idle()
    qtbot.waitUntil(lambda: page.form.wilayah.ready and page.model.rowCount() > 0)
    idle()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


@pytest.fixture
def operator_page(qtbot, demo_db, runner, idle):
    return _page(qtbot, make_ctx(demo_db, runner, "operator1", OPERATOR), idle)


def _check(page, *names: str) -> None:
    for i in range(page.form.sasaran.count()):
        item = page.form.sasaran.item(i)
        if item.text() in names:
            item.setCheckState(Qt.CheckState.Checked)


def test_register_lists_the_demo_sessions_with_totals_and_charts(operator_page, qtmodeltester):
    page = operator_page
    assert page.model.total == DEMO_SESSIONS
    assert page.model.rowCount() == 200  # the first window; more load on scroll
    assert page.counts.text().startswith(f"{DEMO_SESSIONS} kegiatan · rencana ")
    assert "anggaran Rp " in page.counts.text()
    assert page.charts.data.total.sessions == DEMO_SESSIONS
    assert len(page.charts.data.by_region) == 8
    qtmodeltester.check(page.model)


def test_recording_a_session_through_the_form_updates_table_and_charts(operator_page, qtbot, idle):
    page = operator_page
    before = page.charts.data
    adat_before = next(g.attended for g in before.by_group if g.name == "Masyarakat adat")
    cilegon_before = next(r.attended for r in before.by_region if r.code == "36.72")
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert page.title.text() == "<b>Kegiatan baru</b>"
    page.form.wilayah.setFocus()
    qtbot.keyClicks(page.form.wilayah, "36.72")
    qtbot.keyClick(page.form.wilayah, Qt.Key.Key_Return)
    page.form.organiser.setCurrentIndex(page.form.organiser.findData("Bawaslu"))
    page.form.jenis.setCurrentIndex(1)
    _check(page, "Masyarakat adat", "Perempuan")
    qtbot.keyClicks(page.form.topic, "Pengawasan partisipatif")
    page.form.planned.setValue(150)
    page.form.men.setValue(70)
    page.form.women.setValue(61)
    page.form.disabled.setValue(3)
    assert page.form.attendance_sum.text() == "Jumlah hadir: 131"
    page.form.budget.setText("7500000")
    page.form.budget.editingFinished.emit()
    assert page.form.budget.text() == "Rp 7.500.000"
    qtbot.keyClick(page.form.topic, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle()
    qtbot.waitUntil(lambda: "Pengawasan partisipatif" in page.title.text())
    idle()
    assert page.model.total == DEMO_SESSIONS + 1
    topics = [page.model.row_value(i).topic for i in range(page.model.rowCount())]
    assert "Pengawasan partisipatif" in topics
    after = page.charts.data
    assert after.total.sessions == before.total.sessions + 1
    assert page.charts.group_value("Masyarakat adat") == adat_before + 131
    assert page.charts.region_value("36.72") == cilegon_before + 131
    assert page.counts.text().startswith(f"{DEMO_SESSIONS + 1} kegiatan")


def test_a_refused_form_names_the_field_and_keeps_the_cursor_there(operator_page, idle):
    page = operator_page
    page.new_session()
    idle()
    page.form.wilayah.set_region_id(None)
    page.form.topic.setText("Tanpa wilayah")
    page.save()
    idle()
    assert page.error.isVisible() and "Pilih wilayah kegiatan" in page.error.text()
    assert page.model.total == DEMO_SESSIONS
    page.form.budget.setText("lima juta")
    page.save()
    idle()
    assert "Anggaran harus berupa angka" in page.error.text()
    assert page.form.budget.hasFocus()


def test_filters_narrow_table_totals_and_charts_together(operator_page, qtbot, idle):
    page = operator_page
    page.filters.organiser.setCurrentIndex(page.filters.organiser.findData("Mitra"))
    idle()
    shown = page.model.total
    assert 0 < shown < DEMO_SESSIONS
    assert {page.model.row_value(i).organiser for i in range(page.model.rowCount())} == {"Mitra"}
    assert page.charts.data.total.sessions == shown
    assert page.counts.text().startswith(f"{shown} kegiatan")


def test_archiving_takes_a_session_out_of_register_and_charts(operator_page, qtbot, idle):
    page = operator_page
    page.select_row(0)
    idle()
    qtbot.waitUntil(lambda: page._detail is not None)
    page.archive()
    idle()
    qtbot.waitUntil(lambda: page.model.total == DEMO_SESSIONS - 1)
    idle()
    assert page.charts.data.total.sessions == DEMO_SESSIONS - 1


def test_export_writes_the_filtered_table(operator_page, idle, tmp_path):
    page = operator_page
    page.model.set_filters(SosialisasiFilter(organiser="KPU"))
    idle()
    target = tmp_path / "sosialisasi.xlsx"
    page.export_to(target)
    idle()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Tanggal", "Mulai", "Selesai", "Kode wilayah")
    assert len(rows) - 1 == page.model.total
    assert {r[8] for r in rows[1:]} == {"KPU"}
    assert "diekspor" in page.counts.text()


def test_outreach_vs_turnout_tab_states_its_rule(operator_page, qtbot, idle):
    page = operator_page
    page.tabs.setCurrentWidget(page.vs)
    qtbot.waitUntil(lambda: page.vs.contest.count() == 9, timeout=30_000)
    idle(30_000)
    assert page.vs.rule.text() == sosialisasi_partisipasi.RULE
    # Either the comparison or an honest message, never an empty screen.
    assert page.vs.model.rowCount() == 8 or page.vs.message.isVisible()
    if page.vs.model.rowCount():
        # The verdict sits beside the name, in sight, and every bar has its region's label.
        model, table = page.vs.model, page.vs.table
        assert model.headerData(1, Qt.Orientation.Horizontal) == "Perlu?"
        verdicts = {model.index(r, 1).data() for r in range(model.rowCount())}
        assert verdicts <= {"Ya", "Tidak"} and "Ya" in verdicts
        assert table.columnViewportPosition(1) + table.columnWidth(1) <= table.viewport().width()
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        drawn = [
            text
            for _rect, _flags, text in page.vs.plot.getAxis("left").generateDrawSpecs(painter)[2]
        ]
        painter.end()
        assert len(drawn) == model.rowCount() and "Kota Tangerang Selatan" in drawn


def test_selecting_a_session_keeps_the_register_columns_in_sight(operator_page, qtbot, idle):
    page = operator_page
    table = page.table
    anggaran = 6

    def anggaran_visible() -> bool:
        right = table.columnViewportPosition(anggaran) + table.columnWidth(anggaran)
        return 0 <= right <= table.viewport().width()

    assert anggaran_visible()
    page.select_row(0)
    qtbot.waitUntil(lambda: page._detail is not None)  # noqa: SLF001
    idle()
    assert "<b>" in page.title.text() and "Kegiatan baru" not in page.title.text()
    assert anggaran_visible()


def test_a_verifier_sees_the_register_but_cannot_record(qtbot, demo_db, runner, idle):
    page = _page(qtbot, make_ctx(demo_db, runner, "verif1", VERIFIKATOR), idle)
    assert page.model.total == DEMO_SESSIONS
    for button in (
        page.new_button,
        page.save_button,
        page.archive_button,
        page.transfer.import_button,
    ):
        assert not button.isEnabled()
    assert "Operator" in page.new_button.toolTip()
    assert page.transfer.export_button.isEnabled()


def test_screen_fits_1366x768(qtbot, ctx, idle):
    window = MainWindow(ctx.settings, demo=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach(ctx)
    page = window.show_area("sosialisasi")
    qtbot.waitUntil(
        lambda: page.model.rowCount() > 0 and page.charts.data is not None, timeout=30_000
    )
    idle(30_000)
    assert window.width() <= 1366 and window.height() <= 768
    window.grab().save("/tmp/sosialisasi-register.png")
    page.tabs.setCurrentWidget(page.charts)
    window.grab().save("/tmp/sosialisasi-charts.png")
    page.tabs.setCurrentWidget(page.vs)
    idle(30_000)
    window.grab().save("/tmp/sosialisasi-vs.png")
