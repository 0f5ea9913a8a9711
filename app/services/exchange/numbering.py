"""Record numbers ("INS-2024-000123") from another desk. Two desks number their own
records, so the same number may name different incidents: a number free here is kept
(and this desk's counter moves past it, so it is never issued twice); a taken one is
replaced by this desk's next number, and the user is told."""

from __future__ import annotations

import re

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from app.models import NomorUrut

CHUNK = 1000
#: "INS-2024-000123": counter "INS-2024" (services.nomor), number 123.
COUNTED = re.compile(r"([A-Z]+-\d{4})-(\d+)")


class Numbering:
    """Record numbers from another desk: kept when free here (and this desk's counter moves
    past them, so it never issues them again), otherwise replaced by a new number."""

    def __init__(
        self, session: Session, notes: list[str], source: Table, column: str, wanted: list[str]
    ) -> None:
        self.session = session
        self.notes = notes
        self.column = source.c[column]
        self.taken: set[str] = set()
        ordered = sorted(set(wanted))
        for i in range(0, len(ordered), CHUNK):
            part = ordered[i : i + CHUNK]
            self.taken.update(session.scalars(select(self.column).where(self.column.in_(part))))
        self.highest: dict[str, int] = {}

    def _is_taken(self, value: str) -> bool:
        if value in self.taken:
            return True
        found = self.session.scalar(select(self.column).where(self.column == value).limit(1))
        return found is not None

    def assign(self, value: str | None, label: str) -> str | None:
        if value is None:
            return None
        counted = COUNTED.fullmatch(value)
        if value not in self.taken:
            if counted:
                key, number = counted.group(1), int(counted.group(2))
                self.highest[key] = max(self.highest.get(key, 0), number)
            self.taken.add(value)
            return value
        new = value
        if counted:
            from app.services.core.nomor import next_value

            width = len(counted.group(2))
            while self._is_taken(new):
                issued = next_value(_Uow(self.session), counted.group(1))
                new = f"{counted.group(1)}-{issued:0{width}d}"
        else:
            n = 1
            while self._is_taken(new):
                n += 1
                new = f"{value[: (self.column.type.length or 40) - 4]}/{n}"
        self.taken.add(new)
        self.notes.append(
            f"{label} {value} dari paket sudah dipakai di desk ini; dicatat sebagai {new}."
        )
        return new

    def finish(self) -> None:
        """Move the counters past the numbers kept, so they are never issued again here."""
        session = self.session
        for key, number in self.highest.items():
            changed = session.execute(
                update(NomorUrut)
                .where(NomorUrut.key == key, NomorUrut.last < number)
                .values(last=number)
            ).rowcount
            if not changed and session.get(NomorUrut, key) is None:
                session.add(NomorUrut(key=key, last=number))
                session.flush()


class _Uow:
    """The little of a unit of work that ``services.nomor`` needs."""

    def __init__(self, session: Session) -> None:
        self.session = session
