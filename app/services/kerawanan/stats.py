"""Vulnerability figures per region: IKP score and its level, TPS per Polri level, and the
desk's incident pressure. The one place the Kerawanan page, the dashboard and the briefs
get them from (SPEC 4, 6.7 and ``data/ikp_2024.md``).

IKP level: Bawaslu's IKP 2024 thresholds of the region's own administrative level —
provinsi: tinggi from 68,50, sedang from 21,70; kab/kota: tinggi from 49,33, sedang from
13,47. Scores are compared at the published precision (two decimals), so 49,33 is tinggi
and 49,32 sedang. Bawaslu set no thresholds for kecamatan and desa/kelurahan: their
scores are shown without a level (``NO_THRESHOLD_NOTE``), never with a borrowed one.

TPS counts roll up the region tree by ``rollup``'s rule. Incident pressure = Σ (weight of the severity) over the region's incidents that occurred
in the 14 days up to and including ``today`` (desk time zone), status other than
``Tidak valid``, not archived, ÷ DPT × 100.000. Weights are desk settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import aliased

from app.models import Insiden, Kerawanan
from app.models.insiden import SEVERITIES, TIDAK_VALID
from app.models.wilayah import LEVEL_KABKOTA, LEVEL_PROVINSI
from app.services.core import pengaturan, rollup
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.formatting import number
from app.services.core.uow import UnitOfWork
from app.services.insiden import rules as insiden_rules
from app.services.partisipasi import stats as pstats

RAWAN_TINGGI = "Rawan tinggi"
RAWAN_SEDANG = "Rawan sedang"
RAWAN_RENDAH = "Rawan rendah"
LEVELS = (RAWAN_TINGGI, RAWAN_SEDANG, RAWAN_RENDAH)
#: Administrative level → (lowest "tinggi" score, lowest "sedang" score), IKP 2024.
THRESHOLDS = {LEVEL_PROVINSI: (68.50, 21.70), LEVEL_KABKOTA: (49.33, 13.47)}
NO_THRESHOLD_NOTE = (
    "IKP 2024 Bawaslu hanya menetapkan ambang level untuk provinsi dan kab/kota; skor "
    "kecamatan dan desa/kelurahan ditampilkan tanpa level."
)
PRESSURE_DAYS = 14
PER_DPT = 100_000
TPS_FIELDS = ("tps_kurang_rawan", "tps_rawan", "tps_sangat_rawan", "tps_khusus")


@dataclass(frozen=True)
class KerawananRow:
    code: str
    name: str
    ikp_score: float | None
    ikp_level: str | None
    tps_kurang_rawan: int | None
    tps_rawan: int | None
    tps_sangat_rawan: int | None
    tps_khusus: int | None
    dpt: int | None
    pressure: float | None
    pressure_incidents: int
    level: int = 0
    #: Σ severity weights of the counted incidents (the numerator of the pressure).
    pressure_weighted: float = 0.0
    source: str = ""


def ikp_level(score: float | None, level: int) -> str | None:
    """The IKP 2024 level of ``score`` at administrative ``level``; None without a score
    or where Bawaslu set no thresholds (kecamatan, desa)."""
    if score is None or level not in THRESHOLDS:
        return None
    high, middle = THRESHOLDS[level]
    published = round(score, 2)
    if published >= high:
        return RAWAN_TINGGI
    return RAWAN_SEDANG if published >= middle else RAWAN_RENDAH


def weights(uow: UnitOfWork, as_of: datetime | None = None) -> dict[int, float]:
    """Severity → weight in the incident pressure (desk settings, default 1/2/3/4)."""
    return {s: float(pengaturan.get(uow, f"kerawanan_bobot_{s}", as_of)) for s in SEVERITIES}


def pressure_formula(weights: dict[int, float]) -> str:
    """The formula as the UI states it beside the figure."""
    parts = ", ".join(
        f"{SEVERITIES[s].split(' ', 1)[1]} {number(w, 1 if w % 1 else 0)}"
        for s, w in sorted(weights.items())
    )
    return (
        f"Tekanan insiden = Σ bobot keparahan insiden {PRESSURE_DAYS} hari terakhir "
        f"(s.d. hari ini, tanpa status {TIDAK_VALID}) ÷ DPT × 100.000; bobot: {parts}."
    )


def window(uow: UnitOfWork, today: date):
    """[start, end) in UTC: the 14 calendar days ending with ``today``, desk time zone."""
    clock = desk_clock(uow)
    start = clock.start_of(today - timedelta(days=PRESSURE_DAYS - 1))
    return start, clock.start_of(today + timedelta(days=1))


def _scope(uow: UnitOfWork, pemilihan_id: int | None, root_code: str | None) -> str | None:
    if pemilihan_id is not None:
        return pstats.scope_of(uow, pemilihan_id, root_code)[1]
    return root_code or pengaturan.get(uow, "province_code") or None


def _applies(pemilihan_id: int | None):
    """Records that apply: the contest's own, else the region-wide one (pemilihan NULL)."""
    if pemilihan_id is None:
        return Kerawanan.pemilihan_id.is_(None)
    own = aliased(Kerawanan)
    has_own = exists().where(
        own.wilayah_id == Kerawanan.wilayah_id,
        own.pemilihan_id == pemilihan_id,
        own.archived.is_(False),
    )
    return or_(
        Kerawanan.pemilihan_id == pemilihan_id,
        and_(Kerawanan.pemilihan_id.is_(None), ~has_own),
    )


