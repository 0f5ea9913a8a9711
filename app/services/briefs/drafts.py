"""The desk's draft of a brief: what someone wrote for a brief (type, day, contest) before
it is issued — Kesimpulan, Rekomendasi and the other fields of the form — kept in the
database, so the Pimpinan who opens the same brief later (on this PC or another one of a
shared desk) finds what the Operator wrote.

Its own table (``laporan_draf``), not a desk setting: settings are a declared list of
single values with checks and history as of an instant, while drafts are many, keyed by
brief, written by several roles and saved as people type. Each save is still in the audit
log (the unit of work captures every record change), so who changed the conclusions is
known. Saving checks the version the writer loaded: two people typing into the same draft
get a conflict message, never a silent overwrite (SPEC 10).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.models import LaporanDraf
from app.models.laporan_draf import ALL_CONTESTS
from app.services.briefs.request import JENIS, BriefRequest
from app.services.core import people
from app.services.core.errors import ConflictError, ValidationError
from app.services.core.uow import UnitOfWork

DEFAULT_SECTIONS = "*"


@dataclass(frozen=True)
class Draft:
    """A stored draft: the request it fills in, its version, and who wrote it last."""

    request: BriefRequest
    version: int
    updated_at: datetime
    updated_by: str

    @property
    def empty(self) -> bool:
        return not any(
            text.strip()
            for text in (self.request.kesimpulan, self.request.rekomendasi, self.request.uraian,
                         self.request.hal, self.request.lampiran, self.request.insiden_number)
        )  # fmt: skip


def scope_of(pemilihan_id: int | None) -> str:
    return ALL_CONTESTS if pemilihan_id is None else str(pemilihan_id)


def _find(uow: UnitOfWork, jenis: str, day: date, pemilihan_id: int | None) -> LaporanDraf | None:
    return uow.session.scalar(
        select(LaporanDraf).where(
            LaporanDraf.jenis == jenis,
            LaporanDraf.day == day,
            LaporanDraf.scope == scope_of(pemilihan_id),
            LaporanDraf.archived.is_(False),
        )
    )


def _draft(uow: UnitOfWork, record: LaporanDraf) -> Draft:
    sections = (
        None
        if record.sections == DEFAULT_SECTIONS
        else tuple(k for k in record.sections.splitlines() if k)
    )
    request = BriefRequest(
        jenis=record.jenis, day=record.day,
        pemilihan_id=None if record.scope == ALL_CONTESTS else int(record.scope),
        insiden_number=record.insiden_number, uraian=record.uraian, sections=sections,
        hal=record.hal, kesimpulan=record.kesimpulan, rekomendasi=record.rekomendasi,
        classification=record.classification, urgency=record.urgency or "Biasa",
        lampiran=record.lampiran,
    )  # fmt: skip
    return Draft(request, record.version, record.updated_at, people.name_of(uow, record.updated_by))


def load(uow: UnitOfWork, jenis: str, day: date, pemilihan_id: int | None = None) -> Draft | None:
    """The desk's draft of this brief, or None when nobody has written one."""
    record = _find(uow, jenis, day, pemilihan_id)
    return _draft(uow, record) if record is not None else None


def save(uow: UnitOfWork, request: BriefRequest, *, version: int | None = None) -> Draft | None:
    """Keep ``request``'s fields as the draft of its brief. ``version`` is the version the
    writer loaded (None: they found no draft); a draft saved by someone else since is a
    conflict. Nothing is stored for a brief nobody wrote anything for (None)."""
    if request.jenis not in JENIS:
        raise ValidationError(f"Jenis laporan tidak dikenal: {request.jenis}.", field="jenis")
    record = _find(uow, request.jenis, request.day, request.pemilihan_id)
    if record is not None and record.version != version:
        who = people.name_of(uow, record.updated_by)
        raise ConflictError(
            f"Draf laporan ini baru saja diubah oleh {who}. Isian Anda belum tersimpan sebagai "
            "draf; salin teks Anda, lalu buka ulang laporan ini untuk melihat versi terbaru."
        )
    values = {
        "insiden_number": request.insiden_number.strip()[:30],
        "uraian": request.uraian,
        "hal": request.hal.strip()[:300],
        "classification": request.classification[:20],
        "urgency": request.urgency[:20],
        "lampiran": request.lampiran.strip()[:100],
        "sections": DEFAULT_SECTIONS if request.sections is None else "\n".join(request.sections),
        "kesimpulan": request.kesimpulan,
        "rekomendasi": request.rekomendasi,
    }
    if record is None:
        if not any(str(values[k]).strip() for k in ("kesimpulan", "rekomendasi", "uraian", "hal",
                                                     "lampiran", "insiden_number")):  # fmt: skip
            return None
        record = LaporanDraf(
            jenis=request.jenis, day=request.day, scope=scope_of(request.pemilihan_id), **values
        )
        uow.session.add(record)
    else:
        for key, value in values.items():
            if getattr(record, key) != value:
                setattr(record, key, value)
    uow.commit()
    return _draft(uow, record)
