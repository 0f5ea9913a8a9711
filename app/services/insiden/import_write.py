"""Writing checked incident rows: which rows are incidents the desk already has, updating
those (only while open), and creating the rest with their history entry and number."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditLog, Insiden, RiwayatInsiden
from app.models.base import new_bulk_uids
from app.models.insiden import BARU, SELESAI, TIDAK_VALID
from app.services.core import audit, nomor
from app.services.core.changes import Changes
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import WilayahIndex
from app.services.importing.bulk import BulkInsert, insert_columns, stamps
from app.services.importing.spec import Outcome
from app.services.insiden.export import mask_phones_in
from app.services.insiden.import_lookup import ContestMatcher, RefMatcher, StageMatcher
from app.services.insiden.workflow import INSIDEN

NUMBER = re.compile(r"^INS-(\d{4})-(\d{1,9})$")
CHUNK = 1000
KEY_TEXT = 200


def chronology_key(chronology: str) -> str:
    """Phone numbers are masked first, so a masked export still finds its incidents."""
    return " ".join(mask_phones_in(chronology).split()).casefold()[:KEY_TEXT]


def natural_key(
    occurred: datetime, code: str, tps: str, kategori_id: int, chronology: str
) -> tuple:
    minute = occurred.astimezone(UTC).replace(second=0, microsecond=0)
    return (minute, code, tps, kategori_id, chronology_key(chronology))


def _same(stored: Any, given: Any) -> bool:
    """Times that went through a spreadsheet keep whole seconds at best."""
    if isinstance(stored, datetime) and isinstance(given, datetime):
        return abs((stored - given).total_seconds()) < 1
    return stored == given


@dataclass(slots=True)
class Baris:
    """One incident row, checked: model fields for the columns the file has."""

    number: str
    fields: dict[str, Any]
    status: str
    key: tuple


@dataclass
class Context:
    tz: ZoneInfo
    now: datetime
    regions: WilayahIndex
    kategori: RefMatcher
    sumber: RefMatcher
    instansi: RefMatcher
    contests: ContestMatcher
    stages: StageMatcher
    may_set_status: bool
    #: number → (id, occurred_at) of every incident in the database
    numbers: dict[str, tuple[int, datetime]]
    #: natural key → id
    keys: dict[tuple, int]
    #: numbers of archived incidents: never given again
    archived_numbers: set[str] = field(default_factory=set)
    source_file: str = ""
    #: region cells → (id, code) or the problem with them, resolved once per import
    regions_seen: dict[tuple, Any] = field(default_factory=dict)
    #: TPS cells → the normalised number or the problem with it, likewise
    tps_seen: dict[Any, Any] = field(default_factory=dict)
    kategori_active: set[int] = field(default_factory=set)


def apply(
    uow: UnitOfWork,
    context: Context,
    records: list[Baris],
    reporter: Progress | None = None,
) -> Outcome:
    """Create the new incidents and update the matched ones (see ``insiden_spec``), in
    chunks that report progress; the caller commits, so a cancel leaves nothing."""
    reporter = reporter or Progress()
    session = uow.session
    new: list[Baris] = []
    matched: dict[int, Baris] = {}
    for record in records:
        found = context.numbers.get(record.number, (None, None))[0] if record.number else None
        found = found or context.keys.get(record.key)
        if found is None:
            new.append(record)
        else:
            matched[found] = record
    total = len(records)
    updated, unchanged, closed = _update(session, matched, reporter, total)
    numbers = _numbers(uow, new, context)
    done = len(matched)
    writer = _Writer(uow, context, f"Diimpor dari berkas {context.source_file}".strip())
    for start in range(0, len(new), CHUNK):
        reporter.report(
            done, total, f"Menyimpan insiden baru {done + 1}–{min(total, done + CHUNK)}…"
        )
        chunk = new[start : start + CHUNK]
        writer.insert(chunk, numbers[start : start + CHUNK])
        done += len(chunk)
    notes = ()
    if closed:
        notes = (
            f"{closed} insiden yang sudah Selesai/Tidak valid tidak diubah; buka kembali dulu bila perlu.",
        )
    return Outcome(
        len(new), updated, unchanged,
        Changes.of(INSIDEN, summary=f"Impor insiden: {len(new)} baru, {updated} diperbarui, {unchanged} sudah sama."),
        notes=notes,
    )  # fmt: skip


def _update(
    session: Session, matched: dict[int, Baris], reporter: Progress, total: int
) -> tuple[int, int, int]:
    updated = unchanged = closed = 0
    ids = list(matched)
    for start in range(0, len(ids), CHUNK):
        reporter.report(start, total, "Membandingkan dengan insiden yang sudah ada…")
        batch = session.scalars(select(Insiden).where(Insiden.id.in_(ids[start : start + CHUNK])))
        for incident in batch:
            fields = matched[incident.id].fields
            differs = {k: v for k, v in fields.items() if not _same(getattr(incident, k), v)}
            if differs.get("chronology") == mask_phones_in(incident.chronology):
                del differs["chronology"]  # a masked export says nothing new
            if not differs:
                unchanged += 1
            elif incident.status in (SELESAI, TIDAK_VALID):
                closed += 1
            else:
                for key, value in differs.items():
                    setattr(incident, key, value)
                updated += 1
        session.flush()
        session.expunge_all()
    return updated, unchanged, closed


def _numbers(uow: UnitOfWork, new: list[Baris], context: Context) -> list[str]:
    """The number of each new incident: the one it came with (the counter is raised past
    it first), or the next of its year, taken as one block per year."""
    highest: dict[int, int] = {}
    wanted: dict[int, int] = {}
    years: list[int] = []
    for record in new:
        if record.number and (match := NUMBER.match(record.number)):
            year, value = int(match.group(1)), int(match.group(2))
            highest[year] = max(highest.get(year, 0), value)
            years.append(0)
        else:
            year = record.fields["occurred_at"].astimezone(context.tz).year
            wanted[year] = wanted.get(year, 0) + 1
            years.append(year)
    for year, value in sorted(highest.items()):
        nomor.raise_to(uow, f"INS-{year}", value)
    following = {
        year: nomor.reserve(uow, f"INS-{year}", count) for year, count in sorted(wanted.items())
    }
    numbers = []
    for record, year in zip(new, years, strict=True):
        if not year:
            numbers.append(record.number)
            continue
        numbers.append(f"INS-{year}-{following[year]:06d}")
        following[year] += 1
    return numbers


#: Every incident column an import may leave out, with the value the form would give it.
_DEFAULTS = {
    "tps": "", "place_detail": "", "latitude": None, "longitude": None, "pemilihan_id": None,
    "tahapan_id": None, "sumber_id": None, "reporter": "", "reporter_phone": "",
    "chronology": "", "parties": "", "losses": "", "actions_taken": "", "escalated_to_id": None,
    "follow_up_deadline": None, "outcome": "", "linked_to_id": None,
}  # fmt: skip


class _Writer:
    """Inserts chunks of new incidents with their history entry and the audit entries the
    unit of work adds to records created one by one (stamped the same way), through the
    driver's executemany (``importing.bulk``): the ORM would send one INSERT per record
    (SQLite cannot return generated ids of a batch in order), and SQLAlchemy's work per
    parameter alone costs more than the database's on 100.000 rows."""

    def __init__(self, uow: UnitOfWork, context: Context, note: str) -> None:
        session = uow.session
        self.session, self.user, self.context, self.note = session, uow.user, context, note
        now = uow.now_utc()
        shared = stamps(self.user, now)
        incident_columns = [c for c in insert_columns(Insiden.__table__) if c not in shared]
        self.incidents = BulkInsert(session, Insiden.__table__, incident_columns, shared)
        self._incident_values = itemgetter(*incident_columns)
        self.history_shared = {"at": context.now, "username": self.user, "from_status": ""}
        self.history = BulkInsert(
            session, RiwayatInsiden.__table__, ("uid", "insiden_id", "to_status", "note"),
            {**self.history_shared, **shared},
        )  # fmt: skip
        self.audit = {
            table: BulkInsert(session, AuditLog.__table__, audit.CREATED_COLUMNS,
                              audit.created_shared(self.user, now, table))
            for table in (Insiden.__tablename__, RiwayatInsiden.__tablename__)
        }  # fmt: skip

    def insert(self, chunk: list[Baris], numbers: list[str]) -> None:
        context, note = self.context, self.note
        reported = context.now.replace(microsecond=0)
        may_set_status = context.may_set_status
        uids = new_bulk_uids(len(chunk))
        values = []  # each incident's columns but the bookkeeping ones: its audit entry
        for record, number, uid in zip(chunk, numbers, uids, strict=True):
            row = {**_DEFAULTS, **record.fields, "uid": uid, "number": number}
            row.setdefault("reported_at", max(reported, row["occurred_at"]))
            row["status"] = record.status if record.status and may_set_status else BARU
            values.append(row)
        self.incidents.execute(map(self._incident_values, values))
        ids = dict(
            self.session.execute(select(Insiden.uid, Insiden.id).where(Insiden.uid.in_(uids))).all()
        )
        history_uids = new_bulk_uids(len(chunk))
        history = [
            (uid, ids[row["uid"]], row["status"],
             note if row["status"] == BARU else f"{note}, dengan status {row['status']}")
            for uid, row in zip(history_uids, values, strict=True)
        ]  # fmt: skip
        self.history.execute(history)
        for row in values:
            del row["uid"]
            row["archived"] = False
        self.audit[Insiden.__tablename__].execute(audit.created_rows(uids, values))
        shared = {**self.history_shared, "archived": False}
        self.audit[RiwayatInsiden.__tablename__].execute(
            audit.created_rows(
                history_uids,
                [{"insiden_id": i, "to_status": s, "note": n, **shared} for _u, i, s, n in history],
            )
        )