def _same_set(ancestor, row):
    return or_(
        ancestor.pemilihan_id == row.pemilihan_id,
        and_(ancestor.pemilihan_id.is_(None), row.pemilihan_id.is_(None)),
    )


def _records(
    uow: UnitOfWork, level: int, scope: str, pemilihan_id: int | None,
    as_of: datetime | None = None, tps: bool = True,
):  # fmt: skip
    """IKP score per region (its own record only: scores do not add up) and TPS counts
    rolled up by ``rollup``'s rule; at a past instant, the records recorded by then.
    ``tps=False``: the scores alone (each TPS count asks which records lie under others)."""
    same_set = _same_set
    if as_of is not None:

        def same_set(ancestor, row):
            return and_(_same_set(ancestor, row), ancestor.created_at <= as_of)

    length = pstats.CODE_LENGTH[level]
    own = func.length(Kerawanan.wilayah_code) == length
    group = pstats.code_prefix(Kerawanan.wilayah_code, level)
    columns = [func.max(case((own, Kerawanan.ikp_score))).label("score"),
               func.max(case((own, Kerawanan.source))).label("source")]  # fmt: skip
    for name in TPS_FIELDS if tps else ():

        def known(t, name=name):
            return getattr(t, name).is_not(None)

        counted = rollup.topmost(Kerawanan, level, known, same_set)
        columns.append(func.sum(case((counted, getattr(Kerawanan, name)))).label(f"{name}_sum"))
        columns.append(func.count(case((counted, 1))).label(f"{name}_n"))
    statement = (
        select(group.label("region"), *columns)
        .where(
            Kerawanan.archived.is_(False),
            func.length(Kerawanan.wilayah_code) >= length,
            pstats.in_subtree(Kerawanan.wilayah_code, scope),
            _applies(pemilihan_id),
            literal(True) if as_of is None else Kerawanan.created_at <= as_of,
        )
        .group_by(group)
    )
    result = {}
    for row in uow.session.execute(statement):
        figures: dict = {
            "score": None if row.score is None else float(row.score),
            "source": row.source or "",
        }
        for name in TPS_FIELDS if tps else ():
            count = getattr(row, f"{name}_n")
            figures[name] = int(getattr(row, f"{name}_sum")) if count else None
        result[row.region] = figures
    return result


