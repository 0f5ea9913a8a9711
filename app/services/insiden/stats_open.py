"""Incident figures the dashboard needs beyond ``insiden_stats``: incidents still open
right now per kab/kota and severity (the incident-burden part of the readiness index).

Same rules as ``insiden_stats``: not archived, the contest and region of the filter apply,
its period does not (open is open), and ``Tidak valid`` is never open.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Insiden
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.insiden import rules
from app.services.insiden.stats import LEVELS, StatsFilter, _where


@dataclass(frozen=True)
class OpenByKabKota:
    #: Kab/kota code → open incidents of severity 1..4, in that order. Kab/kota without
    #: open incidents are absent (read as zeros).
    cells: dict[str, tuple[int, ...]]

    def of(self, code: str) -> tuple[int, ...]:
        return self.cells.get(code, (0,) * len(LEVELS))


def open_by_kabkota(uow: UnitOfWork, flt: StatsFilter) -> OpenByKabKota:
    """Open incidents (Baru, Terverifikasi, Ditindaklanjuti) per kab/kota × severity."""
    scope = StatsFilter(pemilihan_id=flt.pemilihan_id, wilayah_code=flt.wilayah_code,
                        as_of=flt.as_of)  # fmt: skip
    kabkota = func.substr(Insiden.wilayah_code, 1, 5)
    rows = uow.session.execute(
        _where(select(kabkota, Insiden.severity, func.count(Insiden.id)), scope, desk_clock(uow).tz)
        .where(rules.open_clause(rules.status_at(flt.as_of)))
        .group_by(kabkota, Insiden.severity)
    ).all()
    cells: dict[str, dict[int, int]] = {}
    for code, severity, count in rows:
        if code and len(code) == 5:
            cells.setdefault(code, {})[severity] = count
    return OpenByKabKota(
        {code: tuple(c.get(level, 0) for level in LEVELS) for code, c in cells.items()}
    )
