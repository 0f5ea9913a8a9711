"""Importing 100.000 incidents from one `.xlsx`, end to end (read, check every row,
preview, write in one audited transaction with numbers and history), against reading the
same file with pandas and inserting it with the sqlite3 module's ``executemany`` — the
least a program could do with that file — in the same run.

Each side runs in its own process on its own copy of a seeded database, so its peak
memory (max RSS) is its own. pandas is measured with its default reader (openpyxl) and
with the calamine engine; the ratio is taken against the faster of the two.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from app.services.core.formatting import number
from bench.core import Figure

COUNT = 100_000
HEADERS = ["Nomor", "Waktu kejadian", "Kode wilayah", "TPS", "Lokasi", "Kategori", "Keparahan",
           "Sumber", "Pelapor", "Telepon pelapor", "Kronologi", "Tindakan"]  # fmt: skip
WORDS = ("baliho dirusak di depan balai desa", "amplop berisi uang dibagikan kepada warga",
         "massa berkumpul di depan kantor PPK", "hoaks tentang surat suara beredar di grup",
         "ASN terlihat ikut kampanye terbuka", "logistik datang terlambat dan basah")  # fmt: skip
SEVERITY = ("1 Rendah", "2 Sedang", "3 Tinggi", "4 Kritis")


def seeded_database(folder: Path) -> Path:
    from app.services.admin import opening as desk
    from app.services.desk import seeding

    path = folder / "seed.sqlite"
    db = desk.prepare(f"sqlite:///{path}", folder / "backup")
    with db.uow("bench") as uow:
        seeding.seed(uow, "36")
    db.dispose()
    return path


def write_incidents(path: Path, db_file: Path, count: int = COUNT, seed: int = 11) -> Path:
    """A realistic incident sheet: desa codes, category and source names, Indonesian
    severities, real date cells, a sentence or two of chronology."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    with sqlite3.connect(db_file) as connection:
        desa = [r[0] for r in connection.execute("SELECT code FROM wilayah WHERE level = 4")]
        kategori = [r[0] for r in connection.execute(
            "SELECT name FROM referensi WHERE kind = 'kategori_insiden'")]  # fmt: skip
        sumber = [
            r[0] for r in connection.execute("SELECT name FROM referensi WHERE kind = 'sumber'")
        ]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.append(HEADERS)
    start = datetime(2024, 9, 25)
    for n in range(count):
        when = start + timedelta(minutes=rng.randint(0, 62 * 24 * 60))
        sheet.append([
            "", when, rng.choice(desa), str(rng.randint(1, 30)), f"RT {rng.randint(1, 9):02d}",
            rng.choice(kategori), rng.choice(SEVERITY), rng.choice(sumber), f"Pelapor {n}",
            f"0812{rng.randint(10_000_000, 99_999_999)}",
            f"Laporan {n}: {rng.choice(WORDS)}; {rng.choice(WORDS)}.", "Dipantau",
        ])  # fmt: skip
    book.save(path)
    return path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _child_app(source: Path, db_file: Path) -> dict:
    from app.services import registers
    from app.services.admin import opening as desk
    from app.services.importing import engine

    started = time.perf_counter()
    db = desk.prepare(f"sqlite:///{db_file}", db_file.parent / "backup")
    spec = registers.import_spec("insiden")
    with db.uow("bench") as uow:
        checked = engine.preview(uow, spec, source)
    assert not checked.errors, checked.errors[:3]
    with db.uow("bench") as uow:
        outcome = engine.commit(uow, spec, checked)
    assert outcome.created == COUNT, outcome
    return {"seconds": time.perf_counter() - started, "rss_mb": _rss_mb()}


