"""The .deskpkg file: a zip of ``manifest.json``, ``records/<table>.json``,
``acuan/<table>.json`` and ``lampiran/<sha256>``.

Nothing inside the archive ever becomes a path: a member name must have one of those exact
shapes (so ``../``, absolute names, drive letters and backslashes are refused) and name a
table this version knows, links and encrypted members are refused, and every part is read
against the size and SHA-256 the manifest declares, under the caps of
``importing.limits``, so a zip bomb stops at the first byte too many. Records parts are
parsed one record at a time as they stream (``Reader.records``), never held whole, and
every part is hash-checked before an import is accepted — including a repeated one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from app.services.core.errors import os_reason
from app.services.core.formatting import number
from app.services.exchange.jsonstream import array_items
from app.services.exchange.records import PackageError
from app.services.exchange.tables import ACUAN, BY_NAME
from app.services.importing import limits

FORMAT = "desk-pilkada-paket"
FORMAT_VERSION = 1
SUFFIX = ".deskpkg"
MANIFEST = "manifest.json"
PART_NAME = re.compile(r"(?:records|acuan)/[a-z][a-z_]{0,62}\.json|lampiran/[0-9a-f]{64}")
MB = limits.MB
CHUNK = MB

DAMAGED = (
    "Paket rusak atau tidak lengkap (mungkin terpotong saat disalin atau diunduh). Minta desk "
    "pengirim mengirim ulang berkasnya. Tidak ada data yang diubah."
)
TAMPERED = (
    "Isi paket tidak cocok dengan manifesnya ({detail}). Paket ditolak; tidak ada data yang diubah."
)


@dataclass(frozen=True)
class Manifest:
    package_uid: str
    schema: str
    app_version: str
    #: desk, agency, province_code, province_name, kabkota_code, kabkota_name
    source: dict[str, str]
    created_at: datetime
    created_by: str
    range_start: datetime | None
    range_end: datetime
    counts: dict[str, int]
    #: member name → (sha256, size)
    parts: dict[str, tuple[str, int]]

    @property
    def source_desk(self) -> str:
        return self.source.get("desk", "")

    def to_json(self) -> bytes:
        body = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "package_uid": self.package_uid,
            "schema": self.schema,
            "app_version": self.app_version,
            "source": self.source,
            "created_at": self.created_at.isoformat(),
            "created_by": self.created_by,
            "range": {
                "start": self.range_start.isoformat() if self.range_start else None,
                "end": self.range_end.isoformat(),
            },
            "counts": self.counts,
            "parts": {n: {"sha256": s, "size": z} for n, (s, z) in sorted(self.parts.items())},
        }
        return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            body = json.loads(raw.decode("utf-8"))
            if body.get("format") != FORMAT:
                raise PackageError(
                    "Berkas ini bukan paket pertukaran Desk Pilkada (.deskpkg). Tidak ada data yang diubah."
                )
            if body.get("format_version") != FORMAT_VERSION:
                raise PackageError(
                    f"Paket memakai format versi {body.get('format_version')}, sedangkan aplikasi ini "
                    f"mengenal versi {FORMAT_VERSION}. Perbarui Desk Pilkada di salah satu desk."
                )
            parts = {
                str(name): (str(p["sha256"]), int(p["size"])) for name, p in body["parts"].items()
            }
            start = body["range"]["start"]
            manifest = cls(
                package_uid=str(body["package_uid"]),
                schema=str(body["schema"]),
                app_version=str(body.get("app_version", "")),
                source={str(k): str(v) for k, v in body["source"].items()},
                created_at=_aware(body["created_at"]),
                created_by=str(body.get("created_by", "")),
                range_start=_aware(start) if start else None,
                range_end=_aware(body["range"]["end"]),
                counts={str(k): int(v) for k, v in body["counts"].items()},
                parts=parts,
            )
        except PackageError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise PackageError(TAMPERED.format(detail="manifes tidak dapat dibaca")) from error
        if not re.fullmatch(r"[0-9a-f-]{36}", manifest.package_uid):
            raise PackageError(TAMPERED.format(detail="nomor paket tidak sah"))
        for name, (sha, size) in parts.items():
            bad_name = not PART_NAME.fullmatch(name) or not re.fullmatch(r"[0-9a-f]{64}", sha)
            # An attachment is named after its own SHA-256: content and name must agree.
            if bad_name or size < 0 or (name.startswith("lampiran/") and name != f"lampiran/{sha}"):
                raise PackageError(TAMPERED.format(detail=f"bagian '{name}' tidak sah"))
            if not known_part(name):
                raise PackageError(
                    f"Paket berisi bagian '{name}' yang tidak dikenal versi aplikasi ini. Perbarui "
                    "Desk Pilkada, atau minta desk pengirim membuat paket ulang. Paket ditolak; "
                    "tidak ada data yang diubah."
                )
        return manifest


def known_part(name: str) -> bool:
    """A part this version reads: records of a table it exchanges, reference rows it may
    create, an attachment. Anything else would be carried along unread — refused."""
    if name.startswith("lampiran/"):
        return True
    kind, _, rest = name.partition("/")
    table = rest.removesuffix(".json")
    if kind == "records":
        return table in BY_NAME
    return table in ACUAN and bool(ACUAN[table].create)


def _aware(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("naive")
    return value.astimezone(UTC)


def _unsafe(info: zipfile.ZipInfo) -> str | None:
    """Why a member may not be read, or None."""
    name = info.filename
    if name != MANIFEST and not PART_NAME.fullmatch(name):
        return f"nama berkas tidak aman atau tidak dikenal: {name!r}"
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"tautan simbolik: {name}"
    if info.flag_bits & 0x1:
        return f"berkas terenkripsi: {name}"
    if info.is_dir():
        return f"folder: {name}"
    return None


def _too_big(what: str, limit: int) -> PackageError:
    return PackageError(
        f"Paket terlalu besar: {what}, batasnya {number(limit // MB)} MB. Minta desk pengirim "
        "membuat paket untuk periode yang lebih pendek. Tidak ada data yang diubah."
    )


def _ratio_too_high(info: zipfile.ZipInfo) -> bool:
    return info.file_size > MB and info.file_size > limits.PACKAGE_RATIO * max(
        info.compress_size, 1
    )


class Reader:
    """An opened package whose member list and manifest have been checked."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._zip = zipfile.ZipFile(self.path)
            infos = self._zip.infolist()
        except FileNotFoundError as error:
            raise PackageError(f"Berkas paket tidak ditemukan: {self.path}") from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
            raise PackageError(DAMAGED) from error
        try:
            self._check_members(infos)
            manifest = self._read(MANIFEST, None, limits.PACKAGE_MANIFEST_BYTES)
            self.manifest = Manifest.from_json(manifest)
            self._check_parts()
            #: Parts whose SHA-256 has been checked against the manifest.
            self.verified: set[str] = set()
        except BaseException:
            self.close()
            raise

    def _check_members(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > limits.PACKAGE_MEMBERS:
            raise PackageError(TAMPERED.format(detail=f"{len(infos)} berkas di dalamnya"))
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            problem = _unsafe(info)
            if problem is None and info.filename in self._infos:
                problem = f"nama berkas ganda: {info.filename}"
            if problem is None and _ratio_too_high(info):
                problem = f"berkas {info.filename} mengembang terlalu besar (bom zip)"
            if problem:
                raise PackageError(
                    f"Paket ditolak karena berisi {problem}. Tidak ada data yang diubah."
                )
            self._infos[info.filename] = info
        if MANIFEST not in self._infos:
            raise PackageError(
                "Berkas ini bukan paket pertukaran Desk Pilkada: manifest.json tidak ada. "
                "Tidak ada data yang diubah."
            )

    def _check_parts(self) -> None:
        declared = set(self.manifest.parts)
        present = set(self._infos) - {MANIFEST}
        if declared - present:
            missing = sorted(declared - present)[0]
            raise PackageError(TAMPERED.format(detail=f"bagian {missing} tidak ada"))
        if present - declared:
            extra = sorted(present - declared)[0]
            raise PackageError(TAMPERED.format(detail=f"berkas {extra} tidak tercantum"))
        total = json_total = 0
        for name, (_sha, size) in self.manifest.parts.items():
            if self._infos[name].file_size != size:
                raise PackageError(TAMPERED.format(detail=f"ukuran {name}"))
            if name.startswith("lampiran/"):
                if size > limits.PACKAGE_FILE_BYTES:
                    raise _too_big(
                        f"lampiran {name[9:21]}… {number(size // MB)} MB", limits.PACKAGE_FILE_BYTES
                    )
            else:
                json_total += size
            total += size
        if json_total > limits.PACKAGE_JSON_BYTES:
            raise _too_big(
                f"datanya {number(json_total // MB)} MB setelah dibuka", limits.PACKAGE_JSON_BYTES
            )
        if total > limits.PACKAGE_TOTAL_BYTES:
            raise _too_big(
                f"isinya {number(total // MB)} MB setelah dibuka", limits.PACKAGE_TOTAL_BYTES
            )
        records = sum(self.manifest.counts.values())
        if records > limits.PACKAGE_RECORDS:
            raise PackageError(
                f"Paket terlalu besar: {number(records)} data, batasnya "
                f"{number(limits.PACKAGE_RECORDS)}. Buat paket untuk periode yang lebih pendek. "
                "Tidak ada data yang diubah."
            )

    def _stream(self, name: str, sha: str | None, limit: int) -> Iterator[bytes]:
        info = self._infos[name]
        digest, seen = hashlib.sha256(), 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    seen += len(chunk)
                    if seen > limit:
                        raise PackageError(
                            TAMPERED.format(detail=f"{name} lebih besar dari seharusnya")
                        )
                    digest.update(chunk)
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise PackageError(DAMAGED) from error
        if sha is not None and digest.hexdigest() != sha:
            raise PackageError(TAMPERED.format(detail=f"SHA-256 {name} berbeda"))
        if sha is not None:
            self.verified.add(name)

    def _read(self, name: str, sha: str | None, limit: int) -> bytes:
        return b"".join(self._stream(name, sha, limit))

    def _part(self, name: str) -> Iterator[bytes]:
        sha, size = self.manifest.parts[name]
        return self._stream(name, sha, size)

    def records(self, name: str) -> Iterator[Any]:
        """The items of a JSON array part, parsed one at a time as the part streams. The
        part's SHA-256 is checked when it ends: consume the iterator to the end before
        trusting what it gave."""
        return array_items(self._part(name), name)

    def json_part(self, name: str) -> list[Any]:
        """A small part (reference rows) as a list."""
        return list(self.records(name))

    def copy_part(self, name: str, out: IO[bytes]) -> None:
        for chunk in self._part(name):
            out.write(chunk)

    def verify_all(self, progress: Callable[[str], None] | None = None) -> None:
        """Check the SHA-256 of every part not checked yet (reading discards the bytes)."""
        for name in sorted(set(self.manifest.parts) - self.verified):
            if progress is not None:
                progress(name)
            for _chunk in self._part(name):
                pass

    def names(self, prefix: str) -> list[str]:
        return sorted(n for n in self.manifest.parts if n.startswith(prefix))

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Writer:
    """Writes into a temporary file beside the target; ``finish`` renames it into place, so
    a package on disk is always whole."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.parts: dict[str, tuple[str, int]] = {}
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.target.parent, prefix=".paket-", suffix=".part")
        except OSError as error:
            raise PackageError(
                f"Paket tidak dapat ditulis di {self.target.parent}: {os_reason(error)}."
            ) from error
        os.close(fd)
        self._temp = Path(temp)
        self._zip = zipfile.ZipFile(self._temp, "w", zipfile.ZIP_DEFLATED, compresslevel=6)

    def add_json(self, name: str, body: Any) -> None:
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._zip.writestr(name, raw)
        self.parts[name] = (hashlib.sha256(raw).hexdigest(), len(raw))

    def add_file(self, name: str, source: Path) -> None:
        """Already-compressed media (JPEG, PDF) are stored as they are."""
        digest, size = hashlib.sha256(), 0
        info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        with source.open("rb") as handle, self._zip.open(info, "w", force_zip64=True) as out:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        self.parts[name] = (digest.hexdigest(), size)

    def finish(self, manifest: Manifest) -> str:
        """Write the manifest and put the package in place; returns its SHA-256."""
        self._zip.writestr(MANIFEST, manifest.to_json())
        self._zip.close()
        with self._temp.open("r+b") as handle:
            sha = hashlib.file_digest(handle, "sha256").hexdigest()
            os.fsync(handle.fileno())
        os.replace(self._temp, self.target)
        return sha

    def abort(self) -> None:
        self._zip.close()
        self._temp.unlink(missing_ok=True)


@contextmanager
def writing(target: Path) -> Iterator[Writer]:
    writer = Writer(target)
    try:
        yield writer
    except BaseException:
        writer.abort()
        raise
