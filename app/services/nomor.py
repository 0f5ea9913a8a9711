"""Official numbers from counters updated in the caller's transaction: two PCs on one
PostgreSQL server queue on the counter's row lock, and a rolled-back record gives its
number back untouched, so no number is ever issued twice."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from app.models import NomorUrut
from app.services.uow import UnitOfWork


def next_value(uow: UnitOfWork, key: str) -> int:
    session = uow.session
    bump = (
        update(NomorUrut)
        .where(NomorUrut.key == key)
        .values(last=NomorUrut.last + 1)
        .returning(NomorUrut.last)
    )
    value = session.execute(bump).scalar()
    if value is None:
        try:
            with session.begin_nested():
                session.add(NomorUrut(key=key, last=0))
        except IntegrityError:
            pass  # another PC created the counter first; bump it below
        value = session.execute(bump).scalar()
    return int(value)


def insiden_number(uow: UnitOfWork, year: int) -> str:
    return f"INS-{year}-{next_value(uow, f'INS-{year}'):06d}"
