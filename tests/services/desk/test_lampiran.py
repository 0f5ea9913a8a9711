"""Attachments (SPEC 9, issue 4 item 5): copied under their SHA-256, type checked by
content, size limited, the original name kept as data only; the row is audited."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from sqlalchemy import delete, func, select, update

from app.models import AuditLog, Berkas, BerkasPotongan, Lampiran, Referensi, Wilayah
from app.models.referensi import KATEGORI_INSIDEN
from app.services.core import berkas, pengaturan
from app.services.core.actor import OPERATOR, PIMPINAN, VERIFIKATOR, Actor, Forbidden
from app.services.core.errors import DomainError, NotFound, ValidationError
from app.services.core.uow import UnitOfWork
from app.services.desk import lampiran
from app.services.insiden import records as insiden
from tests.desk_time import pin_day

WIB = ZoneInfo("Asia/Jakarta")
OPERATOR1 = Actor("operator1", OPERATOR, "Operator Satu")
VERIFIKATOR1 = Actor("verif1", VERIFIKATOR, "Verifikator Satu")
PIMPINAN1 = Actor("pimpinan1", PIMPINAN, "Pimpinan Satu")


def _image(kind: str, colour: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), colour).save(buffer, kind)
    return buffer.getvalue()


def _write(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture
def incident(db) -> int:
    pin_day(date(2024, 11, 26))
    with db.uow(OPERATOR1) as uow:
        desa = uow.session.scalar(select(Wilayah.id).where(Wilayah.code == "36.01.01.2001"))
        kategori = uow.session.scalar(
            select(Referensi.id).where(
                Referensi.kind == KATEGORI_INSIDEN, Referensi.code == "UNRAS"
            )
        )
        form = insiden.InsidenForm(occurred_at=datetime(2024, 11, 25, 9, 0, tzinfo=WIB),
                                   wilayah_id=desa, kategori_id=kategori, severity=2,
                                   chronology="Unjuk rasa di depan kantor desa.")  # fmt: skip
        return insiden.create(uow, form).id


def _attach(db, incident_id: int, source: Path, store: Path, actor: Actor = OPERATOR1):
    with db.uow(actor) as uow:
        return lampiran.attach(
            uow, owner_type="insiden", owner_id=incident_id, source=source, store=store
        )


def _listed(db, incident_id: int) -> list[lampiran.LampiranRow]:
    with db.uow() as uow:
        return lampiran.list_for(uow, "insiden", incident_id)


def _row_count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(Lampiran.id)))


@pytest.mark.parametrize(
    ("name", "kind", "media_type", "suffix"),
    [
        ("foto.JPG", "JPEG", "image/jpeg", ".jpg"),
        ("tangkapan layar.png", "PNG", "image/png", ".png"),
        ("berita acara.pdf", "PDF", "application/pdf", ".pdf"),
        ("foto.webp", "WEBP", "image/webp", ".webp"),
        ("pindaian.tiff", "TIFF", "image/tiff", ".tif"),
    ],
)
def test_real_files_are_stored_under_their_hash(db, incident, tmp_path, name, kind, media_type,
                                                suffix):  # fmt: skip
    content = _image(kind)
    store = tmp_path / "store"
    changes = _attach(db, incident, _write(tmp_path / "inbox", name, content), store)
    assert changes.touches("lampiran", "insiden")
    [row] = _listed(db, incident)
    sha = hashlib.sha256(content).hexdigest()
    assert (row.original_name, row.media_type, row.size, row.sha256, row.created_by) == (
        name, media_type, len(content), sha, "operator1",
    )  # fmt: skip
    stored = store / sha[:2] / (sha + suffix)
    assert _files(store) == [stored]
    assert stored.read_bytes() == content
    with db.uow() as uow:
        assert lampiran.path_of(uow, row.id, store) == stored
        record = uow.session.get(Lampiran, row.id)
        assert record.insiden_id == incident
        entry = uow.session.scalar(
            select(AuditLog).where(AuditLog.entity == "lampiran", AuditLog.action == "create")
        )
        assert entry.username == "operator1" and entry.entity_uid == record.uid
        assert sha in entry.changes and name in entry.changes


def test_type_is_read_from_the_content_not_the_name(db, incident, tmp_path):
    store = tmp_path / "store"
    fake = _write(tmp_path / "inbox", "foto.jpg", b"Ini hanya teks biasa, bukan foto.\n")
    with pytest.raises(ValidationError) as caught:
        _attach(db, incident, fake, store)
    assert str(caught.value) == (
        "Jenis berkas tidak didukung: hanya foto (JPEG, PNG, WebP, TIFF) dan PDF."
    )
    script = _write(tmp_path / "inbox", "laporan.pdf", b"MZ\x90\x00 executable")
    with pytest.raises(ValidationError, match="tidak didukung"):
        _attach(db, incident, script, store)
    assert _row_count(db) == 0 and _files(store) == []
    png_named_pdf = _write(tmp_path / "inbox", "dokumen.pdf", _image("PNG"))
    _attach(db, incident, png_named_pdf, store)
    [row] = _listed(db, incident)
    assert (row.original_name, row.media_type) == ("dokumen.pdf", "image/png")


def test_empty_and_missing_files_are_refused(db, incident, tmp_path):
    store = tmp_path / "store"
    with pytest.raises(ValidationError, match="kosong"):
        _attach(db, incident, _write(tmp_path, "kosong.jpg", b""), store)
    with pytest.raises(ValidationError, match="tidak dapat dibaca"):
        _attach(db, incident, tmp_path / "tidak-ada.jpg", store)
    with pytest.raises(ValidationError, match="tidak dapat dibaca"):
        _attach(db, incident, tmp_path, store)
    assert _row_count(db) == 0 and _files(store) == []


def test_size_limit_comes_from_the_desk_setting(db, incident, tmp_path):
    with db.uow("tester") as uow:
        pengaturan.put(uow, "attachment_max_mb", 1)
        uow.commit()
    big = _write(tmp_path / "inbox", "besar.jpg", b"\xff\xd8\xff\xe0" + b"\0" * (1536 * 1024 - 4))
    store = tmp_path / "store"
    with pytest.raises(ValidationError) as caught:
        _attach(db, incident, big, store)
    assert "1,5 MB" in str(caught.value) and "Batas lampiran 1 MB" in str(caught.value)
    assert _row_count(db) == 0 and _files(store) == []
    exactly = _write(tmp_path / "inbox", "pas.jpg", b"\xff\xd8\xff\xe0" + b"\1" * (1024 * 1024 - 4))
    _attach(db, incident, exactly, store)
    assert [r.size for r in _listed(db, incident)] == [1024 * 1024]


def test_default_limit_is_20_mb(db):
    with db.uow() as uow:
        assert pengaturan.get(uow, "attachment_max_mb") == 20
    assert lampiran.megabytes(int(25.3 * 1024 * 1024)) == "25,3 MB"


def test_same_content_is_stored_once_but_listed_twice(db, incident, tmp_path):
    content = _image("JPEG", "blue")
    store = tmp_path / "store"
    _attach(db, incident, _write(tmp_path / "a", "pagi.jpg", content), store)
    _attach(db, incident, _write(tmp_path / "b", "siang.jpg", content), store)
    rows = _listed(db, incident)
    assert [r.original_name for r in rows] == ["pagi.jpg", "siang.jpg"]
    assert rows[0].sha256 == rows[1].sha256
    assert len(_files(store)) == 1
    assert not [p for p in store.rglob("*") if p.name.endswith(".part")]
    with db.uow() as uow:  # and once in the database
        assert uow.session.scalar(select(func.count()).select_from(Berkas)) == 1


@pytest.mark.skipif(os.name == "nt", reason="a backslash cannot be part of a Windows file name")
def test_original_name_is_data_and_never_a_path(db, incident, tmp_path):
    assert lampiran.display_name("../../etc/passwd") == "passwd"
    assert lampiran.display_name("..\\..\\Windows\\system.ini") == "system.ini"
    assert lampiran.display_name("..") == "lampiran"
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    source = _write(inbox, "..\\..\\etc\\passwd", _image("PNG"))
    outside_before = {p for p in tmp_path.rglob("*") if "store" not in p.parts}
    store = tmp_path / "deep" / "store"
    _attach(db, incident, inbox / "sub" / ".." / source.name, store)
    [row] = _listed(db, incident)
    assert row.original_name == "passwd"
    [stored] = _files(store)
    assert stored.resolve().is_relative_to(store.resolve())
    assert stored.name == row.sha256 + ".png"
    outside_after = {p for p in tmp_path.rglob("*") if "store" not in p.parts}
    assert {p.name for p in outside_after - outside_before} <= {"deep", "desk.sqlite-wal",
                                                                  "desk.sqlite-shm"}  # fmt: skip


def test_a_damaged_or_lost_copy_on_this_pc_is_fetched_again_from_the_database(
    db, incident, tmp_path
):
    store = tmp_path / "store"
    content = _image("PDF")
    _attach(db, incident, _write(tmp_path, "bukti.pdf", content), store)
    [row] = _listed(db, incident)
    with db.uow() as uow:
        stored = lampiran.path_of(uow, row.id, store)
    stored.write_bytes(stored.read_bytes() + b"%tambahan")  # the integrity check before opening
    with db.uow() as uow:
        assert lampiran.path_of(uow, row.id, store).read_bytes() == content
    stored.unlink()
    with db.uow() as uow:
        assert lampiran.path_of(uow, row.id, store).read_bytes() == content


def test_a_damaged_copy_in_the_database_is_never_opened(db, incident, tmp_path):
    store = tmp_path / "store"
    _attach(db, incident, _write(tmp_path, "bukti.pdf", _image("PDF")), store)
    [row] = _listed(db, incident)
    with db.uow() as uow:  # changed around the app, and this PC's copy is gone too
        uow.session.execute(update(BerkasPotongan).values(data=b"%PDF-palsu"))
        uow.commit()
    _files(store)[0].unlink()
    with (
        db.uow() as uow,
        pytest.raises(DomainError, match="Berkas lampiran rusak atau hilang: bukti.pdf"),
    ):
        lampiran.path_of(uow, row.id, store)
    assert _files(store) == []  # nothing half-written is left to open


def test_a_second_pc_opens_an_attachment_added_on_the_first(db, incident, tmp_path):
    """Shared desk (issue 22): the content is in the database, not only on the PC that
    added it; the second PC's copy is written and checked when it first opens it."""
    content = _image("JPEG", "green")
    first, second = tmp_path / "pc1" / "lampiran", tmp_path / "pc2" / "lampiran"
    _attach(db, incident, _write(tmp_path / "inbox", "lokasi.jpg", content), first)
    [row] = _listed(db, incident)
    with db.uow(PIMPINAN1) as uow:
        opened = lampiran.path_of(uow, row.id, second)
    assert opened.is_relative_to(second) and opened.read_bytes() == content
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Berkas)) == 1


