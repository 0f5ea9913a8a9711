"""What a register declares to become importable."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

from app.services.core.changes import Changes
from app.services.core.uow import UnitOfWork
from app.services.importing.columns import Column

R = TypeVar("R")


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str


class ValidRow(NamedTuple, Generic[R]):
    """A row that passed the preview (a tuple: made for each of up to 150.000 rows)."""

    row: int
    record: R


@dataclass(frozen=True)
class Outcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    changes: Changes = field(default_factory=Changes)
    #: What the user should know besides the counts (records left alone, and why).
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        return " ".join(
            (
                f"{self.created} data baru, {self.updated} diperbarui, "
                f"{self.unchanged} sudah sama (tidak diubah).",
                *self.notes,
            )
        )


class ImportSpec(Protocol[R]):
    """A register's import: its columns and its rules.

    ``build_row`` turns one row's parsed cells into a record or raises ``CellError``
    (with ``column`` set through ``RowProblem``); ``check_rows`` finds problems between
    rows (duplicates within the file, unknown parents); ``apply`` writes the records in
    the caller's unit of work without committing and must leave unchanged records alone
    so that re-importing a file changes nothing.

    Optional: ``apply(..., reporter=)`` reports progress and lets a cancel stop the write;
    ``required_groups`` (tuples of column keys, one of each must be present);
    ``option_fields(uow)`` for choices made before the preview (key, label, choices);
    ``reference_lists(uow)`` for the accepted values listed in the template;
    ``targets(context, valid)`` when valid rows are written to several places: each
    place's label and the sheet rows written there (e.g. each contest of "Semua
    pemilihan"), so the preview counts and lists what will be written (``importing.plan``).
    """

    jenis: str
    title: str
    columns: tuple[Column, ...]

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Any: ...

    def build_row(self, context: Any, values: dict[str, Any]) -> R: ...

    def check_rows(self, context: Any, rows: list[ValidRow[R]]) -> list[RowError]: ...

    def apply(self, uow: UnitOfWork, context: Any, records: list[R]) -> Outcome: ...


class RowProblem(Exception):
    """Raised by ``build_row`` for a rule that involves a named column."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason
