"""Lampiran (attachments): photos, scans and PDFs kept under their SHA-256 (SPEC 9). The
type is read from the content, never from the name; the original file name is kept as
data only and never used to build a path.

The content is stored in the database (``core.berkas``), in the same transaction as the
attachment's row, so every PC of a shared desk opens it and every backup carries it. Each
PC keeps a copy in its data folder (``stored_path``) to hand to the system viewer: written
when the file is added here or first opened here, and hashed again before every opening
(a damaged copy is fetched again from the database; a damaged database copy is refused).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import exists, select

from app.models import Berkas, Insiden, Lampiran, Sosialisasi
from app.paths import data_dir
from app.services.core import berkas, formatting, pengaturan
from app.services.core.actor import INSIDEN_CATAT, SOSIALISASI_CATAT
from app.services.core.changes import Changes
from app.services.core.errors import DomainError, ValidationError, os_reason
from app.services.core.uow import UnitOfWork

LAMPIRAN = "lampiran"
#: Owner type → (model, permission needed to add or archive its attachments).
OWNERS = {
    "insiden": (Insiden, INSIDEN_CATAT),
    "sosialisasi": (Sosialisasi, SOSIALISASI_CATAT),
}
MB = CHUNK = 1024 * 1024
UNSUPPORTED = "Jenis berkas tidak didukung: hanya foto (JPEG, PNG, WebP, TIFF) dan PDF"
DAMAGED = "Berkas lampiran rusak atau hilang"
MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"),
         (b"%PDF-", "application/pdf"), (b"II*\x00", "image/tiff"),
         (b"MM\x00*", "image/tiff"))  # fmt: skip
#: Media type → suffix of the stored copy (from the content, so the system viewer opens it).
SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf",
            "image/webp": ".webp", "image/tiff": ".tif"}  # fmt: skip


@dataclass(frozen=True)
class LampiranRow:
    id: int
    original_name: str
    media_type: str
    size: int
    sha256: str
    created_at: datetime
    created_by: str
    version: int = 1


def sniff(head: bytes) -> str | None:
    """The media type from a file's first bytes, or None when it is not one we accept."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, media_type in MAGIC:
        if head.startswith(magic):
            return media_type
    return None


def megabytes(size: int) -> str:
    """``25,3 MB``."""
    return f"{formatting.number(size / MB, 1)} MB"


def default_store() -> Path:
    return data_dir() / LAMPIRAN


def display_name(name: str) -> str:
    """The last part of a name under either separator, without control characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return (base if base not in ("", ".", "..") else "lampiran")[:255]


def stored_path(store: Path, sha256: str, media_type: str) -> Path:
    """``store/ab/abcdef….jpg``: built from the hash and the sniffed type only."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise DomainError(DAMAGED + ".")
    return store / sha256[:2] / (sha256 + SUFFIXES.get(media_type, ""))


_hash_file = berkas.digest_of


def _owner(uow: UnitOfWork, owner_type: str, owner_id: int):
    if owner_type not in OWNERS:
        raise DomainError(f"Lampiran untuk '{owner_type}' tidak didukung.")
    model, permission = OWNERS[owner_type]
    uow.require(permission)
    return uow.get(model, owner_id)


def _too_big(name: str, size: int, limit: int) -> ValidationError:
    message = f"Berkas {name} terlalu besar: {megabytes(size)}. Batas lampiran {limit // MB} MB."
    return ValidationError(message, field="berkas")


def _copy(source: Path, store: Path, limit: int) -> tuple[str, int, str]:
    """Stream ``source`` into the store; (sha256, size, media type). Atomic: a temp file in
    the store, renamed into place; an identical stored copy is reused."""
    name = display_name(source.name)
    try:
        if not source.is_file():
            raise FileNotFoundError(2, "tidak ditemukan atau bukan berkas")
        handle = source.open("rb")
    except OSError as error:
        message = f"Berkas {name} tidak dapat dibaca: {os_reason(error)}."
        raise ValidationError(message, field="berkas") from error
    with handle:
        if (size := os.fstat(handle.fileno()).st_size) > limit:
            raise _too_big(name, size, limit)
        chunk = handle.read(CHUNK)
        if not chunk:
            raise ValidationError(f"Berkas {name} kosong.", field="berkas")
        media_type = sniff(chunk)
        if media_type is None:
            raise ValidationError(UNSUPPORTED + ".", field="berkas")
        digest, total, temp = hashlib.sha256(), 0, None
        try:
            store.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(dir=store, prefix=".masuk-", suffix=".part")
            temp = Path(temp_name)
            with os.fdopen(fd, "wb") as out:
                while chunk:
                    total += len(chunk)
                    if total > limit:
                        raise _too_big(name, total, limit)
                    digest.update(chunk)
                    out.write(chunk)
                    chunk = handle.read(CHUNK)
                out.flush()
                os.fsync(out.fileno())
            target = stored_path(store, digest.hexdigest(), media_type)
            if not (target.is_file() and _hash_file(target) == digest.hexdigest()):
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, target)
        except OSError as error:
            message = f"Lampiran tidak dapat disimpan: {os_reason(error)}."
            raise DomainError(message) from error
        finally:
            if temp is not None:
                temp.unlink(missing_ok=True)
    return digest.hexdigest(), total, media_type


