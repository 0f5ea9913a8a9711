"""The shared-desk recipe of docs/postgresql.md: an owner migrates, the app's role may only
read and append the audit log, and a role without schema rights gets a clear message."""

from __future__ import annotations

import os
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.services.admin import opening as desk
from app.services.core.actor import OPERATOR, Actor
from app.services.core.errors import DatabaseUnavailable
from app.services.tahapan import records as tahapan
from tests.desk_time import pin_day

pytestmark = pytest.mark.skipif(
    not os.environ.get("DESK_PILKADA_TEST_PG"), reason="needs PostgreSQL"
)


@pytest.fixture
def app_role(pg_server, tmp_path):
    """A seeded database plus a login role granted exactly what the docs say."""
    name = pg_server.create(seeded=True)
    role = f"{pg_server.prefix}_app"
    owner = create_engine(make_url(pg_server.url(name)), isolation_level="AUTOCOMMIT")
    with owner.connect() as c:
        c.execute(text(f"DROP ROLE IF EXISTS {role}"))
        c.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'app-rahasia'"))
        for statement in (
            f'GRANT CONNECT ON DATABASE "{name}" TO {role}',
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {role}",
            f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            f"GRANT DELETE ON sosialisasi_sasaran TO {role}",
        ):
            c.execute(text(statement))
    url = make_url(pg_server.url(name)).set(username=role, password="app-rahasia")
    yield url.render_as_string(hide_password=False), tmp_path
    with owner.connect() as c:
        c.execute(text(f'REVOKE ALL ON DATABASE "{name}" FROM {role}'))
    owner.dispose()
    pg_server.drop(name)
    with pg_server._admin.connect() as c:  # noqa: SLF001 - the server's admin connection
        c.execute(text(f"DROP ROLE IF EXISTS {role}"))


def test_app_role_works_and_can_only_append_to_the_audit_log(app_role):
    url, tmp = app_role
    database = desk.prepare(url, tmp)
    try:
        pin_day(date(2024, 10, 1))
        with database.uow(Actor("operator1", OPERATOR)) as uow:
            contest = tahapan.list_pemilihan(uow)[0]
            stage = tahapan.list_tahapan(uow, contest.id)[0]
        with database.uow(Actor("operator1", OPERATOR)) as uow:
            tahapan.update_tahapan(uow, stage.id, version=stage.version, actual_start=date(2024, 1, 2),
                                   actual_end=None, progress=50)  # fmt: skip
        with database.engine.connect() as connection:
            assert (
                connection.execute(
                    text("SELECT count(*) FROM audit_log WHERE username = 'operator1'")
                ).scalar()
                == 1
            )
            for statement in ("UPDATE audit_log SET note = 'x'", "DELETE FROM audit_log"):
                with pytest.raises(DBAPIError, match="permission denied"):
                    connection.execute(text(statement))
                connection.rollback()
    finally:
        database.dispose()


def test_a_role_without_schema_rights_gets_a_clear_message(pg_server, tmp_path):
    name = pg_server.create(seeded=False)
    role = f"{pg_server.prefix}_lemah"
    with pg_server._admin.connect() as c:  # noqa: SLF001
        c.execute(text(f"DROP ROLE IF EXISTS {role}"))
        c.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'lemah-rahasia'"))
    url = make_url(pg_server.url(name)).set(username=role, password="lemah-rahasia")
    try:
        with pytest.raises(DatabaseUnavailable, match="tidak berhak mengubah skema"):
            desk.prepare(url.render_as_string(hide_password=False), tmp_path)
    finally:
        pg_server.drop(name)
        with pg_server._admin.connect() as c:  # noqa: SLF001
            c.execute(text(f"DROP ROLE IF EXISTS {role}"))


def test_app_role_shares_changes_and_files_between_pcs(app_role):
    """Issue 22 on the recipe's role: a PC listening on the feed hears another PC's save,
    and an attachment added on one PC opens on another (its content in the database)."""
    import queue

    from app.services.core import feed, feed_watch
    from app.services.desk import lampiran
    from tests.services.insiden.helpers import record

    url, tmp = app_role
    database = desk.prepare(url, tmp)
    arrivals, states = queue.Queue(), queue.Queue()
    watcher = feed_watch.watch(database, arrivals.put, states.put)
    try:
        assert states.get(timeout=10) is True
        with feed.acting_as("pc-dua"):
            incident = record(database).id
        assert ("insiden", incident) in arrivals.get(timeout=10).records
        photo = tmp / "foto.png"
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
        with database.uow(Actor("operator1", OPERATOR)) as uow:
            lampiran.attach(uow, owner_type="insiden", owner_id=incident, source=photo,
                            store=tmp / "pc1")  # fmt: skip
        with database.uow(Actor("operator2", OPERATOR)) as uow:
            [row] = lampiran.list_for(uow, "insiden", incident)
            assert lampiran.path_of(uow, row.id, tmp / "pc2").read_bytes() == photo.read_bytes()
    finally:
        watcher.stop()
        database.dispose()