def test_large_files_are_stored_in_chunks_and_read_back_whole(db, incident, tmp_path):
    content = b"%PDF-" + os.urandom(2 * berkas.CHUNK + 12345)
    _attach(db, incident, _write(tmp_path, "besar.pdf", content), tmp_path / "pc1")
    [row] = _listed(db, incident)
    with db.uow() as uow:
        sizes = uow.session.scalars(
            select(func.length(BerkasPotongan.data)).order_by(BerkasPotongan.seq)
        ).all()
        assert sizes == [berkas.CHUNK, berkas.CHUNK, 12350]
        assert lampiran.path_of(uow, row.id, tmp_path / "pc2").read_bytes() == content


def test_attachments_kept_only_on_one_pc_are_shared_at_start(db, incident, tmp_path):
    """A desk upgraded from before the database kept files: the PC that has them shares
    them, then every PC opens them."""
    store = tmp_path / "pc1"
    content = _image("PNG", "white")
    _attach(db, incident, _write(tmp_path, "lama.png", content), store)
    with db.uow() as uow:
        uow.session.execute(delete(BerkasPotongan))
        uow.session.execute(delete(Berkas))
        uow.commit()
    [row] = _listed(db, incident)
    with db.uow() as uow, pytest.raises(DomainError, match="rusak atau hilang"):
        lampiran.path_of(uow, row.id, tmp_path / "pc2")
    with db.uow() as uow:
        assert lampiran.share_local(uow, store) == 1
    with db.uow() as uow:
        assert lampiran.share_local(uow, store) == 0
        assert lampiran.path_of(uow, row.id, tmp_path / "pc2").read_bytes() == content


