"""Driving the Logistik page on the demo data: the table, a receipt through the dialog
and the readiness matrix changing with it."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from app.models.logistik import DIKIRIM, DITERIMA_SEBAGIAN, PPK
from app.models.wilayah import LEVEL_KECAMATAN
from app.services import logistik_query
from app.services.actor import OPERATOR, PIMPINAN
from app.services.logistik_query import LogistikFilter
from app.views.logistik_matrix import RATIO_ROLE
from app.views.logistik_page import LogistikPage
from tests.views.conftest import make_ctx

SHOTS = os.environ.get("LOGISTIK_SHOTS")


def _page(qtbot, ctx, idle):
    """The page on its own at the laptop size (the main window only assembles pages)."""
    page = LogistikPage(ctx)
    ctx.runner.changed.connect(page.on_changes)  # what the main window does for every page
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    idle()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.matrix.model.rowCount() > 0)
    idle()
    if SHOTS:
        page.grab().save(f"{SHOTS}/logistik-table.png")
    return page


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


def test_table_matrix_and_alerts_show_the_demo(operator_page, qtmodeltester):
    page = operator_page
    assert page.model.total > 3000
    assert "pengiriman" in page.counts.text() and "berisiko/terlambat" in page.counts.text()
    assert page.matrix.model.rowCount() == 8  # the kab/kota of Banten
    assert page.alerts.rowCount() > 0
    for model in (page.model, page.matrix.model, page.alerts):
        qtmodeltester.check(model)


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
    first.good.setValue(first.sent + 1)  # more than was sent: refused, dialog stays open
    dialog.save_button.click()
    idle()
    assert dialog.isVisible()
    assert "melebihi" in dialog.error.text()
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/logistik-receipt.png")
    first.good.setValue(first.sent - 10)
    first.damaged.setValue(10)
    assert first.missing.value() == 0 and first.shortfall.text() == "10"
    first.reason.setCurrentIndex(first.reason.findData("rusak"))
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
