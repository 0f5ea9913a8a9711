"""The incident status workflow of SPEC 4, exactly: which transitions exist, who may make
them, and what each requires. Every change is appended to the status history.

A follow-up report takes no step of its own: each step of the incident it follows is its
step too (appended to its history), so it is closed — and reopened — with its original."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.models import Insiden, Referensi, RiwayatInsiden
from app.models.insiden import BARU, DITINDAKLANJUTI, SELESAI, TERVERIFIKASI, TIDAK_VALID
from app.models.referensi import INSTANSI
from app.services.core.actor import INSIDEN_VERIFIKASI
from app.services.core.changes import INSIDEN, Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork
from app.services.insiden import rules

#: Shown in lists and alerts; not a stored status (derived from the deadline).
TERLAMBAT_DITINDAKLANJUTI = "Terlambat ditindaklanjuti"


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    label: str
    needs_reason: bool = False
    needs_agency_deadline: bool = False
    needs_outcome: bool = False


TRANSITIONS = (
    Transition(BARU, TERVERIFIKASI, "Verifikasi"),
    Transition(BARU, TIDAK_VALID, "Tidak valid", needs_reason=True),
    Transition(TERVERIFIKASI, DITINDAKLANJUTI, "Tindak lanjuti", needs_agency_deadline=True),
    Transition(TERVERIFIKASI, SELESAI, "Selesai"),
    Transition(TERVERIFIKASI, TIDAK_VALID, "Tidak valid", needs_reason=True),
    Transition(DITINDAKLANJUTI, SELESAI, "Selesai", needs_outcome=True),
    Transition(SELESAI, TERVERIFIKASI, "Dibuka kembali", needs_reason=True),
    Transition(TIDAK_VALID, TERVERIFIKASI, "Dibuka kembali", needs_reason=True),
)


def allowed_from(status: str) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source == status]


def find(source: str, target: str) -> Transition | None:
    return next((t for t in TRANSITIONS if t.source == source and t.target == target), None)


def transition(
    uow: UnitOfWork,
    insiden_id: int,
    *,
    version: int,
    to: str,
    note: str = "",
    agency_id: int | None = None,
    deadline: datetime | None = None,
    outcome: str = "",
) -> Changes:
    """Move an incident to ``to`` if the workflow allows it, with what that step needs."""
    uow.require(INSIDEN_VERIFIKASI)
    record = uow.get(Insiden, insiden_id, expected_version=version)
    if rules.is_follow_up(record.linked_to_id):
        original = uow.session.get(Insiden, record.linked_to_id)
        number = original.number if original is not None else "insiden asalnya"
        raise ValidationError(
            f"{record.number} adalah laporan lanjutan dari {number}: statusnya mengikuti "
            f"{number}. Ubah status {number}.",
            field="status",
        )
    step = find(record.status, to)
    if step is None:
        raise ValidationError(
            f"Status {record.status} tidak dapat diubah menjadi {to}.", field="status"
        )
    note = note.strip()
    now = desk_clock(uow).now_utc()
    if step.needs_reason and not note:
        raise ValidationError(f"Tulis alasan untuk '{step.label}'.", field="note")
    if step.needs_agency_deadline:
        agency = uow.session.get(Referensi, agency_id) if agency_id else None
        if agency is None or agency.kind != INSTANSI or not agency.active:
            raise ValidationError("Pilih instansi tujuan tindak lanjut.", field="agency")
        if deadline is None:
            raise ValidationError("Isi batas waktu tindak lanjut.", field="deadline")
        if deadline <= now:
            raise ValidationError(
                "Batas waktu tindak lanjut harus setelah saat ini.", field="deadline"
            )
        record.escalated_to_id = agency.id
        record.follow_up_deadline = deadline
        note = note or f"Diteruskan ke {agency.name}"
    if step.needs_outcome and not outcome.strip():
        raise ValidationError("Tulis hasil tindak lanjut sebelum menutup insiden.", field="outcome")
    if outcome.strip():
        record.outcome = outcome.strip()
    history = RiwayatInsiden(insiden_id=record.id, at=now, username=uow.user, from_status=record.status,
                             to_status=to, note=note or outcome.strip())  # fmt: skip
    source = record.status
    record.status = to
    uow.session.add(history)
    followed = _follow(uow, record, step, now)
    uow.commit()
    summary = f"{record.number}: {source} → {to}."
    if followed:
        summary += f" {followed} laporan lanjutan ikut {to}."
    return Changes.of(INSIDEN, summary=summary)


def _follow(uow: UnitOfWork, record: Insiden, step: Transition, now: datetime) -> int:
    """The follow-up reports of ``record`` take its step; how many did."""
    reports = uow.session.scalars(
        select(Insiden).where(Insiden.linked_to_id == record.id, Insiden.archived.is_(False))
    ).all()
    moved = 0
    for report in reports:
        if report.status == record.status:
            continue
        uow.session.add(RiwayatInsiden(
            insiden_id=report.id, at=now, username=uow.user, from_status=report.status,
            to_status=record.status, note=f"Mengikuti {record.number}: {step.label}",
        ))  # fmt: skip
        report.status = record.status
        moved += 1
    return moved


#: The overdue rule lives with the other incident rules (``insiden.rules``).
is_overdue = rules.is_overdue