def test_roles_and_archive(db, incident, tmp_path):
    store = tmp_path / "store"
    source = _write(tmp_path, "foto.png", _image("PNG"))
    with pytest.raises(Forbidden, match="peran Anda Pimpinan"):
        _attach(db, incident, source, store, actor=PIMPINAN1)
    assert _row_count(db) == 0 and _files(store) == []
    _attach(db, incident, source, store, actor=VERIFIKATOR1)
    [row] = _listed(db, incident)
    with db.uow(PIMPINAN1) as uow, pytest.raises(Forbidden):
        lampiran.archive(uow, row.id, row.version)
    with db.uow(OPERATOR1) as uow:
        assert lampiran.archive(uow, row.id, row.version).touches("lampiran")
    assert _listed(db, incident) == [] and len(_files(store)) == 1
    with db.uow() as uow:
        assert uow.session.scalar(
            select(func.count(AuditLog.id)).where(
                AuditLog.entity == "lampiran", AuditLog.action == "archive"
            )
        ) == 1  # fmt: skip
        with pytest.raises(NotFound):
            lampiran.path_of(uow, row.id, store)


def test_unknown_owner_is_refused(db, incident, tmp_path):
    source = _write(tmp_path, "foto.png", _image("PNG"))
    with pytest.raises(NotFound):
        _attach(db, incident + 999, source, tmp_path / "store")
    with db.uow(OPERATOR1) as uow, pytest.raises(DomainError, match="tidak didukung"):
        lampiran.attach(uow, owner_type="pengguna", owner_id=1, source=source, store=tmp_path)


def test_failed_commit_leaves_no_row(db, incident, tmp_path, monkeypatch):
    store = tmp_path / "store"
    source = _write(tmp_path, "foto.png", _image("PNG"))

    def broken(self):
        raise RuntimeError("database hilang")

    monkeypatch.setattr(UnitOfWork, "commit", broken)
    with pytest.raises(RuntimeError):
        _attach(db, incident, source, store)
    monkeypatch.undo()
    assert _row_count(db) == 0
    assert len(_files(store)) <= 1  # the content-addressed copy may stay; harmless
    with db.uow() as uow:  # nothing half-written in the database
        assert uow.session.scalar(select(func.count()).select_from(Berkas)) == 0
