"""Turnout figures per region: the one place the dashboard, the Partisipasi page and the
briefs get DPT, voters and turnout from (SPEC 4, 6.6 and 7).

Figures can be recorded at any level (desa, kecamatan, kab/kota, provinsi); each figure
of a region is rolled up in SQL by ``rollup``'s rule (stated in the UI): the region's
own record when it has the figure (e.g. KPU's kab/kota recapitulation), otherwise the sum
of its children's figures — never two levels added together.

Turnout = voters who voted ÷ denominator × 100, with the denominator stated beside the
figure: DPT only, or DPT + DPTb + DPK (KPU's method; DPTb/DPK not yet entered count as 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, literal, or_, select

from app.models import Partisipasi, Pemilihan, PemilihanLalu, Wilayah
from app.models.wilayah import LEVEL_PROVINSI
from app.services.core import pengaturan, rollup
from app.services.core.errors import NotFound, ValidationError
from app.services.core.uow import UnitOfWork
from app.services.partisipasi.checks import row_flags

DENOMINATOR_DPT = "dpt"
DENOMINATOR_ALL = "dpt_dptb_dpk"
METHODS = {
    DENOMINATOR_DPT: "Pengguna hak pilih ÷ DPT",
    DENOMINATOR_ALL: "Pengguna hak pilih ÷ (DPT + DPTb + DPK)",
}
ROLLUP_NOTE = rollup.NOTE
CODE_LENGTH = rollup.CODE_LENGTH
LEVEL_OF_LENGTH = rollup.LEVEL_OF_LENGTH
in_subtree = rollup.in_subtree
code_prefix = rollup.code_prefix


@dataclass(frozen=True)
class TurnoutRow:
    code: str
    name: str
    dpt: int | None
    dptb: int | None
    dpk: int | None
    voted: int | None
    turnout_pct: float | None
    method: str
    target_pct: float | None
    earlier_pct: float | None
    change_pts: float | None
    level: int = 0
    dpt_men: int | None = None
    dpt_women: int | None = None
    tps: int | None = None
    voted_men: int | None = None
    voted_women: int | None = None
    valid_votes: int | None = None
    invalid_votes: int | None = None
    earlier_name: str = ""
    #: Reconciliation flags (partisipasi_checks.row_flags): shown, never hidden.
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DptRow:
    code: str
    name: str
    dpt: int | None
    tps: int | None
    dpt_men: int | None = None
    dpt_women: int | None = None
    dptb: int | None = None
    dpk: int | None = None


def _pair(men: str, women: str):
    return (
        lambda t: func.coalesce(getattr(t, men), 0) + func.coalesce(getattr(t, women), 0),
        lambda t: or_(getattr(t, men).is_not(None), getattr(t, women).is_not(None)),
    )


def _one(name: str):
    return (lambda t: getattr(t, name), lambda t: getattr(t, name).is_not(None))


#: What makes a record "have" a figure, by group of figures entered together.
_KNOWN = {
    "dpt": _pair("dpt_men", "dpt_women")[1],
    "voted": _pair("voted_men", "voted_women")[1],
    **{key: _one(column)[1] for key, column in (
        ("dptb", "dptb"), ("dpk", "dpk"), ("tps", "tps_count"),
        ("valid_votes", "valid_votes"), ("invalid_votes", "invalid_votes"),
    )},
}  # fmt: skip
#: Figure → (value of a record, the _KNOWN group it belongs to).
_FIGURES = {
    "dpt": (_pair("dpt_men", "dpt_women")[0], "dpt"),
    "dpt_men": (lambda t: func.coalesce(t.dpt_men, 0), "dpt"),
    "dpt_women": (lambda t: func.coalesce(t.dpt_women, 0), "dpt"),
    "dptb": (lambda t: t.dptb, "dptb"),
    "dpk": (lambda t: t.dpk, "dpk"),
    "tps": (lambda t: t.tps_count, "tps"),
    "voted": (_pair("voted_men", "voted_women")[0], "voted"),
    "voted_men": (lambda t: func.coalesce(t.voted_men, 0), "voted"),
    "voted_women": (lambda t: func.coalesce(t.voted_women, 0), "voted"),
    "valid_votes": (lambda t: t.valid_votes, "valid_votes"),
    "invalid_votes": (lambda t: t.invalid_votes, "invalid_votes"),
}


def turnout(
    voted: int | None, dpt: int | None, dptb: int | None, dpk: int | None, denominator: str
) -> float | None:
    """Turnout in percent, or None when voters or the denominator are not known (or 0)."""
    if voted is None or dpt is None:
        return None
    base = dpt if denominator == DENOMINATOR_DPT else dpt + (dptb or 0) + (dpk or 0)
    return None if base <= 0 else 100.0 * voted / base


def denominator_of(
    uow: UnitOfWork, denominator: str | None, as_of: datetime | None = None
) -> str:
    chosen = denominator or pengaturan.get(uow, "partisipasi_penyebut", as_of)
    if chosen not in METHODS:
        raise ValidationError(f"Penyebut partisipasi '{chosen}' tidak dikenal.")
    return chosen


def scope_of(
    uow: UnitOfWork, pemilihan_id: int, root_code: str | None
) -> tuple[Pemilihan, str | None]:
    """The contest and the code of the subtree to count: the contest's region narrowed to
    ``root_code``; None when ``root_code`` lies outside the contest."""
    contest = uow.session.get(Pemilihan, pemilihan_id)
    if contest is None or contest.archived:
        raise NotFound("Pemilihan tidak ditemukan; muat ulang daftar pemilihan.")
    region = uow.session.get(Wilayah, contest.wilayah_id)
    code = region.code if region else ""
    if not root_code or root_code == code or code.startswith(root_code + "."):
        return contest, code
    if root_code.startswith(code + "."):
        return contest, root_code
    return contest, None


def regions_at(uow: UnitOfWork, level: int, scope: str) -> list[tuple[str, str]]:
    """(code, name) of the regions at ``level`` inside ``scope`` (or the one containing it)."""
    if CODE_LENGTH[level] <= len(scope):
        condition = Wilayah.code == scope[: CODE_LENGTH[level]]
    else:
        condition = Wilayah.code.like(f"{scope}.%")
    statement = (
        select(Wilayah.code, Wilayah.name)
        .where(Wilayah.level == level, Wilayah.archived.is_(False), condition)
        .order_by(Wilayah.code)
    )
    return [(code, name) for code, name in uow.session.execute(statement)]


def _same_contest(ancestor, row):
    # "+ 0": SQLite must look the ancestor up by its code (one row), not scan every
    # record of the contest through the (pemilihan_id, wilayah_id) index.
    return ancestor.pemilihan_id + 0 == row.pemilihan_id


#: The figures of a DPT-only roll-up (logistics requirements, incident pressure), in the
#: order of ``DptRow``'s fields.
_DPT_FIGURES = ("dpt", "tps", "dpt_men", "dpt_women", "dptb", "dpk")


def _rollup(
    uow: UnitOfWork,
    pemilihan_id: int,
    level: int,
    scope: str,
    figures: tuple[str, ...] = tuple(_FIGURES),
    as_of: datetime | None = None,
) -> dict[str, dict]:
    """``figures`` per region code at ``level`` (rollup's rule), None where none is known.
    Each record is joined once to its ancestor records (a contest holds one record per
    region), and each group of figures is tested once against them. At a past instant
    ``as_of`` only the records recorded by then count (SPEC 14)."""
    same = _same_contest
    if as_of is not None:

        def same(ancestor, row):
            return and_(_same_contest(ancestor, row), ancestor.created_at <= as_of)

    ancestors = rollup.Ancestors(Partisipasi, level, same)
    counted = {key: ancestors.topmost(_KNOWN[key]) for key in {_FIGURES[n][1] for n in figures}}
    columns = []
    for name in figures:
        value, key = _FIGURES[name]
        columns.append(
            func.sum(case((counted[key], value(Partisipasi)), else_=None)).label(f"{name}_sum")
        )
        columns.append(func.count(case((counted[key], 1), else_=None)).label(f"{name}_n"))
    group = code_prefix(Partisipasi.wilayah_code, level)
    statement = (
        ancestors.join(select(group.label("region"), *columns).select_from(Partisipasi))
        .where(
            Partisipasi.pemilihan_id == pemilihan_id,
            Partisipasi.archived.is_(False),
            func.length(Partisipasi.wilayah_code) >= CODE_LENGTH[level],
            in_subtree(Partisipasi.wilayah_code, scope),
            literal(True) if as_of is None else Partisipasi.created_at <= as_of,
        )
        .group_by(group)
    )
    return {
        row.region: {
            name: int(getattr(row, f"{name}_sum")) if getattr(row, f"{name}_n") else None
            for name in figures
        }
        for row in uow.session.execute(statement)
    }


def comparison_election(uow: UnitOfWork, pemilihan_id: int, scope: str) -> str:
    """The earlier election the contest is compared with: one entered for this contest
    before one entered for any contest, the most recent first; "" when none."""
    statement = (
        select(PemilihanLalu.name, PemilihanLalu.year, PemilihanLalu.pemilihan_id)
        .where(
            PemilihanLalu.archived.is_(False),
            or_(PemilihanLalu.pemilihan_id == pemilihan_id, PemilihanLalu.pemilihan_id.is_(None)),
            in_subtree(PemilihanLalu.wilayah_code, scope),
        )
        .distinct()
    )
    found = sorted(uow.session.execute(statement), key=lambda r: (r[2] is None, -r[1], r[0]))
    return found[0][0] if found else ""


def _earlier(
    uow: UnitOfWork, pemilihan_id: int, name: str, level: int, scope: str
) -> dict[str, float]:
    """Earlier turnout per region at ``level``: the region's own record (its published
    percentage, else voted ÷ DPT), otherwise Σ voted ÷ Σ DPT rolled up (rollup's rule)
    over the records below that have both."""
    if not name:
        return {}
    model = PemilihanLalu
    length = CODE_LENGTH[level]
    own = func.length(model.wilayah_code) == length

    def both(t):
        return and_(t.dpt.is_not(None), t.voted.is_not(None), t.archived.is_(False))

    def same(ancestor, row):
        return ancestor.name == row.name

    ancestors = rollup.Ancestors(model, level, same)  # one record per name and region
    counted = and_(~own, ancestors.topmost(both))
    group = code_prefix(model.wilayah_code, level)
    statement = ancestors.join(
        select(
            group.label("region"),
            func.max(case((own, model.turnout_pct))).label("pct"),
            func.max(case((own, model.dpt))).label("own_dpt"),
            func.max(case((own, model.voted))).label("own_voted"),
            func.sum(case((counted, model.dpt))).label("dpt"),
            func.sum(case((counted, model.voted))).label("voted"),
        ).select_from(model)
    ).where(
        model.name == name,
        model.archived.is_(False),
        or_(model.pemilihan_id == pemilihan_id, model.pemilihan_id.is_(None)),
        func.length(model.wilayah_code) >= length,
        in_subtree(model.wilayah_code, scope),
    )
    statement = statement.group_by(group)
    result: dict[str, float] = {}
    for row in uow.session.execute(statement):
        if row.pct is not None:
            result[row.region] = float(row.pct)
        elif row.own_dpt:
            result[row.region] = 100.0 * int(row.own_voted) / int(row.own_dpt)
        elif row.dpt:
            result[row.region] = 100.0 * int(row.voted) / int(row.dpt)
    return result


def turnout_by_region(
    uow: UnitOfWork,
    *,
    pemilihan_id: int,
    level: int,
    root_code: str | None = None,
    denominator: str | None = None,
    as_of: datetime | None = None,
) -> list[TurnoutRow]:
    """One row per region at ``level`` inside the contest (and ``root_code``), regions
    without figures included (their figures None). ``denominator`` defaults to the desk
    setting ``partisipasi_penyebut``; ``as_of`` counts the figures recorded by then."""
    if level not in CODE_LENGTH:
        raise ValidationError(f"Tingkat wilayah {level} tidak dikenal.")
    chosen = denominator_of(uow, denominator, as_of)
    contest, scope = scope_of(uow, pemilihan_id, root_code)
    if scope is None:
        return []
    figures = _rollup(uow, pemilihan_id, level, scope, as_of=as_of)
    earlier_name = comparison_election(uow, pemilihan_id, scope)
    earlier = _earlier(uow, pemilihan_id, earlier_name, level, scope)
    return [
        _row(
            code,
            name,
            level,
            figures.get(code, {}),
            chosen,
            contest,
            earlier_name,
            earlier.get(code),
        )
        for code, name in regions_at(uow, level, scope)
    ]


def _row(
    code: str,
    name: str,
    level: int,
    f: dict,
    denominator: str,
    contest: Pemilihan,
    earlier_name: str,
    earlier_pct: float | None,
) -> TurnoutRow:
    pct = turnout(f.get("voted"), f.get("dpt"), f.get("dptb"), f.get("dpk"), denominator)
    return TurnoutRow(
        code=code,
        name=name,
        dpt=f.get("dpt"),
        dptb=f.get("dptb"),
        dpk=f.get("dpk"),
        voted=f.get("voted"),
        turnout_pct=pct,
        method=METHODS[denominator],
        target_pct=contest.target_participation,
        earlier_pct=earlier_pct,
        change_pts=None if pct is None or earlier_pct is None else pct - earlier_pct,
        level=level,
        dpt_men=f.get("dpt_men"),
        dpt_women=f.get("dpt_women"),
        tps=f.get("tps"),
        voted_men=f.get("voted_men"),
        voted_women=f.get("voted_women"),
        valid_votes=f.get("valid_votes"),
        invalid_votes=f.get("invalid_votes"),
        earlier_name=earlier_name if earlier_pct is not None else "",
        flags=row_flags(
            dpt=f.get("dpt"),
            dptb=f.get("dptb"),
            dpk=f.get("dpk"),
            voted=f.get("voted"),
            valid=f.get("valid_votes"),
            invalid=f.get("invalid_votes"),
        ),
    )


def turnout_total(
    uow: UnitOfWork,
    *,
    pemilihan_id: int,
    root_code: str | None = None,
    denominator: str | None = None,
    as_of: datetime | None = None,
) -> TurnoutRow:
    """The contest's whole area (or ``root_code`` inside it) as one row."""
    chosen = denominator_of(uow, denominator, as_of)
    contest, scope = scope_of(uow, pemilihan_id, root_code)
    if scope is None:
        raise ValidationError(f"Wilayah {root_code} berada di luar wilayah {contest.name}.")
    level = LEVEL_OF_LENGTH.get(len(scope), LEVEL_PROVINSI)
    rows = turnout_by_region(
        uow, pemilihan_id=pemilihan_id, level=level, root_code=scope, denominator=chosen,
        as_of=as_of,
    )
    if rows:
        return rows[0]
    return _row(scope, scope, level, {}, chosen, contest, "", None)


def reference_contest(uow: UnitOfWork) -> int | None:
    """The contest whose DPT stands for a region when no contest is named: the widest
    (the governor race), which covers every desa of the province."""
    statement = (
        select(Pemilihan.id)
        .join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
        .where(Pemilihan.archived.is_(False))
        .order_by(Wilayah.level, Pemilihan.id)
        .limit(1)
    )
    return uow.session.scalar(statement)


def dpt_by_region(
    uow: UnitOfWork, *, level: int, root_code: str | None = None, pemilihan_id: int | None = None,
    as_of: datetime | None = None,
) -> list[DptRow]:  # fmt: skip
    """DPT and TPS per region (logistics requirements: surat suara = DPT + 2,5%), the same
    figures as ``turnout_by_region`` without its voters, flags and earlier election.
    Without ``pemilihan_id`` the governor race's figures are used (same voters, widest
    area)."""
    contest_id = pemilihan_id or reference_contest(uow)
    if contest_id is None:
        return []
    if level not in CODE_LENGTH:
        raise ValidationError(f"Tingkat wilayah {level} tidak dikenal.")
    scope = scope_of(uow, contest_id, root_code)[1]
    if scope is None:
        return []
    figures = _rollup(uow, contest_id, level, scope, _DPT_FIGURES, as_of)
    return [
        DptRow(code, name, *(figures.get(code, {}).get(n) for n in _DPT_FIGURES))
        for code, name in regions_at(uow, level, scope)
    ]
