"""Shared fixtures: offscreen Qt, QSettings and the data folder in a temp folder, and a
fresh SQLite database per test (copied from one seeded once per session)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
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


#: Admin URL of a PostgreSQL server for the tests (``.ci/start-postgres.sh`` prints one).
#: When set, every database-facing test runs on SQLite and on PostgreSQL.
PG_ENV = "DESK_PILKADA_TEST_PG"
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])


def _copy_db(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)


def _open(url: str, backup_dir: Path):
    from app.services.admin import opening as desk

    return desk.prepare(url, backup_dir)


def _seed(database) -> None:
    from app.services.desk import seeding

    with database.uow("tester") as uow:
        seeding.seed(uow, "36")


@pytest.fixture(scope="session")
def seeded_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite database seeded for Banten (36), built once."""
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    database = _open(f"sqlite:///{path}", path.parent / "backup")
    _seed(database)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.admin import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    demo.ensure(path, path.parent / "backup")
    return path


class PgServer:
    """Creates throw-away databases on the test server; seeded ones are cloned from a
    template database built once per session."""

    def __init__(self, admin_url: str, tmp: Path) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        url = make_url(admin_url).set(drivername="postgresql+psycopg")
        self._base = url
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self._tmp = tmp
        self._count = 0
        self._template: str | None = None
        self.prefix = f"desk_test_{os.getpid()}"

    def url(self, name: str) -> str:
        return self._base.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self._admin.connect() as connection:
            connection.execute(text(sql))

    def create(self, seeded: bool) -> str:
        self._count += 1
        name = f"{self.prefix}_{self._count}"
        if seeded:
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template()}"')
        else:
            self._execute(f'CREATE DATABASE "{name}"')
        return name

    def template(self) -> str:
        if self._template is None:
            name = f"{self.prefix}_template"
            self._execute(f'CREATE DATABASE "{name}"')
            database = _open(self.url(name), self._tmp)
            _seed(database)
            database.dispose()
            self._template = name
        return self._template

    def drop(self, name: str) -> None:
        """Drop a test database. A server process we may not signal (an autovacuum worker
        that just started on it) can make the drop fail for a moment: retry, then leave the
        throw-away database to the throw-away test server rather than fail the test."""
        import time
        import warnings

        from sqlalchemy.exc import DBAPIError

        for attempt in range(20):
            try:
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except DBAPIError:
                time.sleep(0.25 * (attempt + 1))
        warnings.warn(f"test database {name} could not be dropped", stacklevel=2)

    def close(self) -> None:
        if self._template:
            self.drop(self._template)
        self._admin.dispose()


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory):
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(f"{PG_ENV} not set: no PostgreSQL server for this run")
    server = PgServer(admin_url, tmp_path_factory.mktemp("pg"))
    yield server
    server.close()


def _backend_db(request: pytest.FixtureRequest, tmp_path: Path, seeded: bool):
    if request.param == "sqlite":
        target = tmp_path / ("desk.sqlite" if seeded else "empty.sqlite")
        if seeded:
            _copy_db(request.getfixturevalue("seeded_db_file"), target)
        database = _open(f"sqlite:///{target}", tmp_path / "backup")
        yield database
        database.dispose()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create(seeded)
    database = _open(server.url(name), tmp_path / "backup")
    yield database
    database.dispose()
    server.drop(name)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh database seeded for Banten, on each backend under test."""
    yield from _backend_db(request, tmp_path, seeded=True)


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path):
    """Migrated, not seeded: what a first run sees, on each backend under test."""
    yield from _backend_db(request, tmp_path, seeded=False)


@pytest.fixture
def sqlite_db(seeded_db_file: Path, tmp_path: Path):
    """A seeded SQLite database, for tests about the embedded file itself."""
    target = tmp_path / "desk.sqlite"
    _copy_db(seeded_db_file, target)
    database = _open(f"sqlite:///{target}", tmp_path / "backup")
    yield database
    database.dispose()


@pytest.fixture
def demo_db(demo_db_file: Path, tmp_path: Path):
    target = tmp_path / "demo.sqlite"
    _copy_db(demo_db_file, target)
    database = _open(f"sqlite:///{target}", tmp_path / "backup")
    yield database
    database.dispose()


from tests.desk_time import TEST_NOW  # noqa: E402 - after the environment is set


class DeskNow:
    """The pinned desk clock of a test."""

    def set(self, moment: datetime | date) -> datetime:
        from app.services.core import clock

        if not isinstance(moment, datetime):
            moment = datetime.combine(moment, TEST_NOW.timetz())
        clock.pin(moment)
        return moment


def pytest_configure(config) -> None:
    """Session fixtures (the seeded and demo databases) are built on the pinned clock too."""
    from app.services.core import clock

    clock.pin(TEST_NOW)


@pytest.fixture(autouse=True)
def desk_now() -> Iterator[DeskNow]:
    """Pins the wall clock every service reads to ``TEST_NOW`` for the test."""
    from app.services.core import clock

    clock.pin(TEST_NOW)
    yield DeskNow()
    clock.pin(TEST_NOW)


@pytest.fixture(autouse=True)
def _collect_when_due() -> Iterator[None]:
    """While the window tests hold the garbage collector on the GUI thread (``app.collector``,
    ``tests/views/conftest.py``), each test's end is one more look whether a generation is
    due: a test that never runs the event loop still has its garbage freed."""
    yield
    from app import collector

    collector.tick()


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test starts with its own empty per-PC settings (window layout, last page):
    a new folder per test, so no settings object of an earlier test can write into it."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
