"""Dasbor (SPEC 6.1): everything the dashboard shows, read in one unit of work off the GUI
thread and handed over as plain frozen dataclasses.

Every figure comes from a provider in ``dasbor_sources`` (one shared aggregation function
each); this module only picks the contest, combines the per-kab/kota figures into the
readiness index (``kesiapan``) and orders the alerts. Nothing here counts on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.models import Pemilihan, Pengaturan, Wilayah
from app.models.wilayah import LEVEL_KABKOTA
from app.services.core import formatting, pengaturan
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.dasbor import kesiapan, memo
from app.services.dasbor import sources as src
from app.services.dasbor.sources import Query, Sourced
from app.services.insiden.rules import past as rules_past

#: Alerts listed per kind (the total is always stated).
ALERT_LIMIT = 50
RANK_BAD, RANK_WARN = 0, 1
#: Areas whose changes cannot move a reconciliation check (the checks read logistics,
#: participation and settings): saving an incident does not re-run a scan of every
#: consignment line.
NOT_CHECKED = frozenset(
    {"insiden", "sosialisasi", "tahapan", "kerawanan", "lampiran", "laporan", "pengguna"}
)


def checks_affected(areas: frozenset[str]) -> bool:
    """Whether a change to ``areas`` can change ``check_alerts``."""
    return bool(areas - NOT_CHECKED)


@dataclass(frozen=True)
class ContestOption:
    id: int
    name: str
    kind: str
    voting_date: date
    wilayah_code: str


@dataclass(frozen=True)
class RegionOption:
    code: str
    name: str


@dataclass(frozen=True)
class Countdown:
    label: str  # H-7, H-1, Hari-H, H+3; "" without a contest
    voting_day: date | None
    contest_name: str


@dataclass(frozen=True)
class StageSummary:
    counts: dict[str, int]
    #: Stages under way or due (not Belum mulai), and of those Selesai or Berjalan.
    due: int
    on_schedule: int
    contests: int
    #: The contest with the most late stages (what the tile opens when none is chosen).
    worst_contest: int | None = None
    #: Stages with anything reported (an actual date or progress): none on a fresh desk,
    #: whose stages are only planned, so "late" there means "not reported yet".
    reported: int = 0


@dataclass(frozen=True)
class RegionFigures:
    """One kab/kota: what the readiness chart, the turnout chart and the map show."""

    code: str
    name: str
    kesiapan: kesiapan.KesiapanRow
    logistik_ratio: float | None
    open_by_severity: tuple[int, ...] | None
    ikp_score: float | None = None
    ikp_level: str = ""
    pressure: float | None = None
    turnout_pct: float | None = None
    target_pct: float | None = None


@dataclass(frozen=True)
class Alert:
    kind: str  # insiden, logistik, tahapan, rekonsiliasi
    rank: int
    title: str
    detail: str
    region: str
    when: date | datetime | None
    #: Where clicking it goes: the area and the navigation filters (open_id, ...).
    area: str
    target: tuple[tuple[str, Any], ...] = ()
    #: Dotted code of the region the alert is about; "" when not known (province-wide).
    region_code: str = ""


@dataclass(frozen=True)
class DasborSnapshot:
    query: Query
    countdown: Countdown
    voting_passed: bool
    contests: tuple[ContestOption, ...]
    regions: tuple[RegionOption, ...]
    open_incidents: Sourced
    per_day: Sourced
    by_category: Sourced
    logistik_province: Sourced
    logistik_kabkota: Sourced
    stages: Sourced  # StageSummary
    reach: Sourced
    turnout: Sourced
    turnout_kabkota: Sourced
    kerawanan: Sourced
    figures: tuple[RegionFigures, ...]
    weights: kesiapan.Weights
    alerts: tuple[Alert, ...]
    #: Per alert kind: how many there are in all, and the state of its source.
    alert_totals: dict[str, int] = field(default_factory=dict)
    alert_states: dict[str, str] = field(default_factory=dict)

    def region(self, code: str) -> RegionFigures | None:
        return next((f for f in self.figures if f.code == code), None)


def _kabkota(uow: UnitOfWork) -> list[tuple[int, str, str]]:
    province = pengaturan.get(uow, "province_code")
    query = select(Wilayah.id, Wilayah.code, Wilayah.name).where(
        Wilayah.level == LEVEL_KABKOTA, Wilayah.archived.is_(False)
    )
    if province:
        query = query.where(Wilayah.code.like(f"{province}.%"))
    return [tuple(r) for r in uow.session.execute(query.order_by(Wilayah.code))]


def _contest_options(uow: UnitOfWork, contests: list) -> tuple[ContestOption, ...]:
    codes = dict(
        uow.session.execute(
            select(Pemilihan.id, Wilayah.code).join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
        ).all()
    )
    return tuple(
        ContestOption(c.id, c.name, c.kind, c.voting_date, codes.get(c.id, "")) for c in contests
    )


def countdown_of(contests: tuple[ContestOption, ...], chosen: int | None, today: date) -> Countdown:
    """The chosen contest's voting day; otherwise the next one (or the last one passed)."""
    pick = next((c for c in contests if c.id == chosen), None)
    if pick is None and contests:
        coming = sorted(
            (c for c in contests if c.voting_date >= today), key=lambda c: c.voting_date
        )
        pick = coming[0] if coming else max(contests, key=lambda c: c.voting_date)
    if pick is None:
        return Countdown("", None, "")
    name = pick.name if chosen else ""
    return Countdown(formatting.countdown(today, pick.voting_date), pick.voting_date, name)


