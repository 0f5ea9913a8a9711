"""Driving the Logistik page on the demo data: the table, a receipt through the dialog
and the readiness matrix changing with it, import through the preview dialog, and the
export of the filtered table."""

from __future__ import annotations

import os

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from app.models.logistik import DIKIRIM, DITERIMA_SEBAGIAN, PPK
from app.models.wilayah import LEVEL_KECAMATAN
from app.services.core import formatting
from app.services.core.actor import OPERATOR, PIMPINAN
from app.services.logistik import query as logistik_query
from app.services.logistik import readiness as logistik_readiness
from app.services.logistik.query import LogistikFilter
from app.views.logistik.matrix import RATIO_ROLE
from app.views.logistik.page import ALERTS_TAB, LogistikPage
from tests.views.conftest import make_ctx

SHOTS = os.environ.get("LOGISTIK_SHOTS")


def _page(qtbot, ctx, idle):
    """The page on its own at the laptop size. (Inside the main window the same page is
    ready in well under a second; the ``window`` fixture first waits for the dashboard's
    own loading, which on a loaded machine is what ran past its 10 s.)"""
    page = LogistikPage(ctx)
    ctx.runner.changed.connect(page.on_changes)  # what the main window does for every page
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    idle()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    idle()
    if SHOTS:
        page.grab().save(f"{SHOTS}/logistik-table.png")
    return page


def _show_matrix(page, qtbot, idle):
    page.tabs.setCurrentIndex(1)  # the matrix reads its figures once it is on screen
    idle()
    qtbot.waitUntil(lambda: page.matrix.model.rowCount() > 0)


def _all_rows(page, qtbot, idle):
    """Scroll the lazily filled table to its end: every consignment the filter shows."""
    while page.model.rowCount() < page.model.total:
        page.model.fetchMore()
        idle()
        qtbot.waitUntil(lambda: not page.model.loading)
    return [page.model.row_value(i) for i in range(page.model.rowCount())]


@pytest.fixture
def operator_page(qtbot, demo_db, runner, idle):
    return _page(qtbot, make_ctx(demo_db, runner, "operator1", OPERATOR), idle)


def _open_dispatched_to_ppk(page, qtbot, idle, demo_db):
    """A consignment to a PPK still on the road (Terlambat on the eve of voting day)."""
    with demo_db.uow() as uow:
        found = logistik_query.query(
            uow, LogistikFilter(destination_level=PPK, status=DIKIRIM), 0, 1
        )
    target = found.rows[0]
    page.open_consignment(target.id)
    idle()
    qtbot.waitUntil(lambda: page._detail is not None and page._detail.id == target.id)
    return target


def test_table_matrix_and_alerts_show_the_demo(operator_page, qtbot, idle, qtmodeltester, demo_db):
    page = operator_page
    assert page.model.total > 3000
    assert "pengiriman" in page.counts.text() and "berisiko/terlambat" in page.counts.text()
    _show_matrix(page, qtbot, idle)
    matrix = page.matrix.model
    assert matrix.rowCount() == 9  # the kab/kota of Banten, then the province's own row
    assert matrix.index(8, 0).data() == "Jumlah provinsi"
    with demo_db.uow() as uow:
        province = logistik_readiness.province_readiness(uow)
    assert matrix.index(8, 1).data(RATIO_ROLE) == province.ratio
    # Readiness is truncated: a region short of 100% never reads "100,0%".
    for row in range(9):
        ratio = matrix.index(row, 1).data(RATIO_ROLE)
        assert (matrix.index(row, 1).data() == "100,0%") == (ratio == 1.0)
    page.tabs.setCurrentIndex(ALERTS_TAB)
    idle()
    qtbot.waitUntil(lambda: page.alerts.rowCount() > 0)
    assert {page.alerts.row_at(i).status for i in range(page.alerts.rowCount())} <= {
        "Terlambat",
        "Berisiko",
    }
    for model in (page.model, page.matrix.model, page.alerts):
        qtmodeltester.check(model)


def target_line_name(page) -> str:
    from app.services.logistik.receipt import line_name

    line = page._detail.lines[0]
    return line_name(line.jenis_name, line.pemilihan_name)


