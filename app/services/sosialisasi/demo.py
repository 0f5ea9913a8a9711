"""Synthetic outreach sessions for the demo database: about 240 sessions across Banten's
kab/kota from September to late November 2024, busier towards voting day, with realistic
attendance (mostly below plan, roughly half women, a few persons with disabilities),
budgets in Rupiah, and the last few days' attendance not yet reported. Some kab/kota get
deliberately little outreach for their size, so "Sosialisasi vs partisipasi" has
something to point at."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.models import Referensi, Wilayah
from app.models.referensi import JENIS_KEGIATAN, KELOMPOK_SASARAN
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.sosialisasi import records as sosialisasi

FIRST_DAY = date(2024, 9, 2)
#: Relative number of sessions per kab/kota (Kab. Tangerang and Lebak under-served).
KABKOTA_WEIGHTS = {"36.01": 30, "36.02": 14, "36.03": 36, "36.04": 30, "36.71": 30,
                   "36.72": 14, "36.73": 18, "36.74": 22}  # fmt: skip
ORGANISER_WEIGHTS = {"Kesbangpol": 35, "KPU": 35, "Bawaslu": 20, "Mitra": 10}
#: Activity code → (planned participants range, budget range in Rupiah, topics).
ACTIVITIES = {
    "SOSIALISASI_TATAP_MUKA": ((60, 200), (3_000_000, 12_000_000),
                               ("Ayo ke TPS 27 November", "Mengenal pasangan calon dan visi misi",
                                "Cek DPT online dan pindah memilih")),
    "SEMINAR": ((80, 250), (8_000_000, 25_000_000),
                ("Pilkada damai tanpa hoaks", "Netralitas ASN dalam Pilkada",
                 "Peran perempuan dalam demokrasi lokal")),
    "RAPAT_KOORDINASI": ((20, 50), (2_000_000, 6_000_000),
                         ("Koordinasi pengamanan sosialisasi", "Sinergi Forkopimda menjelang pemungutan suara")),
    "PENDIDIKAN_PEMILIH": ((40, 150), (2_500_000, 9_000_000),
                           ("Pendidikan pemilih pemula", "Tolak politik uang", "Memilih cerdas")),
    "SIMULASI": ((50, 120), (4_000_000, 10_000_000),
                 ("Simulasi pemungutan dan penghitungan suara", "Tata cara mencoblos yang sah")),
    "MEDIA": ((200, 600), (1_500_000, 8_000_000),
              ("Kampanye media sosial ayo memilih", "Siaran radio komunitas Pilkada")),
}  # fmt: skip
ACTIVITY_WEIGHTS = {"SOSIALISASI_TATAP_MUKA": 40, "SEMINAR": 12, "RAPAT_KOORDINASI": 10,
                    "PENDIDIKAN_PEMILIH": 20, "SIMULASI": 12, "MEDIA": 6}  # fmt: skip
#: Target groups that suit each topic word (others are drawn at random).
GROUP_HINTS = {"pemula": "PEMILIH_PEMULA", "perempuan": "PEREMPUAN", "ASN": "ASN",
               "hoaks": "PELAJAR", "politik uang": "TOKOH_MASYARAKAT"}  # fmt: skip
VENUES = ("Aula kantor kecamatan", "Balai desa", "Gedung serbaguna", "Pendopo kabupaten",
          "Aula sekolah", "Masjid jami", "Kampus", "Gedung KNPI", "Hotel di pusat kota")  # fmt: skip
SPEAKERS = ("Ketua KPU kab/kota", "Anggota Bawaslu", "Kepala Kesbangpol", "Akademisi",
            "Tokoh agama setempat", "Komisioner KPU Provinsi")  # fmt: skip


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _round(value: float, step: int) -> int:
    return int(round(value / step) * step)


def fill(uow: UnitOfWork, rng: random.Random, count: int = 240) -> None:
    clock = desk_clock(uow)
    today = clock.today()
    last_day = today - timedelta(days=2)
    refs = uow.session.scalars(
        select(Referensi).where(Referensi.kind.in_((JENIS_KEGIATAN, KELOMPOK_SASARAN)))
    ).all()
    jenis = {r.code: r.id for r in refs if r.kind == JENIS_KEGIATAN}
    groups = {r.code: r.id for r in refs if r.kind == KELOMPOK_SASARAN}
    regions = uow.session.execute(
        select(Wilayah.id, Wilayah.code, Wilayah.level).where(Wilayah.level >= 2)
    ).all()
    by_kab: dict[str, list[tuple[int, str, int]]] = {}
    for region_id, code, level in regions:
        by_kab.setdefault(code[:5], []).append((region_id, code, level))
    days = [FIRST_DAY + timedelta(days=i) for i in range((last_day - FIRST_DAY).days + 1)]
    day_weights = [1.0 + 2.0 * i / len(days) for i in range(len(days))]  # busier later
    for _ in range(count):
        day = rng.choices(days, weights=day_weights)[0]
        kab = _weighted(rng, KABKOTA_WEIGHTS)
        places = by_kab[kab]
        wanted_level = rng.choices((2, 3, 4), weights=(1, 4, 5))[0]
        region_id, code, _level = rng.choice([p for p in places if p[2] == wanted_level])
        activity = _weighted(rng, ACTIVITY_WEIGHTS)
        (low, high), (budget_low, budget_high), topics = ACTIVITIES[activity]
        topic = rng.choice(topics)
        chosen = [groups[v] for k, v in GROUP_HINTS.items() if k in topic]
        chosen += rng.sample(sorted(groups.values()), rng.choice((1, 1, 2, 2, 3)))
        planned = _round(rng.randint(low, high), 5)
        starts = datetime.combine(
            day, time(rng.choice((8, 9, 9, 10, 13, 14, 19)), rng.choice((0, 0, 30))), clock.tz
        )
        reported = (today - day).days > 3 or rng.random() < 0.3
        men = women = disabled = None
        if reported:
            present = max(5, int(planned * rng.uniform(0.55, 1.1)))
            women = int(present * rng.uniform(0.38, 0.62))
            men = present - women
            disabled = int(present * rng.choice((0, 0, 0.01, 0.02, 0.04)))
        values = {
            # Planned and recorded some days ahead, as a desk does (SPEC 14).
            "created_at": starts - timedelta(days=3),
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=rng.choice((2, 2, 3, 4))),
            "wilayah_id": region_id,
            "wilayah_code": code,
            "pemilihan_id": None,
            "venue": rng.choice(VENUES),
            "organiser": _weighted(rng, ORGANISER_WEIGHTS),
            "jenis_kegiatan_id": jenis[activity],
            "speakers": ", ".join(rng.sample(SPEAKERS, 2)),
            "topic": topic,
            "planned_participants": planned,
            "attendance_men": men,
            "attendance_women": women,
            "attendance_disabled": disabled,
            "budget": _round(rng.uniform(budget_low, budget_high), 50_000),
            "notes": "Data contoh."
            + (" Daftar hadir dipindai." if reported and rng.random() < 0.5 else ""),
        }
        sosialisasi.insert_checked(uow, values, tuple(sorted(set(chosen))))
    uow.commit()
