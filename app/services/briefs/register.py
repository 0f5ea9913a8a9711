"""Issuing a brief and the register of issued briefs (SPEC 4 and 7).

Issuing is one unit of work: read the data, run the checks (failures must have been
acknowledged, with a reason), take the next number, lay the PDF out, store it in the
database (``core.berkas``, under its SHA-256: every PC of a shared desk and every backup
has it) and in this PC's archive folder under its number, record it with its SHA-256 and
data snapshot time, and write the audit entry. The PDF is renamed into place only after
the commit, so a refused or failed issue leaves neither a register row nor a file.
Another PC verifies or shows the brief from the database copy, written to its own archive
folder when first needed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import DBAPIError

from app.models.laporan import Laporan
from app.paths import data_dir
from app.services.briefs import numbering
from app.services.briefs.build import Built, collect, with_number
from app.services.briefs.khusus_section import find_incident
from app.services.briefs.reconcile import CheckResult
from app.services.briefs.render import render
from app.services.briefs.request import KHUSUS, TITLES, BriefRequest
from app.services.core import audit, berkas
from app.services.core.actor import LAPORAN_TERBITKAN
from app.services.core.changes import Changes
from app.services.core.errors import DomainError, NotFound, ValidationError, os_reason
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork

LAPORAN = "laporan"
#: Attempts when PostgreSQL refuses a snapshot that another issuer overtook.
ATTEMPTS = 3


class UnacknowledgedFailures(DomainError):
    """The checks found failures the issuer has not acknowledged."""

    def __init__(self, failures: Sequence[str]) -> None:
        lines = "\n".join(f"• {f}" for f in failures)
        super().__init__(
            "Pemeriksaan rekonsiliasi menemukan ketidaksesuaian yang belum diakui. Periksa "
            f"pratinjau, lalu akui atau perbaiki datanya:\n{lines}"
        )
        self.failures = tuple(failures)


def archive_dir(is_demo: bool) -> Path:
    """Issued PDFs of this PC; the demo desk keeps its own folder."""
    path = data_dir() / ("laporan-contoh" if is_demo else "laporan")
    path.mkdir(parents=True, exist_ok=True)
    return path


def file_name_for(jenis: str, number: str) -> str:
    safe = re.sub(r"[^0-9A-Za-z.-]+", "-", number).strip("-.")
    return f"{TITLES[jenis].replace(' ', '-')}_{safe}.pdf"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Issued:
    id: int
    number: str
    path: Path
    sha256: str
    pdf: bytes
    checks: tuple[CheckResult, ...]
    changes: Changes


def _check_ready(built: Built, acknowledged: Sequence[str], reason: str) -> None:
    s = built.scope.settings
    request = built.scope.request
    if not s.signer_name.strip() or not s.signer_title.strip():
        raise ValidationError(
            "Isi jabatan dan nama penanda tangan di Pengaturan › Kop dan laporan sebelum menerbitkan laporan."
        )
    if request.jenis != KHUSUS and not (request.kesimpulan.strip() or request.rekomendasi.strip()):
        raise ValidationError(
            "Tulis kesimpulan atau rekomendasi desk sebelum menerbitkan laporan.",
            field="kesimpulan",
        )
    missing = [f for f in built.failures if f not in set(acknowledged)]
    if missing:
        raise UnacknowledgedFailures(missing)
    if built.failures and not reason.strip():
        raise ValidationError(
            "Tulis alasan menerbitkan laporan meski ada ketidaksesuaian.", field="reason"
        )


def _serialization_failure(error: DBAPIError) -> bool:
    return getattr(getattr(error, "orig", None), "sqlstate", None) == "40001"


def issue(
    uow: UnitOfWork,
    request: BriefRequest,
    *,
    acknowledged: Sequence[str] = (),
    reason: str = "",
    reporter: Progress | None = None,
    at: datetime | None = None,
) -> Issued:
    """Issue the brief: numbered, stored, registered and audited, all or nothing."""
    uow.require(LAPORAN_TERBITKAN)
    for attempt in range(ATTEMPTS):
        try:
            return _issue_once(uow, request, acknowledged, reason, reporter or Progress(), at)
        except DBAPIError as error:
            if not _serialization_failure(error) or attempt == ATTEMPTS - 1:
                raise
            uow.session.rollback()
    raise AssertionError("unreachable")


def _snapshot(uow: UnitOfWork) -> None:
    """On PostgreSQL every query of the brief sees one snapshot, so no incident saved
    meanwhile can make one section disagree with another. (SQLite: the app's single
    database worker already keeps writes out while a brief is built.)"""
    if uow.session.get_bind().dialect.name != "postgresql":
        return
    session = uow.session
    if session.in_transaction() and not (session.new or session.dirty or session.deleted):
        # Something was read already (a preview in the same unit of work): the level can
        # only be set at a transaction's start, so start afresh - nothing is lost.
        session.rollback()
    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def _issue_once(uow, request, acknowledged, reason, reporter: Progress, at) -> Issued:
    _snapshot(uow)
    built = collect(uow, request, reporter=reporter, at=at)
    _check_ready(built, acknowledged, reason)
    scope = built.scope
    number = numbering.next_number(uow, scope.settings, scope.issued_on or scope.today)
    reporter.report(2, 3, "Menyusun PDF…")
    document = with_number(built, number, reason, uow.actor.full_name or uow.user)
    pdf = render(document)
    digest = sha256_of(pdf)
    folder = archive_dir(scope.settings.is_demo)
    name = file_name_for(request.jenis, number)
    s = scope.settings
    insiden_id = (
        find_incident(uow, request.insiden_number) if request.insiden_number.strip() else None
    )
    record = Laporan(
        number=number, jenis=request.jenis, period_start=request.period[0], period_end=request.period[1],
        classification=document.classification, subject=document.hal[:300], addressee=s.addressee[:200],
        signer_name=s.signer_name[:200], signer_title=s.signer_title[:200], signer_rank=s.signer_rank[:100],
        signer_nip=s.signer_nip[:30], generated_at=uow.now_utc(), generated_by=uow.user,
        file_name=name, sha256=digest, snapshot_at=scope.now, is_demo=s.is_demo,
        acknowledged_failures="\n".join(built.failures), summary_json=built.summary_json(),
        pemilihan_id=request.pemilihan_id, insiden_id=insiden_id,
    )  # fmt: skip
    uow.session.add(record)
    uow.session.flush()
    audit.record(
        uow.session, uow.user, audit.BRIEF, entity=LAPORAN, entity_uid=record.uid, note=number,
        changes={"jenis": request.jenis, "hal": document.hal, "sha256": digest, "berkas": name,
                 "ketidaksesuaian_diakui": list(built.failures), "alasan": reason.strip()},
    )  # fmt: skip
    berkas.put(uow.session, digest, "application/pdf", [pdf])
    handle, tmp = tempfile.mkstemp(prefix=".terbit-", suffix=".pdf", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        uow.commit()
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    target = folder / name
    os.replace(tmp, target)
    reporter.report(3, 3, "")
    return Issued(record.id, number, target, digest, pdf, built.checks,
                  Changes.of(LAPORAN, summary=f"Laporan {number} diterbitkan."))  # fmt: skip


# -- the register ----------------------------------------------------------------------


@dataclass(frozen=True)
class LaporanFilter:
    jenis: str = ""
    text: str = ""
    sort: str = "generated_at"
    descending: bool = True


@dataclass(frozen=True)
class LaporanRow:
    id: int
    number: str
    jenis: str
    period_start: date
    period_end: date
    subject: str
    classification: str
    signer_name: str
    generated_at: datetime
    generated_by: str
    snapshot_at: datetime
    file_name: str
    sha256: str
    acknowledged: bool
    is_demo: bool

    @property
    def jenis_label(self) -> str:
        return TITLES.get(self.jenis, self.jenis)


@dataclass(frozen=True)
class LaporanPage:
    rows: list[LaporanRow]
    total: int


SORT_KEYS = {
    "number": Laporan.number,
    "jenis": Laporan.jenis,
    "period_end": Laporan.period_end,
    "generated_at": Laporan.generated_at,
    "classification": Laporan.classification,
}


def _where(query, flt: LaporanFilter):
    query = query.where(Laporan.archived.is_(False))
    if flt.jenis:
        query = query.where(Laporan.jenis == flt.jenis)
    if flt.text.strip():
        needle = f"%{flt.text.strip()}%"
        query = query.where(or_(Laporan.number.ilike(needle), Laporan.subject.ilike(needle)))
    return query


def _row(r: Laporan) -> LaporanRow:
    return LaporanRow(
        r.id, r.number, r.jenis, r.period_start, r.period_end, r.subject, r.classification, r.signer_name,
        r.generated_at, r.generated_by, r.snapshot_at, r.file_name, r.sha256, bool(r.acknowledged_failures),
        r.is_demo,
    )  # fmt: skip


def query(
    uow: UnitOfWork,
    flt: LaporanFilter,
    offset: int = 0,
    limit: int = 200,
    known_total: int | None = None,
) -> LaporanPage:
    total = (
        known_total
        if known_total is not None
        else (uow.session.scalar(_where(select(func.count(Laporan.id)), flt)) or 0)
    )
    order = SORT_KEYS.get(flt.sort, Laporan.generated_at)
    order = order.desc() if flt.descending else order.asc()
    records = uow.session.scalars(
        _where(select(Laporan), flt).order_by(order, Laporan.id.desc()).offset(offset).limit(limit)
    )
    return LaporanPage([_row(r) for r in records], total)


@dataclass(frozen=True)
class Verification:
    number: str
    path: Path | None
    expected: str
    actual: str
    #: The file's bytes when it matches (to show it again); empty otherwise.
    pdf: bytes = b""

    @property
    def found(self) -> bool:
        return bool(self.actual)

    @property
    def ok(self) -> bool:
        return self.found and self.actual == self.expected

    def message(self) -> str:
        if not self.found:
            return (f"Berkas laporan {self.number} tidak ada di PC ini maupun di basis data"
                    f"{f' ({self.path})' if self.path else ''}. Pilih berkasnya untuk diverifikasi.")  # fmt: skip
        if self.ok:
            return f"Berkas sesuai dengan register: SHA-256 {self.actual}."
        return (f"BERKAS TIDAK SESUAI dengan laporan {self.number} yang diterbitkan: SHA-256 berkas "
                f"{self.actual}, seharusnya {self.expected}. Berkas ini telah berubah atau bukan laporan tersebut.")  # fmt: skip


def verify(uow: UnitOfWork, laporan_id: int, path: str | Path | None = None) -> Verification:
    """Compare a PDF with the register's SHA-256: the file at ``path``, else the brief's
    archived copy — the database's, shared by every PC of the desk (written to this PC's
    archive folder when intact, so the file there is the brief; reported as not matching,
    and never written, when it was changed). A changed file never passes. A brief issued
    before the database kept briefs is checked in this PC's archive, and shared when it
    matches."""
    record = uow.session.get(Laporan, laporan_id)
    if record is None or record.archived:
        raise NotFound("Laporan tidak ditemukan di register; muat ulang daftar.")
    target = Path(path) if path else archive_dir(record.is_demo) / record.file_name
    if path is None:
        try:
            stored = berkas.fetch(uow.session, record.sha256, target)
        except OSError as error:
            raise DomainError(
                f"Salinan laporan {record.number} tidak dapat ditulis ke {target.parent}: {os_reason(error)}."
            ) from error
        if stored is not None and stored != record.sha256:
            return Verification(record.number, None, record.sha256, stored)
    if not target.is_file():
        return Verification(record.number, target, record.sha256, "")
    data = target.read_bytes()
    actual = sha256_of(data)
    if path is None and actual == record.sha256 and not berkas.has(uow.session, actual):
        berkas.put(uow.session, actual, "application/pdf", [data])
        uow.commit()
    return Verification(
        record.number, target, record.sha256, actual, data if actual == record.sha256 else b""
    )


def acknowledged_failures(uow: UnitOfWork, laporan_id: int) -> list[str]:
    record = uow.session.get(Laporan, laporan_id)
    if record is None:
        raise NotFound("Laporan tidak ditemukan di register; muat ulang daftar.")
    return [line for line in record.acknowledged_failures.splitlines() if line.strip()]


def summary_of(uow: UnitOfWork, laporan_id: int) -> dict:
    record = uow.session.get(Laporan, laporan_id)
    return json.loads(record.summary_json or "{}") if record is not None else {}
