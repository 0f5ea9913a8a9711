"""Logistics readiness (SPEC 4): good quantity received ÷ requirement, per item and
overall, rolled up the region tree. The one source of these figures for the Logistik
page, the dashboard and the PDF brief (ARCHITECTURE: figures come from one place).

Which deliveries count: only lines of consignments whose destination level is the
desk's *measured level* (setting ``logistik_tingkat_ukur``, PPK by default), received
(Diterima or Diterima sebagian) and not archived. Goods pass through several levels
(KPU Kab/Kota → PPK → PPS → TPS); counting every leg would count the same ballot two or
three times. Requirements (``kebutuhan``) are summed over the subtree.

Good counts up to the requirement of each region at the measured level and item, so a
surplus (of one kecamatan, or of one item) never hides a shortfall elsewhere; the
surplus is reported separately (``received``). Overall readiness of a region is the
mean of its item ratios (each counted good ÷ required, at most 100%) over the items
required there, with the weakest item named: Σ good ÷ Σ required would let millions of
ballot sheets hide a region that has none of its ballot boxes. Goods and requirements
are each one GROUP BY over the region-code prefix; nothing is loaded row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.orm import aliased

from app.models import (
    Kebutuhan,
    LogistikDiterima,
    Pengiriman,
    PengirimanBaris,
    Referensi,
    Wilayah,
)
from app.models.referensi import JENIS_LOGISTIK
from app.models.wilayah import LEVEL_PROVINSI
from app.services.core import history, pengaturan, readings
from app.services.core.uow import UnitOfWork
from app.services.logistik import rules as logistik_rules
from app.services.logistik.query import (
    LogistikFilter,
    arrived_clause,
    at_risk_clause,
    code_clause,
    where,
)


@dataclass(frozen=True)
class ItemReadiness:
    jenis_code: str
    jenis_name: str
    unit: str
    #: Good received, counted up to the requirement of each region (see the module doc).
    good: int
    required: int
    ratio: float | None
    #: Everything received in good condition, surplus included.
    received: int = 0

    @property
    def surplus(self) -> int:
        return self.received - self.good


@dataclass(frozen=True)
class ReadinessRow:
    code: str
    name: str
    level: int
    #: Σ of the items' counted good and requirements, for reference only: ``ratio`` is
    #: not their quotient (see ``overall``).
    good: int
    required: int
    #: The overall readiness: the mean of the item ratios (``overall``).
    ratio: float | None
    items: tuple[ItemReadiness, ...]
    #: The destination level whose receipts were counted (stated next to the figures).
    measured_level: str = ""
    #: The item with the lowest ratio among those required here (None: nothing required).
    weakest: ItemReadiness | None = None


def _ratio(good: int, required: int) -> float | None:
    return min(good / required, 1.0) if required else None


def overall(items: tuple[ItemReadiness, ...]) -> tuple[float | None, ItemReadiness | None]:
    """The mean of the item ratios over the items with a requirement, and the weakest of
    them (the first in catalogue order on a tie): every item weighs the same, whatever
    its unit, so 0 of 946 kotak suara is never hidden by a million ballot sheets."""
    required = [i for i in items if i.ratio is not None]
    if not required:
        return None, None
    mean = sum(i.ratio for i in required) / len(required)
    return mean, min(required, key=lambda i: i.ratio)


def _row(
    code: str, name: str, level: int, items: tuple[ItemReadiness, ...], measured: str
) -> ReadinessRow:
    ratio, weakest = overall(items)
    return ReadinessRow(code, name, level, sum(i.good for i in items), sum(i.required for i in items),
                        ratio, items, measured, weakest)  # fmt: skip


def _prefix(column, length: int):
    return func.substr(column, 1, length)


def _contest(column, pemilihan_id: int | None):
    """A contest's own lines (surat suara) plus the items shared by every contest."""
    if pemilihan_id is None:
        return literal(True)
    return or_(column == pemilihan_id, column.is_(None))


def _units(good: dict, need: dict) -> dict[tuple[str, int], list[int]]:
    """(code, item) → [received, required] at the measured level. Goods below a
    requirement recorded higher up (e.g. one for the whole kab/kota) count towards it."""
    units = {key: [0, n] for key, n in need.items()}
    for (code, jenis), received in good.items():
        parts = code.split(".")
        target = next(
            (
                key
                for n in range(len(parts), 0, -1)
                if (key := (".".join(parts[:n]), jenis)) in units
            ),
            (code, jenis),
        )
        units.setdefault(target, [0, 0])[0] += received
    return units


