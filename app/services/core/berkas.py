"""File contents kept in the database, content-addressed by SHA-256 (SPEC 9, 10).

Attachments and issued brief PDFs live here, so every PC of a shared desk reaches them
through the one connection it already has, and a backup (the SQLite file, ``pg_dump``)
carries them with the records that name them, in the same transaction. A file is written
once in chunks of at most ``CHUNK`` bytes and never changed; memory stays at one chunk
whatever the size. Reading streams the chunks into a local copy (the PC's cache in its
data folder), which is hashed again before anyone opens it: a damaged copy — on disk or
in the database — is never shown as the file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Berkas, BerkasPotongan
from app.models.base import utcnow

CHUNK = 1024 * 1024


def _insert(session: Session, model):
    """INSERT … ON CONFLICT DO NOTHING: two PCs storing the same file at once both win.
    Each database's own insert is imported only there: loading the PostgreSQL dialect costs
    a desk on SQLite 20 ms of every start."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(model).on_conflict_do_nothing()


def has(session: Session, sha256: str) -> bool:
    return session.scalar(select(func.count()).where(Berkas.sha256 == sha256)) == 1


def put(session: Session, sha256: str, media_type: str, chunks: Iterable[bytes]) -> bool:
    """Store the content whose chunks are ``chunks`` (in order) under ``sha256``, in the
    caller's transaction; False when it was stored already. The chunks are hashed as they
    go: content that is not ``sha256`` raises ValueError (the transaction is the caller's
    to roll back)."""
    if has(session, sha256):
        return False
    digest, size, seq = hashlib.sha256(), 0, 0
    session.execute(_insert(session, Berkas), {"sha256": sha256, "size": 0, "media_type": media_type,
                                               "chunks": 0, "created_at": utcnow()})  # fmt: skip
    for chunk in _split(chunks):
        digest.update(chunk)
        size += len(chunk)
        session.execute(_insert(session, BerkasPotongan),
                        {"sha256": sha256, "seq": seq, "data": chunk})  # fmt: skip
        seq += 1
    if digest.hexdigest() != sha256:
        raise ValueError("content does not match its SHA-256")
    record = session.get(Berkas, sha256)
    record.size, record.chunks = size, seq
    session.flush()
    return True


def put_file(session: Session, path: Path, sha256: str, media_type: str) -> bool:
    with path.open("rb") as handle:
        return put(session, sha256, media_type, read_chunks(handle))


def read_chunks(handle: BinaryIO) -> Iterator[bytes]:
    while chunk := handle.read(CHUNK):
        yield chunk


def _split(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Chunks of at most ``CHUNK`` bytes, whatever the caller hands in (a whole PDF)."""
    for chunk in chunks:
        for start in range(0, len(chunk), CHUNK):
            yield chunk[start : start + CHUNK]


def stream(session: Session, sha256: str) -> Iterator[bytes] | None:
    """The stored content chunk by chunk (one chunk in memory at a time); None when the
    database does not hold it."""
    record = session.get(Berkas, sha256)
    if record is None:
        return None
    count = record.chunks

    def chunks() -> Iterator[bytes]:
        for seq in range(count):
            data = session.scalar(
                select(BerkasPotongan.data).where(
                    BerkasPotongan.sha256 == sha256, BerkasPotongan.seq == seq
                )
            )
            if data is None:
                return  # a chunk is missing: the digest will say so
            yield bytes(data)

    return chunks()


def fetch(session: Session, sha256: str, target: Path) -> str | None:
    """Write the stored content to ``target`` (atomically) when it is intact. Returns the
    SHA-256 of what the database holds (``sha256`` when intact, something else when it is
    damaged — then ``target`` is left alone), or None when it holds nothing."""
    chunks = stream(session, sha256)
    if chunks is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".unduh-", suffix=".part")
    temp = Path(name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() == sha256:
            os.replace(temp, target)
        return digest.hexdigest()
    finally:
        temp.unlink(missing_ok=True)


def digest_of(path: Path) -> str | None:
    """The SHA-256 of a file, or None when it cannot be read."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None
