"""Listening to the desk's change feed (``core.feed``) on a thread of its own.

PostgreSQL: a connection of its own (never one of the pool's) ``LISTEN``s on the feed's
channel and waits in ``Connection.notifies``; a quiet connection is checked every few
seconds, and a lost one is reconnected with a growing pause — on success the window is
told to reload everything once, since messages sent meanwhile are lost.
SQLite: a connection of its own asks ``PRAGMA data_version`` twice a second (a read of
the shared-memory index, no disk I/O); when it moves, the rows of ``perubahan`` after the
last one seen say what changed. A gap in the rows (pruned before they were read) or a
replaced file (a restore) means a full reload too.

Callbacks run on the watcher's thread: the caller hands them to its own (the window
posts them to the GUI thread). Nothing here touches the window.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from app.services.core import feed
from app.services.core.db import Database
from app.services.core.feed import Arrival

log = logging.getLogger(__name__)

OnChanges = Callable[[Arrival], None]
#: Called with True when listening, False when the feed was cut off (it keeps retrying).
OnState = Callable[[bool], None]

SQLITE_INTERVAL = 0.5
#: A quiet PostgreSQL connection is checked this often (a cut cable raises nothing).
PG_CHECK = 5.0
PG_WAIT = 0.5
RETRY_FIRST, RETRY_MAX = 1.0, 15.0
APPLICATION_NAME = "desk-pilkada-feed"


class Watcher:
    """A thread that reports what other programs commit until ``stop``."""

    def __init__(self, on_changes: OnChanges, on_state: OnState, ignore: str | None) -> None:
        self._on_changes = on_changes
        self._on_state = on_state
        #: The origin whose messages are not reported (this program's own, by default).
        self.ignore = feed.ORIGIN if ignore is None else ignore
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-feed", daemon=True)
        self.connected = False

    def start(self) -> Watcher:
        self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        delay, self._lost = RETRY_FIRST, False
        while not self._stop.is_set():
            try:
                self._listen(self._connected)
            except Exception as error:  # noqa: BLE001 - any failure: report, wait, retry
                if self._stop.is_set():
                    break
                log.warning("change feed interrupted: %s", error)
                if not self._lost or self.connected:
                    self._state(False)
                self._lost = True
                self._stop.wait(delay)
                delay = min(delay * 2, RETRY_MAX)
            else:
                delay = RETRY_FIRST

    def _connected(self) -> None:
        """Listening (again): after a loss, messages sent meanwhile are gone, so every page
        reloads once."""
        self._state(True)
        if self._lost:
            self._on_changes(Arrival.full())

    def _state(self, connected: bool) -> None:
        self.connected = connected
        self._on_state(connected)

    def _report(self, payload: str) -> None:
        decoded = feed.decode(payload)
        if decoded is not None and decoded[0] != self.ignore and decoded[1].areas:
            self._on_changes(decoded[1])

    def _listen(self, connected: Callable[[], None]) -> None:
        raise NotImplementedError


class PgWatcher(Watcher):
    def __init__(self, conninfo: str, on_changes: OnChanges, on_state: OnState,
                 ignore: str | None = None) -> None:  # fmt: skip
        super().__init__(on_changes, on_state, ignore)
        self._conninfo = conninfo

    def _listen(self, connected: Callable[[], None]) -> None:
        import psycopg

        with psycopg.connect(
            self._conninfo, autocommit=True, connect_timeout=5, application_name=APPLICATION_NAME,
            keepalives=1, keepalives_idle=10, keepalives_interval=3, keepalives_count=3,
        ) as connection:  # fmt: skip
            connection.execute(f"LISTEN {feed.CHANNEL}")
            connected()
            checked = time.monotonic()
            while not self._stop.is_set():
                for notice in connection.notifies(timeout=PG_WAIT):
                    if notice.channel == feed.CHANNEL:
                        self._report(notice.payload)
                if time.monotonic() - checked > PG_CHECK:
                    connection.execute("SELECT 1")
                    checked = time.monotonic()


class SqliteWatcher(Watcher):
    def __init__(self, path: Path, on_changes: OnChanges, on_state: OnState,
                 ignore: str | None = None, interval: float = SQLITE_INTERVAL) -> None:  # fmt: skip
        super().__init__(on_changes, on_state, ignore)
        self._path = Path(path)
        self._interval = interval
        self._last: int | None = None

    def _listen(self, connected: Callable[[], None]) -> None:
        inode = os.stat(self._path).st_ino
        connection = sqlite3.connect(self._path, timeout=5, isolation_level=None)
        try:
            version = connection.execute("PRAGMA data_version").fetchone()[0]
            newest = _newest(connection)
            replaced = self._last is not None and newest < self._last
            if self._last is None or replaced:
                self._last = newest
            connected()
            if replaced:
                self._on_changes(Arrival.full())
            self._catch_up(connection)  # what was committed while we were away
            while not self._stop.wait(self._interval):
                if os.stat(self._path).st_ino != inode:
                    raise _Replaced
                now = connection.execute("PRAGMA data_version").fetchone()[0]
                if now != version:
                    version = now
                    self._catch_up(connection)
        finally:
            connection.close()

    def _catch_up(self, connection: sqlite3.Connection) -> None:
        last = self._last or 0
        rows = connection.execute(
            "SELECT id, origin, payload FROM perubahan WHERE id > ? ORDER BY id", (last,)
        ).fetchall()
        if not rows:
            if _newest(connection) < last:  # the database was replaced under us
                self._last = _newest(connection)
                self._on_changes(Arrival.full())
            return
        if rows[0][0] != last + 1 and last:  # pruned before this window read them
            self._last = rows[-1][0]
            self._on_changes(Arrival.full())
            return
        self._last = rows[-1][0]
        arrivals = [
            decoded[1]
            for row_id, sender, payload in rows
            if sender != self.ignore and (decoded := feed.decode(payload)) is not None
        ]
        found = feed.merged(arrivals)
        if found.areas:
            self._on_changes(found)


class _Replaced(Exception):
    """The database file was replaced (a restore): connect to the new one."""

    def __str__(self) -> str:
        return "database file replaced"


def _newest(connection: sqlite3.Connection) -> int:
    return connection.execute("SELECT coalesce(max(id), 0) FROM perubahan").fetchone()[0]


def watch(db: Database, on_changes: OnChanges, on_state: OnState,
          ignore: str | None = None) -> Watcher | None:  # fmt: skip
    """Start watching ``db`` for what other programs commit; None for a database no other
    program can open (SQLite in memory)."""
    if db.is_sqlite:
        path = db.sqlite_path
        if path is None:
            return None
        return SqliteWatcher(path, on_changes, on_state, ignore).start()
    url = db.engine.url.set(drivername="postgresql")
    return PgWatcher(
        url.render_as_string(hide_password=False), on_changes, on_state, ignore
    ).start()