def _incidents(
    uow: UnitOfWork, level: int, scope: str, today: date, weight: dict[int, float],
    as_of: datetime | None = None,
) -> dict[str, tuple[int, float]]:  # fmt: skip
    """Incidents of the 14-day window by the incident rules (not archived, not invalid,
    recorded by ``as_of``), per region at ``level``."""
    group = pstats.code_prefix(Insiden.wilayah_code, level)
    weighted = case(*((Insiden.severity == s, w) for s, w in weight.items()), else_=0.0)
    counted = insiden_rules.Scope(
        today - timedelta(days=PRESSURE_DAYS - 1), today, wilayah_code=scope, as_of=as_of
    )
    statement = (
        insiden_rules.where(
            select(group.label("region"), func.count(Insiden.id), func.sum(weighted)),
            counted,
            desk_clock(uow).tz,
        )
        .where(func.length(Insiden.wilayah_code) >= pstats.CODE_LENGTH[level])
        .group_by(group)
    )
    return {
        region: (int(count), float(total or 0))
        for region, count, total in uow.session.execute(statement)
    }


def _level_scope(
    uow: UnitOfWork, level: int, pemilihan_id: int | None, root_code: str | None
) -> str | None:
    """The region code the rows lie in, for a known ``level``; None: no area to show."""
    if level not in pstats.CODE_LENGTH:
        raise ValidationError(f"Tingkat wilayah {level} tidak dikenal.")
    return _scope(uow, pemilihan_id, root_code)


def ikp_scores(
    uow: UnitOfWork,
    *,
    level: int,
    pemilihan_id: int | None = None,
    root_code: str | None = None,
    as_of: datetime | None = None,
) -> list[tuple[str, float | None]]:
    """(name, IKP score) per region at ``level``: ``by_region``'s score column alone, for
    a sentence that names a score (the incident pressure it adds costs a scan of the
    window's incidents)."""
    scope = _level_scope(uow, level, pemilihan_id, root_code)
    if scope is None:
        return []
    records = _records(uow, level, scope, pemilihan_id, as_of, tps=False)
    return [
        (name, records.get(code, {}).get("score")) for code, name in pstats.regions_at(uow, level, scope)
    ]


def by_region(
    uow: UnitOfWork,
    *,
    level: int,
    today: date,
    pemilihan_id: int | None = None,
    root_code: str | None = None,
    as_of: datetime | None = None,
) -> list[KerawananRow]:
    """One row per region at ``level`` inside ``root_code`` (the contest's area, or the
    province), regions without figures included; at a past instant ``as_of``, as the desk
    knew them then (``today`` is that instant's day)."""
    scope = _level_scope(uow, level, pemilihan_id, root_code)
    if scope is None:
        return []
    records = _records(uow, level, scope, pemilihan_id, as_of)
    weight = weights(uow, as_of)
    incidents = _incidents(uow, level, scope, today, weight, as_of)
    dpt = {
        r.code: r.dpt
        for r in pstats.dpt_by_region(uow, level=level, root_code=scope, pemilihan_id=pemilihan_id,
                                      as_of=as_of)  # fmt: skip
    }
    rows = []
    for code, name in pstats.regions_at(uow, level, scope):
        figures = records.get(code, {})
        count, weighted = incidents.get(code, (0, 0.0))
        voters = dpt.get(code)
        rows.append(
            KerawananRow(
                code=code,
                name=name,
                ikp_score=figures.get("score"),
                ikp_level=ikp_level(figures.get("score"), level),
                tps_kurang_rawan=figures.get("tps_kurang_rawan"),
                tps_rawan=figures.get("tps_rawan"),
                tps_sangat_rawan=figures.get("tps_sangat_rawan"),
                tps_khusus=figures.get("tps_khusus"),
                dpt=voters,
                pressure=weighted * PER_DPT / voters if voters else None,
                pressure_incidents=count,
                level=level,
                pressure_weighted=weighted,
                source=figures.get("source", ""),
            )
        )
    return rows
