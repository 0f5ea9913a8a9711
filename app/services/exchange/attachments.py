"""Attachment files inside a package: every one checked against its SHA-256 (by the
reader) and against the media type its record claims, then copied beside the attachment
store and renamed into place only when the import goes ahead; its content goes into the
database (``core.berkas``) in the import's transaction, so every PC of the desk has it."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from app.services.core import berkas
from app.services.desk import lampiran
from app.services.exchange.archive import Reader
from app.services.exchange.records import Incoming, PackageError

NOTHING_WRITTEN = "Tidak ada data yang diubah."


@dataclass(frozen=True)
class Staged:
    """An attachment checked and copied beside the store, renamed into place only when the
    import goes ahead."""

    temp: Path
    final: Path


def stage(
    session: Session, reader: Reader, records: list[Incoming], store: Path, keep: bool
) -> list[Staged]:
    """Check every attachment part against its SHA-256 and its record's media type; stage
    those the database lacks and this PC holds no intact copy of."""
    needed: dict[str, tuple[str, Path]] = {}
    for record in records:
        values = record.values
        if values.get("archived") or values.get("sha256") is None:
            continue
        media_type = values.get("media_type")
        if media_type not in lampiran.SUFFIXES:
            raise PackageError(f"Paket rusak: jenis lampiran {media_type!r} tidak dikenal.")
        path = lampiran.stored_path(store, values["sha256"], media_type)
        if not berkas.has(session, values["sha256"]) and berkas.digest_of(path) != values["sha256"]:
            needed[values["sha256"]] = (media_type, path)
    staged: list[Staged] = []
    try:
        for name in reader.names("lampiran/"):
            want = needed.get(name.removeprefix("lampiran/"))
            if want is None or not keep:
                tap = _Tap(None)
                reader.copy_part(name, tap)
            else:
                store.mkdir(parents=True, exist_ok=True)
                fd, temp_name = tempfile.mkstemp(dir=store, prefix=".paket-", suffix=".part")
                staged.append(Staged(Path(temp_name), want[1]))
                with os.fdopen(fd, "wb") as out:
                    tap = _Tap(out)
                    reader.copy_part(name, tap)
            if want is not None and lampiran.sniff(tap.head) != want[0]:
                raise PackageError(f"Paket rusak: isi lampiran {name[9:21]}… bukan {want[0]}.")
        absent = set(needed) - {n.removeprefix("lampiran/") for n in reader.names("lampiran/")}
        if absent:
            raise PackageError(
                f"Paket tidak membawa berkas lampiran {sorted(absent)[0][:12]}… yang dirujuk "
                f"catatannya. Paket ditolak; {NOTHING_WRITTEN.lower()}"
            )
    except BaseException:
        discard(staged)
        raise
    return staged


class _Tap:
    """Passes an attachment through (or nowhere), keeping its first bytes for the type check."""

    def __init__(self, out: IO[bytes] | None) -> None:
        self.out = out
        self.head = b""

    def write(self, chunk: bytes) -> int:
        if len(self.head) < 64:
            self.head += chunk[: 64 - len(self.head)]
        if self.out is not None:
            self.out.write(chunk)
        return len(chunk)


def discard(staged: list[Staged]) -> None:
    for item in staged:
        item.temp.unlink(missing_ok=True)


def to_database(
    session: Session, records: list[Incoming], staged: list[Staged], store: Path
) -> None:
    """The content of every attachment the package brought into the database, from the
    staged copy (or this PC's intact copy), in the import's transaction."""
    temps = {item.final: item.temp for item in staged}
    for record in records:
        values = record.values
        if values.get("archived") or values.get("sha256") is None:
            continue
        sha256, media_type = values["sha256"], values["media_type"]
        if not berkas.has(session, sha256):
            final = lampiran.stored_path(store, sha256, media_type)
            berkas.put_file(session, temps.get(final, final), sha256, media_type)


def place(staged: list[Staged]) -> None:
    for item in staged:
        item.final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(item.temp, item.final)
