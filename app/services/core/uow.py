"""Unit of work: one Session per user action, committed explicitly, rolled back otherwise.

    with db.uow(actor) as uow:
        tahapan.update_tahapan(uow, ...)   # the service calls uow.commit()

Who and when are stamped here, once, for every record (SPEC 4), and every change is
written to the audit log here (``services.audit``), rather than in each service. What a
commit changed is published to the desk's other programs in the same transaction
(``core.feed``).
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.models.base import DESK_NOW, Entity, new_uid, utcnow
from app.services.core import audit, feed
from app.services.core.actor import Actor, as_actor, require
from app.services.core.errors import ConflictError, NotFound

T = TypeVar("T", bound=Entity)

CONFLICT_MESSAGE = (
    "Data ini baru saja diubah oleh pengguna lain. Perubahan Anda belum disimpan; "
    "muat ulang data untuk melihat versi terbaru, lalu ulangi perubahan."
)


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker, actor: Actor | str = "") -> None:
        self._session_factory = session_factory
        self.actor = as_actor(actor)
        self.session: Session

    @property
    def user(self) -> str:
        return self.actor.username

    def require(self, permission: str) -> None:
        """Refuse the use case unless the acting user's role allows it."""
        require(self.actor, permission)

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.session.info["user"] = self.user
        self.session.info["now"] = self.now_utc
        self._now_token = DESK_NOW.set(self.now_utc)
        return self

    def now_utc(self):
        """The desk clock's "now" (SPEC 14): what every record of this unit is stamped with."""
        from app.services.core.clock import desk_clock

        return desk_clock(self).now_utc()

    def __exit__(self, *exc: object) -> None:
        try:
            self.session.rollback()
            self.session.close()
        finally:
            DESK_NOW.reset(self._now_token)

    def commit(self) -> None:
        # Remember which versions were being saved: if another PC saved first, the audit
        # log says what it changed after them.
        saving = [(o.uid, o.version) for o in self.session.dirty if isinstance(o, Entity) and o.uid]
        try:
            self.session.flush()
            feed.publish(self.session)  # the other PCs learn of it when (and if) it commits
            self.session.commit()
        except StaleDataError as error:
            self.session.rollback()
            details = "\n".join(
                filter(None, (audit.changes_since(self.session, uid, v) for uid, v in saving))
            )
            raise ConflictError(CONFLICT_MESSAGE + ("\n" + details if details else "")) from error

    def get(self, model: type[T], record_id: int, expected_version: int | None = None) -> T:
        """Load a record for editing; refuse when it changed since the user loaded it,
        saying who changed what in the meantime (from the audit log)."""
        record = self.session.get(model, record_id)
        if record is None or record.archived:
            raise NotFound("Data tidak ditemukan; mungkin sudah diarsipkan. Muat ulang daftar.")
        if expected_version is not None and record.version != expected_version:
            details = audit.changes_since(self.session, record.uid, expected_version)
            raise ConflictError(CONFLICT_MESSAGE + ("\n" + details if details else ""))
        return record


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    user = session.info.get("user", "")
    clock_now = session.info.get("now")
    now = clock_now() if clock_now is not None else utcnow()
    for obj in session.new:
        if isinstance(obj, Entity):
            obj.uid = obj.uid or new_uid()
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by = obj.created_by or user
            obj.updated_by = user
    for obj in session.dirty:
        if isinstance(obj, Entity) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = user
    audit.capture(session, user, now)
