"""What the logistics use cases take and return: the consignment form with its lines,
a receipt line, and the ``Saved`` answer carrying the change notice."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from app.models import Pengiriman, PengirimanBaris
from app.services.core.changes import LOGISTIK, Changes
from app.services.core.uow import UnitOfWork
from app.services.logistik import rules as logistik_rules


@dataclass
class BarisForm:
    jenis_id: int | None = None
    qty_sent: int | None = None
    #: Surat suara are per contest; None takes the consignment's contest.
    pemilihan_id: int | None = None
    #: The existing line being edited; None for a new line.
    id: int | None = None


@dataclass
class PengirimanForm:
    number: str = ""
    pemilihan_id: int | None = None
    origin_level: str = logistik_rules.KPU_KABKOTA
    origin_place: str = ""
    destination_level: str = logistik_rules.PPK
    destination_wilayah_id: int | None = None
    tps: str = ""
    planned_dispatch: date | None = None
    #: None: derived from the contest's voting day and the level's rule (TPS: H-1).
    must_arrive_by: date | None = None
    expected_arrival: date | None = None
    escort: bool = False
    berita_acara: str = ""
    notes: str = ""
    lines: list[BarisForm] = field(default_factory=list)


@dataclass(frozen=True)
class ReceiptLine:
    baris_id: int
    good: int
    damaged: int = 0
    #: None: whatever of the quantity sent is neither good nor damaged.
    missing: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class Saved:
    id: int
    number: str
    status: str
    changes: Changes


def saved(record: Pengiriman, summary: str) -> Saved:
    return Saved(record.id, record.number, record.status, Changes.of(LOGISTIK, summary=summary))


def lines_of(uow: UnitOfWork, pengiriman_id: int) -> list[PengirimanBaris]:
    """The consignment's live (not archived) lines, in the order they were recorded."""
    return list(
        uow.session.scalars(
            select(PengirimanBaris)
            .where(
                PengirimanBaris.pengiriman_id == pengiriman_id, PengirimanBaris.archived.is_(False)
            )
            .order_by(PengirimanBaris.id)
        )
    )
