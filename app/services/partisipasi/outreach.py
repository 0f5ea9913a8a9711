"""Outreach vs participation (issue 6, item 4): outreach reach per region next to turnout
and its change from the earlier election, and where more sosialisasi is needed.

The rule, shown on screen as ``RULE``:
- *reach* = participants who attended ÷ DPT × 1.000, for sessions held up to the contest's
  voting day; it is **low** when below the average of the regions shown (their attended
  summed ÷ their DPT summed × 1.000);
- participation is **weak** when turnout is below the contest's target or fell from the
  earlier election; before the count is in, the earlier election's turnout below the
  target counts instead;
- a region **needs more sosialisasi** when its reach is low *and* its participation weak.
Regions without DPT cannot be judged and say so.

Turnout figures come from ``partisipasi_stats`` (the Partisipasi area); outreach figures
from ``sosialisasi_stats``: nothing is recomputed here but the ratio and the rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.models import Pemilihan, Wilayah
from app.models.wilayah import LEVEL_KABKOTA
from app.services.core import formatting
from app.services.core.errors import DomainError, NotFound
from app.services.core.uow import UnitOfWork
from app.services.sosialisasi import stats as sosialisasi_stats
from app.services.sosialisasi.stats import ReachRow

RULE = (
    "Perlu sosialisasi tambahan bila jangkauan (peserta hadir per 1.000 DPT) di bawah rata-rata "
    "wilayah yang ditampilkan DAN partisipasi lemah: di bawah target pemilihan, atau turun dari "
    "pemilihan sebelumnya (sebelum hasil masuk: partisipasi pemilihan sebelumnya di bawah target)."
)
NOT_AVAILABLE = "Data partisipasi belum tersedia pada versi ini; perbandingan belum dapat dibuat."


@dataclass(frozen=True)
class OutreachTurnoutRow:
    code: str
    name: str
    sessions: int
    attended: int
    dpt: int | None
    reach_per_1000: float | None
    turnout_pct: float | None
    turnout_method: str
    target_pct: float | None
    earlier_pct: float | None
    change_pts: float | None
    low_reach: bool
    weak_participation: bool
    needs_more: bool
    #: Why, in Indonesian, one phrase per finding.
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class OutreachTurnout:
    pemilihan_id: int
    pemilihan_name: str
    root_code: str
    root_name: str
    level: int
    until: date | None
    average_reach_per_1000: float | None
    rows: list[OutreachTurnoutRow]
    rule: str = RULE

    @property
    def needing_more(self) -> list[OutreachTurnoutRow]:
        return [r for r in self.rows if r.needs_more]


def _pct(value: float) -> str:
    return formatting.percent(value, 2)


def _participation(turnout: Any) -> tuple[bool, list[str]]:
    target, now, earlier, change = (
        turnout.target_pct, turnout.turnout_pct, turnout.earlier_pct, turnout.change_pts
    )  # fmt: skip
    reasons = []
    if now is not None and target is not None and now < target:
        reasons.append(f"partisipasi {_pct(now)} di bawah target {_pct(target)}")
    if change is not None and change < 0:
        reasons.append(f"turun {formatting.number(-change, 2)} poin dari pemilihan sebelumnya")
    if now is None and earlier is not None and target is not None and earlier < target:
        reasons.append(
            f"partisipasi pemilihan sebelumnya {_pct(earlier)} di bawah target {_pct(target)}"
        )
    return bool(reasons), reasons


def judge(
    reach: Sequence[ReachRow], turnout: Sequence[Any]
) -> tuple[float | None, list[OutreachTurnoutRow]]:
    """Put the two sides together by region code and apply ``RULE``; the average reach and
    the rows, in the order of ``reach``. ``turnout`` rows follow ``partisipasi_stats``'s
    ``TurnoutRow`` (code, dpt, turnout_pct, method, target_pct, earlier_pct, change_pts)."""
    by_code = {t.code: t for t in turnout}
    judged = [(r, by_code.get(r.code)) for r in reach]
    with_dpt = [(r, t) for r, t in judged if t is not None and t.dpt]
    total_dpt = sum(t.dpt for _r, t in with_dpt)
    average = 1000.0 * sum(r.attended for r, _t in with_dpt) / total_dpt if total_dpt else None
    rows = []
    for r, t in judged:
        dpt = t.dpt if t is not None and t.dpt else None
        per_1000 = 1000.0 * r.attended / dpt if dpt else None
        reasons: list[str] = []
        low = per_1000 is not None and average is not None and per_1000 < average
        if per_1000 is None:
            reasons.append("DPT belum ada; jangkauan tidak dapat dinilai")
        elif low:
            reasons.append(
                f"jangkauan {formatting.number(per_1000, 2)} per 1.000 DPT di bawah rata-rata "
                f"{formatting.number(average or 0, 2)}"
            )
        weak, why = _participation(t) if t is not None else (False, [])
        reasons += why
        rows.append(
            OutreachTurnoutRow(
                code=r.code, name=r.name, sessions=r.sessions, attended=r.attended, dpt=dpt,
                reach_per_1000=per_1000, turnout_pct=t.turnout_pct if t else None,
                turnout_method=t.method if t else "", target_pct=t.target_pct if t else None,
                earlier_pct=t.earlier_pct if t else None, change_pts=t.change_pts if t else None,
                low_reach=low, weak_participation=weak, needs_more=low and weak,
                reasons=tuple(reasons),
            )
        )  # fmt: skip
    return average, rows


def outreach_vs_turnout(
    uow: UnitOfWork,
    *,
    pemilihan_id: int,
    level: int | None = None,
    root_code: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> OutreachTurnout:
    """Regions one level below ``root_code`` (the contest's own region when None): kab/kota
    for the governor's contest, kecamatan for a kab/kota. Outreach counts sessions up to
    the voting day unless ``end`` says otherwise."""
    contest = uow.session.get(Pemilihan, pemilihan_id)
    if contest is None or contest.archived:
        raise NotFound("Pemilihan tidak ditemukan.")
    contest_code = uow.session.scalar(select(Wilayah.code).where(Wilayah.id == contest.wilayah_id))
    root = root_code or contest_code or ""
    if contest_code and not (root == contest_code or root.startswith(contest_code + ".")):
        raise DomainError("Wilayah yang dipilih berada di luar wilayah pemilihan ini.")
    level = level or (sosialisasi_stats.drill_level(root) if root else LEVEL_KABKOTA)
    until = end or contest.voting_date
    try:
        from app.services.partisipasi import stats as partisipasi_stats
    except ImportError:
        raise DomainError(NOT_AVAILABLE) from None
    turnout = partisipasi_stats.turnout_by_region(
        uow, pemilihan_id=pemilihan_id, level=level, root_code=root
    )
    reach = sosialisasi_stats.reach_by_region(
        uow, level=level, root_code=root, start=start, end=until
    )
    average, rows = judge(reach, turnout)
    root_name = uow.session.scalar(select(Wilayah.name).where(Wilayah.code == root)) or root
    return OutreachTurnout(
        pemilihan_id=contest.id, pemilihan_name=contest.name, root_code=root,
        root_name=root_name, level=level, until=until, average_reach_per_1000=average, rows=rows,
    )  # fmt: skip


@dataclass(frozen=True)
class ContestChoice:
    id: int
    name: str
    wilayah_code: str


def contests(uow: UnitOfWork) -> list[ContestChoice]:
    """Contests to compare with, the province-wide one first."""
    rows = uow.session.execute(
        select(Pemilihan.id, Pemilihan.name, Wilayah.code)
        .join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
        .where(Pemilihan.archived.is_(False))
        .order_by(Wilayah.code, Pemilihan.id)
    )
    return [ContestChoice(*row) for row in rows]
