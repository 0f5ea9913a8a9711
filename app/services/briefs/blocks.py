"""What a section says, as plain data: paragraphs, lists, tables, charts. Sections build
these from the aggregation services; ``render`` alone turns them into PDF. Figures stay
numbers here (formatted only when drawn), so tests compare them with the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Para:
    """A paragraph; ``lead`` is printed in bold before the text. Both are escaped."""

    text: str
    lead: str = ""
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside a section (e.g. "Insiden menonjol")."""

    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = True


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    #: The totals row, drawn bold under a rule; None for no totals.
    total: tuple[Any, ...] | None = None
    #: Relative column widths; None shares the width evenly.
    widths: tuple[float, ...] | None = None
    caption: str = ""
    #: Decimal places for float cells (percentages and the like).
    decimals: int = 0


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    #: Hex colour, e.g. "#d64545".
    color: str


@dataclass(frozen=True)
class Chart:
    """A vector chart. ``kind``: "stacked" (stacked columns), "bars" (grouped columns).
    ``target`` draws a horizontal reference line (e.g. a turnout target)."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    kind: str = "stacked"
    value_label: str = ""
    target: float | None = None
    target_label: str = ""


@dataclass(frozen=True)
class KeyValues:
    """Label–value lines, e.g. the KPI figures of Situasi umum."""

    pairs: tuple[tuple[str, Any], ...]
    #: The share of the width the labels take.
    label_share: float = 0.48


Block = Para | Heading | Bullets | Table | Chart | KeyValues


@dataclass(frozen=True)
class SectionContent:
    """What one section function returns.

    ``figures`` are named numbers for the reconciliation checks; ``summary`` is stored
    with the issued brief so the next one can say what changed; ``changes`` are the lines
    this section adds to "Perubahan sejak laporan terakhir"; ``kpis`` are the lines it
    adds to "Situasi umum".
    """

    blocks: tuple[Block, ...] = ()
    figures: dict[str, float] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    changes: tuple[str, ...] = ()
    kpis: tuple[tuple[str, Any], ...] = ()
    #: False when the data area does not exist in this version of the app.
    available: bool = True
    #: Readiness findings the section reports (and offers for the conclusions).
    findings: tuple[str, ...] = ()
