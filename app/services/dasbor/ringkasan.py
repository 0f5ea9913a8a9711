"""``desk-pilkada ringkasan``: the dashboard's figures as of an instant, per kab/kota and
for the province, as plain data (SPEC 11 and 14). They come from the dashboard snapshot
itself, so the command, the dashboard and a brief for the same day agree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.services.core import formatting, pengaturan
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.dasbor import summary
from app.services.insiden.stats import LEVELS

SEVERITY_KEYS = {1: "rendah", 2: "sedang", 3: "tinggi", 4: "kritis"}


@dataclass(frozen=True)
class Ringkasan:
    as_of: datetime
    day: date
    data: dict[str, Any]


def _ratio_pct(ratio: float | None) -> float | None:
    """A ratio as a percentage truncated to one decimal (the figures' one rounding rule)."""
    return None if ratio is None else formatting.percent_floor_value(ratio, 1)


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def ringkasan(uow: UnitOfWork, day: date | None = None) -> Ringkasan:
    """The figures as of the end of ``day`` (now when it is today or not given)."""
    clock = desk_clock(uow)
    today = clock.today()
    if day is not None and day > today:
        from app.services.core.errors import ValidationError

        raise ValidationError(
            f"Tanggal {formatting.medium_date(day)} belum terjadi: ringkasan hanya untuk hari "
            "ini atau sebelumnya."
        )
    as_of = clock.as_of(day)
    shown_day = as_of.astimezone(clock.tz).date()
    snap = summary.snapshot(
        uow, pemilihan_id=None, start=shown_day, end=shown_day, as_of=as_of
    )
    open_now = snap.open_incidents.value
    logistik = snap.logistik_province.value
    stages = snap.stages.value
    reach = snap.reach.value
    turnout = snap.turnout.value
    province = {
        "kode": pengaturan.get(uow, "province_code"),
        "nama": pengaturan.get(uow, "province_name"),
        "insiden_terbuka": open_now.total if open_now else None,
        "insiden_terbuka_per_keparahan": (
            {SEVERITY_KEYS[s]: open_now.by_severity.get(s, 0) for s in LEVELS} if open_now else None
        ),
        "tindak_lanjut_terlambat": open_now.overdue if open_now else None,
        "kesiapan_logistik_persen": _ratio_pct(logistik.ratio) if logistik else None,
        "pengiriman_terlambat_berisiko": snap.alert_totals.get("logistik"),
        "tahapan_tepat_jadwal": stages.on_schedule if stages else None,
        "tahapan_berjalan_atau_jatuh_tempo": stages.due if stages else None,
        "tahapan_per_status": dict(stages.counts) if stages else None,
        "sosialisasi_kegiatan_hari_ini": reach.sessions if reach else None,
        "partisipasi_persen": _round(turnout.turnout_pct, 2) if turnout else None,
    }
    kabkota = []
    for f in snap.figures:
        kabkota.append({
            "kode": f.code,
            "nama": f.name,
            "insiden_terbuka": sum(f.open_by_severity) if f.open_by_severity else 0,
            "insiden_terbuka_per_keparahan": {
                SEVERITY_KEYS[s]: (f.open_by_severity or (0,) * len(LEVELS))[i]
                for i, s in enumerate(LEVELS)
            },
            "kesiapan_logistik_persen": _ratio_pct(f.logistik_ratio),
            "skor_ikp": f.ikp_score,
            "level_ikp": f.ikp_level or None,
            "tekanan_insiden_per_100rb_dpt": _round(f.pressure, 2),
            "partisipasi_persen": _round(f.turnout_pct, 2),
            "indeks_kesiapan": _round(f.kesiapan.score, 1),
            "level_kesiapan": f.kesiapan.level or None,
        })  # fmt: skip
    data = {
        "per": as_of.isoformat(),
        "per_teks": formatting.date_time(as_of, clock.tz),
        "hari": shown_day.isoformat(),
        "hitung_mundur": snap.countdown.label,
        "hari_pemungutan_suara": (
            snap.countdown.voting_day.isoformat() if snap.countdown.voting_day else None
        ),
        "provinsi": province,
        "kabkota": kabkota,
        "catatan": "Persentase dipotong (bukan dibulatkan) ke 1 desimal; partisipasi 2 desimal.",
    }
    return Ringkasan(as_of, shown_day, data)


def as_text(r: Ringkasan) -> str:
    """The summary as a reader sees it in a terminal."""
    d, p = r.data, r.data["provinsi"]

    def n(value: Any) -> str:
        if value is None:
            return "–"
        if isinstance(value, float):
            return formatting.number(value, 1)
        return formatting.number(value)

    lines = [
        f"Ringkasan Desk Pilkada {p['nama']} — data per {d['per_teks']}"
        + (f" ({d['hitung_mundur']})" if d["hitung_mundur"] else ""),
        "",
        f"Insiden terbuka: {n(p['insiden_terbuka'])}"
        + (
            " (" + ", ".join(f"{k} {n(v)}" for k, v in p["insiden_terbuka_per_keparahan"].items()) + ")"
            if p["insiden_terbuka_per_keparahan"] else ""
        ),
        f"Tindak lanjut terlambat: {n(p['tindak_lanjut_terlambat'])}",
        f"Kesiapan logistik: {n(p['kesiapan_logistik_persen'])}%"
        f"; pengiriman terlambat/berisiko: {n(p['pengiriman_terlambat_berisiko'])}",
        f"Tahapan tepat jadwal: {n(p['tahapan_tepat_jadwal'])} dari "
        f"{n(p['tahapan_berjalan_atau_jatuh_tempo'])}",
        f"Partisipasi: {n(p['partisipasi_persen'])}%",
        "",
        f"{'Kab/kota':<28} {'Terbuka':>7} {'Logistik':>9} {'IKP':>6} {'Tekanan':>8} {'Indeks':>7}",
    ]  # fmt: skip
    for k in d["kabkota"]:
        lines.append(
            f"{k['nama'][:28]:<28} {n(k['insiden_terbuka']):>7} "
            f"{n(k['kesiapan_logistik_persen']):>8}% {n(k['skor_ikp']):>6} "
            f"{n(k['tekanan_insiden_per_100rb_dpt']):>8} {n(k['indeks_kesiapan']):>7}"
        )
    lines += ["", d["catatan"]]
    return "\n".join(lines)
