"""Which tables travel in an exchange package (.deskpkg) and how their references travel.

Every desk seeds its own reference rows (wilayah, referensi, pemilihan, tahapan), so their
ids and even their uids differ from desk to desk: a reference to them travels as its
natural key (a wilayah code, a referensi kind and code ...). Records that users enter
travel whole, keyed by ``uid``, and a reference to one of them travels as its uid.

The columns of each table are read from the SQLAlchemy metadata; an area declares its
travelling tables in ``services.registers`` (``Area.exchanged``), and
``tests/services/exchange/test_tables.py`` fails for a table nobody declared.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Table, UniqueConstraint

from app.models import Base
from app.services import registers
from app.services.registers import Exchanged

__all__ = ["ACUAN", "BY_NAME", "EXCHANGED", "LOCAL", "Acuan", "Exchanged"]


@dataclass(frozen=True)
class Acuan:
    """A seeded reference table: referred to by natural key, never sent as records."""

    table: str
    label: str
    key: tuple[str, ...]
    #: Columns copied when a missing row may be created at the importing desk (an
    #: administrator's own reference item); empty: a missing row refuses the package.
    create: tuple[str, ...] = ()


#: In dependency order: a table comes after every table it refers to. Each area declares
#: its own in ``services.registers``; attachments come last (their owner may be any).
EXCHANGED: tuple[Exchanged, ...] = (
    *registers.EXCHANGED,
    Exchanged("lampiran", "Lampiran", area="lampiran", owner=("owner_type", "owner_id"),
              describe="original_name", files=True),  # fmt: skip
)

ACUAN: dict[str, Acuan] = {
    a.table: a
    for a in (
        Acuan("wilayah", "Wilayah", ("code",)),
        Acuan(
            "referensi",
            "Daftar referensi",
            ("kind", "code"),
            create=("name", "group", "unit", "sort_order", "active"),
        ),
        Acuan("pemilihan", "Pemilihan", ("kind", "wilayah_id")),
        Acuan("tahapan", "Tahapan", ("pemilihan_id", "code")),
    )
}

#: Tables that belong to one desk and never travel.
LOCAL = frozenset(
    {
        "alembic_version",
        "audit_log",
        # File contents travel as the package's attachment files, checked by SHA-256.
        "berkas",
        "berkas_potongan",
        "laporan",
        "laporan_draf",
        # Sums the receiving database's own triggers keep from the lines that travel.
        "logistik_diterima",
        "nomor_urut",
        "paket_pertukaran",
        "pengaturan",
        "pengguna",
        "perubahan",
        "pesan_laporan",
    }
)

BY_NAME: dict[str, Exchanged] = {e.table: e for e in EXCHANGED}
#: Columns that never travel: the desk's own row id and its optimistic-lock counter.
NOT_SENT = frozenset({"id", "version"})


def table(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def target(column: Column) -> str | None:
    """The table a foreign-key column refers to."""
    for fk in column.foreign_keys:
        return fk.column.table.name
    return None


def sent_columns(name: str) -> list[Column]:
    return [c for c in table(name).columns if c.name not in NOT_SENT]


def set_parent_column(set_table: str, parent: str) -> Column:
    for column in table(set_table).columns:
        if target(column) == parent:
            return column
    raise LookupError(f"{set_table} has no column referring to {parent}")


def identity_keys(spec: Exchanged) -> list[tuple[str, ...]]:
    """Column groups that identify a record besides its uid (see ``Exchanged.same``)."""
    keys = [spec.same] if spec.same else []
    for constraint in table(spec.table).constraints:
        if isinstance(constraint, UniqueConstraint):
            names = tuple(c.name for c in constraint.columns)
            if names != ("uid",) and not set(names) & set(spec.numbers):
                keys.append(names)
    return keys


def undeclared() -> list[str]:
    """Tables nobody said how to exchange (a new register forgot its line here)."""
    known = set(BY_NAME) | set(ACUAN) | LOCAL
    known |= {s for e in EXCHANGED for s in e.sets}
    return sorted(set(Base.metadata.tables) - known)


def unresolvable() -> list[str]:
    """Foreign keys of travelling tables that point at something that cannot travel."""
    problems = []
    order = [e.table for e in EXCHANGED]
    for position, spec in enumerate(EXCHANGED):
        names = [spec.table, *spec.sets]
        for name in names:
            for column in table(name).columns:
                refers = target(column)
                if refers is None or refers in ACUAN or refers == spec.table:
                    continue
                if refers not in BY_NAME or order.index(refers) > position:
                    problems.append(f"{name}.{column.name} -> {refers}")
    return problems
