"""Readings shared within one unit of work: an aggregate several parts of one use case
need (a brief's Logistik section, its early-warning projection and its checks all read
the same million consignment lines) is computed once and handed to each of them.

A kept reading lives only as long as the unit of work writes nothing: any flush, bulk
statement, commit or rollback forgets them all, and a session holding unsaved changes
never reuses one. Callers must treat what they get as read-only (the readings are
frozen dataclasses and plain containers of them).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.services.core.uow import UnitOfWork

T = TypeVar("T")
_KEY = "desk_readings"


def once(uow: UnitOfWork, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or what it gave earlier in this unit of work for ``key``."""
    session = uow.session
    if session.new or session.dirty or session.deleted:
        session.info.pop(_KEY, None)
        return compute()
    kept: dict[Hashable, Any] = session.info.setdefault(_KEY, {})
    if key not in kept:
        kept[key] = compute()
    return kept[key]


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_KEY, None)


def _forget_on_write(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        _forget(state.session)


for _event in ("after_flush", "after_commit", "after_rollback"):
    event.listen(Session, _event, _forget)
event.listen(Session, "do_orm_execute", _forget_on_write)
