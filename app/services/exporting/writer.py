"""The one audited use case that writes an export: a whole register (its ``ExportSpec``,
listed in ``services.registers``) or any filtered table a page hands over.

An export spec has ``jenis``, ``title`` and ``table(uow, options) -> ExportTable``
(optionally ``options(uow) -> list[ExportOption]`` for choices such as the contest).
Columns named as in the register's import template make the export re-importable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.services.core import audit
from app.services.core.actor import EKSPOR
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import ExportOption, ExportTable, check_format, write


class ExportSpec(Protocol):
    jenis: str
    title: str

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable: ...


__all__ = ["ExportOption", "ExportSpec", "Exported", "export_with", "write_table"]


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


def export_with(
    uow: UnitOfWork,
    spec: ExportSpec,
    path: Path,
    options: dict[str, Any] | None = None,
    reporter: Progress | None = None,
) -> Exported:
    """Export a whole register (every record that is not archived, all statuses)."""
    uow.require(EKSPOR)
    check_format(Path(path))
    options = dict(options or {})
    table = spec.table(uow, options)
    wanted = {k: v for k, v in options.items() if v not in (None, "", False)}
    return write_table(uow, spec.jenis, table, path, reporter, {"pilihan": wanted} if wanted else None)
