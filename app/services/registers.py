"""The one place that lists every area of the desk (SPEC 11 ``<jenis>``).

For each register: its import spec and its export table; for each area with rules that
cross records, its reconciliation checks. The engines (``importing/``, ``exporting/``)
know columns and files but no area; the CLI, the Data page, the dashboard and ``check``
find the areas here. Adding a register is one line in ``REGISTERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.core.errors import DomainError
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import ExportOption
from app.services.exporting.writer import Exported, ExportSpec, export_with
from app.services.importing import workbook
from app.services.importing.spec import ImportSpec
from app.services.insiden.export_table import InsidenExport
from app.services.insiden.import_spec import InsidenImport
from app.services.kerawanan.export_table import KerawananExport
from app.services.kerawanan.import_spec import KerawananImport
from app.services.logistik import checks as logistik_checks
from app.services.logistik.export_tables import KebutuhanExport, PenerimaanExport, PengirimanExport
from app.services.logistik.import_spec import KebutuhanImport, PenerimaanImport, PengirimanImport
from app.services.partisipasi import checks as partisipasi_checks
from app.services.partisipasi.export_tables import PartisipasiExport
from app.services.partisipasi.import_spec import PartisipasiImport
from app.services.sosialisasi.export import SosialisasiExport
from app.services.sosialisasi.import_spec import SosialisasiImport
from app.services.tahapan.export_table import TahapanExport
from app.services.tahapan.import_spec import TahapanImport


@dataclass(frozen=True)
class Register:
    jenis: str
    import_spec: Callable[[], ImportSpec[Any]]
    export_spec: Callable[[], ExportSpec]


REGISTERS: dict[str, Register] = {
    r.jenis: r
    for r in (
        Register("tahapan", TahapanImport, TahapanExport),
        Register("insiden", InsidenImport, InsidenExport),
        Register("pengiriman", PengirimanImport, PengirimanExport),
        Register("penerimaan", PenerimaanImport, PenerimaanExport),
        Register("kebutuhan", KebutuhanImport, KebutuhanExport),
        Register("sosialisasi", SosialisasiImport, SosialisasiExport),
        Register("partisipasi", PartisipasiImport, PartisipasiExport),
        Register("kerawanan", KerawananImport, KerawananExport),
    )
}
#: Every ``<jenis>`` of SPEC 11, in the order the CLI and the Data page list them.
ALL_JENIS: tuple[str, ...] = tuple(REGISTERS)

#: Each area's reconciliation checks (the dashboard's alerts, the brief, ``check``).
RECONCILIATION: dict[str, Callable[[], Callable[..., Any]]] = {
    "logistik": lambda: logistik_checks.all_checks,
    "partisipasi": lambda: partisipasi_checks.run_all,
}


def _register(jenis: str) -> Register:
    try:
        return REGISTERS[jenis]
    except KeyError:
        raise DomainError(
            f"Jenis data '{jenis}' tidak dikenal. Pilihan: {', '.join(ALL_JENIS)}."
        ) from None


def import_spec(jenis: str) -> ImportSpec[Any]:
    return _register(jenis).import_spec()


def export_spec(jenis: str) -> ExportSpec:
    return _register(jenis).export_spec()


def export_options(uow: UnitOfWork, jenis: str) -> list[ExportOption]:
    spec = export_spec(jenis)
    return list(spec.options(uow)) if hasattr(spec, "options") else []


def export(
    uow: UnitOfWork,
    jenis: str,
    path: Path,
    options: dict[str, Any] | None = None,
    reporter: Progress | None = None,
) -> Exported:
    """Export a whole register (every record that is not archived, all statuses)."""
    return export_with(uow, export_spec(jenis), path, options, reporter)


def template_needs_database(jenis: str) -> bool:
    """Whether the template lists values from the database (categories, contests ...)."""
    return hasattr(import_spec(jenis), "reference_lists")


def write_template(uow: UnitOfWork | None, jenis: str, path: Path) -> Path:
    spec = import_spec(jenis)
    lists = spec.reference_lists(uow) if uow is not None and template_needs_database(jenis) else None
    workbook.write_template(spec, Path(path), lists)
    return Path(path)
