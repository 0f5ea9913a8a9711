"""Qt fixtures: a task runner, an AppContext over a test database, the main window."""

from __future__ import annotations

import pytest

from app.services.admin import opening as desk
from app.services.core.actor import OPERATOR, Actor
from app.settings import Settings
from app.views.shell.context import AppContext
from app.views.shell.main_window import MainWindow
from app.views.shell.tasks import TaskRunner


@pytest.fixture(scope="session", autouse=True)
def _garbage_on_the_gui_thread(qapp):
    """As in the window (``bootstrap.run_gui``): the garbage collector runs only on the GUI
    thread, so a worker never deletes a test's Qt objects. Each test's end also looks
    whether a generation is due (``tests/conftest.py``)."""
    from app.views.shell.garbage import GarbageTimer

    garbage = GarbageTimer()
    garbage.start()
    yield
    garbage.stop()


@pytest.fixture
def runner(qtbot):
    task_runner = TaskRunner()
    errors: list[BaseException] = []
    task_runner.failed.connect(errors.append)
    task_runner.unhandled = errors
    yield task_runner
    task_runner.wait()
    assert not errors, f"unhandled errors reached the window: {errors!r}"


def make_ctx(database, runner, user: str = "operator1", role: str = OPERATOR) -> AppContext:
    return AppContext(
        db=database,
        runner=runner,
        actor=Actor(user, role),
        settings=Settings(),
        desk=desk.info(database),
    )


@pytest.fixture
def ctx(demo_db, runner) -> AppContext:
    return make_ctx(demo_db, runner)


@pytest.fixture
def idle(qtbot, runner):
    """Wait until every queued background task has delivered its result."""

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)

    return wait


def charts_built(qtbot, main: MainWindow) -> None:
    """The dashboard's charts come one per event-loop turn after its figures: wait for them
    before asking the offscreen platform for activation (building widgets drops it)."""
    first = main.page("dasbor")
    if first is not None:
        qtbot.waitUntil(lambda: first.charts_ready, timeout=15_000)


@pytest.fixture
def window(qtbot, ctx, idle) -> MainWindow:
    main = MainWindow(ctx.settings, demo=ctx.desk.is_demo)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.attach(ctx)
    idle()
    charts_built(qtbot, main)
    # The offscreen platform drops activation while pages build their popups; shortcuts
    # need an active window, as on a real desk.
    with qtbot.waitActive(main):
        main.activateWindow()
    return main


class UnsavedAnswers:
    """The answers to "Perubahan belum disimpan" (``widgets.unsaved``) in a test, which has
    no one to click: Discard unless the test says otherwise; every question is kept."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.answer = QMessageBox.StandardButton.Discard
        self.asked: list[str] = []

    def __call__(self, box) -> object:
        self.asked.append(box.text())
        return self.answer


@pytest.fixture(autouse=True)
def unsaved(monkeypatch) -> UnsavedAnswers:
    from app.views.widgets import unsaved as module

    answers = UnsavedAnswers()
    monkeypatch.setattr(module, "_ask", answers)
    return answers
