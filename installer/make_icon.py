"""Render ``resources/icons/desk-pilkada.svg`` to the Windows icon and a PNG.

    .venv/bin/python installer/make_icon.py

Writes ``resources/icons/desk-pilkada.ico`` (16–256 px, each size rendered by Qt from the
SVG, not scaled from one bitmap), ``resources/icons/desk-pilkada.png`` (256 px, for the
window icon) and ``installer/wizard.bmp`` (the setup's welcome/finish picture, 164×314).
All are committed; run this again only after editing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE.parent / "resources" / "icons"
NAVY = "#1d3b6e"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "desk-pilkada.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def wizard_bitmap(icon: bytes) -> bytes:
    """The tall picture on the setup's first and last page: navy, the icon, the name."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(164, 314, QImage.Format.Format_RGB32)
    image.fill(QColor(NAVY))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawImage(QRect(22, 56, 120, 120), QImage.fromData(icon))
    painter.setPen(QColor("#ffffff"))
    font = QFont("DejaVu Sans")
    font.setPixelSize(19)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(0, 190, 164, 30), Qt.AlignmentFlag.AlignCenter, "Desk Pilkada")
    font.setPixelSize(12)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor("#c9d4e6"))
    painter.drawText(QRect(0, 220, 164, 20), Qt.AlignmentFlag.AlignCenter, "Kesbangpol")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = [Image.open(io.BytesIO(render(size))).convert("RGBA") for size in SIZES]
    largest = images[-1]
    largest.save(ICONS / "desk-pilkada.png")
    largest.save(
        ICONS / "desk-pilkada.ico",
        format="ICO",
        sizes=[(s, s) for s in SIZES],
        append_images=images[:-1],
    )
    wizard = Image.open(io.BytesIO(wizard_bitmap(render(256)))).convert("RGB")
    wizard.quantize(colors=256).save(HERE / "wizard.bmp")
    print(
        f"{ICONS / 'desk-pilkada.ico'}: {', '.join(str(s) for s in SIZES)} px; {HERE / 'wizard.bmp'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
