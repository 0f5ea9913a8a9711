"""Where the program keeps its files.

Data lives outside the program folder, so an upgrade or uninstall of the program never
touches it. The folder is decided at run time:

1. ``DESK_PILKADA_HOME`` when set (tests, portable use, a folder chosen by IT);
2. on Windows, ``%LOCALAPPDATA%\\<instansi>\\Desk Pilkada`` for a per-user install (the
   default) and ``%PROGRAMDATA%\\<instansi>\\Desk Pilkada`` for an all-users install — one
   database shared by every Windows account of the PC, whose Users group the installer
   granted Modify rights. Never the roaming ``%APPDATA%``: the database stays on this PC;
3. elsewhere the user's data folder (platformdirs).

The installer (installer/desk_pilkada.nsi) tells an all-users install by writing
``desk-pilkada-install.ini`` with ``mode=all-users`` next to the executable.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from app import APP_NAME, ORG_NAME
from app.services.core.errors import DomainError

HOME_ENV = "DESK_PILKADA_HOME"
INSTALL_MARKER = "desk-pilkada-install.ini"
PER_USER = "per-user"
ALL_USERS = "all-users"
#: Windows known folders, by their CSIDL names.
LOCAL_APPDATA = "CSIDL_LOCAL_APPDATA"
COMMON_APPDATA = "CSIDL_COMMON_APPDATA"

KnownFolder = Callable[[str], str]


class DataDirError(DomainError):
    """The data folder cannot be created; the message says where and what to do."""


def program_dir() -> Path | None:
    """The folder of the installed executable, or None when running from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def install_mode(folder: Path | None = None) -> str:
    """``all-users`` when the installer's marker next to the executable says so, else
    ``per-user`` (also from source, and for a marker that is missing or unreadable)."""
    folder = folder if folder is not None else program_dir()
    if folder is None:
        return PER_USER
    try:
        raw = (folder / INSTALL_MARKER).read_bytes()
    except OSError:
        return PER_USER
    # Written by Windows' INI functions: ANSI, or UTF-16 with a BOM.
    text = raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("latin-1")
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key.strip().lower() == "mode" and value.strip().lower() == ALL_USERS:
            return ALL_USERS
    return PER_USER


def _windows_known_folder(csidl: str) -> str:
    from platformdirs.windows import get_win_folder

    return get_win_folder(csidl)


def locate_data_dir(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    mode: str | None = None,
    known_folder: KnownFolder | None = None,
) -> Path:
    """The data folder for this run, without creating it (arguments are for tests)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    override = env.get(HOME_ENV)
    if override:
        return Path(override)
    if platform == "win32":
        mode = install_mode() if mode is None else mode
        folder = (known_folder or _windows_known_folder)(
            COMMON_APPDATA if mode == ALL_USERS else LOCAL_APPDATA
        )
        return Path(folder) / ORG_NAME / APP_NAME
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, ORG_NAME, roaming=False)


def data_dir() -> Path:
    path = locate_data_dir()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except PermissionError as error:
        raise DataDirError(
            f"Folder data {path} tidak dapat dibuat (tidak ada izin). Pada pemasangan untuk "
            f"semua pengguna, pasang ulang Desk Pilkada sebagai administrator agar izinnya "
            f"diperbaiki, atau tetapkan folder lain lewat variabel {HOME_ENV}."
        ) from error
    return path


def database_file(demo: bool = False) -> Path:
    return data_dir() / ("demo.sqlite" if demo else "desk-pilkada.sqlite")


def backup_dir() -> Path:
    path = data_dir() / "cadangan"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "log"
    path.mkdir(parents=True, exist_ok=True)
    return path


def package_dir() -> Path:
    """The ``app`` package folder, also inside a PyInstaller bundle."""
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return package_dir().parent / "resources"
