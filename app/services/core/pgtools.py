"""PostgreSQL's own client tools (``pg_dump``, ``pg_restore``) for backup and restore.

They are not part of the app: found on PATH or in the usual Windows install folder, and
when they are missing the user is told what to install instead of seeing a stack trace.
The password travels in the environment (``PGPASSWORD``), never on the command line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.services.core.errors import DomainError

#: A day of dumping is not a normal backup: stop rather than hang forever.
TIMEOUT_S = 6 * 3600

MISSING = (
    "{tool} tidak ditemukan di PC ini, jadi basis data PostgreSQL tidak dapat {action} dari "
    "aplikasi. Pasang PostgreSQL client tools (pada penginstal PostgreSQL cukup pilih "
    "'Command Line Tools', versi yang sama dengan server atau lebih baru), lalu pastikan "
    "foldernya (mis. C:\\Program Files\\PostgreSQL\\16\\bin) ada di PATH. Atau minta pengelola "
    "server membuat cadangan di server dengan pg_dump -Fc."
)


def find(tool: str) -> str | None:
    """The tool's path: on PATH, else the newest ``C:\\Program Files\\PostgreSQL\\*\\bin``."""
    found = shutil.which(tool)
    if found:
        return found
    if os.name == "nt":
        roots = [
            os.environ.get("PROGRAMFILES", r"C:\Program Files"),
            os.environ.get("PROGRAMW6432", ""),
        ]
        candidates = [
            p for root in filter(None, roots)
            for p in Path(root, "PostgreSQL").glob(f"*/bin/{tool}.exe")
        ]  # fmt: skip

        def version(path: Path) -> tuple[int, ...]:
            return tuple(int(n) for n in re.findall(r"\d+", path.parent.parent.name)) or (0,)

        if candidates:
            return str(max(candidates, key=version))
    return None


def _require(tool: str, action: str) -> str:
    path = find(tool)
    if path is None:
        raise DomainError(MISSING.format(tool=tool, action=action))
    return path


def _libpq(url: URL | str) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment carrying it."""
    parsed = make_url(url) if isinstance(url, str) else url
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    try:
        done = subprocess.run(
            args, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
            timeout=TIMEOUT_S, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DomainError(f"{what} gagal dijalankan: {error}") from error
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise DomainError(f"{what} gagal: {' '.join(detail[-3:]) or done.returncode}")
    return done


def dump(url: URL | str, target: Path) -> None:
    """``pg_dump -Fc`` to ``target`` (written beside it first, renamed when complete)."""
    tool = _require("pg_dump", "dicadangkan")
    conninfo, env = _libpq(url)
    temp = target.with_name(f".{target.name}.part")
    try:
        _run([tool, "--format=custom", f"--file={temp}", f"--dbname={conninfo}"], env, "pg_dump")
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def table_data(dump_file: Path, table: str) -> list[list[str]]:
    """Rows of one table in a custom-format dump (its COPY block), without restoring it."""
    tool = _require("pg_restore", "dipulihkan")
    done = _run(
        [tool, "--data-only", f"--table={table}", "--file=-", str(dump_file)], dict(os.environ),
        "pg_restore",
    )  # fmt: skip
    rows, inside = [], False
    for line in done.stdout.splitlines():
        if line.startswith("COPY "):
            inside = True
        elif inside and line == "\\.":
            inside = False
        elif inside:
            rows.append(line.split("\t"))
    return rows


_CREATE_TABLE = re.compile(r"^CREATE TABLE (?:\w+\.)?\"?(\w+)\"? \($")
_COLUMN = re.compile(r'^\s+"?(\w+)"? ')


def table_columns(dump_file: Path) -> dict[str, set[str]]:
    """Tables and their columns in a custom-format dump (its CREATE TABLE statements),
    without restoring it."""
    tool = _require("pg_restore", "dipulihkan")
    done = _run([tool, "--schema-only", "--file=-", str(dump_file)], dict(os.environ), "pg_restore")
    tables: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in done.stdout.splitlines():
        if current is None:
            match = _CREATE_TABLE.match(line)
            if match:
                current = tables.setdefault(match.group(1), set())
        elif line.startswith(");"):
            current = None
        else:
            column = _COLUMN.match(line)
            if column and column.group(1).upper() != "CONSTRAINT":
                current.add(column.group(1))
    return tables


def contents(dump_file: Path) -> str:
    """The table of contents of a dump; DomainError when it is not one."""
    tool = _require("pg_restore", "dipulihkan")
    try:
        return _run([tool, "--list", str(dump_file)], dict(os.environ), "pg_restore").stdout
    except DomainError as error:
        raise DomainError(
            f"Berkas {dump_file.name} bukan cadangan PostgreSQL (pg_dump -Fc) atau rusak."
        ) from error


def restore(url: URL | str, dump_file: Path) -> None:
    """Replace the database's contents with the dump, in one transaction: on any error the
    database is left as it was."""
    tool = _require("pg_restore", "dipulihkan")
    conninfo, env = _libpq(url)
    _run(
        [tool, "--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner",
         f"--dbname={conninfo}", str(dump_file)],
        env, "pg_restore",
    )  # fmt: skip
