"""The demo database: Banten's real regions, contests and schedule with synthetic,
clearly marked desk data as of the eve of voting day (SPEC 12).

Built into a temporary file and renamed into place, so a crash while building never
leaves a half-built demo database; built once and reused (``--demo --reset`` rebuilds).
"""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.models.base import reproducible_uids
from app.paths import resources_dir
from app.services.admin import opening as desk
from app.services.core import clock as clock_module
from app.services.core import pengaturan
from app.services.core.progress import Progress
from app.services.desk import seeding

DEMO_PROVINCE = "36"
#: Bump when the demo content changes: an older demo database is rebuilt at the next start.
DEMO_VERSION = 7
#: The demo's own "now" (SPEC 12): Selasa, 26 November 2024, 17.00 WIB, the eve of voting.
DEMO_AS_OF = datetime(2024, 11, 26, 17, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
DEMO_USER = "demo"



def ensure(
    path: Path, backup_dir: Path, reset: bool = False, reporter: Progress | None = None
) -> None:
    """Build the demo database at ``path`` unless it is already there (and current)."""
    if path.exists() and not reset and _built_version(path) == DEMO_VERSION:
        return
    reporter = reporter or Progress()
    tmp = path.with_name(path.name + ".baru")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    db = desk.prepare(f"sqlite:///{tmp}", backup_dir)
    try:
        with reproducible_uids(DEMO_VERSION), clock_module.frozen():
            _fill(db, reporter)
    finally:
        db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    tmp.replace(path)


def _fill(db, reporter: Progress) -> None:
    """Everything in the demo, each area in its own unit of work, all on the demo clock."""
    with db.uow(DEMO_USER) as uow:
        pengaturan.put(uow, "demo_as_of", DEMO_AS_OF)  # first: everything after is stamped by it
        pengaturan.put(uow, "is_demo", True)
        pengaturan.put(uow, "demo_version", DEMO_VERSION)
        seeding.seed(uow, DEMO_PROVINCE, reporter)
    # Imported here: the register list brings every area's import and export tables, which
    # an app start that finds its demo already built never needs.
    from app.services import registers

    for area in registers.demo_order():  # each area's filler, after those it builds on
        filler = area.demo
        if filler.by_day:
            filler.fill(db, filler.rng(), DEMO_USER)
            continue
        with db.uow(DEMO_USER) as uow:
            filler.fill(uow, filler.rng())
    with db.uow(DEMO_USER) as uow:
        _fill_brief_settings(uow)


#: Obviously made-up kop and signer details, so a demo brief shows every part of the
#: layout without passing for a real official's letter (SPEC 7, SPEC 12).
DEMO_BRIEF_SETTINGS = {
    "laporan_kop_telepon": "(0254) 000000",
    "laporan_kop_laman": "kesbangpol.contoh.go.id",
    "laporan_kop_email": "desk@contoh.go.id",
    "laporan_ttd_nama": "NAMA CONTOH, S.IP., M.Si.",
    "laporan_ttd_pangkat": "Pembina Utama Muda (IV/c)",
    "laporan_ttd_nip": "19700101 199003 1 001",
}


def _fill_brief_settings(uow) -> None:
    for key, value in DEMO_BRIEF_SETTINGS.items():
        pengaturan.put(uow, key, value)
    # A neutral placeholder emblem (a shield reading "LOGO"), never a real coat of arms.
    logo = resources_dir() / "brief" / "logo-contoh.png"
    if not pengaturan.get(uow, "laporan_logo") and logo.is_file():
        pengaturan.put(uow, "laporan_logo", base64.b64encode(logo.read_bytes()).decode("ascii"))
    uow.commit()


def _built_version(path: Path) -> int:
    """The demo content version stored in the file, read without SQLAlchemy."""
    import sqlite3

    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute(
                "SELECT value FROM pengaturan WHERE key = 'demo_version'"
            ).fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0]) if row and row[0].isdigit() else 0
