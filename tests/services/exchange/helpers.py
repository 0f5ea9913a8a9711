"""Two desks for the exchange-package tests: a kab/kota desk (Pandeglang, its own SQLite
file, seeded separately so its reference rows have other ids and uids than the
province's) and the province (the ``db`` fixture, SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from app.models import Insiden, PaketPertukaran
from app.models.base import new_uid
from app.services.admin import opening as desk
from app.services.core import pengaturan
from app.services.desk import seeding
from app.services.exchange import export_package, import_package
from tests.desk_time import pinned_now
from tests.services.insiden.helpers import DESA, OPERATOR_ACTOR, kategori_id, wilayah


def make_kab_desk(path: Path):
    """A fresh desk database for Kabupaten Pandeglang (36.01) at ``path``."""
    database = desk.prepare(f"sqlite:///{path}", path.parent / "backup-kab")
    with database.uow("tester") as uow:
        seeding.seed(uow, "36")
    with database.uow("tester") as uow:
        pengaturan.put(uow, "desk_kabkota", "36.01")
        uow.commit()
    return database


def export(db, target: Path, store: Path, actor=OPERATOR_ACTOR, **kwargs):
    with db.uow(actor) as uow:
        return export_package(uow, target, store=store, **kwargs)


def take_in(db, package: Path, store: Path, actor=OPERATOR_ACTOR, **kwargs):
    with db.uow(actor) as uow:
        return import_package(uow, package, store=store, **kwargs)


def count(db, model) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def imported_packages(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(
            select(func.count())
            .select_from(PaketPertukaran)
            .where(PaketPertukaran.direction == "masuk")
        )


def bulk_incidents(db, n: int, chronology: str = "Kronologi kejadian di lapangan. " * 8) -> None:
    """``n`` incidents straight into the table (fast), numbered INS-2024-000001…"""
    with db.uow("tester") as uow:
        region, category, now = wilayah(uow, DESA), kategori_id(uow), pinned_now()
        rows = [
            dict(uid=new_uid(), number=f"INS-2024-{i:06d}", occurred_at=now, reported_at=now,
                 wilayah_id=region.id, wilayah_code=region.code, kategori_id=category, severity=2,
                 chronology=chronology, status="Baru", created_at=now, updated_at=now,
                 created_by="op", updated_by="op", version=1, archived=False)
            for i in range(1, n + 1)
        ]  # fmt: skip
        for i in range(0, n, 5000):
            uow.session.execute(insert(Insiden), rows[i : i + 5000])
        uow.commit()


def rewrite(
    package: Path, target: Path, change: Callable[[dict[str, bytes]], None], rehash: bool = False
) -> Path:
    """A copy of ``package`` with its members edited by ``change``; ``rehash`` updates the
    manifest's SHA-256 and sizes as a forger would."""
    with zipfile.ZipFile(package) as source:
        members = {name: source.read(name) for name in source.namelist()}
    change(members)
    if rehash:
        manifest = json.loads(members["manifest.json"])
        for name in list(manifest["parts"]):
            if name in members:
                raw = members[name]
                manifest["parts"][name] = {
                    "sha256": hashlib.sha256(raw).hexdigest(),
                    "size": len(raw),
                }
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, raw in members.items():
            out.writestr(name, raw)
    return target


def records(members: dict[str, bytes], table: str) -> list[dict]:
    return json.loads(members[f"records/{table}.json"])


def put_records(members: dict[str, bytes], table: str, rows: list[dict]) -> None:
    members[f"records/{table}.json"] = json.dumps(rows).encode()


def jpeg(colour: int = 0) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), (colour, 0, 0)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture(scope="session")
def kab_seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kab-seed") / "kab.sqlite"
    make_kab_desk(path).dispose()
    return path


@pytest.fixture
def kab(kab_seed_file: Path, tmp_path: Path):
    """The kab/kota desk (Pandeglang), on SQLite like a desk PC without a server."""
    target = tmp_path / "kab" / "kab.sqlite"
    target.parent.mkdir()
    shutil.copyfile(kab_seed_file, target)
    database = desk.prepare(f"sqlite:///{target}", tmp_path / "kab" / "backup")
    yield database
    database.dispose()
