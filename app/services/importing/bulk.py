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

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from app.services.core import feed

#: Converted values kept per column, for values that repeat (the same stamp on every row).
MEMO_VALUES = 4096


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
    """``INSERT INTO table (columns) VALUES (…)`` for many rows, each a sequence of values
    in ``columns`` order (Python values, as the ORM would take them)."""

    def __init__(self, session: Session, table: Table, columns: Sequence[str]) -> None:
        self.session = session
        self.table = table
        self.columns = tuple(columns)
        dialect = session.get_bind().dialect
        quote = dialect.identifier_preparer
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        names = ", ".join(quote.format_column(table.c[name]) for name in self.columns)
        self.sql = (
            f"INSERT INTO {quote.format_table(table)} ({names}) "
            f"VALUES ({', '.join([marker] * len(self.columns))})"
        )
        self._convert: list[tuple[int, Callable[[Any], Any]]] = []
        for index, name in enumerate(self.columns):
            kind = table.c[name].type
            processor = kind.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self._convert.append((index, _memoised(processor)))

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
        if not self._convert:
            return [tuple(row) for row in rows]
        prepared = []
        for row in rows:
            values = list(row)
            for index, convert in self._convert:
                value = values[index]
                if value is not None:
                    values[index] = convert(value)
            prepared.append(tuple(values))
        return prepared


def insert_columns(table: Table) -> tuple[str, ...]:
    """Every column of ``table`` but an autoincrement primary key, in the table's order."""
    return tuple(c.key for c in table.columns if not (c.primary_key and c.autoincrement))
