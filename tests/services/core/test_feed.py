"""The shared desk's change feed (SPEC 10, issue 22): a commit in one program reaches the
others as the areas and ids it changed — on both backends, only when it commits, never
the program's own, with a full reload after the feed was cut off."""

from __future__ import annotations

import queue
import time

import pytest
from sqlalchemy import func, select, text

from app.models import Perubahan
from app.services.core import feed, feed_watch
from app.services.core.feed import Arrival
from app.services.core.feed_watch import APPLICATION_NAME
from app.services.insiden import workflow as insiden_workflow
from tests.services.insiden.helpers import pin, record, step

#: A bound for a delivery that normally takes a fraction of a second.
BOUND = 10.0
ANOTHER_PC = "pc-lain"


class Inbox:
    def __init__(self) -> None:
        self.arrivals: queue.Queue[Arrival] = queue.Queue()
        self.states: queue.Queue[bool] = queue.Queue()

    def next(self, bound: float = BOUND) -> Arrival:
        return self.arrivals.get(timeout=bound)

    def state(self, bound: float = BOUND) -> bool:
        return self.states.get(timeout=bound)

    def quiet(self, seconds: float) -> bool:
        try:
            self.arrivals.get(timeout=seconds)
        except queue.Empty:
            return True
        return False


@pytest.fixture
def inbox(db):
    """A window's watcher on ``db`` (on its own connection, as another PC's would be)."""
    pin(db)
    box = Inbox()
    watcher = feed_watch.watch(db, box.arrivals.put, box.states.put)
    assert box.state() is True
    yield box
    watcher.stop()


def test_a_new_incident_elsewhere_names_its_area_and_id(db, inbox):
    with feed.acting_as(ANOTHER_PC):
        saved = record(db)
    arrival = inbox.next()
    assert insiden_workflow.INSIDEN in arrival.areas
    assert ("insiden", saved.id) in arrival.records
    assert not arrival.everything


def test_a_status_change_elsewhere_arrives_too(db, inbox):
    with feed.acting_as(ANOTHER_PC):
        saved = record(db)
        inbox.next()
        step(db, saved.id, "Terverifikasi")
    assert ("insiden", saved.id) in inbox.next().records


def test_what_this_program_commits_is_not_reported_back(db, inbox):
    record(db)
    assert inbox.quiet(1.5)


def test_a_rolled_back_unit_of_work_publishes_nothing(db, inbox):
    from app.models import Wilayah

    with feed.acting_as(ANOTHER_PC), db.uow("tester") as uow:
        uow.session.scalar(select(Wilayah).limit(1)).name = "Tidak jadi"
        uow.session.flush()  # flushed, never committed
    with feed.acting_as(ANOTHER_PC):
        saved = record(db)
    arrival = inbox.next()
    assert arrival.areas == {"insiden"} and ("insiden", saved.id) in arrival.records


def test_a_bulk_statement_names_its_table_without_ids(db, inbox):
    from sqlalchemy import update

    from app.models import Wilayah

    with feed.acting_as(ANOTHER_PC), db.uow("tester") as uow:
        uow.session.execute(update(Wilayah).where(Wilayah.code == "36").values(name="BANTEN"))
        uow.commit()
    arrival = inbox.next()
    assert arrival.areas == {"wilayah"} and not arrival.records


def test_the_message_carries_no_personal_data(db):
    touched = {"insiden": {1, 2}, "pengguna": None}
    payload = feed.encode(touched, "x")
    assert feed.decode(payload) == ("x", Arrival(frozenset({"insiden", "pengguna"}),
                                                 frozenset({("insiden", 1), ("insiden", 2)})))  # fmt: skip
    many = {
        "insiden": set(range(100_000, 100_000 + feed.MAX_IDS)),
        **{t: set(range(feed.MAX_IDS)) for t in feed.TABLE_AREAS},
    }
    assert len(feed.encode(many, "x")) <= feed.MAX_PAYLOAD  # a NOTIFY payload's limit
    assert feed.decode("bukan json") is None


def test_sqlite_keeps_only_the_last_rows(sqlite_db):
    from app.models import Wilayah

    for n in range(feed.PRUNE_EVERY + 5):
        with sqlite_db.uow("tester") as uow:
            uow.session.scalar(select(Wilayah).limit(1)).name = f"Nama {n}"
            uow.commit()
    with sqlite_db.uow() as uow:
        count = uow.session.scalar(select(func.count()).select_from(Perubahan))
        newest = uow.session.scalar(select(func.max(Perubahan.id)))
    assert count <= feed.KEEP and newest >= feed.PRUNE_EVERY


def test_sqlite_rows_pruned_before_they_were_read_mean_a_full_reload(sqlite_db):
    box = Inbox()
    watcher = feed_watch.SqliteWatcher(sqlite_db.sqlite_path, box.arrivals.put, box.states.put,
                                       interval=0.05)  # fmt: skip
    watcher.start()
    try:
        assert box.state() is True
        with feed.acting_as(ANOTHER_PC):
            record(sqlite_db)
        box.next()
        # Rows the window never read are pruned (one transaction: it cannot read between).
        with sqlite_db.engine.begin() as connection:
            newest = connection.execute(text("SELECT max(id) FROM perubahan")).scalar()
            for _ in range(3):
                connection.execute(text("INSERT INTO perubahan (at, origin, payload) VALUES "
                                        "('2024-11-26 10:00:00', 'pc-lain', '{}')"))  # fmt: skip
            connection.execute(text("DELETE FROM perubahan WHERE id <= :n"), {"n": newest + 2})
        assert box.next().everything
    finally:
        watcher.stop()


def test_postgresql_feed_cut_off_resumes_and_asks_for_one_full_reload(db, inbox):
    if db.is_sqlite:
        pytest.skip("PostgreSQL's own connection")
    with db.engine.connect() as connection:
        killed = connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 "WHERE application_name = :name AND datname = current_database()"),
            {"name": APPLICATION_NAME},
        ).scalars().all()  # fmt: skip
    assert killed == [True]
    assert inbox.state() is False
    assert inbox.state(bound=feed_watch.RETRY_MAX + BOUND) is True
    assert inbox.next().everything
    with feed.acting_as(ANOTHER_PC):  # and it listens again
        saved = record(db)
    started = time.monotonic()
    assert ("insiden", saved.id) in inbox.next().records
    assert time.monotonic() - started < BOUND
