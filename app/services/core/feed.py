"""The shared desk's change feed (SPEC 10): what one program commits, every other program
on the desk learns within seconds, without anyone pressing F5.

Publishing happens in the unit of work, on commit: the session's flushes and statements
are watched here (which tables, which record ids), and ``publish`` adds, in the same
transaction, one message naming the areas and ids that changed — never the data itself,
so no personal data travels. On PostgreSQL the message is a ``NOTIFY`` on ``CHANNEL``
(delivered only when the transaction commits, to every PC that ``LISTEN``s); on SQLite it
is a row of ``perubahan`` that other programs on the PC read after ``PRAGMA
data_version`` moves (``feed_watch``).

The areas are the keys pages already react to (``core.changes``): a message becomes a
``Changes`` on the window's one change signal.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import delete, event, func, insert, select
from sqlalchemy.orm import Session

from app.models import Base, Perubahan
from app.services.core import audit
from app.services.core import changes as keys

#: The PostgreSQL notification channel every PC of a desk listens on.
CHANNEL = "desk_pilkada_perubahan"
#: This program: a window ignores what it committed itself (its pages already know).
ORIGIN = str(uuid.uuid4())
_origin: ContextVar[str] = ContextVar("feed_origin", default=ORIGIN)

#: Which area a table's rows belong to: the keys of ``core.changes`` (and of the areas'
#: own constants: "lampiran", "laporan", "pengguna"). Tables not listed never publish.
TABLE_AREAS: dict[str, str] = {
    "insiden": keys.INSIDEN, "riwayat_insiden": keys.INSIDEN, "pesan_laporan": keys.INSIDEN,
    "pengiriman": keys.LOGISTIK, "pengiriman_baris": keys.LOGISTIK, "kebutuhan": keys.LOGISTIK,
    "sosialisasi": keys.SOSIALISASI, "sosialisasi_sasaran": keys.SOSIALISASI,
    "partisipasi": keys.PARTISIPASI, "pemilihan_lalu": keys.PARTISIPASI,
    "kerawanan": keys.KERAWANAN,
    "tahapan": keys.TAHAPAN, "catatan_tahapan": keys.TAHAPAN,
    "wilayah": keys.WILAYAH, "pemilihan": keys.PEMILIHAN, "referensi": keys.REFERENSI,
    "pengaturan": keys.PENGATURAN,
    "lampiran": "lampiran", "laporan": "laporan", "pengguna": "pengguna",
}  # fmt: skip
#: Every area a message can name: what a full refresh reloads.
ALL_AREAS = frozenset(TABLE_AREAS.values())
#: Ids named per table; more than this and the message names the table only.
MAX_IDS = 50
#: A NOTIFY payload must stay under 8000 bytes.
MAX_PAYLOAD = 7000
#: SQLite keeps about this many rows of ``perubahan``, pruned every ``PRUNE_EVERY``.
KEEP, PRUNE_EVERY = 1000, 100
_KEY = "desk_feed"


@dataclass(frozen=True)
class Arrival:
    """What another program changed: the areas, and the (table, id) of the records when
    few enough to name. ``everything``: the feed may have missed changes (it was cut off,
    or the database was replaced) and every page should reload once."""

    areas: frozenset[str] = frozenset()
    records: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    everything: bool = False

    @classmethod
    def full(cls) -> Arrival:
        return cls(ALL_AREAS, frozenset(), everything=True)

    def merge(self, other: Arrival) -> Arrival:
        return Arrival(self.areas | other.areas, self.records | other.records,
                       self.everything or other.everything)  # fmt: skip

    def to_changes(self) -> keys.Changes:
        return keys.Changes(self.areas)


def origin() -> str:
    return _origin.get()


@contextmanager
def acting_as(name: str) -> Iterator[None]:
    """Inside the block this thread commits as another program (tests: a second PC)."""
    token = _origin.set(name)
    try:
        yield
    finally:
        _origin.reset(token)


# -- what a session changed -----------------------------------------------------------
def _touched(session: Session) -> dict[str, set[int] | None]:
    return session.info.setdefault(_KEY, {})


def _note(session: Session, table: str | None, record_id: Any) -> None:
    if table not in TABLE_AREAS:
        return
    touched = _touched(session)
    ids = touched.setdefault(table, set())
    if ids is None:
        return
    if isinstance(record_id, int) and len(ids) < MAX_IDS:
        ids.add(record_id)
    else:
        touched[table] = None  # too many, or not known: the table only


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: Any) -> None:
    for obj in chain(session.new, session.dirty, session.deleted):
        _note(session, getattr(obj, "__tablename__", None), getattr(obj, "id", None))
        owner = getattr(obj, "owner_type", None)  # an attachment also changes its owner
        if owner in TABLE_AREAS:
            _note(session, owner, getattr(obj, "owner_id", None))


@event.listens_for(Session, "do_orm_execute")
def _executed(state: Any) -> None:
    """Bulk statements (imports, exchange packages) name their table without ids."""
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        _note(state.session, getattr(table, "name", None), None)


def written(session: Session, table: str) -> None:
    """Rows a bulk writer sent to the driver itself (an import's ``executemany`` past the
    session's statements): the table is named without ids, as a bulk statement is."""
    _note(session, table, None)


@event.listens_for(Session, "after_soft_rollback")
def _rolled_back(session: Session, previous: Any) -> None:
    if not previous.nested:  # a savepoint undone leaves the rest of the transaction
        session.info.pop(_KEY, None)


# -- the message ------------------------------------------------------------------------
def encode(touched: dict[str, set[int] | None], sender: str) -> str:
    areas = sorted({TABLE_AREAS[t] for t in touched})
    ids = {t: sorted(v) for t, v in sorted(touched.items()) if v}
    payload = json.dumps({"o": sender, "a": areas, "i": ids}, separators=(",", ":"))
    if len(payload) > MAX_PAYLOAD:
        payload = json.dumps({"o": sender, "a": areas, "i": {}}, separators=(",", ":"))
    return payload


def decode(payload: str) -> tuple[str, Arrival] | None:
    """(sender, what changed); None for a message this version cannot read."""
    try:
        data = json.loads(payload)
        sender = str(data["o"])
        areas = frozenset(str(a) for a in data.get("a", ()))
        records = frozenset(
            (str(table), int(i)) for table, ids in dict(data.get("i", {})).items() for i in ids
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return sender, Arrival(areas, records)


def publish(session: Session) -> None:
    """Called by the unit of work just before it commits: the message joins the transaction,
    so it is delivered exactly when (and only if) the changes become visible."""
    touched = session.info.pop(_KEY, None)
    if not touched:
        return
    payload = encode(touched, origin())
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(select(func.pg_notify(CHANNEL, payload)))
        return
    clock_now = session.info.get("now")
    values = {"origin": origin(), "payload": payload}
    if clock_now is not None:
        values["at"] = clock_now()
    row_id = session.execute(insert(Perubahan).values(**values)).inserted_primary_key[0]
    if row_id % PRUNE_EVERY == 0:
        session.execute(delete(Perubahan).where(Perubahan.id <= row_id - KEEP))


def merged(arrivals: Iterable[Arrival]) -> Arrival:
    result = Arrival()
    for arrival in arrivals:
        result = result.merge(arrival)
    return result


def changed_since(uow: Any, table: str, record_id: int, version: int) -> str:
    """Who changed a record after ``version``, one line a save (from the audit log, as the
    conflict message says it): what an open form is told when its record moved on."""
    source = Base.metadata.tables.get(table)
    if source is None or "uid" not in source.c:
        return ""
    uid = uow.session.scalar(select(source.c.uid).where(source.c.id == record_id))
    return audit.changes_since(uow.session, uid, version) if uid else ""