def test_receipt_dialog_balances_and_says_what_is_wrong(operator_page, qtbot, idle, demo_db):
    page = operator_page
    _open_dispatched_to_ppk(page, qtbot, idle, demo_db)
    dialog = page.open_receipt()
    line = dialog.editors[0]
    sent = line.sent
    assert (line.good.value(), line.damaged.value(), line.missing.value()) == (sent, 0, 0)
    line.damaged.setValue(7)
    line.missing.setValue(3)
    assert (line.good.value(), line.damaged.value(), line.missing.value()) == (sent - 10, 7, 3)
    line.good.setValue(sent - 4)  # more good again: Hilang gives way first, then Rusak
    assert (line.good.value(), line.damaged.value(), line.missing.value()) == (sent - 4, 4, 0)
    line.missing.setValue(sent)  # all missing: nothing good or damaged is left
    assert (line.good.value(), line.damaged.value(), line.missing.value()) == (0, 0, sent)
    for editor in dialog.editors:
        assert editor.good.value() + editor.damaged.value() + editor.missing.value() == editor.sent
    assert line.good.text() == formatting.number(0) and line.missing.text() == formatting.number(sent)
    dialog.save_button.click()
    idle()
    assert dialog.isVisible() and f"kurang {formatting.number(sent)}" in dialog.error.text()
    line.missing.setValue(sent - 1)
    assert not dialog.error.isVisible()
    dialog.reject()


def test_footer_and_at_risk_list_follow_the_filter(operator_page, qtbot, idle):
    page = operator_page
    page.filters.status.setCurrentIndex(page.filters.status.findData(DIKIRIM))
    idle()
    qtbot.waitUntil(lambda: not page.model.loading and page.counts.text().startswith(formatting.number(page.model.total)))
    idle()
    counts = page.counts.text()
    assert f"Dikirim: {formatting.number(page.model.total)}" in counts
    assert "Diterima:" not in counts and "Disiapkan:" not in counts
    page.tabs.setCurrentIndex(ALERTS_TAB)
    idle()
    qtbot.waitUntil(lambda: not page.alerts.loading and page.alerts.rowCount() > 0)
    rows = [page.alerts.row_at(i) for i in range(page.alerts.rowCount())]
    ids = {r.pengiriman_id for r in rows}
    with page._ctx.db.uow() as uow:
        wanted = logistik_query.query(uow, LogistikFilter(status=DIKIRIM, at_risk=True), 0, 5000)
    assert page.alerts.total == wanted.total and ids <= {row.id for row in wanted.rows}
    headers = [page.alerts.headerData(c, Qt.Orientation.Horizontal) for c in range(page.alerts.columnCount())]
    assert "Kab/kota" in headers
    kab = headers.index("Kab/kota")
    assert all(page.alerts.index(i, kab).data() for i in range(page.alerts.rowCount()))
    page.filters.status.setCurrentIndex(page.filters.status.findData("Diterima"))
    idle()
    qtbot.waitUntil(lambda: not page.alerts.loading)
    assert page.alerts.rowCount() == 0  # a received consignment is never at risk
    assert "dengan saringan ini" in page.alerts_table.empty_text()


def test_filter_at_risk_only(operator_page, qtbot, idle):
    page = operator_page
    page.filters.at_risk.setChecked(True)
    idle()
    qtbot.waitUntil(lambda: not page.model.loading)
    rows = [page.model.row_value(i) for i in range(page.model.rowCount())]
    assert rows and all(r.risk in ("Terlambat", "Berisiko") for r in rows)


def test_receipt_through_the_dialog_changes_the_matrix(
    operator_page, qtbot, idle, demo_db, qtmodeltester
):
    page = operator_page
    target = _open_dispatched_to_ppk(page, qtbot, idle, demo_db)
    _show_matrix(page, qtbot, idle)
    kab = target.destination_code[:5]
    row = next(i for i in range(8) if page.matrix.model.row_at(i).code == kab)
    page.matrix.drill_into(row)
    idle()
    qtbot.waitUntil(lambda: page.matrix.level == LEVEL_KECAMATAN)
    kec_row = next(i for i in range(page.matrix.model.rowCount())
                   if page.matrix.model.row_at(i).code == target.destination_code)  # fmt: skip
    before = page.matrix.model.index(kec_row, 1).data(RATIO_ROLE)

    assert page.receipt_button.isEnabled()
    dialog = page.open_receipt()
    qtmodeltester.check(page.lines)
    first = dialog.editors[0]
    # Balanced as the operator types: raising Rusak lowers Baik, the sum stays the sent.
    first.damaged.setValue(10)
    assert (first.good.value(), first.damaged.value(), first.missing.value()) == (first.sent - 10, 10, 0)
    assert first.shortfall.text() == "10"
    first.good.setValue(first.good.maximum() + 5)  # no more than was sent can be typed
    assert (first.good.value(), first.damaged.value(), first.missing.value()) == (first.sent, 0, 0)
    first.damaged.setValue(10)
    # Short without a reason: refused inline, numbers as the desk writes them, the line
    # named with its contest; the dialog stays open.
    dialog.save_button.click()
    idle()
    assert dialog.isVisible()
    message = dialog.error.text()
    assert "pilih alasan" in message and formatting.number(first.sent) in message
    assert target_line_name(page) in message
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/logistik-receipt.png")
    first.reason.setCurrentIndex(first.reason.findData("rusak"))
    first.reason.activated.emit(first.reason.currentIndex())  # what choosing it does
    assert not dialog.error.isVisible(), "the old message goes once the user fixes the line"
    dialog.save_button.click()
    idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle()
    qtbot.waitUntil(lambda: page._detail.status == DITERIMA_SEBAGIAN)
    assert page.lines.row_at(0).shortfall == 10
    kec_row = next(i for i in range(page.matrix.model.rowCount())
                   if page.matrix.model.row_at(i).code == target.destination_code)  # fmt: skip
    after = page.matrix.model.index(kec_row, 1).data(RATIO_ROLE)
    assert after > before
    if SHOTS:
        page.tabs.setCurrentIndex(1)
        page.grab().save(f"{SHOTS}/logistik-matrix.png")


