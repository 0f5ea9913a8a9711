"""Whether the Windows program runs under Wine (where the installer is built and tested on
Linux, installer/). Qt PDF (PDFium) of PySide6 6.9 aborts the process under Wine 8 as soon
as a QPdfDocument is created, so the PDF preview treats the module as missing there and
says so; on real Windows nothing changes."""

from __future__ import annotations

import sys
from functools import cache


@cache
def under_wine() -> bool:
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False
