"""``desk-pilkada --self-test``: a temporary database, migrations, seeding, the checks, a
draft daily brief PDF, and the main window offscreen with every page visited. Exit 0 when
all of it works; used by every packaging test (installer/build_windows.sh runs it in the
installed program under Wine). It first prints the install mode and the data folder this
installation uses (without touching it)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _step(name: str, started: float) -> None:
    print(f"[OK] {name} ({time.perf_counter() - started:.2f} s)", flush=True)


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app import __version__, collector, paths

    collector.loaded()  # the pages are tested as they run: with the garbage collector

    # The folder this installation would use (not touched); packaging tests check it.
    print(
        f"Desk Pilkada {__version__}, pemasangan {paths.install_mode()}, "
        f"folder data {paths.locate_data_dir()}",
        flush=True,
    )
    # ignore_cleanup_errors: on Windows a file still open after a failure must not turn the
    # report into a traceback about the temporary folder.
    with tempfile.TemporaryDirectory(
        prefix="desk-pilkada-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        os.environ["DESK_PILKADA_HOME"] = str(Path(tmp) / "data")
        opened: list = []
        try:
            return _run(Path(tmp), opened)
        except Exception as error:  # noqa: BLE001 - the self-test reports, never crashes
            import traceback

            traceback.print_exc()
            print(f"[GAGAL] uji mandiri: {error}", file=sys.stderr, flush=True)
            return 1
        finally:
            for db in opened:
                db.dispose()


def _run(tmp: Path, opened: list) -> int:
    started = time.perf_counter()
    from app.services.admin import checks
    from app.services.admin import opening as desk
    from app.services.desk import seeding

    db = desk.prepare(f"sqlite:///{tmp / 'selftest.sqlite'}", tmp / "backup")
    opened.append(db)
    _step("basis data sementara dan migrasi", started)
    with db.uow("selftest") as uow:
        seeding.seed(uow, "36")
    _step("data acuan Banten", started)
    failed = [r for r in checks.run_all(db) if not r.ok]
    if failed:
        for result in failed:
            print(f"[GAGAL] {result.name}: {result.detail}", file=sys.stderr)
        return 1
    _step("pemeriksaan integritas dan rekonsiliasi", started)
    from app.cli.brief import self_test_brief

    self_test_brief(db, tmp)
    _step("laporan PDF (konsep harian) di folder sementara", started)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.services.core.actor import Actor
    from app.settings import Settings
    from app.views.shell.context import AppContext
    from app.views.shell.garbage import GarbageTimer
    from app.views.shell.main_window import MainWindow
    from app.views.shell.pages import areas
    from app.views.shell.tasks import TaskRunner

    garbage = GarbageTimer(app)  # as in the window: collections on the GUI thread only
    garbage.start()
    runner = TaskRunner(app)
    errors: list[BaseException] = []
    runner.failed.connect(errors.append)
    settings = Settings()
    window = MainWindow(settings, demo=False)
    window.show()
    window.attach(
        AppContext(
            db=db, runner=runner, actor=Actor("selftest"), settings=settings, desk=desk.info(db)
        )
    )
    for area in areas():
        window.show_area(area.key)
        deadline = time.perf_counter() + 10
        while time.perf_counter() < deadline:
            app.processEvents()
            if not runner.busy:
                break
            time.sleep(0.01)
    runner.wait()
    app.processEvents()
    window.close()
    garbage.stop()
    if errors:
        print(f"[GAGAL] jendela utama: {errors[0]!r}", file=sys.stderr)
        return 1
    _step("jendela utama dan semua halaman (offscreen)", started)
    print("Uji mandiri lulus.", flush=True)
    return 0
