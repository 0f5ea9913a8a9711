"""Shared fixtures: offscreen Qt, QSettings and the data folder in a temp folder, and a
fresh SQLite database per test (copied from one seeded once per session)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

#: Tests see one offscreen screen the size of the common office laptop (SPEC 6).
SCREEN = {"width": 1366, "height": 768}


def _offscreen_platform() -> str:
    config = Path(tempfile.gettempdir()) / "desk-pilkada-test-screen.json"
    screen = {
        "name": "Laptop",
        "x": 0,
        "y": 0,
        **SCREEN,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
    return f"offscreen:configfile={config}"


if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = _offscreen_platform()
os.environ.pop("DESK_PILKADA_DB_URL", None)


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Nothing a test does touches the real data folder or the real QSettings."""
    home = tmp_path_factory.mktemp("home")
    os.environ["DESK_PILKADA_HOME"] = str(home / "data")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    yield home


def _copy_db(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)


@pytest.fixture(scope="session")
def seeded_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database seeded for Banten (36), built once."""
    from app.services import desk, seeding

    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    db = desk.prepare(f"sqlite:///{path}", path.parent / "backup")
    with db.uow("tester") as uow:
        seeding.seed(uow, "36")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    demo.ensure(path, path.parent / "backup")
    return path


def _open(path: Path):
    from app.services import desk

    return desk.prepare(f"sqlite:///{path}", path.parent / "backup")


@pytest.fixture
def db(seeded_db_file: Path, tmp_path: Path):
    """A fresh copy of the seeded Banten database."""
    target = tmp_path / "desk.sqlite"
    _copy_db(seeded_db_file, target)
    database = _open(target)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(demo_db_file: Path, tmp_path: Path):
    target = tmp_path / "demo.sqlite"
    _copy_db(demo_db_file, target)
    database = _open(target)
    yield database
    database.dispose()


@pytest.fixture
def empty_db(tmp_path: Path):
    """Migrated, not seeded: what a first run sees."""
    database = _open(tmp_path / "empty.sqlite")
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def _fresh_settings() -> None:
    """Each test starts with empty per-PC settings (window layout, last page)."""
    from PySide6.QtCore import QSettings

    from app import APP_NAME, ORG_NAME

    settings = QSettings(ORG_NAME, APP_NAME)
    settings.clear()
    settings.sync()