def _stage_contests(q: Query, contests: tuple[ContestOption, ...]) -> list[int]:
    if q.pemilihan_id is not None:
        return [q.pemilihan_id]
    if q.root_code:
        own = [c.id for c in contests if c.wilayah_code == q.root_code]
        if own:
            return own
    return [c.id for c in contests]


def _stage_summary(rows_by_contest: dict[int, list]) -> StageSummary:
    from app.services.tahapan.records import BELUM_MULAI, BERJALAN, SELESAI, STATUSES, TERLAMBAT

    counts = dict.fromkeys(STATUSES, 0)
    late: dict[int, int] = {}
    reported = 0
    for contest, rows in rows_by_contest.items():
        for row in rows:
            counts[row.status] += 1
            late[contest] = late.get(contest, 0) + (row.status == TERLAMBAT)
            reported += stage_reported(row)
    due = sum(n for s, n in counts.items() if s != BELUM_MULAI)
    worst = max(late, key=lambda c: late[c], default=None)
    return StageSummary(counts, due, counts[SELESAI] + counts[BERJALAN], len(rows_by_contest),
                        worst if worst is not None and late[worst] else None, reported)  # fmt: skip


def stage_reported(row) -> bool:
    """Whether the desk reported anything on a stage (an actual date or progress)."""
    return bool(row.actual_start or row.actual_end or row.progress)


def snapshot(
    uow: UnitOfWork,
    *,
    pemilihan_id: int | None,
    start: date | None,
    end: date | None,
    root_code: str = "",
    today: date | None = None,
    as_of: datetime | None = None,
) -> DasborSnapshot:
    """The dashboard's figures now, or as of a past instant ``as_of`` (SPEC 14: the same
    figures a brief for that day prints)."""
    # Every source reads desk settings (time zone, as-of date, weights, rules): load the
    # stored ones once, so each lookup is answered from the session instead of a query.
    _held = uow.session.scalars(select(Pengaturan)).all()  # noqa: F841 - kept for the identity map
    clock = desk_clock(uow)
    as_of = rules_past(as_of, clock.now_utc())
    today = as_of.astimezone(clock.tz).date() if as_of is not None else today or clock.today()
    kabkota = _kabkota(uow)
    listed = src.contests(uow)
    contests = _contest_options(uow, listed.value or [])
    widest = next((c.id for c in contests if len(c.wilayah_code) <= 2), None)
    q = Query(today, start, end, root_code or "", pemilihan_id, widest, as_of)
    countdown = countdown_of(contests, pemilihan_id, today)
    voting_passed = countdown.voting_day is not None and today >= countdown.voting_day

    # Stages: the chosen contest, else each region's own contest.
    wanted = set(_stage_contests(q, contests))
    if pemilihan_id is None:
        wanted |= {c.id for c in contests if len(c.wilayah_code) == 5}
    stage_rows = src.stages(uow, sorted(wanted), as_of)
    shown = (
        {cid: stage_rows.value[cid] for cid in _stage_contests(q, contests)}
        if stage_rows.value
        else {}
    )
    stages = Sourced(_stage_summary(shown) if shown else None,
                     stage_rows.state if shown else src.EMPTY, "tahapan")  # fmt: skip

    logistik_province, logistik_rows = src.logistik(uow, q)  # one reading, both levels
    open_rows = src.incidents_open_by_kabkota(uow, q)
    reach_rows = src.reach_kabkota(uow, q)
    turnout_rows = (
        src.turnout_kabkota(uow, q) if voting_passed else Sourced(None, src.EMPTY, "partisipasi")
    )
    kerawanan_rows = src.kerawanan_kabkota(uow, q)
    weights = kesiapan.weights(uow, as_of)
    # No incident recorded anywhere yet: the burden component has no data (a fresh desk
    # is not "100, no open incident").
    recorded = src.incidents_by_category(uow, replace(q, start=None, end=None, root_code=""))
    figures = _figures(kabkota, contests, q, weights, stage_rows, logistik_rows,
                       open_rows if recorded.state != src.EMPTY else Sourced(None, src.EMPTY, "insiden"),
                       reach_rows, turnout_rows, kerawanan_rows)  # fmt: skip
    alerts, totals, states = _alerts(
        uow, q, contests, stage_rows, shown, {c: n for _i, c, n in kabkota}
    )
    return DasborSnapshot(
        query=q,
        countdown=countdown,
        voting_passed=voting_passed,
        contests=contests,
        regions=tuple(RegionOption(code, name) for _id, code, name in kabkota),
        open_incidents=src.incidents_open(uow, q),
        per_day=src.incidents_per_day(uow, q),
        by_category=src.incidents_by_category(uow, q),
        logistik_province=logistik_province,
        logistik_kabkota=logistik_rows,
        stages=stages,
        reach=src.reach_total(uow, q),
        turnout=src.turnout_total(uow, q) if voting_passed else Sourced(None, src.EMPTY, "partisipasi"),
        turnout_kabkota=turnout_rows,
        kerawanan=kerawanan_rows,
        figures=figures,
        weights=weights,
        alerts=alerts,
        alert_totals=totals,
        alert_states=states,
    )  # fmt: skip


