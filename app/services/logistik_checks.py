"""Reconciliation checks of logistics (SPEC 7), run before a brief is issued and by
``desk-pilkada check``. Each returns the failures; an empty list means it holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Partisipasi, Pengiriman, PengirimanBaris, Referensi, Wilayah
from app.services import logistik_rules
from app.services.logistik_readiness import readiness
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class CheckFailure:
    name: str
    detail: str


RECEIVED_NOT_ABOVE_SENT = "Diterima tidak melebihi dikirim"
BALLOTS_COVER_DPT = "Surat suara diterima ≥ DPT + cadangan"


def received_not_above_sent(uow: UnitOfWork, limit: int = 20) -> list[CheckFailure]:
    """No line holds more good + damaged + missing than was sent (the service refuses it;
    this catches data written around it, e.g. an exchange package)."""
    accounted = PengirimanBaris.qty_good + PengirimanBaris.qty_damaged + PengirimanBaris.qty_missing
    rows = uow.session.execute(
        select(Pengiriman.number, Referensi.name, PengirimanBaris.qty_sent, accounted)
        .join(Pengiriman, Pengiriman.id == PengirimanBaris.pengiriman_id)
        .join(Referensi, Referensi.id == PengirimanBaris.jenis_id)
        .where(
            PengirimanBaris.archived.is_(False),
            PengirimanBaris.qty_good.is_not(None),
            accounted > PengirimanBaris.qty_sent,
        )
        .order_by(Pengiriman.number)
        .limit(limit)
    ).all()
    return [
        CheckFailure(RECEIVED_NOT_ABOVE_SENT, f"{number} {name}: diterima {got}, dikirim {sent}")
        for number, name, sent, got in rows
    ]


def ballots_cover_dpt(uow: UnitOfWork, *, level: int = 2) -> list[CheckFailure]:
    """Per region of ``level`` and contest: surat suara received in good condition (at the
    measured level) reach DPT + reserve per TPS. Regions whose DPT is not known yet are
    listed as flagged, not silently passed."""
    rules = logistik_rules.load(uow)
    length = logistik_rules.CODE_LENGTH[level]
    dpt_rows = uow.session.execute(
        select(Partisipasi.pemilihan_id, Partisipasi.wilayah_code, Partisipasi.dpt_men,
               Partisipasi.dpt_women, Partisipasi.tps_count)
        .where(Partisipasi.archived.is_(False), func.length(Partisipasi.wilayah_code) >= length)
    ).all()  # fmt: skip
    if not dpt_rows:
        return [
            CheckFailure(
                BALLOTS_COVER_DPT,
                "Data DPT belum tersedia: surat suara belum dapat dibandingkan dengan DPT (ditandai).",
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
    failures = []
    for contest in sorted({c for _code, c in needed} | {c for _code, c in unknown}):
        got = {
            row.code: next((i.received for i in row.items if i.jenis_code == logistik_rules.SURAT_SUARA), 0)
            for row in readiness(uow, level=level, pemilihan_id=contest)
        }  # fmt: skip
        for (code, c), n in sorted(needed.items()):
            if c == contest and got.get(code, 0) < n:
                failures.append(CheckFailure(BALLOTS_COVER_DPT,
                    f"{names.get(code, code)} (pemilihan {contest}): surat suara diterima "
                    f"{got.get(code, 0)}, perlu {n} (DPT + {logistik_rules._num(rules.reserve_percent)}% per TPS)"))  # noqa: SLF001 # fmt: skip
    for code, contest in sorted(unknown):
        failures.append(CheckFailure(BALLOTS_COVER_DPT,
                                     f"{names.get(code, code)} (pemilihan {contest}): DPT belum diketahui (ditandai)"))  # fmt: skip
    return failures


def all_checks(uow: UnitOfWork) -> list[CheckFailure]:
    return received_not_above_sent(uow) + ballots_cover_dpt(uow)
