"""Tahapan (election stages): listing, derived status, progress updates, monitoring notes,
and applying a stage schedule (seed or import)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.models import CatatanTahapan, Pemilihan, Tahapan
from app.services.core import history, pengaturan
from app.services.core.actor import TAHAPAN_UBAH
from app.services.core.changes import TAHAPAN, Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import NotFound, ValidationError
from app.services.core.uow import UnitOfWork

BELUM_MULAI = "Belum mulai"
BERJALAN = "Berjalan"
SELESAI = "Selesai"
TERLAMBAT = "Terlambat"
BERISIKO = "Berisiko"
STATUSES = (BELUM_MULAI, BERJALAN, SELESAI, TERLAMBAT, BERISIKO)


def natural_key(code: str) -> tuple:
    """T2 before T10, T08 before T08.1 before T09: stage codes in reading order."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code.upper()))


def expected_progress(start: date | None, end: date | None, today: date) -> float | None:
    """Linear plan: the share of planned days already behind us at the start of ``today``,
    in percent. Today's work is not yet due, so a stage on its last planned day is judged
    by the days before it, not as if the day were over."""
    if start is None or end is None or end < start:
        return None
    if today <= start:
        return 0.0
    total = (end - start).days + 1
    return min(100.0, 100.0 * (today - start).days / total)


def derive_status(
    *,
    planned_start: date | None,
    planned_end: date | None,
    actual_start: date | None,
    actual_end: date | None,
    progress: int,
    today: date,
    risk_margin: float,
) -> str:
    """Status is derived, never typed (SPEC 4).

    Selesai: finished (actual end or 100%). Terlambat: planned end passed, not finished.
    Berisiko: progress behind the linear plan by more than ``risk_margin`` points.
    Belum mulai: not started (no actual start, no progress). Otherwise Berjalan.
    """
    if actual_end is not None or progress >= 100:
        return SELESAI
    if planned_end is not None and today > planned_end:
        return TERLAMBAT
    started = actual_start is not None or progress > 0
    expected = expected_progress(planned_start, planned_end, today)
    if expected is not None and expected - progress > risk_margin:
        return BERISIKO
    return BERJALAN if started else BELUM_MULAI


@dataclass(frozen=True)
class PemilihanRow:
    id: int
    name: str
    kind: str
    voting_date: date
    wilayah_id: int


@dataclass(frozen=True)
class TahapanRow:
    id: int
    version: int
    pemilihan_id: int
    code: str
    parent_code: str
    name: str
    depth: int
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None
    progress: int
    responsible: str
    notes: str
    status: str
    expected_progress: float | None


@dataclass(frozen=True)
class CatatanRow:
    id: int
    noted_at: datetime
    author: str
    text: str


def list_pemilihan(uow: UnitOfWork) -> list[PemilihanRow]:
    rows = uow.session.execute(
        select(Pemilihan).where(Pemilihan.archived.is_(False)).order_by(Pemilihan.id)
    ).scalars()
    return [PemilihanRow(p.id, p.name, p.kind, p.voting_date, p.wilayah_id) for p in rows]


def list_tahapan(
    uow: UnitOfWork, pemilihan_id: int, as_of: datetime | None = None
) -> list[TahapanRow]:
    return list_tahapan_by_contest(uow, [pemilihan_id], as_of)[pemilihan_id]


@dataclass(frozen=True)
class _Reported:
    actual_start: date | None
    actual_end: date | None
    progress: int
    responsible: str
    notes: str


def _reported(t: Tahapan, undo: history.Undo | None) -> _Reported:
    """The stage's reported state, with what was reported after the instant undone."""
    now = _Reported(t.actual_start, t.actual_end, t.progress, t.responsible, t.notes)
    if undo is None:
        return now
    before = undo.fields
    return _Reported(
        history.as_date(before["actual_start"]) if "actual_start" in before else now.actual_start,
        history.as_date(before["actual_end"]) if "actual_end" in before else now.actual_end,
        int(before["progress"] or 0) if "progress" in before else now.progress,
        str(before.get("responsible") or "") if "responsible" in before else now.responsible,
        str(before.get("notes") or "") if "notes" in before else now.notes,
    )


def list_tahapan_by_contest(
    uow: UnitOfWork, pemilihan_ids: Iterable[int], as_of: datetime | None = None
) -> dict[int, list[TahapanRow]]:
    """``list_tahapan`` of several contests read with one query (the dashboard shows every
    contest's stages): contest id → its stages, in the order given, [] for none.

    ``as_of`` (a past instant) gives the stages as they were reported then (progress,
    actual dates, from the audit log) and their status on that day (SPEC 14)."""
    wanted = list(dict.fromkeys(pemilihan_ids))
    if not wanted:
        return {}
    clock = desk_clock(uow)
    today = as_of.astimezone(clock.tz).date() if as_of is not None else clock.today()
    margin = pengaturan.get(uow, "tahapan_risk_margin", as_of)
    undo = history.changes_after(uow.session, "tahapan", as_of) if as_of is not None else {}
    found: dict[int, list[Tahapan]] = {cid: [] for cid in wanted}
    statement = select(Tahapan).where(Tahapan.pemilihan_id.in_(wanted), Tahapan.archived.is_(False))
    for stage in uow.session.scalars(statement):
        found[stage.pemilihan_id].append(stage)
    result = {}
    for cid, stages in found.items():
        stages.sort(key=lambda t: (natural_key(t.code), t.sort_order))
        codes = {t.id: t.code for t in stages}
        result[cid] = [_row(t, codes, today, margin, undo.get(t.uid)) for t in stages]
    return result


