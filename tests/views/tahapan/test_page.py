from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.services.core.changes import TAHAPAN, Changes
from app.services.tahapan import records as tahapan
from app.views.tahapan.model import TahapanTableModel
from app.views.tahapan.page import TahapanPage


@pytest.fixture
def page(window, idle) -> TahapanPage:
    shown = window.show_area("tahapan")
    idle()
    return shown


def _status_cell(page: TahapanPage, code: str) -> str:
    row = next(i for i, r in enumerate(page.model.rows()) if r.code == code)
    return page.model.data(page.model.index(row, TahapanTableModel.COLUMNS.index("status")))


def _stage(page: TahapanPage, code: str) -> tahapan.TahapanRow:
    return next(r for r in page.model.rows() if r.code == code)


def test_page_lists_all_contests_and_their_stages(page, ctx):
    assert page.contest.count() == 9
    assert page.contest.itemText(0) == "Pemilihan Gubernur dan Wakil Gubernur Banten 2024"
    codes = [r.code for r in page.model.rows()]
    assert codes[:3] == ["T01", "T02", "T03"]
    assert "T17.4" in codes  # the provincial recapitulation belongs to the governor race
    assert page.counts.text().startswith(f"{len(codes)} tahapan")


def test_timeline_shows_plan_actual_and_today(page):
    assert page.gantt.today_marker() == date(2024, 11, 26)  # the demo's "today"
    kampanye = _stage(page, "T14")
    assert page.gantt.planned_bar("T14") == (date(2024, 9, 25), date(2024, 11, 23))
    assert page.gantt.actual_bar("T14") == (
        kampanye.actual_start,
        kampanye.actual_end or date(2024, 11, 26),
    )
    assert page.gantt.actual_bar("T16") is None  # voting day has not started


def test_switching_contest_reloads_stages(page, idle):
    page.contest.setCurrentIndex(1)
    idle()
    assert "T17.4" not in [r.code for r in page.model.rows()]


def test_editing_a_stage_updates_table_and_timeline(page, qtbot, idle):
    stage = _stage(page, "T15")
    assert _status_cell(page, "T15") != tahapan.SELESAI
    page.select_stage(stage.id)
    idle()
    detail = page.detail
    assert detail.title.text().startswith("T15")
    detail.actual_start.check.setChecked(True)
    detail.actual_start.edit.setDate(
        detail.actual_start.edit.date().fromString("24/11/2024", "dd/MM/yyyy")
    )
    detail.actual_end.check.setChecked(True)
    detail.actual_end.edit.setDate(
        detail.actual_end.edit.date().fromString("26/11/2024", "dd/MM/yyyy")
    )
    detail.progress.setValue(100)
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(lambda: _status_cell(page, "T15") == tahapan.SELESAI)
    assert page.gantt.actual_bar("T15") == (date(2024, 11, 24), date(2024, 11, 26))
    assert _stage(page, "T15").version == stage.version + 1
    assert detail.stage.id == stage.id  # the edited stage stays selected
    assert not detail.error.isVisible()


