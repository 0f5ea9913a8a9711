"""Column widths that keep every word of a table whole: a figure like ``18.673.195``, a
date or a header word never breaks across lines ("Terlamb/at"). The widths the section
asked for are the starting point; a column too narrow for its longest word takes the
room from the columns that have some to spare."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

#: Left + right cell padding (points), as set in ``render.table``, and a little air.
PADDING = 7.0
#: No single column is widened past this share of the table for one long word.
MAX_SHARE = 0.4


def _longest_word(texts: Sequence[str], font: str, size: float) -> float:
    return max(
        (stringWidth(word, font, size) for text in texts for word in text.split()), default=0.0
    )


def fit_widths(
    columns: Sequence[Sequence[str]],
    header: Sequence[str],
    totals: Sequence[str] | None,
    weights: Sequence[float],
    width: float,
    *,
    font: str,
    bold: str,
    size: float,
) -> list[float]:
    """Widths (points) summing to ``width``; ``columns[i]`` are the body texts of column i,
    ``header`` and ``totals`` (the Jumlah row, or None) are printed bold."""
    wanted = [width * w / sum(weights) for w in weights]
    bold_texts = [[head] for head in header]
    if totals is not None:
        bold_texts = [[head, total] for head, total in zip(header, totals, strict=True)]
    need = [
        min(width * MAX_SHARE, max(_longest_word(body, font, size),
                                   _longest_word(strong, bold, size)) + PADDING)
        for body, strong in zip(columns, bold_texts, strict=True)
    ]  # fmt: skip
    widths = [max(w, n) for w, n in zip(wanted, need, strict=True)]
    excess = sum(widths) - width
    if excess <= 0:
        return widths
    slack = [w - n for w, n in zip(widths, need, strict=True)]
    spare = sum(s for s in slack if s > 0)
    if spare <= 0:  # nothing fits: scale everything (words may break, the table fits)
        return [w * width / sum(widths) for w in widths]
    take = min(1.0, excess / spare)
    widths = [w - max(s, 0) * take for w, s in zip(widths, slack, strict=True)]
    return [w * width / sum(widths) for w in widths]
