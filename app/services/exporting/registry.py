"""Which registers can be exported, by their CLI name (``<jenis>`` in SPEC 11), and the
one audited use case that writes any of them — or any filtered table a page hands over.

A register becomes exportable with one line below its marker: its ``<jenis>`` and a class
with ``jenis``, ``title`` and ``table(uow, options) -> ExportTable`` (optionally
``options(uow) -> list[ExportOption]`` for choices such as the contest). Columns named as
in the register's import template make the export re-importable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.services import audit
from app.services.actor import EKSPOR
from app.services.errors import DomainError
from app.services.exporting.insiden_table import InsidenExport
from app.services.exporting.logistik_tables import (
    KebutuhanExport,
    PenerimaanExport,
    PengirimanExport,
)
from app.services.exporting.partisipasi_tables import KerawananExport, PartisipasiExport
from app.services.exporting.table import ExportTable, check_format, write
from app.services.exporting.tahapan_table import TahapanExport
from app.services.importing.registry import ALL_JENIS
from app.services.progress import Progress
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class ExportOption:
    """A choice the user makes before exporting: key, label, [(value, text), ...]."""

    key: str
    label: str
    choices: list[tuple[Any, str]]


class ExportSpec(Protocol):
    jenis: str
    title: str

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable: ...


_EXPORTS: dict[str, type] = {
    "tahapan": TahapanExport,
    # Each register adds its export below its own marker (registers are built in parallel).
    # -- insiden --
    "insiden": InsidenExport,
    # -- pengiriman, penerimaan, kebutuhan --
    "pengiriman": PengirimanExport,
    "penerimaan": PenerimaanExport,
    "kebutuhan": KebutuhanExport,
    # -- sosialisasi --
    "sosialisasi": __import__("app.services.sosialisasi_export", fromlist=["x"]).SosialisasiExport,
    # -- partisipasi, kerawanan --
    "partisipasi": PartisipasiExport,
    "kerawanan": KerawananExport,
}


def spec_for(jenis: str) -> ExportSpec:
    if jenis not in ALL_JENIS:
        raise DomainError(f"Jenis data '{jenis}' tidak dikenal. Pilihan: {', '.join(ALL_JENIS)}.")
    factory = _EXPORTS.get(jenis)
    if factory is None:
        raise DomainError(f"Ekspor '{jenis}' belum tersedia pada versi ini.")
    return factory()


def available() -> list[str]:
    return [j for j in ALL_JENIS if j in _EXPORTS]


def options_for(uow: UnitOfWork, jenis: str) -> list[ExportOption]:
    spec = spec_for(jenis)
    return list(spec.options(uow)) if hasattr(spec, "options") else []


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    title: str


def write_table(
    uow: UnitOfWork,
    entity: str,
    table: ExportTable,
    path: Path,
    reporter: Progress | None = None,
    note: dict[str, Any] | None = None,
) -> Exported:
    """Write any table (a register, or the filtered rows of a page) and audit it."""
    uow.require(EKSPOR)
    path = Path(path)
    suffix = check_format(path)
    count = write(path, table, reporter)
    audit.record(uow.session, uow.user, audit.EXPORT, entity=entity, note=path.name,
                 changes={"baris": count, "format": suffix[1:], **(note or {})})  # fmt: skip
    uow.commit()
    return Exported(path, count, table.title)


def export(
    uow: UnitOfWork,
    jenis: str,
    path: Path,
    options: dict[str, Any] | None = None,
    reporter: Progress | None = None,
) -> Exported:
    """Export a whole register (every record that is not archived, all statuses)."""
    uow.require(EKSPOR)
    check_format(Path(path))
    options = dict(options or {})
    spec = spec_for(jenis)
    table = spec.table(uow, options)
    wanted = {k: v for k, v in options.items() if v not in (None, "", False)}
    return write_table(uow, jenis, table, path, reporter, {"pilihan": wanted} if wanted else None)
