"""Tempel laporan and the WhatsApp chat review, driven through the incident page."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Insiden, PesanLaporan
from app.services.core.actor import OPERATOR
from app.views.insiden.chat_dialogs import ChatReviewDialog
from tests.views.conftest import make_ctx
from tests.views.insiden.test_page import _page

REPORT = (
    "Lapor, tadi malam jam 9 di Ds. Sumberjaya Kec. Sumur Kab. Pandeglang TPS 05 ada pembagian "
    "amplop serangan fajar <b>& sembako</b>. Pelapor Budi 0812-3456-7890"
)
CHAT = """26/11/24 08.15 - Babinsa Sumur: Selamat pagi, situasi Kec. Sumur aman terkendali.
26/11/24 09.40 - Kades Sumberjaya: Lapor pak, jam 9 tadi di Ds. Sumberjaya Kec. Sumur TPS 3 ada bagi2 amplop ke warga
dilaporkan warga RT 02/RW 01
26/11/24 10.05 - Staf Kesbangpol: Baliho paslon dirusak di Kec. Sumur pagi ini
"""


@pytest.fixture
def page(qtbot, demo_db, runner, idle):
    return _page(qtbot, make_ctx(demo_db, runner, "operator1", OPERATOR), idle)


def _count(page, model) -> int:
    with page._ctx.db.uow("tester") as uow:
        return uow.session.scalar(select(func.count(model.id)))


def test_pasted_report_becomes_a_highlighted_draft_and_nothing_is_saved(page, qtbot, idle):
    before = _count(page, Insiden)
    dialog = page.chat.open_paste()
    dialog.input.setPlainText(REPORT)
    dialog.analyse()
    idle()
    qtbot.waitUntil(dialog.draft_button.isEnabled)
    shown = dialog.view.text.toHtml()
    assert "background-color:#cde8ff" in shown  # the place is highlighted
    assert "&lt;b&gt;&amp; sembako&lt;/b&gt;" in shown  # typed markup stays text
    fields = dialog.view.fields.text()
    assert "Sumberjaya" in fields and "TPS: 005" in fields
    assert "amplop" in fields and "serangan fajar" in fields
    dialog.draft_button.click()
    idle()
    assert "Draf dari laporan" in page.title.text()
    assert page.form.wilayah.region().code == "36.01.01.2001"
    assert page.form.tps.text() == "005"
    assert "Politik uang" in page.form.kategori.currentText()
    assert page.form.reporter.text() == "Budi"
    assert _count(page, Insiden) == before  # not saved until the operator saves
    page.save()
    idle()
    qtbot.waitUntil(lambda: page._detail is not None)
    assert _count(page, Insiden) == before + 1
    assert page._detail.form.reporter_phone == "+6281234567890"


def test_chat_review_skip_accept_merge_and_never_offer_again(page, qtbot, idle, tmp_path):
    export = tmp_path / "Chat WhatsApp dengan Desk Pandeglang.txt"
    export.write_text(CHAT, encoding="utf-8")
    page.chat.open_chat(export)
    idle()
    qtbot.waitUntil(
        lambda: isinstance(page.chat.review, ChatReviewDialog) and page.chat.review.isVisible()
    )
    review = page.chat.review
    assert review.remaining == 3
    assert review.summary.text().startswith("3 pesan baru")

    review.skip_button.click()  # a situation report, not an incident
    idle()
    qtbot.waitUntil(lambda: review.remaining == 2)
    qtbot.waitUntil(
        lambda: review.view.analysis is not None and "amplop" in review.view.analysis.text
    )
    review.accept_button.click()
    idle()
    assert not review.isVisible()
    assert page.form.tps.text() == "003"
    page.save()
    idle()
    qtbot.waitUntil(lambda: page._detail is not None and review.isVisible())
    number = page._detail.number

    qtbot.waitUntil(
        lambda: review.view.analysis is not None and "Baliho" in review.view.analysis.text
    )
    review.merge_number.setText(number)
    review.merge_button.click()
    idle()
    assert review.remaining == 0
    with page._ctx.db.uow("tester") as uow:
        record = uow.session.scalar(select(Insiden).where(Insiden.number == number))
        assert "Laporan lanjutan" in record.chronology and "Baliho" in record.chronology
        outcomes = sorted(uow.session.scalars(select(PesanLaporan.outcome)))
    assert outcomes == ["digabung", "dilewati", "diterima"]

    page.chat.open_chat(export)  # the same file again: nothing new to review
    idle()
    assert "sudah pernah diproses" in page.error.text()


def test_a_file_that_is_not_a_chat_export_is_refused_clearly(page, idle, tmp_path):
    junk = tmp_path / "catatan.txt"
    junk.write_text("ini bukan ekspor obrolan\nhanya catatan biasa", encoding="utf-8")
    page.chat.open_chat(junk)
    idle()
    assert "bukan ekspor obrolan WhatsApp" in page.error.text()


def test_an_ambiguous_place_is_offered_not_guessed(page, qtbot, idle):
    dialog = page.chat.open_paste()
    dialog.input.setPlainText("Lapor ada baliho paslon dirusak di Ds. Sukamaju tadi pagi")
    dialog.analyse()
    idle()
    qtbot.waitUntil(dialog.draft_button.isEnabled)
    choice = dialog.view.region_choice
    assert choice.isVisibleTo(dialog) and choice.count() >= 2
    assert choice.currentIndex() == -1  # nothing picked for the operator
    assert "beberapa tempat" in dialog.view.fields.text()
    wanted = choice.itemData(1)
    choice.setCurrentIndex(1)
    dialog.draft_button.click()
    idle()
    assert page.form.wilayah.region().code == wanted.code


def test_a_dropped_chat_draft_goes_back_to_the_review(page, qtbot, idle, tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text(CHAT, encoding="utf-8")
    page.chat.open_chat(export)
    idle()
    qtbot.waitUntil(lambda: page.chat.review is not None and page.chat.review.isVisible())
    review = page.chat.review
    qtbot.waitUntil(lambda: review.view.analysis is not None)
    review.accept_button.click()
    idle()
    assert review.remaining == 2 and not review.isVisible()
    page.form.dirty = False
    page.new_incident()  # the operator drops the draft
    idle()
    assert review.isVisible() and review.remaining == 3
