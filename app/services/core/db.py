"""Opening the database: which URL, which engine settings.

SQLite is the embedded default (one desk PC, no server). Several PCs of one desk share a
PostgreSQL server through the same models. The URL comes from ``--db``, then the
environment, then the PC's settings, then the embedded file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import sessionmaker

from app.services.core.errors import DomainError

URL_ENV = "DESK_PILKADA_DB_URL"
BUSY_TIMEOUT_MS = 10_000


def resolve_url(cli_url: str | None, settings_url: str | None, default_file: Path) -> str:
    for candidate in (cli_url, os.environ.get(URL_ENV), settings_url):
        if candidate and candidate.strip():
            return candidate.strip()
    return f"sqlite:///{default_file}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@dataclass
class Database:
    """An engine plus a session factory; create units of work from it."""

    url: str
    engine: Engine
    session_factory: sessionmaker

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = self.engine.url.database
        return Path(database) if database and database != ":memory:" else None

    def describe(self) -> str:
        """Human description for the status bar: never shows a password."""
        if self.is_sqlite:
            return f"SQLite: {self.sqlite_path}"
        return f"PostgreSQL: {self.engine.url.render_as_string(hide_password=True)}"

    def uow(self, actor=""):
        """A unit of work acting as ``actor`` (an ``Actor``, or a name for system work)."""
        from app.services.core.uow import UnitOfWork

        return UnitOfWork(self.session_factory, actor)

    def dispose(self) -> None:
        self.engine.dispose()


def close_all(databases: list[Database]) -> None:
    """Close each of ``databases`` (emptying the list) when a program or command ends,
    whatever happened: SQLite writes its journal back into the file when the last
    connection closes (a copy of the file alone is then whole), PostgreSQL sees the
    session end. A failure is logged; the program's own outcome is what is reported."""
    import logging

    while databases:
        try:
            databases.pop().dispose()
        except Exception:  # noqa: BLE001 - see above
            logging.getLogger(__name__).exception("closing the database failed")


def _parse(url: str):
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise DomainError(f"Alamat basis data tidak dikenali: {url}") from exc


def sqlite_file(url: str) -> Path | None:
    """The file an SQLite URL names; None for a server database or one in memory."""
    parsed = _parse(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database.startswith("file:"):  # a URI file name (``?uri=true``)
        database = database.removeprefix("file:").split("?", 1)[0]
    return Path(database) if database and database != ":memory:" else None


def require_existing(url: str) -> None:
    """Refuse an SQLite file that is not there: only ``init`` creates a database, so a
    mistyped path never becomes a new, empty desk that every check passes."""
    path = sqlite_file(url)
    if path is None or path.is_file():
        return
    if path.is_dir():
        raise DomainError(f"{path} adalah folder, bukan berkas basis data.")
    folder = "" if path.parent.is_dir() else f" (foldernya, {path.parent}, juga tidak ada)"
    raise DomainError(
        f"Berkas basis data {path} tidak ada{folder}; jalankan init dulu untuk membuatnya, "
        "atau periksa ejaan alamat --db."
    )


#: What SQLite says (lower case) → what the user reads; ``{where}`` is the file.
_SQLITE_REASONS = (
    ("readonly", "Basis data {where} hanya dapat dibaca (berkasnya bersifat read-only, atau "
     "foldernya tidak boleh ditulisi). Ubah izinnya, atau salin berkas ke folder yang dapat "
     "ditulisi. Tidak ada yang disimpan."),
    ("unable to open database file", "Berkas basis data {where} tidak dapat dibuka: foldernya "
     "tidak ada atau tidak boleh diakses."),
    ("database is locked", "Basis data {where} sedang dikunci oleh program lain (mis. Desk "
     "Pilkada yang sedang menyimpan). Tunggu sebentar lalu ulangi. Tidak ada yang disimpan."),
    ("disk is full", "Disk tempat basis data {where} penuh. Kosongkan ruang lalu ulangi. "
     "Tidak ada yang disimpan."),
    ("disk i/o error", "Disk tempat basis data {where} gagal dibaca atau ditulis (flashdisk "
     "dicabut, jaringan putus?). Tidak ada yang disimpan."),
    ("not a database", "Berkas {where} bukan basis data SQLite atau rusak. Pulihkan dari "
     "cadangan (folder 'cadangan' di folder data)."),
    ("malformed", "Berkas basis data {where} rusak. Pulihkan dari cadangan (folder "
     "'cadangan' di folder data)."),
)  # fmt: skip


def explain_database_error(error: BaseException, url: str) -> str | None:
    """Indonesian words for a database failure a user can act on (a read-only file, a
    missing folder, a full disk, a server that does not answer); None for a bug."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if not isinstance(error, DBAPIError):
        return None
    detail = str(getattr(error, "orig", None) or error).lower()
    try:
        path = sqlite_file(url)
    except DomainError:
        path = None
    if path is not None or url.startswith("sqlite"):
        for needle, message in _SQLITE_REASONS:
            if needle in detail:
                return message.format(where=path or url)
        return None
    if isinstance(error, OperationalError):
        return explain_connection_error(error, url)
    return None


def open_database(url: str) -> Database:
    parsed = _parse(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    else:
        raise DomainError(
            f"Jenis basis data '{parsed.get_backend_name()}' tidak didukung; "
            "gunakan SQLite atau PostgreSQL."
        )
    return Database(
        url=url, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False)
    )


def postgres_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """A PostgreSQL URL with every part escaped (passwords may contain @ or /)."""
    from sqlalchemy.engine import URL

    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host or None,
        port=port or None,
        database=database or None,
    ).render_as_string(hide_password=False)


def explain_connection_error(error: BaseException, url: str) -> str:
    """Indonesian words for what went wrong when connecting."""
    text = str(getattr(error, "orig", None) or error)
    lowered = text.lower()
    parsed = make_url(url)
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return f"Nama pengguna atau kata sandi basis data salah (pengguna '{parsed.username}')."
    if "does not exist" in lowered and "database" in lowered:
        return (
            f"Basis data '{parsed.database}' tidak ada di server {where}. "
            "Minta pengelola server membuatnya, atau periksa ejaannya."
        )
    if (
        "translate host name" in lowered
        or "name or service not known" in lowered
        or "nodename" in lowered
    ):
        return f"Server '{parsed.host}' tidak ditemukan. Periksa nama host atau alamat IP."
    if "refused" in lowered:
        return (
            f"Server {where} menolak sambungan: PostgreSQL tidak berjalan di sana atau port salah."
        )
    if "timeout" in lowered or "timed out" in lowered:
        return f"Server {where} tidak menjawab dalam 5 detik. Periksa jaringan atau firewall."
    return f"Sambungan ke basis data gagal: {text.strip()}"


def check_connection(url: str) -> str:
    """Connect once and say what is there; raises DomainError with a clear reason."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import SQLAlchemyError

    db = open_database(url)
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            tables = set(inspect(connection).get_table_names())
    except SQLAlchemyError as error:
        raise DomainError(explain_connection_error(error, url)) from error
    finally:
        db.dispose()
    if "alembic_version" in tables:
        return f"Tersambung ke {db.describe()}. Basis data Desk Pilkada ditemukan."
    if tables:
        return f"Tersambung ke {db.describe()}, tetapi basis data ini berisi tabel lain; pastikan ini basis data yang benar."
    return f"Tersambung ke {db.describe()}. Basis data masih kosong; tabel dibuat saat aplikasi dibuka dengannya."
