"""The composition root of the GUI: settings, translators, task runner, main window; then
the database opens on the worker thread and the pages are attached.

The window is shown before SQLAlchemy, Babel or pyqtgraph are imported, so it appears
about as fast as a bare Qt window; heavy modules load off the GUI thread, the chart and
date libraries once the first page shows its figures.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from argparse import Namespace

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORG_NAME, __version__
from app.paths import resources_dir
from app.settings import Settings
from app.views.shell.main_window import MainWindow
from app.views.shell.tasks import TaskRunner

log = logging.getLogger(__name__)

#: ``DESK_PILKADA_STARTUP_PROBE=1`` prints SHOWN/READY markers for the start-up benchmark
#: and quits once the first page is ready.
PROBE_ENV = "DESK_PILKADA_STARTUP_PROBE"
PRELOAD = ("pyqtgraph", "babel.dates", "babel.numbers")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Indonesian is the source language; English is a shipped translation. Qt's own texts
    (standard buttons, the edit menu) come from ``qt_id.qm`` in Indonesian and from Qt's
    ``qtbase_<lang>.qm`` otherwise. Every ``.qm`` is built from ``resources/i18n/*.ts`` at
    build time; a missing one leaves its texts in the source language, never blank."""
    installed: list[QTranslator] = []
    i18n = resources_dir() / "i18n"

    def install(translator: QTranslator) -> None:
        app.installTranslator(translator)
        installed.append(translator)

    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        qt_texts = QTranslator(app)
        if qt_texts.load(str(i18n / "qt_id.qm")):
            install(qt_texts)
        else:
            log.warning("qt_id.qm not built; run 'python dev.py i18n'")
    qt_translator = QTranslator(app)
    if qt_translator.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        install(qt_translator)
    if language != "id":
        app_translator = QTranslator(app)
        if app_translator.load(str(i18n / f"desk_pilkada_{language}.qm")):
            install(app_translator)
        else:
            log.warning("translation %s not built; run 'python dev.py i18n'", language)
    return installed


def _preload_heavy_modules() -> None:
    """Import chart and formatting libraries in the background after the window shows,
    then move everything loaded so far out of the garbage collector's way."""

    def work() -> None:
        import importlib

        from app import collector

        for name in PRELOAD:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the page will report it when it needs it
                log.exception("preload of %s failed", name)
        # The modules' objects live as long as the program: keep them out of the garbage
        # collector's full passes, which otherwise scan them all and hold every thread —
        # the window included — for 100-200 ms while a worker reads a large register. The
        # collector waited while the window started (``app.collector``); the GUI thread's
        # next look (``GarbageTimer``) frees the start's garbage, freezes the rest, and
        # collects from then on.
        collector.loaded(collect=True)

    threading.Thread(target=work, name="preload", daemon=True).start()


def run_gui(args: Namespace) -> int:
    probe = os.environ.get(PROBE_ENV) == "1"
    started = time.perf_counter()
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "desk-pilkada.png")))
    from app.views.shell.garbage import GarbageTimer

    garbage = GarbageTimer(app)  # Qt objects in garbage are deleted on the GUI thread
    garbage.start()
    settings = Settings()
    install_translators(app, settings.get("ui/language"))
    runner = TaskRunner(app)
    window = MainWindow(settings, demo=args.demo)
    window.show()
    if probe:
        app.processEvents()
        print(f"SHOWN {time.perf_counter() - started:.4f}", flush=True)
    from app.logging_setup import configure as configure_logging

    configure_logging()  # after the window shows: logging.handlers is not free
    from app.views.shell.error_dialog import install_excepthook, show_error

    install_excepthook()
    runner.failed.connect(lambda error: show_error(window, error))

    #: The desk's database, closed once the window has closed (SQLite then writes its
    #: journal back into the file; PostgreSQL sees the session end).
    databases: list = []

    def opened(result) -> None:
        from app.views.shell.startup_flow import StartupFlow

        databases.append(result.db)

        def ready(ctx) -> None:
            if probe:  # the benchmark: the first page with its figures, then its charts
                marks: set[str] = set()

                def mark(word: str) -> None:
                    marks.add(word)
                    print(f"{word} {time.perf_counter() - started:.4f}", flush=True)
                    if marks >= {"READY", "CHARTS"}:
                        app.quit()

                first = window.page("dasbor")
                if first is not None and getattr(first, "snapshot", True) is None:
                    first.refreshed.connect(lambda _s: QTimer.singleShot(0, lambda: mark("READY")))
                    first.charts_shown.connect(lambda: QTimer.singleShot(0, lambda: mark("CHARTS")))
                else:
                    QTimer.singleShot(0, lambda: (mark("READY"), mark("CHARTS")))
                return
            # After the first page, not before: the imports would contend with its start.
            _preload_heavy_modules()
            if ctx.desk.is_demo:
                return  # synthetic data, rebuilt by --demo --reset: nothing worth copying
            from app.views.shell.backup_schedule import BackupSchedule

            window.backup_schedule = BackupSchedule(ctx.db, window)
            window.backup_schedule.start()

        window.flow = StartupFlow(window, runner, settings, result, ready)
        window.flow.start()

    def failed(error: BaseException) -> None:
        from app import collector

        collector.loaded(collect=True)  # no first page to wait for
        window.show_message(str(error))
        show_error(window, error)

    from app.startup import open_desk

    runner.run(
        lambda reporter: open_desk(
            args.db, settings.get("db/url"), args.demo, getattr(args, "reset", False), reporter
        ),
        opened,
        failed,
        progress_parent=window,
        label=window.tr("Menyiapkan basis data…"),
    )
    code = app.exec()
    runner.wait()
    garbage.stop()
    from app.services.core.db import close_all

    close_all(databases)
    return code
