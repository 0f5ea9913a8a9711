"""Entry point of the frozen program (PyInstaller): the same ``entry`` as ``python -m app``
(which also makes redirected output UTF-8)."""

import sys


def _wine_without_winrt_theme() -> None:
    """Under Wine only: Qt's Windows theme builds its palette from the accent colour of
    WinRT's ``Windows.UI.ViewManagement.UISettings``. Wine 8 has no such class
    (RoGetActivationFactory: REGDB_E_CLASSNOTREG), the C++/WinRT exception is not caught in
    ``qwindows.dll`` and the process ends with 0xC0000409 before the first window. A
    QGuiApplication that is not desktop-settings aware skips the theme's palettes and fonts
    (Qt's own are used), so the real window opens under Wine. Real Windows is unchanged."""
    from app.wine import under_wine

    if under_wine():
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setDesktopSettingsAware(False)


if __name__ == "__main__":
    _wine_without_winrt_theme()
    from app.__main__ import entry

    sys.exit(entry())