def test_save_with_keyboard_shortcut(page, qtbot, idle):
    stage = _stage(page, "T15")
    page.select_stage(stage.id)
    idle()
    page.detail.progress.setFocus()
    page.detail.progress.setValue(42)
    qtbot.keyClick(page.detail.progress, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle()
    qtbot.waitUntil(lambda: _stage(page, "T15").progress == 42)


def test_invalid_input_is_refused_inline_and_nothing_saved(page, qtbot, idle):
    stage = _stage(page, "T16")
    page.select_stage(stage.id)
    idle()
    page.detail.actual_end.check.setChecked(True)
    page.detail.progress.setValue(50)
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert page.detail.error.isVisible()
    assert "mulai aktual" in page.detail.error.text()
    assert _stage(page, "T16").version == stage.version


def test_conflicting_edit_is_reported_not_overwritten(page, ctx, qtbot, idle):
    stage = _stage(page, "T15")
    page.select_stage(stage.id)
    idle()
    with ctx.db.uow("operator2") as uow:  # another PC saves first
        tahapan.update_tahapan(uow, stage.id, version=stage.version, actual_start=date(2024, 11, 24),
                               actual_end=None, progress=77)  # fmt: skip
    page.detail.progress.setValue(10)
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert "diubah oleh pengguna lain" in page.detail.error.text()
    qtbot.waitUntil(lambda: _stage(page, "T15").progress == 77)  # reloaded, theirs kept


def test_monitoring_note_is_added_and_listed(page, qtbot, idle):
    stage = _stage(page, "T15")
    page.select_stage(stage.id)
    idle()
    page.detail.new_note.setPlainText("Masa tenang kondusif; APK sudah <diturunkan> & dibersihkan.")
    qtbot.mouseClick(page.detail.add_note_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(
        lambda: "APK sudah <diturunkan> & dibersihkan" in page.detail.note_list.toPlainText()
    )
    assert "WIB" in page.detail.note_list.toPlainText()
    assert page.detail.new_note.toPlainText() == ""


def test_status_filter_shows_only_that_status(page, idle):
    page.status_filter.setCurrentIndex(page.status_filter.findData(tahapan.SELESAI))
    visible = {page.proxy.index(r, 7).data() for r in range(page.proxy.rowCount())}
    assert visible == {tahapan.SELESAI}


def test_models_pass_qt_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_import_dialog_previews_then_imports(page, qtbot, idle, tmp_path, ctx):
    source = tmp_path / "jadwal.csv"
    source.write_text(
        "Kode;Nama Tahapan;Tgl Mulai;Tanggal Selesai\n"
        "T20;Evaluasi pelaksanaan pemilihan;10/12/2024;20 Desember 2024\n"
        "T21;Tahapan rusak;31/02/2024;\n",
        encoding="utf-8",
    )
    dialog = page.open_import(source)
    idle()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert dialog.errors.rowCount() == 1
    assert dialog.errors.index(0, 0).data() == 3  # the row number as Excel shows it
    assert "Belum ada data yang disimpan" in dialog.summary.text()
    assert "T20" not in [r.code for r in page.model.rows()]
    dialog.import_button.click()
    idle()
    qtbot.waitUntil(lambda: "T20" in [r.code for r in page.model.rows()])
    assert _stage(page, "T20").planned_end == date(2024, 12, 20)
    assert "T21" not in [r.code for r in page.model.rows()]


def test_unsaved_edits_survive_a_reload(page, qtbot, idle):
    stage = _stage(page, "T15")
    page.select_stage(stage.id)
    idle()
    page.detail.progress.setValue(42)
    page.detail.responsible.setText("KPU dan Panwascam")
    page.detail.new_note.setPlainText("Catatan sambil mengisi progres.")
    qtbot.mouseClick(page.detail.add_note_button, Qt.MouseButton.LeftButton)  # reloads the page
    idle()
    qtbot.waitUntil(lambda: "sambil mengisi" in page.detail.note_list.toPlainText())
    assert page.detail.progress.value() == 42
    assert page.detail.responsible.text() == "KPU dan Panwascam"
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(lambda: _stage(page, "T15").progress == 42)


def test_import_targets_the_contest_on_screen_by_default(page, idle, tmp_path):
    page.contest.setCurrentIndex(3)
    idle()
    source = tmp_path / "jadwal.csv"
    source.write_text("kode,nama\nT30,Tahapan tambahan\n", encoding="utf-8")
    dialog = page.open_import(source)
    idle()
    target = dialog.options()["pemilihan"]
    assert target == page.current_contest_id()
    dialog.reject()


def test_empty_and_unselected_dates_show_blank(page, idle):
    detail = page.detail
    page.table.clearSelection()
    detail.set_stage(None, date(2024, 11, 26))
    assert detail.actual_start.edit.text().strip() == ""
    assert detail.actual_end.edit.text().strip() == ""
    voting_day = _stage(page, "T16")  # not started: no actual dates yet
    page.select_stage(voting_day.id)
    idle()
    assert detail.stage.id == voting_day.id
    assert detail.actual_start.edit.text().strip() == "" and detail.actual_start.value() is None
    detail.actual_start.check.setChecked(True)  # ticking starts from the plan, not 2000
    assert detail.actual_start.value() == voting_day.planned_start
    detail.actual_start.check.setChecked(False)
    assert detail.actual_start.edit.text().strip() == "" and not detail.is_dirty()


def test_a_stage_saved_twice_in_a_row_is_saved_twice(page, qtbot, idle):
    """The form carries on from the version it just saved: the second save is not refused
    as if someone else had changed the stage."""
    stage = _stage(page, "T15")
    page.select_stage(stage.id)
    idle()
    page.detail.progress.setValue(42)
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(lambda: _stage(page, "T15").progress == 42)
    idle()
    page.detail.progress.setValue(43)
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(lambda: _stage(page, "T15").progress == 43)
    assert not page.detail.error.isVisible()
    assert page.detail.stage.version == stage.version + 2


def test_a_stage_saved_on_another_pc_under_unsaved_edits_is_said_at_once(page, ctx, idle):
    stage = _stage(page, "T15")
    page.select_stage(stage.id)
    idle()
    page.detail.progress.setValue(10)  # typed, not saved
    with ctx.db.uow("operator2") as uow:  # another PC saves the same stage
        tahapan.update_tahapan(uow, stage.id, version=stage.version, actual_start=date(2024, 11, 24),
                               actual_end=None, progress=77)  # fmt: skip
    page.on_changes(Changes.of(TAHAPAN))  # what the live feed delivers
    idle()
    idle()
    assert "telah diubah di tempat lain" in page.detail.error.text()
    assert "operator2" in page.detail.error.text()  # who changed it
    assert page.detail.progress.value() == 10  # the user's typing is kept
