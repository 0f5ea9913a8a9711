"""Exchange packages between desks (SPEC 8, issue 7 item 3): a kab/kota desk exports, the
province imports; records merge by uid, the newer ``updated_at`` wins, conflicts are
listed, the same package twice changes nothing, attachments travel with their records."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.models import AuditLog, Insiden, Lampiran, Partisipasi, Referensi, RiwayatInsiden
from app.models.referensi import KATEGORI_INSIDEN
from app.services.core import pengaturan
from app.services.core.actor import PIMPINAN, Actor, Forbidden
from app.services.desk import lampiran
from app.services.exchange import PackageError, history, read_manifest
from app.services.exchange import pack as pack_module
from tests.services.exchange import helpers as exchange_helpers
from tests.services.exchange.helpers import count, export, imported_packages, jpeg, take_in
from tests.services.insiden.helpers import (
    DESA,
    OPERATOR_ACTOR,
    VERIFIKATOR_ACTOR,
    contest,
    record,
    walk,
    wilayah,
)

#: The kab/kota desk fixtures, shared with the other exchange tests.
kab_seed_file, kab = exchange_helpers.kab_seed_file, exchange_helpers.kab


def _uid(db, insiden_id: int) -> str:
    with db.uow() as uow:
        return uow.session.get(Insiden, insiden_id).uid


def _by_uid(db, uid: str) -> Insiden | None:
    """The incident as stored now (detached: read its columns freely)."""
    with db.uow() as uow:
        row = uow.session.scalar(select(Insiden).where(Insiden.uid == uid))
        if row is not None:
            uow.session.expunge(row)
        return row


def _edit(db, uid: str, actor=VERIFIKATOR_ACTOR, **values) -> None:
    with db.uow(actor) as uow:
        row = uow.session.scalar(select(Insiden).where(Insiden.uid == uid))
        for key, value in values.items():
            setattr(row, key, value)
        uow.commit()


@pytest.fixture
def stores(tmp_path):
    return tmp_path / "lampiran-kab", tmp_path / "lampiran-prov"


def test_two_desks_merge_with_conflicts_listed(kab, db, tmp_path, stores):
    kab_store, prov_store = stores
    first = record(kab, place_detail="Depan balai desa")
    second = record(kab, place_detail="Pasar", linked_to_id=first.id)
    walk(kab, first.id, "Terverifikasi")
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(jpeg())
    with kab.uow(OPERATOR_ACTOR) as uow:
        lampiran.attach(
            uow, owner_type="insiden", owner_id=second.id, source=photo, store=kab_store
        )
    own = record(db)  # the province's own INS-2024-000001

    package = tmp_path / "pandeglang-1.deskpkg"
    made = export(kab, package, kab_store)
    # Two "Baru" rows, the verification, and the follow-up taking the original's step.
    assert made.counts == {
        "Insiden": 2, "Riwayat status insiden": 4, "Catatan pemantauan tahapan": 0,
        "Pengiriman logistik": 0, "Baris pengiriman": 0, "Kebutuhan logistik": 0,
        "Sosialisasi": 0, "Partisipasi": 0, "Pemilihan lalu": 0, "Kerawanan": 0, "Lampiran": 1,
    }  # fmt: skip
    assert made.files == 1
    manifest = read_manifest(package)
    assert manifest.source["kabkota_code"] == "36.01"
    assert "Pandeglang" in manifest.source_desk

    taken = take_in(db, package, prov_store)
    assert taken.conflicts == ()
    assert {t.label: t.added for t in taken.tables} == {
        "Insiden": 2, "Riwayat status insiden": 4, "Lampiran": 1,
    }  # fmt: skip
    # The province's own number stays; the package's colliding number is given anew.
    assert _by_uid(db, _uid(db, own.id)).number == "INS-2024-000001"
    arrived = _by_uid(db, _uid(kab, first.id))
    assert arrived.number != "INS-2024-000001" and arrived.status == "Terverifikasi"
    assert any("INS-2024-000001" in note for note in taken.notes)
    follow_up = _by_uid(db, _uid(kab, second.id))
    assert follow_up.linked_to_id == arrived.id and follow_up.status == "Terverifikasi"
    with db.uow() as uow:
        # Reference rows resolved by natural key to the province's own rows.
        assert uow.session.get(Referensi, arrived.kategori_id).code == "KAMTIBMAS"
        assert wilayah(uow, DESA).id == arrived.wilayah_id
        attachment = uow.session.scalar(select(Lampiran).where(Lampiran.insiden_id == follow_up.id))
        assert attachment.owner_id == follow_up.id
        assert lampiran.path_of(uow, attachment.id, prov_store).read_bytes() == photo.read_bytes()
        assert (
            len(
                uow.session.scalars(
                    select(RiwayatInsiden).where(RiwayatInsiden.insiden_id == arrived.id)
                ).all()
            )
            == 2
        )

    # Both desks now change the same incidents.
    _edit(kab, _uid(kab, first.id), chronology="Versi kab: massa bubar pukul 12.00")
    _edit(db, _uid(kab, first.id), place_detail="Versi provinsi: balai desa lama")  # later: wins
    _edit(db, _uid(kab, second.id), place_detail="Versi provinsi: pasar baru")
    _edit(kab, _uid(kab, second.id), place_detail="Versi kab: pasar induk")  # later: wins
    second_package = export(kab, tmp_path / "pandeglang-2.deskpkg", kab_store).path
    taken = take_in(db, second_package, prov_store)

    conflicts = {c.name: c for c in taken.conflicts}
    kept = conflicts[arrived.number]
    assert not kept.taken and kept.local_by == VERIFIKATOR_ACTOR.username
    assert set(kept.fields) >= {"chronology", "place_detail"}
    replaced = conflicts[follow_up.number]
    assert replaced.taken
    assert _by_uid(db, arrived.uid).place_detail == "Versi provinsi: balai desa lama"
    assert _by_uid(db, arrived.uid).chronology != "Versi kab: massa bubar pukul 12.00"
    assert _by_uid(db, follow_up.uid).place_detail == "Versi kab: pasar induk"
    with db.uow() as uow:
        actions = uow.session.scalars(
            select(AuditLog.action).where(AuditLog.entity == "paket_pertukaran")
        ).all()
    assert actions.count("import") == 2
    with kab.uow() as uow:
        assert [r.direction for r in history(uow)] == ["keluar", "keluar"]


def test_the_same_package_twice_changes_nothing(kab, db, tmp_path, stores):
    kab_store, prov_store = stores
    walk(kab, record(kab).id, "Terverifikasi")
    package = export(kab, tmp_path / "p.deskpkg", kab_store).path
    take_in(db, package, prov_store)
    before = (count(db, Insiden), count(db, RiwayatInsiden))
    with db.uow() as uow:
        versions = uow.session.execute(select(Insiden.uid, Insiden.version)).all()

    again = take_in(db, package, prov_store)
    assert again.already_at is not None
    assert "sudah pernah diimpor" in again.summary()
    # A new package with the same records (no "since"): merged, all already the same.
    same = take_in(db, export(kab, tmp_path / "p2.deskpkg", kab_store).path, prov_store)
    assert sum(t.added + t.updated for t in same.tables) == 0
    assert sum(t.unchanged for t in same.tables) == 3
    assert (count(db, Insiden), count(db, RiwayatInsiden)) == before
    with db.uow() as uow:
        assert uow.session.execute(select(Insiden.uid, Insiden.version)).all() == versions
    assert imported_packages(db) == 2


def test_since_the_last_package_and_a_period(kab, db, tmp_path, stores, monkeypatch):
    kab_store, _prov_store = stores
    monkeypatch.setattr(pack_module, "OVERLAP", timedelta(0))
    old = record(kab)
    earlier = export(
        kab, tmp_path / "0.deskpkg", kab_store, start=date(2024, 11, 1), end=date(2024, 11, 2)
    )
    assert earlier.total == 0  # a period long ago; it leaves everything since unsent
    first = export(kab, tmp_path / "1.deskpkg", kab_store)
    assert first.range_start is None and first.counts["Insiden"] == 1
    new = record(kab)
    second = export(kab, tmp_path / "2.deskpkg", kab_store)
    assert second.range_start == first.range_end
    with zipfile.ZipFile(second.path) as archive:
        sent = json.loads(archive.read("records/insiden.json"))
    assert [r["uid"] for r in sent] == [_uid(kab, new.id)]

    long_ago = datetime(2024, 11, 1, 3, tzinfo=UTC)
    with kab.uow("tester") as uow:  # the old incident was last changed on 1 November 2024
        uow.session.execute(update(Insiden).where(Insiden.id == old.id).values(updated_at=long_ago))
        uow.session.execute(
            update(RiwayatInsiden)
            .where(RiwayatInsiden.insiden_id == old.id)
            .values(updated_at=long_ago)
        )
        uow.commit()
    period = export(
        kab, tmp_path / "3.deskpkg", kab_store, start=date(2024, 10, 30), end=date(2024, 11, 2)
    )
    assert period.counts["Insiden"] == 1
    later = export(kab, tmp_path / "4.deskpkg", kab_store, start=date(2024, 11, 20))
    assert later.counts["Insiden"] == 1  # only the new one
    with pytest.raises(PackageError, match="deskpkg"):
        export(kab, tmp_path / "salah.zip", kab_store)


def test_follow_ups_bring_the_record_they_belong_to(kab, db, tmp_path, stores, monkeypatch):
    """A status change sent later carries its incident even when the incident itself did
    not change since the last package, so the province never lacks the parent."""
    kab_store, prov_store = stores
    monkeypatch.setattr(pack_module, "OVERLAP", timedelta(0))
    saved = record(kab)
    export(kab, tmp_path / "1.deskpkg", kab_store)
    with kab.uow(VERIFIKATOR_ACTOR) as uow:
        incident = uow.session.get(Insiden, saved.id)
        uow.session.add(RiwayatInsiden(insiden_id=incident.id, at=incident.reported_at,
                                       username="verif1", from_status="Baru", to_status="Baru",
                                       note="catatan"))  # fmt: skip
        uow.commit()
    later = export(kab, tmp_path / "2.deskpkg", kab_store)
    assert later.counts["Riwayat status insiden"] == 1 and later.counts["Insiden"] == 1
    take_in(db, later.path, prov_store)
    assert _by_uid(db, _uid(kab, saved.id)) is not None


def test_reference_items_and_figures_from_another_desk(kab, db, tmp_path, stores):
    """A category the kab/kota administrator added travels and is created; the DPT of one
    wilayah entered at both desks stays one row, the newer figure wins."""
    kab_store, prov_store = stores
    with kab.uow("tester") as uow:
        uow.session.add(Referensi(kind=KATEGORI_INSIDEN, code="BANJIR-TPS", name="TPS kebanjiran"))
        uow.commit()
        category = uow.session.scalar(select(Referensi.id).where(Referensi.code == "BANJIR-TPS"))
    saved = record(kab, kategori_id=category)

    def dpt(database, men: int) -> None:
        with database.uow(OPERATOR_ACTOR) as uow:
            region = wilayah(uow, "36.01")
            uow.session.add(Partisipasi(pemilihan_id=contest(uow, "36.01").id, wilayah_id=region.id,
                                        wilayah_code=region.code, dpt_men=men, dpt_women=men))  # fmt: skip
            uow.commit()

    dpt(db, 100)
    dpt(kab, 200)  # entered later at the kab/kota desk
    taken = take_in(db, export(kab, tmp_path / "p.deskpkg", kab_store).path, prov_store)
    with db.uow() as uow:
        arrived = uow.session.scalar(select(Insiden).where(Insiden.uid == _uid(kab, saved.id)))
        assert uow.session.get(Referensi, arrived.kategori_id).name == "TPS kebanjiran"
        figures = uow.session.execute(select(Partisipasi.dpt_men, Partisipasi.wilayah_code)).all()
    assert [tuple(f) for f in figures] == [(200, "36.01")]
    assert any("TPS kebanjiran" in note for note in taken.notes)


def test_dry_run_shows_the_outcome_and_writes_nothing(kab, db, tmp_path, stores):
    kab_store, prov_store = stores
    record(kab)
    package = export(kab, tmp_path / "p.deskpkg", kab_store).path
    before = count(db, Insiden)
    preview = take_in(db, package, prov_store, dry_run=True)
    assert preview.dry_run and {t.label: t.added for t in preview.tables}["Insiden"] == 1
    assert count(db, Insiden) == before and imported_packages(db) == 0
    assert not prov_store.exists() or not any(prov_store.rglob("*"))


def test_refusals_name_the_reason(kab, db, tmp_path, stores):
    kab_store, prov_store = stores
    record(kab)
    package = export(kab, tmp_path / "p.deskpkg", kab_store).path
    with pytest.raises(Forbidden):
        take_in(db, package, prov_store, actor=Actor("pim", PIMPINAN))
    with pytest.raises(PackageError, match="desk ini sendiri"):
        take_in(kab, package, kab_store)
    with kab.uow("tester") as uow:
        pengaturan.put(uow, "is_demo", True)
        uow.commit()
    demo = export(kab, tmp_path / "contoh.deskpkg", kab_store).path
    with pytest.raises(PackageError, match="DATA CONTOH"):
        take_in(db, demo, prov_store)
    with db.uow("tester") as uow:
        pengaturan.put(uow, "province_code", "32")
        pengaturan.put(uow, "province_name", "Jawa Barat")
        uow.commit()
    with pytest.raises(PackageError, match="provinsi Banten.*Jawa Barat"):
        take_in(db, package, prov_store)
    assert imported_packages(db) == 0


def test_a_record_changed_only_at_the_kab_desk_is_no_conflict(kab, db, tmp_path, stores):
    """The next package re-sends the last 15 minutes before the previous one; a record the
    province only took in from a package, never edited, merges silently."""
    kab_store, prov_store = stores
    saved = record(kab)
    take_in(db, export(kab, tmp_path / "1.deskpkg", kab_store).path, prov_store)
    _edit(kab, _uid(kab, saved.id), actor=OPERATOR_ACTOR, place_detail="Lokasi diperbaiki")
    second = export(kab, tmp_path / "2.deskpkg", kab_store)
    assert second.range_start is not None
    taken = take_in(db, second.path, prov_store)
    assert taken.conflicts == ()
    assert {t.label: t.updated for t in taken.tables}["Insiden"] == 1
    assert _by_uid(db, _uid(kab, saved.id)).place_detail == "Lokasi diperbaiki"


def test_numbers_are_never_issued_twice(kab, db, tmp_path, stores):
    """Numbers the province kept from a package are skipped by its own counter; a typed
    consignment number already used here gets a suffix."""
    from app.models import Pengiriman

    kab_store, prov_store = stores
    record(kab)
    record(kab)

    def consignment(database, number: str) -> None:
        with database.uow(OPERATOR_ACTOR) as uow:
            region = wilayah(uow, "36.01")
            uow.session.add(Pengiriman(number=number, origin_level="KPU Provinsi", destination_level="KPU Kab/Kota",
                                       destination_wilayah_id=region.id, destination_code=region.code))  # fmt: skip
            uow.commit()

    consignment(db, "BA/KPU/0042")
    consignment(kab, "BA/KPU/0042")
    taken = take_in(db, export(kab, tmp_path / "p.deskpkg", kab_store).path, prov_store)
    assert any("BA/KPU/0042" in note and "BA/KPU/0042/2" in note for note in taken.notes)
    with db.uow() as uow:
        numbers = sorted(uow.session.scalars(select(Pengiriman.number)))
    assert numbers == ["BA/KPU/0042", "BA/KPU/0042/2"]
    own = record(db)
    assert own.number == "INS-2024-000003"
