"""The early-warning thresholds (desk settings, Administrator; SPEC 15), read as they
stood at the instant the alerts are computed, and stated in plain Indonesian.

Why the defaults (measured on the labelled corpus of ``tests/services/peringatan``):

- **14 days of baseline** (``peringatan_dasar_hari``): two whole weeks, so the weekly
  rhythm (markets, Friday prayers, weekend campaigning) averages out, yet short enough to
  follow the campaign's own rise towards voting day — a month-long baseline would call
  every busy last week a spike.
- **Windows of 24 and 48 hours**: a day catches a burst the morning after; two days catch
  one that builds up over an evening and a morning (the corpus' slow bursts).
- **At least 3 reports** (``peringatan_min_laporan``): two reports of one event (the
  follow-up report, the same event from two sources) are ordinary; three in a window is
  the smallest count the corpus shows to be worth a look in a quiet kecamatan.
- **Chance one in 1.000** (``peringatan_peluang``): a province has about 160 kab/kota and
  kecamatan and 17 categories, two windows: some 5.000 counts are tested each time. With
  the minimum count, one in 1.000 keeps quiet weeks silent (the corpus' quiet weeks raise
  no spike) while a burst of 4 in a kecamatan that sees one report a fortnight fires.
- **Hot spot: 3 incidents in 48 hours** in one desa, or within **1 km** where coordinates
  exist: one desa rarely sees two incidents in a month; 1 km is a village centre.
- **Escalation: at least 3 Tinggi/Kritis**, their share unusual against the region's own
  (shrunk towards the province's, so a region with little history is not judged on two
  incidents).
- **Phase: politik uang and intimidasi weigh double** (``peringatan_fase_bobot`` 2) in the
  masa tenang and on voting day, and 2 reports suffice: the "serangan fajar" comes then,
  and a second report in one kecamatan is a pattern, not a coincidence.
- **Logistics: pace of the last 7 days, checked from 14 days before the deadline**: a week
  smooths the day-to-day arrival of consignments; two weeks ahead is when distribution to
  PPK normally starts (earlier, "nothing received yet" is only the plan).
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
    "peringatan_peluang": (20, 10_000_000, ""),
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
    one_in: int = 1000
    hotspot_min: int = 3
    hotspot_hours: int = 48
    radius_km: float = 1.0
    severe_min: int = 3
    phase_categories: tuple[str, ...] = ("POLITIK_UANG", "INTIMIDASI")
    phase_weight: float = 2.0
    phase_min: int = 2
    pace_days: int = 7
    horizon_days: int = 14

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

    def statement(self) -> list[str]:
        """The rules in plain Indonesian (the brief, the CLI and the settings screen)."""
        odds = f"1 banding {formatting.number(self.one_in)}"
        hours = " atau ".join(f"{h} jam" for h in self.windows)
        weight = formatting.number(self.phase_weight, 0 if self.phase_weight.is_integer() else 1)
        return [
            f"Lonjakan: jumlah laporan suatu kab/kota atau kecamatan (semua kategori atau per "
            f"kategori) dalam {hours} terakhir mencapai ambang, yaitu jumlah yang peluangnya "
            f"menurut rata-rata {self.baseline_days} hari sebelumnya di wilayah itu sendiri "
            f"paling besar {odds}, dan paling sedikit {self.min_reports} laporan.",
            f"Titik panas: paling sedikit {self.hotspot_min} insiden dalam {self.hotspot_hours} "
            f"jam di satu desa/kelurahan, atau dalam radius {formatting.number(self.radius_km, 1)} "
            "km bila koordinat tercatat, dan tidak biasa bagi tempat itu (ambang yang sama).",
            f"Eskalasi: paling sedikit {self.severe_min} insiden Tinggi/Kritis dalam "
            f"{self.long_hours} jam dengan porsi yang tidak biasa dibanding {self.baseline_days} "
            f"hari sebelumnya (peluang paling besar {odds}); pada masa tenang dan hari pemungutan "
            f"suara, laporan {', '.join(self.phase_categories) or '-'} berbobot {weight} "
            f"(ambang dibagi {weight}), paling sedikit {self.phase_min} laporan.",
            f"Logistik: kesiapan suatu kab/kota atau kecamatan yang, dengan laju "
            f"{self.pace_days} hari terakhir, diperkirakan belum 100% pada batas tibanya; "
            f"diperiksa mulai {self.horizon_days} hari sebelum batas tiba, sebelum terlambat.",
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
    )
