"""The garbage collector of a Desk Pilkada process (``app.collector``), run as the process it
is: it waits while a command's modules load and collects again while the command works, a
command closes what it opened, and the window's start frees its own garbage. (``main``
called inside another program leaves that program's collector alone:
``tests/cli/test_cli.py``.)"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from contextlib import closing

import pytest

PROBE = """
import gc, json, sys
from app.cli import commands

seen = {}

def working(args):
    cycle = []
    cycle.append(cycle)  # garbage a collection must free, made during the work
    del cycle
    seen.update(enabled=gc.isenabled(), frozen=gc.get_freeze_count(),
                engine="app.services.peringatan.engine" in sys.modules,
                collected=gc.collect())
    return 0

commands.COMMANDS["peringatan"] = working
sys.argv = ["desk-pilkada", "peringatan"]
from app.__main__ import entry

code = entry()
seen.update(code=code)
print(json.dumps(seen))
"""


def test_a_command_loads_its_modules_then_collects_while_it_works():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["engine"]  # the early warning's modules were loaded before the work began
    assert seen["enabled"] and seen["collected"] >= 1  # the work's own garbage is freed
    assert seen["frozen"] > 10_000  # what loading made is out of the collector's sight


@pytest.mark.parametrize("commands", [[["init"]], [["init"], ["check"]]])
def test_a_command_leaves_a_whole_database_file(tmp_path, commands):
    """When ``desk-pilkada`` ends, what it wrote is in the database file itself: its
    connections are closed, so SQLite has written its journal back (a copy of the file
    alone, to a USB stick or another PC, holds the data)."""
    import sqlite3

    file = tmp_path / "desk.sqlite"
    env = {**os.environ, "DESK_PILKADA_HOME": str(tmp_path / "home")}
    for command in commands:
        subprocess.run([sys.executable, "-m", "app", "--db", f"sqlite:///{file}", *command],
                       env=env, capture_output=True, text=True, check=True)  # fmt: skip
    assert not (tmp_path / "desk.sqlite-wal").exists()
    copy = tmp_path / "salinan.sqlite"
    shutil.copyfile(file, copy)
    with closing(sqlite3.connect(copy)) as connection:
        regions = connection.execute("SELECT count(*) FROM wilayah").fetchone()[0]
    assert regions > 1000  # Banten's kab/kota, kecamatan and desa


WINDOW_START = """
import gc, json, weakref
from app import collector

class Record:
    pass

collector.loading()
first = Record()
first.other = Record()
first.other.back = first  # a cycle, garbage once dropped: what a demo build leaves
gone = weakref.ref(first)
del first
collector.loaded(collect=True)
print(json.dumps({"freed": gone() is None, "enabled": gc.isenabled()}))
"""


def test_the_window_s_start_frees_what_it_left_before_freezing_the_rest():
    """The window's start builds the demo database, seeds and signs in while the collector
    waits: that garbage is freed, not kept for the whole session with the modules."""
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_START], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"freed": True, "enabled": True}


WINDOW_TIMED = """
import gc, json, threading, weakref
from app import collector

class Record:
    pass

collector.loading()
collector.timed()  # the window: bootstrap.run_gui's GarbageTimer
first = Record()
first.other = Record()
first.other.back = first
gone = weakref.ref(first)
del first
seen = {"while_starting": collector.tick()}
preload = threading.Thread(target=lambda: collector.loaded(collect=True), name="preload")
preload.start()
preload.join()
seen["freed_by_preload"] = gone() is None
seen["first_look"] = collector.tick()
seen["freed"] = gone() is None
seen["frozen"] = gc.get_freeze_count() > 1_000
seen["automatic"] = gc.isenabled()
collector.untimed()  # the window has closed
seen["automatic_after"] = gc.isenabled()
print(json.dumps(seen))
"""


def test_the_window_s_start_garbage_is_freed_by_the_gui_thread_not_the_preload():
    """The window's start (demo build, seeding, sign-in) leaves garbage; the background
    preload says when the start is over, but the GUI thread's next look frees that garbage
    and freezes the rest. While the window runs the collector never runs by itself."""
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_TIMED], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "while_starting": -1,  # the start waits for its first page
        "freed_by_preload": False,
        "first_look": 2,
        "freed": True,
        "frozen": True,
        "automatic": False,
        "automatic_after": True,
    }


CLOSED_BEFORE_THE_PRELOAD = """
import gc, json, threading
from app import collector

freed_on = []

class Dialog:
    def __init__(self):
        self.me = self

    def __del__(self):
        freed_on.append(threading.current_thread().name)

collector.loading()
collector.timed()
Dialog()  # the start's garbage: a sign-in dialog left in a cycle
collector.untimed()  # the window closed before the preload said the start was over
preload = threading.Thread(target=lambda: collector.loaded(collect=True), name="preload")
preload.start()
preload.join()
print(json.dumps({"freed_on": freed_on, "automatic": gc.isenabled()}))
"""


def test_a_window_closed_before_its_start_was_over_frees_the_start_on_the_gui_thread():
    """The user closes the window while the preload still runs: what the start left is
    freed by the GUI thread as the window closes, and the preload, ending later, frees
    nothing on its own thread."""
    done = subprocess.run(
        [sys.executable, "-c", CLOSED_BEFORE_THE_PRELOAD], capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"freed_on": ["MainThread"], "automatic": True}


FULL_PASSES = """
import gc, json
from app import collector

collector.loading()
collector.timed()
collector.loaded(collect=True)
collector.tick()  # the start's pass and freeze
register = [[i] for i in range(300_000)]  # a large register kept in memory
full = 0
for _ in range(1_500):
    for _ in range(1_000):  # short-lived garbage, as a worker reading rows makes
        cycle = []
        cycle.append(cycle)
    full += collector.tick() == 2
print(json.dumps({"full": full}))
"""


def test_the_window_walks_its_oldest_objects_no_more_often_than_cpython_would():
    """A full pass walks every object the window keeps (a large register in memory) and
    holds the window meanwhile: it runs only once a quarter more objects have aged into
    the oldest generation, as CPython's own rule, not every 10 passes of the middle one.
    Here the register ages once; the rest is short-lived garbage."""
    done = subprocess.run([sys.executable, "-c", FULL_PASSES], capture_output=True, text=True,
                          check=True)  # fmt: skip
    assert json.loads(done.stdout.strip().splitlines()[-1])["full"] <= 1