def _needs_at(
    uow: UnitOfWork, leaf: int, root: str, pemilihan_id: int | None, jenis_code: str | None,
    as_of: datetime,
) -> dict[tuple[str, int], int]:  # fmt: skip
    """The requirements as they stood at ``as_of``: recorded by then, with quantities
    changed (or archived) since undone from the audit log."""
    statement = select(
        Kebutuhan.uid, Kebutuhan.wilayah_code, Kebutuhan.jenis_id, Kebutuhan.quantity,
        Kebutuhan.archived,
    ).where(Kebutuhan.created_at <= as_of, _contest(Kebutuhan.pemilihan_id, pemilihan_id))  # fmt: skip
    if root:
        statement = statement.where(code_clause(Kebutuhan.wilayah_code, root))
    if jenis_code is not None:
        statement = statement.where(Kebutuhan.jenis_id.in_(_jenis(jenis_code)))
    undo = history.changes_after(uow.session, "kebutuhan", as_of)
    need: dict[tuple[str, int], int] = {}
    for uid, code, jenis, quantity, archived in uow.session.execute(statement):
        before = undo[uid].fields if uid in undo else {}
        if before.get("archived", archived):
            continue
        key = (code[:leaf], jenis)
        need[key] = need.get(key, 0) + int(before.get("quantity", quantity) or 0)
    return need


def _measured_units(
    uow: UnitOfWork, leaf: int, measured_level: str, root: str, pemilihan_id: int | None,
    jenis_code: str | None, as_of: datetime | None = None,
) -> dict[tuple[str, int], list[int]]:  # fmt: skip
    """(code at the measured level, item) → [received, required]: one GROUP BY for the
    goods and one for the requirements. At a past instant ``as_of``: deliveries that had
    arrived by then, requirements as they stood then. Read once per unit of work (a
    brief's sections and its early warning share it)."""
    key = ("logistik.measured_units", leaf, measured_level, root, pemilihan_id, jenis_code, as_of)
    return readings.once(uow, key, lambda: _read_units(uow, leaf, measured_level, root,
                                                       pemilihan_id, jenis_code, as_of))  # fmt: skip


def _read_units(
    uow: UnitOfWork, leaf: int, measured_level: str, root: str, pemilihan_id: int | None,
    jenis_code: str | None, as_of: datetime | None,
) -> dict[tuple[str, int], list[int]]:  # fmt: skip
    good_q, code_column, jenis_column = (
        _goods_now(leaf, measured_level, pemilihan_id)
        if as_of is None
        else _goods_then(leaf, measured_level, pemilihan_id, as_of)
    )
    need_key = _prefix(Kebutuhan.wilayah_code, leaf).label("code")
    need_q = (
        select(need_key, Kebutuhan.jenis_id, func.sum(Kebutuhan.quantity))
        .where(Kebutuhan.archived.is_(False), _contest(Kebutuhan.pemilihan_id, pemilihan_id))
        .group_by(need_key, Kebutuhan.jenis_id)
    )
    if root:
        good_q = good_q.where(code_clause(code_column, root))
        need_q = need_q.where(code_clause(Kebutuhan.wilayah_code, root))
    if jenis_code is not None:
        good_q = good_q.where(jenis_column.in_(_jenis(jenis_code)))
        need_q = need_q.where(Kebutuhan.jenis_id.in_(_jenis(jenis_code)))
    good = {(c, j): int(n or 0) for c, j, n in uow.session.execute(good_q)}
    if as_of is None:
        need = {(c, j): int(n or 0) for c, j, n in uow.session.execute(need_q)}
    else:
        need = _needs_at(uow, leaf, root, pemilihan_id, jenis_code, as_of)
    return _units(good, need)


def _goods_now(leaf: int, measured_level: str, pemilihan_id: int | None):
    """Good received per (code at the measured level, item), now: from the sums the
    database keeps as lines change (``LogistikDiterima``), not from every line."""
    kept = LogistikDiterima
    key = _prefix(kept.destination_code, leaf).label("code")
    contest = literal(True) if pemilihan_id is None else kept.pemilihan_key.in_((pemilihan_id, 0))
    query = (
        select(key, kept.jenis_id, func.sum(kept.qty_good))
        .where(kept.destination_level == measured_level, contest)
        .group_by(key, kept.jenis_id)
    )
    return query, kept.destination_code, kept.jenis_id


def _goods_then(leaf: int, measured_level: str, pemilihan_id: int | None, as_of: datetime):
    """The same, as of an earlier instant: the lines of consignments arrived by then."""
    baris = PengirimanBaris
    key = _prefix(baris.destination_code, leaf).label("code")
    query = (
        select(key, baris.jenis_id, func.sum(baris.qty_good))
        .join(Pengiriman, Pengiriman.id == baris.pengiriman_id)
        .where(
            baris.archived.is_(False),
            baris.qty_good.is_not(None),
            Pengiriman.archived.is_(False),
            Pengiriman.destination_level == measured_level,
            arrived_clause(as_of),
            _contest(baris.pemilihan_id, pemilihan_id),
        )
        .group_by(key, baris.jenis_id)
    )
    return query, baris.destination_code, baris.jenis_id


