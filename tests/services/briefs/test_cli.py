"""``desk-pilkada brief`` as a scheduled job runs it: an issued, registered PDF at
``--out``; ``--konsep`` for an unnumbered draft; refusals with exit 1 and a clear message."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from app.__main__ import main
from app.models.laporan import Laporan
from tests.services.briefs.helpers import pages, sign


@pytest.fixture
def cli_db(sqlite_db):
    sign(sqlite_db)
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield sqlite_db
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()


def _run(db, *args: str) -> int:
    return main(["--db", str(db.url), "brief", *args])


def _registered(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(Laporan.id)))


def test_brief_command_issues_and_writes_the_pdf(cli_db, tmp_path, capsys):
    target = tmp_path / "harian.pdf"
    code = _run(cli_db, "--type", "harian", "--date", "2024-11-26", "--out", str(target),
                "--kesimpulan", "Situasi kondusif.")  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Laporan 200.2/0001/Kesbangpol/" in out and "SHA-256" in out
    first = pages(target.read_bytes())[0]
    assert "Nomor : 200.2/0001/Kesbangpol/" in first and "Periode: Selasa, 26 November 2024" in first
    assert _registered(cli_db) == 1


def test_draft_is_not_registered(cli_db, tmp_path):
    target = tmp_path / "konsep.pdf"
    assert _run(cli_db, "--type", "mingguan", "--date", "2024-11-26", "--out", str(target), "--konsep") == 0
    assert "KONSEP" in pages(target.read_bytes())[0]
    assert _registered(cli_db) == 0


def test_refusals_exit_1_with_a_message(cli_db, tmp_path, capsys):
    assert _run(cli_db, "--type", "khusus", "--out", str(tmp_path / "k.pdf")) == 1
    assert "nomor insiden atau uraian" in capsys.readouterr().err
    assert _run(cli_db, "--out", str(tmp_path / "laporan.docx")) == 1
    assert "berakhiran .pdf" in capsys.readouterr().err
    assert _run(cli_db, "--out", str(tmp_path / "h.pdf")) == 1  # no conclusions written
    assert "kesimpulan atau rekomendasi" in capsys.readouterr().err
    assert _registered(cli_db) == 0
