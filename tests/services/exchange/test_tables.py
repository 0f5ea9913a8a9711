"""Every table is declared for the exchange, and every column of every travelling table
arrives as it left, whichever register added it (SPEC 8: round trips)."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import insert, select

from app.services.desk import lampiran
from app.services.exchange.records import python_type
from app.services.exchange.refs import Refs
from app.services.exchange.tables import (
    ACUAN,
    BY_NAME,
    EXCHANGED,
    table,
    target,
    undeclared,
    unresolvable,
)
from tests.services.exchange import helpers as exchange_helpers
from tests.services.exchange.helpers import export, jpeg, take_in

#: The kab/kota desk fixtures, shared with the other exchange tests.
kab_seed_file, kab = exchange_helpers.kab_seed_file, exchange_helpers.kab


def test_every_table_is_declared_and_its_references_can_travel():
    assert undeclared() == [], "add the new table to app/services/exchange/tables.py"
    assert unresolvable() == []


def _value(column, row_number: int):
    kind = python_type(column)
    if kind is datetime:
        return datetime(2024, 11, 27, 1, 2, 3, 456000 + row_number, tzinfo=UTC)
    if kind is date:
        return date(2024, 11, 27)
    if kind is bool:
        return True
    if kind is int:
        return 7 + row_number
    if kind is float:
        return 1.5
    if kind is Decimal:
        return Decimal("1.25")
    length = getattr(column.type, "length", None) or 50
    return f"n{row_number}-{column.name}"[:length]


def _fill(uow, store) -> dict[str, str]:
    """One row in every travelling table, every column filled; returns table → uid."""
    first = {
        name: uow.session.scalar(select(table(name).c.id).order_by(table(name).c.id.desc()))
        for name in ACUAN
    }
    ids: dict[str, int] = {}
    uids: dict[str, str] = {}
    photo = jpeg(9)
    sha = hashlib.sha256(photo).hexdigest()
    for number, spec in enumerate(EXCHANGED):
        values = {}
        for column in table(spec.table).columns:
            if column.name == "id":
                continue
            refers = target(column)
            if spec.owner and column.name == spec.owner[1]:
                values[column.name] = ids["insiden"]
            elif spec.owner and column.name == spec.owner[0]:
                values[column.name] = "insiden"
            elif refers in ACUAN:
                values[column.name] = first[refers]
            elif refers is not None:
                values[column.name] = ids.get(refers)
            else:
                values[column.name] = _value(column, number)
        values.update(uid=f"00000000-0000-4000-8000-{number:012d}", version=1, archived=False)
        if spec.files:
            values.update(sha256=sha, media_type="image/jpeg", size=len(photo))
            path = lampiran.stored_path(store, sha, "image/jpeg")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(photo)
        if "number" in spec.numbers:
            values["number"] = f"INS-2024-{900000 + number:06d}"
        ids[spec.table] = uow.session.execute(
            insert(table(spec.table)).values(**values).returning(table(spec.table).c.id)
        ).scalar_one()
        uids[spec.table] = values["uid"]
        for set_name in spec.sets:
            set_values = {}
            for column in table(set_name).columns:
                refers = target(column)
                set_values[column.name] = (
                    ids[spec.table] if refers == spec.table else first.get(refers)
                )
            uow.session.execute(insert(table(set_name)).values(**set_values))
    uow.commit()
    return uids


def _portable(uow, name: str, uid: str) -> dict:
    """A row as a desk-independent dict: references as natural keys or uids."""
    source = table(name)
    row = uow.session.execute(select(source).where(source.c.uid == uid)).mappings().one()
    refs = Refs(uow.session)
    out = {}
    for column in source.columns:
        if column.name in ("id", "version"):
            continue
        value = row[column.name]
        refers = target(column)
        spec = BY_NAME[name]
        if spec.owner and column.name == spec.owner[1]:
            refers = row[spec.owner[0]]
        if refers in ACUAN and value is not None:
            value = refs.key_of(refers, value)
        elif refers is not None and value is not None:
            value = uow.session.scalar(
                select(table(refers).c.uid).where(table(refers).c.id == value)
            )
        out[column.name] = value
    for set_name in spec.sets:
        parent = next(c for c in table(set_name).columns if target(c) == name)
        rows = uow.session.execute(select(table(set_name)).where(parent == row["id"])).mappings()
        out[set_name] = sorted(
            tuple(
                refs.key_of(target(c), r[c.name])
                for c in table(set_name).columns
                if c is not parent
            )
            for r in rows
        )
    return out


def test_every_column_of_every_table_arrives_as_it_left(kab, db, tmp_path):
    with kab.uow("tester") as uow:
        uids = _fill(uow, tmp_path / "kab-store")
    package = export(kab, tmp_path / "semua.deskpkg", tmp_path / "kab-store").path
    taken = take_in(db, package, tmp_path / "prov-store")
    assert {t.label for t in taken.tables if t.added == 1} == {s.label for s in EXCHANGED}
    for name, uid in uids.items():
        with kab.uow() as sent, db.uow() as arrived:
            assert _portable(arrived, name, uid) == _portable(sent, name, uid), name
