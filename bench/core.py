"""What every benchmark returns and how the runner prints it."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    baseline: float
    baseline_name: str
    unit: str = "s"
    #: The goal for value / baseline, when the issue sets one.
    target_ratio: float | None = None

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    def line(self) -> str:
        verdict = ""
        if self.target_ratio is not None:
            verdict = (
                "  OK"
                if self.ratio <= self.target_ratio
                else f"  DI ATAS TARGET {self.target_ratio:.1f}x"
            )
        return (
            f"{self.name:<44} {self.value:9.3f} {self.unit:<3} | {self.baseline_name:<34} "
            f"{self.baseline:9.3f} {self.unit:<3} | {self.ratio:5.2f}x{verdict}"
        )


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


#: The benchmark's ``GarbageTimer``, kept for the process's life.
_garbage: list = []


def settle_like_the_app() -> None:
    """What the app does once its window shows (``bootstrap._preload_heavy_modules``):
    chart and formatting libraries loaded, then everything loaded so far frozen out of
    the garbage collector's full passes, which from then on run on the GUI thread only
    (``GarbageTimer``: their pauses count in the stalls measured). GUI benchmarks measure
    the window in that state. Call it once the QApplication exists."""
    import gc
    import importlib

    from app.bootstrap import PRELOAD
    from app.views.shell.garbage import GarbageTimer

    for name in PRELOAD:
        importlib.import_module(name)
    gc.collect()
    gc.freeze()
    if not _garbage:
        _garbage.append(GarbageTimer())
        _garbage[0].start()
