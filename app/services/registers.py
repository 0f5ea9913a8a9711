"""The one place that lists every area of the desk and what each one plugs in.

``AREAS`` holds one ``Area`` per area, in the order the CLI and the Data page list their
registers (SPEC 11 ``<jenis>``). An area names:

- ``key``: its name in ``core.changes``, which its use cases return so pages reload; a
  package that brings its records says the same (``exchanged`` below);
- ``registers``: per ``<jenis>``, its import spec and export table;
- ``exchanged``: its tables in a desk-to-desk package (.deskpkg), in dependency order;
- ``demo``: its demo filler and the seed it is run with;
- ``settings``: its desk settings;
- ``reconciliation``: its checks across records (dashboard alerts, the brief, ``check``).

Declared here, and read from here by the engines that import no area: the registers
(``importing/``, ``exporting/``, the CLI, the Data page), the exchanged tables
(``exchange.tables``), the demo fillers (``admin.demo``) and the checks (``dasbor``).
Only named here: the change keys and the settings. Both live in ``core``, which every
layer reads and which can import nothing above it: ``Changes`` is returned by use cases
of core itself (settings, reference data), and ``core.pengaturan.FIELDS`` must know every
setting to read or save any of them, from any layer. The names here are checked against
them (``tests/services/test_registers.py``).

Adding a register is one ``Register`` in its area; adding an area is one ``Area``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.services.core import changes
from app.services.core.errors import DomainError
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import ExportOption
from app.services.exporting.writer import Exported, ExportSpec, export_with
from app.services.importing import workbook
from app.services.importing.spec import ImportSpec
from app.services.insiden import demo as insiden_demo
from app.services.insiden.export_table import InsidenExport
from app.services.insiden.import_spec import InsidenImport
from app.services.kerawanan.export_table import KerawananExport
from app.services.kerawanan.import_spec import KerawananImport
from app.services.logistik import checks as logistik_checks
from app.services.logistik import demo as logistik_demo
from app.services.logistik.export_tables import KebutuhanExport, PenerimaanExport, PengirimanExport
from app.services.logistik.import_spec import KebutuhanImport, PenerimaanImport, PengirimanImport
from app.services.partisipasi import checks as partisipasi_checks
from app.services.partisipasi import demo as partisipasi_demo
from app.services.partisipasi.export_tables import PartisipasiExport
from app.services.partisipasi.import_spec import PartisipasiImport
from app.services.sosialisasi import demo as sosialisasi_demo
from app.services.sosialisasi.export import SosialisasiExport
from app.services.sosialisasi.import_spec import SosialisasiImport
from app.services.tahapan import demo as tahapan_demo
from app.services.tahapan.export_table import TahapanExport
from app.services.tahapan.import_spec import TahapanImport


@dataclass(frozen=True)
class Register:
    jenis: str
    import_spec: Callable[[], ImportSpec[Any]]
    export_spec: Callable[[], ExportSpec]


@dataclass(frozen=True)
class Exchanged:
    """A table of records users enter; its rows travel keyed by uid (``exchange.tables``)."""

    table: str
    #: What the rows are, for messages and the result list.
    label: str
    #: The ``Changes`` area a page reloads on: the area that declares the table.
    area: str = ""
    #: Unique columns that number records ("INS-2024-000123"): two desks may issue the same
    #: number to different records, so a taken number is renumbered, never matched on.
    numbers: tuple[str, ...] = ()
    #: Columns that say "the same thing" when the uids differ (both desks entered the DPT of
    #: one wilayah). Unique constraints other than ``numbers`` count as well.
    same: tuple[str, ...] = ()
    #: A polymorphic owner: (column holding the owner's table name, column holding its id).
    owner: tuple[str, str] | None = None
    #: Association tables (no uid) replaced together with the record.
    sets: tuple[str, ...] = ()
    #: The column that names a record for people (conflict list).
    describe: str = ""
    #: Rows carry an attachment file stored under their ``sha256``.
    files: bool = False

    @property
    def changes_area(self) -> str:
        return self.area or self.table


@dataclass(frozen=True)
class Demo:
    """An area's demo filler, run with ``random.Random(seed)`` on the demo's clock:
    ``fill(uow, rng)`` in a unit of work of its own, or, ``by_day``, ``fill(db, rng, user)``
    for a filler that reports day by day, each day its own unit of work."""

    fill: Callable[..., None]
    seed: int
    #: Areas whose demo data this one builds on: their fillers run first.
    after: tuple[str, ...] = ()
    by_day: bool = False

    def rng(self) -> random.Random:
        return random.Random(self.seed)


@dataclass(frozen=True)
class Area:
    key: str
    registers: tuple[Register, ...] = ()
    exchanged: tuple[Exchanged, ...] = ()
    demo: Demo | None = None
    #: Keys of ``core.pengaturan.FIELDS``.
    settings: tuple[str, ...] = ()
    reconciliation: Callable[[], Callable[..., Any]] | None = None


AREAS: tuple[Area, ...] = (
    Area(
        changes.TAHAPAN,
        registers=(Register("tahapan", TahapanImport, TahapanExport),),
        exchanged=(Exchanged("catatan_tahapan", "Catatan pemantauan tahapan", describe="text"),),
        demo=Demo(tahapan_demo.fill, 2024, by_day=True),
        settings=("tahapan_risk_margin",),
    ),
    Area(
        changes.INSIDEN,
        registers=(Register("insiden", InsidenImport, InsidenExport),),
        exchanged=(
            Exchanged("insiden", "Insiden", numbers=("number",), describe="number"),
            Exchanged("riwayat_insiden", "Riwayat status insiden", describe="to_status"),
        ),
        demo=Demo(insiden_demo.fill, 2711),
        settings=("duplicate_window_hours", "chat_keywords"),
    ),
    Area(
        changes.LOGISTIK,
        registers=(
            Register("pengiriman", PengirimanImport, PengirimanExport),
            Register("penerimaan", PenerimaanImport, PenerimaanExport),
            Register("kebutuhan", KebutuhanImport, KebutuhanExport),
        ),
        exchanged=(
            Exchanged("pengiriman", "Pengiriman logistik", numbers=("number",), describe="number"),
            Exchanged("pengiriman_baris", "Baris pengiriman", describe="destination_code"),
            Exchanged("kebutuhan", "Kebutuhan logistik", same=("wilayah_id", "jenis_id", "pemilihan_id"),
                      describe="wilayah_code"),  # fmt: skip
        ),
        # The ballots a TPS needs come from its DPT.
        demo=Demo(logistik_demo.fill, 2611, after=(changes.PARTISIPASI,)),
        settings=("logistik_batas_hari", "logistik_aturan_per_tps", "logistik_cadangan_persen",
                  "logistik_tingkat_ukur"),  # fmt: skip
        reconciliation=lambda: logistik_checks.all_checks,
    ),
    Area(
        changes.SOSIALISASI,
        registers=(Register("sosialisasi", SosialisasiImport, SosialisasiExport),),
        exchanged=(
            Exchanged("sosialisasi", "Sosialisasi", sets=("sosialisasi_sasaran",), describe="topic"),
        ),
        demo=Demo(sosialisasi_demo.fill, 1709),
    ),
    Area(
        changes.PARTISIPASI,
        registers=(Register("partisipasi", PartisipasiImport, PartisipasiExport),),
        exchanged=(
            Exchanged("partisipasi", "Partisipasi", describe="wilayah_code"),
            Exchanged("pemilihan_lalu", "Pemilihan lalu", describe="name"),
        ),
        # Fills the IKP scores and TPS levels of Kerawanan too (the same regions).
        demo=Demo(partisipasi_demo.fill, 2017),
        settings=("partisipasi_penyebut",),
        reconciliation=lambda: partisipasi_checks.run_all,
    ),
    Area(
        changes.KERAWANAN,
        registers=(Register("kerawanan", KerawananImport, KerawananExport),),
        exchanged=(Exchanged("kerawanan", "Kerawanan", describe="wilayah_code"),),
        settings=tuple(f"kerawanan_bobot_{severity}" for severity in (1, 2, 3, 4)),
    ),
)

REGISTERS: dict[str, Register] = {r.jenis: r for a in AREAS for r in a.registers}
#: Every ``<jenis>`` of SPEC 11, in the order the CLI and the Data page list them.
ALL_JENIS: tuple[str, ...] = tuple(REGISTERS)
#: Every area's travelling tables, in ``AREAS`` order, each with its area's change key.
EXCHANGED: tuple[Exchanged, ...] = tuple(
    replace(e, area=a.key) for a in AREAS for e in a.exchanged
)
#: Each area's reconciliation checks (the dashboard's alerts, the brief, ``check``).
RECONCILIATION: dict[str, Callable[[], Callable[..., Any]]] = {
    a.key: a.reconciliation for a in AREAS if a.reconciliation is not None
}


def demo_order() -> list[Area]:
    """The areas with a demo filler, in ``AREAS`` order, each after those it builds on."""
    by_key = {a.key: a for a in AREAS}
    placed: list[Area] = []

    def place(area: Area) -> None:
        if area not in placed and area.demo is not None:
            for key in area.demo.after:
                place(by_key[key])
            placed.append(area)

    for area in AREAS:
        place(area)
    return placed


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
