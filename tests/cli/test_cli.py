"""The command line (SPEC 11) as a user runs it: ``desk-pilkada init/check/template/import``,
the demo database, usage errors and the self-test. Exit status 0 success, 1 refused with a
clear Indonesian message, 2 wrong usage; a user mistake never prints a traceback."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import create_engine, func, select, text

from app.__main__ import main
from app.models import Tahapan
from app.services import registers
from app.services.admin import opening as desk
from app.services.tahapan import records as tahapan_service

PROJECT_ROOT = Path(__file__).resolve().parents[2]
HEADERS = [c.header for c in registers.import_spec("tahapan").columns]


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _cli_hygiene(monkeypatch: pytest.MonkeyPatch):
    """Each CLI call behaves like its own process: the databases it opened are disposed when
    it returns, and the log handler it installs on the root logger is removed afterwards."""
    opened: list = []
    real_prepare = desk.prepare

    def tracking_prepare(url, backup_dir):
        db = real_prepare(url, backup_dir)
        opened.append(db)
        return db

    monkeypatch.setattr(desk, "prepare", tracking_prepare)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield opened
    for db in opened:
        db.dispose()
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], _cli_hygiene: list):
    def _run(*argv: str) -> Run:
        capsys.readouterr()
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse: usage errors, --version
            code = exit_.code if isinstance(exit_.code, int) else 1
        finally:
            for db in _cli_hygiene:
                db.dispose()
            _cli_hygiene.clear()
        captured = capsys.readouterr()
        result = Run(code, captured.out, captured.err)
        # A user mistake never prints a traceback, whatever the exit status.
        assert "Traceback" not in result.out, result
        assert "Traceback" not in result.err, result
        return result

    return _run


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("DESK_PILKADA_HOME", str(path))
    monkeypatch.delenv("DESK_PILKADA_DB_URL", raising=False)
    return path


@pytest.fixture
def desk_home(home: Path, seeded_db_file: Path) -> Path:
    """A data folder whose default database was already initialised for Banten (a copy of
    the session's seeded database, so each test does not pay for seeding)."""
    home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(seeded_db_file, home / "desk-pilkada.sqlite")
    return home


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _contests(url: str, backup: Path) -> list[tahapan_service.PemilihanRow]:
    db = desk.prepare(url, backup)
    try:
        with db.uow() as uow:
            return tahapan_service.list_pemilihan(uow)
    finally:
        db.dispose()


def _stage_count(db_file: Path, code: str | None = None) -> dict[int, int]:
    """Stages per contest id (optionally only those with ``code``)."""
    engine = create_engine(_url(db_file))
    try:
        query = select(Tahapan.pemilihan_id, func.count(Tahapan.id)).group_by(Tahapan.pemilihan_id)
        if code is not None:
            query = query.where(Tahapan.code == code)
        with engine.connect() as connection:
            return dict(connection.execute(query).all())
    finally:
        engine.dispose()


def _xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADERS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


#: kode, induk, nama, mulai, selesai, catatan, untuk
GOOD_ROWS = [
    ["T99", "", "Evaluasi pelaksanaan pemilihan", date(2024, 12, 10), date(2024, 12, 20), "", ""],
    ["T99.1", "T99", "Rapat evaluasi desk", "11/12/2024", "12 Des 2024", "di kantor", ""],
]


# --- init --------------------------------------------------------------------------------


def test_init_creates_and_seeds_banten(run, home: Path):
    result = run("init", "--province", "36")
    assert result.code == 0, result
    assert "Banten" in result.out
    assert "Asia/Jakarta" in result.out
    db_file = home / "desk-pilkada.sqlite"
    assert db_file.exists()
    contests = _contests(_url(db_file), home / "cek")
    assert contests
    assert contests[0].kind == "gubernur"
    assert all(count > 0 for count in _stage_count(db_file).values())


def test_init_twice_creates_no_duplicate_contests(run, home: Path, tmp_path: Path):
    db_file = tmp_path / "x.sqlite"
    url = _url(db_file)
    assert run("--db", url, "init", "--province", "36").code == 0
    first = _contests(url, tmp_path / "cek")
    stages = _stage_count(db_file)
    again = run("--db", url, "init", "--province", "36")
    assert again.code == 0, again
    assert "Banten" in again.out
    second = _contests(url, tmp_path / "cek")
    assert [c.name for c in second] == [c.name for c in first]
    assert len({c.name for c in second}) == len(second)
    assert _stage_count(db_file) == stages
    assert not (home / "desk-pilkada.sqlite").exists(), "--db must not touch the default file"


def test_init_unknown_province_is_refused(run, home: Path):
    result = run("init", "--province", "99")
    assert result.code == 1
    assert "Kode provinsi '99' tidak dikenal" in result.err
    assert "Banten" not in result.out


def test_init_makassar_timezone(run, home: Path):
    result = run("init", "--province", "73")
    assert result.code == 0, result
    assert "Sulawesi Selatan" in result.out
    assert "Asia/Makassar" in result.out


def test_init_cannot_switch_province_of_a_seeded_database(run, desk_home: Path):
    result = run("init", "--province", "73")
    assert result.code == 1
    assert "tidak dapat diganti" in result.err


# --- check -------------------------------------------------------------------------------


def test_check_on_fresh_database_passes(run, home: Path):
    assert run("init").code == 0
    result = run("check")
    assert result.code == 0, result
    ok_lines = [line for line in result.out.splitlines() if line.startswith("[OK]")]
    assert len(ok_lines) >= 4
    assert "[GAGAL]" not in result.out
    assert "Semua pemeriksaan lulus." in result.out


def test_check_names_a_corrupted_stage(run, desk_home: Path):
    engine = create_engine(_url(desk_home / "desk-pilkada.sqlite"))
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE tahapan SET progress = 150 WHERE id = (SELECT MIN(id) FROM tahapan)")
        )
    engine.dispose()
    result = run("check")
    assert result.code == 1
    failed = [line for line in result.out.splitlines() if line.startswith("[GAGAL]")]
    assert len(failed) == 1
    assert failed[0].startswith("[GAGAL] Konsistensi tahapan:")
    assert "tidak konsisten" in failed[0]
    assert "1 pemeriksaan gagal" in result.err


