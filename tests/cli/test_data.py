"""``desk-pilkada backup|restore|package`` as a user runs them (SPEC 11): 0 success, 1 refused
with a clear Indonesian message, 2 wrong usage, never a traceback."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.__main__ import main
from app.services.admin import opening as desk
from app.services.core import pengaturan
from tests.services.insiden.helpers import record


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    opened: list = []
    real_prepare = desk.prepare

    def tracking_prepare(url, backup_dir):
        db = real_prepare(url, backup_dir)
        opened.append(db)
        return db

    monkeypatch.setattr(desk, "prepare", tracking_prepare)
    root = logging.getLogger()
    handlers = list(root.handlers)

    def _run(*argv: str) -> Run:
        capsys.readouterr()
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        finally:
            for db in opened:
                db.dispose()
            opened.clear()
        captured = capsys.readouterr()
        result = Run(code, captured.out, captured.err)
        assert "Traceback" not in result.out + result.err, result
        return result

    yield _run
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seeded_db_file: Path) -> Path:
    """A data folder whose default database is an initialised Banten desk."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("DESK_PILKADA_HOME", str(path))
    monkeypatch.delenv("DESK_PILKADA_DB_URL", raising=False)
    shutil.copyfile(seeded_db_file, path / "desk-pilkada.sqlite")
    return path


def _incidents(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM insiden").fetchone()[0]
    finally:
        connection.close()


def test_backup_then_restore(run, home, tmp_path):
    made = run("backup")
    assert made.code == 0, made
    copy = next((home / "cadangan").glob("*-manual.sqlite"))
    assert str(copy) in made.out
    elsewhere = run("backup", "--to", str(tmp_path / "flashdisk"))
    assert elsewhere.code == 0 and list((tmp_path / "flashdisk").glob("*-manual.sqlite"))

    database = desk.prepare(f"sqlite:///{home / 'desk-pilkada.sqlite'}", home / "cadangan")
    record(database)
    database.dispose()
    assert _incidents(home / "desk-pilkada.sqlite") == 1
    restored = run("restore", str(copy))
    assert restored.code == 0, restored
    assert "dipulihkan" in restored.out and "sebelum-pemulihan" in restored.out
    assert _incidents(home / "desk-pilkada.sqlite") == 0


def test_restore_refuses_what_is_not_a_backup(run, home, tmp_path):
    letter = tmp_path / "surat.sqlite"
    letter.write_text("Yth. Kepala Badan")
    refused = run("restore", str(letter))
    assert refused.code == 1
    assert "bukan basis data SQLite" in refused.err and "tidak diubah" in refused.err
    missing = run("restore", str(tmp_path / "tidak-ada.sqlite"))
    assert missing.code == 1 and "tidak dapat dibaca" in missing.err


def test_package_export_and_import_between_two_desks(run, home, tmp_path, seeded_db_file):
    kab_file = tmp_path / "kab.sqlite"
    shutil.copyfile(seeded_db_file, kab_file)
    kab = desk.prepare(f"sqlite:///{kab_file}", tmp_path / "b")
    with kab.uow("tester") as uow:
        pengaturan.put(uow, "desk_kabkota", "36.01")
        uow.commit()
    record(kab)
    kab.dispose()
    package = tmp_path / "pandeglang.deskpkg"

    made = run("--db", f"sqlite:///{kab_file}", "package", "export", "--out", str(package))
    assert made.code == 0, made
    assert "Insiden 1" in made.out and package.exists()
    preview = run("package", "import", str(package), "--dry-run")
    assert preview.code == 0 and "tidak ada yang disimpan" in preview.out
    assert _incidents(home / "desk-pilkada.sqlite") == 0
    taken = run("package", "import", str(package))
    assert taken.code == 0, taken
    assert "Insiden: 1 baru" in taken.out
    assert _incidents(home / "desk-pilkada.sqlite") == 1
    again = run("package", "import", str(package))
    assert again.code == 0 and "sudah pernah diimpor" in again.out


def test_package_mistakes(run, home, tmp_path):
    wrong_name = run("package", "export", "--out", str(tmp_path / "paket.zip"))
    assert wrong_name.code == 1 and ".deskpkg" in wrong_name.err
    broken = tmp_path / "rusak.deskpkg"
    broken.write_bytes(b"PK\x03\x04 terpotong")
    refused = run("package", "import", str(broken))
    assert refused.code == 1 and "rusak atau tidak lengkap" in refused.err
    assert run("package").code == 2
    bad_date = run(
        "package", "export", "--out", str(tmp_path / "p.deskpkg"), "--since", "31/02/2024"
    )
    assert bad_date.code == 2 and "tidak dikenali" in bad_date.err
    since = run("package", "export", "--out", str(tmp_path / "p.deskpkg"), "--since", "2024-11-01")
    assert since.code == 0 and "Periode: 01/11/2024" in since.out
