"""Where each dashboard figure comes from: one small provider per tile, chart, map
indicator or alert source, each calling ONE shared aggregation function (ARCHITECTURE
practice 10), so the dashboard and the PDF brief always agree.

A provider never invents a figure. When the area has nothing recorded, the result says
so (``EMPTY``); when it fails, ``FAILED`` (logged) — and the rest of the dashboard still
shows.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from app.models.wilayah import LEVEL_KABKOTA, LEVEL_PROVINSI
from app.services.core import changes as keys
from app.services.core.uow import UnitOfWork
from app.services.dasbor.memo import kept
from app.services.insiden import query as insiden_query
from app.services.insiden import stats as insiden_stats
from app.services.insiden import stats_open as insiden_open
from app.services.kerawanan import stats as kerawanan_stats
from app.services.logistik import readiness
from app.services.partisipasi import stats as partisipasi_stats
from app.services.sosialisasi import stats as sosialisasi_stats
from app.services.tahapan import records as tahapan

log = logging.getLogger(__name__)
T = TypeVar("T")

OK, EMPTY, FAILED = "ok", "kosong", "gagal"


@dataclass(frozen=True)
class Sourced(Generic[T]):
    """A provider's answer: the value, and whether there is one to show."""

    value: T | None
    state: str
    #: Which area the figure belongs to ("logistik", "sosialisasi", ...).
    area: str

    @property
    def ok(self) -> bool:
        return self.state == OK


@dataclass(frozen=True)
class Query:
    """The dashboard's filters, as every provider receives them."""

    today: date
    start: date | None
    end: date | None
    #: Dotted code of the chosen kab/kota; "" for the whole province.
    root_code: str
    #: The chosen contest; None for all contests.
    pemilihan_id: int | None
    #: The contest that stands for all when none is chosen (turnout needs one).
    reference_contest_id: int | None
    #: A past instant the figures are taken at (SPEC 14); None: now.
    as_of: datetime | None = None




def _call(
    uow: UnitOfWork, area: str, function: Callable[..., Any], call: Callable[[Callable], Any],
    empty: Callable[[Any], bool] = lambda v: not v,
) -> Sourced:  # fmt: skip
    try:
        value = call(function)
    except Exception:  # one area's failure must not blank the whole dashboard
        log.exception("dashboard source %s.%s failed", function.__module__, function.__name__)
        uow.session.rollback()
        return Sourced(None, FAILED, area)
    return Sourced(value, EMPTY if empty(value) else OK, area)


def _answered(value: Any) -> bool:
    """Whether a provider's answer may be kept: a failed reading is tried again."""
    parts = value if isinstance(value, tuple) else (value,)
    return all(getattr(p, "state", OK) != FAILED for p in parts)


def _stats_filter(q: Query, *, period: bool):
    from app.services.insiden.stats import StatsFilter

    return StatsFilter(
        date_from=q.start if period else None,
        date_to=q.end if period else None,
        pemilihan_id=q.pemilihan_id,
        wilayah_code=q.root_code,
        as_of=q.as_of,
    )


# -- insiden ----------------------------------------------------------------------------
@kept(keys.INSIDEN, keep=_answered)
def incidents_open(uow: UnitOfWork, q: Query) -> Sourced:
    """Open incidents by severity and overdue follow-ups (tile)."""
    return _call(uow, "insiden", insiden_stats.open_now,
                 lambda f: f(uow, _stats_filter(q, period=False)), empty=lambda _v: False)  # fmt: skip


@kept(keys.INSIDEN, keep=_answered)
def incidents_per_day(uow: UnitOfWork, q: Query) -> Sourced:
    """Incidents per local day × severity over the period (chart)."""
    if q.start is None or q.end is None:
        return Sourced(None, EMPTY, "insiden")
    return _call(uow, "insiden", insiden_stats.per_day_by_severity,
                 lambda f: f(uow, _stats_filter(q, period=True)),
                 empty=lambda v: not any(d.total for d in v))  # fmt: skip


