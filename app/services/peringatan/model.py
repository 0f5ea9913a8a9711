"""What the early warning hands over (SPEC 15): plain frozen values the dashboard panel,
the alert list, the map, the daily brief and the command line all show alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

LONJAKAN, TITIK_PANAS, ESKALASI, LOGISTIK = "lonjakan", "titik_panas", "eskalasi", "logistik"
KINDS = (LONJAKAN, TITIK_PANAS, ESKALASI, LOGISTIK)
KIND_LABELS = {
    LONJAKAN: "Lonjakan",
    TITIK_PANAS: "Titik panas",
    ESKALASI: "Eskalasi",
    LOGISTIK: "Logistik",
}
#: Rank of an alert: Tinggi (the count at least twice its threshold; logistics three days
#: or less before the deadline) or Waspada.
TINGGI, WASPADA = 0, 1
RANK_LABELS = {TINGGI: "Tinggi", WASPADA: "Waspada"}


@dataclass(frozen=True)
class Region:
    """The region an alert is about: its dotted code, name, level (2 kab/kota, 3
    kecamatan, 4 desa) and the name of the kab/kota it lies in (for context)."""

    code: str
    name: str
    level: int
    kabkota: str = ""
    #: desa or kelurahan (a level-4 region), as the region tree says.
    kind: str = ""
    #: The kecamatan a desa lies in.
    kecamatan: str = ""

    @property
    def label(self) -> str:
        """ "Kecamatan Teluknaga, Kabupaten Tangerang", "Desa Lemo, Kec. Teluknaga,
        Kabupaten Tangerang", "Kota Serang"."""
        if self.level == 3:
            own = f"Kecamatan {self.name}"
        elif self.level == 4:
            own = f"{(self.kind or 'desa').capitalize()} {self.name}"
            own += f", Kec. {self.kecamatan}" if self.kecamatan else ""
        else:
            own = self.name
        return f"{own}, {self.kabkota}" if self.kabkota and self.level > 2 else own


@dataclass(frozen=True)
class Peringatan:
    """One alert: what, where, the figures that raised it and the rule in plain Indonesian,
    and the incidents behind it (their ids, and the window they fall in)."""

    kind: str
    rank: int
    region: Region
    #: The rule with its figures: "10 laporan Politik uang di Kecamatan Teluknaga dalam
    #: 18 jam; rata-rata 14 hari sebelumnya 0,2 per hari; ambang 3."
    rule: str
    #: A short line for lists and map tooltips: "Lonjakan Politik uang".
    title: str
    #: (label, value) pairs: the figures of the rule, as numbers.
    figures: tuple[tuple[str, Any], ...]
    #: The window the figures were counted in: (start, end], end = the instant.
    window_start: datetime
    window_end: datetime
    kategori_id: int | None = None
    kategori: str = ""
    #: The incidents behind the alert (empty for logistics), oldest first, and their
    #: numbers (INS-2024-000123) in the same order.
    incident_ids: tuple[int, ...] = ()
    incident_numbers: tuple[str, ...] = ()
    #: Where a radius hot spot is centred (latitude, longitude); None otherwise.
    point: tuple[float, float] | None = None
    #: Ordering within a rank: how far past its threshold (−log10 of the chance).
    score: float = 0.0
    #: Logistics: the must-arrive-by date the projection is measured against.
    deadline: date | None = None
    #: The smallest region holding every incident behind the alert (a radius hot spot's
    #: circle may cross desa and kecamatan borders); "" for logistics.
    incidents_region: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def rank_label(self) -> str:
        return RANK_LABELS[self.rank]

    def figure(self, label: str, default: Any = None) -> Any:
        return next((v for k, v in self.figures if k == label), default)


@dataclass(frozen=True)
class Hasil:
    """The alerts at one instant, with the thresholds they were computed with."""

    at: datetime
    alerts: tuple[Peringatan, ...]
    #: The rules in plain Indonesian (``Ambang.statement``).
    rules: tuple[str, ...]
    #: Per kind, how many alerts there are.
    counts: dict[str, int] = field(default_factory=dict)
    #: ``at`` when it lies in the past (the desk as it was then); None when it is now.
    as_of: datetime | None = None

    def of_kind(self, kind: str) -> tuple[Peringatan, ...]:
        return tuple(a for a in self.alerts if a.kind == kind)

    def regions(self) -> dict[str, int]:
        """Region code → the highest rank alerting there (Tinggi 0 before Waspada 1)."""
        marked: dict[str, int] = {}
        for alert in self.alerts:
            code = alert.region.code
            marked[code] = min(marked.get(code, alert.rank), alert.rank)
        return marked

    def kabkota(self) -> dict[str, int]:
        """Kab/kota code → the highest rank of any alert in it (the boundary map's marking)."""
        marked: dict[str, int] = {}
        for code, rank in self.regions().items():
            marked[code[:5]] = min(marked.get(code[:5], rank), rank)
        return marked
