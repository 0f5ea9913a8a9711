"""Synthetic logistics for the demo database (as of Selasa, 26 November 2024, the eve
of voting day): requirements per kecamatan by the app's own rule from the demo DPT, and consignments down the
chain KPU Provinsi → KPU Kab/Kota → PPK → PPS → KPPS/TPS with a realistic mix of
on-time, late, partial and damaged deliveries. Written with bulk inserts (a few
thousand rows in well under a second), so the demo build stays quick."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, insert, select

from app.models import (
    Kebutuhan,
    NomorUrut,
    Pemilihan,
    Pengiriman,
    PengirimanBaris,
    Referensi,
    Wilayah,
)
from app.models.logistik import (
    DIKIRIM,
    DISIAPKAN,
    DITERIMA,
    DITERIMA_SEBAGIAN,
    KPPS,
    KPU_KABKOTA,
    KPU_PROVINSI,
    PPK,
    PPS,
)  # fmt: skip
from app.models.referensi import JENIS_LOGISTIK
from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA, LEVEL_KECAMATAN
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork
from app.services.logistik import kebutuhan as logistik_kebutuhan
from app.services.logistik import rules as logistik_rules
from app.services.partisipasi import stats as partisipasi_stats

VOTER_PER_TPS = 480
#: Share of the lines sent down to PPS and TPS (the rest stays at the PPK until H-1).
DESA_ITEMS = ("SURAT_SUARA", "KOTAK_SUARA", "BILIK_SUARA", "TINTA", "SEGEL", "FORMULIR")
TPS_ITEMS = ("SURAT_SUARA", "KOTAK_SUARA", "TINTA", "FORMULIR")
#: Kab/kota whose distribution runs behind in the demo (roads, weather).
SLOW = {"36.02": 0.25, "36.01": 0.15}

#: When the desk entered the requirements computed from the DPT (after its determination).
REQUIREMENTS_RECORDED = date(2024, 9, 25)

class _Writer:
    """Collects rows for one bulk insert per table, with the bookkeeping columns set."""

    def __init__(self, uow: UnitOfWork, rng: random.Random, now: datetime, tz) -> None:
        self.uow, self.rng, self.now, self.tz = uow, rng, now, tz
        self.headers: list[dict] = []
        self.lines: list[dict] = []
        self.next_id = (uow.session.scalar(select(func.max(Pengiriman.id))) or 0) + 1
        self.year = now.year

    def _stamp(self, recorded: datetime | None = None) -> dict:
        """Bookkeeping columns; ``recorded`` is when the desk entered the row (SPEC 14: a
        brief for an earlier day sees only what the desk had then)."""
        uid = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        created = min(self.now, recorded) if recorded is not None else self.now
        return {"uid": uid, "created_at": created, "created_by": "demo", "updated_at": self.now,
                "updated_by": "demo", "version": 1, "archived": False}  # fmt: skip

    def recorded(self, day: date) -> datetime:
        """09.00 in the desk's zone on ``day``."""
        return datetime.combine(day, time(9), self.tz).astimezone(UTC)

    def consignment(
        self, *, contest, origin, place, level, region, tps, must, outcome, items
    ) -> None:
        """``outcome``: (status, dispatched day, expected day, arrival day, damage share)."""
        status, sent_day, expected, arrived, damage = outcome
        pid = self.next_id
        self.next_id += 1

        def at(day):  # noqa: E306 - office hours in the desk's zone, never after the demo's now
            if day is None:
                return None
            moment = datetime.combine(day, time(self.rng.randint(8, 16)), self.tz)
            return min(self.now, moment.astimezone(UTC))

        # The consignment is entered when it is planned: a few days before dispatch.
        entered = self.recorded(must - timedelta(days=6))
        self.headers.append(self._stamp(entered) | {
            "id": pid, "number": f"LOG-{self.year}-{pid:06d}", "pemilihan_id": contest,
            "origin_level": origin, "origin_place": place, "origin_wilayah_id": None,
            "destination_level": level, "destination_wilayah_id": region[0], "destination_code": region[1],
            "tps": tps, "planned_dispatch": must - timedelta(days=3), "must_arrive_by": must,
            "expected_arrival": expected, "actual_dispatch": at(sent_day), "actual_arrival": at(arrived),
            "escort": level in (KPU_KABKOTA, PPK), "berita_acara": f"BA/{pid:06d}/XI/2024" if arrived else "",
            "status": status, "notes": "",
        })  # fmt: skip
        for jenis_id, line_contest, quantity in items:
            good = damaged = missing = None
            reason = ""
            if arrived is not None:
                damaged = int(quantity * damage * self.rng.uniform(0.5, 1.5)) if damage else 0
                missing = self.rng.choice((0, 0, 0, 1, 2)) if damage else 0
                damaged, missing = (
                    min(damaged, quantity),
                    min(missing, quantity - min(damaged, quantity)),
                )
                good = quantity - damaged - missing
                reason = (
                    ""
                    if good == quantity
                    else self.rng.choice(("rusak", "basah/cacat cetak", "kurang kirim"))
                )
            self.lines.append(self._stamp(entered) | {
                "pengiriman_id": pid, "jenis_id": jenis_id, "destination_code": region[1],
                "pemilihan_id": line_contest, "qty_sent": quantity, "qty_good": good,
                "qty_damaged": damaged or 0, "qty_missing": missing or 0, "reason": reason,
            })  # fmt: skip

    def flush(self) -> None:
        if self.headers:
            self.uow.session.execute(insert(Pengiriman), self.headers)
            self.uow.session.execute(insert(PengirimanBaris), self.lines)
        key = f"LOG-{self.year}"
        counter = self.uow.session.get(NomorUrut, key)
        if counter is None:
            self.uow.session.add(NomorUrut(key=key, last=self.next_id - 1))
        else:
            counter.last = max(counter.last, self.next_id - 1)


