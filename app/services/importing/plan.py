"""What an import will write, said before anything is written (issue 19).

A valid row is not always one record: a stage schedule applied to "Semua pemilihan"
writes each row once per contest (2 rows × 9 contests = 18 stages). A register whose rows
go to several places says where (``targets(context, valid)``: each place's label and the
rows written there); every other register writes each valid row once. The preview then lists the records to be written —
per place, each with the row it comes from and what it holds, in the user's own words
(the first cells of the row) — and counts them, so the button can say "Impor 18 catatan".

The listing is bounded (``LISTED`` entries); the count never is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.services.core import formatting
from app.services.importing import limits
from app.services.importing.values import CellError

#: Entries listed in the preview (all are counted).
LISTED = 1_000
#: Cells of a row shown beside it, and the characters of each.
SHOWN_CELLS, SHOWN_CELL_CHARS = 4, 40


@dataclass(frozen=True)
class Target:
    """A place the valid rows are written to ("" for the register itself) and how many
    records that is."""

    label: str
    records: int


@dataclass(frozen=True)
class Entry:
    target: str
    row: int
    text: str


@dataclass
class WritePlan:
    targets: list[Target] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)

    @property
    def records(self) -> int:
        return sum(t.records for t in self.targets)

    @property
    def not_listed(self) -> int:
        return self.records - len(self.entries)

    @property
    def several(self) -> bool:
        return len(self.targets) > 1


def row_text(columns: Any, values: dict[str, Any]) -> str:
    """A valid row in the user's own words: its first filled cells, in column order."""
    parts: list[str] = []
    for column in columns:
        value = values.get(column.key)
        if value is None or value == "" or isinstance(value, CellError):
            continue
        if isinstance(value, datetime):
            text = value.strftime("%d/%m/%Y %H.%M")
        elif isinstance(value, date):
            text = value.strftime("%d/%m/%Y")
        elif isinstance(value, bool):
            text = "ya" if value else "tidak"
        elif isinstance(value, int | float):
            text = formatting.number(value)
        else:
            text = limits.shown(value, SHOWN_CELL_CHARS)
        parts.append(text)
        if len(parts) == SHOWN_CELLS:
            break
    return " · ".join(parts)


def write_plan(spec: Any, context: Any, valid: list[Any], texts: dict[int, str]) -> WritePlan:
    """Where the ``valid`` rows are written, counted, and the first ``LISTED`` records
    listed with their row's text (``texts``, by sheet row number)."""
    if hasattr(spec, "targets"):
        places = spec.targets(context, valid)
    else:
        places = [("", [v.row for v in valid])]
    plan = WritePlan([Target(label, len(rows)) for label, rows in places])
    each = max(1, LISTED // max(len(places), 1))  # every place shows its first records
    for label, rows in places:
        plan.entries.extend(Entry(label, row, texts.get(row, "")) for row in rows[:each])
    return plan
