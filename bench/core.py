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


def settle_like_the_app() -> None:
    """What the app does once its window shows (``bootstrap._preload_heavy_modules``):
    chart and formatting libraries loaded, then everything loaded so far frozen out of
    the garbage collector's full passes. GUI benchmarks measure the window in that state."""
    import gc
    import importlib

    from app.bootstrap import PRELOAD

    for name in PRELOAD:
        importlib.import_module(name)
    gc.freeze()
