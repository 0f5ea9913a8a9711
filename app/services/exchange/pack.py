"""Making an exchange package at a kab/kota desk: the records changed in a period (or since
the last package), with the records they refer to and their attachment files."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import __version__
from app.models import PaketPertukaran, Wilayah
from app.models.paket import KELUAR
from app.services.core import audit, pengaturan
from app.services.core.actor import EKSPOR
from app.services.core.clock import desk_clock
from app.services.core.errors import DomainError
from app.services.core.progress import Progress
from app.services.core.schema import SCHEMA_HEAD
from app.services.core.uow import UnitOfWork
from app.services.desk import lampiran
from app.services.exchange.archive import SUFFIX, Manifest, writing
from app.services.exchange.records import Encoder, PackageError
from app.services.exchange.refs import Refs, thaw
from app.services.exchange.tables import (
    ACUAN,
    EXCHANGED,
    Exchanged,
    set_parent_column,
    table,
    target,
)

#: "Since the last package" starts this much before the previous package ended: a record
#: saved on another PC while that package was being made is sent again rather than lost
#: (taking in a record twice changes nothing).
OVERLAP = timedelta(minutes=15)
CHUNK = 500


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_uid: str
    range_start: datetime | None
    range_end: datetime
    #: table label → records
    counts: dict[str, int]
    files: int
    sha256: str

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        parts = [f"{label} {n}" for label, n in self.counts.items() if n]
        body = ", ".join(parts) if parts else "tidak ada data yang berubah"
        return f"Paket {self.path.name}: {body}; {self.files} berkas lampiran."


def desk_source(uow: UnitOfWork) -> dict[str, str]:
    """Who is sending: the desk's agency, province and (for a kab/kota desk) its kab/kota."""
    values = pengaturan.get_all(uow)
    code = values["desk_kabkota"]
    name = ""
    if code:
        name = uow.session.scalar(select(Wilayah.name).where(Wilayah.code == code)) or code
    where = name or f"Provinsi {values['province_name']}"
    return {
        "desk": f"Desk Pilkada {where}",
        "agency": values["agency_name"],
        "province_code": values["province_code"],
        "province_name": values["province_name"],
        "kabkota_code": code,
        "kabkota_name": name,
        #: A package made from the demo database must never mix into real desk data.
        "demo": "ya" if values["is_demo"] else "",
    }


def last_export_end(uow: UnitOfWork) -> datetime | None:
    """Up to when everything changed here has been sent: the packages that leave no gap
    since the first one. A package for an earlier period alone does not count, so "since
    the last package" never skips what was never sent."""
    rows = uow.session.execute(
        select(PaketPertukaran.range_start, PaketPertukaran.range_end)
        .where(PaketPertukaran.direction == KELUAR)
        .order_by(PaketPertukaran.at, PaketPertukaran.id)
    ).all()
    covered: datetime | None = None
    for start, end in rows:
        if start is None or (covered is not None and start <= covered):
            covered = end if covered is None else max(covered, end)
    return covered


def _rows(uow: UnitOfWork, name: str, where) -> dict[int, dict[str, Any]]:
    source = table(name)
    return {r["id"]: dict(r) for r in uow.session.execute(select(source).where(where)).mappings()}


def _by_ids(uow: UnitOfWork, name: str, ids: set[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), CHUNK):
        found.update(_rows(uow, name, table(name).c.id.in_(ordered[i : i + CHUNK])))
    return found


def _parents(spec: Exchanged, row: dict[str, Any]) -> list[tuple[str, int]]:
    """(table, id) of the travelling records this row refers to."""
    out = []
    for column in table(spec.table).columns:
        refers = target(column)
        if spec.owner and column.name == spec.owner[1]:
            refers = row[spec.owner[0]]
        if refers and refers not in ACUAN and row[column.name] is not None:
            out.append((refers, row[column.name]))
    return out


def _select(
    uow: UnitOfWork, start: datetime | None, end: datetime
) -> dict[str, dict[int, dict[str, Any]]]:
    """Changed rows of every table, plus every record they refer to (a package never
    refers to a record the receiving desk may not have)."""
    chosen: dict[str, dict[int, dict[str, Any]]] = {}
    for spec in EXCHANGED:
        source = table(spec.table)
        where = source.c.updated_at < end
        if start is not None:
            where = where & (source.c.updated_at >= start)
        chosen[spec.table] = _rows(uow, spec.table, where)
    for spec in reversed(EXCHANGED):
        pending = list(chosen[spec.table].values())
        while pending:
            wanted: dict[str, set[int]] = {}
            for row in pending:
                for refers, row_id in _parents(spec, row):
                    if row_id not in chosen[refers]:
                        wanted.setdefault(refers, set()).add(row_id)
            pending = []
            for refers, ids in wanted.items():
                found = _by_ids(uow, refers, ids)
                chosen[refers].update(found)
                if refers == spec.table:
                    pending = list(found.values())
    return chosen


def _sets(uow: UnitOfWork, spec: Exchanged, ids: list[int]) -> dict[int, dict[str, list[dict]]]:
    out: dict[int, dict[str, list[dict]]] = {}
    for set_name in spec.sets:
        parent = set_parent_column(set_name, spec.table)
        for i in range(0, len(ids), CHUNK):
            rows = uow.session.execute(
                select(table(set_name)).where(parent.in_(ids[i : i + CHUNK]))
            ).mappings()
            for row in rows:
                out.setdefault(row[parent.name], {}).setdefault(set_name, []).append(dict(row))
    return out