def test_check_finds_received_sums_written_around_the_database_and_rebuilds_them(
    run, desk_home: Path
):
    """Goods received are summed by the database as lines change; a sum edited by another
    tool is named by ``check`` with the lines' own figure, and ``--susun-ulang`` rebuilds."""
    engine = create_engine(_url(desk_home / "desk-pilkada.sqlite"))
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO logistik_diterima VALUES ('36.01.01', 'PPK', "
            "(SELECT min(id) FROM referensi WHERE kind = 'jenis_logistik'), 0, 1250)"
        ))  # fmt: skip
    engine.dispose()
    result = run("check")
    assert result.code == 1
    line = next(x for x in result.out.splitlines() if "Ringkasan barang diterima" in x)
    assert line.startswith("[GAGAL]") and "ringkasan 1.250, baris pengiriman 0" in line
    assert "desk-pilkada check --susun-ulang" in line
    repaired = run("check", "--susun-ulang")
    assert "Ringkasan barang diterima disusun ulang dari baris pengiriman (0 baris)." in repaired.out
    assert "[OK] Ringkasan barang diterima sesuai baris pengiriman: ok" in repaired.out


# --- template ----------------------------------------------------------------------------


def test_check_names_a_table_or_column_the_schema_needs(run, desk_home: Path):
    """A database whose column was dropped by another tool: ``check`` says what is
    missing instead of 'integrity ok' (and every page failing later)."""
    engine = create_engine(_url(desk_home / "desk-pilkada.sqlite"))
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE sosialisasi DROP COLUMN budget"))
    engine.dispose()
    result = run("check")
    assert result.code == 1
    assert "[GAGAL] Kelengkapan skema: tidak ada: kolom sosialisasi.budget" in result.out


def test_import_says_where_data_resumed_after_a_blank_run(run, desk_home: Path, tmp_path: Path):
    source = tmp_path / "jeda.csv"
    source.write_text("kode,nama\nT97,Satu\n" + ",\n" * 1500 + "T98,Dua\n")
    result = run("import", "tahapan", str(source), "--dry-run")
    assert result.code == 0, result
    assert "2 baris dibaca: 2 valid" in result.out
    assert (
        "Perhatian: 1.500 baris kosong dilewati (baris 3–1.502); data berlanjut di baris 1.503."
        in result.out
    )