def _by_code(sourced: Sourced) -> dict[str, Any]:
    return {r.code: r for r in sourced.value} if sourced.ok and sourced.value else {}


def _figures(kabkota, contests, q: Query, w: kesiapan.Weights, stage_rows: Sourced,
             logistik: Sourced, open_rows: Sourced, reach: Sourced, turnout: Sourced,
             kerawanan: Sourced) -> tuple[RegionFigures, ...]:  # fmt: skip
    logistik_by, reach_by = _by_code(logistik), _by_code(reach)
    turnout_by, kerawanan_by = _by_code(turnout), _by_code(kerawanan)
    stages_by = stage_rows.value or {}
    result = []
    for _id, code, name in kabkota:
        components: dict[str, float | None] = dict.fromkeys(kesiapan.COMPONENTS)
        basis: dict[str, str] = {}
        if (row := logistik_by.get(code)) is not None:
            # The Logistik page's overall figure: mean of the item ratios (each capped).
            components[kesiapan.LOGISTIK] = None if row.ratio is None else 100 * row.ratio
            weakest = getattr(row, "weakest", None)
            basis[kesiapan.LOGISTIK] = "rata-rata kesiapan per jenis barang" + (
                f"; terendah {weakest.jenis_name} {formatting.percent_floor(weakest.ratio)}"
                if weakest is not None and weakest.ratio is not None
                else ""
            )
        contest = q.pemilihan_id or next((c.id for c in contests if c.wilayah_code == code), None)
        rows = stages_by.get(contest, [])
        # Stages only planned, nothing reported: no data (not "every stage late").
        statuses = [r.status for r in rows] if any(stage_reported(r) for r in rows) else []
        components[kesiapan.TAHAPAN] = kesiapan.stage_score(statuses)
        if components[kesiapan.TAHAPAN] is not None:
            late = len(statuses) - statuses.count("Belum mulai")
            basis[kesiapan.TAHAPAN] = f"{late} tahapan berjalan/jatuh tempo"
        open_counts = open_rows.value.of(code) if open_rows.value is not None else None
        if open_counts is not None:
            components[kesiapan.INSIDEN] = kesiapan.incident_score(open_counts, w)
            basis[kesiapan.INSIDEN] = f"terbuka: {open_counts[2]} Tinggi, {open_counts[3]} Kritis"
        if (reach_row := reach_by.get(code)) is not None:
            planned = getattr(reach_row, "planned_reported", 0) or reach_row.planned
            components[kesiapan.SOSIALISASI] = kesiapan.ratio_score(reach_row.attended, planned)
            if components[kesiapan.SOSIALISASI] is not None:
                basis[kesiapan.SOSIALISASI] = (
                    f"{formatting.number(reach_row.attended)} hadir dari rencana {formatting.number(planned)}"
                )
        turnout_row, risk = turnout_by.get(code), kerawanan_by.get(code)
        result.append(
            RegionFigures(
                code=code, name=name, kesiapan=kesiapan.row(code, name, components, basis, w),
                logistik_ratio=row.ratio if row is not None else None,
                open_by_severity=open_counts if open_counts is not None else None,
                ikp_score=getattr(risk, "ikp_score", None), ikp_level=getattr(risk, "ikp_level", "") or "",
                pressure=getattr(risk, "pressure", None),
                turnout_pct=getattr(turnout_row, "turnout_pct", None),
                target_pct=getattr(turnout_row, "target_pct", None),
            )
        )  # fmt: skip
    return tuple(result)


