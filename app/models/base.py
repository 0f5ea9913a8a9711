"""The declarative base and the columns every record carries (SPEC section 4)."""

from __future__ import annotations

import os
import random
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: Inside a unit of work, the desk clock's "now" (set by ``services.uow``): column defaults
#: and bulk inserts stamp records with the desk's time, not the wall clock's (SPEC 14).
DESK_NOW: ContextVar[Callable[[], datetime] | None] = ContextVar("desk_now", default=None)


def utcnow() -> datetime:
    desk_now = DESK_NOW.get()
    return desk_now() if desk_now is not None else datetime.now(UTC)


def _random_uid() -> str:
    return str(uuid.uuid4())


_uid_source: Callable[[], str] = _random_uid


def new_uid() -> str:
    return _uid_source()


#: A UUID's variant nibble (``10xx``) from a random hex digit.
_VARIANT = {f"{n:x}": "89ab"[n & 3] for n in range(16)}


def new_bulk_uids(count: int) -> list[str]:
    """``count`` uids for records written many at a time (an import): UUIDs version 7
    (RFC 9562, the time in milliseconds then 74 random bits), so each lands beside the
    previous one in the uid indexes instead of on a random page of them (a third less work
    for the database on 100.000 incidents). Seeded like ``new_uid`` inside
    ``reproducible_uids``."""
    if _uid_source is not _random_uid:
        return [_uid_source() for _ in range(count)]
    stamp = f"{time.time_ns() // 1_000_000:012x}"
    head = f"{stamp[:8]}-{stamp[8:]}-7"
    random_hex = os.urandom(10 * count).hex()
    return [
        f"{head}{r[0:3]}-{_VARIANT[r[3]]}{r[4:7]}-{r[7:19]}"
        for r in (random_hex[i : i + 20] for i in range(0, 20 * count, 20))
    ]


@contextmanager
def reproducible_uids(seed: int) -> Iterator[None]:
    """Inside the block, new uids come from a seeded generator: the demo database is the
    same wherever and whenever it is built (SPEC 12). Never used for real desk data."""
    global _uid_source
    rng = random.Random(seed)
    previous = _uid_source
    _uid_source = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731
    try:
        yield
    finally:
        _uid_source = previous


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and always hands back an aware UTC datetime, on SQLite and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: timestamps must carry a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Entity(Base):
    """Common columns: id, stable uid for exchange, who/when, optimistic lock, archive flag.

    ``version`` is SQLAlchemy's version counter: an UPDATE that finds another version in
    the row raises ``StaleDataError``, which the unit of work turns into a conflict message.
    """

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805
        return {"version_id_col": cls.version}