def _outcome(rng: random.Random, must: date, today: date, slow: float, damage_rate: float = 0.08):
    """A delivery's story relative to its must-arrive-by date, as of ``today``."""
    roll = rng.random()
    sent = must - timedelta(days=rng.randint(2, 5))
    if must >= today:  # still running: on the road, some expected late
        if roll < 0.35:
            return DITERIMA, sent, must, min(today, must - timedelta(days=rng.randint(0, 1))), 0.0
        late = roll > 0.9 - slow * 0.5
        return DIKIRIM, min(sent, today), must + timedelta(days=1) if late else must, None, 0.0
    if roll < slow * 0.35:  # never arrived: Terlambat
        return (DIKIRIM if roll < slow * 0.25 else DISIAPKAN), sent if roll < slow * 0.25 else None, \
            must + timedelta(days=rng.randint(1, 3)), None, 0.0  # fmt: skip
    arrived = must - timedelta(days=rng.randint(0, 2))
    if rng.random() < 0.06 + slow * 0.3:  # arrived after the date
        arrived = min(today, must + timedelta(days=rng.randint(1, 3)))
    if rng.random() < damage_rate:
        return DITERIMA_SEBAGIAN, sent, None, arrived, rng.choice((0.005, 0.01, 0.03))
    return DITERIMA, sent, None, arrived, 0.0