def test_template_tahapan_writes_the_import_headers(run, home: Path, tmp_path: Path):
    target = tmp_path / "keluar" / "templat tahapan.xlsx"
    result = run("template", "tahapan", str(target))
    assert result.code == 0, result
    assert target.exists()
    workbook = load_workbook(target)
    assert workbook.sheetnames[0] == "Data"
    header = [cell.value for cell in workbook["Data"][1]]
    assert header == HEADERS
    assert workbook["Data"].max_row == 1


@pytest.mark.parametrize(
    ("jenis", "name", "message"),
    [
        ("tahapan", "templat.csv", ".xlsx"),
    ],
)
def test_template_refusals(run, home: Path, tmp_path: Path, jenis, name, message):
    target = tmp_path / name
    result = run("template", jenis, str(target))
    assert result.code == 1
    assert message in result.err
    assert not target.exists()


def test_an_unknown_register_is_a_usage_error_in_indonesian(run, home: Path, tmp_path: Path):
    """SPEC 11: wrong usage exits 2; argparse's own words are Indonesian too."""
    target = tmp_path / "x.xlsx"
    result = run("template", "foo", str(target))
    assert result.code == 2
    assert "pemakaian: desk-pilkada template" in result.err
    assert "kesalahan: argumen JENIS: pilihan tidak dikenal: 'foo'" in result.err
    assert "'insiden'" in result.err and "usage" not in result.err and "error" not in result.err
    assert not target.exists()
    helped = run("import", "--help")
    assert helped.code == 0
    assert "tampilkan bantuan ini lalu keluar" in helped.out and "show this help" not in helped.out


def test_file_errors_are_explained_in_indonesian(run, desk_home: Path, tmp_path: Path):
    result = run("import", "tahapan", str(tmp_path / "tidak-ada.xlsx"))
    assert result.code == 1
    assert "Berkas tidak ditemukan" in result.err and "No such file" not in result.err
    folder = tmp_path / "keluar.xlsx"
    folder.mkdir()  # the operator picked a folder named like a file
    written = run("export", "tahapan", str(folder))
    assert written.code == 1
    assert "tidak dapat ditulis: yang dipilih adalah folder, bukan berkas" in written.err
    assert "Is a directory" not in written.err


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.EACCES, "izin ditolak"), (errno.ENOSPC, "ruang disk penuh"),
     (errno.EROFS, "hanya dapat dibaca"), (errno.ENOENT, "tidak ditemukan")],
)  # fmt: skip
def test_os_reasons_are_indonesian(code, reason):
    from app.services.core.errors import os_reason

    assert reason in os_reason(OSError(code, os.strerror(code)))


# --- import ------------------------------------------------------------------------------


def test_import_dry_run_writes_nothing(run, desk_home: Path, tmp_path: Path):
    db_file = desk_home / "desk-pilkada.sqlite"
    before = _stage_count(db_file)
    source = _xlsx(tmp_path / "jadwal.xlsx", GOOD_ROWS)
    result = run("import", "tahapan", str(source), "--dry-run")
    assert result.code == 0, result
    assert "2 baris dibaca: 2 valid, 0 bermasalah." in result.out
    assert "--dry-run" in result.out
    assert "Impor selesai" not in result.out
    assert _stage_count(db_file) == before
    assert _stage_count(db_file, "T99") == {}


def test_import_then_reimport_changes_nothing(run, desk_home: Path, tmp_path: Path):
    db_file = desk_home / "desk-pilkada.sqlite"
    contests = _stage_count(db_file)
    source = _xlsx(tmp_path / "jadwal.xlsx", GOOD_ROWS)
    first = run("import", "tahapan", str(source))
    assert first.code == 0, first
    assert "data baru" in first.out
    assert f"{2 * len(contests)} data baru, 0 diperbarui" in first.out
    assert _stage_count(db_file, "T99") == dict.fromkeys(contests, 1)
    assert _stage_count(db_file, "T99.1") == dict.fromkeys(contests, 1)
    second = run("import", "tahapan", str(source))
    assert second.code == 0, second
    assert "Impor selesai: 0 data baru, 0 diperbarui" in second.out
    assert _stage_count(db_file, "T99") == dict.fromkeys(contests, 1)