def _jenis(code: str):
    return select(Referensi.id).where(Referensi.kind == JENIS_LOGISTIK, Referensi.code == code)


def _rolled_up(units: dict, length: int) -> dict[tuple[str, int], list[int]]:
    """(region code of ``length``, item) → [counted, received, required]: each unit counts
    at most its requirement, then units are summed per region."""
    totals: dict[tuple[str, int], list[int]] = {}
    for (code, jenis), (received, required) in units.items():
        if len(code) >= length:
            total = totals.setdefault((code[:length], jenis), [0, 0, 0])
            total[0] += min(received, required)
            total[1] += received
            total[2] += required
    return totals


def readiness_levels(
    uow: UnitOfWork,
    *,
    levels: tuple[int, ...],
    root_code: str | None = None,
    pemilihan_id: int | None = None,
    jenis_code: str | None = None,
    as_of: datetime | None = None,
) -> dict[int, list[ReadinessRow]]:
    """``readiness`` at several levels from one reading of goods and requirements (the
    dashboard shows the province and every kab/kota). Each level's rows are exactly what
    ``readiness`` returns for it: the per-unit cap applies at the measured level, before
    any roll-up, so it does not depend on the level asked for. ``jenis_code`` limits the
    figures to one item (the reconciliation checks need only surat suara). ``as_of`` (a past
    instant) gives the figures as they stood then (SPEC 14)."""
    rules = logistik_rules.load(uow, as_of)
    leaf = logistik_rules.CODE_LENGTH[rules.measured_wilayah_level]
    root = root_code or pengaturan.get(uow, "province_code") or ""
    units = _measured_units(uow, leaf, rules.measured_level, root, pemilihan_id, jenis_code,
                            as_of)  # fmt: skip
    per_level = {level: _rolled_up(units, logistik_rules.CODE_LENGTH[level]) for level in levels}
    used_at = {level: {j for _c, j in totals} for level, totals in per_level.items()}
    used = set().union(*used_at.values())
    items = uow.session.execute(
        select(Referensi.id, Referensi.code, Referensi.name, Referensi.unit, Referensi.active)
        .where(
            Referensi.kind == JENIS_LOGISTIK,
            or_(Referensi.active.is_(True), Referensi.id.in_(used or {-1})),
            literal(True) if jenis_code is None else Referensi.code == jenis_code,
        )
        .order_by(Referensi.sort_order, Referensi.id)
    ).all()
    #: Per level: the active items, and inactive ones only where that level has figures.
    shown = {level: [i for i in items if i.active or i.id in used_at[level]] for level in levels}
    regions = select(Wilayah.level, Wilayah.code, Wilayah.name).where(
        Wilayah.level.in_(levels), Wilayah.archived.is_(False)
    )
    if root:
        regions = regions.where(code_clause(Wilayah.code, root))
    result: dict[int, list[ReadinessRow]] = {level: [] for level in levels}
    for level, code, name in uow.session.execute(regions.order_by(Wilayah.code)):
        totals = per_level[level]
        per_item = []
        for jid, jcode, jname, unit, _active in shown[level]:
            counted, received, required = totals.get((code, jid), (0, 0, 0))
            per_item.append(
                ItemReadiness(
                    jcode, jname, unit, counted, required, _ratio(counted, required), received
                )
            )
        result[level].append(_row(code, name, level, tuple(per_item), rules.measured_level))
    return result


def readiness(
    uow: UnitOfWork, *, level: int, root_code: str | None = None, pemilihan_id: int | None = None,
    jenis_code: str | None = None, as_of: datetime | None = None,
) -> list[ReadinessRow]:  # fmt: skip
    """One row per region of ``level`` (under ``root_code``), every active item in each.

    Goods and requirements are summed in SQL per region of the measured level and item;
    each of those units counts at most its requirement (a surplus in one kecamatan never
    covers a shortfall in the next), then units are rolled up to ``level``."""
    found = readiness_levels(uow, levels=(level,), root_code=root_code, pemilihan_id=pemilihan_id,
                             jenis_code=jenis_code, as_of=as_of)  # fmt: skip
    return found[level]


@dataclass(frozen=True)
class ReadinessTable:
    """The rows of one level under a region, and that region's own row (the total)."""

    rows: list[ReadinessRow]
    total: ReadinessRow | None


def readiness_table(
    uow: UnitOfWork, *, level: int, root_code: str | None = None, pemilihan_id: int | None = None
) -> ReadinessTable:
    """The matrix's rows with its Jumlah row (the province, or the kab/kota drilled into),
    read once: the total is the parent region's own figure, not a sum of the rows."""
    parent = level - 1
    found = readiness_levels(uow, levels=(parent, level), root_code=root_code,
                             pemilihan_id=pemilihan_id)  # fmt: skip
    total = found[parent][0] if len(found[parent]) == 1 else None
    return ReadinessTable(found[level], total)


