"""Laporan Khusus: the account of one incident (from the incident register, with its
status history) or of one topic written by the desk."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from app.models import Insiden, Referensi, Wilayah
from app.models.insiden import SEVERITIES
from app.services.briefs.blocks import Heading, KeyValues, Para, SectionContent, Table
from app.services.briefs.scope import BriefScope
from app.services.core import formatting
from app.services.core.errors import NotFound, ValidationError
from app.services.core.uow import UnitOfWork
from app.services.insiden import records as insiden


def find_incident(uow: UnitOfWork, number: str) -> int:
    found = uow.session.scalar(
        select(Insiden.id).where(
            Insiden.number == number.strip().upper(), Insiden.archived.is_(False)
        )
    )
    if found is None:
        raise NotFound(f"Insiden {number.strip()} tidak ditemukan di register.")
    return found


def _region_path(uow: UnitOfWork, wilayah_id: int) -> str:
    names = []
    current = uow.session.get(Wilayah, wilayah_id)
    while current is not None and current.level > 1:
        names.append(
            current.name if current.level <= 2 else f"{current.kind.capitalize()} {current.name}"
        )
        current = uow.session.get(Wilayah, current.parent_id) if current.parent_id else None
    return ", ".join(names)


def _paragraphs(text: str) -> list[Para]:
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return [Para(p) for p in parts]


def uraian(uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    request = scope.request
    if request.insiden_number.strip():
        return _incident(uow, scope, find_incident(uow, request.insiden_number))
    if request.uraian.strip():
        return SectionContent(tuple(_paragraphs(request.uraian)))
    raise ValidationError(
        "Laporan Khusus memerlukan nomor insiden atau uraian topik.", field="insiden_number"
    )


def _incident(uow: UnitOfWork, scope: BriefScope, insiden_id: int) -> SectionContent:
    detail = insiden.detail(uow, insiden_id)
    if scope.as_of is not None:  # the incident as it stood at the brief's instant (SPEC 14)
        history = [h for h in detail.history if h.at <= scope.as_of]
        detail = replace(detail, history=history,
                         status=history[-1].to_status if history else detail.status)  # fmt: skip
    form = detail.form
    tz = scope.tz
    kategori = uow.session.get(Referensi, form.kategori_id)
    sumber = uow.session.get(Referensi, form.sumber_id) if form.sumber_id else None
    pairs = [
        ("Nomor insiden", detail.number),
        ("Waktu kejadian", formatting.date_time(form.occurred_at, tz) if form.occurred_at else "–"),
        ("Waktu laporan diterima", formatting.date_time(form.reported_at, tz) if form.reported_at else "–"),
        ("Wilayah", _region_path(uow, form.wilayah_id) if form.wilayah_id else "–"),
        ("TPS", form.tps or "–"),
        ("Lokasi", form.place_detail or "–"),
        ("Kategori", kategori.name if kategori else "–"),
        ("Tingkat keparahan", SEVERITIES.get(form.severity, str(form.severity))),
        ("Status", detail.status),
        ("Diteruskan ke", detail.escalated_to or "–"),
        ("Batas waktu tindak lanjut",
         formatting.date_time(detail.follow_up_deadline, tz) if detail.follow_up_deadline else "–"),
        # The reporter's phone is personal data and never printed in a brief.
        ("Sumber laporan", ", ".join(filter(None, (sumber.name if sumber else "", form.reporter))) or "–"),
    ]  # fmt: skip
    blocks: list = [KeyValues(tuple(pairs))]
    for title, text in (
        ("Kronologi", form.chronology), ("Pihak yang terlibat", form.parties),
        ("Korban dan kerugian", form.losses), ("Tindakan yang telah diambil", form.actions_taken),
        ("Hasil tindak lanjut", detail.outcome),
    ):  # fmt: skip
        blocks.append(Heading(title))
        blocks += _paragraphs(text) or [Para("Belum ada keterangan.", italic=True)]
    if detail.history:
        blocks.append(Heading("Riwayat status"))
        blocks.append(Table(
            ("Waktu", "Dari", "Menjadi", "Oleh", "Catatan"),
            tuple((formatting.date_time(h.at, tz), h.from_status or "–", h.to_status, h.username, h.note)
                  for h in detail.history),
            widths=(1.6, 1.2, 1.2, 1.1, 3),
        ))  # fmt: skip
    summary = {"insiden": detail.number, "status": detail.status, "severity": form.severity}
    return SectionContent(tuple(blocks), {}, summary)
