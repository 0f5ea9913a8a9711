"""Stage schedules (jadwal tahapan): the built-in PKPU 2/2024 template and imported ones
go through the same ``apply_schedule``, so seeding and importing cannot disagree."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models import Pemilihan, Tahapan
from app.paths import package_dir
from app.services.core.uow import UnitOfWork

BUILTIN_SCHEDULE = "tahapan_pkpu_2_2024.csv"


@dataclass(frozen=True)
class ScheduleRow:
    code: str
    parent_code: str
    name: str
    planned_start: date | None
    planned_end: date | None
    note: str = ""
    #: "gubernur" when the stage only applies to the governor contest.
    only_for: str = ""
    #: Which schedule fields the source really had; an imported file without a column
    #: leaves that field of existing stages alone. None means all.
    present: frozenset[str] | None = None

    def has(self, field: str) -> bool:
        return self.present is None or field in self.present


@dataclass(frozen=True)
class ApplyResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __add__(self, other: ApplyResult) -> ApplyResult:
        return ApplyResult(
            self.created + other.created,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
        )


def builtin_schedule() -> list[ScheduleRow]:
    path = package_dir() / "data" / BUILTIN_SCHEDULE
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            ScheduleRow(
                code=r["kode"],
                parent_code=r["induk"],
                name=r["nama"],
                planned_start=date.fromisoformat(r["mulai"]) if r["mulai"] else None,
                planned_end=date.fromisoformat(r["selesai"]) if r["selesai"] else None,
                note=r["catatan"],
                only_for=r["untuk"],
            )
            for r in csv.DictReader(handle)
        ]


def apply_schedule(uow: UnitOfWork, pemilihan_id: int, rows: list[ScheduleRow]) -> ApplyResult:
    """Create or update the contest's stages by code; unchanged stages are not touched, so
    applying the same schedule twice changes nothing. Actual dates and progress are the
    desk's and are never overwritten. A stage whose parent does not exist in this contest
    (e.g. below a governor-only stage) does not apply to it. The caller commits."""
    contest = uow.session.get(Pemilihan, pemilihan_id)
    assert contest is not None
    existing = {
        t.code: t
        for t in uow.session.scalars(select(Tahapan).where(Tahapan.pemilihan_id == pemilihan_id))
    }
    next_order = max((t.sort_order for t in existing.values()), default=0) + 10
    result = ApplyResult()
    for row in rows:
        if row.only_for and row.only_for != contest.kind:
            continue
        parent = existing.get(row.parent_code) if row.parent_code else None
        if row.parent_code and parent is None:
            continue
        wanted = {
            field: value
            for field, value in (
                ("name", row.name),
                ("planned_start", row.planned_start),
                ("planned_end", row.planned_end),
                ("schedule_note", row.note),
                ("parent_id", parent.id if parent else None),
            )
            if row.has(field)
        }
        stage = existing.get(row.code)
        if stage is None:
            stage = Tahapan(
                pemilihan_id=pemilihan_id, code=row.code, sort_order=next_order, **wanted
            )
            next_order += 10
            uow.session.add(stage)
            uow.session.flush()
            existing[row.code] = stage
            result += ApplyResult(created=1)
        elif stage.archived or any(getattr(stage, k) != v for k, v in wanted.items()):
            for key, value in wanted.items():
                setattr(stage, key, value)
            stage.archived = False
            result += ApplyResult(updated=1)
        else:
            result += ApplyResult(unchanged=1)
    return result
