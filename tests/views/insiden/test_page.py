"""Driving the incident page as the desk does on election day."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from app.models.insiden import BARU, DITINDAKLANJUTI, TERVERIFIKASI
from app.services.admin import audit_log
from app.services.core.actor import OPERATOR, PIMPINAN, VERIFIKATOR
from app.services.insiden import query as insiden_query
from app.services.insiden import records as insiden
from app.views.insiden.dialogs import DuplicateDialog
from app.views.insiden.page import InsidenPage
from app.views.insiden.status import TransitionDialog
from app.views.shell.main_window import MainWindow
from tests.views.conftest import charts_built, make_ctx


def _page(qtbot, ctx, idle) -> InsidenPage:
    window = MainWindow(ctx.settings, demo=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach(ctx)
    page = window.show_area("insiden")
    idle()
    qtbot.waitUntil(lambda: page.form.wilayah.ready and page.model.rowCount() > 0)
    idle()
    # The offscreen platform drops activation while the page builds its popups; shortcuts
    # need an active window, as on a real desk.
    charts_built(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return page


@pytest.fixture
def operator_page(qtbot, demo_db, runner, idle):
    return _page(qtbot, make_ctx(demo_db, runner, "operator1", OPERATOR), idle)


@pytest.fixture
def verifier_page(qtbot, demo_db, runner, idle):
    return _page(qtbot, make_ctx(demo_db, runner, "verif1", VERIFIKATOR), idle)


def _numbers(page) -> list[str]:
    return [page.model.row_value(i).number for i in range(page.model.rowCount())]


def test_register_lists_the_demo_incidents_with_counts(operator_page, qtmodeltester):
    page = operator_page
    assert page.model.total == 420
    assert page.model.rowCount() == 200  # the first window; more load on scroll
    assert page.counts.text().startswith("420 insiden")
    assert "terlambat ditindaklanjuti" in page.counts.text()
    qtmodeltester.check(page.model)


def test_keyboard_only_recording_of_a_phone_report(operator_page, qtbot, idle):
    page = operator_page
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert page.title.text() == "<b>Insiden baru</b>"
    page.form.wilayah.setFocus()
    qtbot.keyClicks(page.form.wilayah, "36.01.01.2001")
    qtbot.keyClick(page.form.wilayah, Qt.Key.Key_Return)
    assert page.form.wilayah.region().code == "36.01.01.2001"
    assert "Sumberjaya" in page.form.wilayah.text()
    qtbot.keyClicks(page.form.tps, "TPS 7")
    page.form.kategori.setFocus()
    qtbot.keyClicks(page.form.kategori, "Politik")
    page.form.severity.setCurrentIndex(2)
    qtbot.keyClicks(
        page.form.chronology, "Pembagian amplop kepada warga menjelang pemungutan suara."
    )
    qtbot.keyClick(page.form.chronology, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle()
    qtbot.waitUntil(lambda: "INS-2024-000421" in page.title.text())
    assert BARU in page.title.text()
    assert "INS-2024-000421" in _numbers(page)
    with page._ctx.db.uow("tester") as uow:
        saved = insiden.detail(uow, page._detail.id)
    assert (saved.form.tps, saved.form.severity) == ("007", 3)
    assert saved.history[0].username == "operator1"


def test_invalid_report_is_refused_inline(operator_page, qtbot, idle):
    page = operator_page
    page.new_incident()
    idle()
    page.form.chronology.setPlainText("Tanpa wilayah")
    page.save()
    idle()
    assert page.error.isVisible()
    assert "Pilih wilayah kejadian" in page.error.text()
    assert page.model.total == 420


def _record_same_as(page, idle, number: str) -> None:
    row = _numbers(page).index(number)
    page.select_row(row)
    idle()
    earlier = page._detail
    page.new_incident()
    idle()
    page.form.load(earlier.form)
    page.form.chronology.setPlainText("Laporan kedua dari warga tentang kejadian yang sama.")


def test_duplicate_warning_links_a_follow_up_report(operator_page, qtbot, idle):
    page = operator_page
    first = _numbers(page)[0]
    _record_same_as(page, idle, first)
    page.save()
    idle()
    qtbot.waitUntil(lambda: isinstance(page.dialog, DuplicateDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert first in dialog.link_button.text()
    dialog.link_button.click()
    idle()
    qtbot.waitUntil(lambda: page._detail is not None and page._detail.linked_number == first)
    assert f"Laporan lanjutan dari {first}" in page.form.linked.text()


def test_duplicate_warning_can_save_as_new(operator_page, qtbot, idle):
    page = operator_page
    first = _numbers(page)[0]
    _record_same_as(page, idle, first)
    page.save()
    idle()
    qtbot.waitUntil(lambda: isinstance(page.dialog, DuplicateDialog) and page.dialog.isVisible())
    page.dialog.new_button.click()
    idle()
    qtbot.waitUntil(lambda: page._detail is not None and page._detail.number == "INS-2024-000421")
    assert page._detail.linked_number == ""


def _step(page, qtbot, idle, label: str, fill=None) -> None:
    button = next(b for b in page.status_panel.step_buttons if b.text().startswith(label))
    button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, TransitionDialog) and page.dialog.isVisible())
    dialog = page.dialog
    if fill:
        fill(dialog)
    dialog.ok_button.click()
    idle()


def test_verifier_takes_an_incident_through_the_workflow(verifier_page, qtbot, idle):
    page = verifier_page
    page.filters.status.setCurrentIndex(page.filters.status.findData(BARU))
    idle()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.row_value(0).status == BARU)
    page.select_row(0)
    idle()
    number = page._detail.number
    _step(page, qtbot, idle, "Verifikasi")
    qtbot.waitUntil(lambda: page._detail.status == TERVERIFIKASI)

    def refuse_then_fill(dialog) -> None:
        # No agency is chosen for the operator (not even Polda/Polres): refused, dialog stays.
        assert dialog.agency.currentData() is None
        dialog.ok_button.click()
        idle()
        assert dialog.isVisible() and "Pilih instansi" in dialog.error.text()
        dialog.agency.setCurrentIndex(1)

    _step(page, qtbot, idle, "Tindak lanjuti", refuse_then_fill)
    qtbot.waitUntil(lambda: page._detail.status == DITINDAKLANJUTI)
    assert page._detail.escalated_to
    assert page._detail.number == number
    history = [(h.from_status, h.to_status, h.username) for h in page._detail.history]
    assert history[-2:] == [
        (BARU, TERVERIFIKASI, "verif1"),
        (TERVERIFIKASI, DITINDAKLANJUTI, "verif1"),
    ]
    page.tabs.setCurrentIndex(3)
    assert "verif1" in page.history.toPlainText()  # no name kept for this user: the username

    _step(page, qtbot, idle, "Selesai")  # no outcome written: refused, dialog stays
    assert page.dialog.isVisible() and "hasil tindak lanjut" in page.dialog.error.text()
    page.dialog.outcome.setPlainText("Pelaku sudah diperiksa Bawaslu.")
    page.dialog.ok_button.click()
    idle()
    qtbot.waitUntil(lambda: page._detail.status == "Selesai")
    with page._ctx.db.uow("tester") as uow:
        rows = audit_log.query(uow, audit_log.AuditFilter(username="verif1", action="status")).rows
    assert len(rows) == 3


def test_operator_cannot_verify_and_pimpinan_cannot_record(
    operator_page, qtbot, demo_db, runner, idle
):
    page = operator_page
    page.select_row(0)
    idle()
    assert page.status_panel.step_buttons
    assert all(not b.isEnabled() for b in page.status_panel.step_buttons)
    assert "Hanya Verifikator" in page.status_panel.reason.text()
    reader = _page(qtbot, make_ctx(demo_db, runner, "kaban", PIMPINAN), idle)
    assert not reader.new_button.isEnabled() and not reader.save_button.isEnabled()
    assert "Pimpinan" in reader.new_button.toolTip()
    # Nothing selected: the time of occurrence is blank, not Qt's 01/01/2000.
    assert reader.form.occurred.text().strip() == ""
    assert reader.form.form().occurred_at is None
    reader.select_row(0)
    qtbot.waitUntil(lambda: reader.form.occurred.text().strip() != "")
    assert "2000" not in reader.form.occurred.text()


def test_overdue_follow_ups_are_flagged_and_filterable(operator_page, qtbot, idle):
    page = operator_page
    page.filters.overdue.setChecked(True)
    idle()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    rows = [page.model.row_value(i) for i in range(page.model.rowCount())]
    assert all(r.overdue and r.status == DITINDAKLANJUTI for r in rows)
    assert "Terlambat ditindaklanjuti" in page.model.index(0, 2).data()
    assert page.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    page.select_row(0)
    idle()
    qtbot.waitUntil(lambda: "Terlambat ditindaklanjuti" in page.status_panel.summary.text())


def test_search_and_sort_run_in_sql(operator_page, qtbot, idle):
    page = operator_page
    page.focus_search()
    assert QApplication.focusWidget() is page.filters.search
    qtbot.keyClicks(page.filters.search, "amplop")
    qtbot.waitUntil(lambda: 0 < page.model.total < 420, timeout=5000)
    idle()
    with page._ctx.db.uow("tester") as uow:
        expected = insiden_query.query(
            uow, insiden_query.InsidenFilter(text="amplop"), 0, 1000
        ).total
    assert page.model.total == expected
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    idle()
    numbers = _numbers(page)
    assert numbers == sorted(numbers)


def test_export_of_the_filtered_table(operator_page, idle, tmp_path):
    from openpyxl import load_workbook

    page = operator_page
    page.filters.status.setCurrentIndex(page.filters.status.findData(DITINDAKLANJUTI))
    idle()
    target = tmp_path / "insiden.xlsx"
    page.export_to(target)
    idle()
    sheet = load_workbook(target).active
    assert sheet.cell(1, 1).value == "Nomor"
    assert sheet.max_row - 1 == page.model.total


def test_attachment_added_through_the_page(operator_page, qtbot, idle, tmp_path):
    page = operator_page
    page.select_row(0)
    idle()
    photo = tmp_path / "foto-lokasi.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    page.attachments.attach(photo)
    idle()
    qtbot.waitUntil(lambda: "foto-lokasi.png" in page.attachments.list.toPlainText())
    fake = tmp_path / "bukan-foto.jpg"
    fake.write_text("ini teks biasa")
    page.attachments.attach(fake)
    idle()
    assert "Jenis berkas tidak didukung" in page.error.text()
    assert page.attachments.isEnabled()  # the page stays usable


def test_saving_an_edit_keeps_the_original_report_time(operator_page, qtbot, idle):
    page = operator_page
    page.select_row(0)
    idle()
    before = page._detail
    with page._ctx.db.uow("tester") as uow:
        reported = insiden.detail(uow, before.id).form.reported_at
    page.form.place.setText("depan balai desa (diperbarui)")
    page.form.dirty = True
    page.save()
    idle()
    qtbot.waitUntil(lambda: page._detail.version == before.version + 1)
    assert page._detail.form.reported_at == reported
    assert not page.form.dirty


def test_typed_changes_survive_adding_an_attachment(operator_page, qtbot, idle, tmp_path):
    page = operator_page
    page.select_row(0)
    idle()
    page.form.chronology.setPlainText("Kronologi yang sedang diketik operator")
    assert page.form.dirty
    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 64)
    page.attachments.attach(photo)
    idle()
    qtbot.waitUntil(lambda: "foto.png" in page.attachments.list.toPlainText())
    idle()
    assert page.form.chronology.toPlainText() == "Kronologi yang sedang diketik operator"


def test_stage_list_follows_the_contest(operator_page, qtbot, idle):
    page = operator_page
    page.new_incident()
    idle()
    form = page.form
    form.pemilihan.setCurrentIndex(1)  # the governor race
    idle()
    qtbot.waitUntil(lambda: form.tahapan.count() > 20)
    codes = [form.tahapan.itemText(i).split(" ")[0] for i in range(1, form.tahapan.count())]
    assert "T17.4" in codes and len(codes) == len(set(codes))
    form.tahapan.setCurrentIndex(codes.index("T16") + 1)
    assert form.form().tahapan_id == form.tahapan.currentData()


# -- issue 19: the keyboard, follow-up reports, the row of the record shown -------------------


def test_tab_leaves_the_time_of_occurrence_in_one_step(operator_page, qtbot, idle):
    page = operator_page
    page.new_incident()
    idle()
    form = page.form
    form.occurred.setFocus()
    qtbot.waitUntil(lambda: form.occurred.hasFocus())
    shown = form.occurred.dateTime()
    qtbot.keyClick(form.occurred, Qt.Key.Key_Tab)
    assert form.wilayah.hasFocus(), "Tab must leave Waktu kejadian, not walk its parts"
    qtbot.keyClick(form.wilayah, Qt.Key.Key_Up)  # the arrow acts where the user now is
    assert form.occurred.dateTime() == shown
    qtbot.keyClick(form.wilayah, Qt.Key.Key_Backtab)
    assert form.occurred.hasFocus()
    qtbot.keyClick(form.occurred, Qt.Key.Key_Tab)
    assert form.wilayah.hasFocus()


def test_ctrl_n_works_after_clicking_the_navigation(window, qtbot, idle):
    insiden_row = 2
    rect = window.nav.visualItemRect(window.nav.item(insiden_row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle()
    page = window.stack.currentWidget()
    assert isinstance(page, InsidenPage)
    qtbot.waitUntil(lambda: page.form.wilayah.ready)
    page.select_row(0)
    idle()
    charts_built(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.nav.setFocus()  # where the click on the navigation leaves the keyboard
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert page.title.text() == "<b>Insiden baru</b>"
    # On another page Ctrl+N is that page's: the incident page's action is asleep.
    window.show_area("logistik")
    idle()
    page.title.setText("tidak berubah")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert page.title.text() == "tidak berubah"
    if isinstance(window.stack.currentWidget().dialog, QDialog):
        window.stack.currentWidget().dialog.reject()


def test_buttons_and_fields_have_access_keys(operator_page, verifier_page, qtbot, idle):
    page = operator_page
    for button in (page.new_button, page.save_button, page.paste_button):
        assert "&" in button.text(), button.text()
    labels = [page.form.layout().labelForField(w) for w in (page.form.occurred, page.form.wilayah,
                                                            page.form.kategori, page.form.chronology)]  # fmt: skip
    assert all("&" in label.text() and label.buddy() is not None for label in labels)
    verifier = verifier_page
    verifier.filters.status.setCurrentIndex(verifier.filters.status.findData(BARU))
    idle()
    qtbot.waitUntil(lambda: verifier.model.rowCount() > 0 and verifier.model.row_value(0).status == BARU)
    verifier.select_row(0)
    idle()
    button = next(b for b in verifier.status_panel.step_buttons if b.text().startswith("Tidak valid"))
    button.click()
    qtbot.waitUntil(lambda: isinstance(verifier.dialog, TransitionDialog) and verifier.dialog.isVisible())
    dialog = verifier.dialog
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert "&Tidak valid" in texts and "&Batal" in texts
    dialog.reject()


def test_a_linked_report_is_a_follow_up_shown_on_the_original(operator_page, qtbot, idle):
    page = operator_page
    counts_before = page.counts.text()
    first = _numbers(page)[0]
    _record_same_as(page, idle, first)
    page.save()
    idle()
    qtbot.waitUntil(lambda: isinstance(page.dialog, DuplicateDialog) and page.dialog.isVisible())
    page.dialog.link_button.click()
    idle()
    qtbot.waitUntil(lambda: page._detail is not None and page._detail.is_follow_up)
    report = page._detail
    assert report.status != BARU or report.linked_number  # in its original's status
    assert "laporan lanjutan dari" in page.title.text()
    assert "Laporan lanjutan dari" in page.form.linked.text() and page.form.linked.isVisible()
    qtbot.waitUntil(lambda: "Statusnya mengikuti" in page.status_panel.summary.text())
    assert page.status_panel.step_buttons == []  # no step of its own
    qtbot.waitUntil(lambda: page.model.row_of(report.id) >= 0 and "laporan lanjutan: 1" in page.counts.text())
    row = page.model.row_of(report.id)
    assert page.model.index(row, 2).data() == f"Lanjutan {first}"
    # Not an incident of its own: the incident count and statuses are what they were.
    assert counts_before.split(" · laporan lanjutan")[0] == page.counts.text().split(" · laporan lanjutan")[0]
    page.status_panel.summary.linkActivated.emit(str(report.linked_id))  # the original
    idle()
    qtbot.waitUntil(lambda: page._detail.number == first)
    qtbot.waitUntil(lambda: report.number in page.status_panel.summary.text())
    assert page.table.currentIndex().row() == page.model.row_of(page._detail.id)


def test_the_record_shown_keeps_its_row_after_a_status_change(verifier_page, qtbot, idle):
    page = verifier_page
    page.filters.status.setCurrentIndex(page.filters.status.findData(BARU))
    idle()
    qtbot.waitUntil(lambda: page.model.rowCount() > 2 and page.model.row_value(0).status == BARU)
    page.filters.status.setCurrentIndex(0)  # every status: the row stays in the table
    idle()
    qtbot.waitUntil(lambda: not page.model.loading)
    row = next(i for i in range(page.model.rowCount()) if page.model.row_value(i).status == BARU)
    page.select_row(row)
    idle()
    chosen = page.model.row_value(row).id
    _step(page, qtbot, idle, "Verifikasi")
    qtbot.waitUntil(lambda: page._detail.status == TERVERIFIKASI)
    idle()
    qtbot.waitUntil(lambda: not page.model.loading)
    current = page.table.currentIndex()
    assert current.isValid() and page.model.row_value(current.row()).id == chosen


def test_a_record_opened_from_elsewhere_is_selected_in_its_table(operator_page, qtbot, idle):
    page = operator_page
    with page._ctx.db.uow() as uow:
        far = insiden_query.query(uow, insiden_query.InsidenFilter(sort="occurred_at", descending=False), 0, 1).rows[0]
    assert page.model.row_of(far.id) < 0  # not among the rows loaded
    page.apply_navigation(open_id=far.id)  # what a dashboard alert does
    idle()
    qtbot.waitUntil(lambda: page._detail is not None and page._detail.id == far.id)
    qtbot.waitUntil(lambda: page.model.row_of(far.id) >= 0 and not page.model.loading, timeout=5000)
    idle()
    current = page.table.currentIndex()
    assert current.isValid() and page.model.row_value(current.row()).id == far.id
    assert page.filters.search.text() == far.number


def test_history_names_people_and_categories_read_once(operator_page, qtbot, idle):
    page = operator_page
    page.select_row(0)
    idle()
    qtbot.waitUntil(lambda: page._detail is not None and bool(page._detail.history))
    assert "Operator contoh" in page.history.toPlainText()  # the demo's "demo" user, named
    assert "· demo:" not in page.history.toPlainText()
    texts = [page.form.kategori.itemText(i) for i in range(page.form.kategori.count())]
    assert "Lainnya" in texts and "Lainnya (Lainnya)" not in texts


def test_region_picker_shows_the_whole_path(operator_page, qtbot, idle):
    picker = operator_page.form.wilayah
    widest = max(picker.fontMetrics().horizontalAdvance(t) for t in picker._refs)
    assert picker.popup_width() >= min(widest, picker.screen().availableGeometry().width() - 60)
    assert picker.popup_width() > picker.width()
    picker.setFocus()
    qtbot.keyClicks(picker, "36.01.01.2001")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    idle()
    qtbot.wait(10)
    assert picker.text().startswith("Desa Sumberjaya, Kec. ")
    assert ", Kab. Pandeglang" in picker.text()
    assert picker.cursorPosition() == 0  # the start is what shows
    assert "Kabupaten Pandeglang" in picker.toolTip() and "36.01.01.2001" in picker.toolTip()


def test_an_incident_edited_and_saved_twice_is_saved_twice(operator_page, qtbot, idle):
    page = operator_page
    page.select_row(0)
    idle()
    before = page._detail
    for n, place in enumerate(("depan balai desa (1)", "depan balai desa (2)"), start=1):
        page.form.place.setText(place)
        page.form.dirty = True
        page.save()
        idle()
        qtbot.waitUntil(lambda n=n: page._detail.version == before.version + n)
    assert page._detail.form.place_detail == "depan balai desa (2)"
