"""Synthetic incidents for the demo database: a few hundred reports over the Banten 2024
campaign, busier towards the quiet period and the eve of voting, with a realistic mix of
categories, severities and workflow states (some follow-ups overdue)."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from sqlalchemy import select

from app.models import Insiden, Referensi, RiwayatInsiden, Wilayah
from app.models.insiden import BARU, DITINDAKLANJUTI, SELESAI, TERVERIFIKASI, TIDAK_VALID
from app.models.referensi import INSTANSI, KATEGORI_INSIDEN, SUMBER
from app.services.core import nomor
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork

CAMPAIGN_START = datetime(2024, 9, 25)
#: Relative frequency of each category code in the demo.
CATEGORY_WEIGHTS = {
    "PERUSAKAN_APK": 16, "POLITIK_UANG": 12, "NETRALITAS_ASN": 10, "KAMPANYE_TERLARANG": 9, "HOAKS": 9,
    "UNRAS": 6, "INTIMIDASI": 5, "KONFLIK": 4, "KAMTIBMAS": 5, "SARA": 4, "LOGISTIK": 6, "HAK_PILIH": 5,
    "NETRALITAS_PENYELENGGARA": 3, "BENCANA": 2, "HAMBATAN_PARTISIPASI": 2, "PELANGGARAN_TPS": 1, "LAINNYA": 3,
}  # fmt: skip
SEVERITY_WEIGHTS = {1: 40, 2: 35, 3: 19, 4: 6}
PLACES = ("depan balai desa", "pertigaan jalan utama", "dekat pasar", "halaman masjid", "lapangan desa",
          "posko pemenangan", "rumah warga RT 02/RW 03", "gedung serbaguna kecamatan", "sekitar kantor desa")  # fmt: skip
CHRONOLOGY = {
    "PERUSAKAN_APK": "Baliho pasangan calon ditemukan robek dan sebagian dibakar oleh orang tak dikenal.",
    "POLITIK_UANG": "Warga melaporkan pembagian amplop berisi uang disertai ajakan memilih pasangan tertentu.",
    "NETRALITAS_ASN": "Seorang ASN terlihat menghadiri kampanye terbuka dan mengunggah dukungan di media sosial.",
    "KAMPANYE_TERLARANG": "Kegiatan kampanye digelar di lingkungan sekolah tanpa pemberitahuan.",
    "HOAKS": "Beredar pesan berantai berisi informasi keliru tentang jadwal pemungutan suara.",
    "UNRAS": "Sekelompok massa berunjuk rasa di depan kantor KPU menuntut transparansi rekapitulasi.",
    "INTIMIDASI": "Relawan pasangan calon mengaku diancam saat memasang alat peraga.",
    "KONFLIK": "Terjadi adu mulut yang berujung saling dorong antarpendukung setelah kampanye.",
}
DEFAULT_CHRONOLOGY = "Laporan awal diterima desk; rincian kejadian masih dihimpun dari lapangan."
#: A burst the early warning must notice (SPEC 15): money handed out in one kecamatan on
#: the demo's last evening and night, each report from another of its villages.
BURST_CATEGORY, BURST_KECAMATAN, BURST_SIZE, BURST_HOURS = "POLITIK_UANG", "36.03.13", 6, 16
BURST_CHRONOLOGY = ("Warga melaporkan pembagian uang lewat dompet digital dan amplop menjelang "
                    "masa tenang, disertai ajakan memilih pasangan tertentu.")  # fmt: skip


def _weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _day_weight(day: datetime, last: datetime) -> float:
    """Quiet at first, busier in the last weeks, busiest in the quiet period."""
    days_left = (last - day).days
    return 1.0 if days_left > 30 else 2.0 if days_left > 10 else 3.5 if days_left > 3 else 6.0


def fill(uow: UnitOfWork, rng: random.Random, count: int = 420) -> None:
    clock = desk_clock(uow)
    now = clock.now_utc()
    today = clock.today()
    refs = uow.session.scalars(select(Referensi)).all()
    categories = {r.code: r for r in refs if r.kind == KATEGORI_INSIDEN}
    sources = [r for r in refs if r.kind == SUMBER]
    agencies = [r for r in refs if r.kind == INSTANSI]
    desa = uow.session.execute(select(Wilayah.id, Wilayah.code).where(Wilayah.level == 4)).all()
    first = datetime.combine(CAMPAIGN_START.date(), time(0), clock.tz)
    last = datetime.combine(today, time(0), clock.tz)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    weights = [_day_weight(d, last) for d in days]
    times = []
    for _ in range(count - BURST_SIZE):
        day = rng.choices(days, weights=weights)[0]
        occurred = day + timedelta(hours=rng.randint(6, 22), minutes=rng.choice((0, 15, 30, 45)))
        if occurred >= now:
            occurred = now - timedelta(hours=rng.randint(1, 6), minutes=rng.randint(0, 59))
        times.append((min(now, occurred + timedelta(minutes=rng.randint(10, 300))), occurred, None))
    times += _burst(rng, desa, now)
    for reported, occurred, planted in sorted(times, key=lambda t: t[:2]):  # in order of arrival
        code = planted[0] if planted else _weighted(rng, CATEGORY_WEIGHTS)
        region_id, region_code = planted[1] if planted else rng.choice(desa)
        record = Insiden(
            number=nomor.insiden_number(uow, occurred.year),
            occurred_at=occurred,
            reported_at=reported,
            # Recorded when it was reported, so the desk "as of" any earlier day reads
            # the reports it had then (SPEC 14).
            created_at=reported,
            wilayah_id=region_id,
            wilayah_code=region_code,
            tps=f"{rng.randint(1, 25):03d}" if rng.random() < 0.45 else "",
            place_detail=rng.choice(PLACES),
            kategori_id=categories[code].id,
            severity=_weighted(rng, SEVERITY_WEIGHTS),
            sumber_id=rng.choice(sources).id,
            reporter=rng.choice(
                (
                    "Babinsa setempat",
                    "Kepala desa",
                    "Panwascam",
                    "Warga (anonim)",
                    "Staf Kesbangpol",
                )
            ),
            chronology=(BURST_CHRONOLOGY if planted else CHRONOLOGY.get(code, DEFAULT_CHRONOLOGY))
            + " (data contoh)",
            status=BARU,
        )
        uow.session.add(record)
        uow.session.flush()
        _history(uow, rng, record, agencies, now)
    uow.commit()


def _burst(rng: random.Random, desa, now: datetime) -> list:
    """(reported, occurred, (category, desa)) of the planted burst: ``BURST_SIZE`` reports
    from villages of ``BURST_KECAMATAN`` over its last ``BURST_HOURS`` hours."""
    inside = sorted(d for d in desa if d[1].startswith(BURST_KECAMATAN + "."))
    villages = (inside or sorted(desa))[:BURST_SIZE]
    found = []
    for n in range(BURST_SIZE):
        occurred = now - timedelta(hours=BURST_HOURS * (BURST_SIZE - n) / BURST_SIZE + 1,
                                   minutes=rng.randint(0, 40))  # fmt: skip
        reported = min(now, occurred + timedelta(minutes=rng.randint(10, 50)))
        found.append((reported, occurred, (BURST_CATEGORY, tuple(villages[n % len(villages)]))))
    return found


def _history(uow: UnitOfWork, rng: random.Random, record: Insiden, agencies, now: datetime) -> None:
    age = now - record.reported_at
    steps = [("", BARU, "Laporan dicatat", record.reported_at)]
    at = record.reported_at + timedelta(hours=rng.randint(1, 8))
    if age > timedelta(hours=6) and at < now:
        if rng.random() < 0.08:
            steps.append((BARU, TIDAK_VALID, "Tidak terkonfirmasi di lapangan", at))
        else:
            steps.append((BARU, TERVERIFIKASI, "Terkonfirmasi oleh Babinsa/Bhabinkamtibmas", at))
            at += timedelta(hours=rng.randint(2, 24))
            if at < now and rng.random() < 0.7:
                agency = rng.choice(agencies)
                steps.append((TERVERIFIKASI, DITINDAKLANJUTI, f"Diteruskan ke {agency.name}", at))
                record.escalated_to_id = agency.id
                record.follow_up_deadline = at + timedelta(days=rng.choice((2, 3, 5, 7)))
                done = at + timedelta(days=rng.uniform(0.5, 4))
                if done < now and rng.random() < 0.85:
                    record.outcome = "Ditangani instansi terkait; situasi kondusif."
                    steps.append((DITINDAKLANJUTI, SELESAI, record.outcome, done))
    for source, target, note, when in steps:
        uow.session.add(RiwayatInsiden(insiden_id=record.id, at=when, username="demo", from_status=source,
                                       to_status=target, note=note, created_at=when))  # fmt: skip
    record.status = steps[-1][1]
