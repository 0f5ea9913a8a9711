"""The packages a desk has made and taken in, newest first, for the Data page."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.models import PaketPertukaran
from app.services.core.uow import UnitOfWork
from app.services.exchange.tables import BY_NAME


@dataclass(frozen=True)
class PaketRow:
    #: "keluar" (made here) or "masuk" (taken in here)
    direction: str
    package_uid: str
    source_desk: str
    range_start: datetime | None
    range_end: datetime
    #: table label → records in the package
    counts: dict[str, int]
    file_name: str
    at: datetime
    by: str

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _counts(text: str) -> dict[str, int]:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    return {BY_NAME[t].label if t in BY_NAME else t: int(n) for t, n in raw.items() if n}


def history(uow: UnitOfWork, limit: int = 200) -> list[PaketRow]:
    rows = uow.session.scalars(
        select(PaketPertukaran)
        .order_by(PaketPertukaran.at.desc(), PaketPertukaran.id.desc())
        .limit(limit)
    )
    return [
        PaketRow(r.direction, r.package_uid, r.source_desk, r.range_start, r.range_end,
                 _counts(r.counts_json), r.file_name, r.at, r.by)
        for r in rows
    ]  # fmt: skip


@dataclass(frozen=True)
class Overview:
    """What the exchange panel shows: who this desk is, what it sent and received."""

    kabkota_code: str
    #: (code, name) of every kab/kota of the province, for "this desk is ...".
    kabkota_choices: list[tuple[str, str]]
    last_export_end: datetime | None
    packages: list[PaketRow]


def overview(uow: UnitOfWork) -> Overview:
    from app.models import Wilayah
    from app.models.wilayah import LEVEL_KABKOTA
    from app.services.core import pengaturan
    from app.services.exchange.pack import last_export_end

    choices = uow.session.execute(
        select(Wilayah.code, Wilayah.name)
        .where(Wilayah.level == LEVEL_KABKOTA)
        .order_by(Wilayah.code)
    ).all()
    return Overview(
        pengaturan.get(uow, "desk_kabkota"),
        [(code, name) for code, name in choices],
        last_export_end(uow),
        history(uow),
    )
