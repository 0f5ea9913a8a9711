"""Writing many rows of one table at once, for large imports.

The rows go to the database driver's own ``executemany`` in the unit of work's transaction
(all or nothing, as every write): SQLAlchemy would otherwise build and convert every
parameter of every row in Python, which costs more than the database's own work on
100.000 incidents. What SQLAlchemy does to a value on its way in is still done, by the
column type's own bind processor (a UTC timestamp stored the way ``UTCDateTime`` stores
it, on SQLite and PostgreSQL alike), once per distinct value where values repeat. The
change feed is told which table was written (``core.feed``), as it is for any bulk
statement, so the other PCs of the desk still learn of the import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.services.core import feed

#: Converted values kept per column, for values that repeat (the same stamp on every row).
MEMO_VALUES = 4096
#: SQLite's page cache while an import writes (KiB; its default is 2 MB): the indexes of a
#: large register (times, regions, uids) are updated all over, and a page read again from
#: the cache is a third cheaper than one read again from the file.
IMPORT_CACHE_KIB = 16 * 1024


def _memoised(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    memo: dict[Any, Any] = {}

    def converted(value: Any) -> Any:
        try:
            return memo[value]
        except KeyError:
            result = convert(value)
            if len(memo) < MEMO_VALUES:
                memo[value] = result
            return result

    return converted


class BulkInsert:
    """``INSERT INTO table (columns, constants) VALUES (…)`` for many rows: each row a
    sequence of values for ``columns`` (Python values, as the ORM would take them), and
    ``constants`` the values every row shares (who and when), converted once."""

    def __init__(
        self,
        session: Session,
        table: Table,
        columns: Sequence[str],
        constants: Mapping[str, Any] | None = None,
    ) -> None:
        self.session = session
        self.table = table
        self.columns = tuple(columns)
        constants = dict(constants or {})
        dialect = session.get_bind().dialect
        quote = dialect.identifier_preparer
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        every = self.columns + tuple(constants)
        names = ", ".join(quote.format_column(table.c[name]) for name in every)
        self.sql = (
            f"INSERT INTO {quote.format_table(table)} ({names}) "
            f"VALUES ({', '.join([marker] * len(every))})"
        )

        def processor(name: str) -> Callable[[Any], Any] | None:
            return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)

        self._convert = [
            (index, _memoised(convert))
            for index, name in enumerate(self.columns)
            if (convert := processor(name)) is not None
        ]
        self._shared = tuple(
            value if value is None or (convert := processor(name)) is None else convert(value)
            for name, value in constants.items()
        )

    def execute(self, rows: Iterable[Sequence[Any]]) -> int:
        """Insert ``rows`` (in the session's transaction); returns how many."""
        params = self._prepared(rows)
        if not params:
            return 0
        self.session.flush()  # what the session holds goes first, as with its own statements
        self.session.connection().exec_driver_sql(self.sql, params)
        feed.written(self.session, self.table.name)
        return len(params)

    def _prepared(self, rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
        shared = self._shared
        if not self._convert:
            return [(*row, *shared) for row in rows]
        prepared = []
        for row in rows:
            values = list(row)
            for index, convert in self._convert:
                value = values[index]
                if value is not None:
                    values[index] = convert(value)
            prepared.append((*values, *shared))
        return prepared


@contextmanager
def roomy_cache(session: Session) -> Iterator[None]:
    """Inside the block, SQLite keeps ``IMPORT_CACHE_KIB`` of pages for this session's
    connection, then its own size again (PostgreSQL sizes its own)."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    if not (isinstance(before, int) and -IMPORT_CACHE_KIB < before < 0):  # KiB; >0: pages
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with suppress(SQLAlchemyError):  # a broken connection is not reused anyway
            connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


def insert_columns(table: Table) -> tuple[str, ...]:
    """Every column of ``table`` but an autoincrement primary key, in the table's order."""
    return tuple(c.key for c in table.columns if not (c.primary_key and c.autoincrement))


def stamps(user: str, now: datetime) -> dict[str, Any]:
    """What every record created in bulk shares: the unit of work's stamps (``uow._stamp``)
    and the defaults of a new record's bookkeeping columns (``models.base.Entity``)."""
    return {"created_at": now, "created_by": user, "updated_at": now, "updated_by": user,
            "version": 1, "archived": False}  # fmt: skip