def test_pimpinan_reads_but_cannot_record(qtbot, demo_db, runner, idle):
    page = _page(qtbot, make_ctx(demo_db, runner, "pimpinan1", PIMPINAN), idle)
    assert not page.new_button.isEnabled()
    page.open_consignment(page.model.row_value(0).id)
    idle()
    qtbot.waitUntil(lambda: page._detail is not None)
    assert not page.receipt_button.isEnabled()
    assert "Operator" in page.receipt_button.toolTip()


def test_new_consignment_form_shows_service_errors_inline(operator_page, qtbot, idle):
    page = operator_page
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.save_button.click()  # no destination, no item
    idle()
    assert dialog.isVisible() and "kecamatan" in dialog.error.text()


def test_import_through_the_preview_dialog(operator_page, qtbot, idle, tmp_path):
    page = operator_page
    book = Workbook()
    sheet = book.active
    for row in (
        ["Nomor", "Pemilihan", "Tingkat asal", "Tempat asal", "Tingkat tujuan",
         "Kode wilayah tujuan", "Barang", "Jumlah dikirim"],
        ["SJ-UJI-01", "gubernur", "KPU Kab/Kota", "Gudang Lebak", "PPK", "36.02.01", "SURAT_SUARA", 1000],
        ["SJ-UJI-01", "gubernur", "KPU Kab/Kota", "Gudang Lebak", "PPK", "36.02.01", "Kotak suara", 8],
        ["SJ-UJI-02", "gubernur", "KPU Kab/Kota", "Gudang Lebak", "PPK", "36.02.01", "Gajah", 3],
    ):  # fmt: skip
        sheet.append(row)
    source = tmp_path / "kirim.xlsx"
    book.save(source)

    dialog = page.open_import("pengiriman", source)
    idle()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert (
        "2 valid" in dialog.summary.text()
        and "Belum ada data yang disimpan" in dialog.summary.text()
    )
    assert dialog.errors.rowCount() == 1 and dialog.errors.index(0, 0).data() == 4
    page.filters.search.setText("SJ-UJI")
    idle()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 0, timeout=5000)

    dialog.import_button.click()  # nothing was written until now
    idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle()
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.loading)
    row = page.model.row_value(0)
    assert (row.number, row.line_count, row.qty_sent) == ("SJ-UJI-01", 2, 1008)


def test_export_writes_the_filtered_table(operator_page, qtbot, idle, tmp_path):
    page = operator_page
    page.filters.level.setCurrentIndex(page.filters.level.findData(PPK))
    page.filters.status.setCurrentIndex(page.filters.status.findData(DIKIRIM))
    idle()
    qtbot.waitUntil(lambda: not page.model.loading)
    shown = _all_rows(page, qtbot, idle)
    assert 0 < len(shown) == page.model.total

    target = tmp_path / "pengiriman.xlsx"
    page.export_to(target)
    idle()
    qtbot.waitUntil(lambda: "diekspor" in page.counts.text())
    rows = list(load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    header, lines = rows[0], rows[1:]
    number, status = header.index("Nomor"), header.index("Status")
    assert len(lines) == sum(r.line_count for r in shown)  # one row per consignment line
    assert {line[number] for line in lines} == {r.number for r in shown}
    assert {line[status] for line in lines} == {DIKIRIM}