def test_import_semicolon_csv_with_office_dates(run, desk_home: Path, tmp_path: Path):
    source = tmp_path / "jadwal.csv"
    source.write_text(
        "Kode Tahapan;Nama Tahapan;Tgl Mulai;Tgl Selesai\n"
        "T98;Pembubaran badan ad hoc;Senin, 9 Desember 2024;31/12/2024\n",
        encoding="utf-8-sig",
    )
    result = run("import", "tahapan", str(source))
    assert result.code == 0, result
    assert "1 baris dibaca: 1 valid" in result.out
    assert _stage_count(desk_home / "desk-pilkada.sqlite", "T98")


def test_import_with_a_bad_row_writes_nothing(run, desk_home: Path, tmp_path: Path):
    db_file = desk_home / "desk-pilkada.sqlite"
    before = _stage_count(db_file)
    rows = [
        *GOOD_ROWS,
        ["T97", "", "Tanggal rusak", "31/02/2024", "", "", ""],
        ["T96", "", "Terbalik", "20/12/2024", "10/12/2024", "", ""],
        ["T95", "", "", "", "", "", ""],
    ]
    result = run("import", "tahapan", str(_xlsx(tmp_path / "jadwal.xlsx", rows)))
    assert result.code == 1
    assert "5 baris dibaca: 2 valid, 3 bermasalah." in result.out
    errors = [line for line in result.err.splitlines() if line.startswith("Baris ")]
    assert errors == [
        "Baris 4, kolom mulai: Tanggal '31/02/2024' tidak ada di kalender.",
        "Baris 5, kolom selesai: Tanggal selesai sebelum tanggal mulai.",
        "Baris 6, kolom nama: Wajib diisi.",
    ]
    assert "Tidak ada yang disimpan" in result.err
    assert "Impor selesai" not in result.out
    assert _stage_count(db_file) == before
    assert _stage_count(db_file, "T99") == {}


def test_import_bad_row_with_dry_run_also_exits_1(run, desk_home: Path, tmp_path: Path):
    rows = [["T97", "T404", "Induk hilang", "", "", "", ""]]
    result = run("import", "tahapan", str(_xlsx(tmp_path / "j.xlsx", rows)), "--dry-run")
    assert result.code == 1
    assert "Baris 2, kolom induk: Tahapan induk T404 tidak ada" in result.err


def test_import_missing_file(run, desk_home: Path, tmp_path: Path):
    result = run("import", "tahapan", str(tmp_path / "tidak-ada.xlsx"))
    assert result.code == 1
    assert "tidak ditemukan" in result.err
    assert "tidak-ada.xlsx" in result.err


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"bukan excel", "rusak.xlsx", "tidak dapat dibaca"),
        (b"kode,nama\n", "kosong.csv", "tidak berisi baris data"),
        (b"judul,lain\nT1,x\n", "salah.csv", "Kolom wajib tidak ditemukan"),
        (b"kode;nama\nT1;x\n", "jadwal.pdf", "tidak didukung"),
    ],
)
def test_import_unreadable_files_are_refused(
    run, desk_home: Path, tmp_path: Path, content: bytes, name: str, message: str
):
    source = tmp_path / name
    source.write_bytes(content)
    result = run("import", "tahapan", str(source))
    assert result.code == 1
    assert message in result.err


def test_import_an_empty_template_is_refused(run, desk_home: Path, tmp_path: Path):
    target = tmp_path / "templat.xlsx"
    assert run("template", "tahapan", str(target)).code == 0
    result = run("import", "tahapan", str(target))
    assert result.code == 1
    assert "tidak berisi baris data" in result.err


def test_import_limited_to_one_contest(run, desk_home: Path, tmp_path: Path):
    db_file = desk_home / "desk-pilkada.sqlite"
    source = _xlsx(tmp_path / "jadwal.xlsx", GOOD_ROWS)
    result = run("import", "tahapan", str(source), "--pemilihan", "1")
    assert result.code == 0, result
    assert "Impor selesai: 2 data baru" in result.out
    assert _stage_count(db_file, "T99") == {1: 1}
    assert _stage_count(db_file, "T99.1") == {1: 1}


def test_import_unknown_contest_id(run, desk_home: Path, tmp_path: Path):
    source = _xlsx(tmp_path / "jadwal.xlsx", GOOD_ROWS)
    result = run("import", "tahapan", str(source), "--pemilihan", "999")
    assert result.code == 1
    assert "Pemilihan tujuan impor tidak ditemukan" in result.err


