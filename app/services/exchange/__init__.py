"""Desk-to-desk exchange packages (.deskpkg, SPEC 8): a kab/kota desk exports what changed,
the province imports it. The use cases the Data page and the CLI call:

- ``export_package(uow, path, start=None, end=None)``: a period, or since the last package
- ``read_manifest(path)``: what a package says about itself, before importing
- ``import_package(uow, path, dry_run=False)``: checked, merged in one transaction
- ``history(uow)``: packages made and taken in at this desk
- ``overview(uow)``: this desk's kab/kota, the last package, the history (the panel's view)

Every one does file I/O: run them through ``ctx.submit``, never in a slot.
"""

from __future__ import annotations

from app.services.exchange.apply import Conflict
from app.services.exchange.archive import SUFFIX, Manifest
from app.services.exchange.history import Overview, PaketRow, history, overview
from app.services.exchange.merge import ImportResult, TableResult, import_package, read_manifest
from app.services.exchange.pack import ExportResult, export_package, last_export_end
from app.services.exchange.records import PackageError

__all__ = [
    "SUFFIX",
    "Conflict",
    "ExportResult",
    "ImportResult",
    "Overview",
    "Manifest",
    "PackageError",
    "PaketRow",
    "TableResult",
    "export_package",
    "history",
    "import_package",
    "last_export_end",
    "overview",
    "read_manifest",
]
