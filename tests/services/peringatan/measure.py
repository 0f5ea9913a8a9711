"""Precision and recall of the early warning on the labelled corpus (``corpus``).

An alert is *right* when the planted incidents in it are what makes it fire: without them
its count would stay under its threshold. Each instant's alert counts once (a burst still
in the 48-hour window the next morning is still rightly named). A planted anomaly is
*found* when an alert of its kind names any of its incidents at some instant of its week.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from app.services.peringatan import logistics
from app.services.peringatan.engine import detect
from app.services.peringatan.frame import prepare
from app.services.peringatan.model import ESKALASI, LONJAKAN, TITIK_PANAS
from app.services.peringatan.settings import Ambang
from tests.services.peringatan.corpus import PHASE_KAT, WIB, Curve, Week

KINDS = (LONJAKAN, TITIK_PANAS, ESKALASI)


def place(rate: float) -> str:
    """A kecamatan by its usual reports a day: sepi (< 0,1), ramai (≥ 1), sedang."""
    return "sepi" if rate < 0.1 else "ramai" if rate >= 1.0 else "sedang"


@dataclass
class Tally:
    alerts: int = 0
    right: int = 0
    planted: int = 0
    found: int = 0
    #: (variant, size) → [planted, found]
    by_size: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    @property
    def precision(self) -> float:
        return self.right / self.alerts if self.alerts else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def incidents(weeks: list[Week], a: Ambang | None = None) -> dict[str, Tally]:
    a = a or Ambang()
    tallies = {kind: Tally() for kind in KINDS}
    for week in weeks:
        planted_ids = set().union(*(p.ids for p in week.planted)) if week.planted else set()
        found: set[int] = set()
        for at in week.instants:
            raw = week.raw[week.raw["occurred_at"] <= at]
            frame = prepare(raw, at, WIB, week.phases, a.duplicate_hours)
            result = detect(frame, a, PHASE_KAT, week.extent)
            for kind, findings in ((LONJAKAN, result.lonjakan), (TITIK_PANAS, result.titik_panas),
                                   (ESKALASI, result.eskalasi)):  # fmt: skip
                tally = tallies[kind]
                for f in findings:
                    tally.alerts += 1
                    ours = len(set(f.events) & planted_ids)
                    tally.right += f.count - ours < f.threshold
                    for index, p in enumerate(week.planted):
                        if p.kind == kind and p.ids & set(f.ids):
                            found.add(index)
        for index, p in enumerate(week.planted):
            tally = tallies[p.kind]
            tally.planted += 1
            tally.found += index in found
            size = p.size if p.variant != "keparahan" else "≤4" if p.size <= 4 else "5-7" if p.size <= 7 else "≥8"
            cell = tally.by_size[(p.variant, size, place(p.rate))]
            cell[0] += 1
            cell[1] += index in found
    return tallies


@dataclass
class LogistikTally:
    alerts: int = 0
    right: int = 0
    failing: int = 0
    found: int = 0
    #: Days before the deadline of each failing region's first alert.
    lead: list[int] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.alerts if self.alerts else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.failing if self.failing else 1.0


def logistik(curves: list[Curve], a: Ambang | None = None) -> LogistikTally:
    """Each region checked every day of the 20 before its deadline (day 20); an alert on a
    region that ends short of 100% is right; a failing region is found when it is alerted
    at least one day before its deadline."""
    a = a or Ambang()
    tally = LogistikTally()
    for curve in curves:
        first = None
        for day in range(0, 21):
            before = curve.values[day - a.pace_days] if day >= a.pace_days else 0.0
            if logistics.behind(curve.values[day], before, 20 - day, a):
                tally.alerts += 1
                tally.right += curve.fails
                first = day if first is None else first
        if curve.fails:
            tally.failing += 1
            if first is not None and first < 20:
                tally.found += 1
                tally.lead.append(20 - first)
    return tally
