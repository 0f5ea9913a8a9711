"""``desk-pilkada --self-test``: a temporary database, migrations, seeding, the checks, and
the main window offscreen with every page visited. Exit 0 when all of it works; used by
every packaging test. (PDF briefs join this test when the briefs issue lands.)"""

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
    with tempfile.TemporaryDirectory(prefix="desk-pilkada-selftest-") as tmp:
        os.environ["DESK_PILKADA_HOME"] = str(Path(tmp) / "data")
        try:
            return _run(Path(tmp))
        except Exception as error:  # noqa: BLE001 - the self-test reports, never crashes
            import traceback

            traceback.print_exc()
            print(f"[GAGAL] uji mandiri: {error}", file=sys.stderr, flush=True)
            return 1


def _run(tmp: Path) -> int:
    started = time.perf_counter()
    from app.services import checks, desk, seeding

    db = desk.prepare(f"sqlite:///{tmp / 'selftest.sqlite'}", tmp / "backup")
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

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.services.actor import Actor
    from app.settings import Settings
    from app.views.context import AppContext
    from app.views.main_window import MainWindow
    from app.views.pages import areas
    from app.views.tasks import TaskRunner

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
    db.dispose()
    if errors:
        print(f"[GAGAL] jendela utama: {errors[0]!r}", file=sys.stderr)
        return 1
    _step("jendela utama dan semua halaman (offscreen)", started)
    print("Uji mandiri lulus.", flush=True)
    return 0
