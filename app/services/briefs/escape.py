"""Text typed by users (chronologies, conclusions, names) goes into reportlab's paragraph
markup only through ``markup``: ``<``, ``>`` and ``&`` print as typed and can never open a
tag, control characters are dropped, and line breaks are kept."""

from __future__ import annotations

import re

#: Characters XML 1.0 cannot carry (reportlab's parser would fail on them).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(text: object) -> str:
    """Plain text safe for drawing directly on the canvas (no markup involved)."""
    return _CONTROL.sub("", "" if text is None else str(text)).replace("\r\n", "\n")


def markup(text: object) -> str:
    """Escaped paragraph markup for any text that did not come from this package."""
    value = clean(text).replace("\r", "\n")
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\n", "<br/>")
