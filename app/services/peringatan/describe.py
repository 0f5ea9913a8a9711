"""Each finding said in plain Indonesian with the figures that raised it and the rule's
threshold (SPEC 15): "10 laporan Politik uang di Kecamatan Teluknaga, Kabupaten Tangerang
dalam 18 jam; rata-rata 14 hari sebelumnya 0,2 per hari; ambang 3."
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from app.services.core import formatting
from app.services.peringatan.frame import Finding
from app.services.peringatan.logistics import Lag
from app.services.peringatan.model import (
    ESKALASI,
    LOGISTIK,
    LONJAKAN,
    TINGGI,
    TITIK_PANAS,
    WASPADA,
    Peringatan,
    Region,
)
from app.services.peringatan.settings import Ambang

#: Logistics alerts this close to the deadline are Tinggi.
URGENT_DAYS = 3


def _num(value: float, decimals: int = 1) -> str:
    return formatting.number(round(value, decimals), decimals) if value % 1 else formatting.number(value)


def _rate(count: float, days: int) -> str:
    """ "0,2", "0,07"; "0" for none."""
    per_day = count / days
    return formatting.number(per_day, 0 if per_day == 0 else 2 if per_day < 0.1 else 1)


def _pct(ratio: float) -> str:
    return formatting.percent_floor(ratio, 1)


def region(code: str, names: dict[str, tuple[str, int, str]]) -> Region:
    name, level, kind = names.get(code, (code, len(code.split(".")), ""))
    kabkota = names.get(code[:5], ("", 2, ""))[0] if len(code) > 5 else ""
    kecamatan = names.get(code[:8], ("", 3, ""))[0] if len(code) > 8 else ""
    return Region(code, name, level, kabkota, kind, kecamatan)


def _score(chance: float) -> float:
    return -math.log10(max(chance, 1e-300))


def _rank(count: int, threshold: int) -> int:
    return TINGGI if count >= 2 * threshold else WASPADA


def finding(f: Finding, at: datetime, a: Ambang, names: dict, kategori: dict[int, tuple[str, str]],
            numbers: dict[int, str] | None = None) -> Peringatan:  # fmt: skip
    place = region(f.code, names)
    category = kategori.get(f.kategori_id, ("", ""))[1] if f.kategori_id is not None else ""
    reports = len(f.ids)
    what = f"laporan {category}" if category else "laporan insiden"
    unit = ""  # the threshold counts events: said so when reports and events differ
    if f.rule in ("lonjakan", "fase") and reports != f.count:
        what += f" ({f.count} kejadian terpisah)"
        unit = " kejadian"
    hours = formatting.number(f.span_hours)
    base = f"rata-rata {a.baseline_days} hari sebelumnya {_rate(f.baseline, a.baseline_days)} per hari"
    figures: list[tuple[str, object]] = [
        ("jumlah", f.count), ("laporan", reports), ("dalam_jam", f.span_hours),
        ("jendela_jam", f.window_hours),
        ("pembanding_hari", a.baseline_days), ("pembanding_jumlah", f.baseline),
        ("rata_rata_per_hari", round(f.baseline / a.baseline_days, 4)),
        ("diharapkan", round(f.expected, 4)), ("ambang", f.threshold), ("peluang", f.chance),
    ]  # fmt: skip
    point = None
    if f.rule == "lonjakan":
        title = f"Lonjakan {category or 'insiden'}"
        rule = f"{reports} {what} di {place.label} dalam {hours} jam; {base}; ambang {f.threshold}{unit}."
    elif f.rule == "fase":
        weight = f.get("weight", 1.0)
        title = f"Eskalasi {category} pada masa tenang/hari pemungutan"
        rule = (f"{reports} {what} di {place.label} dalam {hours} jam pada masa tenang/hari "
                f"pemungutan suara, berbobot {_num(weight)}; {base}; ambang {f.threshold}{unit} "
                f"(ambang biasa {int(f.get('plain_threshold'))} dibagi {_num(weight)}).")  # fmt: skip
        figures.append(("bobot", weight))
    elif f.rule == "keparahan":
        n, share, usual = int(f.get("n")), f.get("share"), f.get("baseline_share")
        title = "Eskalasi keparahan"
        rule = (f"{f.count} dari {n} insiden di {place.label} dalam {formatting.number(f.window_hours)} "
                f"jam berkeparahan Tinggi/Kritis ({_pct(share)}); porsi biasa {_pct(usual)} "
                f"({a.baseline_days} hari sebelumnya, {int(f.get('baseline_n'))} insiden); ambang {f.threshold}.")  # fmt: skip
        figures += [("insiden_jendela", n), ("porsi", share), ("porsi_biasa", usual)]
    elif f.rule == "desa":
        title = "Titik panas"
        rule = f"{f.count} insiden di {place.label} dalam {hours} jam; {base}; ambang {f.threshold}."
    else:
        km = _num(f.get("radius_km"))
        title = "Titik panas (radius)"
        rule = (f"{f.count} insiden dalam radius {km} km di sekitar {place.label} dalam {hours} jam; "
                f"{base} di radius itu; ambang {f.threshold}.")  # fmt: skip
        point = (f.get("lat"), f.get("lon"))
        figures.append(("radius_km", f.get("radius_km")))
    return Peringatan(
        kind=f.kind, rank=_rank(f.count, f.threshold), region=place, rule=rule, title=title,
        figures=tuple(figures), window_start=at - timedelta(hours=f.window_hours), window_end=at,
        kategori_id=f.kategori_id, kategori=category, incident_ids=f.ids,
        incident_numbers=tuple((numbers or {}).get(i, "") for i in f.ids), point=point,
        score=_score(f.chance),
    )  # fmt: skip


def _lag_pace(g: Lag) -> str:
    if g.before <= 0.0:
        return (f"{g.pace_days} hari lalu {_pct(g.before)}, baru mulai diterima; laju dianggap "
                f"{formatting.number(100 * g.pace, 1)} poin per hari")  # fmt: skip
    return f"{g.pace_days} hari lalu {_pct(g.before)}; laju {formatting.number(100 * g.pace, 1)} poin per hari"


def _when(g: Lag) -> str:
    left = "hari ini" if g.days_left == 0 else f"{g.days_left} hari lagi"
    return f"batas tiba {g.measured_level} {formatting.short_date(g.deadline)} ({left})"


def lag(g: Lag, at: datetime, names: dict) -> Peringatan:
    place = region(g.code, names)
    if g.lagging and g.ratio <= 0.0:
        rule = (f"Kesiapan logistik {place.label} {_pct(g.ratio)}: belum ada yang diterima menjelang "
                f"{_when(g)}; perlu {formatting.number(100 * g.needed, 1)} poin per hari.")  # fmt: skip
        if g.members:
            rule += f" {len(g.members)} kecamatan di dalamnya juga tertinggal."
    elif g.lagging:
        rule = (f"Kesiapan logistik {place.label} {_pct(g.ratio)} ({_lag_pace(g)}); dengan laju ini "
                f"diperkirakan {_pct(g.projected)} pada {_when(g)}; perlu "
                f"{formatting.number(100 * g.needed, 1)} poin per hari.")  # fmt: skip
        if g.members:
            rule += f" {len(g.members)} kecamatan di dalamnya juga tertinggal."
    else:
        listed = ", ".join(f"{m.name} {_pct(m.ratio)}" for m in g.members[:5])
        more = f" dan {len(g.members) - 5} lainnya" if len(g.members) > 5 else ""
        rule = (f"{len(g.members)} kecamatan di {place.label} diperkirakan belum 100% pada {_when(g)} "
                f"dengan laju {g.pace_days} hari terakhir: {listed}{more} (kesiapan {place.label} "
                f"{_pct(g.ratio)}).")  # fmt: skip
    worst = min((m.projected for m in g.members), default=g.projected) if not g.lagging else g.projected
    figures = (
        ("kesiapan", g.ratio), ("kesiapan_sebelumnya", g.before), ("laju_hari", g.pace_days),
        ("laju_per_hari", round(g.pace, 6)), ("perkiraan", round(g.projected, 6)),
        ("batas_tiba", g.deadline.isoformat()), ("sisa_hari", g.days_left),
        ("perlu_per_hari", round(g.needed, 6)), ("kecamatan_tertinggal", len(g.members)),
        ("kode_kecamatan_tertinggal", tuple(m.code for m in g.members)),
    )  # fmt: skip
    return Peringatan(
        kind=LOGISTIK, rank=TINGGI if g.days_left <= URGENT_DAYS else WASPADA, region=place,
        rule=rule, title="Logistik tertinggal", figures=figures,
        window_start=at - timedelta(days=g.pace_days), window_end=at,
        score=100 * (1 - worst), deadline=g.deadline,
    )  # fmt: skip


ORDER = {ESKALASI: 0, LONJAKAN: 1, TITIK_PANAS: 2, LOGISTIK: 3}


def ordered(alerts: list[Peringatan]) -> tuple[Peringatan, ...]:
    """Tinggi first; then escalation, spikes, hot spots, logistics; the strongest first."""
    return tuple(sorted(alerts, key=lambda p: (p.rank, ORDER[p.kind], -p.score, p.region.code,
                                                p.kategori_id or 0)))  # fmt: skip
