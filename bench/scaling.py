"""How cost grows with the data (issue 20): the dashboard snapshot, the daily brief and
opening the incident register at three sizes — 10.000 / 100.000 / 400.000 incidents with
100.000 / 1.000.000 / 4.000.000 consignment lines (plus 20.000 outreach sessions and DPT
per kecamatan for every contest) — each against its bare SQL at the same size, in the
same run. The last rows give the growth per 10× data of each measure beside the growth of
its baseline: 10× is linear; a measure growing faster than its baseline is where a
super-linear cost hides.

Slow (a few minutes, ~1,5 GB of disk at the largest size): ``python -m bench scaling``.
"""

from __future__ import annotations

import math
import os
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.core import Figure, median_time

SIZES = ((10_000, 100_000), (100_000, 1_000_000), (400_000, 4_000_000))
DAY = date(2024, 11, 26)


def _label(incidents: int, lines: int) -> str:
    from app.services.core.formatting import number

    return f"{number(incidents)} insiden / {number(lines)} baris"


def _bare_aggregates(path: Path) -> float:
    from bench.dasbor import BARE

    def run() -> None:
        with sqlite3.connect(path) as connection:
            for sql in BARE.values():
                connection.execute(sql).fetchall()

    return median_time(run, repeat=3)


def _bare_register(path: Path) -> float:
    from bench.insiden import CASES, COUNT_SQL, SELECT

    where, order = CASES["buka halaman"]

    def run() -> None:
        with sqlite3.connect(path) as connection:
            connection.execute(COUNT_SQL.format(where=where)).fetchone()
            connection.execute(SELECT.format(where=where, order=order)).fetchall()

    return median_time(run, repeat=3)


def _measure(path: Path) -> dict[str, float]:
    from app.services.admin import opening as desk
    from app.services.insiden import query as insiden_query
    from app.services.insiden.query import InsidenFilter
    from bench.briefs import _brief, _snapshot

    db = desk.prepare(f"sqlite:///{path}", path.parent / "backup")
    _snapshot(db)  # statements compiled, modules imported

    def register() -> None:
        with db.uow("bench") as uow:
            insiden_query.query(uow, InsidenFilter(), 0, 200)

    found = {
        "bare": _bare_aggregates(path),
        "snapshot": median_time(lambda: _snapshot(db), repeat=3),
        "brief": median_time(lambda: _brief(db), repeat=2),
        "bare_register": _bare_register(path),
        "register": median_time(register, repeat=3),
    }
    db.dispose()
    return found


def _growth(small: float, large: float, factor: float) -> float:
    """Growth per 10× data between two sizes ``factor`` apart."""
    return (large / small) ** (1 / math.log10(factor)) if small > 0 else float("inf")


def run() -> list[Figure]:
    from bench.dasbor import _fill_logistik_sosialisasi
    from bench.insiden import _fill

    figures, measured = [], []
    for incidents, lines in SIZES:
        with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
            os.environ["DESK_PILKADA_HOME"] = tmp
            path = Path(tmp) / "skala.sqlite"
            started = time.perf_counter()
            _fill(path, incidents)
            _fill_logistik_sosialisasi(path, lines)
            print(f"  ({_label(incidents, lines)}: diisi dalam {time.perf_counter() - started:.0f} s)",
                  flush=True)  # fmt: skip
            found = _measure(path)
        measured.append(found)
        label = _label(incidents, lines)
        figures += [
            Figure(f"{label}: snapshot dasbor", found["snapshot"], found["bare"],
                   "agregat SQL telanjang"),
            # The goal is set at election-day scale (issue 20); at 10.000 incidents the
            # brief is mostly its fixed cost of laying out ten pages (~0,45 s).
            Figure(f"{label}: laporan harian", found["brief"], found["snapshot"],
                   "snapshot dasbor", target_ratio=1.5 if incidents >= 100_000 else None),
            Figure(f"{label}: buka register insiden", found["register"], found["bare_register"],
                   "SQL telanjang", target_ratio=1.5),
        ]  # fmt: skip
    factor = SIZES[-1][0] / SIZES[0][0]
    first, last = measured[0], measured[-1]
    growth = [
        Figure(f"pertumbuhan per 10x data: {name}", _growth(first[key], last[key], factor),
               _growth(first[base], last[base], factor), "pertumbuhan pembandingnya", unit="x")
        for name, key, base in (("snapshot dasbor", "snapshot", "bare"),
                                ("laporan harian", "brief", "snapshot"),
                                ("register insiden", "register", "bare_register"))
    ]  # fmt: skip
    medians = statistics.median(g.ratio for g in growth)
    print(f"  (median rasio pertumbuhan: {medians:.2f}; 1,00 = tumbuh seperti pembandingnya)")
    return figures + growth
