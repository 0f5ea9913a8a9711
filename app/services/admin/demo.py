"""The demo database: Banten's real regions, contests and schedule with synthetic,
clearly marked desk data as of the eve of voting day (SPEC 12).

Built into a temporary file and renamed into place, so a crash while building never
leaves a half-built demo database; built once and reused (``--demo --reset`` rebuilds).
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.models import CatatanTahapan, Tahapan
from app.models.base import reproducible_uids
from app.paths import resources_dir
from app.services.admin import opening as desk
from app.services.core import clock as clock_module
from app.services.core import pengaturan
from app.services.core.clock import desk_clock
from app.services.core.progress import Progress
from app.services.desk import seeding
from app.services.insiden import demo as demo_insiden
from app.services.sosialisasi import demo as demo_sosialisasi
from app.services.tahapan.records import expected_progress

DEMO_PROVINCE = "36"
#: Bump when the demo content changes: an older demo database is rebuilt at the next start.
DEMO_VERSION = 7
#: The demo's own "now" (SPEC 12): Selasa, 26 November 2024, 17.00 WIB, the eve of voting.
DEMO_AS_OF = datetime(2024, 11, 26, 17, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
DEMO_USER = "demo"

_NOTES = (
    "Koordinasi dengan KPU setempat berjalan lancar; tidak ada kendala berarti.",
    "Bawaslu melaporkan pengawasan melekat; desk meminta salinan laporan harian.",
    "Beberapa PPS terlambat menyerahkan berkas; sudah disurati untuk percepatan.",
    "Rapat koordinasi Forkopimda membahas pengamanan; hasil dicatat dalam notulen.",
)


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
    fill_tahapan_progress(db, random.Random(2024))
    with db.uow(DEMO_USER) as uow:
        demo_insiden.fill(uow, random.Random(2711))
    # Each area adds its demo filler below its own marker (one unit of work each).
    # -- partisipasi, kerawanan -- (first: logistik needs its DPT)
    with db.uow(DEMO_USER) as uow:
        from app.services.partisipasi import demo as demo_partisipasi

        demo_partisipasi.fill(uow, random.Random(2017))
    # -- logistik --
    with db.uow(DEMO_USER) as uow:
        from app.services.logistik import demo as demo_logistik

        demo_logistik.fill(uow, random.Random(2611))
    # -- sosialisasi --
    with db.uow(DEMO_USER) as uow:
        demo_sosialisasi.fill(uow, random.Random(1709))
    # -- laporan (brief) --
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


@dataclass
class _StagePlan:
    """Where a stage ends up on the demo's day, and how it got there."""

    stage_id: int
    start: date
    end: date
    actual_start: date
    actual_end: date | None
    final: int
    lag: int
    note: tuple[datetime, str] | None = None

    def state_on(self, day: date) -> tuple[date | None, date | None, int]:
        """(actual start, actual end, progress) as reported on ``day``."""
        if day < self.actual_start:
            return None, None, 0
        if self.actual_end is not None and day >= self.actual_end:
            return self.actual_start, self.actual_end, 100
        expected = expected_progress(self.start, self.end, day) or 0
        progress = max(1, min(self.final, 99, int(expected) - self.lag))
        return self.actual_start, None, progress


def _stage_plans(uow, rng: random.Random, today: date) -> tuple[list[_StagePlan], dict]:
    """Realistic stage outcomes: past stages mostly done (a few late), current ones near
    plan (some behind), future ones untouched."""
    clock = desk_clock(uow)
    plans, responsible = [], {}
    for stage in uow.session.scalars(
        select(Tahapan).order_by(Tahapan.pemilihan_id, Tahapan.sort_order)
    ):
        start, end = stage.planned_start, stage.planned_end
        if end is None:
            continue
        start = start or end
        if start > today:
            continue
        actual_start = min(today, start + timedelta(days=rng.choice((0, 0, 0, 1, 2))))
        actual_end, lag = None, 0
        if end < today:
            if rng.random() < 0.06:  # a late stage: still open past its planned end
                final = rng.randint(70, 95)
            else:
                actual_end = min(today, end + timedelta(days=rng.choice((0, 0, 0, -1, 1, 2))))
                actual_end = max(actual_end, actual_start)
                final = 100
        else:
            expected = expected_progress(start, end, today) or 0
            lag = rng.choice((0, 0, 3, 5, 8, 25))
            final = max(0, min(99, int(expected) - lag))
        responsible[stage.id] = stage.responsible or rng.choice(
            ("KPU", "KPU dan Bawaslu", "KPU, Pemda")
        )
        plan = _StagePlan(stage.id, start, end, actual_start, actual_end, final, lag)
        if rng.random() < 0.25:
            when = clock.start_of(min(today, actual_start + timedelta(days=1))) + timedelta(hours=10)
            plan.note = (when, rng.choice(_NOTES))
        plans.append(plan)
    return plans, responsible


def fill_tahapan_progress(db, rng: random.Random) -> None:
    """Stage progress reported over time: each stage's actual start, weekly progress and
    actual end are written on the days they happened (the audit log keeps each report),
    so the desk "as of" any earlier day shows the stages as they were then (SPEC 14)."""
    with db.uow(DEMO_USER) as uow:
        clock = desk_clock(uow)
        today = clock.today()
        plans, responsible = _stage_plans(uow, rng, today)
    days = sorted({d for p in plans for d in _report_days(p, today)})
    for day in days:
        moment = min(DEMO_AS_OF, datetime.combine(day, time(16), clock.tz))
        with clock_module.replaying(moment), db.uow(DEMO_USER) as uow:
            for plan in plans:
                if day not in _report_days(plan, today):
                    continue
                stage = uow.session.get(Tahapan, plan.stage_id)
                stage.actual_start, stage.actual_end, stage.progress = plan.state_on(day)
                stage.responsible = responsible[plan.stage_id]
                if plan.note is not None and plan.note[0].date() == day:
                    uow.session.add(CatatanTahapan(tahapan_id=stage.id, noted_at=plan.note[0],
                                                   author="Operator Desk (contoh)", text=plan.note[1]))  # fmt: skip
            uow.commit()


def _report_days(plan: _StagePlan, today: date) -> set[date]:
    """The days the desk reported on a stage: its start, every Monday while it runs, its
    end, the demo's own day, and the day a monitoring note was written."""
    last = plan.actual_end or today
    days = {plan.actual_start, last}
    day = plan.actual_start
    while day < last:
        day += timedelta(days=1)
        if day.weekday() == 0:
            days.add(day)
    if plan.note is not None:
        days.add(plan.note[0].date())
    return {d for d in days if d <= today}
