"""The Data page as an operator uses it: a template per register, an import through the
preview dialog (progress, cancel, per-row errors, error list, confirm), exports; buttons
follow the role; registers not built yet say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.models import Insiden
from app.services import registers
from app.services.core.actor import PIMPINAN
from app.views.data.page import DataPage
from tests.views.conftest import make_ctx

HEADER = ["Waktu kejadian", "Kab/Kota", "Kategori", "Keparahan", "Kronologi"]


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(HEADER)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _many(count: int) -> list[list[object]]:
    return [[f"{1 + n // 1440}/10/2024 {n % 1440 // 60:02d}.{n % 60:02d}", "Kota Serang", "Hoaks",
             "2", f"Uji data {n}"] for n in range(count)]  # fmt: skip


def _count(ctx) -> int:
    with ctx.db.uow() as uow:
        return uow.session.scalar(select(func.count(Insiden.id)))


@pytest.fixture
def page(qtbot, ctx, idle):
    widget = DataPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366 - 220, 768 - 60)
    widget.show()
    idle()
    return widget


def test_tabs_and_every_register_listed(page, tmp_path):
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Impor && ekspor", "Cadangan && pemulihan", "Paket pertukaran"]
    assert page.backup is not None and page.exchange is not None  # the panels of this build
    rows = page.registers.rows
    assert list(rows) == list(registers.ALL_JENIS)
    for jenis in registers.ALL_JENIS:
        assert rows[jenis].import_button.isEnabled() and rows[jenis].template.isEnabled()
    for jenis in registers.ALL_JENIS:
        assert rows[jenis].export_button.isEnabled()
    page.grab().save(str(tmp_path / "data.png"))


def test_a_role_without_import_permission_sees_why(qtbot, demo_db, runner, idle):
    widget = DataPage(make_ctx(demo_db, runner, "pimpinan1", PIMPINAN))
    qtbot.addWidget(widget)
    idle()
    row = widget.registers.rows["insiden"]
    assert not row.import_button.isEnabled()
    assert "Pimpinan" in row.import_button.toolTip()
    assert row.export_button.isEnabled()


def test_template_is_written_off_the_gui_thread(page, idle, tmp_path):
    page.registers.save_template("insiden", tmp_path / "templat.xlsx")
    idle()
    assert "Templat disimpan" in page.registers.message.text()
    assert load_workbook(tmp_path / "templat.xlsx").sheetnames == ["Data", "Petunjuk", "Daftar"]


def test_import_preview_errors_error_list_then_confirm(page, qtbot, idle, ctx, tmp_path):
    before = _count(ctx)
    source = _sheet(tmp_path / "laporan.xlsx", [
        ["25/11/2024 21.30", "Kab. Lebak", "Politik uang", "3 Tinggi", "Amplop dibagikan"],
        ["25/11/2024 22.00", "Kota Serangg", "Hoaks", "2", "Kabar bohong"],
        ["25/11/2024 23.00", "Kota Serang", "Hoaks", "2", "Kabar bohong lain"],
    ])  # fmt: skip
    page.registers.open_import("insiden", source)
    qtbot.waitUntil(lambda: page.registers.import_dialog is not None)
    dialog = page.registers.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert not dialog.progress.isVisible()
    assert dialog.errors.rowCount() == 1
    assert dialog.errors.index(0, 0).data() == 3
    assert "Mungkin maksud Anda" in dialog.errors.index(0, 2).data()
    assert dialog.import_button.text() == "&Impor 2 catatan"
    # What will be written is listed, each with its row and its cells, before anything is.
    assert [dialog.plan.row_at(i).row for i in range(dialog.plan.rowCount())] == [2, 4]
    assert dialog.plan.row_at(0).text.startswith("25/11/2024 21.30 · Kab. Lebak")
    assert dialog.plan_table.isColumnHidden(0)  # one place: the incident register
    assert dialog.tabs.tabText(0) == "Yang akan ditulis (2)"
    assert dialog.tabs.tabText(1) == "Baris bermasalah (1)"
    assert "Belum ada data yang disimpan" in dialog.summary.text()
    assert _count(ctx) == before
    dialog.save_errors(tmp_path / "kesalahan.xlsx")
    idle()
    assert load_workbook(tmp_path / "kesalahan.xlsx").active["A2"].value == 3
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert _count(ctx) == before + 2
    assert "Impor selesai: 2 data baru" in page.registers.message.text()


def test_import_shows_progress_and_a_cancel_while_checking_saves_nothing(
    page, qtbot, idle, ctx, tmp_path
):
    source = _sheet(tmp_path / "besar.xlsx", _many(3000))
    page.registers.open_import("insiden", source)
    qtbot.waitUntil(lambda: page.registers.import_dialog is not None)
    dialog = page.registers.import_dialog
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert "Pemeriksaan dibatalkan" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_a_cancel_while_saving_saves_nothing(page, qtbot, idle, ctx, tmp_path):
    before = _count(ctx)
    page.registers.open_import("insiden", _sheet(tmp_path / "besar.xlsx", _many(3000)))
    qtbot.waitUntil(lambda: page.registers.import_dialog is not None)
    dialog = page.registers.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    dialog.import_button.click()
    assert dialog.running and dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert "Impor dibatalkan; tidak ada data yang disimpan" in dialog.summary.text()
    assert _count(ctx) == before


def _stages(ctx, code: str) -> int:
    from app.models import Tahapan

    with ctx.db.uow() as uow:
        return uow.session.scalar(select(func.count(Tahapan.id)).where(Tahapan.code == code))


def test_schedule_import_counts_what_it_writes_per_contest(page, qtbot, idle, ctx, tmp_path):
    """Two valid rows applied to "Semua pemilihan" are 18 stages in the 9 contests: the
    preview lists them per contest and the button says so (issue 19)."""
    source = tmp_path / "jadwal.csv"
    source.write_text("kode,nama,untuk\nT97,Evaluasi,\nT98,Rapat pleno,\nT99,Debat gubernur,gubernur\n"
                      "T96,,\n", encoding="utf-8")  # fmt: skip
    page.registers.open_import("tahapan", source)
    qtbot.waitUntil(lambda: page.registers.import_dialog is not None)
    dialog = page.registers.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert dialog.options()["pemilihan"] == "semua"
    # 2 rows × 9 contests, and the governor's own stage once: 19 records from 3 valid rows.
    assert dialog.import_button.text() == "&Impor 19 catatan"
    assert "3 valid" in dialog.summary.text() and "9 pemilihan, 19 catatan akan ditulis" in dialog.summary.text()
    entries = [dialog.plan.row_at(i) for i in range(dialog.plan.rowCount())]
    assert len(entries) == 19 and not dialog.plan_table.isColumnHidden(0)
    per_contest = {}
    for entry in entries:
        per_contest.setdefault(entry.target, []).append(entry.row)
    assert len(per_contest) == 9
    governor = next(name for name in per_contest if "Gubernur" in name)
    assert per_contest[governor] == [2, 3, 4]
    assert all(rows == [2, 3] for name, rows in per_contest.items() if name != governor)
    assert dialog.tabs.tabText(1) == "Baris bermasalah (1)"  # T96 has no name
    before = _stages(ctx, "T97")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    idle()
    assert _stages(ctx, "T97") == before + 9 and _stages(ctx, "T99") == 1
    assert "19 data baru" in page.registers.message.text()


def test_one_contest_chosen_writes_its_rows_once(page, qtbot, tmp_path):
    source = tmp_path / "jadwal.csv"
    source.write_text("kode,nama\nT97,Evaluasi\nT98,Rapat pleno\n", encoding="utf-8")
    page.registers.open_import("tahapan", source)
    qtbot.waitUntil(lambda: page.registers.import_dialog is not None)
    dialog = page.registers.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    combo = dialog._options["pemilihan"]
    combo.setCurrentIndex(1)  # one contest
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and dialog.options()["pemilihan"] != "semua",
                    timeout=20_000)  # fmt: skip
    qtbot.waitUntil(lambda: dialog.import_button.text() == "&Impor 2 catatan", timeout=20_000)
    assert dialog.plan.rowCount() == 2
    dialog.reject()


def test_export_asks_for_choices_then_writes(page, qtbot, idle, tmp_path):
    target = tmp_path / "insiden.xlsx"
    page.registers.export_to("insiden", target)
    qtbot.waitUntil(lambda: getattr(page.registers, "options_dialog", None) is not None)
    choices = page.registers.options_dialog
    assert choices.values() == {"data_pribadi": False}  # masked unless the user says otherwise
    choices.accept()
    idle()
    qtbot.waitUntil(lambda: "baris diekspor" in page.registers.message.text(), timeout=20_000)
    assert load_workbook(target).active.freeze_panes == "A2"


def test_export_refusal_is_shown_not_raised(page, idle, tmp_path):
    page.registers.export_to("insiden", tmp_path / "insiden.pdf", {})
    idle()
    assert "Gunakan .xlsx atau .csv" in page.registers.message.text()


def test_the_preview_says_where_blank_rows_were_skipped_and_errors_not_listed(
    page, qtbot, ctx, tmp_path, monkeypatch
):
    """Rows after a long blank run are read, and the preview says so; errors beyond those
    the list keeps are counted, never silently dropped."""
    from app.services.importing import limits

    monkeypatch.setattr(limits, "ERRORS_KEPT", 2)
    rows = [["25/11/2024 21.30", "Kab. Lebak", "Politik uang", "3", "Amplop dibagikan"]]
    rows += [[None] * 5] * 40
    rows += [["25/11/2024 22.00", "Kota Serangg", "Hoaks", "2", f"Kabar {n}"] for n in range(5)]
    source = _sheet(tmp_path / "laporan.xlsx", rows)
    page.registers.open_import("insiden", source)
    qtbot.waitUntil(lambda: page.registers.import_dialog is not None)
    dialog = page.registers.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    summary = dialog.summary.text()
    assert "40 baris kosong dilewati (baris 3–42); data berlanjut di baris 43." in summary
    assert "Daftar menampilkan 2 kesalahan pertama; 3 kesalahan lain tidak dicantumkan." in summary
    assert dialog.errors.rowCount() == 2 and dialog.tabs.tabText(1) == "Baris bermasalah (5)"
