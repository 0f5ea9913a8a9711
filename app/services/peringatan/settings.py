"""The early-warning thresholds (desk settings, Administrator; SPEC 15), read as they
stood at the instant the alerts are computed, and stated in plain Indonesian.

Why the defaults (measured on the labelled corpus, ``tests/services/peringatan``):

- **14 days of baseline** (``peringatan_dasar_hari``): two whole weeks, so the weekly
  rhythm (markets, Friday prayers, weekend campaigning) averages out, yet short enough to
  follow the campaign's own rise towards voting day — a month-long baseline would call
  every busy last week a spike.
- **Windows of 24 and 48 hours**: a day catches a burst the morning after; two days catch
  one that builds up over an evening and a morning.
- **At least 3 reports** (``peringatan_min_laporan``) and hot spots of **3 incidents in
  48 hours** (``peringatan_titik_panas_*``): one event and its follow-up are ordinary;
  three is the smallest count that can stand out at all (in a quiet kecamatan).
- **Budget: a false alarm at most once in 100 checks per kind** (``peringatan_peluang``):
  a check tests every kab/kota and kecamatan, in all and in each category, over both
  windows — some 6.000 counts in a province of 160 regions — and holds each to one in
  100 × that number (Bonferroni), so a busy province does not raise an alarm a day by
  chance. On the corpus' 14 quiet weeks (196 checks) it raises no spike, 2 hot spots and
  3 escalations; spike recall 0,73. One in 1.000 misses half of the mixed bursts of 10
  in an ordinary kecamatan (recall 0,65); one in 20 finds more (0,80) but is a nominal
  alarm every 20 checks, little margin for data burstier than the corpus (the demo
  raises one spike in 47 days at 100).
- **Radius 1 km** where coordinates exist: a village centre, a market and its streets.
- **Escalation: at least 3 Tinggi/Kritis** with a share unusual against the region's own.
- **Phase: politik uang and intimidasi count 1,5 times** (``peringatan_fase_bobot``) in
  the masa tenang and on voting day, as their own family of counts, from 2 reports: the
  "serangan fajar" comes then. At 2 the quiet corpus raised 23 escalations in its 7 weeks
  with a masa tenang, at 1,5 three, and 4 reports in a kecamatan are still always found.
- **Logistics: pace of the last 7 days, checked from 14 days before the deadline**: a week
  smooths the day-to-day arrival of consignments; two weeks ahead is when distribution to
  PPK normally starts (earlier, "nothing received yet" is only the plan). The corpus'
  failing regions are all raised, a median of 10 days before their deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.services.core import formatting, pengaturan
from app.services.core.uow import UnitOfWork

#: Setting key → (lowest, highest, suffix), for the settings form (the views).
FORM = {
    "peringatan_dasar_hari": (7, 60, " hari"),
    "peringatan_jendela_pendek_jam": (1, 72, " jam"),
    "peringatan_jendela_panjang_jam": (1, 168, " jam"),
    "peringatan_min_laporan": (2, 100, " laporan"),
    "peringatan_peluang": (10, 1_000_000, ""),
    "peringatan_titik_panas_min": (2, 100, " insiden"),
    "peringatan_titik_panas_jam": (1, 168, " jam"),
    "peringatan_titik_panas_radius_km": (0.05, 25, " km"),
    "peringatan_eskalasi_min": (2, 100, " insiden"),
    "peringatan_fase_bobot": (1, 10, ""),
    "peringatan_fase_min": (1, 100, " laporan"),
    "peringatan_logistik_laju_hari": (1, 30, " hari"),
    "peringatan_logistik_cakrawala_hari": (1, 90, " hari"),
}
#: Besides the numbers above, a text setting: the phase-sensitive category codes.
TEXT_KEYS = ("peringatan_fase_kategori",)


@dataclass(frozen=True)
class Ambang:
    """Every threshold and window, as one value (what the pure detectors receive)."""

    baseline_days: int = 14
    short_hours: int = 24
    long_hours: int = 48
    min_reports: int = 3
    one_in: int = 100
    hotspot_min: int = 3
    hotspot_hours: int = 48
    radius_km: float = 1.0
    severe_min: int = 3
    phase_categories: tuple[str, ...] = ("POLITIK_UANG", "INTIMIDASI")
    phase_weight: float = 1.5
    phase_min: int = 2
    pace_days: int = 7
    horizon_days: int = 14
    #: Reports of one category at one desa this close are one event (the desk's duplicate
    #: rule, ``duplicate_window_hours``): spikes and escalations count events.
    duplicate_hours: float = 24.0

    @property
    def alpha(self) -> float:
        return 1.0 / self.one_in

    @property
    def windows(self) -> tuple[int, ...]:
        return tuple(sorted({self.short_hours, self.long_hours}))

    @property
    def baseline_hours(self) -> float:
        return 24.0 * self.baseline_days

    @property
    def reach_hours(self) -> float:
        """How far back the incidents are read: the longest window and its baseline."""
        return max(*self.windows, self.hotspot_hours) + self.baseline_hours

    def statement(self, names: dict[str, str] | None = None) -> list[str]:
        """The rules in plain Indonesian (the brief, the CLI and the settings screen);
        ``names``: category code → name."""
        hours = " atau ".join(f"{h}" for h in self.windows)
        weight = formatting.number(self.phase_weight, 0 if float(self.phase_weight).is_integer() else 1)
        phase = ", ".join((names or {}).get(c, c) for c in self.phase_categories) or "-"
        return [
            f"Lonjakan: laporan suatu kab/kota atau kecamatan, semua kategori atau per kategori, "
            f"dalam {hours} jam terakhir paling sedikit {self.min_reports} dan mencapai ambang: "
            f"jumlah yang jarang terjadi menurut {self.baseline_days} hari sebelumnya di wilayah "
            "itu sendiri (rata-ratanya, ketidakpastian rata-rata itu, dan naik-turun harian).",
            f"Titik panas: paling sedikit {self.hotspot_min} insiden dalam {self.hotspot_hours} "
            f"jam di satu desa/kelurahan, atau dalam radius {formatting.number(self.radius_km, 1)} "
            "km bila koordinat tercatat, yang mencapai ambang menurut riwayat tempat itu dan "
            "bagiannya dari kecamatan.",
            f"Eskalasi: paling sedikit {self.severe_min} insiden Tinggi/Kritis dalam "
            f"{self.long_hours} jam dengan porsi yang tidak biasa dibanding {self.baseline_days} "
            f"hari sebelumnya; pada masa tenang dan hari pemungutan suara, laporan {phase} "
            f"dihitung {weight} kali dan cukup {self.phase_min} laporan.",
            f"Logistik: kesiapan suatu kab/kota atau kecamatan yang, dengan laju "
            f"{self.pace_days} hari terakhir, diperkirakan belum 100% pada batas tibanya; "
            f"diperiksa mulai {self.horizon_days} hari sebelum batas tiba, sebelum terlambat.",
            f"Ambang: peluang peringatan keliru paling besar 1 banding "
            f"{formatting.number(self.one_in)} per pemeriksaan untuk tiap jenis, dibagi di antara "
            "semua hitungan yang dapat diperiksa (wilayah × kategori × jendela).",
        ]


def _codes(text: str) -> tuple[str, ...]:
    return tuple(p.strip().upper() for p in str(text).split(";") if p.strip())


def load(uow: UnitOfWork, as_of: datetime | None = None) -> Ambang:
    """The thresholds now, or as they were set at a past instant ``as_of`` (SPEC 14)."""

    def get(key: str):
        return pengaturan.get(uow, key, as_of)

    return Ambang(
        baseline_days=int(get("peringatan_dasar_hari")),
        short_hours=int(get("peringatan_jendela_pendek_jam")),
        long_hours=int(get("peringatan_jendela_panjang_jam")),
        min_reports=int(get("peringatan_min_laporan")),
        one_in=int(get("peringatan_peluang")),
        hotspot_min=int(get("peringatan_titik_panas_min")),
        hotspot_hours=int(get("peringatan_titik_panas_jam")),
        radius_km=float(get("peringatan_titik_panas_radius_km")),
        severe_min=int(get("peringatan_eskalasi_min")),
        phase_categories=_codes(get("peringatan_fase_kategori")),
        phase_weight=float(get("peringatan_fase_bobot")),
        phase_min=int(get("peringatan_fase_min")),
        pace_days=int(get("peringatan_logistik_laju_hari")),
        horizon_days=int(get("peringatan_logistik_cakrawala_hari")),
        duplicate_hours=float(get("duplicate_window_hours")),
    )
