"""Demo stage progress (SPEC 12): past stages mostly done (a few late), current ones near
plan (some behind), future ones untouched, each reported on the days it happened, with a
few monitoring notes. Run by ``admin.demo`` on the demo's clock (``services.registers``)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.models import CatatanTahapan, Tahapan
from app.services.core import clock as clock_module
from app.services.core.clock import desk_clock
from app.services.tahapan.records import expected_progress

if TYPE_CHECKING:
    from app.services.core.db import Database

_NOTES = (
    "Koordinasi dengan KPU setempat berjalan lancar; tidak ada kendala berarti.",
    "Bawaslu melaporkan pengawasan melekat; desk meminta salinan laporan harian.",
    "Beberapa PPS terlambat menyerahkan berkas; sudah disurati untuk percepatan.",
    "Rapat koordinasi Forkopimda membahas pengamanan; hasil dicatat dalam notulen.",
)


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


def fill(db: Database, rng: random.Random, user: str) -> None:
    """Stage progress reported over time: each stage's actual start, weekly progress and
    actual end are written on the days they happened (the audit log keeps each report),
    so the desk "as of" any earlier day shows the stages as they were then (SPEC 14)."""
    with db.uow(user) as uow:
        clock = desk_clock(uow)
        as_of, today = clock.now(), clock.today()  # the demo's own instant
        plans, responsible = _stage_plans(uow, rng, today)
    days = sorted({d for p in plans for d in _report_days(p, today)})
    for day in days:
        moment = min(as_of, datetime.combine(day, time(16), clock.tz))
        with clock_module.replaying(moment), db.uow(user) as uow:
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
