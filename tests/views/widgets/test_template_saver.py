"""A template saved from a register's own page is the same file the Data page and the CLI
write: with the desk's reference lists."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QWidget

from app.views.widgets import template_saver


def test_page_template_carries_the_reference_lists(qtbot, ctx, idle, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    template_saver.save(parent, ctx, "insiden", tmp_path / "templat.xlsx", said.append)
    idle()
    assert said == [f"Templat disimpan: {tmp_path / 'templat.xlsx'}"]
    assert load_workbook(tmp_path / "templat.xlsx").sheetnames == ["Data", "Petunjuk", "Daftar"]


def test_a_template_that_cannot_be_written_says_so(qtbot, ctx, idle, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    taken = tmp_path / "t.xlsx"
    taken.mkdir()  # a folder where the file should go
    template_saver.save(parent, ctx, "tahapan", taken, said.append)
    idle()
    assert len(said) == 1 and said[0].startswith("Templat tidak dapat disimpan")