def _child_pandas(source: Path, db_file: Path, reader: str) -> dict:
    import pandas as pd

    started = time.perf_counter()
    frame = pd.read_excel(source, engine=None if reader == "default" else reader)
    connection = sqlite3.connect(db_file)
    wilayah = dict(connection.execute("SELECT code, id FROM wilayah"))
    kategori = dict(
        connection.execute("SELECT name, id FROM referensi WHERE kind = 'kategori_insiden'")
    )
    now = datetime.now().isoformat(" ")
    rows = [
        (str(uuid.uuid4()), now, "bench", now, "bench", 1, 0, f"INS-2024-{i + 1:06d}",
         when.isoformat(" "), when.isoformat(" "), wilayah[code], code, str(tps), place,
         kategori[kat], int(sev[0]), reporter, phone, chronology, actions, "Baru")
        for i, (when, code, tps, place, kat, sev, reporter, phone, chronology, actions) in enumerate(
            frame[["Waktu kejadian", "Kode wilayah", "TPS", "Lokasi", "Kategori", "Keparahan",
                   "Pelapor", "Telepon pelapor", "Kronologi", "Tindakan"]].itertuples(index=False)
        )
    ]  # fmt: skip
    with connection:
        connection.executemany(
            "INSERT INTO insiden (uid, created_at, created_by, updated_at, updated_by, version, "
            "archived, number, occurred_at, reported_at, wilayah_id, wilayah_code, tps, "
            "place_detail, kategori_id, severity, reporter, reporter_phone, chronology, "
            "actions_taken, status, parties, losses, outcome) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'','','')",
            rows,
        )
    connection.close()
    return {"seconds": time.perf_counter() - started, "rss_mb": _rss_mb()}


def _measure(kind: str, source: Path, seed_db: Path, work: Path) -> dict:
    db_file = work / f"{kind}.sqlite"
    shutil.copyfile(seed_db, db_file)
    done = subprocess.run(
        [sys.executable, "-m", "bench.importing", "--child", kind, str(source), str(db_file)],
        capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


#: The app and the fast baseline are run this many times, alternating, and the quickest
#: of each is compared: on a shared machine a single run measures its neighbours as much.
ROUNDS = 3


def _quickest(runs: list[dict]) -> dict:
    return {"seconds": min(r["seconds"] for r in runs), "rss_mb": max(r["rss_mb"] for r in runs)}


def _times(runs: list[dict]) -> str:
    return " / ".join(f"{r['seconds']:.1f}" for r in runs)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-impor-") as folder:
        work = Path(folder)
        seed_db = seeded_database(work)
        source = write_incidents(work / "insiden.xlsx", seed_db)
        size = source.stat().st_size / 2**20
        default = _measure("pandas-default", source, seed_db, work)
        apps, calamines = [], []
        for _round in range(ROUNDS):
            apps.append(_measure("app", source, seed_db, work))
            calamines.append(_measure("pandas-calamine", source, seed_db, work))
    app, calamine = _quickest(apps), _quickest(calamines)
    baseline, name = min((default["seconds"], "openpyxl"), (calamine["seconds"], "calamine"))
    label = f"pandas ({name}) + sqlite3 executemany"
    print(
        f"# berkas {size:.1f} MB, {number(COUNT)} baris, tercepat dari {ROUNDS} | pandas+openpyxl "
        f"{default['seconds']:.1f} s, {default['rss_mb']:.0f} MB | pandas+calamine "
        f"{_times(calamines)} s, {calamine['rss_mb']:.0f} MB | "
        f"aplikasi {_times(apps)} s, {app['rss_mb']:.0f} MB | "
        f"beban {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    return [
        Figure(f"impor {number(COUNT)} insiden .xlsx ujung ke ujung", app["seconds"], baseline, label,
               target_ratio=1.5),
        Figure("memori puncak impor (MB)", app["rss_mb"],
               calamine["rss_mb"] if name == "calamine" else default["rss_mb"], label, unit="MB"),
    ]  # fmt: skip


def _child(argv: list[str]) -> int:
    kind, source, db_file = argv[0], Path(argv[1]), Path(argv[2])
    if kind == "app":
        result = _child_app(source, db_file)
    else:
        result = _child_pandas(source, db_file, kind.removeprefix("pandas-"))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(_child(sys.argv[2:]))
    for figure in run():
        print(figure.line())
