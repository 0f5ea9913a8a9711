"""Filling a translated text's ``%1``, ``%2`` … in one pass.

The placeholders stay inside ``self.tr("…")`` so lupdate sees the whole sentence and a
translator may reorder them; the values are put in afterwards, all at once, so a value
that itself contains ``%2`` is never filled again. For a count, pass the count to
``tr()`` as well (``self.tr("%1 insiden", "", n)``): Qt then picks the translation's
plural form while the number keeps the desk's own formatting (``1.234``).
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def tr_args(text: str, *args: object) -> str:
    """``tr_args(self.tr("%1 dari %2"), a, b)``; a placeholder without a value stays."""

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 1 <= number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


def region_label(name: str) -> str:
    """The one short form of a kab/kota name on screens: ``Kabupaten Lebak`` → ``Kab. Lebak``;
    a city keeps its whole name (``Kota Tangerang Selatan``), so Kota and Kabupaten
    Tangerang never read alike."""
    return "Kab. " + name.removeprefix("Kabupaten ") if name.startswith("Kabupaten ") else name
