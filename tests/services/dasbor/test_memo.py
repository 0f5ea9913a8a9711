"""The dashboard keeps its figures between refreshes: after a change it reads again only
the areas the change names, and what it shows is what a full reading shows."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import event

from app.services.core import changes as keys
from app.services.dasbor import memo
from app.services.dasbor import sources as dasbor_sources
from app.services.dasbor import summary as dasbor
from tests.services.dasbor.test_summary import PANDEGLANG_DESA, incidents  # noqa: F401
from tests.services.insiden.helpers import record, wib

QUERY = {"pemilihan_id": None, "start": date(2024, 11, 1), "end": date(2024, 11, 28)}


class Ticker:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def cache() -> memo.FigureCache:
    return memo.FigureCache(max_age=60, clock=Ticker())


def _kept(db, cache, **kw) -> dasbor.DasborSnapshot:
    with db.uow() as uow:
        return dasbor.kept_snapshot(uow, cache, **{**QUERY, **kw})


def _fresh(db, **kw) -> dasbor.DasborSnapshot:
    with db.uow() as uow:
        return dasbor.snapshot(uow, **{**QUERY, **kw})


class Statements:
    """The SQL statements the database received, to see which registers were read."""

    def __init__(self, db) -> None:
        self.seen: list[str] = []
        self._engine = db.engine
        event.listen(self._engine, "before_cursor_execute", self._note)

    def _note(self, _conn, _cursor, statement, *_args) -> None:
        self.seen.append(statement)

    def reading(self, table: str) -> int:
        return sum(f"FROM {table}" in s or f"JOIN {table}" in s for s in self.seen)

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._note)


def test_after_an_incident_is_recorded_only_incident_figures_are_read_again(db, incidents, cache):  # noqa: F811
    first = _kept(db, cache)
    record(db, desa=PANDEGLANG_DESA, severity=4, occurred_at=wib(27))
    cache.invalidate({keys.INSIDEN})  # what the change signal says
    watch = Statements(db)
    try:
        kept = _kept(db, cache)
    finally:
        watch.close()
    assert watch.reading("insiden") > 0
    assert watch.reading("pengiriman_baris") == 0 and watch.reading("sosialisasi") == 0
    assert kept.open_incidents.value.by_severity[4] == first.open_incidents.value.by_severity[4] + 1
    assert kept == _fresh(db)


def test_without_a_change_signal_a_figure_is_kept_at_most_max_age(db, incidents, cache):  # noqa: F811
    before = _kept(db, cache).open_incidents.value.total
    record(db, desa=PANDEGLANG_DESA, severity=4, occurred_at=wib(27))  # no signal: missed
    cache._clock.now += 30
    assert _kept(db, cache).open_incidents.value.total == before
    cache._clock.now += 31
    assert _kept(db, cache).open_incidents.value.total == before + 1


def test_figures_as_of_a_past_evening_never_age(db, incidents, cache):  # noqa: F811
    evening = datetime(2024, 11, 20, 23, 59, tzinfo=wib(20).tzinfo)
    past = _kept(db, cache, as_of=evening)
    read = cache.misses
    cache._clock.now += 3600
    assert _kept(db, cache, as_of=evening) == past
    assert cache.misses == read  # nothing read again
    assert past == _fresh(db, as_of=evening)


def test_a_change_to_desk_settings_drops_every_figure(db, incidents, cache):  # noqa: F811
    _kept(db, cache)
    assert len(cache) > 5
    cache.invalidate({keys.SOSIALISASI})
    assert len(cache) > 5  # outreach figures only
    cache.invalidate({keys.PENGATURAN})
    assert len(cache) == 0


def test_a_failed_reading_is_tried_again_on_the_next_refresh(db, incidents, cache, monkeypatch):  # noqa: F811
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("broken")

    working = dasbor_sources.sosialisasi_stats.reach_total
    monkeypatch.setattr(dasbor_sources.sosialisasi_stats, "reach_total", broken)
    assert _kept(db, cache).reach.state == dasbor_sources.FAILED
    monkeypatch.setattr(dasbor_sources.sosialisasi_stats, "reach_total", working)
    assert _kept(db, cache).reach.state != dasbor_sources.FAILED