def fill(uow: UnitOfWork, rng: random.Random) -> None:
    clock = desk_clock(uow)
    today, now = clock.today(), clock.now_utc()
    rules = logistik_rules.load(uow)
    jenis = {
        r.code: r.id
        for r in uow.session.scalars(select(Referensi).where(Referensi.kind == JENIS_LOGISTIK))
    }
    contests = uow.session.execute(select(Pemilihan.id, Pemilihan.kind, Wilayah.code, Pemilihan.voting_date)
                                   .join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)).all()  # fmt: skip
    governor = next(c for c in contests if c.kind == "gubernur")
    local = {c.code: c.id for c in contests if c.kind != "gubernur"}
    voting = governor.voting_date
    regions = uow.session.execute(select(Wilayah.id, Wilayah.code, Wilayah.level)).all()
    kab = [(r.id, r.code) for r in regions if r.level == LEVEL_KABKOTA]
    kec = [(r.id, r.code) for r in regions if r.level == LEVEL_KECAMATAN]
    desa_of: dict[str, list] = {}
    for r in regions:
        if r.level == LEVEL_DESA:
            desa_of.setdefault(r.code[:8], []).append((r.id, r.code))
    writer = _Writer(uow, rng, now, clock.tz)
    # The app's own rule ("Hitung kebutuhan dari DPT") on the demo's DPT (demo_partisipasi
    # runs first), so the matrix, the ballot check and a recomputation all agree.
    try:
        ruled = logistik_kebutuhan.rule_requirements(uow)
    except ValidationError:  # no DPT at all: every kecamatan gets a synthetic one below
        ruled = {}
    ruled_at: dict[str, list] = {}
    for (code, j, c), (q, basis) in ruled.items():
        ruled_at.setdefault(code, []).append((j, c, q, basis))
    known = {r.code: r for r in partisipasi_stats.dpt_by_region(uow, level=LEVEL_KECAMATAN)}
    needs, tps_of = [], {}
    for region in kec:
        figures = known.get(region[1])
        tps_of[region[1]] = figures.tps if figures is not None and figures.tps else 0
        needs += [(region, j, c, q, basis) for j, c, q, basis in ruled_at.get(region[1], ())]
        if not tps_of[region[1]]:  # no DPT for this kecamatan: a synthetic one
            dpt = rng.randint(18_000, 95_000)
            tps_of[region[1]] = tps = -(-dpt // VOTER_PER_TPS)
            for contest in (governor.id, local.get(region[1][:5])):
                if contest:
                    needs.append((region, jenis["SURAT_SUARA"], contest,
                                  logistik_rules.ballots_needed(dpt, tps, rules.reserve_percent), "DPT contoh"))  # fmt: skip
            needs += [(region, jenis[code], None, int(tps * per), "DPT contoh")
                      for code, per in rules.per_tps.items() if code in jenis]  # fmt: skip
    uow.session.execute(insert(Kebutuhan), [
        writer._stamp(writer.recorded(REQUIREMENTS_RECORDED)) | {"wilayah_id": r[0], "wilayah_code": r[1], "jenis_id": j, "pemilihan_id": c,
                           "quantity": q, "source": logistik_kebutuhan.ATURAN, "basis": basis}
        for r, j, c, q, basis in needs
    ])  # fmt: skip
    need_of: dict[str, list] = {}
    for r, j, c, q, _basis in needs:
        need_of.setdefault(r[1], []).append((j, c, q))
    must = {lvl: rules.must_arrive_by(lvl, voting) for lvl in (KPU_KABKOTA, PPK, PPS, KPPS)}
    for region in kab:  # the province's ballots to each KPU Kab/Kota, early November
        items = {}
        for code, lines in need_of.items():
            if code.startswith(region[1] + "."):
                for j, c, q in lines:
                    items[(j, c)] = items.get((j, c), 0) + q
        outcome = (
            DITERIMA,
            must[KPU_KABKOTA] - timedelta(days=4),
            None,
            must[KPU_KABKOTA] - timedelta(days=2),
            0.0,
        )
        writer.consignment(contest=governor.id, origin=KPU_PROVINSI, place="Gudang KPU Provinsi Banten",
                           level=KPU_KABKOTA, region=region, tps="", must=must[KPU_KABKOTA], outcome=outcome,
                           items=[(j, c, q) for (j, c), q in items.items()])  # fmt: skip
    for region in kec:  # two consignments per kecamatan: ballots, then the other items
        slow = SLOW.get(region[1][:5], 0.05)
        lines = need_of[region[1]]
        ballots = [(j, c, q) for j, c, q in lines if c is not None]
        others = [(j, c, q) for j, c, q in lines if c is None]
        # The story: ballots travel under escort and arrive whole except in the slow
        # kab/kota (Lebak, Pandeglang), the only ones short of DPT + reserve.
        ballot_outcome = _outcome(rng, must[PPK], today, slow, 0.2) if region[1][:5] in SLOW \
            else _outcome(rng, must[PPK], today, 0.0, 0.0)  # fmt: skip
        for part, outcome in (
            (ballots, ballot_outcome),
            (others, _outcome(rng, must[PPK], today, slow)),
        ):
            writer.consignment(contest=governor.id if part is ballots else None, origin=KPU_KABKOTA,
                               place="Gudang KPU Kab/Kota", level=PPK, region=region, tps="", must=must[PPK],
                               outcome=outcome, items=part)  # fmt: skip
        tps_total = tps_of[region[1]]
        villages = desa_of.get(region[1], [])
        for village in villages:  # PPK → PPS: a village's share of the kecamatan's TPS
            share = max(1, round(tps_total / max(1, len(villages))))
            items = [(jenis[c], governor.id if c == "SURAT_SUARA" else None,
                      share * (VOTER_PER_TPS + 12) if c == "SURAT_SUARA" else int(share * rules.per_tps.get(c, 1)))
                     for c in DESA_ITEMS]  # fmt: skip
            writer.consignment(contest=governor.id, origin=PPK, place=f"Sekretariat PPK {region[1]}", level=PPS,
                               region=village, tps="", must=must[PPS], outcome=_outcome(rng, must[PPS], today, slow),
                               items=items)  # fmt: skip
            if rng.random() < 0.12:  # PPS → TPS has begun in some villages (H-1 is today)
                for number in range(1, share + 1):
                    items = [(jenis[c], governor.id if c == "SURAT_SUARA" else None,
                              VOTER_PER_TPS + 12 if c == "SURAT_SUARA" else int(rules.per_tps.get(c, 1)))
                             for c in TPS_ITEMS]  # fmt: skip
                    writer.consignment(contest=governor.id, origin=PPS, place="Kantor desa", level=KPPS,
                                       region=village, tps=f"{number:03d}", must=must[KPPS],
                                       outcome=_outcome(rng, must[KPPS], today, slow), items=items)  # fmt: skip
    writer.flush()
    uow.commit()