@kept(keys.INSIDEN, keep=_answered)
def incidents_by_category(uow: UnitOfWork, q: Query) -> Sourced:
    return _call(uow, "insiden", insiden_stats.by_category,
                 lambda f: f(uow, _stats_filter(q, period=True)))  # fmt: skip


@kept(keys.INSIDEN, keep=_answered)
def incidents_open_by_kabkota(uow: UnitOfWork, q: Query) -> Sourced:
    """Open incidents per kab/kota × severity (readiness index, map), whole province."""
    from dataclasses import replace

    flt = replace(_stats_filter(q, period=False), wilayah_code="")
    return _call(uow, "insiden", insiden_open.open_by_kabkota,
                 lambda f: f(uow, flt), empty=lambda _v: False)  # fmt: skip


@kept(keys.INSIDEN, keep=_answered)
def overdue_follow_ups(uow: UnitOfWork, q: Query, limit: int) -> Sourced:
    """Overdue follow-ups, earliest deadline first (alerts), through the register's query."""
    from app.services.insiden.query import InsidenFilter

    flt = InsidenFilter(wilayah_code=q.root_code, pemilihan_id=q.pemilihan_id, overdue_only=True,
                        sort="deadline", descending=False, as_of=q.as_of)  # fmt: skip
    return _call(uow, "insiden", insiden_query.query,
                 lambda f: f(uow, flt, 0, limit), empty=lambda v: not v.total)  # fmt: skip


# -- logistik ---------------------------------------------------------------------------
@kept(keys.LOGISTIK, keep=_answered)
def logistik(uow: UnitOfWork, q: Query) -> tuple[Sourced, Sourced]:
    """Readiness of the province and of each kab/kota (tiles, index, map), from ONE reading
    of goods and requirements: ``readiness_levels`` gives exactly what ``readiness`` gives
    per level, so the province figure is the same as the Logistik page's."""
    both = _call(uow, "logistik", readiness.readiness_levels,
                 lambda f: f(uow, levels=(LEVEL_PROVINSI, LEVEL_KABKOTA), pemilihan_id=q.pemilihan_id,
                             as_of=q.as_of),
                 empty=lambda _v: False)  # fmt: skip
    if not both.ok:
        return both, both
    kabkota = both.value[LEVEL_KABKOTA]
    province = next(iter(both.value[LEVEL_PROVINSI]), None)
    return (
        Sourced(province, OK if province is not None and province.required else EMPTY, "logistik"),
        Sourced(kabkota, OK if any(r.required for r in kabkota) else EMPTY, "logistik"),
    )


@kept(keys.LOGISTIK, keep=_answered)
def logistik_alerts(uow: UnitOfWork, q: Query, limit: int) -> Sourced:
    """Late or at-risk consignments, most urgent first (alerts)."""
    return _call(uow, "logistik", readiness.logistik_alerts,
                 lambda f: f(uow, today=q.today, root_code=q.root_code or None, limit=limit,
                             as_of=q.as_of))  # fmt: skip


@kept(keys.LOGISTIK, keep=_answered)
def logistik_alert_count(uow: UnitOfWork, q: Query) -> Sourced:
    return _call(uow, "logistik", readiness.at_risk_count,
                 lambda f: f(uow, today=q.today, root_code=q.root_code or None, as_of=q.as_of),
                 empty=lambda v: not v)  # fmt: skip


# -- tahapan ----------------------------------------------------------------------------
@kept(keys.PEMILIHAN, keep=_answered, ages=False)
def contests(uow: UnitOfWork) -> Sourced:
    return _call(uow, "tahapan", tahapan.list_pemilihan, lambda f: f(uow))


@kept(keys.TAHAPAN, keep=_answered)
def stages(uow: UnitOfWork, contest_ids: list[int], as_of: datetime | None = None) -> Sourced:
    """Stages with their derived status, per contest."""
    return _call(uow, "tahapan", tahapan.list_tahapan_by_contest,
                 lambda f: f(uow, contest_ids, as_of),
                 empty=lambda v: not any(v.values()))  # fmt: skip


