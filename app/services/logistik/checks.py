"""Reconciliation checks of logistics (SPEC 7), run before a brief is issued and by
``desk-pilkada check``. Each returns the failures; an empty list means it holds.

DPT that is not known yet (no participation data, or a region without its DPT) is
flagged as a *note*: a desk runs ``check`` long before the DPT arrives, and a missing
figure is not a wrong one. Likewise a shortfall that ballots still on the road (sent to
the region at the measured level, not yet received) would close is a note, "dalam
pengiriman"; only ballots short of a known DPT + reserve with nothing left to arrive
fail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, literal, select

from app.models import (
    LogistikDiterima,
    Partisipasi,
    Pemilihan,
    Pengiriman,
    PengirimanBaris,
    Referensi,
    Wilayah,
)
from app.models.logistik import OVER_SENT
from app.services.core.findings import Note
from app.services.core.formatting import number, short_contest
from app.services.core.uow import UnitOfWork
from app.services.logistik import rules as logistik_rules
from app.services.logistik.query import arrived_clause, not_arrived_clause


@dataclass(frozen=True)
class CheckFailure:
    name: str
    detail: str
    #: Flagged for attention, not a failure (e.g. DPT not known yet).
    note: bool = False
    #: The contest the failure belongs to (None: not about one contest).
    pemilihan_id: int | None = None


RECEIVED_NOT_ABOVE_SENT = "Diterima tidak melebihi dikirim"
BALLOTS_COVER_DPT = "Surat suara diterima ≥ DPT + cadangan"


def received_not_above_sent(uow: UnitOfWork, limit: int = 20) -> list[CheckFailure]:
    """No line holds more good + damaged + missing than was sent (the service refuses it;
    this catches data written around it, e.g. an exchange package)."""
    accounted = PengirimanBaris.qty_good + PengirimanBaris.qty_damaged + PengirimanBaris.qty_missing
    # The lines first, by the partial index of OVER_SENT (materialised, so the database
    # does not turn the join around and walk every consignment), then their names.
    over = (
        select(PengirimanBaris.pengiriman_id, PengirimanBaris.jenis_id,
               PengirimanBaris.qty_sent, accounted.label("accounted"))
        .where(OVER_SENT)
        .cte("over_sent")
        .prefix_with("MATERIALIZED")
    )  # fmt: skip
    rows = uow.session.execute(
        select(Pengiriman.number, Referensi.name, over.c.qty_sent, over.c.accounted)
        .select_from(over)
        .join(Pengiriman, Pengiriman.id == over.c.pengiriman_id)
        .join(Referensi, Referensi.id == over.c.jenis_id)
        .order_by(Pengiriman.number)
        .limit(limit)
    ).all()
    return [
        CheckFailure(
            RECEIVED_NOT_ABOVE_SENT,
            f"{nomor} {name}: diterima {number(got)}, dikirim {number(sent)}",
        )
        for nomor, name, sent, got in rows
    ]


def ballots_cover_dpt(
    uow: UnitOfWork, *, level: int = 2, as_of: datetime | None = None
) -> list[CheckFailure]:
    """Per region of ``level`` and contest: surat suara received in good condition (at the
    measured level) reach DPT + reserve per TPS. Regions whose DPT is not known yet are
    listed as flagged, not silently passed. ``as_of``: as the desk knew it then."""
    rules = logistik_rules.load(uow, as_of)
    length = logistik_rules.CODE_LENGTH[level]
    dpt_rows = uow.session.execute(
        select(Partisipasi.pemilihan_id, Partisipasi.wilayah_code, Partisipasi.dpt_men,
               Partisipasi.dpt_women, Partisipasi.tps_count)
        .where(Partisipasi.archived.is_(False), func.length(Partisipasi.wilayah_code) >= length,
               literal(True) if as_of is None else Partisipasi.created_at <= as_of)
    ).all()  # fmt: skip
    if not dpt_rows:
        return [
            CheckFailure(
                BALLOTS_COVER_DPT,
                "Data DPT belum tersedia: surat suara belum dapat dibandingkan dengan DPT (ditandai).",
                note=True,
            )
        ]
    deepest: dict[int, int] = {}
    for contest, code, *_ in dpt_rows:
        deepest[contest] = max(deepest.get(contest, 0), len(code))
    needed: dict[tuple[str, int], int] = {}
    unknown: set[tuple[str, int]] = set()
    for contest, code, men, women, tps in dpt_rows:
        if len(code) != deepest[contest]:
            continue
        target = (code[:length], contest)
        if men is None and women is None:
            unknown.add(target)
            continue
        dpt = (men or 0) + (women or 0)
        n = logistik_rules.ballots_needed(dpt, tps, rules.reserve_percent)
        needed[target] = needed.get(target, 0) + n
    names = dict(uow.session.execute(select(Wilayah.code, Wilayah.name)).all())
    contests = {
        cid: short_contest(name)
        for cid, name in uow.session.execute(select(Pemilihan.id, Pemilihan.name))
    }
    reserve = logistik_rules._num(rules.reserve_percent)  # noqa: SLF001
    on_road = _ballots_on_the_road(uow, rules, length, as_of)
    received_by = ballots_received(uow, length, rules, as_of)  # every contest in one pass
    failures = []
    for contest in sorted({c for _code, c in needed} | {c for _code, c in unknown}):
        got = {code: n for (code, c), n in received_by.items() if c == contest}
        where = contests.get(contest, f"pemilihan {contest}")
        for (code, c), n in sorted(needed.items()):
            received = got.get(code, 0)
            if c != contest or received >= n:
                continue
            detail = (
                f"{names.get(code, code)} ({where}): surat suara diterima {number(received)}, "
                f"perlu {number(n)} (DPT + {reserve}% per TPS)"
            )
            coming = on_road.get((code, contest), 0)
            closes = bool(coming) and received + coming >= n
            if closes:
                detail += f"; {number(coming)} masih dalam pengiriman (ditandai)"
            failures.append(CheckFailure(BALLOTS_COVER_DPT, detail, closes, contest))
    for code, contest in sorted(unknown):
        where = contests.get(contest, f"pemilihan {contest}")
        detail = f"{names.get(code, code)} ({where}): DPT belum diketahui (ditandai)"
        failures.append(CheckFailure(BALLOTS_COVER_DPT, detail, True, contest))
    return failures


def ballots_received(
    uow: UnitOfWork, length: int, rules, as_of: datetime | None = None
) -> dict[tuple[str, int], int]:
    """(region code of ``length``, contest) → surat suara received in good condition at
    the measured level (by ``as_of``), all contests in one GROUP BY: the same goods the
    readiness figures count (``readiness.arrived_clause``)."""
    ballots = select(Referensi.id).where(Referensi.code == logistik_rules.SURAT_SUARA)
    if as_of is None:  # now: the sums the database keeps as lines change
        kept = LogistikDiterima
        key = func.substr(kept.destination_code, 1, length)
        rows = uow.session.execute(
            select(key, kept.pemilihan_key, func.sum(kept.qty_good))
            .where(kept.destination_level == rules.measured_level, kept.jenis_id.in_(ballots),
                   kept.pemilihan_key != 0)
            .group_by(key, kept.pemilihan_key)
        ).all()  # fmt: skip
        return {(code, contest): int(n or 0) for code, contest, n in rows}
    key = func.substr(PengirimanBaris.destination_code, 1, length)
    rows = uow.session.execute(
        select(key, PengirimanBaris.pemilihan_id, func.sum(PengirimanBaris.qty_good))
        .join(Pengiriman, Pengiriman.id == PengirimanBaris.pengiriman_id)
        .where(
            PengirimanBaris.archived.is_(False),
            PengirimanBaris.qty_good.is_not(None),
            Pengiriman.archived.is_(False),
            Pengiriman.destination_level == rules.measured_level,
            arrived_clause(as_of),
            PengirimanBaris.jenis_id.in_(ballots),
            PengirimanBaris.pemilihan_id.is_not(None),
        )
        .group_by(key, PengirimanBaris.pemilihan_id)
    ).all()
    return {(code, contest): int(n or 0) for code, contest, n in rows}


def _ballots_on_the_road(
    uow: UnitOfWork, rules, length: int, as_of: datetime | None = None
) -> dict[tuple[str, int], int]:
    """(region code of ``length``, contest) → surat suara sent at the measured level and
    not received yet (consignment Disiapkan or Dikirim; at ``as_of``: not arrived then)."""
    key = func.substr(PengirimanBaris.destination_code, 1, length)
    rows = uow.session.execute(
        select(key, PengirimanBaris.pemilihan_id, func.sum(PengirimanBaris.qty_sent))
        .join(Pengiriman, Pengiriman.id == PengirimanBaris.pengiriman_id)
        .join(Referensi, Referensi.id == PengirimanBaris.jenis_id)
        .where(
            PengirimanBaris.archived.is_(False),
            Pengiriman.archived.is_(False),
            not_arrived_clause(as_of),
            Pengiriman.destination_level == rules.measured_level,
            Referensi.code == logistik_rules.SURAT_SUARA,
            PengirimanBaris.pemilihan_id.is_not(None),
        )
        .group_by(key, PengirimanBaris.pemilihan_id)
    ).all()
    return {(code, contest): int(n or 0) for code, contest, n in rows}


def all_checks(uow: UnitOfWork) -> list[CheckFailure]:
    return received_not_above_sent(uow) + ballots_cover_dpt(uow)


def _as_rule(failures: list[CheckFailure]) -> list[str]:

    return [Note(f.detail) if f.note else f.detail for f in failures]


def received_rule(uow: UnitOfWork) -> list[str]:
    """``received_not_above_sent`` as a rule of ``desk-pilkada check``."""
    return _as_rule(received_not_above_sent(uow))


def ballots_rule(uow: UnitOfWork) -> list[str]:
    """``ballots_cover_dpt`` as a rule of ``desk-pilkada check``: DPT not known is a note."""
    return _as_rule(ballots_cover_dpt(uow))
