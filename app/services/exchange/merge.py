"""Taking in an exchange package at the province.

Everything is checked before anything is written: the archive's member names, the
manifest, the SHA-256 and size of every part, every record's values, every reference.
Records are decoded one at a time as their part streams, so only the checked records are
held, never the raw JSON too. Then the records are merged table by table in ONE
transaction, with the package recorded in it, so a package is either wholly in or not at
all, and the same package twice changes nothing — after its content has been verified
again: a copy whose bytes differ from the package taken in under that number is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from app.models import PaketPertukaran
from app.models.base import new_uid
from app.models.paket import KELUAR, MASUK
from app.services.core import audit, pengaturan, schema
from app.services.core.actor import IMPOR
from app.services.core.changes import Changes
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.desk import lampiran
from app.services.exchange import attachments
from app.services.exchange.apply import (
    NOTE_PREFIX,
    Conflict,
    MergeState,
    TableMerge,
    Tally,
    flush_audit,
)
from app.services.exchange.archive import Manifest, Reader
from app.services.exchange.records import Decoder, Incoming, PackageError, decode_value
from app.services.exchange.refs import Refs, freeze
from app.services.exchange.tables import ACUAN, BY_NAME, EXCHANGED, table

NOTHING_WRITTEN = "Tidak ada data yang diubah."


@dataclass(frozen=True)
class TableResult:
    label: str
    added: int
    updated: int
    unchanged: int
    kept: int


@dataclass(frozen=True)
class ImportResult:
    path: Path
    package_uid: str
    source_desk: str
    created_at: datetime
    range_start: datetime | None
    range_end: datetime
    tables: tuple[TableResult, ...]
    conflicts: tuple[Conflict, ...]
    #: Numbers given anew, reference items created, and the like.
    notes: tuple[str, ...]
    files: int
    #: When this very package was taken in before (then nothing changed now).
    already_at: datetime | None
    dry_run: bool
    changes: Changes

    def summary(self) -> str:
        if self.already_at is not None:
            return (
                f"Paket {self.path.name} dari {self.source_desk} sudah pernah diimpor; "
                "tidak ada yang berubah."
            )
        added = sum(t.added for t in self.tables)
        updated = sum(t.updated for t in self.tables)
        unchanged = sum(t.unchanged for t in self.tables)
        verb = "akan" if self.dry_run else "telah"
        return (
            f"Paket dari {self.source_desk}: {added} data baru, {updated} diperbarui, "
            f"{unchanged} sudah sama, {len(self.conflicts)} konflik ({verb} digabungkan)."
        )


def read_manifest(path: Path) -> Manifest:
    """What a package says about itself (source, period, counts), for a confirmation
    before importing; the full check happens in ``import_package``."""
    with Reader(Path(path)) as reader:
        return reader.manifest


def _check_origin(uow: UnitOfWork, manifest: Manifest) -> None:
    if manifest.schema not in schema.known_revisions():
        raise PackageError(
            f"Paket dibuat oleh versi Desk Pilkada yang lebih baru (skema {manifest.schema}). "
            f"Perbarui aplikasi di desk ini lalu impor lagi. {NOTHING_WRITTEN}"
        )
    here = pengaturan.get(uow, "province_code")
    there = manifest.source.get("province_code", "")
    if there != here:
        raise PackageError(
            f"Paket berasal dari desk provinsi {manifest.source.get('province_name') or there}, "
            f"sedangkan desk ini provinsi {pengaturan.get(uow, 'province_name')}. {NOTHING_WRITTEN}"
        )
    if manifest.source.get("demo") and not pengaturan.get(uow, "is_demo"):
        raise PackageError(
            f"Paket ini dibuat dari basis data contoh (DATA CONTOH) dan tidak boleh bercampur "
            f"dengan data desk. {NOTHING_WRITTEN}"
        )
    own = uow.session.scalar(
        select(PaketPertukaran.id).where(
            PaketPertukaran.direction == KELUAR, PaketPertukaran.package_uid == manifest.package_uid
        )
    )
    if own is not None:
        raise PackageError(f"Paket ini dibuat oleh desk ini sendiri. {NOTHING_WRITTEN}")


#: Reference rows a package may bring (an administrator's own categories ...).
ACUAN_ROWS = 10_000
UID = re.compile(r"[0-9a-f-]{36}")


def _read_records(reader: Reader, decoder: Decoder) -> dict[str, list[Incoming]]:
    """Every records part, streamed and decoded one record at a time, with counts, uids
    and SHA-256 checked."""
    manifest = reader.manifest
    unknown = [t for t, n in manifest.counts.items() if n and t not in BY_NAME]
    if unknown:
        raise PackageError(
            f"Paket berisi data '{unknown[0]}' yang tidak dikenal versi aplikasi ini. "
            f"Perbarui Desk Pilkada lalu impor lagi. {NOTHING_WRITTEN}"
        )
    out: dict[str, list[Incoming]] = {}
    for spec in EXCHANGED:
        name = f"records/{spec.table}.json"
        expected = manifest.counts.get(spec.table, 0)
        rows: list[Incoming] = []
        if name in manifest.parts:
            _decode_part(reader, name, spec, expected, decoder, rows)
        if len(rows) != expected:
            raise _count_mismatch(spec.label)
        out[spec.table] = rows
    return out


def _count_mismatch(label: str) -> PackageError:
    return PackageError(
        f"Isi paket tidak cocok dengan manifesnya (jumlah {label.lower()}). "
        f"Paket ditolak; {NOTHING_WRITTEN.lower()}"
    )


def _decode_part(
    reader: Reader, name: str, spec: Any, expected: int, decoder: Decoder, rows: list[Incoming]
) -> None:
    items = reader.records(name)
    seen: set[str] = set()
    try:
        for item in items:
            if len(rows) >= expected:
                raise _count_mismatch(spec.label)
            uid = item.get("uid") if isinstance(item, dict) else None
            if not isinstance(uid, str) or not UID.fullmatch(uid) or uid in seen:
                raise PackageError(
                    f"Paket rusak: {spec.label.lower()} dengan uid tidak sah atau ganda."
                )
            seen.add(uid)
            rows.append(decoder.decode(spec, uid, item))
    except PackageError:
        # A record refused half-way: when the part was tampered with, say that instead.
        for _rest in items:
            pass
        raise


def _acuan_parts(reader: Reader) -> dict[str, dict[Any, dict[str, Any]]]:
    """Reference items the package may create here, by travelling key."""
    out: dict[str, dict[Any, dict[str, Any]]] = {}
    for name in reader.names("acuan/"):
        acuan_name = name.removeprefix("acuan/").removesuffix(".json")
        spec = ACUAN.get(acuan_name)
        if spec is None or not spec.create:
            raise PackageError(f"Paket rusak: bagian {name} tidak dikenal.")
        items = {}
        for row in reader.records(name):
            if not isinstance(row, dict) or "key" not in row or len(items) >= ACUAN_ROWS:
                raise PackageError(f"Paket rusak: isi {name} tidak sah.")
            where = f"{spec.label} {row['key']}"
            values = {
                c: decode_value(table(acuan_name).c[c], row.get(c), where) for c in spec.create
            }
            items[freeze(row["key"])] = values
        out[acuan_name] = items
    return out


def _check_links(uow: UnitOfWork, records: dict[str, list[Incoming]]) -> None:
    """Every record referred to is in the package or already here."""
    wanted: dict[str, set[str]] = {}
    for rows in records.values():
        for record in rows:
            for refers, uid in record.links.values():
                wanted.setdefault(refers, set()).add(uid)
    for refers, uids in wanted.items():
        missing = uids - {r.uid for r in records.get(refers, [])}
        source = table(refers)
        ordered = sorted(missing)
        for i in range(0, len(ordered), 500):
            part = ordered[i : i + 500]
            missing -= set(uow.session.scalars(select(source.c.uid).where(source.c.uid.in_(part))))
        if missing:
            raise PackageError(
                f"Paket merujuk {BY_NAME[refers].label.lower()} {sorted(missing)[0]} yang tidak ada "
                f"di paket maupun di desk ini. Paket ditolak; {NOTHING_WRITTEN.lower()}"
            )


def import_package(
    uow: UnitOfWork,
    path: Path,
    *,
    dry_run: bool = False,
    store: Path | None = None,
    reporter: Progress | None = None,
) -> ImportResult:
    """Check and merge a package. With ``dry_run`` everything is done and rolled back: the
    preview of what an import would change, conflicts included."""
    uow.require(IMPOR)
    path = Path(path)
    reporter = reporter or Progress()
    store = store or lampiran.default_store()
    with Reader(path) as reader:
        manifest = reader.manifest
        _check_origin(uow, manifest)
        previous = uow.session.execute(
            select(PaketPertukaran.at, PaketPertukaran.sha256).where(
                PaketPertukaran.direction == MASUK,
                PaketPertukaran.package_uid == manifest.package_uid,
            )
        ).first()
        reporter.report(0, 0, "Memeriksa isi paket…")
        if previous is not None:
            reader.verify_all()  # a tampered copy is refused, not called "already in"
            _same_as_before(path, manifest, previous)
            return _already(uow, manifest, path, previous.at, dry_run)
        refs = Refs(uow.session)
        decoder = Decoder(refs)
        records = _read_records(reader, decoder)
        offered = _acuan_parts(reader)
        lacking = {
            n: {k for k in keys if k not in offered.get(n, {})}
            for n, keys in decoder.missing.items()
        }
        if any(lacking.values()):
            decoder.missing = {n: k for n, k in lacking.items() if k}
            raise PackageError(f"{decoder.missing_message()} {NOTHING_WRITTEN}")
        _check_links(uow, records)
        reporter.report(0, 0, "Memeriksa lampiran…")
        staged = attachments.stage(
            uow.session, reader, records["lampiran"], store, keep=not dry_run
        )
        try:
            reader.verify_all()  # every part has been read; nothing goes unchecked
        except BaseException:
            attachments.discard(staged)
            raise
    state = MergeState(
        session=uow.session, user=uow.user, note=f"{NOTE_PREFIX}{path.name} dari {manifest.source_desk}",
        at=uow.now_utc(), range_start=manifest.range_start, progress=reporter,
        total=sum(len(r) for r in records.values()),
    )  # fmt: skip
    try:
        if _create_acuan(state, refs, decoder.missing, offered):
            for rows in records.values():
                for record in rows:
                    record.fill(refs)
        tallies = {
            spec.table: TableMerge(state, spec, records[spec.table]).run() for spec in EXCHANGED
        }
        flush_audit(state)
        _record(uow, manifest, path, state, tallies)
        if dry_run:
            uow.session.rollback()
        else:
            attachments.to_database(uow.session, records["lampiran"], staged, store)
            attachments.place(staged)
            uow.commit()
    except IntegrityError as error:
        uow.session.rollback()
        raise PackageError(
            "Paket tidak dapat digabungkan karena bertabrakan dengan data di desk ini, atau paket "
            f"yang sama sedang diimpor di PC lain. {NOTHING_WRITTEN}"
        ) from error
    except BaseException:
        uow.session.rollback()
        raise
    finally:
        attachments.discard(staged)  # after _place nothing is left to discard
    return _result(manifest, path, state, tallies, len(staged), dry_run)


def _create_acuan(
    state: MergeState, refs: Refs, missing: dict[str, set[Any]], offered: dict
) -> bool:
    """Create the reference items (e.g. an incident category an administrator added at the
    sending desk) that this desk lacks and the package brought. True when any was made."""
    for name, keys in missing.items():
        source = table(name)
        for key in sorted(keys, key=str):
            values = offered[name][key]
            row = dict(zip(ACUAN[name].key, key, strict=True)) | values
            row_id = state.session.execute(
                insert(source).values(uid=new_uid(), version=1, archived=False, created_at=state.at,
                                      updated_at=state.at, created_by=state.user, updated_by=state.user, **row)
                .returning(source.c.id)
            ).scalar_one()  # fmt: skip
            refs.add(name, key, row_id)
            state.notes.append(
                f"{ACUAN[name].label} '{values.get('name') or key}' dari paket ditambahkan."
            )
    return any(missing.values())


def _record(
    uow: UnitOfWork, manifest: Manifest, path: Path, state: MergeState, tallies: dict[str, Tally]
) -> None:
    """The package itself, in the same transaction: a second import recognises it."""
    with path.open("rb") as handle:
        sha256 = hashlib.file_digest(handle, "sha256").hexdigest()
    uow.session.add(
        PaketPertukaran(
            direction=MASUK, package_uid=manifest.package_uid, source_desk=manifest.source_desk[:200],
            range_start=manifest.range_start, range_end=manifest.range_end, sha256=sha256,
            counts_json=json.dumps(manifest.counts), file_name=path.name[:300], at=state.at, by=uow.user,
        )
    )  # fmt: skip
    changed = {
        t: [n.added, n.updated, n.kept]
        for t, n in tallies.items()
        if n.added or n.updated or n.kept
    }
    audit.record(
        uow.session, uow.user, audit.IMPORT, entity="paket_pertukaran", entity_uid=manifest.package_uid,
        note=state.note, changes={"baru_diperbarui_dipertahankan": changed, "konflik": len(state.conflicts)},
        at=state.at,
    )  # fmt: skip
    uow.session.flush()


def _result(
    manifest: Manifest,
    path: Path,
    state: MergeState,
    tallies: dict[str, Tally],
    files: int,
    dry_run: bool,
) -> ImportResult:
    tables = tuple(
        TableResult(BY_NAME[t].label, n.added, n.updated, n.unchanged, n.kept)
        for t, n in tallies.items() if n.added or n.updated or n.unchanged or n.kept
    )  # fmt: skip
    touched = {BY_NAME[t].changes_area for t, n in tallies.items() if n.added or n.updated}
    result = ImportResult(
        path, manifest.package_uid, manifest.source_desk, manifest.created_at, manifest.range_start,
        manifest.range_end, tables, tuple(state.conflicts), tuple(state.notes), files, None, dry_run,
        Changes(),
    )  # fmt: skip
    if dry_run or not touched:
        return result
    return replace(result, changes=Changes(frozenset(touched), result.summary()))


def _same_as_before(path: Path, manifest: Manifest, previous: Any) -> None:
    """The package taken in under this number had these very bytes; a copy with other
    content (its hashes recomputed by a forger) is refused."""
    with path.open("rb") as handle:
        sha256 = hashlib.file_digest(handle, "sha256").hexdigest()
    if previous.sha256 and sha256 != previous.sha256:
        raise PackageError(
            f"Paket bernomor {manifest.package_uid} dari {manifest.source_desk} sudah pernah "
            "diimpor, tetapi isi berkas ini berbeda dari paket yang diimpor waktu itu (SHA-256 "
            "berbeda): mungkin salinan yang diubah. Paket ditolak; minta desk pengirim "
            f"mengirim ulang berkas aslinya. {NOTHING_WRITTEN}"
        )


def _already(
    uow: UnitOfWork, manifest: Manifest, path: Path, at: datetime, dry_run: bool
) -> ImportResult:
    if not dry_run:
        audit.record(
            uow.session, uow.user, audit.IMPORT, entity="paket_pertukaran", entity_uid=manifest.package_uid,
            note=f"paket {path.name} sudah pernah diimpor; tidak ada yang berubah",
        )  # fmt: skip
        uow.commit()
    return ImportResult(
        path, manifest.package_uid, manifest.source_desk, manifest.created_at, manifest.range_start,
        manifest.range_end, (), (), (), 0, at, dry_run, Changes(),
    )  # fmt: skip
