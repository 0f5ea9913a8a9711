"""What the early warning reads from the database, each with one bounded query: the
incidents that count at the instant (through the incident rules' scope), the contests
and their stage calendar, and the names of the regions and categories it speaks of."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pandas as pd
from sqlalchemy import String, func, select, type_coerce

from app.models import Insiden, Pemilihan, Referensi, Wilayah
from app.models.referensi import KATEGORI_INSIDEN
from app.models.wilayah import LEVEL_DESA
from app.services.core.uow import UnitOfWork
from app.services.insiden import rules
from app.services.peringatan.frame import RAW_COLUMNS
from app.services.tahapan.records import list_tahapan_by_contest

#: How a masa tenang stage is recognised in a contest's schedule (PKPU 2/2024: T15).
MASA_TENANG = "masa tenang"


def incidents(
    uow: UnitOfWork, *, at: datetime, past: datetime | None, reach_hours: float, tz: ZoneInfo,
    root_code: str = "",
) -> pd.DataFrame:  # fmt: skip
    """One query: the incidents that count at ``at`` (``rules.where``: recorded by then,
    not archived, not Tidak valid then, not a follow-up report of another) that occurred
    in the ``reach_hours`` before it. The time comes back as stored (ISO text on SQLite):
    pandas parses the whole column at once instead of a converter per row."""
    start = at - timedelta(hours=reach_hours)
    scope = rules.Scope(
        date_from=start.astimezone(tz).date(), date_to=at.astimezone(tz).date(),
        wilayah_code=root_code, as_of=past,
    )  # fmt: skip
    statement = rules.where(
        select(
            Insiden.id, type_coerce(Insiden.occurred_at, String), Insiden.wilayah_code,
            Insiden.kategori_id, Insiden.severity, Insiden.latitude, Insiden.longitude,
        ),
        scope,
        tz,
    ).where(Insiden.occurred_at > start, Insiden.occurred_at <= at)  # fmt: skip
    # On the session's connection, the driver's own rows straight into pandas: tens of
    # thousands of rows, no Row object made for each (the plain values are all it needs).
    result = uow.session.connection().execute(statement)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    return pd.DataFrame(rows, columns=list(RAW_COLUMNS)) if rows else pd.DataFrame(
        {name: [] for name in RAW_COLUMNS}
    )


def contests(uow: UnitOfWork) -> list[tuple[int, str, date]]:
    """(id, region code, voting day) of every contest."""
    statement = (
        select(Pemilihan.id, Wilayah.code, Pemilihan.voting_date)
        .join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
        .where(Pemilihan.archived.is_(False))
        .order_by(Pemilihan.id)
    )
    return [(i, code, voting) for i, code, voting in uow.session.execute(statement)]


def phases(
    uow: UnitOfWork, found: list[tuple[int, str, date]], as_of: datetime | None
) -> list[tuple[str, frozenset[date]]]:
    """Per contest region: the days of its masa tenang (reported dates, else planned, from
    the stage calendar as of the instant) and its voting day."""
    stages = list_tahapan_by_contest(uow, [c for c, _code, _day in found], as_of)
    result = []
    for cid, code, voting in found:
        days: set[date] = {voting} if voting else set()
        for stage in stages.get(cid, []):
            if stage.code == "T15" or MASA_TENANG in stage.name.lower():
                first = stage.actual_start or stage.planned_start
                last = stage.actual_end or stage.planned_end or first
                if first is not None and last is not None:
                    days.update(first + timedelta(days=i) for i in range((last - first).days + 1))
        result.append((code, frozenset(days)))
    return result


def region_names(uow: UnitOfWork, codes: Iterable[str]) -> dict[str, tuple[str, int, str]]:
    """Code → (name, level, kind) of the given regions and of the kecamatan and kab/kota
    they lie in."""
    codes = set(codes)
    wanted = codes | {c[:5] for c in codes if len(c) > 5} | {c[:8] for c in codes if len(c) > 8}
    if not wanted:
        return {}
    statement = select(Wilayah.code, Wilayah.name, Wilayah.level, Wilayah.kind).where(
        Wilayah.code.in_(sorted(wanted))
    )
    return {code: (name, level, kind) for code, name, level, kind in uow.session.execute(statement)}


def categories(uow: UnitOfWork) -> dict[int, tuple[str, str]]:
    """Category id → (code, name), every incident category (a short reference list)."""
    statement = select(Referensi.id, Referensi.code, Referensi.name).where(
        Referensi.kind == KATEGORI_INSIDEN
    )
    return {i: (code, name) for i, code, name in uow.session.execute(statement)}


def incident_numbers(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, str]:
    """Incident id → its number, for the incidents the alerts name."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    statement = select(Insiden.id, Insiden.number).where(Insiden.id.in_(wanted))
    return dict(uow.session.execute(statement).all())


def incident_codes(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, str]:
    """Incident id → the code of its region, for the incidents the alerts name."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    statement = select(Insiden.id, Insiden.wilayah_code).where(Insiden.id.in_(wanted))
    return dict(uow.session.execute(statement).all())


def desa_counts(uow: UnitOfWork, root_code: str = "") -> dict[str, int]:
    """Kecamatan code → how many desa/kelurahan it has (a hot spot's rate is its
    kecamatan's shared over them)."""
    kecamatan = func.substr(Wilayah.code, 1, 8)
    statement = select(kecamatan, func.count()).where(
        Wilayah.level == LEVEL_DESA, Wilayah.archived.is_(False)
    )
    if root_code:
        statement = statement.where(Wilayah.code.like(f"{root_code}.%"))
    return dict(uow.session.execute(statement.group_by(kecamatan)).all())
