"""The brief's one rule for percentages, stated once in the brief (Situasi umum): every
percentage is cut (not rounded) to two decimals, so a figure short of a threshold — 100%
of the requirement, a turnout target — never prints as reaching it."""

from __future__ import annotations

import math

from app.services.core import formatting

DECIMALS = 2
RULE = (
    "Semua persentase dalam laporan ini dipotong (tidak dibulatkan) pada dua angka desimal, "
    "sehingga angka yang belum mencapai suatu ambang tidak tercetak seolah-olah mencapainya."
)


def cut(percent: float | None) -> float | None:
    """A percentage cut toward zero at two decimals (None stays None)."""
    if percent is None:
        return None
    scale = 10**DECIMALS
    return math.trunc(round(percent * scale, 6)) / scale


def of_ratio(ratio: float | None) -> float | None:
    """A ratio (0.99985) as the printed percentage (99.98)."""
    return None if ratio is None else cut(ratio * 100)


def text(percent: float | None) -> str:
    """ "66,05%"; "–" for no figure."""
    value = cut(percent)
    return "–" if value is None else formatting.number(value, DECIMALS) + "%"


def ratio_text(ratio: float | None) -> str:
    return text(None if ratio is None else ratio * 100)


def points(value: float | None) -> str:
    """A difference in percentage points, cut the same way: "1,25 poin"."""
    cut_value = cut(value)
    return "–" if cut_value is None else f"{formatting.number(abs(cut_value), DECIMALS)} poin"


def cell(percent: float | None) -> float | str:
    """A table cell: the cut percentage, or "–"."""
    value = cut(percent)
    return "–" if value is None else value


def ratio_cell(ratio: float | None) -> float | str:
    return cell(None if ratio is None else ratio * 100)
