"""Tahapan: stage status per contest (as the Tahapan page derives it), the stages that are
late or at risk, and which stages changed status since the last brief."""

from __future__ import annotations

from app.services.briefs.blocks import Para, SectionContent, Table
from app.services.briefs.scope import BriefScope
from app.services.core import formatting
from app.services.core.formatting import short_contest
from app.services.core.uow import UnitOfWork
from app.services.tahapan import records as tahapan

#: Rows of the late/at-risk table; the rest is counted in a sentence.
LATE_LIMIT = 30
CHANGE_LIMIT = 15


def tahapan_section(uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    stages = tahapan.list_tahapan_by_contest(uow, [c.id for c in scope.contests], scope.as_of)
    per_contest = [(c, stages[c.id]) for c in scope.contests]
    statuses = tahapan.STATUSES
    rows = []
    sums = dict.fromkeys(statuses, 0)
    late = []
    current: dict[str, str] = {}
    names: dict[str, str] = {}
    for contest, stages in per_contest:
        counts = dict.fromkeys(statuses, 0)
        for stage in stages:
            counts[stage.status] += 1
            key = f"{contest.id}:{stage.code}"
            current[key] = stage.status
            names[key] = f"{stage.code} {stage.name} ({short_contest(contest.name)})"
            if stage.status in (tahapan.TERLAMBAT, tahapan.BERISIKO):
                late.append((contest, stage))
        for status in statuses:
            sums[status] += counts[status]
        rows.append((short_contest(contest.name), *(counts[s] for s in statuses), len(stages)))
    stage_count = sum(len(stages) for _c, stages in per_contest)
    blocks: list = [
        Para(
            "Status tahapan diturunkan dari tanggal rencana, tanggal aktual, dan progres yang dicatat "
            "desk (sama dengan halaman Tahapan)."
        ),  # fmt: skip
        Table(
            ("Pemilihan", *statuses, "Jumlah"),
            tuple(rows),
            total=("Jumlah", *(sums[s] for s in statuses), stage_count),
            widths=(2.8, 1.1, 1, 1, 1.1, 1, 0.9),
        ),  # fmt: skip
    ]
    if late:
        late.sort(
            key=lambda cs: (cs[1].status != tahapan.TERLAMBAT, cs[1].planned_end or scope.today)
        )
        shown = late[:LATE_LIMIT]
        blocks.append(Table(
            ("Pemilihan", "Kode", "Tahapan", "Rencana selesai", "Progres (%)", "Status"),
            tuple((short_contest(c.name), s.code, s.name, formatting.short_date(s.planned_end), s.progress, s.status)
                  for c, s in shown),
            widths=(2.3, 0.9, 3.7, 1.5, 1.1, 1.3),
            caption="Tahapan yang terlambat atau berisiko:",
        ))  # fmt: skip
        if len(late) > len(shown):
            blocks.append(Para(f"Dan {formatting.number(len(late) - len(shown))} tahapan lain yang terlambat "
                               "atau berisiko; lihat halaman Tahapan.", italic=True))  # fmt: skip
    else:
        blocks.append(Para("Tidak ada tahapan yang terlambat atau berisiko.", italic=True))

    changes: list[str] = []
    previous = (
        (scope.previous.sections.get("tahapan") or {}).get("status", {}) if scope.previous else {}
    )
    if scope.previous is not None:
        for key, status in current.items():
            before = previous.get(key)
            if before and before != status:
                changes.append(f"{names[key]}: {before} menjadi {status}")
        if len(changes) > CHANGE_LIMIT:
            extra = len(changes) - CHANGE_LIMIT
            changes = [
                *changes[:CHANGE_LIMIT],
                f"dan {formatting.number(extra)} perubahan status tahapan lainnya",
            ]
        if not changes:
            changes = ["Tidak ada tahapan yang berubah status."]
    kpi = ", ".join(f"{s} {formatting.number(sums[s])}" for s in statuses if sums[s])
    kpis = (("Tahapan", f"{kpi or '–'} (dari {formatting.number(stage_count)} tahapan, "
                        f"{formatting.number(len(per_contest))} pemilihan)"),)  # fmt: skip
    figures = {"tahapan.count": stage_count, "tahapan.status_sum": sum(sums.values())}
    return SectionContent(tuple(blocks), figures, {"status": current}, tuple(changes), kpis)
