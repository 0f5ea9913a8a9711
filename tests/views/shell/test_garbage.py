"""The window's garbage collector runs on the GUI thread only (``app.collector``,
``GarbageTimer``): a worker that allocates never frees the window's garbage there."""

from __future__ import annotations

import gc
import threading

from app.views.shell.garbage import GarbageTimer


class _Dialog:
    """Stands for a closed dialog or page left in a reference cycle: only a collection
    frees it, and Qt must see its objects deleted on the GUI thread."""

    def __init__(self, freed_on: list[str]) -> None:
        self.freed_on = freed_on
        self.me = self

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _churn() -> None:
    """A worker reading a large register: many new container objects, enough to trigger
    CPython's automatic collection many times over."""
    for _ in range(100_000):
        cycle: list = []
        cycle.append(cycle)


def test_garbage_of_the_window_is_freed_on_the_gui_thread_not_on_a_worker(qtbot):
    garbage, other = GarbageTimer(), GarbageTimer()
    garbage.start()
    other.start()
    other.stop()  # one of two stopped (a window test inside the tests' own): still held
    try:
        freed_on: list[str] = []
        _Dialog(freed_on)  # dropped at once: garbage in a cycle
        worker = threading.Thread(target=_churn, name="database worker")
        worker.start()
        worker.join()
        assert freed_on == []  # the worker's allocations collected nothing
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)  # the GUI thread's timer
        assert freed_on == [threading.current_thread().name]
        assert not gc.isenabled()  # automatic collection stays off while the window runs
    finally:
        garbage.stop()
