"""The brief's typeface: a system Arial when the PC has one (the local rule for naskah
dinas), else Liberation Sans (metric-compatible with Arial), else the Bitstream Vera Sans
shipped inside reportlab. Always TrueType, so every glyph used is embedded in the PDF."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DeskSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"


@dataclass(frozen=True)
class FontFiles:
    name: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


def _windows_fonts() -> list[Path]:
    root = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [root] if sys.platform == "win32" else []


def _candidates() -> list[tuple[str, list[Path], tuple[str, str, str, str]]]:
    unix = [
        Path("/usr/share/fonts/truetype/msttcorefonts"),
        Path("/usr/share/fonts/truetype/liberation"),
        Path("/usr/share/fonts/truetype/liberation2"),
        Path("/usr/share/fonts/liberation-sans"),
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
    ]
    return [
        ("Arial", _windows_fonts(), ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf")),
        ("Arial", unix, ("Arial.ttf", "Arial_Bold.ttf", "Arial_Italic.ttf", "Arial_Bold_Italic.ttf")),
        ("Arial", unix, ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf")),
        ("Liberation Sans", unix, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                   "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf")),
    ]  # fmt: skip


def _bundled() -> FontFiles:
    import reportlab

    root = Path(reportlab.__file__).parent / "fonts"
    return FontFiles(
        "Bitstream Vera Sans (reportlab)",
        root / "Vera.ttf",
        root / "VeraBd.ttf",
        root / "VeraIt.ttf",
        root / "VeraBI.ttf",
    )


def find() -> FontFiles:
    for name, folders, files in _candidates():
        for folder in folders:
            paths = [folder / f for f in files]
            if all(p.is_file() for p in paths):
                return FontFiles(name, *paths)
    return _bundled()


_registered: FontFiles | None = None


def register() -> FontFiles:
    """Register the family once per process; returns which files it uses."""
    global _registered
    if _registered is not None:
        return _registered
    files = find()
    try:
        _register(files)
    except Exception:  # noqa: BLE001 - a damaged system font must not stop a brief
        files = _bundled()
        _register(files)
    _registered = files
    return files


def _register(files: FontFiles) -> None:
    for face, path in (
        (FAMILY, files.regular),
        (BOLD, files.bold),
        (ITALIC, files.italic),
        (BOLD_ITALIC, files.bold_italic),
    ):
        pdfmetrics.registerFont(TTFont(face, str(path)))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
