#!/usr/bin/env python3
"""One command per job, on a fresh machine with only Python 3.11+:

    python dev.py demo     set up .venv, build translations, open the app on demo data
    python dev.py test     set up .venv with test tools, run the whole test suite
    python dev.py bench    run the benchmarks (python -m bench)
    python dev.py run ...  open the app (or a CLI command) with the given arguments
    python dev.py i18n     refresh the .ts translation sources from the code

The virtual environment is re-installed only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".desk-pilkada-installed"
I18N = ROOT / "resources" / "i18n"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_tool(name: str) -> Path:
    return (
        VENV
        / ("Scripts" if os.name == "nt" else "bin")
        / (name + (".exe" if os.name == "nt" else ""))
    )


def ensure_venv(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - a user may run an older Python
        sys.exit("Desk Pilkada membutuhkan Python 3.11 atau lebih baru.")
    if not venv_python().exists():
        print("Membuat lingkungan virtual .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    installed = STAMP.read_text().split() if STAMP.exists() else []
    if wanted not in installed:
        print("Memasang dependensi (sekali saja) …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(venv_python()), "-m", "pip", "install", "-q", "-e", target], cwd=ROOT, check=True
        )
        STAMP.write_text("\n".join([*installed, wanted]))
    build_translations()
    return venv_python()


PG_ENV = "DESK_PILKADA_TEST_PG"


def postgres_for_tests() -> str:
    """On a Debian/Ubuntu machine where we are root, install and start a local PostgreSQL
    so database tests also run against it; elsewhere return "" (SQLite only)."""
    script = ROOT / ".ci" / "start-postgres.sh"
    if (
        os.name != "posix"
        or not hasattr(os, "geteuid")
        or os.geteuid() != 0
        or not shutil.which("apt-get")
    ):
        return ""
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        return ""
    return done.stdout.strip().splitlines()[-1]


def build_translations() -> None:
    """Compile resources/i18n/*.ts to .qm (generated, never committed)."""
    lrelease = venv_tool("pyside6-lrelease")
    for source in I18N.glob("*.ts"):
        target = source.with_suffix(".qm")
        if lrelease.exists() and (
            not target.exists() or target.stat().st_mtime < source.stat().st_mtime
        ):
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=False)


def refresh_translation_sources() -> int:
    files = [str(p) for p in sorted((ROOT / "app").rglob("*.py"))]
    code = subprocess.call(
        [str(venv_tool("pyside6-lupdate")), *files, "-ts", str(I18N / "desk_pilkada_en.ts")]
    )
    return code or subprocess.call([str(venv_python()), str(I18N / "fill_en.py")])


def main(argv: list[str]) -> int:
    job = argv[0] if argv else "demo"
    rest = argv[1:]
    os.chdir(ROOT)
    if job == "demo":
        python = ensure_venv("")
        return subprocess.call([str(python), "-m", "app", "--demo", *rest])
    if job == "run":
        python = ensure_venv("")
        return subprocess.call([str(python), "-m", "app", *rest])
    if job == "test":
        python = ensure_venv("test")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.setdefault(PG_ENV, postgres_for_tests())
        if not env[PG_ENV]:
            del env[PG_ENV]
            print(
                "PostgreSQL tidak tersedia: uji basis data hanya berjalan pada SQLite.", flush=True
            )
        return subprocess.call([str(python), "-m", "pytest", *(rest or ["-q"])], env=env)
    if job == "bench":
        python = ensure_venv("test")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.call([str(python), "-m", "bench", *rest], env=env)
    if job == "i18n":
        ensure_venv("")
        return refresh_translation_sources()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
