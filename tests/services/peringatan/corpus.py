"""A labelled synthetic corpus for the early warning (SPEC 15: measured, not guessed).

A made-up province (code 99) of kab/kota, kecamatan and desa, each kecamatan with its own
rate of reports: small ones (a report a month) to busy ones (two or three a day). Ordinary
noise is what a desk really sees: a slow rise towards voting day, a weekly rhythm, busier
and quieter days for a whole kab/kota (negative-binomial counts), reports during the day,
the demo's mix of categories and severities, one report in twelve followed by a second
report of the same event, and coordinates for four reports in ten.

A *week* is 16 days of history and 7 days the alerts are computed on (the end of each
day, and 17.00). Into planted weeks go anomalies of several sizes, each with the ids of
its incidents: spikes (a burst of k reports in one kecamatan, one category or mixed, over
3 to 30 hours), hot spots (k incidents in one desa, or within a few hundred metres across
neighbouring desa), escalations (a kecamatan's reports over 36 hours turn Tinggi/Kritis)
and phase reports (politik uang in one kecamatan in the masa tenang). Quiet weeks carry
only the noise. Logistics has its own corpus of readiness curves (``logistics_regions``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from app.services.peringatan.frame import Extent

WIB = ZoneInfo("Asia/Jakarta")
#: Category id → code; weights as in the demo (services.insiden.demo).
CATEGORIES = {
    1: ("PERUSAKAN_APK", 16), 2: ("POLITIK_UANG", 12), 3: ("NETRALITAS_ASN", 10),
    4: ("KAMPANYE_TERLARANG", 9), 5: ("HOAKS", 9), 6: ("UNRAS", 6), 7: ("INTIMIDASI", 5),
    8: ("KONFLIK", 4), 9: ("KAMTIBMAS", 5), 10: ("SARA", 4), 11: ("LOGISTIK", 6),
    12: ("HAK_PILIH", 5), 13: ("NETRALITAS_PENYELENGGARA", 3), 14: ("BENCANA", 2),
    15: ("HAMBATAN_PARTISIPASI", 2), 16: ("PELANGGARAN_TPS", 1), 17: ("LAINNYA", 3),
}  # fmt: skip
PHASE_KAT = {2, 7}
SEVERITY = np.array([1, 2, 3, 4])
SEVERITY_P = np.array([40, 35, 19, 6]) / 100
HISTORY_DAYS, EVAL_DAYS = 16, 7
NOISE = {'trend': 0.5, 'mood': 25.0, 'dup': 1 / 12}
START = date(2024, 10, 1)


@dataclass(frozen=True)
class Kecamatan:
    code: str
    rate: float  # reports per day, before the trend and the day's noise
    lat: float
    lon: float
    desa: tuple[tuple[str, float, float], ...]


@dataclass(frozen=True)
class Planted:
    kind: str  # lonjakan, titik_panas, eskalasi
    size: int
    kecamatan: str
    ids: frozenset[int]
    #: Which variant: "kategori"/"campuran" spikes, "desa"/"radius" hot spots, "keparahan"/"fase".
    variant: str
    #: The kecamatan's usual reports per day (small or busy region).
    rate: float


@dataclass
class Week:
    raw: pd.DataFrame
    instants: list[datetime]
    planted: list[Planted] = field(default_factory=list)
    phases: list[tuple[str, frozenset[date]]] = field(default_factory=list)
    start: date = START
    #: Kecamatan code → its number of desa.
    children: dict[str, int] = field(default_factory=dict)

    @property
    def extent(self) -> Extent:
        return Extent(self.children, len(CATEGORIES))


def province(rng: np.random.Generator, kabkota: int = 6) -> list[Kecamatan]:
    """Kab/kota 99.01… with 8–20 kecamatan each; a kecamatan's rate from small (0,03 a
    day) to busy (3 a day), its desa within 4 km of its centre."""
    found = []
    for k in range(1, kabkota + 1):
        for c in range(1, int(rng.integers(8, 21)) + 1):
            kind = rng.random()
            rate = (rng.uniform(0.02, 0.08) if kind < 0.3 else rng.uniform(1.2, 3.0) if kind > 0.88
                    else float(np.exp(rng.normal(math.log(0.3), 0.6))))  # fmt: skip
            lat, lon = -6.0 - 0.1 * k - 0.03 * c, 106.0 + 0.1 * k + 0.02 * c
            desa = tuple(
                (f"99.{k:02d}.{c:02d}.{2000 + d}", lat + rng.uniform(-0.035, 0.035),
                 lon + rng.uniform(-0.035, 0.035))
                for d in range(1, int(rng.integers(5, 13)) + 1)
            )  # fmt: skip
            found.append(Kecamatan(f"99.{k:02d}.{c:02d}", rate, lat, lon, desa))
    return found


class Builder:
    """Incidents of one week, with running ids."""

    def __init__(self, rng: np.random.Generator, regions: list[Kecamatan], start: date) -> None:
        self.rng, self.regions, self.start = rng, regions, start
        self.rows: list[tuple] = []
        self.next_id = 1
        #: Follow-up reports linked to the incident they repeat (not counted as incidents).
        self.linked: set[int] = set()
        cats = list(CATEGORIES)
        self.cats = np.array(cats)
        self.cat_p = np.array([CATEGORIES[c][1] for c in cats], dtype=float)
        self.cat_p /= self.cat_p.sum()

    def day_start(self, day: int) -> datetime:
        return datetime.combine(self.start + timedelta(days=day), time(0), WIB)

    def add(self, when: datetime, desa: tuple[str, float, float], kat: int, severity: int,
            located: bool | None = None, near: tuple[float, float, float] | None = None) -> int:  # fmt: skip
        rng = self.rng
        located = rng.random() < 0.4 if located is None else located
        lat = lon = None
        if located:
            base_lat, base_lon, spread = near if near is not None else (desa[1], desa[2], 0.006)
            lat, lon = base_lat + rng.normal(0, spread), base_lon + rng.normal(0, spread)
        ident = self.next_id
        self.next_id += 1
        self.rows.append((ident, when, desa[0], int(kat), int(severity), lat, lon))
        return ident

    def noise(self, days: int) -> None:
        rng = self.rng
        kab_codes = sorted({r.code[:5] for r in self.regions})
        for day in range(days):
            trend = 1.0 + NOISE['trend'] * day / 30  # the campaign gets busier
            weekly = 1.15 if (self.start + timedelta(days=day)).weekday() >= 5 else 0.95
            mood = {k: rng.gamma(NOISE['mood'], 1 / NOISE['mood']) for k in kab_codes}  # a busier or quieter day (±20%)
            for region in self.regions:
                count = rng.poisson(region.rate * trend * weekly * mood[region.code[:5]])
                for _ in range(count):
                    desa = region.desa[int(rng.integers(len(region.desa)))]
                    when = self.day_start(day) + timedelta(hours=rng.uniform(6, 22))
                    kat = int(rng.choice(self.cats, p=self.cat_p))
                    severity = int(rng.choice(SEVERITY, p=SEVERITY_P))
                    self.add(when, desa, kat, severity)
                    if rng.random() < NOISE['dup']:  # the same event reported again
                        again = self.add(when + timedelta(hours=rng.uniform(0.2, 3)), desa, kat, severity)
                        if rng.random() < 2 / 3:  # the duplicate warning caught it: linked
                            self.linked.add(again)

    def frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.rows, columns=["id", "occurred_at", "code", "kategori_id",
                                                 "severity", "latitude", "longitude"])  # fmt: skip
        frame["occurred_at"] = pd.to_datetime(frame["occurred_at"], utc=True)
        return frame[~frame["id"].isin(self.linked)].reset_index(drop=True)


def _instants(start: date) -> list[datetime]:
    found = []
    for day in range(HISTORY_DAYS, HISTORY_DAYS + EVAL_DAYS):
        d = start + timedelta(days=day)
        found += [datetime.combine(d, time(17), WIB), datetime.combine(d, time(23, 59), WIB)]
    return found


def _pick(rng, regions: list[Kecamatan], small: bool | None = None, busy: bool | None = None,
          avoid: set[str] = frozenset()) -> Kecamatan:  # fmt: skip
    pool = [r for r in regions if r.code not in avoid and (small is None or (r.rate < 0.1) == small)
            and (busy is None or (r.rate >= 0.5) == busy)]  # fmt: skip
    return pool[int(rng.integers(len(pool)))]


def _burst_time(b: Builder, day: int, hours: float) -> list[datetime]:
    first = b.day_start(day) + timedelta(hours=b.rng.uniform(5, 20))
    return [first + timedelta(hours=float(h)) for h in np.sort(b.rng.uniform(0, hours, 64))]


def plant_spike(b: Builder, region: Kecamatan, size: int, day: int, mixed: bool) -> Planted:
    rng = b.rng
    kat = int(rng.choice(b.cats, p=b.cat_p))
    while not mixed and kat in PHASE_KAT:
        kat = int(rng.choice(b.cats, p=b.cat_p))
    hours = float(rng.choice([3, 12, 30]))
    times = _burst_time(b, day, hours)[: size * 2 : 2][:size]
    ids = {b.add(t, region.desa[int(rng.integers(len(region.desa)))],
                 int(rng.choice(b.cats, p=b.cat_p)) if mixed else kat,
                 int(rng.choice(SEVERITY, p=SEVERITY_P))) for t in times}  # fmt: skip
    return Planted("lonjakan", size, region.code, frozenset(ids), "campuran" if mixed else "kategori", region.rate)


def plant_hotspot(b: Builder, region: Kecamatan, size: int, day: int, by_radius: bool) -> Planted:
    rng = b.rng
    times = _burst_time(b, day, float(rng.uniform(6, 36)))[::8][:size]
    ids = set()
    if by_radius:  # at the border of two or three desa, all located within ~300 m
        centre = region.desa[0]
        near = (centre[1] + 0.01, centre[2] + 0.01, 0.0012)
        for n, t in enumerate(times):
            desa = region.desa[n % min(3, len(region.desa))]
            ids.add(b.add(t, desa, int(rng.choice(b.cats, p=b.cat_p)), 2, located=True, near=near))
    else:
        desa = region.desa[int(rng.integers(len(region.desa)))]
        for t in times:
            ids.add(b.add(t, desa, int(rng.choice(b.cats, p=b.cat_p)), int(rng.choice(SEVERITY, p=SEVERITY_P))))
    return Planted("titik_panas", size, region.code, frozenset(ids), "radius" if by_radius else "desa", region.rate)


def plant_escalation(b: Builder, region: Kecamatan, extra: int, day: int) -> Planted:
    """Over 36 hours every report of the kecamatan is Tinggi or Kritis, and ``extra`` more
    severe reports come in."""
    start = b.day_start(day) + timedelta(hours=float(b.rng.uniform(0, 12)))
    end = start + timedelta(hours=36)
    ids = set()
    for index, row in enumerate(b.rows):
        if row[2].startswith(region.code + ".") and start <= row[1] < end:
            b.rows[index] = (*row[:4], int(b.rng.choice([3, 4], p=[0.7, 0.3])), *row[5:])
            ids.add(row[0])
    for t in _burst_time(b, day, 30.0)[::12][:extra]:
        desa = region.desa[int(b.rng.integers(len(region.desa)))]
        ids.add(b.add(t, desa, int(b.rng.choice(b.cats, p=b.cat_p)), int(b.rng.choice([3, 4]))))
    severe = sum(1 for row in b.rows if row[0] in ids and row[4] >= 3)
    return Planted("eskalasi", severe, region.code, frozenset(ids), "keparahan", region.rate)


def plant_phase(b: Builder, region: Kecamatan, size: int, day: int) -> Planted:
    ids = set()
    for t in _burst_time(b, day, 20.0)[::16][:size]:
        desa = region.desa[int(b.rng.integers(len(region.desa)))]
        ids.add(b.add(t, desa, 2, int(b.rng.choice(SEVERITY, p=SEVERITY_P))))
    return Planted("eskalasi", size, region.code, frozenset(ids), "fase", region.rate)


SPIKE_SIZES, HOTSPOT_SIZES, ESCALATION_EXTRA, PHASE_SIZES = (4, 6, 10, 20), (3, 4, 6), (1, 2, 3), (2, 3, 4)


def week(seed: int, planted: bool) -> Week:
    """One week of noise; when ``planted``, anomalies of every kind and several sizes, in
    different kecamatan, on the days alerts are computed. Even seeds have a masa tenang
    (days 18–20) and a voting day (21)."""
    rng = np.random.default_rng(seed)
    regions = province(rng)
    start = START + timedelta(days=int(rng.integers(0, 40)))
    b = Builder(rng, regions, start)
    b.noise(HISTORY_DAYS + EVAL_DAYS)
    phase_days = frozenset(start + timedelta(days=d) for d in (18, 19, 20, 21)) if seed % 2 == 0 else frozenset()
    result = Week(pd.DataFrame(), _instants(start), [], [("99", phase_days)] if phase_days else [], start,
                  {r.code: len(r.desa) for r in regions})
    if planted:
        used: set[str] = set()

        def take(**kw) -> Kecamatan:
            region = _pick(rng, regions, avoid=used, **kw)
            used.add(region.code)
            return region

        day = lambda: HISTORY_DAYS + int(rng.integers(0, EVAL_DAYS - 1))  # noqa: E731
        for size in SPIKE_SIZES:
            result.planted.append(plant_spike(b, take(small=bool(rng.random() < 0.4)), size, day(), mixed=False))
            result.planted.append(plant_spike(b, take(), size, day(), mixed=True))
        for size in HOTSPOT_SIZES:
            result.planted.append(plant_hotspot(b, take(), size, day(), by_radius=False))
            result.planted.append(plant_hotspot(b, take(), size, day(), by_radius=True))
        for extra in ESCALATION_EXTRA:
            result.planted.append(plant_escalation(b, take(busy=True), extra, day()))
        if phase_days:
            for size in PHASE_SIZES:
                result.planted.append(plant_phase(b, take(), size, 18 + int(rng.integers(0, 3))))
    result.raw = b.frame()
    return result


# -- logistics ------------------------------------------------------------------------
@dataclass(frozen=True)
class Curve:
    """Readiness of one region per day up to its deadline (day 0 = deadline - 20)."""

    values: tuple[float, ...]
    pattern: str  # "tepat" (linear), "akhir" (late-loaded), "lambat", "macet"

    @property
    def fails(self) -> bool:
        return self.values[-1] < 1.0


def logistics_regions(seed: int, count: int = 400) -> list[Curve]:
    """Readiness curves over the 20 days before a deadline: most regions arrive on time
    (steadily, or in one load at the end), some fall short (slowly, or stalling)."""
    rng = np.random.default_rng(seed)
    curves = []
    for _ in range(count):
        kind = rng.random()
        days = np.arange(21)
        if kind < 0.55:
            pattern, s = "tepat", int(rng.integers(4, 14))
            f = int(rng.integers(s + 2, 21))
            v = np.clip((days - s) / max(1, f - s), 0, 1)
        elif kind < 0.75:
            pattern, s = "akhir", int(rng.integers(16, 20))
            v = np.clip((days - s) / max(1, 20 - s), 0, 1)
        elif kind < 0.9:
            pattern, s = "lambat", int(rng.integers(4, 12))
            top = rng.uniform(0.5, 0.95)
            v = np.clip((days - s) / (20 - s), 0, 1) * top
        else:
            pattern, s = "macet", int(rng.integers(4, 10))
            stop = int(rng.integers(s + 2, 18))
            top = rng.uniform(0.3, 0.9)
            v = np.clip((np.minimum(days, stop) - s) / (stop - s), 0, 1) * top
        noise = np.maximum.accumulate(np.clip(v + rng.normal(0, 0.01, 21) * (v > 0) * (v < 1), 0, 1))
        curves.append(Curve(tuple(float(x) for x in noise), pattern))
    return curves