def _row(
    t: Tahapan, codes: dict[int, str], today: date, margin: float,
    undo: history.Undo | None = None,
) -> TahapanRow:  # fmt: skip
    parent_code = codes.get(t.parent_id, "") if t.parent_id else ""
    r = _reported(t, undo)
    return TahapanRow(
        id=t.id,
        version=t.version,
        pemilihan_id=t.pemilihan_id,
        code=t.code,
        parent_code=parent_code,
        name=t.name,
        depth=1 if parent_code else 0,
        planned_start=t.planned_start,
        planned_end=t.planned_end,
        actual_start=r.actual_start,
        actual_end=r.actual_end,
        progress=r.progress,
        responsible=r.responsible,
        notes=r.notes,
        status=derive_status(
            planned_start=t.planned_start,
            planned_end=t.planned_end,
            actual_start=r.actual_start,
            actual_end=r.actual_end,
            progress=r.progress,
            today=today,
            risk_margin=margin,
        ),
        expected_progress=expected_progress(t.planned_start, t.planned_end, today),
    )


def update_tahapan(
    uow: UnitOfWork,
    tahapan_id: int,
    *,
    version: int,
    actual_start: date | None,
    actual_end: date | None,
    progress: int,
    responsible: str = "",
    notes: str = "",
) -> Changes:
    """Record what actually happened on a stage. ``version`` is what the user loaded."""
    uow.require(TAHAPAN_UBAH)
    today = desk_clock(uow).today()
    if not 0 <= progress <= 100:
        raise ValidationError("Progres harus antara 0 dan 100 persen.", field="progress")
    if actual_start and actual_start > today:
        raise ValidationError(
            "Tanggal mulai aktual tidak boleh setelah hari ini.", field="actual_start"
        )
    if actual_end and actual_end > today:
        raise ValidationError(
            "Tanggal selesai aktual tidak boleh setelah hari ini.", field="actual_end"
        )
    if actual_end and not actual_start:
        raise ValidationError(
            "Isi tanggal mulai aktual sebelum tanggal selesai.", field="actual_start"
        )
    if actual_start and actual_end and actual_end < actual_start:
        raise ValidationError(
            "Tanggal selesai aktual tidak boleh sebelum tanggal mulai aktual.", field="actual_end"
        )
    if actual_end and progress < 100:
        raise ValidationError(
            "Tahapan yang sudah selesai harus berprogres 100%. Ubah progres atau kosongkan "
            "tanggal selesai.",
            field="progress",
        )
    stage = uow.get(Tahapan, tahapan_id, expected_version=version)
    stage.actual_start = actual_start
    stage.actual_end = actual_end
    stage.progress = progress
    stage.responsible = responsible.strip()
    stage.notes = notes.strip()
    uow.commit()
    return Changes.of(TAHAPAN, summary=f"Tahapan {stage.code} disimpan.")


def list_catatan(uow: UnitOfWork, tahapan_id: int) -> list[CatatanRow]:
    notes = uow.session.scalars(
        select(CatatanTahapan)
        .where(CatatanTahapan.tahapan_id == tahapan_id, CatatanTahapan.archived.is_(False))
        .order_by(CatatanTahapan.noted_at, CatatanTahapan.id)
    )
    return [CatatanRow(n.id, n.noted_at, n.author, n.text) for n in notes]


def add_catatan(uow: UnitOfWork, tahapan_id: int, text: str, author: str = "") -> Changes:
    uow.require(TAHAPAN_UBAH)
    text = text.strip()
    if not text:
        raise ValidationError("Catatan pemantauan tidak boleh kosong.", field="catatan")
    stage = uow.get(Tahapan, tahapan_id)
    uow.session.add(
        CatatanTahapan(
            tahapan_id=stage.id,
            noted_at=desk_clock(uow).now_utc(),
            author=author or uow.user,
            text=text,
        )
    )
    uow.commit()
    return Changes.of(TAHAPAN, summary=f"Catatan pemantauan {stage.code} ditambahkan.")


@dataclass(frozen=True)
class Overview:
    """Everything the stage page shows for one contest, read in one unit of work."""

    contest: PemilihanRow
    rows: list[TahapanRow]
    today: date
    timezone: str

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(STATUSES, 0)
        for row in self.rows:
            result[row.status] += 1
        return result


def overview(uow: UnitOfWork, pemilihan_id: int) -> Overview:
    contest = uow.session.get(Pemilihan, pemilihan_id)
    if contest is None or contest.archived:
        raise NotFound("Pemilihan tidak ditemukan; muat ulang daftar pemilihan.")
    return Overview(
        contest=PemilihanRow(
            contest.id, contest.name, contest.kind, contest.voting_date, contest.wilayah_id
        ),
        rows=list_tahapan(uow, pemilihan_id),
        today=desk_clock(uow).today(),
        timezone=pengaturan.get(uow, "timezone"),
    )
