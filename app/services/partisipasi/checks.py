"""Reconciliation checks on participation figures (SPEC 4 and 7): voters who voted never
exceed DPT + DPTb + DPK, valid + invalid votes equal the voters who voted, and a region's
own recap figure (a province or kab/kota total) agrees with its children's (``core.recap``:
the recap shadows them in every roll-up, so a stale one would make turnout lie).

A failing figure is flagged, never hidden or refused: the desk records what KPU
published, and the brief lists what does not add up. ``row_flags`` judges one row of
figures (a record or a rolled-up region); the ``check_*`` functions scan the stored
records for the brief's reconciliation list and ``desk-pilkada check``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, select

from app.models import Partisipasi, Pemilihan, Wilayah
from app.services.core import recap
from app.services.core.formatting import number
from app.services.core.uow import UnitOfWork

VOTED_WITHIN_REGISTERED = "Pengguna hak pilih ≤ DPT + DPTb + DPK"
VALID_PLUS_INVALID = "Suara sah + tidak sah = pengguna hak pilih"
RECAP_MATCHES_CHILDREN = "Angka rekap wilayah = jumlah wilayah di bawahnya"
#: The figures that add up over a region's children, with their names.
ADDITIVE = {
    "dpt_men": "DPT laki-laki", "dpt_women": "DPT perempuan", "dptb": "DPTb", "dpk": "DPK",
    "tps_count": "jumlah TPS", "voted_men": "pengguna hak pilih laki-laki",
    "voted_women": "pengguna hak pilih perempuan", "valid_votes": "suara sah",
    "invalid_votes": "suara tidak sah",
}  # fmt: skip


@dataclass(frozen=True)
class CheckFailure:
    name: str
    detail: str


def _registered(dpt: int | None, dptb: int | None, dpk: int | None) -> int | None:
    if dpt is None and dptb is None and dpk is None:
        return None
    return (dpt or 0) + (dptb or 0) + (dpk or 0)


def over_registered(
    *, dpt: int | None, dptb: int | None, dpk: int | None, voted: int | None
) -> str | None:
    """The flag when voters exceed DPT + DPTb + DPK; None when fine or not known."""
    registered = _registered(dpt, dptb, dpk)
    if voted is None or registered is None or voted <= registered:
        return None
    return f"Pengguna hak pilih {number(voted)} melebihi DPT + DPTb + DPK {number(registered)}"


def votes_mismatch(*, voted: int | None, valid: int | None, invalid: int | None) -> str | None:
    """The flag when valid + invalid votes differ from the voters; None when fine or unknown."""
    if voted is None or valid is None or invalid is None or valid + invalid == voted:
        return None
    total = valid + invalid
    return (
        f"Suara sah + tidak sah {number(total)} ≠ pengguna hak pilih {number(voted)}"
        f" (selisih {number(abs(total - voted))})"
    )


def row_flags(
    *,
    dpt: int | None,
    dptb: int | None,
    dpk: int | None,
    voted: int | None,
    valid: int | None,
    invalid: int | None,
) -> tuple[str, ...]:
    """Short Indonesian flags for one row of figures (a record or a rolled-up region);
    empty when everything adds up or is not known yet."""
    found = (
        over_registered(dpt=dpt, dptb=dptb, dpk=dpk, voted=voted),
        votes_mismatch(voted=voted, valid=valid, invalid=invalid),
    )
    return tuple(flag for flag in found if flag)


def _voted():
    return func.coalesce(Partisipasi.voted_men, 0) + func.coalesce(Partisipasi.voted_women, 0)


def _records(uow: UnitOfWork, pemilihan_id: int | None, condition) -> list:
    statement = (
        select(
            Pemilihan.name,
            Wilayah.name,
            Partisipasi.wilayah_code,
            Partisipasi.dpt_men,
            Partisipasi.dpt_women,
            Partisipasi.dptb,
            Partisipasi.dpk,
            Partisipasi.voted_men,
            Partisipasi.voted_women,
            Partisipasi.valid_votes,
            Partisipasi.invalid_votes,
        )
        .join(Pemilihan, Pemilihan.id == Partisipasi.pemilihan_id)
        .join(Wilayah, Wilayah.id == Partisipasi.wilayah_id)
        .where(Partisipasi.archived.is_(False), condition)
        .order_by(Pemilihan.id, Partisipasi.wilayah_code)
    )
    if pemilihan_id is not None:
        statement = statement.where(Partisipasi.pemilihan_id == pemilihan_id)
    return list(uow.session.execute(statement))


def _failures(name: str, rows: list) -> list[CheckFailure]:
    failures = []
    for contest, region, code, dm, dw, dptb, dpk, vm, vw, valid, invalid in rows:
        dpt = None if dm is None and dw is None else (dm or 0) + (dw or 0)
        voted = None if vm is None and vw is None else (vm or 0) + (vw or 0)
        if name == VOTED_WITHIN_REGISTERED:
            flag = over_registered(dpt=dpt, dptb=dptb, dpk=dpk, voted=voted)
        else:
            flag = votes_mismatch(voted=voted, valid=valid, invalid=invalid)
        if flag:
            failures.append(CheckFailure(name, f"{contest}, {region} ({code}): {flag}."))
    return failures


def check_voted_within_registered(
    uow: UnitOfWork, *, pemilihan_id: int | None = None
) -> list[CheckFailure]:
    """Every stored record whose voters exceed DPT + DPTb + DPK."""
    registered = (
        func.coalesce(Partisipasi.dpt_men, 0)
        + func.coalesce(Partisipasi.dpt_women, 0)
        + func.coalesce(Partisipasi.dptb, 0)
        + func.coalesce(Partisipasi.dpk, 0)
    )
    known = and_(
        (Partisipasi.voted_men.is_not(None) | Partisipasi.voted_women.is_not(None)),
        (
            Partisipasi.dpt_men.is_not(None)
            | Partisipasi.dpt_women.is_not(None)
            | Partisipasi.dptb.is_not(None)
            | Partisipasi.dpk.is_not(None)
        ),
    )
    rows = _records(uow, pemilihan_id, and_(known, _voted() > registered))
    return _failures(VOTED_WITHIN_REGISTERED, rows)


def check_valid_plus_invalid(
    uow: UnitOfWork, *, pemilihan_id: int | None = None
) -> list[CheckFailure]:
    """Every stored record whose valid + invalid votes differ from its voters."""
    known = and_(
        (Partisipasi.voted_men.is_not(None) | Partisipasi.voted_women.is_not(None)),
        Partisipasi.valid_votes.is_not(None),
        Partisipasi.invalid_votes.is_not(None),
    )
    condition = and_(known, Partisipasi.valid_votes + Partisipasi.invalid_votes != _voted())
    return _failures(VALID_PLUS_INVALID, _records(uow, pemilihan_id, condition))


def check_recaps(uow: UnitOfWork, *, pemilihan_id: int | None = None) -> list[CheckFailure]:
    """Every stored recap figure (a region's own record) that disagrees with its children's
    records: "PROVINSI BANTEN" 1.000 above the sum of its kab/kota."""
    fields = [getattr(Partisipasi, name) for name in ADDITIVE]
    statement = (
        select(Partisipasi.pemilihan_id, Partisipasi.wilayah_code, *fields)
        .where(Partisipasi.archived.is_(False))
        .order_by(Partisipasi.pemilihan_id, Partisipasi.wilayah_code)
    )
    if pemilihan_id is not None:
        statement = statement.where(Partisipasi.pemilihan_id == pemilihan_id)
    by_contest: dict[int, dict[str, dict[str, int]]] = {}
    for contest, code, *values in uow.session.execute(statement):
        by_contest.setdefault(contest, {})[code] = {
            name: value for name, value in zip(ADDITIVE, values, strict=True) if value is not None
        }
    if not by_contest:
        return []
    children = recap.children_of(
        uow.session.scalars(select(Wilayah.code).where(Wilayah.archived.is_(False)))
    )
    found = {contest: recap.mismatches(given, children) for contest, given in by_contest.items()}
    if not any(found.values()):
        return []
    contests = dict(uow.session.execute(select(Pemilihan.id, Pemilihan.name)).all())
    codes = {m.code for items in found.values() for m in items}
    names = dict(
        uow.session.execute(select(Wilayah.code, Wilayah.name).where(Wilayah.code.in_(codes))).all()
    )
    return [
        CheckFailure(
            RECAP_MATCHES_CHILDREN,
            f"{contests.get(contest, contest)}, {'' if '.' in m.code else 'Provinsi '}"
            f"{names.get(m.code, m.code)} ({m.code}): "
            f"{ADDITIVE[m.field]} tercatat {number(m.recorded)}, {m.describe()}.",
        )
        for contest, items in found.items()
        for m in items
    ]


def run_all(uow: UnitOfWork, *, pemilihan_id: int | None = None) -> list[CheckFailure]:
    return (
        check_voted_within_registered(uow, pemilihan_id=pemilihan_id)
        + check_valid_plus_invalid(uow, pemilihan_id=pemilihan_id)
        + check_recaps(uow, pemilihan_id=pemilihan_id)
    )


# As rules of ``desk-pilkada check`` (names, then details), defined here so that a brief,
# which runs ``run_all`` per contest as a check of its own, knows them by their module.


def voted_rule(uow: UnitOfWork) -> list[str]:
    return [f.detail for f in check_voted_within_registered(uow)]


def valid_plus_invalid_rule(uow: UnitOfWork) -> list[str]:
    return [f.detail for f in check_valid_plus_invalid(uow)]


def recaps_rule(uow: UnitOfWork) -> list[str]:
    return [f.detail for f in check_recaps(uow)]