def province_readiness(
    uow: UnitOfWork, *, pemilihan_id: int | None = None, as_of: datetime | None = None
) -> ReadinessRow:
    rows = readiness(uow, level=LEVEL_PROVINSI, pemilihan_id=pemilihan_id, as_of=as_of)
    if rows:
        return rows[0]
    return ReadinessRow(
        "", "", LEVEL_PROVINSI, 0, 0, None, (), logistik_rules.load(uow, as_of).measured_level
    )


@dataclass(frozen=True)
class LogistikAlert:
    pengiriman_id: int
    number: str
    destination_name: str
    destination_code: str
    status: str  # 'Berisiko' | 'Terlambat'
    must_arrive_by: date
    expected_arrival: date | None
    destination_level: str = ""
    tps: str = ""
    #: Sent on its way (dispatched) by the day of the figures; else still being prepared.
    dispatched: bool = False
    #: Days past the must-arrive-by date (0 when not yet late).
    days_late: int = 0
    #: The kab/kota the destination lies in.
    kabkota: str = ""

    @property
    def dispatch_text(self) -> str:
        return "dalam perjalanan" if self.dispatched else "belum dikirim"


def logistik_alerts(
    uow: UnitOfWork,
    *,
    today: date,
    root_code: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    as_of: datetime | None = None,
    flt: LogistikFilter | None = None,
) -> list[LogistikAlert]:
    """Consignments not arrived past their must-arrive-by date (Terlambat) or expected
    after it (Berisiko), most urgent first; on ``today`` (and as recorded at ``as_of``);
    within the consignment filter ``flt`` when given (the Logistik page's)."""
    sent = (
        Pengiriman.actual_dispatch.is_not(None)
        if as_of is None
        else Pengiriman.actual_dispatch <= as_of
    )
    kabkota = aliased(Wilayah)
    query = (
        select(
            Pengiriman.id, Pengiriman.number, Wilayah.name, Pengiriman.destination_code,
            Pengiriman.must_arrive_by, Pengiriman.expected_arrival, Pengiriman.destination_level,
            Pengiriman.tps, sent, kabkota.name,
        )
        .join(Wilayah, Wilayah.id == Pengiriman.destination_wilayah_id)
        .outerjoin(kabkota, kabkota.code == func.substr(Pengiriman.destination_code, 1, 5))
        .where(Pengiriman.archived.is_(False), at_risk_clause(today, as_of))
        .order_by(Pengiriman.must_arrive_by, Pengiriman.number)
    )  # fmt: skip
    if root_code:
        query = query.where(code_clause(Pengiriman.destination_code, root_code))
    if flt is not None:
        query = where(query, replace(flt, at_risk=False), today)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return [
        LogistikAlert(
            pid, number, name, code,
            logistik_rules.TERLAMBAT if must < today else logistik_rules.BERISIKO,
            must, expected, level, tps, bool(dispatched), max(0, (today - must).days), kab or "",
        )
        for pid, number, name, code, must, expected, level, tps, dispatched, kab in uow.session.execute(query)
    ]  # fmt: skip


def at_risk_count(
    uow: UnitOfWork, *, today: date, root_code: str | None = None, as_of: datetime | None = None,
    flt: LogistikFilter | None = None,
) -> int:  # fmt: skip
    query = select(func.count(Pengiriman.id)).where(
        and_(Pengiriman.archived.is_(False), at_risk_clause(today, as_of))
    )
    if root_code:
        query = query.where(code_clause(Pengiriman.destination_code, root_code))
    if flt is not None:
        query = where(query, replace(flt, at_risk=False), today)
    return uow.session.scalar(query) or 0


@dataclass(frozen=True)
class AlertWindow:
    rows: list[LogistikAlert]
    total: int


def alert_window(
    uow: UnitOfWork, flt: LogistikFilter | None = None, offset: int = 0, limit: int = 200
) -> AlertWindow:
    """One window of the at-risk list as of the desk's today, for a lazily filled table;
    within the Logistik page's filter (region, level, item, status, contest, search)."""
    from app.services.core.clock import desk_clock

    today = desk_clock(uow).today()
    rows = logistik_alerts(uow, today=today, limit=limit, offset=offset, flt=flt)
    return AlertWindow(rows, at_risk_count(uow, today=today, flt=flt))


def current_alerts(uow: UnitOfWork, limit: int = 2000) -> list[LogistikAlert]:
    """The at-risk list of the Logistik page: alerts as of the desk's today."""
    from app.services.core.clock import desk_clock

    return logistik_alerts(uow, today=desk_clock(uow).today(), limit=limit)
