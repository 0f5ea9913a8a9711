"""Incidents with coordinates as points for the boundary map (SPEC 15), as of an instant,
and their grouping into clusters where they lie dense — so a map of 100.000 incidents
draws a few hundred marks, each opening its incidents."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.models import Insiden, Referensi
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.insiden import rules

KM_PER_DEGREE = 111.32


@dataclass(frozen=True)
class Point:
    id: int
    number: str
    latitude: float
    longitude: float
    severity: int
    kategori: str
    wilayah_code: str
    occurred_at: datetime


@dataclass(frozen=True)
class Cluster:
    """Points within one cell: where to draw it (their mean position), how many, the
    highest severity among them, and their ids (a click opens them)."""

    latitude: float
    longitude: float
    count: int
    severity: int
    ids: tuple[int, ...]


def points(
    uow: UnitOfWork, *, date_from: date | None = None, date_to: date | None = None,
    as_of: datetime | None = None, root_code: str = "", limit: int = 100_000,
) -> list[Point]:  # fmt: skip
    """The incidents with coordinates that count (the incident rules' scope: as the desk
    knew them at ``as_of``, not archived, not Tidak valid), occurred in the local days
    given, in one query, newest first."""
    clock = desk_clock(uow)
    scope = rules.Scope(date_from, date_to, wilayah_code=root_code,
                        as_of=rules.past(as_of, clock.now_utc()))  # fmt: skip
    statement = rules.where(
        select(Insiden.id, Insiden.number, Insiden.latitude, Insiden.longitude, Insiden.severity,
               Referensi.name, Insiden.wilayah_code, Insiden.occurred_at)
        .join(Referensi, Referensi.id == Insiden.kategori_id),
        scope, clock.tz,
    ).where(Insiden.latitude.is_not(None), Insiden.longitude.is_not(None))  # fmt: skip
    statement = statement.order_by(Insiden.occurred_at.desc(), Insiden.id.desc()).limit(limit)
    return [Point(*row) for row in uow.session.execute(statement)]


def common_region(codes: Iterable[str]) -> str:
    """The smallest region holding every one of ``codes`` (their common dotted prefix:
    "36.03.13.2001" and "36.03.13.2004" → "36.03.13"); "" when none are given."""
    common: list[str] | None = None
    for code in codes:
        parts = code.split(".")
        if common is None:
            common = parts
            continue
        n = 0
        while n < min(len(common), len(parts)) and common[n] == parts[n]:
            n += 1
        common = common[:n]
    return ".".join(common or [])


def clusters(found: list[Point], cell_km: float) -> list[Cluster]:
    """Points grouped on a grid of ``cell_km`` cells (the map's zoom decides the size):
    a cell with one point is that point."""
    if not found:
        return []
    mean_lat = sum(p.latitude for p in found) / len(found)
    dlat = cell_km / KM_PER_DEGREE
    dlon = cell_km / (KM_PER_DEGREE * max(0.1, math.cos(math.radians(mean_lat))))
    cells: dict[tuple[int, int], list[Point]] = {}
    for p in found:
        cells.setdefault((math.floor(p.latitude / dlat), math.floor(p.longitude / dlon)), []).append(p)
    return [
        Cluster(sum(p.latitude for p in group) / len(group), sum(p.longitude for p in group) / len(group),
                len(group), max(p.severity for p in group), tuple(p.id for p in group))
        for _cell, group in sorted(cells.items())
    ]  # fmt: skip