def test_import_non_numeric_contest_id_gets_a_clear_message(run, desk_home, tmp_path):
    source = _xlsx(tmp_path / "jadwal.xlsx", GOOD_ROWS)
    result = run("import", "tahapan", str(source), "--pemilihan", "abc")
    assert result.code == 1
    assert "tidak terduga" not in result.err
    assert "abc" in result.err


def test_import_before_init_says_to_run_init(run, home: Path, tmp_path: Path):
    source = _xlsx(tmp_path / "jadwal.xlsx", GOOD_ROWS)
    result = run("import", "tahapan", str(source))
    assert result.code == 1
    assert "tidak ada; jalankan init dulu" in result.err
    assert not (home / "desk-pilkada.sqlite").exists()


@pytest.mark.parametrize("command", [["check"], ["export", "tahapan", "x.csv"], ["backup"],
                                     ["package", "export", "--out", "p.deskpkg"]])  # fmt: skip
def test_a_mistyped_db_path_is_refused_not_created(run, home: Path, tmp_path: Path, command):
    """Only init creates a database: a mistyped --db never becomes an empty desk that
    every check passes."""
    missing = tmp_path / "salah" / "desk.sqlite"
    result = run("--db", _url(missing), *command)
    assert result.code == 1, result
    assert f"Berkas basis data {missing} tidak ada" in result.err
    assert "jalankan init dulu" in result.err
    assert not missing.exists() and not missing.parent.exists()
    result = run(
        "--db", _url(tmp_path / "juga-salah.sqlite"), "restore", str(tmp_path / "x.sqlite")
    )
    assert result.code == 1 and "jalankan init dulu" in result.err


def test_a_read_only_database_is_explained(run, desk_home: Path, tmp_path: Path):
    """A database the desk may not write (a read-only file or folder): plain Indonesian,
    exit 1, nothing written — never 'kesalahan yang tidak terduga'."""
    source = _xlsx(tmp_path / "jadwal.xlsx", GOOD_ROWS)
    read_only = f"sqlite:///file:{desk_home / 'desk-pilkada.sqlite'}?mode=ro&uri=true"
    before = _stage_count(desk_home / "desk-pilkada.sqlite", "T99")
    result = run("--db", read_only, "import", "tahapan", str(source))
    assert result.code == 1, result
    assert "hanya dapat dibaca" in result.err
    assert "tidak terduga" not in result.err
    assert _stage_count(desk_home / "desk-pilkada.sqlite", "T99") == before


# --- usage and commands not built yet --------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["import"],
        ["import", "tahapan"],
        ["template", "tahapan"],
        ["--reset", "check"],
        ["init", "--provinsi", "36"],
        ["--tidak-ada", "check"],
    ],
)
def test_usage_errors_exit_2(run, home: Path, argv):
    result = run(*argv)
    assert result.code == 2
    assert result.err.strip()
    assert not (home / "desk-pilkada.sqlite").exists()


def test_reset_without_demo_explains(run, home: Path):
    result = run("--reset", "check")
    assert result.code == 2
    assert "--reset hanya dapat dipakai bersama --demo" in result.err


def test_version(run, home: Path):
    result = run("--version")
    assert result.code == 0
    assert "Desk Pilkada" in result.out


def test_bad_database_urls_are_refused(run, home: Path):
    result = run("--db", "bukan-url", "check")
    assert result.code == 1
    assert "tidak dikenali" in result.err
    result = run("--db", "mysql://host/desk", "check")
    assert result.code == 1
    assert "tidak didukung" in result.err


# --- demo --------------------------------------------------------------------------------


def test_demo_is_built_once_and_reset_rebuilds(run, home: Path):
    demo_file = home / "demo.sqlite"
    first = run("--demo", "check")
    # The demo is the eve of voting day with ballots short in Lebak: check says so (exit 1)
    # while everything else passes.
    assert first.code == 1, first
    assert "[OK] Integritas basis data" in first.out
    assert "Surat suara" in first.out and "Lebak" in first.out
    assert demo_file.exists()
    assert not (home / "desk-pilkada.sqlite").exists(), "demo must not touch the desk database"
    built = demo_file.stat().st_mtime_ns
    again = run("--demo", "check")
    assert again.code == 1, again
    assert demo_file.stat().st_mtime_ns == built
    reset = run("--demo", "--reset", "check")
    assert reset.code == 1, reset
    assert demo_file.stat().st_mtime_ns != built
    contests = _contests(_url(demo_file), home / "cek")
    assert contests and "Banten" in contests[0].name


