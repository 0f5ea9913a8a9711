"""Consistent copies of the SQLite database (online backup API), rotated.

Taken on start, daily, before every migration, and on demand. The full backup/restore
screen comes with the data-exchange issue; this module is the one place that copies.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.models.base import utcnow
from app.services.db import Database
from app.services.errors import DomainError

DEFAULT_KEEP = 10


def backup_sqlite(
    db: Database, dest_dir: Path, reason: str, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Copy the live database to ``dest_dir``; None when there is nothing to copy."""
    source = db.sqlite_path
    if source is None or not source.exists() or source.stat().st_size == 0:
        return None
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%d-%H%M%S-%f")
    target = dest_dir / f"{source.stem}-{stamp}-{reason}.sqlite"
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        dst.close()
        src.close()
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise DomainError(f"Cadangan basis data gagal dibuat di {dest_dir}: {error}") from error
    rotate(dest_dir, source.stem, keep)
    return target


def rotate(dest_dir: Path, stem: str, keep: int) -> None:
    copies = sorted(dest_dir.glob(f"{stem}-*.sqlite"), key=lambda p: p.stat().st_mtime)
    for old in copies[: max(0, len(copies) - keep)]:
        old.unlink(missing_ok=True)
