"""Writing a register's import template, with the desk's own lists when it has any."""

from __future__ import annotations

from pathlib import Path

from app.services.importing import registry, workbook
from app.services.uow import UnitOfWork


def needs_database(jenis: str) -> bool:
    """Whether the template lists values from the database (categories, contests ...)."""
    return hasattr(registry.spec_for(jenis), "reference_lists")


def write_template(uow: UnitOfWork | None, jenis: str, path: Path) -> Path:
    spec = registry.spec_for(jenis)
    lists = spec.reference_lists(uow) if uow is not None and needs_database(jenis) else None
    workbook.write_template(spec, Path(path), lists)
    return Path(path)
