"""Logistik: a kab/kota or kecamatan whose readiness, at the pace of its receipts over the
last days, will not reach 100% by its must-arrive-by date — raised before it is late
(SPEC 15). Readiness is the Logistik page's own figure (``logistik.readiness``, good
received ÷ requirement as of an instant), read twice: at the instant and ``pace_days``
earlier. The deadline is the measured level's must-arrive-by (``LogistikRules``) before
the voting day of the contests covering the region.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app.models.wilayah import LEVEL_KABKOTA, LEVEL_KECAMATAN
from app.services.core.uow import UnitOfWork
from app.services.logistik import readiness as logistik_readiness
from app.services.logistik import rules as logistik_rules
from app.services.peringatan.settings import Ambang


@dataclass(frozen=True)
class Lag:
    """A region behind the curve: its readiness now and ``pace_days`` ago, the pace,
    where that pace lands it on the deadline, and what it would need instead."""

    code: str
    name: str
    level: int
    ratio: float
    before: float
    pace_days: int
    deadline: date
    days_left: int
    measured_level: str
    #: The kecamatan inside that lag (folded into this kab/kota's alert), worst first.
    members: tuple[Lag, ...] = ()
    #: False for a kab/kota on track as a whole, named for its lagging kecamatan.
    lagging: bool = True

    @property
    def lagging_inside(self) -> int:
        return len(self.members)

    @property
    def pace(self) -> float:
        """Readiness gained per day (``pace``)."""
        return pace(self.ratio, self.before, self.pace_days)

    @property
    def projected(self) -> float:
        return min(1.0, self.ratio + self.pace * self.days_left)

    @property
    def needed(self) -> float:
        """The pace per day that would reach 100% on the deadline."""
        return (1.0 - self.ratio) / max(1, self.days_left)


#: A region that has received nothing yet has no pace to project: it is behind once this
#: few days remain, about the time a consignment takes from KPU Kab/Kota to PPK.
NOT_STARTED_DAYS = 3


def pace(ratio: float, before: float, pace_days: int) -> float:
    """Readiness gained per day: over the last ``pace_days`` days; for a region that had
    received nothing then, as if it started the day before (it may have started any day
    since, so the kinder reading: no alert for a region that has just begun)."""
    if before <= 0.0:
        return ratio
    return max(0.0, (ratio - before) / pace_days)


def behind(ratio: float | None, before: float | None, days_left: int, a: Ambang) -> bool:
    """The rule: required there, not yet complete, the deadline within the horizon and not
    passed, and the pace so far does not reach 100% by then (nothing received yet: only
    ``NOT_STARTED_DAYS`` or fewer days before the deadline)."""
    if ratio is None or ratio >= 1.0 or not 0 <= days_left <= a.horizon_days:
        return False
    if ratio <= 0.0:
        return days_left <= NOT_STARTED_DAYS
    return ratio + pace(ratio, before or 0.0, a.pace_days) * days_left < 1.0 - 1e-9


def deadlines(
    contests: list[tuple[int, str, date]], rules: logistik_rules.LogistikRules, today: date
) -> dict[str, date]:
    """Contest region code → the measured level's must-arrive-by for its next voting day."""
    found: dict[str, date] = {}
    for _id, code, voting in contests:
        if voting is None or voting < today:
            continue
        must = rules.must_arrive_by(rules.measured_level, voting)
        if must is not None:
            found[code] = min(found.get(code, must), must)
    return found


def _deadline(code: str, by_contest: dict[str, date]) -> date | None:
    covering = [d for c, d in by_contest.items() if code == c or code.startswith(c + ".")]
    return min(covering, default=None)


def detect(
    uow: UnitOfWork, *, at: datetime, past: datetime | None, today: date, a: Ambang,
    root_code: str, contests: list[tuple[int, str, date]],
) -> list[Lag]:  # fmt: skip
    rules = logistik_rules.load(uow, past)
    by_contest = deadlines(contests, rules, today)
    if not by_contest:
        return []
    if not any(today <= d <= today + timedelta(days=a.horizon_days) for d in by_contest.values()):
        return []  # no deadline within the horizon: nothing to read
    levels = (LEVEL_KABKOTA, LEVEL_KECAMATAN)
    root = root_code or None
    now = logistik_readiness.readiness_levels(uow, levels=levels, root_code=root, as_of=past)
    earlier = logistik_readiness.readiness_levels(
        uow, levels=levels, root_code=root, as_of=at - timedelta(days=a.pace_days)
    )
    lags: list[Lag] = []
    kabkota: dict[str, Lag] = {}
    for level in levels:
        before = {r.code: r.ratio for r in earlier[level]}
        for row in now[level]:
            deadline = _deadline(row.code, by_contest)
            if deadline is None or row.ratio is None:
                continue
            days_left = (deadline - today).days
            lag = Lag(row.code, row.name, level, float(row.ratio), float(before.get(row.code) or 0.0),
                      a.pace_days, deadline, days_left, rules.measured_level)  # fmt: skip
            if level == LEVEL_KABKOTA:
                kabkota[row.code] = lag
            if behind(row.ratio, before.get(row.code), days_left, a):
                lags.append(lag)
    return fold(lags, kabkota)


#: A kab/kota on track with this many lagging kecamatan or more is named once for them.
GROUPED = 3


def fold(lags: list[Lag], kabkota: dict[str, Lag]) -> list[Lag]:
    """One alert per kab/kota where it can be: a kab/kota that lags carries its lagging
    kecamatan; one on track with ``GROUPED`` or more lagging kecamatan is named for them
    (``lagging`` False); fewer stay on their own."""
    top = {lag.code for lag in lags if lag.level == LEVEL_KABKOTA}
    inside: dict[str, list[Lag]] = {}
    for lag in lags:
        if lag.level == LEVEL_KECAMATAN:
            inside.setdefault(lag.code[:5], []).append(lag)
    kept = []
    for lag in lags:
        parent = lag.code[:5]
        members = tuple(sorted(inside.get(lag.code, []), key=lambda m: (m.projected, m.code)))
        if lag.level == LEVEL_KABKOTA:
            kept.append(replace(lag, members=members))
        elif parent not in top and (len(inside[parent]) < GROUPED or parent not in kabkota):
            kept.append(lag)
    for parent, members in inside.items():
        if parent not in top and len(members) >= GROUPED and parent in kabkota:
            ordered = tuple(sorted(members, key=lambda m: (m.projected, m.code)))
            kept.append(replace(kabkota[parent], members=ordered, lagging=False))
    return kept
