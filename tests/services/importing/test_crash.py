"""An import is never half done, even when the PC dies: a process importing 20.000
incidents is killed (SIGKILL) in the middle of writing; the database file then passes
``integrity_check`` and holds none of the import, and the same file imports whole."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.services.importing.helpers import write_csv

ROWS = 20_000
PROJECT = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.services.admin import opening as desk
    from app.services import registers
    from app.services.importing import engine
    from app.services.core.progress import Progress

    db = desk.prepare(f"sqlite:///{sys.argv[1]}", Path(sys.argv[1]).parent / "backup")
    spec = registers.import_spec("insiden")
    with db.uow("tester") as uow:
        checked = engine.preview(uow, spec, Path(sys.argv[2]))
    print("PREVIEWED", len(checked.valid), flush=True)

    def report(done, total, label):
        if "Menyimpan insiden baru" in label and done >= int(sys.argv[3]):
            print("WRITING", done, flush=True)  # thousands of rows are in the transaction
            time.sleep(120)  # and here the power goes

    with db.uow("tester") as uow:
        engine.commit(uow, spec, checked, reporter=Progress(report))
    print("COMMITTED", flush=True)
    """
)


def _rows():
    for n in range(ROWS):
        day, minute = 20 + n // 1440 % 7, n % 1440
        yield [f"{day}/11/2024 {minute // 60:02d}.{minute % 60:02d}", "36.73", "Hoaks", "2",
               f"Laporan uji nomor {n}"]  # fmt: skip


def _counts(path: Path) -> tuple[str, int, int, int]:
    with sqlite3.connect(path) as connection:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        incidents = connection.execute("SELECT count(*) FROM insiden").fetchone()[0]
        history = connection.execute("SELECT count(*) FROM riwayat_insiden").fetchone()[0]
        imports = connection.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'import'"
        ).fetchone()[0]
    return check, incidents, history, imports  # fmt: skip


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_in_the_middle_of_an_import_leaves_all_or_nothing(seeded_db_file, tmp_path):
    database = tmp_path / "desk.sqlite"
    shutil.copyfile(seeded_db_file, database)
    source = write_csv(tmp_path / "insiden.csv", ["Waktu kejadian", "Kode wilayah", "Kategori", "Keparahan", "Kronologi"], _rows())  # fmt: skip
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(database), str(source), "5000"],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )  # fmt: skip
    try:
        lines = []
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
            if line.startswith("WRITING"):
                break
        assert lines and lines[-1].startswith("WRITING"), (
            lines,
            child.stderr.read() if child.poll() is not None else "",
        )
        assert lines[0] == f"PREVIEWED {ROWS}"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert _counts(database) == ("ok", 0, 0, 0)  # none of it

    finished = subprocess.run(
        [sys.executable, "-m", "app", "--db", f"sqlite:///{database}", "import", "insiden", str(source)],
        cwd=PROJECT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    assert _counts(database) == ("ok", ROWS, ROWS, 1)  # all of it
