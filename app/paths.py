"""Where the program keeps its files.

Data lives outside the program folder, in the user's data folder (platformdirs), so an
upgrade or uninstall of the program never touches it. ``DESK_PILKADA_HOME`` overrides the
folder (tests, portable installs, the all-users install on Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_NAME, ORG_NAME

HOME_ENV = "DESK_PILKADA_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        # roaming=False: never %APPDATA%, the database must stay on this PC.
        path = user_data_path(APP_NAME, ORG_NAME, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
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