def attach(
    uow: UnitOfWork, *, owner_type: str, owner_id: int, source: Path, store: Path | None = None
) -> Changes:
    """Copy ``source`` into the store and record it as an attachment of the owner."""
    owner = _owner(uow, owner_type, owner_id)
    limit = pengaturan.get(uow, "attachment_max_mb") * MB
    store = store or default_store()
    sha256, size, media_type = _copy(Path(source), store, limit)
    name = display_name(Path(source).name)
    _share(uow, stored_path(store, sha256, media_type), sha256, media_type)
    uow.session.add(Lampiran(owner_type=owner_type, owner_id=owner.id, sha256=sha256, size=size,
                             media_type=media_type, original_name=name,
                             insiden_id=owner.id if owner_type == "insiden" else None))  # fmt: skip
    uow.commit()
    return Changes.of(owner_type, LAMPIRAN, summary=f"Lampiran {name} ditambahkan.")


def list_for(uow: UnitOfWork, owner_type: str, owner_id: int) -> list[LampiranRow]:
    rows = uow.session.scalars(
        select(Lampiran)
        .where(Lampiran.owner_type == owner_type, Lampiran.owner_id == owner_id)
        .where(Lampiran.archived.is_(False))
        .order_by(Lampiran.id)
    )
    return [
        LampiranRow(r.id, r.original_name, r.media_type, r.size, r.sha256, r.created_at,
                    r.created_by, r.version)
        for r in rows
    ]  # fmt: skip


def path_of(uow: UnitOfWork, lampiran_id: int, store: Path | None = None) -> Path:
    """This PC's copy of an attachment (fetched from the database when it has none, or a
    damaged one), checked against its SHA-256 before anyone opens it."""
    record = uow.get(Lampiran, lampiran_id)
    return local_copy(uow, record.sha256, record.media_type, record.original_name, store)


def local_copy(uow: UnitOfWork, sha256: str, media_type: str, name: str = "",
               store: Path | None = None) -> Path:  # fmt: skip
    """The stored content at ``stored_path`` in this PC's store, intact; DomainError
    (``DAMAGED``) when neither this PC nor the database has it intact."""
    path = stored_path(store or default_store(), sha256, media_type)
    if _hash_file(path) == sha256:
        if not berkas.has(uow.session, sha256):  # added before the database kept files
            _share(uow, path, sha256, media_type)
            uow.commit()
        return path
    try:
        found = berkas.fetch(uow.session, sha256, path)
    except OSError as error:
        raise DomainError(
            f"Lampiran tidak dapat disalin ke folder data: {os_reason(error)}."
        ) from error
    if found != sha256:
        raise DomainError(f"{DAMAGED}: {name or sha256}.")
    return path


def _share(uow: UnitOfWork, path: Path, sha256: str, media_type: str) -> None:
    """Put this PC's copy into the database, for every PC of the desk."""
    try:
        berkas.put_file(uow.session, path, sha256, media_type)
    except (OSError, ValueError) as error:  # the copy changed under us
        raise DomainError(f"{DAMAGED}: {path.name}.") from error


def share_local(uow: UnitOfWork, store: Path | None = None) -> int:
    """Attachments added before the database kept their content (so only on the PC that
    added them): what this PC still holds intact goes into the database. Returns how
    many; run at start, a no-op (one query) once every attachment is shared."""
    missing = uow.session.execute(
        select(Lampiran.sha256, Lampiran.media_type)
        .where(~exists().where(Berkas.sha256 == Lampiran.sha256))
        .distinct()
    ).all()
    shared = 0
    for sha256, media_type in missing:
        path = stored_path(store or default_store(), sha256, media_type)
        if _hash_file(path) == sha256:
            berkas.put_file(uow.session, path, sha256, media_type)
            shared += 1
    if shared:
        uow.commit()
    return shared


def archive(uow: UnitOfWork, lampiran_id: int, version: int) -> Changes:
    """Soft delete: the row is archived, the stored copy stays (others may share it)."""
    record = uow.get(Lampiran, lampiran_id)
    _owner(uow, record.owner_type, record.owner_id)
    uow.get(Lampiran, lampiran_id, expected_version=version)
    record.archived = True
    uow.commit()
    summary = f"Lampiran {record.original_name} diarsipkan."
    return Changes.of(record.owner_type, LAMPIRAN, summary=summary)
