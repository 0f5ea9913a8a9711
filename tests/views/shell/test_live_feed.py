"""A shared desk for real (issue 22, SPEC 10): what another PC saves shows on this window
within 5 seconds, with nobody pressing anything — proved with real processes, on SQLite
(a command-line import beside the open window) and on PostgreSQL (two programs on one
database), the register pages and the dashboard alike; the status bar says when the last
change from elsewhere arrived."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.services.core.actor import ADMINISTRATOR
from app.views.shell.main_window import MainWindow
from tests.desk_time import TEST_NOW
from tests.views.conftest import make_ctx

#: The issue's bound: another PC's change is on screen within 5 seconds.
BOUND_MS = 5000
#: A generous bound for the other program's own work (starting Python, a commit).
ANSWER_S = 90
ROOT = Path(__file__).resolve().parents[3]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DESK_PILKADA_DB_URL", None)
    env["DESK_PILKADA_HOME"] = str(home)
    env["DESK_PILKADA_NOW"] = TEST_NOW.isoformat()
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class OtherPc:
    """``tests/views/shell/other_pc.py`` in a process of its own, on the same database."""

    def __init__(self, url: str, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.views.shell.other_pc", url], cwd=ROOT, env=_env(home),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        self._select = selectors.DefaultSelector()
        self._select.register(self.process.stdout, selectors.EVENT_READ)

    def do(self, *command: object) -> str:
        """Run one command there; its answer once it has committed."""
        self.process.stdin.write(" ".join(map(str, command)) + "\n")
        self.process.stdin.flush()
        assert self._select.select(ANSWER_S), f"the other PC did not answer {command}"
        answer = self.process.stdout.readline().strip()
        assert answer.startswith("OK "), answer
        return answer[3:]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("keluar\n")
            self.process.stdin.close()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._select.close()
        self.process.stdout.close()


@pytest.fixture
def window(db, runner, qtbot, idle):
    """This PC's window with the incident and logistics registers and the dashboard built
    (the dashboard on screen), as the Pimpinan leaves it."""
    ctx = make_ctx(db, runner, "pimpinan1", ADMINISTRATOR)
    main = MainWindow(ctx.settings, demo=False)
    qtbot.addWidget(main)
    main.show()
    main.attach(ctx)
    idle()
    for key in ("insiden", "logistik", "dasbor"):
        main.show_area(key)
        idle()
    qtbot.waitUntil(lambda: main.live.running and main.live._watcher.connected, timeout=10_000)  # noqa: SLF001
    yield main
    main.close()


@pytest.fixture
def other_pc(db, tmp_path):
    pc = OtherPc(db.url, tmp_path / "pc2")
    yield pc
    pc.close()


def _open_incidents(window) -> int | None:
    snapshot = window.page("dasbor").snapshot
    value = snapshot.open_incidents.value if snapshot is not None else None
    return value.total if value is not None else 0


def _row(page, record_id: int):
    row = page.model.row_of(record_id)
    return page.model.row_value(row) if row >= 0 else None


def _within_bound(qtbot, condition) -> float:
    started = time.monotonic()
    qtbot.waitUntil(condition, timeout=BOUND_MS)
    return time.monotonic() - started


def test_two_pcs_on_one_database_see_each_others_work_within_5_seconds(window, other_pc, qtbot):
    insiden, logistik = window.page("insiden"), window.page("logistik")
    before = insiden.model.total
    assert _open_incidents(window) == 0

    first = int(other_pc.do("insiden"))  # a new incident on the other PC
    _within_bound(qtbot, lambda: _row(insiden, first) is not None and _open_incidents(window) == 1)
    assert insiden.model.total == before + 1 and _row(insiden, first).status == "Baru"
    assert window.live.mark.text().startswith(
        ("Perubahan dari PC lain: ", "Perubahan dari program lain: ")
    )

    other_pc.do("verifikasi", first)  # a status change there
    _within_bound(qtbot, lambda: _row(insiden, first).status == "Terverifikasi")

    sent = int(other_pc.do("pengiriman"))  # a consignment, then its receipt
    _within_bound(qtbot, lambda: _row(logistik, sent) is not None)
    other_pc.do("terima", sent)
    _within_bound(qtbot, lambda: _row(logistik, sent).status == "Diterima")


def test_a_command_line_import_beside_the_open_window_shows_up(window, db, tmp_path, qtbot):
    if not db.is_sqlite:
        pytest.skip("the embedded file: two programs on one PC")
    book = Workbook()
    book.active.append(["Waktu kejadian", "Kab/Kota", "Kategori", "Keparahan", "Kronologi"])
    book.active.append(["26/11/2024 21.30", "Kab. Lebak", "Politik uang", "3 Tinggi", "Amplop"])
    book.active.append(["26/11/2024 22.00", "Kota Serang", "Perusakan APK", "2", "Baliho"])
    book.save(tmp_path / "insiden.xlsx")
    insiden = window.page("insiden")
    before = insiden.model.total
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", db.url, "import", "insiden", str(tmp_path / "insiden.xlsx")],
        cwd=ROOT, env=_env(tmp_path / "cli"), capture_output=True, text=True, timeout=ANSWER_S,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    _within_bound(qtbot, lambda: insiden.model.total == before + 2 and _open_incidents(window) == 2)
    assert window.live.mark.text().startswith("Perubahan dari program lain: ")


def test_this_pc_opens_an_attachment_and_verifies_a_brief_from_another_pc(
    window, other_pc, db, tmp_path, qtbot
):
    """The files are in the database: this PC (its own data folder) opens the photo the
    other PC attached and verifies the brief it issued, each checked by its SHA-256."""
    from app.services.briefs import register
    from app.services.desk import lampiran

    photo = tmp_path / "foto-lokasi.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(3000))
    incident = int(other_pc.do("insiden"))
    attachment = int(other_pc.do("lampiran", incident, photo))
    brief = int(other_pc.do("terbitkan"))
    with db.uow() as uow:
        opened = lampiran.path_of(uow, attachment)
        verified = register.verify(uow, brief)
    assert opened.read_bytes() == photo.read_bytes()
    assert not opened.is_relative_to(tmp_path / "pc2")  # this PC's own copy
    assert verified.ok, verified.message()
    insiden = window.page("insiden")  # and the register shows the other PC's incident
    _within_bound(qtbot, lambda: _row(insiden, incident) is not None)


def test_a_cut_connection_is_marked_then_every_page_reloads_once(window, db, qtbot):
    """PostgreSQL: the listening connection dies (server restarted, cable pulled); the
    status bar says so, the feed reconnects by itself and the pages reload once."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL's listening connection")
    from sqlalchemy import text

    from app.services.core.feed import ALL_AREAS
    from app.services.core.feed_watch import APPLICATION_NAME, RETRY_MAX

    delivered = []
    window.live.delivered.connect(delivered.append)
    with db.engine.connect() as connection:
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 "WHERE application_name = :name AND datname = current_database()"),
            {"name": APPLICATION_NAME},
        )  # fmt: skip
    qtbot.waitUntil(lambda: "terputus" in window.live.mark.text(), timeout=BOUND_MS)
    qtbot.waitUntil(lambda: bool(delivered), timeout=int(RETRY_MAX * 1000) + BOUND_MS)
    assert delivered[0].areas == ALL_AREAS and "terputus" not in window.live.mark.text()
