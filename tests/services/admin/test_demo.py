"""The demo database is the same whenever it is built and never holds a record from after
its own instant, Selasa 26 November 2024, 17.00 WIB (SPEC 12 and 14)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.services.admin import demo
from app.services.core import clock
from tests.desk_time import WIB


def _dump(path: Path) -> list[str]:
    """Every row of every table as SQL; the schema line by line, sorted (a migration that
    rebuilds a table on SQLite may list its constraints in another order)."""
    with sqlite3.connect(path) as connection:
        lines = list(connection.iterdump())
    schema = sorted(
        part.strip().rstrip(",") for line in lines if not line.startswith("INSERT")
        for part in line.splitlines()
    )  # fmt: skip
    return schema + [line for line in lines if line.startswith("INSERT")]


def test_two_demos_built_at_different_hours_and_days_are_identical(tmp_path):
    built = []
    for name, hour in (("malam", datetime(2026, 12, 7, 3, 0, tzinfo=WIB)),
                       ("siang", datetime(2027, 3, 1, 15, 0, tzinfo=WIB))):  # fmt: skip
        clock.pin(hour)
        path = tmp_path / name / "demo.sqlite"
        demo.ensure(path, tmp_path / name / "cadangan")
        built.append(_dump(path))
    night, day = built
    assert len(night) > 10_000
    differing = [(a, b) for a, b in zip(night, day, strict=True) if a != b]
    assert not differing, differing[:3]


#: Columns that record something that happened (not a plan or a deadline).
HAPPENED = ("created_at", "updated_at", "occurred_at", "reported_at", "actual_dispatch",
            "actual_arrival", "noted_at", "at", "received_at", "generated_at")  # fmt: skip


def test_no_demo_record_lies_after_the_demo_instant(demo_db_file):
    instant = demo.DEMO_AS_OF.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    later: dict[str, int] = {}
    with sqlite3.connect(demo_db_file) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        checked = 0
        for table in tables:
            for column in (r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')):
                if column in HAPPENED:
                    checked += 1
                    count = connection.execute(
                        f'SELECT count(*) FROM "{table}" WHERE "{column}" > ?', (instant,)
                    ).fetchone()[0]
                    if count:
                        later[f"{table}.{column}"] = count
    assert checked > 20
    assert not later, later
    assert datetime(2024, 11, 26, 17, 0, tzinfo=WIB) == demo.DEMO_AS_OF  # SPEC 12


def test_the_demo_shows_the_same_figures_at_any_hour(demo_db):
    """The demo reads its own instant, not the wall clock: a snapshot taken at 03.00 WIB
    equals one taken at 15.00 WIB on another day."""
    from datetime import date

    from app.services.dasbor import summary as dasbor

    snapshots = []
    for moment in (datetime(2026, 12, 7, 3, 0, tzinfo=WIB), datetime(2027, 3, 1, 15, 0, tzinfo=WIB)):
        clock.pin(moment)
        with clock.frozen(), demo_db.uow("demo") as uow:
            snapshots.append(dasbor.snapshot(
                uow, pemilihan_id=None, start=date(2024, 11, 1), end=date(2024, 11, 26)
            ))  # fmt: skip
    night, day = snapshots
    assert night.countdown == day.countdown and night.countdown.voting_day == date(2024, 11, 27)
    assert night == day
