"""Incidents with coordinates: a cluster across desa borders is a hot spot (radius), and
the map's points and clusters (SPEC 15)."""

from __future__ import annotations

from datetime import date

from app.services import peringatan
from tests.services.peringatan.helpers import BURST_DAY, burst, end_of, quiet_month

SPOT = (-6.05, 106.66)


def test_incidents_close_together_across_desa_are_a_hot_spot(db):
    quiet_month(db)
    ids = burst(db, size=4, kategori="KONFLIK", kecamatan="36.03.13", near=SPOT)
    with db.uow() as uow:
        found = peringatan.periksa(uow, end_of(BURST_DAY))
    spots = found.of_kind(peringatan.TITIK_PANAS)
    assert spots, [a.rule for a in found.alerts]
    spot = spots[0]
    assert set(spot.incident_ids) == set(ids) and spot.point is not None
    assert abs(spot.point[0] - SPOT[0]) < 0.01 and abs(spot.point[1] - SPOT[1]) < 0.01
    assert spot.region.code.startswith("36.03.13.") and spot.region.level == 4
    assert spot.rule.startswith("4 insiden dalam radius 1 km di sekitar Desa Teluknaga, Kec. Teluknaga, "
                                "Kabupaten Tangerang dalam ")  # fmt: skip
    assert found.kabkota() == {"36.03": min(a.rank for a in found.alerts)}


def test_points_as_of_and_clusters(db):
    ids = burst(db, size=4, kategori="KONFLIK", kecamatan="36.03.13", near=SPOT)
    burst(db, size=1, kategori="KONFLIK", kecamatan="36.01.01", near=(-6.6, 105.7), first_number=95_000)
    with db.uow() as uow:
        shown = peringatan.points(uow, date_from=date(2024, 11, 1), date_to=date(2024, 11, 30))
        before = peringatan.points(uow, date_from=date(2024, 11, 1), date_to=date(2024, 11, 30),
                                   as_of=end_of(date(2024, 11, 14)))  # fmt: skip
    assert len(shown) == 5 and before == []
    assert {p.id for p in shown} >= set(ids) and all(p.kategori for p in shown)
    grouped = peringatan.clusters(shown, cell_km=5.0)
    assert sorted(c.count for c in grouped) == [1, 4]
    assert next(c for c in grouped if c.count == 4).ids == tuple(p.id for p in shown if p.id in ids)
