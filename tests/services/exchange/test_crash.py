"""A package import killed in the middle (SIGKILL, as a crash or power loss would) leaves a
sound database holding all of the package or none of it (issue 7 item 6)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.services.exchange import helpers as exchange_helpers
from tests.services.exchange.helpers import bulk_incidents, export, take_in

#: The kab/kota desk fixtures, shared with the other exchange tests.
kab_seed_file, kab = exchange_helpers.kab_seed_file, exchange_helpers.kab

N = 20_000
PROJECT = Path(__file__).resolve().parents[3]
#: The child imports through the service and says where it is; it pauses a moment after
#: each chunk so the test can kill it while rows are being written.
CHILD = """
import sys, time
from pathlib import Path
from app.services.admin import opening as desk
from app.services.exchange import import_package
from app.services.core.progress import Progress



def report(done, total, label):
    print(f"PROGRESS {done} {total} {label}", flush=True)
    if label.startswith("Menggabungkan"):
        time.sleep(0.05)

db = desk.prepare(f"sqlite:///{sys.argv[1]}", Path(sys.argv[3]))
with db.uow("operator") as uow:
    result = import_package(uow, Path(sys.argv[2]), store=Path(sys.argv[3]), reporter=Progress(report))
print("DONE", flush=True)
"""


def _state(path: Path) -> tuple[list[str], int, int]:
    connection = sqlite3.connect(path)
    try:
        check = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        incidents = connection.execute("SELECT count(*) FROM insiden").fetchone()[0]
        packages = connection.execute(
            "SELECT count(*) FROM paket_pertukaran WHERE direction = 'masuk'"
        ).fetchone()[0]
    finally:
        connection.close()
    return check, incidents, packages


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_killed_package_import_leaves_all_or_nothing(kab, sqlite_db, tmp_path):
    bulk_incidents(kab, N)
    package = export(kab, tmp_path / "besar.deskpkg", tmp_path / "kab-store").path
    target = sqlite_db.sqlite_path
    _check, before, _ = _state(target)
    sqlite_db.dispose()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target), str(package), str(tmp_path / "store")],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    killed_at = None
    deadline = time.monotonic() + 300
    assert child.stdout is not None
    for line in child.stdout:
        parts = line.split()
        if parts[:1] == ["PROGRESS"] and "Menggabungkan" in line and int(parts[1]) >= N // 4:
            os.kill(child.pid, signal.SIGKILL)
            killed_at = int(parts[1])
            break
        assert time.monotonic() < deadline, "the import never reached the merge"
    child.wait(timeout=60)
    assert killed_at is not None, child.stderr.read() if child.stderr else ""
    assert child.returncode == -signal.SIGKILL

    check, incidents, packages = _state(target)
    assert check == ["ok"]
    # Killed while rows were being written: none of them is there, nor the package entry.
    assert (incidents, packages) == (before, 0), f"killed after {killed_at} rows"

    # And nothing half-done stands in the way: the same package now goes in whole.
    from app.services.admin import opening as desk

    reopened = desk.prepare(f"sqlite:///{target}", tmp_path / "backup")
    try:
        take_in(reopened, package, tmp_path / "store")
    finally:
        reopened.dispose()
    check, incidents, packages = _state(target)
    assert (check, incidents, packages) == (["ok"], before + N, 1)
