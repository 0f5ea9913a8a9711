"""Peringatan dini (early warning, SPEC 15): the face the dashboard, the alert list, the
map, the daily brief and ``desk-pilkada peringatan`` call — so they all show the same
alerts for the same instant.

- ``periksa(uow, at)`` → ``Hasil``: every alert at the instant ``at`` (default: the desk's
  now; a past instant reads the desk as it was then, SPEC 14), with the rules stated.
- ``alerts(uow, as_of)`` → the alerts alone.
- ``incident_filter(alert, tz, hasil.as_of)`` → the incident register's filter that opens the incidents
  behind an alert (its region, category and days; ``alert.incident_ids`` are the exact ones).
- ``export_table(hasil, tz)`` → the alerts as a table for ``.csv``/``.xlsx``.
- ``points(uow, ...)`` / ``clusters(points, cell_km)`` → incidents with coordinates for the
  boundary map, grouped where dense.

Computing imports pandas, so this face imports the engine only when called.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.services.peringatan.model import (
    ESKALASI,
    KIND_LABELS,
    KINDS,
    LOGISTIK,
    LONJAKAN,
    RANK_LABELS,
    TINGGI,
    TITIK_PANAS,
    WASPADA,
    Hasil,
    Peringatan,
    Region,
)
from app.services.peringatan.points import Cluster, Point, clusters, common_region, points

if TYPE_CHECKING:
    from app.services.core.uow import UnitOfWork
    from app.services.exporting.table import ExportTable
    from app.services.insiden.query import InsidenFilter

__all__ = [
    "Cluster", "ESKALASI", "KINDS", "Point", "KIND_LABELS", "LOGISTIK", "LONJAKAN", "RANK_LABELS", "TINGGI",
    "TITIK_PANAS", "WASPADA", "Hasil", "Peringatan", "Region", "alerts", "clusters", "export_table",
    "common_region", "incident_filter", "periksa", "points",
]  # fmt: skip


def periksa(
    uow: UnitOfWork, at: datetime | None = None, *, root_code: str = "", current: bool = False
) -> Hasil:
    """The alerts at ``at`` (``None``: now), for the province or one kab/kota
    (``root_code``); ``current``: ``at`` is the caller's "now" of a moment ago (a brief for
    today), read from the stored state. Read-only; run it off the GUI thread."""
    from app.services.peringatan.engine import compute

    return compute(uow, at, root_code=root_code, current=current)


def alerts(uow: UnitOfWork, as_of: datetime | None = None, *, root_code: str = "") -> list[Peringatan]:
    return list(periksa(uow, as_of, root_code=root_code).alerts)


def incident_filter(alert: Peringatan, tz: ZoneInfo, as_of: datetime | None = None) -> InsidenFilter | None:
    """The register filter showing the incidents behind ``alert``: its region and category
    over the local days of its window, as the desk knew them at ``as_of`` (``Hasil.as_of``);
    None for logistics. The days may hold a few more incidents than the window's hours:
    ``alert.incident_ids`` are exactly the ones counted."""
    from app.services.peringatan.export import incident_filter as build

    return build(alert, tz, as_of)


def export_table(hasil: Hasil, tz: ZoneInfo) -> ExportTable:
    """The alerts as a table, times in the desk's zone ``tz``."""
    from app.services.peringatan.export import export_table as build

    return build(hasil, tz)