# -- sosialisasi ------------------------------------------------------------------------
@kept(keys.SOSIALISASI, keep=_answered)
def reach_kabkota(uow: UnitOfWork, q: Query) -> Sourced:
    return _call(uow, "sosialisasi", sosialisasi_stats.reach_by_region,
                 lambda f: f(uow, level=LEVEL_KABKOTA, start=q.start, end=q.end, as_of=q.as_of),
                 empty=lambda v: not any(r.sessions for r in v))  # fmt: skip


@kept(keys.SOSIALISASI, keep=_answered)
def reach_total(uow: UnitOfWork, q: Query) -> Sourced:
    return _call(uow, "sosialisasi", sosialisasi_stats.reach_total,
                 lambda f: f(uow, root_code=q.root_code or None, start=q.start, end=q.end,
                             as_of=q.as_of),
                 empty=lambda v: not v.sessions)  # fmt: skip


# -- partisipasi ------------------------------------------------------------------------
def _turnout_contest(q: Query) -> int | None:
    return q.pemilihan_id or q.reference_contest_id


@kept(keys.PARTISIPASI, keep=_answered)
def turnout_kabkota(uow: UnitOfWork, q: Query) -> Sourced:
    contest = _turnout_contest(q)
    if contest is None:
        return Sourced(None, EMPTY, "partisipasi")
    return _call(uow, "partisipasi", partisipasi_stats.turnout_by_region,
                 lambda f: f(uow, pemilihan_id=contest, level=LEVEL_KABKOTA, as_of=q.as_of),
                 empty=lambda v: not any(r.voted or r.dpt for r in v))  # fmt: skip


@kept(keys.PARTISIPASI, keep=_answered)
def turnout_total(uow: UnitOfWork, q: Query) -> Sourced:
    contest = _turnout_contest(q)
    if contest is None:
        return Sourced(None, EMPTY, "partisipasi")
    return _call(uow, "partisipasi", partisipasi_stats.turnout_total,
                 lambda f: f(uow, pemilihan_id=contest, root_code=q.root_code or None, as_of=q.as_of),
                 empty=lambda v: not (v.voted or v.dpt))  # fmt: skip


# -- kerawanan --------------------------------------------------------------------------
@kept(keys.KERAWANAN, keys.INSIDEN, keys.PARTISIPASI, keep=_answered)
def kerawanan_kabkota(uow: UnitOfWork, q: Query) -> Sourced:
    return _call(uow, "kerawanan", kerawanan_stats.by_region,
                 lambda f: f(uow, level=LEVEL_KABKOTA, today=q.today, pemilihan_id=q.pemilihan_id,
                             as_of=q.as_of),
                 empty=lambda v: not any(r.ikp_score is not None or r.pressure for r in v))  # fmt: skip


# -- reconciliation ---------------------------------------------------------------------
@dataclass(frozen=True)
class CheckFailureRow:
    area: str
    name: str
    detail: str
    #: Flagged for attention rather than failed (e.g. DPT not known yet).
    note: bool = False
    #: Dotted code of the region the failure is about, when the check names one.
    wilayah_code: str = ""


def reconciliation(uow: UnitOfWork, q: Query) -> Sourced:
    """Failures of every area's reconciliation checks (``registers.RECONCILIATION``)."""
    from app.services.registers import RECONCILIATION

    found: list[CheckFailureRow] = []
    for area, checks in RECONCILIATION.items():

        def run(f: Callable, area: str = area) -> list[CheckFailureRow]:
            kwargs = {}
            if "pemilihan_id" in inspect.signature(f).parameters:
                kwargs["pemilihan_id"] = q.pemilihan_id
            return [CheckFailureRow(area, getattr(x, "name", ""), getattr(x, "detail", str(x)),
                                    bool(getattr(x, "note", False)), getattr(x, "wilayah_code", "") or "")
                    for x in f(uow, **kwargs)]  # fmt: skip

        result = _call(uow, area, checks(), run)
        found.extend(result.value or [])
    return Sourced(tuple(found), OK if found else EMPTY, "rekonsiliasi")