def _acuan_rows(uow: UnitOfWork, refs: Refs, used: dict[str, set[int]]) -> dict[str, list]:
    """The reference rows a receiving desk may create when it lacks them."""
    out: dict[str, list] = {}
    for name, ids in used.items():
        spec = ACUAN[name]
        if not spec.create:
            continue
        rows = _by_ids(uow, name, ids)
        out[name] = [
            {"key": thaw(refs.key_of(name, row_id)), **{c: row[c] for c in spec.create}}
            for row_id, row in sorted(rows.items())
        ]
    return out


def period(
    uow: UnitOfWork, start: date | None, end: date | None
) -> tuple[datetime | None, datetime]:
    """A period of whole days in the desk's time zone as UTC instants [start, end)."""
    clock = desk_clock(uow)
    now = clock.now_utc()
    begin = clock.start_of(start).astimezone(UTC) if start else None
    finish = min(now, clock.start_of(end + timedelta(days=1)).astimezone(UTC)) if end else now
    if begin is not None and begin >= finish:
        raise PackageError("Awal periode harus sebelum akhirnya dan tidak di masa depan.")
    return begin, finish


def export_package(
    uow: UnitOfWork,
    target_path: Path,
    *,
    start: date | None = None,
    end: date | None = None,
    store: Path | None = None,
    reporter: Progress | None = None,
) -> ExportResult:
    """Write a package of what changed from ``start`` to ``end`` (whole days, desk time);
    without ``start``: since the last package this desk made (or everything)."""
    uow.require(EKSPOR)
    target_path = Path(target_path)
    if target_path.suffix.lower() != SUFFIX:
        raise PackageError(
            f"Beri nama berkas paket berakhiran {SUFFIX}, mis. insiden-pandeglang{SUFFIX}."
        )
    reporter = reporter or Progress()
    begin, finish = period(uow, start, end)
    if start is None:
        last = last_export_end(uow)
        begin = last - OVERLAP if last else None
    reporter.report(0, 0, "Memilih data yang berubah…")
    chosen = _select(uow, begin, finish)
    uids = {name: {i: r["uid"] for i, r in rows.items()} for name, rows in chosen.items()}
    encoder = Encoder(Refs(uow.session), uids)
    store = store or lampiran.default_store()
    files: dict[str, Path] = {}
    counts: dict[str, int] = {}
    total = sum(len(r) for r in chosen.values())
    done = 0
    with writing(target_path) as writer:
        for spec in EXCHANGED:
            rows = chosen[spec.table]
            ids = sorted(rows)
            sets = _sets(uow, spec, ids) if spec.sets else {}
            records = []
            for row_id in ids:
                row = rows[row_id]
                records.append(
                    {"uid": row["uid"], **encoder.encode(spec, row, sets.get(row_id, {}))}
                )
                if spec.files and not row["archived"]:
                    files[row["sha256"]] = _attachment(uow, store, row)
            done += len(ids)
            reporter.report(done, total, f"Menyusun {spec.label.lower()}…")
            writer.add_json(f"records/{spec.table}.json", records)
            counts[spec.table] = len(records)
        for name, rows in _acuan_rows(uow, encoder.refs, encoder.used).items():
            writer.add_json(f"acuan/{name}.json", rows)
        for i, (sha, path) in enumerate(sorted(files.items()), start=1):
            reporter.report(i, len(files), "Menyalin lampiran…")
            writer.add_file(f"lampiran/{sha}", path)
            if writer.parts[f"lampiran/{sha}"][0] != sha:
                raise PackageError(f"{lampiran.DAMAGED}: {path.name}. Paket tidak dibuat.")
        manifest = Manifest(
            package_uid=str(uuid.uuid4()), schema=SCHEMA_HEAD, app_version=__version__,
            source=desk_source(uow), created_at=uow.now_utc(), created_by=uow.user,
            range_start=begin, range_end=finish, counts=counts, parts=dict(writer.parts),
        )  # fmt: skip
        sha256 = writer.finish(manifest)
    _record(uow, manifest, sha256, target_path)
    labels = {s.table: s.label for s in EXCHANGED}
    return ExportResult(
        target_path, manifest.package_uid, begin, finish,
        {labels[t]: n for t, n in counts.items()}, len(files), sha256,
    )  # fmt: skip


def _attachment(uow: UnitOfWork, store: Path, row: dict[str, Any]) -> Path:
    """This PC's intact copy (fetched from the database when it has none)."""
    try:
        return lampiran.local_copy(
            uow, row["sha256"], row["media_type"], row["original_name"], store
        )
    except DomainError as error:
        raise PackageError(
            f"{lampiran.DAMAGED}: {row['original_name']} (berkasnya tidak ada di basis data "
            "maupun di folder data). Arsipkan lampiran itu lalu lampirkan ulang berkasnya, "
            "kemudian buat paket lagi."
        ) from error


def _record(uow: UnitOfWork, manifest: Manifest, sha256: str, path: Path) -> None:
    counts = json.dumps(manifest.counts)
    uow.session.add(
        PaketPertukaran(
            direction=KELUAR, package_uid=manifest.package_uid, source_desk=manifest.source_desk[:200],
            range_start=manifest.range_start, range_end=manifest.range_end, sha256=sha256,
            counts_json=counts, file_name=path.name[:300], at=manifest.created_at, by=uow.user,
        )
    )  # fmt: skip
    audit.record(
        uow.session, uow.user, audit.EXPORT, entity="paket_pertukaran",
        entity_uid=manifest.package_uid, note=path.name, changes=manifest.counts,
    )  # fmt: skip
    uow.commit()
