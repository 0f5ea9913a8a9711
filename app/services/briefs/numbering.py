"""Brief numbers from the configured pattern, e.g. ``{kode}/{nomor}/{unit}/{tahun}`` →
``200.2/0007/Kesbangpol/2024``. The serial comes from a never-reused counter
(``services.nomor``), per year when the pattern shows the year."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models.laporan import Laporan
from app.services.briefs import rules
from app.services.briefs.settings import BriefSettings
from app.services.core import nomor
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork


def counter_key(pattern: str, day: date) -> str:
    return f"LAP-{day.year}" if "{tahun}" in pattern else "LAP"


def format_for(s: BriefSettings, serial: int, day: date) -> str:
    return rules.format_number(
        s.number_pattern,
        kode=s.number_kode,
        nomor=serial,
        unit=s.number_unit,
        tahun=day.year,
        bulan=day.month,
    )


def example(s: BriefSettings, day: date) -> str:
    """What the next numbers look like (the serial itself is only taken when issuing)."""
    return format_for(s, 1, day).replace("0001", "….")


def next_number(uow: UnitOfWork, s: BriefSettings, day: date) -> str:
    """A number no brief has had. A counter value is never handed out twice; a number the
    register already holds (after the pattern was changed back) is skipped."""
    problem = rules.pattern_problem(s.number_pattern)
    if problem:
        raise ValidationError(f"Pola nomor laporan: {problem}")
    key = counter_key(s.number_pattern, day)
    for _ in range(1000):
        number = format_for(s, nomor.next_value(uow, key), day)
        taken = uow.session.scalar(select(Laporan.id).where(Laporan.number == number))
        if taken is None:
            return number
    raise ValidationError(
        "Nomor laporan tidak dapat dibentuk: ubah pola nomor di Pengaturan › Kop dan laporan."
    )
