"""One icon set: every page and action has its drawn icon, in the palette's ink, white on
a selected row; none falls back to a missing file or a stock Qt icon."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from app.paths import resources_dir
from app.services.core import palette
from app.views.shell import icons
from app.views.shell.pages import areas


def _colors(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    image = icon.pixmap(QSize(32, 32), mode).toImage()
    found = set()
    for x in range(image.width()):
        for y in range(image.height()):
            color = image.pixelColor(x, y)
            if color.alpha() == 255:
                found.add(color.name())
    return found


def test_every_page_and_action_icon_is_drawn_from_its_own_file(qapp):
    for name in icons.names().values():
        assert (resources_dir() / "icons" / f"{name}.svg").is_file(), name
    for page in areas():
        assert icons.area(page.key).name() == icons.names()[page.key]


def test_icons_are_ink_lines_and_white_when_selected(qapp):
    kerawanan = icons.area("kerawanan")
    assert _colors(kerawanan, QIcon.Mode.Normal) == {QColor(palette.INK).name()}
    assert _colors(kerawanan, QIcon.Mode.Selected) == {QColor(palette.PAPER).name()}
    assert _colors(icons.action("refresh"), QIcon.Mode.Disabled) == {QColor(palette.NEUTRAL).name()}