def _place(name: str, kabkota: str) -> str:
    short = kabkota.removeprefix("Kabupaten ")
    return f"{name}, {short}" if short and short != name else name


def _alerts(
    uow: UnitOfWork, q: Query, contests, stage_rows: Sourced, shown: dict, kabkota: dict[str, str]
):
    alerts: list[Alert] = []
    totals: dict[str, int] = {}
    states: dict[str, str] = {}

    overdue = src.overdue_follow_ups(uow, q, ALERT_LIMIT)
    states["insiden"], totals["insiden"] = (
        overdue.state,
        overdue.value.total if overdue.value else 0,
    )
    for r in overdue.value.rows if overdue.value else []:
        alerts.append(Alert("insiden", RANK_BAD, f"{r.number} lewat batas",
                            f"{r.kategori} · {r.escalated_to or 'instansi'}",
                            _place(r.wilayah, kabkota.get(r.wilayah_code[:5], "")), r.deadline,
                            "insiden", (("open_id", r.id),), r.wilayah_code))  # fmt: skip

    logistik = src.logistik_alerts(uow, q, ALERT_LIMIT)
    states["logistik"] = logistik.state
    rows = logistik.value or []
    counted = src.logistik_alert_count(uow, q) if rows else None
    totals["logistik"] = counted.value if counted is not None and counted.ok else len(rows)
    for a in rows:
        alerts.append(Alert("logistik", RANK_BAD if a.status == "Terlambat" else RANK_WARN,
                            f"{a.number} {a.status.lower()}",
                            f"harus tiba {formatting.short_date(a.must_arrive_by)}"
                            + (f", perkiraan {formatting.short_date(a.expected_arrival)}" if a.expected_arrival else ""),
                            a.destination_name, a.must_arrive_by, "logistik",
                            (("open_id", a.pengiriman_id),), a.destination_code))  # fmt: skip

    from app.services.tahapan.records import BERISIKO, TERLAMBAT

    names = {c.id: c.name for c in contests}
    late = [
        (cid, r) for cid, rows_ in shown.items() for r in rows_ if r.status in (TERLAMBAT, BERISIKO)
    ]
    late.sort(key=lambda x: (x[1].status != TERLAMBAT, x[1].planned_end or date.max))
    states["tahapan"], totals["tahapan"] = stage_rows.state, len(late)
    for cid, r in late[:ALERT_LIMIT]:
        alerts.append(Alert("tahapan", RANK_BAD if r.status == TERLAMBAT else RANK_WARN,
                            f"Tahapan {r.code} {r.status.lower()}",
                            f"{r.name} · progres {r.progress}%, rencana selesai {formatting.short_date(r.planned_end)}",
                            names.get(cid, ""), r.planned_end, "tahapan",
                            (("pemilihan_id", cid), ("open_id", r.id))))  # fmt: skip

    order = {"insiden": 0, "logistik": 1, "tahapan": 2, "rekonsiliasi": 3}
    alerts.sort(key=lambda a: (a.rank, order[a.kind]))
    return tuple(alerts), totals, states


@dataclass(frozen=True)
class CheckAlerts:
    alerts: tuple[Alert, ...]
    total: int
    state: str


#: Where a reconciliation failure is shown when its check does not name a region.
WHOLE_PROVINCE = "seluruh provinsi"


