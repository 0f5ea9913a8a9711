"""Early warning at election-day scale: 100.000 incidents (a third with coordinates),
1.000.000 consignment lines, 20.000 outreach sessions.

The alert computation (``peringatan.periksa``: read, detect, name and phrase every alert)
is compared with the bare aggregation it needs, in the same run and database: the
incidents of the baseline period and the windows read through the sqlite3 module into
pandas and counted per kab/kota, kecamatan and desa, in all and per category, in the
windows and the baseline — and, when a logistics deadline is near, the two readiness
roll-ups (goods received per kecamatan and item now and a week earlier, requirements).
Twice: on a day with no logistics deadline near (incidents alone) and five days before
the PPK deadline. Goal (issue 21): within 1,5× of the bare aggregation.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.core import Figure

COUNT = 100_000
REPEAT = 5
WIB = ZoneInfo("Asia/Jakarta")
START = datetime(2024, 9, 25)
#: (name, instant): a day with no deadline near, and five days before the PPK deadline.
INSTANTS = (
    ("tanpa tenggat logistik", datetime(2024, 10, 25, 17, 0, tzinfo=WIB)),
    ("H-5 batas tiba PPK", datetime(2024, 11, 15, 17, 0, tzinfo=WIB)),
)
REACH_HOURS = 48 + 14 * 24


def _fill(path: Path) -> None:
    from app.services.admin import opening as desk
    from app.services.desk import seeding

    db = desk.prepare(f"sqlite:///{path}", path.parent / "backup")
    with db.uow("bench") as uow:
        seeding.seed(uow, "36")
    db.dispose()
    rng = random.Random(21)
    with sqlite3.connect(path) as connection:
        desa = connection.execute("SELECT id, code FROM wilayah WHERE level = 4").fetchall()
        kategori = [r[0] for r in connection.execute("SELECT id FROM referensi WHERE kind = 'kategori_insiden'")]
        centre = {code: (-6.0 - rng.random() * 1.0, 105.9 + rng.random() * 1.0) for _id, code in desa}
        days = 62
        weights = [1.0 + 2.0 * d / days for d in range(days)]  # the campaign gets busier
        rows = []
        for n in range(1, COUNT + 1):
            day = rng.choices(range(days), weights=weights)[0]
            when = START + timedelta(days=day, minutes=rng.randint(0, 24 * 60 - 1))
            region_id, code = rng.choice(desa)
            lat = lon = None
            if rng.random() < 0.33:
                lat, lon = centre[code][0] + rng.gauss(0, 0.01), centre[code][1] + rng.gauss(0, 0.01)
            status = rng.choice(("Baru", "Terverifikasi", "Ditindaklanjuti", "Selesai", "Selesai", "Tidak valid"))
            stamp = when.isoformat(" ")
            rows.append((str(uuid.UUID(int=rng.getrandbits(128))), stamp, "bench", stamp, "bench", 1, 0,
                         f"INS-2024-{n:06d}", stamp, stamp, region_id, code, "", "lokasi contoh",
                         lat, lon, rng.choice(kategori), rng.choices((1, 2, 3, 4), (40, 35, 19, 6))[0],
                         "", "Kronologi contoh.", "", "", "", status, None, None, ""))  # fmt: skip
        connection.executemany(
            "INSERT INTO insiden (uid, created_at, created_by, updated_at, updated_by, version, archived, number, "
            "occurred_at, reported_at, wilayah_id, wilayah_code, tps, place_detail, latitude, longitude, "
            "kategori_id, severity, reporter, chronology, parties, losses, actions_taken, status, "
            "escalated_to_id, follow_up_deadline, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        connection.commit()
    from bench.dasbor import _fill_logistik_sosialisasi

    _fill_logistik_sosialisasi(path)


def _utc(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).replace(tzinfo=None).isoformat(" ")


INCIDENTS = (
    "SELECT id, occurred_at, wilayah_code, kategori_id, severity, latitude, longitude FROM insiden "
    "WHERE archived = 0 AND status != 'Tidak valid' AND linked_to_id IS NULL AND occurred_at > ? "
    "AND occurred_at <= ?"
)
GOODS = (
    "SELECT substr(b.destination_code, 1, 8) c, b.jenis_id, sum(b.qty_good) FROM pengiriman_baris b "
    "JOIN pengiriman p ON p.id = b.pengiriman_id WHERE b.archived = 0 AND b.qty_good IS NOT NULL "
    "AND p.archived = 0 AND p.destination_level = 'PPK' AND p.actual_arrival <= ? GROUP BY c, b.jenis_id"
)
NEEDS = "SELECT substr(wilayah_code, 1, 8) c, jenis_id, sum(quantity) FROM kebutuhan WHERE archived = 0 GROUP BY c, jenis_id"


def _bare(path: Path, at: datetime, logistics: bool) -> float:
    """The aggregation the alerts need, bare: one read into pandas, then the counts."""
    import pandas as pd

    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        with sqlite3.connect(path) as connection:
            rows = connection.execute(INCIDENTS, (_utc(at - timedelta(hours=REACH_HOURS)), _utc(at))).fetchall()
            if logistics:
                for moment in (at, at - timedelta(days=7)):
                    connection.execute(GOODS, (_utc(moment),)).fetchall()
                connection.execute(NEEDS).fetchall()
        frame = pd.DataFrame(rows, columns=["id", "occurred_at", "code", "kat", "severity", "lat", "lon"])
        age = (pd.Timestamp(at).tz_convert("UTC") - pd.to_datetime(frame["occurred_at"], utc=True,
                                                                   format="ISO8601")).dt.total_seconds() / 3600
        for window in (24, 48):
            frame["n"] = age < window
            frame["b"] = (age >= window) & (age < window + 14 * 24)
            for length in (5, 8):
                key = frame["code"].str[:length]
                frame.groupby([key, "kat"])[["n", "b"]].sum()
                frame.groupby(key)[["n", "b"]].sum()
        frame.groupby("code")[["n", "b"]].sum()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _alerts(path: Path, at: datetime) -> tuple[float, int]:
    from app.services import peringatan
    from app.services.admin import opening as desk

    db = desk.prepare(f"sqlite:///{path}", path.parent / "backup")
    with db.uow("bench") as uow:  # the first run imports pandas and compiles the statements
        found = peringatan.periksa(uow, at)
    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        with db.uow("bench") as uow:
            found = peringatan.periksa(uow, at)
        samples.append(time.perf_counter() - started)
    db.dispose()
    return statistics.median(samples), len(found.alerts)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-peringatan-") as tmp:
        os.environ["DESK_PILKADA_HOME"] = tmp
        path = Path(tmp) / "peringatan.sqlite"
        _fill(path)
        with sqlite3.connect(path) as connection:  # the desk's own instant: after the data
            connection.execute("INSERT OR REPLACE INTO pengaturan (key, value) VALUES ('demo_as_of', ?)",
                               ("2024-11-27T17:00:00+07:00",))  # fmt: skip
        figures = []
        for name, at in INSTANTS:
            logistics = at.month == 11
            bare = _bare(path, at, logistics)
            took, count = _alerts(path, at)
            figures.append(Figure(f"peringatan 100.000: {name} ({count} peringatan)", took, bare,
                                  "baca + hitung telanjang (sqlite3, pandas)", target_ratio=1.5))  # fmt: skip
    return figures
