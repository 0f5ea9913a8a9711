"""Damaged, tampered and hostile packages (SPEC 8: paths inside the archive are never
trusted): each is refused with a clear Indonesian message and nothing is written, not a
record, not a file, not the package's own entry."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from app.models import Insiden
from app.services.exchange import PackageError
from tests.services.exchange import helpers as exchange_helpers
from tests.services.exchange.helpers import (
    count,
    export,
    imported_packages,
    jpeg,
    put_records,
    records,
    rewrite,
    take_in,
)
from tests.services.insiden.helpers import OPERATOR_ACTOR, record

#: The kab/kota desk fixtures, shared with the other exchange tests.
kab_seed_file, kab = exchange_helpers.kab_seed_file, exchange_helpers.kab


@pytest.fixture
def package(kab, tmp_path) -> Path:
    """A genuine package of two incidents (one with a photo) from the kab/kota desk."""
    from app.services.desk import lampiran

    first = record(kab)
    record(kab, place_detail="Pasar")
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(jpeg())
    with kab.uow(OPERATOR_ACTOR) as uow:
        lampiran.attach(
            uow, owner_type="insiden", owner_id=first.id, source=photo, store=tmp_path / "kab-store"
        )
    return export(kab, tmp_path / "asli.deskpkg", tmp_path / "kab-store").path


def _refused(db, path: Path, store: Path, match: str) -> None:
    before = count(db, Insiden)
    with pytest.raises(PackageError, match=match) as refused:
        take_in(db, path, store)
    assert "Traceback" not in str(refused.value)
    assert count(db, Insiden) == before
    assert imported_packages(db) == 0
    assert not store.exists() or not any(p.is_file() for p in store.rglob("*"))


def _add_member(source: Path, target: Path, info: zipfile.ZipInfo | str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        for item in original.infolist():
            out.writestr(item, original.read(item))
        out.writestr(info, data)
    return target


def test_the_genuine_package_goes_in(db, package, tmp_path):
    """The control for every test below: the same package untouched is accepted."""
    taken = take_in(db, package, tmp_path / "store")
    assert {t.label: t.added for t in taken.tables}["Insiden"] == 2


def test_an_edited_record_is_caught_by_its_sha256(db, package, tmp_path):
    def change(members):  # same length, so only the hash can tell
        raw = members["records/insiden.json"]
        assert b"Pasar" in raw
        members["records/insiden.json"] = raw.replace(b"Pasar", b"Pasir")

    _refused(db, rewrite(package, tmp_path / "ubah.deskpkg", change), tmp_path / "store",
             "tidak cocok dengan manifesnya.*SHA-256 records/insiden.json")  # fmt: skip


def test_a_tampered_manifest_is_refused(db, package, tmp_path):
    def wrong_count(members):
        manifest = json.loads(members["manifest.json"])
        manifest["counts"]["insiden"] = 1
        members["manifest.json"] = json.dumps(manifest).encode()

    def wrong_hash(members):
        manifest = json.loads(members["manifest.json"])
        manifest["parts"]["records/insiden.json"]["sha256"] = "0" * 64
        members["manifest.json"] = json.dumps(manifest).encode()

    def not_json(members):
        members["manifest.json"] = b"{bukan json"

    store = tmp_path / "store"
    _refused(db, rewrite(package, tmp_path / "a.deskpkg", wrong_count), store, "jumlah insiden")
    _refused(db, rewrite(package, tmp_path / "b.deskpkg", wrong_hash), store, "SHA-256")
    _refused(
        db, rewrite(package, tmp_path / "c.deskpkg", not_json), store, "manifes tidak dapat dibaca"
    )


def test_forged_values_are_checked_even_with_matching_hashes(db, package, tmp_path):
    """A forger can recompute every SHA-256; the values themselves are still checked."""

    def bad_type(members):
        rows = records(members, "insiden")
        rows[0]["severity"] = "sangat tinggi"
        put_records(members, "insiden", rows)

    def unknown_region(members):
        rows = records(members, "insiden")
        rows[0]["wilayah_id"] = "37.99.99.9999"
        put_records(members, "insiden", rows)

    def dangling_link(members):
        rows = records(members, "insiden")
        rows[0]["linked_to_id"] = "00000000-0000-4000-8000-000000000000"
        put_records(members, "insiden", rows)

    store = tmp_path / "store"
    _refused(db, rewrite(package, tmp_path / "a.deskpkg", bad_type, rehash=True), store,
             "nilai kolom severity tidak sah")  # fmt: skip
    _refused(db, rewrite(package, tmp_path / "b.deskpkg", unknown_region, rehash=True), store,
             "wilayah 37.99.99.9999")  # fmt: skip
    _refused(db, rewrite(package, tmp_path / "c.deskpkg", dangling_link, rehash=True), store,
             "tidak ada di paket maupun di desk ini")  # fmt: skip


def test_a_truncated_or_foreign_file_is_refused(db, package, tmp_path):
    store = tmp_path / "store"
    raw = package.read_bytes()
    for cut in (len(raw) // 2, len(raw) - 30, 100):
        truncated = tmp_path / f"potong-{cut}.deskpkg"
        truncated.write_bytes(raw[:cut])
        _refused(db, truncated, store, "rusak atau tidak lengkap")
    text = tmp_path / "surat.deskpkg"
    text.write_text("Yth. Kepala Badan")
    _refused(db, text, store, "rusak atau tidak lengkap")
    plain_zip = tmp_path / "lain.deskpkg"
    with zipfile.ZipFile(plain_zip, "w") as out:
        out.writestr("records/insiden.json", "[]")
    _refused(db, plain_zip, store, "manifest.json tidak ada")


@pytest.mark.parametrize(
    "name",
    ["../luar.txt", "records/../../luar.json", "/tmp/luar.json", "C:/Windows/luar.json",
     "records\\..\\luar.json", "lampiran/../../../luar"],
)  # fmt: skip
def test_paths_outside_the_package_are_refused(db, package, tmp_path, name):
    hostile = _add_member(package, tmp_path / "jahat.deskpkg", name, b"isi")
    _refused(db, hostile, tmp_path / "store", "tidak aman atau tidak dikenal")
    assert not (tmp_path.parent / "luar.txt").exists() and not Path("/tmp/luar.json").exists()


def test_a_symbolic_link_is_refused(db, package, tmp_path):
    link = zipfile.ZipInfo("lampiran/" + "a" * 64)
    link.external_attr = 0o120777 << 16
    hostile = _add_member(package, tmp_path / "tautan.deskpkg", link, b"/etc/passwd")
    _refused(db, hostile, tmp_path / "store", "tautan simbolik")


def test_a_zip_bomb_stops_before_it_expands(db, package, tmp_path):
    """200 MB of zeros that zip into a few hundred KB, declared honestly in the manifest."""
    bomb = b"0" * (200 * 1024 * 1024)

    def change(members):
        members["records/insiden.json"] = bomb

    hostile = rewrite(package, tmp_path / "bom.deskpkg", change, rehash=True)
    assert hostile.stat().st_size < 2 * 1024 * 1024
    _refused(db, hostile, tmp_path / "store", "bom zip")


def test_an_attachment_that_is_not_what_its_record_says_is_refused(db, package, tmp_path):
    program = b"MZ\x90\x00 program, bukan foto"
    program_sha = hashlib.sha256(program).hexdigest()

    def swapped(members):  # other content under the photo's name
        name = next(n for n in members if n.startswith("lampiran/"))
        members[name] = program

    def relabelled(members):  # a program under its own hash, its record saying "JPEG"
        name = next(n for n in members if n.startswith("lampiran/"))
        del members[name]
        members[f"lampiran/{program_sha}"] = program
        rows = records(members, "lampiran")
        rows[0]["sha256"] = program_sha
        put_records(members, "lampiran", rows)
        manifest = json.loads(members["manifest.json"])
        manifest["parts"][f"lampiran/{program_sha}"] = manifest["parts"].pop(name)
        members["manifest.json"] = json.dumps(manifest).encode()

    store = tmp_path / "store"
    _refused(db, rewrite(package, tmp_path / "a.deskpkg", swapped, rehash=True), store,
             "bagian 'lampiran/.*' tidak sah")  # fmt: skip
    _refused(db, rewrite(package, tmp_path / "b.deskpkg", relabelled, rehash=True), store,
             "bukan image/jpeg")  # fmt: skip


# --- issue 18: every part checked, unknown parts refused, a repeat verified ---------------


def test_a_part_unknown_to_this_version_is_refused_even_with_a_wrong_hash(db, package, tmp_path):
    """Before, a part listed in the manifest but unknown to the app was never read, so a
    wrong SHA-256 went through."""

    def unknown(members):
        members["records/rahasia.json"] = b"[]"
        manifest = json.loads(members["manifest.json"])
        manifest["parts"]["records/rahasia.json"] = {"sha256": "0" * 64, "size": 2}
        members["manifest.json"] = json.dumps(manifest).encode()

    def unknown_acuan(members):  # reference rows of a table no desk may create
        members["acuan/wilayah.json"] = b"[]"
        manifest = json.loads(members["manifest.json"])
        manifest["parts"]["acuan/wilayah.json"] = {
            "sha256": hashlib.sha256(b"[]").hexdigest(), "size": 2,
        }  # fmt: skip
        members["manifest.json"] = json.dumps(manifest).encode()

    store = tmp_path / "store"
    _refused(db, rewrite(package, tmp_path / "a.deskpkg", unknown), store,
             "bagian 'records/rahasia.json' yang tidak dikenal")  # fmt: skip
    _refused(db, rewrite(package, tmp_path / "b.deskpkg", unknown_acuan), store,
             "bagian 'acuan/wilayah.json' yang tidak dikenal")  # fmt: skip


def test_a_repeated_package_is_verified_before_already_imported(db, package, tmp_path):
    """The same bytes again: 'sudah pernah diimpor'. A copy edited with its hashes
    recomputed, or edited without: refused, never 'already imported'."""
    store = tmp_path / "store"
    take_in(db, package, store)
    again = tmp_path / "salinan.deskpkg"
    again.write_bytes(package.read_bytes())
    assert take_in(db, again, store).already_at is not None
    assert "sudah pernah diimpor" in take_in(db, again, store).summary()

    def edit(members):
        raw = members["records/insiden.json"]
        members["records/insiden.json"] = raw.replace(b"Pasar", b"Pasir")

    before = count(db, Insiden)
    forged = rewrite(package, tmp_path / "palsu.deskpkg", edit, rehash=True)
    with pytest.raises(PackageError, match="sudah pernah diimpor, tetapi isi berkas ini berbeda"):
        take_in(db, forged, store)
    tampered = rewrite(package, tmp_path / "ubah.deskpkg", edit)
    with pytest.raises(PackageError, match="SHA-256 records/insiden.json berbeda"):
        take_in(db, tampered, store)
    assert count(db, Insiden) == before
    assert imported_packages(db) == 1


def test_one_record_past_the_cap_is_refused_as_it_streams(db, package, tmp_path, monkeypatch):
    from app.services.importing import limits

    monkeypatch.setattr(limits, "PACKAGE_RECORD_BYTES", 4096)

    def long_record(members):
        rows = records(members, "insiden")
        rows[0]["chronology"] = "panjang " * 2000
        put_records(members, "insiden", rows)

    _refused(db, rewrite(package, tmp_path / "a.deskpkg", long_record, rehash=True),
             tmp_path / "store", "satu catatannya lebih dari")  # fmt: skip


def test_more_records_than_a_package_may_hold_are_refused_unread(
    db, package, tmp_path, monkeypatch
):
    from app.services.importing import limits

    monkeypatch.setattr(limits, "PACKAGE_RECORDS", 1)
    _refused(db, package, tmp_path / "store", "Paket terlalu besar: [0-9]+ data, batasnya 1")


def test_records_beyond_the_declared_count_stop_the_stream(db, package, tmp_path):
    def extra(members):
        rows = records(members, "insiden")
        copy = dict(rows[0], uid="00000000-0000-4000-8000-000000000001")
        put_records(members, "insiden", [*rows, copy])

    _refused(db, rewrite(package, tmp_path / "a.deskpkg", extra, rehash=True),
             tmp_path / "store", "jumlah insiden")  # fmt: skip
