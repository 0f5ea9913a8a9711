"""The one list of areas (``services.registers``): what an area declares there is what the
rest of the desk uses — its change key, its settings, its travelling tables, its demo."""

from __future__ import annotations

from app.services import registers
from app.services.core import changes, pengaturan
from app.services.exchange import tables


def test_every_area_names_a_change_key_and_settings_the_desk_knows():
    keys = {value for name, value in vars(changes).items() if name.isupper() and isinstance(value, str)}
    for area in registers.AREAS:
        assert area.key in keys, area.key
        for name in area.settings:
            assert name in pengaturan.FIELDS, f"{area.key}: {name}"


def test_the_packages_carry_every_area_table_under_its_area():
    carried = {e.table: e.changes_area for e in tables.EXCHANGED}
    for area in registers.AREAS:
        for table in area.exchanged:
            assert carried[table.table] == area.key
    assert list(carried)[-1] == "lampiran"  # attachments after every owner they may have


def test_the_demo_fills_an_area_after_those_it_builds_on():
    order = [a.key for a in registers.demo_order()]
    assert len(order) == len(set(order))
    for position, area in enumerate(registers.demo_order()):
        assert all(order.index(before) < position for before in area.demo.after)
    assert order.index(changes.PARTISIPASI) < order.index(changes.LOGISTIK)  # DPT first


def test_registers_are_listed_once_in_the_cli_order():
    assert registers.ALL_JENIS == (
        "tahapan", "insiden", "pengiriman", "penerimaan", "kebutuhan", "sosialisasi",
        "partisipasi", "kerawanan",
    )  # fmt: skip