def check_alerts(uow: UnitOfWork, *, pemilihan_id: int | None = None) -> CheckAlerts:
    """Reconciliation failures, as alerts, for the whole province: the dashboard narrows
    them to its kab/kota with ``in_region``. Separate from ``snapshot`` because the checks
    scan whole registers: the dashboard shows its figures first and adds these after."""
    q = Query(desk_clock(uow).today(), None, None, "", pemilihan_id, None)
    checks = src.reconciliation(uow, q)
    found = checks.value or ()
    alerts = tuple(
        Alert("rekonsiliasi", RANK_WARN if f.note else RANK_BAD, f.name, f.detail,
              f.wilayah_code or WHOLE_PROVINCE, None, f.area, (), f.wilayah_code)
        for f in found
    )  # fmt: skip
    return CheckAlerts(alerts, len(found), checks.state)


def in_region(checks: CheckAlerts, root_code: str) -> CheckAlerts:
    """The reconciliation alerts that concern ``root_code`` (a kab/kota; "" for all): those
    naming a region inside it, and those naming none (they are province-wide, and say so)."""
    if not root_code:
        kept = checks.alerts
    else:
        kept = tuple(a for a in checks.alerts if not a.region_code
                     or a.region_code == root_code or a.region_code.startswith(f"{root_code}."))  # fmt: skip
    return CheckAlerts(kept[:ALERT_LIMIT], len(kept), checks.state)


def kept_snapshot(uow: UnitOfWork, cache: memo.FigureCache, **query: Any) -> DasborSnapshot:
    """``snapshot``, reading again only the figures ``cache`` no longer holds (their area
    changed, their filters differ, or they aged): what the page's refreshes use."""
    with memo.using(cache):
        return snapshot(uow, **query)


@dataclass(frozen=True)
class WarningAlerts(CheckAlerts):
    """The early warning (SPEC 15) as dashboard alerts, with what it was read for: the
    page shows it only beside a snapshot of the same region and instant."""

    root_code: str = ""
    as_of: datetime | None = None
    #: Kab/kota code → the highest rank of an early warning in it (the map's marks).
    kabkota: tuple[tuple[str, int], ...] = ()
    #: The period the map's points were read for, and the points (incidents with
    #: coordinates, newest first; ``points_cut``: more were there than ``MAP_POINTS``).
    period: tuple[date | None, date | None] | None = None
    points: tuple = ()
    points_cut: bool = False


#: The newest incidents with coordinates the boundary map draws (clustered where dense).
MAP_POINTS = 20_000


def warning_alerts(
    uow: UnitOfWork, *, root_code: str = "", as_of: datetime | None = None,
    period: tuple[date | None, date | None] | None = None,
) -> WarningAlerts:  # fmt: skip
    """Spikes, hot spots, escalations and lagging logistics at ``as_of`` (None: now) for the
    province or one kab/kota, each an alert that opens what raised it: the incidents of its
    region, category and days, or the region's logistics readiness. The rule with its
    figures is the alert's detail, as the brief and ``desk-pilkada peringatan`` print it.
    With a ``period`` (for a map with official boundaries) the incidents with coordinates
    that occurred in it come too, as the desk knew them at ``as_of``."""
    from app.services import peringatan

    located = ()
    if period is not None:
        located = tuple(peringatan.points(uow, date_from=period[0], date_to=period[1], as_of=as_of,
                                        root_code=root_code, limit=MAP_POINTS + 1))  # fmt: skip

    tz = desk_clock(uow).tz
    hasil = peringatan.periksa(uow, as_of, root_code=root_code)
    alerts = []
    for p in hasil.alerts:
        if p.kind == peringatan.LOGISTIK:
            target: tuple = (("wilayah_code", p.region.code), ("tab", "kesiapan"))
            area = "logistik"
        else:
            shown = peringatan.incident_filter(p, tz, hasil.as_of)
            target = tuple((k, getattr(shown, k)) for k in
                           ("date_from", "date_to", "wilayah_code", "kategori_id", "as_of"))  # fmt: skip
            area = "insiden"
        detail = p.rule
        if p.incident_numbers:
            detail += " Insiden: " + ", ".join(n for n in p.incident_numbers if n) + "."
        # "Batas": the must-arrive date a logistics warning is about; none for incidents.
        alerts.append(Alert("peringatan", RANK_BAD if p.rank == peringatan.TINGGI else RANK_WARN,
                            p.title, detail, p.region.label, p.deadline, area, target,
                            p.region.code))  # fmt: skip
    return WarningAlerts(tuple(alerts[:ALERT_LIMIT]), len(alerts), src.OK, root_code, as_of,
                         tuple(sorted(hasil.kabkota().items())), period,
                         located[:MAP_POINTS], len(located) > MAP_POINTS)  # fmt: skip
