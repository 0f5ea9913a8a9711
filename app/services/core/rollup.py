"""Rolling figures up the region tree in SQL, the same way for every register that stores
figures per wilayah at any level (partisipasi, earlier elections, TPS rawan counts).

Rule: a region's figure is its own record's when it has one, otherwise the sum of its
children's figures, each found the same way. In SQL: sum the records that have the figure
and have no ancestor record (inside the region) that has it too. A kab/kota recap and the
desa figures below it are therefore never counted twice, and a province total mixes a
kab/kota entered as one recap with another entered desa by desa correctly.

Two ways to say "no ancestor record has it": ``topmost`` (a correlated EXISTS, for any
set) and ``Ancestors`` (one outer join per ancestor level, for registers holding at most
one record per region and set: several times faster when many figures share the test).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal_column, or_
from sqlalchemy.orm import aliased

#: Length of a dotted Kemendagri code at each level: "36", "36.01", "36.01.01", "36.01.01.2001".
CODE_LENGTH = {1: 2, 2: 5, 3: 8, 4: 13}
LEVEL_OF_LENGTH = {length: level for level, length in CODE_LENGTH.items()}
NOTE = (
    "Angka suatu wilayah = catatan wilayah itu sendiri bila ada, selain itu jumlah angka "
    "wilayah di bawahnya (dihitung dengan cara yang sama); catatan dua tingkat tidak pernah "
    "dijumlahkan bersama."
)


def in_subtree(column: Any, code: str) -> Any:
    return or_(column == code, column.like(f"{code}.%"))


def code_prefix(column: Any, level: int) -> Any:
    """The code of the region at ``level`` that contains the record. Literal arguments:
    PostgreSQL must see the GROUP BY expression equal to the SELECT one."""
    return func.substr(column, literal_column("1"), literal_column(str(CODE_LENGTH[level])))


def topmost(
    model: type,
    level: int,
    known: Callable[[Any], Any],
    same_set: Callable[[Any, Any], Any],
) -> Any:
    """Condition on ``model`` rows: the row has the figure (``known``) and no proper
    ancestor row of the same set (``same_set(ancestor, row)``) inside the region at
    ``level`` has it."""
    ancestor = aliased(model)
    lengths = [n for n in CODE_LENGTH.values() if CODE_LENGTH[level] <= n < CODE_LENGTH[4]]
    prefixes = [
        func.substr(model.wilayah_code, literal_column("1"), literal_column(str(n)))
        for n in lengths
    ]
    shadowed = exists().where(
        ancestor.archived.is_(False),
        same_set(ancestor, model),
        ancestor.wilayah_code.in_(prefixes),
        func.length(ancestor.wilayah_code) < func.length(model.wilayah_code),
        known(ancestor),
    )
    return and_(known(model), ~shadowed)


@dataclass(frozen=True)
class Ancestors:
    """The proper ancestor records of each ``model`` row inside the region at ``level``,
    joined once: one outer join per ancestor level (kab/kota, kecamatan, …), looked up by
    code. ``same_set(ancestor, row)`` must single out at most one record per region (a
    unique key, e.g. the contest of a partisipasi record), else rows would be repeated.

    ``join`` adds the joins to a statement selecting from ``model``; ``topmost(known)``
    is then the same condition as ``topmost(model, level, known, same_set)``."""

    model: type
    level: int
    same_set: Callable[[Any, Any], Any]

    @cached_property
    def _levels(self) -> list[tuple[Any, int]]:
        lengths = [n for n in CODE_LENGTH.values() if CODE_LENGTH[self.level] <= n < CODE_LENGTH[4]]
        return [(aliased(self.model, name=f"ancestor_{n}"), n) for n in lengths]

    def join(self, statement: Select) -> Select:
        code = self.model.wilayah_code
        for ancestor, length in self._levels:
            prefix = func.substr(code, literal_column("1"), literal_column(str(length)))
            statement = statement.outerjoin(
                ancestor,
                and_(
                    func.length(code) > length,
                    ancestor.wilayah_code == prefix,
                    ancestor.archived.is_(False),
                    self.same_set(ancestor, self.model),
                ),
            )
        return statement

    def topmost(self, known: Callable[[Any], Any]) -> Any:
        """Condition: the row has the figure and no joined ancestor has it."""
        return and_(
            known(self.model),
            *(or_(ancestor.id.is_(None), ~known(ancestor)) for ancestor, _ in self._levels),
        )
