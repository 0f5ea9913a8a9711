"""Reference lists: the Administrator adds, renames and deactivates items; nobody else may;
names stay unique in their list and items are never deleted."""

from __future__ import annotations

import pytest

from app.models.referensi import INSTANSI, JENIS_LOGISTIK
from app.services.core.actor import ADMINISTRATOR, OPERATOR, Actor, Forbidden
from app.services.core.errors import ValidationError
from app.services.desk import referensi

ADMIN = Actor("admin", ADMINISTRATOR)


def test_add_rename_deactivate(db):
    with db.uow(ADMIN) as uow:
        referensi.add_item(uow, JENIS_LOGISTIK, "  Tinta   sidik jari cadangan ", unit="botol")
    with db.uow(ADMIN) as uow:
        item = next(r for r in referensi.list_items(uow, JENIS_LOGISTIK) if r.name.startswith("Tinta sidik"))
        assert (item.name, item.unit, item.active) == ("Tinta sidik jari cadangan", "botol", True)
        referensi.update_item(uow, item.id, "Tinta cadangan", unit="botol", version=item.version)
    with db.uow(ADMIN) as uow:
        renamed = next(r for r in referensi.list_items(uow, JENIS_LOGISTIK) if r.id == item.id)
        referensi.set_active(uow, item.id, False, version=renamed.version)
    with db.uow(ADMIN) as uow:
        final = next(r for r in referensi.list_items(uow, JENIS_LOGISTIK) if r.id == item.id)
    assert (final.name, final.code, final.active) == ("Tinta cadangan", "TINTA_SIDIK_JARI_CADANGAN", False)


def test_duplicates_and_other_roles_are_refused(db):
    with db.uow(ADMIN) as uow:
        existing = referensi.list_items(uow, INSTANSI)[0]
        with pytest.raises(ValidationError, match="sudah ada"):
            referensi.add_item(uow, INSTANSI, existing.name.upper())
    with db.uow(Actor("op", OPERATOR)) as uow, pytest.raises(Forbidden, match="Hanya Administrator"):
        referensi.add_item(uow, INSTANSI, "Satpol PP")
