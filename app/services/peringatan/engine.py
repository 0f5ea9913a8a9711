"""The early warning at one instant: read (one query per source), detect (pandas, pure),
name and phrase. ``detect`` is the pure heart the labelled corpus measures; ``compute``
wraps it with the database reads the dashboard, the brief and the CLI share."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

import pandas as pd

from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.insiden.rules import past as rules_past
from app.services.peringatan import hotspots, logistics, reading, severity, spikes
from app.services.peringatan import settings as peringatan_settings
from app.services.peringatan.describe import finding as describe_finding
from app.services.peringatan.describe import lag as describe_lag
from app.services.peringatan.describe import ordered
from app.services.peringatan.frame import Extent, Finding, prepare
from app.services.peringatan.model import KINDS, Hasil
from app.services.peringatan.points import common_region
from app.services.peringatan.settings import Ambang

#: The stage calendar is read only when a contest votes within this many days after the
#: instant, or voted this many days before it: the masa tenang lies just before voting
#: day, and the windows reach two days back.
NEAR_VOTING_BEFORE, NEAR_VOTING_AFTER = 60, 3


@dataclass(frozen=True)
class Found:
    """What the detectors found in a frame, per kind, before naming."""

    lonjakan: list[Finding]
    titik_panas: list[Finding]
    eskalasi: list[Finding]

    def all(self) -> list[Finding]:
        return [*self.eskalasi, *self.lonjakan, *self.titik_panas]


def detect(frame: pd.DataFrame, a: Ambang, phase_kat: set[int], extent: Extent) -> Found:
    """Spikes, hot spots and escalations in the detectors' frame (``frame.prepare``), each
    kind held to the check's budget over every count it could test (``extent``)."""
    if frame.empty:
        return Found([], [], [])
    phi = spikes.dispersion(frame, a)
    spike, phase = spikes.detect(frame, a, phase_kat, phi, extent)
    events = frame[frame["event"].to_numpy()]
    return Found(spike, hotspots.detect(frame, a, phi, extent),
                 phase + severity.detect(events, a, extent.regions))  # fmt: skip


def compute(
    uow: UnitOfWork, at: datetime | None = None, *, root_code: str = "", current: bool = False
) -> Hasil:
    """Every alert at ``at`` (``None``: now) for the province or one kab/kota. ``current``:
    ``at`` is the caller's reading of "now" (a moment ago), so the stored state is read,
    not the history as of ``at`` (the same figures, without the slower as-of path)."""
    clock = desk_clock(uow)
    now = clock.now_utc()
    at = now if at is None else at
    past = None if current else rules_past(at, now)
    a = peringatan_settings.load(uow, past)
    today: date = at.astimezone(clock.tz).date()
    contests = reading.contests(uow)
    kategori = reading.categories(uow)
    raw = reading.incidents(uow, at=at, past=past, reach_hours=a.reach_hours, tz=clock.tz,
                            root_code=root_code)  # fmt: skip
    phase_kat = {i for i, (code, _name) in kategori.items() if code in a.phase_categories}
    near = [c for c in contests if c[2] is not None and -NEAR_VOTING_AFTER <= (c[2] - today).days <= NEAR_VOTING_BEFORE]
    phases = reading.phases(uow, near, past) if phase_kat and near and not raw.empty else []
    extent = Extent(reading.desa_counts(uow, root_code), len(kategori), len(a.windows))
    found = detect(prepare(raw, at, clock.tz, phases, a.duplicate_hours), a, phase_kat, extent)
    lags = logistics.detect(uow, at=at, past=past, today=today, a=a, root_code=root_code,
                            contests=contests)  # fmt: skip
    regions = reading.region_names(uow, {f.code for f in found.all()} | {g.code for g in lags})
    numbers = reading.incident_numbers(uow, (i for f in found.all() for i in f.ids))
    codes = reading.incident_codes(uow, numbers)
    alerts = [describe_finding(f, at, a, regions, kategori, numbers) for f in found.all()]
    alerts = [replace(p, incidents_region=common_region(codes[i] for i in p.incident_ids if i in codes))
              for p in alerts]  # fmt: skip
    alerts += [describe_lag(g, at, regions) for g in lags]
    result = ordered(alerts)
    names = {code: name for code, name in kategori.values()}
    return Hasil(at, result, tuple(a.statement(names)),
                 {kind: sum(1 for p in result if p.kind == kind) for kind in KINDS}, past)  # fmt: skip
