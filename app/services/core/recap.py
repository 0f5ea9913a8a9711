"""Recap figures against their children: the one rule behind "totals cannot lie".

A region's own figure (a province or kab/kota recap, as KPU publishes it) shadows its
children's figures when the app rolls figures up (``rollup``). So a recap must agree with
them: when every child region has the figure (its own, or the sum of its children found
the same way), the recap must equal their sum; when only some have it, the recap may not
be below what those already add up to (figures are never negative). The import refuses a
recap row that breaks this, and ``check`` flags a stored one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.services.core.formatting import number


@dataclass(frozen=True)
class Mismatch:
    code: str
    field: str
    recorded: int
    #: Sum of the children that have the figure.
    total: int
    #: Child regions, and how many of them have the figure.
    children: int
    known: int

    @property
    def complete(self) -> bool:
        return self.known == self.children

    def describe(self) -> str:
        """ "tidak sama dengan jumlah 8 wilayah di bawahnya (8.926.662; selisih 1.000)"."""
        if self.complete:
            return (
                f"tidak sama dengan jumlah {number(self.children)} wilayah di bawahnya "
                f"({number(self.total)}; selisih {number(abs(self.recorded - self.total))})"
            )
        return (
            f"lebih kecil daripada jumlah {number(self.known)} dari {number(self.children)} "
            f"wilayah di bawahnya ({number(self.total)})"
        )


def children_of(codes: Iterable[str]) -> dict[str, list[str]]:
    """Parent code → child codes, from dotted Kemendagri codes ("36.01" is under "36")."""
    children: dict[str, list[str]] = {}
    for code in sorted(set(codes)):
        if "." in code:
            children.setdefault(code.rsplit(".", 1)[0], []).append(code)
    return children


def mismatches(given: dict[str, dict[str, int]], children: dict[str, list[str]]) -> list[Mismatch]:
    """Every (region, figure) of ``given`` (code → figure → value) that disagrees with its
    children's figures (``given`` too, rolled up through ``children``)."""
    memo: dict[tuple[str, str], int | None] = {}

    def rolled(code: str, field: str) -> int | None:
        key = (code, field)
        if key not in memo:
            own = given.get(code, {}).get(field)
            if own is not None:
                memo[key] = own
            else:
                parts = [rolled(child, field) for child in children.get(code, ())]
                known = bool(parts) and all(p is not None for p in parts)
                memo[key] = sum(p for p in parts if p is not None) if known else None
        return memo[key]

    found = []
    for code, figures in given.items():
        below = children.get(code, ())
        if not below:
            continue
        for field, value in figures.items():
            if value is None:
                continue
            known = [p for p in (rolled(child, field) for child in below) if p is not None]
            total = sum(known)
            complete = len(known) == len(below)
            if known and (total != value if complete else total > value):
                found.append(Mismatch(code, field, value, total, len(below), len(known)))
    return found
