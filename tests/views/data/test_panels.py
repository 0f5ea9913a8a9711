"""The backup and exchange panels the Data page embeds, used as a desk operator and an
administrator would: back up, restore, make a package at the kab/kota, take it in at
the province with a preview."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select

from app import paths
from app.models import Insiden
from app.services.core.actor import ADMINISTRATOR, OPERATOR
from app.views.data.backup_panel import BackupPanel
from app.views.data.exchange_panel import ExchangePanel
from tests.services.exchange import helpers as exchange_helpers
from tests.services.insiden.helpers import record
from tests.views.conftest import make_ctx

#: The kab/kota desk fixtures of the exchange tests.
kab_seed_file, kab = exchange_helpers.kab_seed_file, exchange_helpers.kab


@pytest.fixture
def folder(tmp_path, monkeypatch):
    target = tmp_path / "cadangan"
    target.mkdir()
    monkeypatch.setattr(paths, "backup_dir", lambda: target)
    return target


def _incidents(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Insiden))


def test_backup_now_and_restore_from_the_list(
    qtbot, qtmodeltester, sqlite_db, runner, idle, folder, monkeypatch
):
    panel = BackupPanel(make_ctx(sqlite_db, runner, "admin1", ADMINISTRATOR))
    qtbot.addWidget(panel)
    idle()
    assert panel.model.rowCount() == 0 and str(folder) in panel.folder.text()
    record(sqlite_db)
    panel.backup_button.click()
    idle()
    assert "Cadangan dibuat" in panel.result.text()
    assert panel.model.rowCount() == 1 and panel.model.data(panel.model.index(0, 1)) == "manual"
    qtmodeltester.check(panel.model)

    record(sqlite_db)  # made after the backup: the restore takes it away
    quit_calls: list[bool] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    monkeypatch.setattr(QApplication, "quit", lambda: quit_calls.append(True))
    panel.table.selectRow(0)
    panel.restore_button.click()
    idle()
    assert quit_calls == [True]
    assert _incidents(sqlite_db) == 1


def test_an_operator_may_not_back_up_or_restore(qtbot, sqlite_db, runner, idle, folder):
    panel = BackupPanel(make_ctx(sqlite_db, runner, "operator1", OPERATOR))
    qtbot.addWidget(panel)
    idle()
    assert not panel.backup_button.isEnabled() and not panel.restore_button.isEnabled()
    assert "Administrator" in panel.restore_button.toolTip()
    assert not panel.save_button.isEnabled()


def test_a_package_from_the_kab_desk_taken_in_at_the_province(
    qtbot, qtmodeltester, kab, db, runner, idle, tmp_path, monkeypatch
):
    record(kab)
    target = tmp_path / "pandeglang"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    sending = ExchangePanel(make_ctx(kab, runner))
    qtbot.addWidget(sending)
    idle()
    assert sending.kabkota.currentData() == "36.01"
    assert "paket pertama" in sending.last.text()
    sending.export_button.click()
    idle()
    package = target.with_name("pandeglang.deskpkg")
    assert package.exists() and "Insiden 1" in sending.result.text()
    assert sending.packages.rowCount() == 1
    qtmodeltester.check(sending.packages)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(package), ""))
    asked: list[str] = []

    def answer(_parent, _title, text, *_rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    receiving = ExchangePanel(make_ctx(db, runner))
    qtbot.addWidget(receiving)
    idle()
    before = _incidents(db)
    receiving.import_button.click()
    idle()
    assert "2 data baru" in asked[0]  # the incident and its status history
    assert _incidents(db) == before + 1
    assert "telah digabungkan" in receiving.result.text()
    assert receiving.packages.rowCount() == 1 and not receiving.conflict_view.isVisibleTo(receiving)


def test_automatic_backups_run_off_the_gui_thread_and_warn_in_the_status_bar(
    qtbot, sqlite_db, folder, tmp_path
):
    from PySide6.QtWidgets import QMainWindow

    from app.services.core import pengaturan
    from app.views.shell.backup_schedule import BackupSchedule

    with sqlite_db.uow("tester") as uow:
        pengaturan.put(uow, "backup_second_dir", str(tmp_path / "drive-Z-tidak-tersambung"))
        uow.commit()
    window = QMainWindow()
    qtbot.addWidget(window)
    schedule = BackupSchedule(sqlite_db, window)
    with qtbot.waitSignal(schedule.finished, timeout=20_000):
        schedule.start()
    kinds = sorted(p.name.rsplit("-", 1)[1] for p in folder.iterdir())
    assert kinds == ["harian.sqlite", "mulai.sqlite"]
    qtbot.waitUntil(lambda: "folder cadangan kedua" in window.statusBar().currentMessage())
    with qtbot.waitSignal(schedule.finished, timeout=20_000):
        schedule.check_daily()  # an hour later: the daily copy is not due again
    assert len(list(folder.iterdir())) == 2
