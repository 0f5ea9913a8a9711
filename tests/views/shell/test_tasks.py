"""The background-task helper: off the GUI thread, results and errors back on it."""

from __future__ import annotations

import threading
import time

from app.services.core.changes import TAHAPAN, Changes
from app.services.core.errors import Cancelled, ValidationError


def test_work_runs_off_the_gui_thread_and_returns_on_it(runner, qtbot):
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work(_reporter):
        seen["worker"] = threading.get_ident()
        return 42

    runner.run(work, lambda result: seen.update(result=result, callback=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert seen["result"] == 42


def test_database_work_is_serialised_in_order(runner, qtbot):
    order: list[int] = []
    for number in range(5):
        runner.run(lambda _r, n=number: (time.sleep(0.01 * (5 - n)), n)[1], order.append)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]


def test_errors_reach_the_caller_or_the_window(runner, qtbot):
    caught: list[BaseException] = []

    def fail(_reporter):
        raise ValidationError("Progres harus antara 0 dan 100 persen.")

    runner.run(fail, on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught))
    assert str(caught[0]) == "Progres harus antara 0 dan 100 persen."
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(fail)
    assert isinstance(blocker.args[0], ValidationError)
    runner.unhandled.clear()  # expected here; the fixture fails tests on unhandled errors


def test_mutations_announce_what_changed(runner, qtbot):
    with qtbot.waitSignal(runner.changed) as blocker:
        runner.run(lambda _r: Changes.of(TAHAPAN, summary="Tahapan T14 disimpan."))
    assert blocker.args[0].touches(TAHAPAN)
    with qtbot.assertNotEmitted(runner.changed, wait=100):
        runner.run(lambda _r: [1, 2, 3])


def test_cancel_stops_long_work_quietly(runner, qtbot):
    started = threading.Event()
    outcome: list[object] = []

    def long_work(reporter):
        started.set()
        for step in range(1000):
            reporter.report(step, 1000, "langkah")
            time.sleep(0.005)
        return "selesai"

    progress = runner.run(long_work, outcome.append, outcome.append)
    started.wait(2)
    progress.cancel()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], Cancelled)
    assert not runner.busy


def test_a_page_closed_while_its_work_was_queued_gets_nothing_and_nothing_breaks(runner, qtbot):
    """A closed page's result has nowhere to go: it is dropped, not raised in the event loop
    (the runner fixture fails the test on any unhandled error)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    later: list[int] = []
    gate = threading.Event()
    runner.run(lambda _r: gate.wait(5) and 1, label.setNum)
    runner.run(lambda _r: 2, later.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _valid(label))
    gate.set()
    qtbot.waitUntil(lambda: later == [2])


def _valid(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