def test_demo_with_db_is_refused(run, home: Path, tmp_path: Path):
    result = run("--demo", "--db", _url(tmp_path / "x.sqlite"), "check")
    assert result.code == 1
    assert "--demo" in result.err and "--db" in result.err
    assert not (tmp_path / "x.sqlite").exists()


# --- self-test ---------------------------------------------------------------------------


def test_self_test_in_a_subprocess(tmp_path: Path):
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DESK_PILKADA_HOME"] = str(tmp_path / "home")
    env.pop("DESK_PILKADA_DB_URL", None)
    completed = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Uji mandiri lulus." in completed.stdout
    assert "Traceback" not in completed.stdout + completed.stderr


def test_redirected_output_in_a_legacy_code_page_still_prints_every_message(tmp_path: Path):
    """A scheduled job on Windows writes to a file in cp1252; '≥' in a check name must not
    crash the command."""
    env = dict(os.environ, PYTHONIOENCODING="cp1252", DESK_PILKADA_HOME=str(tmp_path / "home"))
    env.pop("DESK_PILKADA_DB_URL", None)
    url = _url(tmp_path / "x.sqlite")
    for argv in (["init", "--province", "36"], ["check"]):
        done = subprocess.run(
            [sys.executable, "-m", "app", "--db", url, *argv], env=env, capture_output=True
        )
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "≥" in done.stdout.decode("utf-8")


def test_opening_the_window_reads_its_options_without_every_command(monkeypatch):
    """``desk-pilkada --demo`` opens the window after reading its own options only (every
    command's parser costs the start ~60 ms); the same words with a command, or a mistake,
    get the whole command line and its usage."""
    import app.bootstrap

    opened = []
    monkeypatch.setattr(app.bootstrap, "run_gui", lambda args: opened.append(args) or 0)
    assert main(["--demo", "--db", "sqlite:///x.sqlite"]) == 0
    assert (opened[0].demo, opened[0].db, opened[0].command) == (True, "sqlite:///x.sqlite", None)
    code = subprocess.run(
        [sys.executable, "-c", "import sys; from app.__main__ import main; "
         "import app.bootstrap as b; b.run_gui = lambda a: 0; main(['--demo']); "
         "print('app.cli.data' in sys.modules, 'app.cli.brief' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert code.stdout.split() == ["False", "False"]


def test_a_window_option_without_its_value_gets_the_whole_usage(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--db"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "PERINTAH" in err and "argumen --db: butuh satu nilai" in err


@pytest.mark.parametrize(
    ("words", "window_only"),
    [
        (["--demo"], True), (["--db", "sqlite:///x"], True), (["--db=sqlite:///x", "--demo"], True),
        (["--demo", "--reset"], True), ([], True),
        (["--db"], False),  # its mistake is said with the whole usage
        (["--dem"], False), (["--version"], False), (["--he"], False),
        (["brief", "--ve", "x.pdf"], False), (["check", "--version"], False),
        (["--demo", "brief"], False),
    ],
)  # fmt: skip
def test_only_the_window_s_own_options_skip_the_command_parsers(words, window_only):
    """A command's words (``brief --ve`` is its ``--verifikasi``), an abbreviation or help
    are read by the whole command line, exactly as before the shortcut."""
    from app.__main__ import _window_only

    assert _window_only(words) is window_only


def test_a_command_option_that_looks_like_a_window_option_stays_the_command_s(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--version"])
    assert exit_.value.code == 2 and "argumen tidak dikenal" in capsys.readouterr().err


def test_main_inside_another_program_leaves_its_collector_alone(run, tmp_path, monkeypatch):
    """``app.collector`` acts only for a process started by ``entry``: these tests call
    ``main`` and keep their own garbage collector, neither disabled nor frozen."""
    import gc

    monkeypatch.setenv("DESK_PILKADA_HOME", str(tmp_path))
    frozen, enabled = gc.get_freeze_count(), gc.isenabled()
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    assert run("--db", url, "init").code == 0
    assert run("--db", url, "check").code == 0
    assert gc.isenabled() == enabled and gc.get_freeze_count() == frozen
