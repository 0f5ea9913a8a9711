"""Demo DPT, earlier-election and vulnerability figures for Banten (SPEC 12).

Decisions, stated on the Partisipasi page too:
- DPT per desa/kelurahan, synthetic but at Banten's 2024 magnitudes: 8.926.662 voters in
  17.231 TPS, split over the kab/kota roughly as in 2024, desa by desa at random. The
  same desa figures serve the governor race and each kab/kota race.
- The demo's "today" is 26 November 2024, the eve of voting: **no 2024 turnout** is
  entered (voters, valid and invalid votes stay empty), so turnout shows "belum ada".
- For comparison, **Pilgub Banten 2017** per kecamatan (synthetic, scaled so the
  province comes to 62,02%) plus the province's published 62,02%.
- IKP: the published scores (Provinsi Banten 66,53; Pandeglang 77,74; Lebak 58,78; Kota
  Serang 53,32) and clearly marked synthetic scores for the other kab/kota; Polri TPS
  levels per kecamatan, synthetic.
Written with bulk inserts so the demo build stays quick.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from app.models import Kerawanan, Partisipasi, Pemilihan, PemilihanLalu, Wilayah
from app.services.core.uow import UnitOfWork

DPT_BANTEN = 8_926_662
TPS_BANTEN = 17_231
#: Synthetic share of the 2024 DPT per kab/kota (magnitudes as in 2024).
DPT_KABKOTA = {
    "36.01": 1_007_000, "36.02": 1_033_000, "36.03": 2_450_000, "36.04": 1_178_000,
    "36.71": 1_386_000, "36.72": 325_000, "36.73": 482_000, "36.74": 1_065_662,
}  # fmt: skip
PUBLISHED_IKP = {"36": 66.53, "36.01": 77.74, "36.02": 58.78, "36.73": 53.32}
SYNTHETIC_IKP = {"36.03": 44.61, "36.04": 47.85, "36.71": 38.40, "36.72": 35.62, "36.74": 29.17}
PILGUB_2017 = "Pilgub Banten 2017"
PILGUB_2017_TURNOUT = 62.02
SOURCE_DPT = "Rekap DPT KPU (contoh sintetis)"
SOURCE_2017 = "Contoh sintetis, disesuaikan dengan partisipasi provinsi 62,02% (KPU)"
SOURCE_IKP = "IKP 2024 Bawaslu RI"
SOURCE_IKP_SYNTHETIC = "Contoh sintetis (bukan angka Bawaslu)"
SOURCE_TPS = "Pemetaan TPS rawan Polri (contoh sintetis)"

#: When the desk recorded each set of figures (SPEC 14: a brief for an earlier day sees
#: only what the desk had then): the DPT after its determination, the IKP when the desk
#: started, the TPS-rawan mapping when the police published it.
RECORDED_DPT = datetime(2024, 9, 21, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
RECORDED_IKP = datetime(2024, 9, 2, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
RECORDED_TPS = datetime(2024, 11, 20, 15, 0, tzinfo=ZoneInfo("Asia/Jakarta"))

def _split(total: int, weights: list[float]) -> list[int]:
    """``total`` in whole parts proportional to ``weights`` (largest remainder)."""
    raw = [total * w / sum(weights) for w in weights]
    parts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def fill(uow: UnitOfWork, rng: random.Random) -> None:
    session = uow.session
    regions = session.execute(
        select(Wilayah.id, Wilayah.code, Wilayah.level).where(Wilayah.code.like("36%"))
    ).all()
    desa = sorted((r for r in regions if r.level == 4), key=lambda r: r.code)
    by_kab: dict[str, list] = {}
    for row in desa:
        by_kab.setdefault(row.code[:5], []).append(row)
    dpt: dict[str, int] = {}
    for kab, rows in by_kab.items():
        for row, value in zip(rows, _split(DPT_KABKOTA[kab], [rng.uniform(0.4, 1.8) for _ in rows]), strict=True):  # fmt: skip
            dpt[row.code] = value
    tps = dict(zip([r.code for r in desa], _split(TPS_BANTEN, [dpt[r.code] for r in desa]), strict=True))  # fmt: skip
    contests = session.execute(
        select(Pemilihan.id, Wilayah.code).join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
    ).all()
    records = []
    for row in desa:
        men = round(dpt[row.code] * rng.uniform(0.495, 0.508))
        figures = {
            "wilayah_id": row.id, "wilayah_code": row.code, "dpt_men": men,
            "dpt_women": dpt[row.code] - men, "dptb": round(dpt[row.code] * rng.uniform(0.0, 0.004)),
            "tps_count": max(1, tps[row.code]), "source": SOURCE_DPT,
            "source_date": date(2024, 9, 20), "created_by": "demo", "updated_by": "demo",
            "created_at": RECORDED_DPT,
        }  # fmt: skip
        for contest_id, area in contests:
            if row.code.startswith(area + "."):
                records.append({"pemilihan_id": contest_id, **figures})
    session.execute(insert(Partisipasi), records)
    _earlier(uow, rng, regions, dpt)
    _kerawanan(uow, rng, regions, tps)
    uow.commit()


def _earlier(uow: UnitOfWork, rng: random.Random, regions, dpt: dict[str, int]) -> None:
    kecamatan = [r for r in regions if r.level == 3]
    dpt_2017 = {
        k.code: round(sum(v for c, v in dpt.items() if c.startswith(k.code + ".")) * 0.87)
        for k in kecamatan
    }
    voted = {code: value * rng.uniform(0.52, 0.72) for code, value in dpt_2017.items()}
    scale = PILGUB_2017_TURNOUT / 100 * sum(dpt_2017.values()) / sum(voted.values())
    rows = [
        {"name": PILGUB_2017, "year": 2017, "wilayah_id": k.id, "wilayah_code": k.code,
         "dpt": dpt_2017[k.code], "voted": round(voted[k.code] * scale), "source": SOURCE_2017}
        for k in kecamatan
    ]  # fmt: skip
    province = next(r for r in regions if r.level == 1)
    rows.append({"name": PILGUB_2017, "year": 2017, "wilayah_id": province.id,
                 "wilayah_code": province.code, "turnout_pct": PILGUB_2017_TURNOUT,
                 "source": "KPU Provinsi Banten (angka resmi)"})  # fmt: skip
    uow.session.execute(insert(PemilihanLalu), rows)


def _kerawanan(uow: UnitOfWork, rng: random.Random, regions, tps: dict[str, int]) -> None:
    rows = []
    for region in regions:
        if region.level <= 2:
            score = PUBLISHED_IKP.get(region.code, SYNTHETIC_IKP.get(region.code))
            if score is None:
                continue
            source = SOURCE_IKP if region.code in PUBLISHED_IKP else SOURCE_IKP_SYNTHETIC
            rows.append({"wilayah_id": region.id, "wilayah_code": region.code,
                         "ikp_score": score, "source": source, "source_date": date(2022, 12, 16),
                         "created_at": RECORDED_IKP})  # fmt: skip
        elif region.level == 3:
            total = sum(v for c, v in tps.items() if c.startswith(region.code + "."))
            high = PUBLISHED_IKP.get(region.code[:5], 40) / 100
            sangat = round(total * rng.uniform(0.0, 0.02) * high)
            rawan = round(total * rng.uniform(0.04, 0.14) * high)
            khusus = 1 if rng.random() < 0.08 else 0
            rows.append({"wilayah_id": region.id, "wilayah_code": region.code,
                         "tps_sangat_rawan": sangat, "tps_rawan": rawan, "tps_khusus": khusus,
                         "tps_kurang_rawan": max(0, total - sangat - rawan - khusus),
                         "source": SOURCE_TPS, "source_date": date(2024, 11, 20),
                         "created_at": RECORDED_TPS})  # fmt: skip
    uow.session.execute(insert(Kerawanan), rows)
