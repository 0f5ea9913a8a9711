"""The shape of the house (ARCHITECTURE.md): the import contracts in pyproject.toml hold,
and no module grows past what a reader takes in at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
MAX_LINES = 500


def test_import_contracts_hold():
    tool = Path(sys.executable).parent / ("lint-imports" + (".exe" if sys.platform == "win32" else ""))
    done = subprocess.run(
        [str(tool), "--no-cache"], cwd=PROJECT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_no_module_is_longer_than_a_reader_takes_in():
    long = {
        str(path.relative_to(PROJECT)): lines
        for path in (PROJECT / "app").rglob("*.py")
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long
