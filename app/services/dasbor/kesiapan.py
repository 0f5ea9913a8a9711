"""Indeks Kesiapan (readiness index) per kab/kota, 0–100: how ready a region is for voting
day, from four components, each scaled to 0–100:

* **logistik** — logistics readiness: good quantity received ÷ requirement (capped at
  100%), from ``logistik_readiness.readiness``.
* **tahapan** — stages on schedule: of the region's contest stages that are under way or
  due (status not ``Belum mulai``), the share that is ``Selesai`` or ``Berjalan`` (not
  ``Terlambat``, not ``Berisiko``). A kab/kota is judged by its own contest (bupati / wali
  kota) unless one contest is chosen, which then applies to every region. No data while
  nothing is reported on the contest's stages (only planned dates: a fresh desk).
* **insiden** — open high-severity incident burden: ``100 − poin × (Tinggi + 2 × Kritis)``
  for incidents still open (Baru, Terverifikasi, Ditindaklanjuti), never below 0. No data
  while the desk has recorded no incident at all.
* **sosialisasi** — outreach coverage: participants attended ÷ planned (capped at 100%).

Index = Σ weightᵢ × componentᵢ ÷ Σ weightᵢ over the components **that have data** for
that region: a component without data (area not built yet, nothing recorded) is left out
and the remaining weights are renormalised, and the result says which were used. Weights
and the incident points are desk settings (``kesiapan_*``). Levels: ``Siap`` from 80,
``Cukup`` from 60, below that ``Perlu perhatian``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from app.services.core import pengaturan
from app.services.core.uow import UnitOfWork

LOGISTIK, TAHAPAN, INSIDEN, SOSIALISASI = "logistik", "tahapan", "insiden", "sosialisasi"
COMPONENTS = (LOGISTIK, TAHAPAN, INSIDEN, SOSIALISASI)
COMPONENT_LABELS = {
    LOGISTIK: "Kesiapan logistik",
    TAHAPAN: "Tahapan tepat jadwal",
    INSIDEN: "Beban insiden berat terbuka",
    SOSIALISASI: "Cakupan sosialisasi",
}
SIAP, CUKUP, PERLU_PERHATIAN = "Siap", "Cukup", "Perlu perhatian"
LEVELS = (SIAP, CUKUP, PERLU_PERHATIAN)
#: Lowest index of each level (documented cut-offs).
SIAP_FROM, CUKUP_FROM = 80.0, 60.0


@dataclass(frozen=True)
class Weights:
    logistik: float = 40.0
    tahapan: float = 20.0
    insiden: float = 25.0
    sosialisasi: float = 15.0
    #: Index points lost per open Tinggi incident (a Kritis one counts twice).
    poin_insiden: float = 5.0

    def of(self, component: str) -> float:
        return float(getattr(self, component))


def weights(uow: UnitOfWork, as_of: datetime | None = None) -> Weights:
    """The desk's weights (Pengaturan)."""
    return Weights(
        *(pengaturan.get(uow, f"kesiapan_bobot_{c}", as_of) for c in COMPONENTS),
        poin_insiden=pengaturan.get(uow, "kesiapan_poin_insiden", as_of),
    )


def level_of(score: float | None) -> str:
    if score is None:
        return ""
    if score >= SIAP_FROM:
        return SIAP
    return CUKUP if score >= CUKUP_FROM else PERLU_PERHATIAN


@dataclass(frozen=True)
class KesiapanRow:
    code: str
    name: str
    #: Component → 0–100, or None when that component has no data for the region.
    components: dict[str, float | None]
    #: The raw figures behind each component, for the tooltip and the detail dialog.
    basis: dict[str, str]
    #: None when no component has data.
    score: float | None
    level: str
    #: Components that went into the score, in ``COMPONENTS`` order.
    used: tuple[str, ...]


def combine(components: Mapping[str, float | None], w: Weights) -> tuple[float | None, tuple]:
    """Weighted mean over the components with data (and a weight above zero)."""
    used = tuple(c for c in COMPONENTS if components.get(c) is not None and w.of(c) > 0)
    total = sum(w.of(c) for c in used)
    if not used or total <= 0:
        return None, ()
    return sum(w.of(c) * float(components[c]) for c in used) / total, used  # type: ignore[arg-type]


def ratio_score(good: float | None, required: float | None) -> float | None:
    """``good ÷ required`` as 0–100, capped; None without a requirement."""
    if good is None or not required:
        return None
    return max(0.0, min(100.0, 100.0 * good / required))


def stage_score(statuses: list[str]) -> float | None:
    """Share of due stages that are on schedule; None when no stage is due yet."""
    from app.services.tahapan.records import BELUM_MULAI, BERJALAN, SELESAI

    due = [s for s in statuses if s != BELUM_MULAI]
    if not due:
        return None
    return 100.0 * sum(s in (SELESAI, BERJALAN) for s in due) / len(due)


def incident_score(open_by_severity: tuple[int, ...], w: Weights) -> float:
    """``open_by_severity`` holds counts for severity 1..4."""
    tinggi, kritis = open_by_severity[2], open_by_severity[3]
    return max(0.0, 100.0 - w.poin_insiden * (tinggi + 2 * kritis))


def row(code: str, name: str, components: dict[str, float | None], basis: dict[str, str],
        w: Weights) -> KesiapanRow:  # fmt: skip
    score, used = combine(components, w)
    return KesiapanRow(code, name, dict(components), dict(basis), score, level_of(score), used)


def formula_text(w: Weights) -> str:
    """The formula in words, with the desk's weights (tooltip and detail dialog)."""
    parts = " + ".join(f"{w.of(c):g} × {COMPONENT_LABELS[c].lower()}" for c in COMPONENTS)
    return (
        f"Indeks = ({parts}) ÷ jumlah bobot komponen yang berdata. "
        f"Beban insiden = 100 − {w.poin_insiden:g} × (Tinggi + 2 × Kritis) yang masih terbuka. "
        f"Siap ≥ {SIAP_FROM:g}, Cukup ≥ {CUKUP_FROM:g}, di bawahnya Perlu perhatian."
    )
