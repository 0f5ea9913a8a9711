"""The dashboard's figures kept between refreshes of one window (issue 20).

A refresh reads again only the figures whose areas changed — a use case on this PC, or
another PC's commit arriving through the live change feed; both reach the window as one
change signal naming the areas — or whose filters changed. Everything else is taken from
the previous reading, so recording an incident does not re-scan a million consignment
lines. Figures "now" also expire after ``max_age`` (overdue follow-ups and late
consignments depend on the clock, and a missed notification must not leave a figure
stale for long); figures as of a past instant (SPEC 14) change only when records do.

A provider opts in with ``@kept(area, ...)``: the areas whose records it reads. A change
to the desk's reference data (settings, reference lists, regions, contests) drops every
figure. The providers stay the one place each figure is computed: the cache holds their
answers, never a second way of counting.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from typing import Any

from app.services.core import changes as keys

#: Areas every figure depends on: a change there drops the whole cache.
EVERYTHING = frozenset({keys.PENGATURAN, keys.REFERENSI, keys.WILAYAH, keys.PEMILIHAN})
#: How long a figure "now" is kept without any change (seconds).
MAX_AGE = 60.0


class FigureCache:
    """Provider answers keyed by provider and arguments, with the areas they read."""

    def __init__(self, max_age: float = MAX_AGE, clock: Callable[[], float] = time.monotonic):
        self.max_age = max_age
        self._clock = clock
        self._lock = threading.Lock()
        self._kept: dict[tuple, tuple[frozenset[str], float, bool, Any]] = {}
        #: Readings served from the cache and readings computed (for the benchmark).
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple, areas: frozenset[str], past: bool, compute: Callable[[], Any],
            keep: Callable[[Any], bool]) -> Any:  # fmt: skip
        now = self._clock()
        with self._lock:
            found = self._kept.get(key)
            if found is not None and (found[2] or now - found[1] < self.max_age):
                self.hits += 1
                return found[3]
        value = compute()
        if keep(value):
            with self._lock:
                self._kept[key] = (areas, now, past, value)
                self.misses += 1
        return value

    def invalidate(self, areas: Iterable[str]) -> None:
        """Forget the figures that read any of ``areas`` (all of them for reference data)."""
        changed = frozenset(areas)
        with self._lock:
            if changed & EVERYTHING:
                self._kept.clear()
                return
            for key in [k for k, (read, *_rest) in self._kept.items() if read & changed]:
                del self._kept[key]

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()

    def __len__(self) -> int:
        return len(self._kept)


_active: ContextVar[FigureCache | None] = ContextVar("dasbor_figure_cache", default=None)


@contextmanager
def using(cache: FigureCache | None) -> Iterator[None]:
    """Providers called inside keep their answers in ``cache`` (None: read everything)."""
    token = _active.set(cache)
    try:
        yield
    finally:
        _active.reset(token)


def _hashable(value: Any) -> Any:
    if isinstance(value, list | set | frozenset):
        return tuple(sorted(value)) if isinstance(value, set | frozenset) else tuple(value)
    return value


def kept(*areas: str, keep: Callable[[Any], bool] = lambda _v: True, ages: bool = True) -> Callable:
    """Keep a provider's answers (``provider(uow, *args)``) in the active cache. Its
    arguments are the key; an argument with an ``as_of`` attribute (the dashboard query)
    or a datetime argument marks a past reading that never expires by age, as does a
    provider whose answer does not depend on the clock (``ages=False``)."""
    read = frozenset(areas)

    def wrap(provider: Callable) -> Callable:
        @functools.wraps(provider)
        def run(uow, *args: Any) -> Any:
            cache = _active.get()
            if cache is None:
                return provider(uow, *args)
            key = (provider.__name__, *(_hashable(a) for a in args))
            past = not ages or any(isinstance(a, datetime) or getattr(a, "as_of", None) is not None
                       for a in args)  # fmt: skip
            return cache.get(key, read, past, lambda: provider(uow, *args), keep)

        return run

    return wrap
