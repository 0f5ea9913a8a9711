"""The only module that names icons: one line-icon set (Tabler Icons, MIT, SVGs in
``resources/icons`` with their licence) drawn in the palette's ink, so every icon of the
app has the same stroke and colour, crisp at any scale (125 %, 150 %).

The SVGs stroke in ``currentColor``; the engine below fills that in per mode (ink,
white on a selected row, grey when disabled) and renders the vector at the size asked,
so nothing is a scaled bitmap.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.paths import resources_dir
from app.services.core import palette

#: Page key → icon file (``resources/icons/<name>.svg``).
_AREA_ICONS = {
    "dasbor": "layout-dashboard",
    "tahapan": "calendar-stats",
    "insiden": "alert-triangle",
    "logistik": "truck-delivery",
    "sosialisasi": "speakerphone",
    "partisipasi": "user-check",
    "kerawanan": "shield-exclamation",
    "laporan": "report",
    "data": "database",
    "pengaturan": "settings",
}
_ACTION_ICONS = {
    "refresh": "refresh",
    "import": "file-import",
    "template": "file-spreadsheet",
    "save": "device-floppy",
    "add": "plus",
}
_FALLBACK = "report"
#: Stroke colour per icon mode: ink; white on a selected (highlighted) row; grey when off.
_MODE_COLORS = {
    QIcon.Mode.Normal: palette.INK,
    QIcon.Mode.Active: palette.INK,
    QIcon.Mode.Selected: palette.PAPER,
    QIcon.Mode.Disabled: palette.NEUTRAL,
}


@cache
def _svg(name: str) -> str:
    path = resources_dir() / "icons" / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


class _LineIconEngine(QIconEngine):
    """Draws one SVG line icon in the colour of the requested mode, at any size."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        color = _MODE_COLORS.get(mode, palette.INK)
        renderer = self._renderers.get(color)
        if renderer is None:
            text = _svg(self.name).replace("currentColor", color)
            renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
            self._renderers[color] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: ARG002
        side = min(rect.width(), rect.height())
        square = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)  # fmt: skip
        self._renderer(mode).render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return _LineIconEngine(self.name)

    def key(self) -> str:
        return "desk-pilkada-line"

    def iconName(self) -> str:  # noqa: N802
        return self.name


def _icon(name: str) -> QIcon:
    return QIcon(_LineIconEngine(name if _svg(name) else _FALLBACK))


def area(name: str) -> QIcon:
    """The icon of a page in the navigation (``dasbor``, ``insiden``, …)."""
    return _icon(_AREA_ICONS.get(name, _FALLBACK))


def action(name: str) -> QIcon:
    """The icon of an action button (``refresh``, ``import``, ``template``, ``save``, ``add``)."""
    return _icon(_ACTION_ICONS.get(name, _FALLBACK))


def names() -> dict[str, str]:
    """Every icon key and its file, pages and actions (tests: none is missing)."""
    return {**_AREA_ICONS, **_ACTION_ICONS}
