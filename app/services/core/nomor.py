"""Official numbers from counters updated in the caller's transaction: two PCs on one
PostgreSQL server queue on the counter's row lock, and a rolled-back record gives its
number back untouched, so no number is ever issued twice."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from app.models import NomorUrut
from app.services.core.uow import UnitOfWork


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


def reserve(uow: UnitOfWork, key: str, count: int) -> int:
    """Take ``count`` consecutive numbers at once (an import of many records); the first.
    One statement, so a 100.000-row import does not queue 100.000 times on the lock."""
    session = uow.session
    bump = (
        update(NomorUrut)
        .where(NomorUrut.key == key)
        .values(last=NomorUrut.last + count)
        .returning(NomorUrut.last)
        .execution_options(synchronize_session=False)
    )
    last = session.execute(bump).scalar()
    if last is None:
        try:
            with session.begin_nested():
                session.add(NomorUrut(key=key, last=0))
        except IntegrityError:
            pass  # another PC created the counter first; bump it below
        last = session.execute(bump).scalar()
    return int(last) - count + 1


def raise_to(uow: UnitOfWork, key: str, value: int) -> None:
    """Make sure the counter never issues ``value`` or below again: an imported record
    keeps the number it came with, and the next new record gets a higher one."""
    session = uow.session
    lift = (
        update(NomorUrut)
        .where(NomorUrut.key == key, NomorUrut.last < value)
        .values(last=value)
        .returning(NomorUrut.key)
        .execution_options(synchronize_session=False)
    )
    if session.execute(lift).first() is None and session.get(NomorUrut, key) is None:
        try:
            with session.begin_nested():
                session.add(NomorUrut(key=key, last=value))
        except IntegrityError:
            session.execute(lift)  # another PC created the counter first
