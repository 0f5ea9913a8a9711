"""The Partisipasi and Kerawanan pages on the demo database: tables, drill-down, method and
formula beside the figures, forms, charts, and their item models (qtmodeltester)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.partisipasi.records import Angka
from app.views.kerawanan.page import KerawananPage
from app.views.partisipasi.page import PartisipasiPage


@pytest.fixture
def ppage(window, idle) -> PartisipasiPage:
    shown = window.show_area("partisipasi")
    idle()
    return shown


@pytest.fixture
def kpage(window, idle) -> KerawananPage:
    shown = window.show_area("kerawanan")
    idle()
    return shown


def _row(model, name: str) -> int:
    return next(i for i, r in enumerate(model.rows()) if r.name == name)


PRESSURE = "Tekanan insiden\nper 100.000 DPT"


def _tip(model, name: str, column: str) -> str:
    index = model.index(_row(model, name), model.COLUMNS.index(column))
    return model.data(index, Qt.ItemDataRole.ToolTipRole)


def _cell(model, name: str, column: str) -> str:
    index = model.index(_row(model, name), model.COLUMNS.index(column))
    return model.data(index)


def test_partisipasi_page_shows_dpt_method_and_earlier_election(ppage, qtmodeltester):
    qtmodeltester.check(ppage.model)
    assert [r.name for r in ppage.model.rows()][:2] == ["Kabupaten Pandeglang", "Kabupaten Lebak"]
    assert _cell(ppage.model, "Kabupaten Pandeglang", "DPT") == "1.007.000"
    assert _cell(ppage.model, "Kabupaten Pandeglang", "Partisipasi") == "–"  # eve of voting
    assert _cell(ppage.model, "Kabupaten Pandeglang", "Target") == "82,0%"
    assert ppage.model.headerData(8, Qt.Orientation.Horizontal) == "Pilgub Banten 2017"
    assert "8.926.662" in ppage.where.text() and "17.231" in ppage.where.text()
    assert "belum diketahui" in ppage.note.text()
    assert "Pengguna hak pilih ÷ (DPT + DPTb + DPK)" in ppage.note.text()
    assert ppage.chart.target_line() == 82.0
    # Before voting only the earlier election has bars: each stands on its region's name.
    positions = ppage.chart.bar_positions()
    assert [positions[r.name] for r in ppage.model.rows()] == [(None, float(i)) for i in range(8)]
    ticks = ppage.chart.plot.getAxis("bottom")._tickLevels[0]  # noqa: SLF001
    assert [x for x, _name in ticks] == list(range(8))
    assert "Kota Tangerang Selatan" in [name.replace("\n", " ") for _x, name in ticks]


def test_drill_to_kecamatan_and_back(ppage, idle):
    ppage.drill(_row(ppage.model, "Kabupaten Lebak"))
    idle()
    assert ppage.view.root_code == "36.02" and ppage.model.rowCount() == 28
    assert "Kabupaten Lebak" in ppage.where.text()
    ppage.go_up()
    idle()
    assert ppage.model.rowCount() == 8


def test_typing_turnout_updates_table_chart_and_flags(ppage, qtbot, idle):
    ppage.denominator.setCurrentIndex(0)  # DPT only
    idle()
    ppage.table.selectRow(_row(ppage.model, "Kota Cilegon"))
    ppage.edit_selected()
    idle()
    dialog = ppage.dialog
    assert dialog.fields["dpt_men"].text() == ""  # the demo has desa figures, no kab record
    for key, value in (("dpt_men", "200.000"), ("dpt_women", "100.000"), ("voted_men", "150.000"),
                       ("voted_women", "90.000"), ("valid_votes", "230.000"), ("invalid_votes", "5.000")):  # fmt: skip
        dialog.fields[key].setText(value)
    dialog.save()
    idle()
    qtbot.waitUntil(lambda: _cell(ppage.model, "Kota Cilegon", "Partisipasi") == "80,00%")
    assert _cell(ppage.model, "Kota Cilegon", "Pemeriksaan") == "⚠ 1 masalah"
    assert ppage.chart.bars()["Kota Cilegon"][0] == pytest.approx(80.0)
    index = _row(ppage.model, "Kota Cilegon")  # now two bars, either side of the name
    assert ppage.chart.bar_positions()["Kota Cilegon"] == (index - 0.2, index + 0.2)
    flags = ppage.model.data(
        ppage.model.index(_row(ppage.model, "Kota Cilegon"), 10), Qt.ItemDataRole.ToolTipRole
    )
    assert "Suara sah + tidak sah 235.000 ≠ pengguna hak pilih 240.000" in flags


def test_bad_entry_keeps_the_form_open_with_the_reason(ppage, idle):
    ppage.table.selectRow(0)
    ppage.edit_selected()
    idle()
    dialog = ppage.dialog
    dialog.fields["dptb"].setText("banyak")
    dialog.save()
    assert dialog.isVisible() and "bukan angka" in dialog.error.text()
    dialog.fields["dptb"].setText("")
    dialog.fields["voted_men"].setText("5")
    dialog.save()
    idle()
    assert dialog.isVisible() and "bersama-sama" in dialog.error.text()


def test_pimpinan_reads_but_cannot_type(demo_db, runner, qtbot, idle):
    from app.services.core.actor import PIMPINAN
    from tests.views.conftest import make_ctx

    page = PartisipasiPage(make_ctx(demo_db, runner, "pimpinan", PIMPINAN))
    qtbot.addWidget(page)
    idle()
    assert not page.edit_button.isEnabled() and "Operator" in page.edit_button.toolTip()
    assert page.export_button.isEnabled()


def test_partisipasi_page_fits_the_laptop_screen(ppage, window, tmp_path):
    window.grab().save(str(tmp_path / "partisipasi.png"))
    assert ppage.width() <= 1366 and ppage.table.isVisible() and ppage.chart.isVisible()


def test_kerawanan_page_levels_tps_pressure_and_ranking(kpage, qtmodeltester):
    qtmodeltester.check(kpage.model)
    assert _cell(kpage.model, "Kabupaten Pandeglang", "Skor IKP") == "77,74"
    assert _cell(kpage.model, "Kabupaten Pandeglang", "Level IKP") == "Rawan tinggi"
    assert _cell(kpage.model, "Kabupaten Tangerang", "Level IKP") == "Rawan sedang"
    assert "66,53 (Rawan sedang)" in kpage.where.text()
    assert "÷ DPT × 100.000" in kpage.formula.text()
    pandeglang = kpage.model.row_at(_row(kpage.model, "Kabupaten Pandeglang"))
    assert _cell(
        kpage.model, "Kabupaten Pandeglang", PRESSURE
    ) == f"{pandeglang.pressure:.2f}".replace(".", ",")
    # Headers written out, the pressure with its unit, the levels' thresholds beside them.
    headers = [kpage.model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ")
               for c in range(kpage.model.columnCount())]  # fmt: skip
    assert {"TPS kurang rawan", "TPS sangat rawan", "Insiden 14 hari",
            "Tekanan insiden per 100.000 DPT"} <= set(headers)  # fmt: skip
    assert "Rawan tinggi ≥ 49,33 · Rawan sedang 13,47–49,32 · Rawan rendah < 13,47" in kpage.formula.text()
    assert "Rawan tinggi ≥ 49,33" in _tip(kpage.model, "Kabupaten Pandeglang", "Level IKP")
    assert "Rawan&nbsp;tinggi&nbsp;(≥&nbsp;49,33)" in kpage.map.legend.text()
    assert kpage.chart.ranked[0] == ("Kabupaten Pandeglang", 77.74)
    kpage.rank_by.setCurrentIndex(1)
    assert kpage.chart.ranked[0][1] == max(r.pressure for r in kpage.model.rows() if r.pressure)


def test_kerawanan_kecamatan_say_there_is_no_threshold(kpage, idle):
    kpage.drill(_row(kpage.model, "Kabupaten Pandeglang"))
    idle()
    assert kpage.view.level == 3
    assert "tanpa level" in kpage.formula.text()
    row = kpage.model.rows()[0]
    assert row.ikp_level is None and row.tps_rawan is not None


def test_typing_an_ikp_score(kpage, qtbot, idle):
    kpage.table.selectRow(_row(kpage.model, "Kabupaten Tangerang"))
    kpage.edit_selected()
    idle()
    kpage.dialog.score.setText("49,33")
    kpage.dialog.save()
    idle()
    qtbot.waitUntil(
        lambda: _cell(kpage.model, "Kabupaten Tangerang", "Level IKP") == "Rawan tinggi"
    )
    assert not kpage.weights_button.isEnabled()  # operators do not change desk weights


def test_angka_is_exported_from_the_page(ppage, idle, tmp_path):
    from openpyxl import load_workbook

    ppage.export_to(tmp_path / "p.xlsx")
    idle()
    sheet = load_workbook(tmp_path / "p.xlsx").active
    assert sheet["B2"].value == "Kabupaten Pandeglang" and sheet["E2"].value == 1_007_000
    assert sheet["M2"].value == "Pengguna hak pilih ÷ (DPT + DPTb + DPK)"
    assert Angka().dpt_men is None


def test_kerawanan_map_colours_the_table_figures_and_drills(kpage, window, qtbot, idle, tmp_path):
    region_map = kpage.map.map
    assert kpage.map.isVisible() and region_map.isVisible()
    pandeglang = region_map.cell("36.01")
    assert pandeglang is not None and pandeglang.label == "77,74"  # the table's Skor IKP
    assert "Rawan&nbsp;tinggi" in kpage.map.legend.text()
    kpage.rank_by.setCurrentIndex(1)  # the map follows the ranking's measure
    top = max(kpage.model.rows(), key=lambda r: r.pressure or 0)
    assert region_map.cell(top.code).label == _cell(kpage.model, top.name, PRESSURE)
    window.grab().save(str(tmp_path / "kerawanan.png"))
    qtbot.mouseClick(
        region_map, Qt.MouseButton.LeftButton, pos=region_map.center_of("36.02").toPoint()
    )
    qtbot.waitUntil(lambda: kpage.view.root_code == "36.02")
    assert kpage.model.rowCount() == 28 and "Kabupaten Lebak" in kpage.where.text()
    idle()
    qtbot.waitUntil(lambda: region_map._selected == "36.02")  # noqa: SLF001 - outlined
    assert region_map.cell("36.01") is not None  # the province's kab/kota stay on the map


def test_the_notes_under_the_tables_are_in_the_translation_sources():
    """The notes come from the services; the pages mark the same texts for lupdate."""
    from app.services.core import rollup
    from app.services.kerawanan import stats as kerawanan_stats
    from app.views.kerawanan.page import KerawananPage
    from app.views.partisipasi.page import PartisipasiPage

    assert PartisipasiPage.ROLLUP_TEXT == rollup.NOTE
    assert KerawananPage.NO_THRESHOLD_TEXT == kerawanan_stats.NO_THRESHOLD_NOTE
