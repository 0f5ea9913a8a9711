"""Entry point of the frozen program (PyInstaller): the same ``main`` as ``python -m app``."""

import sys


def _unicode_output() -> None:
    """Output redirected to a file or pipe (scheduled jobs, scripts) would use the ANSI code
    page, where a '≥' or '—' in a message makes print() fail; a console is Unicode already."""
    for stream in (sys.stdout, sys.stderr):  # None in the windowed program
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    _unicode_output()
    from app.__main__ import main

    sys.exit(main())
