"""Unit of work: one Session per user action, committed explicitly, rolled back otherwise.

    with db.uow(user="operator1") as uow:
        tahapan.update_progress(uow, ...)   # the service calls uow.commit()

Who and when are stamped here, once, for every record (SPEC 4), rather than in each
service.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.models.base import Entity, utcnow
from app.services.errors import ConflictError, NotFound

T = TypeVar("T", bound=Entity)

CONFLICT_MESSAGE = (
    "Data ini baru saja diubah oleh pengguna lain. Perubahan Anda belum disimpan; "
    "muat ulang data untuk melihat versi terbaru, lalu ulangi perubahan."
)


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker, user: str = "") -> None:
        self._session_factory = session_factory
        self.user = user
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.session.info["user"] = self.user
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as error:
            self.session.rollback()
            raise ConflictError(CONFLICT_MESSAGE) from error

    def get(self, model: type[T], record_id: int, expected_version: int | None = None) -> T:
        """Load a record for editing; refuse when it changed since the user loaded it."""
        record = self.session.get(model, record_id)
        if record is None or record.archived:
            raise NotFound("Data tidak ditemukan; mungkin sudah diarsipkan. Muat ulang daftar.")
        if expected_version is not None and record.version != expected_version:
            raise ConflictError(CONFLICT_MESSAGE)
        return record


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    user = session.info.get("user", "")
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Entity):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by = obj.created_by or user
            obj.updated_by = user
    for obj in session.dirty:
        if isinstance(obj, Entity) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = user
