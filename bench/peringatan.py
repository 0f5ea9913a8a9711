"""Early warning at election-day scale: 100.000 incidents (a third with coordinates, and
bursts planted before each instant measured), 1.000.000 consignment lines, 20.000
outreach sessions.

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
REPEAT = 9
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
    _plant(path)
    from bench.dasbor import _fill_logistik_sosialisasi

    _fill_logistik_sosialisasi(path)


def _plant(path: Path) -> None:
    """Before each instant, bursts the alerts must find: 12 reports of one category in one
    kecamatan within 10 hours (ten of them), and 6 located within 300 m (five)."""
    rng = random.Random(22)
    with sqlite3.connect(path) as connection:
        kecamatan = [r[0] for r in connection.execute("SELECT code FROM wilayah WHERE level = 3")]
        desa = connection.execute("SELECT id, code FROM wilayah WHERE level = 4").fetchall()
        kategori = [r[0] for r in connection.execute("SELECT id FROM referensi WHERE kind = 'kategori_insiden'")]
        number = COUNT
        rows = []
        for _name, at in INSTANTS:
            end = at.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
            for burst in range(15):
                kec = rng.choice(kecamatan)
                inside = [d for d in desa if d[1].startswith(kec + ".")]
                kat, size = rng.choice(kategori), 12 if burst < 10 else 6
                lat, lon = -6.0 - rng.random(), 105.9 + rng.random()
                for n in range(size):
                    number += 1
                    when = end - timedelta(hours=10 * n / size + 1)
                    region_id, code = rng.choice(inside) if burst < 10 else inside[n % len(inside)]
                    where = (lat + rng.gauss(0, 0.001), lon + rng.gauss(0, 0.001)) if burst >= 10 else (None, None)
                    stamp = when.isoformat(" ")
                    rows.append((str(uuid.UUID(int=rng.getrandbits(128))), stamp, "bench", stamp, "bench", 1, 0,
                                 f"INS-2024-{number:06d}", stamp, stamp, region_id, code, "", "lokasi contoh",
                                 *where, kat if burst < 10 else rng.choice(kategori), 2, "", "Kronologi contoh.",
                                 "", "", "", "Baru", None, None, ""))  # fmt: skip
        connection.executemany(
            "INSERT INTO insiden (uid, created_at, created_by, updated_at, updated_by, version, archived, number, "
            "occurred_at, reported_at, wilayah_id, wilayah_code, tps, place_detail, latitude, longitude, "
            "kategori_id, severity, reporter, chronology, parties, losses, actions_taken, status, "
            "escalated_to_id, follow_up_deadline, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        connection.commit()


def _utc(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).replace(tzinfo=None).isoformat(" ")


#: The incidents that count as of the instant: recorded by then, their status then (the
#: last step of their history by then) not Tidak valid — what the desk knew (SPEC 14).
INCIDENTS = (
    "SELECT i.id, i.occurred_at, i.wilayah_code, i.kategori_id, i.severity, i.latitude, i.longitude "
    "FROM insiden i WHERE i.archived = 0 AND i.linked_to_id IS NULL AND i.occurred_at > ? "
    "AND i.occurred_at <= ? AND i.created_at <= ? AND coalesce((SELECT r.to_status FROM riwayat_insiden r "
    "WHERE r.insiden_id = i.id AND r.at <= ? ORDER BY r.at DESC, r.id DESC LIMIT 1), 'Baru') != 'Tidak valid'"
)
GOODS = (
    "SELECT substr(b.destination_code, 1, 8) c, b.jenis_id, sum(b.qty_good) FROM pengiriman_baris b "
    "JOIN pengiriman p ON p.id = b.pengiriman_id WHERE b.archived = 0 AND b.qty_good IS NOT NULL "
    "AND p.archived = 0 AND p.destination_level = 'PPK' AND p.actual_arrival <= ? GROUP BY c, b.jenis_id"
)
NEEDS = "SELECT substr(wilayah_code, 1, 8) c, jenis_id, sum(quantity) FROM kebutuhan WHERE archived = 0 GROUP BY c, jenis_id"


def _bare_once(path: Path, at: datetime, logistics: bool) -> None:
    """The aggregation the alerts need, bare: one read into pandas, then the counts."""
    import pandas as pd

    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            INCIDENTS, (_utc(at - timedelta(hours=REACH_HOURS)), _utc(at), _utc(at), _utc(at))
        ).fetchall()
        if logistics:
            for moment in (at, at - timedelta(days=7)):
                connection.execute(GOODS, (_utc(moment),)).fetchall()
            connection.execute(NEEDS).fetchall()
    frame = pd.DataFrame(rows, columns=["id", "occurred_at", "code", "kat", "severity", "lat", "lon"])
    occurred = pd.to_datetime(frame["occurred_at"], utc=True, format="ISO8601")
    age = (pd.Timestamp(at).tz_convert("UTC") - occurred).dt.total_seconds() / 3600
    for window in (24, 48):
        frame["n"] = age < window
        frame["b"] = (age >= window) & (age < window + 14 * 24)
        for length in (5, 8):
            key = frame["code"].str[:length]
            frame.groupby([key, "kat"])[["n", "b"]].sum()
            frame.groupby(key)[["n", "b"]].sum()
    frame.groupby("code")[["n", "b"]].sum()


def _measure(path: Path, at: datetime, logistics: bool) -> tuple[float, float, int]:
    """Median times of the bare aggregation and of ``peringatan.periksa``, taken in turns
    (one of each per round), so a machine busy with other work slows both alike."""
    from app.services import peringatan
    from app.services.admin import opening as desk

    db = desk.prepare(f"sqlite:///{path}", path.parent / "backup")
    with db.uow("bench") as uow:  # the first run imports pandas and compiles the statements
        found = peringatan.periksa(uow, at)
    _bare_once(path, at, logistics)
    bare, alerts = [], []
    for _ in range(REPEAT):
        started = time.perf_counter()
        _bare_once(path, at, logistics)
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        with db.uow("bench") as uow:
            found = peringatan.periksa(uow, at)
        alerts.append(time.perf_counter() - started)
    db.dispose()
    return statistics.median(bare), statistics.median(alerts), len(found.alerts)


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
            bare, took, count = _measure(path, at, logistics=at.month == 11)
            figures.append(Figure(f"peringatan 100.000: {name} ({count} peringatan)", took, bare,
                                  "baca + hitung telanjang (sqlite3, pandas)", target_ratio=1.5))  # fmt: skip
    return figures
