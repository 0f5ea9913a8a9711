"""Issue 18: real bombs fed to the command line in a child process whose address space is
capped (``RLIMIT_AS``), as a small desk PC would be. Before, these took 1,1–7,7 GB (or
ended in a MemoryError reported as "berkas rusak"); each must now end with a clear
Indonesian answer and exit 1 (or be read through, exit 0), never a MemoryError or a
traceback. ``python -m bench.bombs`` measures their peak RSS with ``/usr/bin/time -v``."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench import bombs
from tests.services.exchange import helpers as exchange_helpers
from tests.services.insiden.helpers import record

resource = pytest.importorskip("resource")

PROJECT = Path(__file__).resolve().parents[3]
#: Address space for the child: the interpreter, SQLAlchemy and a bounded import fit
#: easily; any of these bombs read the old way did not.
ADDRESS_SPACE = 1024 * bombs.MB
MB = bombs.MB

kab_seed_file, kab = exchange_helpers.kab_seed_file, exchange_helpers.kab


@pytest.fixture
def desk(seeded_db_file: Path, tmp_path: Path) -> str:
    target = tmp_path / "provinsi.sqlite"
    shutil.copyfile(seeded_db_file, target)
    return f"sqlite:///{target}"


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _run(url: str, tmp_path: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DESK_PILKADA_HOME": str(tmp_path / "home"), "PYTHONPATH": str(PROJECT)}
    env.pop("DESK_PILKADA_DB_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", url, *argv], capture_output=True, text=True,
        env=env, cwd=PROJECT, preexec_fn=_capped, timeout=300, check=False,
    )  # fmt: skip
    for bad in ("MemoryError", "Traceback", "tidak terduga"):
        assert bad not in done.stdout + done.stderr, done.stderr[-3000:]
    return done


@pytest.mark.parametrize(
    ("make", "answer"),
    [
        (lambda f: bombs.xlsx_whitespace(f, 1024 * MB), "terlalu besar: isi lembar kerjanya 1.024 MB"),
        (lambda f: bombs.xlsx_bad_rows(f, 256 * MB), "terlalu besar: lebih dari 150.000 baris data"),
        (lambda f: bombs.xlsx_cell(f, 300 * MB), "sel terlalu panjang \\(sel B2"),
        (lambda f: bombs.xlsx_cell(f, 300 * MB, shared=True), "sel terlalu panjang"),
        (bombs.csv_bad_rows, "terlalu besar: lebih dari 150.000 baris data"),
        (bombs.csv_long_line, "terlalu besar: baris fisik ke-2"),
        (bombs.csv_blank_lines, "terlalu besar: lebih dari 1.048.576 baris"),
    ],
    ids=["spasi-1gib", "baris-buruk-256mib", "sel-300mib", "sel-bersama-300mib",
         "csv-baris-buruk-50mb", "csv-baris-panjang-50mb", "csv-baris-kosong-50mb"],
)  # fmt: skip
def test_a_spreadsheet_bomb_is_refused_in_bounded_memory(desk, tmp_path, make, answer):
    bomb = make(tmp_path)
    assert bomb.stat().st_size <= 50 * MB
    done = _run(desk, tmp_path, "import", "tahapan", str(bomb), "--dry-run")
    assert done.returncode == 1, done.stderr[-2000:]
    assert re.search(answer, done.stderr), done.stderr[-2000:]


def test_a_sheet_of_half_a_gigabyte_of_whitespace_is_read_through(desk, tmp_path):
    """Under the unpacked cap: streamed to its end; its one data row is found."""
    bomb = bombs.xlsx_whitespace(tmp_path, 480 * MB)
    done = _run(desk, tmp_path, "import", "tahapan", str(bomb), "--dry-run")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "1 baris dibaca: 1 valid" in done.stdout


def test_a_package_bomb_is_refused_in_bounded_memory(desk, kab, tmp_path):
    """A package whose records part unpacks past the cap (under the zip-ratio limit, its
    hashes recomputed by a forger) is refused before it is parsed; one just under the cap
    is parsed one record at a time and fits too."""
    record(kab)
    package = exchange_helpers.export(kab, tmp_path / "asli.deskpkg", tmp_path / "kab-store").path
    big = bombs.forged_package(package, tmp_path / "besar.deskpkg", 200 * MB)
    assert big.stat().st_size <= 50 * MB
    done = _run(desk, tmp_path, "package", "import", str(big), "--dry-run")
    assert done.returncode == 1
    assert "Paket terlalu besar: datanya 19" in done.stderr and "batasnya 128 MB" in done.stderr
    under = bombs.forged_package(package, tmp_path / "pas.deskpkg", 120 * MB)
    done = _run(desk, tmp_path, "package", "import", str(under), "--dry-run")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "data baru" in done.stdout
