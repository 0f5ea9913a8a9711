"""Hostile inputs (issue 18), written on demand and fed to the real command line.

``python -m bench.bombs [folder]`` writes every bomb below into ``folder`` (a temporary
one by default), runs ``desk-pilkada import``/``package import`` on each under
``/usr/bin/time -v`` and prints peak RSS, wall time, exit status and the first line of
the answer. Before issue 18 the same inputs took 1,1–7,7 GB and up to 5 minutes, some
ending in a MemoryError; each should now be refused in bounded memory with a clear
Indonesian message. The writers are reused by ``tests/services/importing/test_bombs.py``.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

MB = 2**20
BLOCK = 16 * MB
HEADER = ["kode", "nama", "mulai"]

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/'
    'workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    'sheet1.xml"/></Relationships>'
)
_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org'
    b'/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = b"</sheetData></worksheet>"


def _row(values: list[str]) -> bytes:
    cells = "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in values)
    return f"<row>{cells}</row>".encode()


def _repeat(out: IO[bytes], piece: bytes, size: int) -> None:
    """``piece`` again and again, ``size`` bytes in all (whole pieces), in big blocks."""
    block = piece * max(1, BLOCK // len(piece))
    written = 0
    while written + len(block) <= size:
        out.write(block)
        written += len(block)
    out.write(piece * ((size - written) // len(piece)))


def _xlsx(path: Path, body: Callable[[IO[bytes]], None], shared: bytes | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", shared)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD)
            body(sheet)
            sheet.write(_SHEET_TAIL)
    return path


# -- spreadsheets ---------------------------------------------------------------------------


def xlsx_whitespace(folder: Path, size: int = 1024 * MB) -> Path:
    """A 1 MB workbook whose sheet XML is ``size`` bytes of whitespace between two rows."""

    def body(out: IO[bytes]) -> None:
        out.write(_row(HEADER))
        _repeat(out, b" " * 4096, size)
        out.write(_row(["T1", "Satu", "01/09/2024"]))

    return _xlsx(folder / f"spasi-{size // MB}mib.xlsx", body)


def xlsx_bad_rows(folder: Path, size: int = 64 * MB) -> Path:
    """The same bad row (a date that is not one) repeated to ``size`` bytes of XML."""

    def body(out: IO[bytes]) -> None:
        out.write(_row(HEADER))
        _repeat(out, _row(["T1", "Pendaftaran pemantau", "bukan tanggal"]), size)

    return _xlsx(folder / f"baris-buruk-{size // MB}mib.xlsx", body)


def xlsx_empty_cells(folder: Path, size: int = 480 * MB) -> Path:
    """Rows of empty formatted cells (``<c s="1"/>``): no memory, but a microsecond each."""

    def body(out: IO[bytes]) -> None:
        out.write(_row(HEADER))
        _repeat(out, b"<row>" + b'<c s="1"/>' * 400 + b"</row>", size)

    return _xlsx(folder / f"sel-kosong-{size // MB}mib.xlsx", body)


def xlsx_cell(folder: Path, size: int = 300 * MB, shared: bool = False) -> Path:
    """One cell of ``size`` characters, inline or in the shared strings."""
    name = f"sel-{size // MB}mib{'-bersama' if shared else ''}.xlsx"
    if shared:
        text = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
        strings = text + b"x" * size + b"</t></si></sst>"

        def body(out: IO[bytes]) -> None:
            out.write(_row(HEADER))
            out.write(b'<row><c t="inlineStr"><is><t>T1</t></is></c><c t="s"><v>0</v></c></row>')

        return _xlsx(folder / name, body, strings)

    def inline(out: IO[bytes]) -> None:
        out.write(_row(HEADER))
        out.write(b'<row><c t="inlineStr"><is><t>T1</t></is></c><c t="inlineStr"><is><t>')
        _repeat(out, b"x" * 4096, size)
        out.write(b"</t></is></c></row>")

    return _xlsx(folder / name, inline)


# -- CSV (at most 50 MB on disk, as the issue asks) -------------------------------------------


def _csv(path: Path, head: bytes, piece: bytes, size: int) -> Path:
    with path.open("wb") as out:
        out.write(head)
        _repeat(out, piece, size - len(head))
    return path


def csv_bad_rows(folder: Path, size: int = 50 * MB) -> Path:
    return _csv(
        folder / "baris-buruk.csv", b"kode,nama,mulai\n", b"T1,Pendaftaran,bukan tanggal\n", size
    )


def csv_long_line(folder: Path, size: int = 50 * MB) -> Path:
    return _csv(folder / "baris-panjang.csv", b"kode,nama,mulai\nT1,", b"x" * 4096, size)


def csv_blank_lines(folder: Path, size: int = 50 * MB) -> Path:
    return _csv(folder / "baris-kosong.csv", b"kode,nama,mulai\nT1,Satu,\n", b"\n", size)


def csv_commas(folder: Path, size: int = 50 * MB) -> Path:
    return _csv(folder / "koma.csv", b"kode,nama,mulai\nT1", b",", size)


# -- exchange packages ------------------------------------------------------------------------


def _records(count: int, text: int, seed: int = 7) -> Iterator[bytes]:
    """Incident-shaped records whose long chronology keeps the zip ratio under the bomb
    detector's (each record has its own random uid and number)."""
    rng = random.Random(seed)
    filler = "Kronologi " * (text // 10)
    for i in range(count):
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        yield json.dumps({
            "uid": uid, "number": f"INS-2024-{i + 1:06d}", "occurred_at": "2024-11-20T03:00:00+00:00",
            "reported_at": "2024-11-20T03:00:00+00:00", "wilayah_id": "36.01.01.2001",
            "wilayah_code": "36.01.01.2001", "tps": "", "place_detail": f"{rng.random()}",
            "kategori_id": ["kategori_insiden", "LAINNYA"], "severity": 2,
            "chronology": filler + str(rng.random()), "status": "Baru",
            "created_at": "2024-11-20T03:00:00+00:00", "created_by": "op",
            "updated_at": "2024-11-20T03:00:00+00:00", "updated_by": "op", "archived": False,
        }).encode()  # fmt: skip


def forged_package(source: Path, target: Path, size: int, text: int = 8000) -> Path:
    """``source`` (a genuine package) with its incidents replaced by ``size`` bytes of
    records, counts and hashes recomputed as a forger would."""
    count = max(1, size // (text + 600))
    digest, written = hashlib.sha256(), 0
    with zipfile.ZipFile(source) as original:
        manifest = json.loads(original.read("manifest.json"))
        others = {n: original.read(n) for n in original.namelist() if n.startswith("acuan/")}
    for name in list(manifest["parts"]):  # records that might refer to the real incidents go
        if name.startswith(("records/", "lampiran/")) and name not in others:
            del manifest["parts"][name]
    manifest["counts"] = {}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        for name, raw in others.items():
            out.writestr(name, raw)
        with out.open("records/insiden.json", "w", force_zip64=True) as part:
            for i, record in enumerate(_records(count, text)):
                piece = (b"[" if i == 0 else b",") + record
                part.write(piece)
                digest.update(piece)
                written += len(piece)
            part.write(b"]")
            digest.update(b"]")
            written += 1
        manifest["counts"]["insiden"] = count
        manifest["parts"]["records/insiden.json"] = {"sha256": digest.hexdigest(), "size": written}
        out.writestr("manifest.json", json.dumps(manifest))
    return target


def genuine_package(folder: Path) -> Path:
    """A real package of one incident from a fresh kab/kota desk (Pandeglang)."""
    from app.services.admin import opening as desk
    from app.services.core import pengaturan
    from app.services.desk import seeding
    from app.services.exchange import export_package

    path = folder / "kab.sqlite"
    db = desk.prepare(f"sqlite:///{path}", folder / "cadangan-kab")
    try:
        with db.uow("bench") as uow:
            seeding.seed(uow, "36")
        with db.uow("bench") as uow:
            pengaturan.put(uow, "desk_kabkota", "36.01")
            uow.commit()
        with db.uow("bench") as uow:
            return export_package(uow, folder / "asli.deskpkg", store=folder / "lampiran").path
    finally:
        db.dispose()


# -- measuring --------------------------------------------------------------------------------


def measure(argv: list[str], env: dict[str, str] | None = None) -> dict:
    """Run ``argv`` under ``/usr/bin/time -v``: peak RSS (MB), wall seconds, exit, answer."""
    done = subprocess.run(
        ["/usr/bin/time", "-v", *argv], capture_output=True, text=True, env=env, check=False
    )
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", done.stderr)
    seconds = 0.0
    if wall:
        for part in wall.group(1).split(":"):
            seconds = seconds * 60 + float(part)
    answer = [
        line for line in (done.stderr + done.stdout).splitlines()
        if line.strip() and not line.startswith("\t") and "Command exited" not in line
    ]  # fmt: skip
    return {
        "rss_mb": int(rss.group(1)) / 1024 if rss else 0.0,
        "seconds": seconds,
        "code": done.returncode,
        "answer": answer[0] if answer else "",
    }


def bombs(folder: Path, package: Path) -> list[tuple[str, Path, list[str]]]:
    """(name, file, command after ``desk-pilkada --db URL``) for every bomb."""
    tahapan = ["import", "tahapan", "--dry-run"]
    return [
        ("xlsx: XML lembar 1 GiB spasi", xlsx_whitespace(folder), tahapan),
        ("xlsx: XML lembar 480 MiB spasi (di bawah batas)", xlsx_whitespace(folder, 480 * MB), tahapan),
        ("xlsx: baris buruk berulang 64 MiB", xlsx_bad_rows(folder, 64 * MB), tahapan),
        ("xlsx: baris buruk berulang 256 MiB", xlsx_bad_rows(folder, 256 * MB), tahapan),
        ("xlsx: baris buruk berulang 1 GiB", xlsx_bad_rows(folder, 1024 * MB), tahapan),
        ("xlsx: 480 MiB sel kosong berformat", xlsx_empty_cells(folder), tahapan),
        ("xlsx: satu sel 300 MiB", xlsx_cell(folder), tahapan),
        ("xlsx: satu teks bersama 300 MiB", xlsx_cell(folder, shared=True), tahapan),
        ("csv: 50 MB baris buruk", csv_bad_rows(folder), tahapan),
        ("csv: satu baris 50 MB", csv_long_line(folder), tahapan),
        ("csv: 50 MB baris kosong", csv_blank_lines(folder), tahapan),
        ("csv: 50 MB koma", csv_commas(folder), tahapan),
        ("deskpkg: bagian records 1 GiB", forged_package(package, folder / "records-1gib.deskpkg",
                                                          1024 * MB), ["package", "import", "--dry-run"]),
        ("deskpkg: bagian records 120 MiB (di bawah batas)",
         forged_package(package, folder / "records-120mib.deskpkg", 120 * MB),
         ["package", "import", "--dry-run"]),
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="bom-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DESK_PILKADA_HOME": str(folder / "home"), "PYTHONPATH": str(Path.cwd())}
    env.pop("DESK_PILKADA_DB_URL", None)
    database = folder / "desk.sqlite"
    url = f"sqlite:///{database}"
    if not database.exists():
        subprocess.run([sys.executable, "-m", "app", "--db", url, "init"], env=env, check=True,
                       capture_output=True)  # fmt: skip
    package = genuine_package(folder)
    print(f"{'bom':<52} {'di disk':>9} {'RSS puncak':>11} {'waktu':>8} exit  jawaban")
    for name, path, command in bombs(folder, package):
        result = measure([sys.executable, "-m", "app", "--db", url, *command[:2], str(path),
                          *command[2:]], env)  # fmt: skip
        print(
            f"{name:<52} {path.stat().st_size / MB:7.1f}MB {result['rss_mb']:8.0f} MB "
            f"{result['seconds']:6.1f} s {result['code']:>4}  {result['answer'][:150]}",
            flush=True,
        )
        path.unlink()
    if not argv:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
