"""CPython's garbage collector in a process of Desk Pilkada: one that starts, loads its
modules, works, and exits (a command; the window's start), and the window, whose
garbage holds Qt objects.

Loading SQLAlchemy, pandas, reportlab and the models makes some hundred thousand objects
that live as long as the process. The collector finds nothing to free among them, yet it
walks them on every full collection while they load, again during the work, and once
more while the process exits: a fifth of a short command's time (the demo brief from the
command line: 1,4 s, of which 0,4 s is the collector).

- ``loading``: the collector waits while modules load.
- ``loaded``: what exists then is moved out of its sight (``gc.freeze``) and it runs
  again, as usual, for the work: the work's own garbage is freed as before.
- ``exiting``: the work's garbage is freed; the modules' objects are left to the
  process's end, not walked once more.

Only the process's entry (``app.__main__.entry``) calls ``loading`` and ``exiting``:
``main`` called inside another program (the tests) leaves that program's collector as it
is, and ``loaded`` then does nothing.

The window (``timed``): CPython collects on whichever thread happens to allocate, in the
window mostly the database worker. Garbage there can hold Qt objects (a closed dialog, a
page's model, a chart), and Qt objects must be deleted on the thread that owns them, the
GUI thread; deleted on a worker they can abort the program. So in the window the
collector never runs by itself: the GUI thread's timer calls ``tick``, which collects the
generations that are due, as CPython would have (pyqtgraph's ``GarbageCollector`` does
the same), with CPython's rule for the oldest: a full pass only once a quarter more
objects have aged into it since the last one. A collection holds every thread, wherever
it runs, so the window waits no longer than before.
"""

from __future__ import annotations

import gc
import threading

#: ``loading`` was called: this process's collector is ours to set.
_managed = False
_waiting = False
#: The collector was running before this module first set it (``None``: not yet set).
_wanted: bool | None = None
#: How many ``timed`` are not yet ``untimed``: while any, collections run only on the GUI
#: thread, from ``tick`` (the window; a window test inside the tests' own).
_timed = 0
#: In the window, what ``loaded`` asked of the next ``tick``: "collect" (free the start's
#: garbage, then freeze), "freeze", or "" (nothing).
_start = ""
#: Objects in the oldest generation after the last full pass, and the count of the
#: oldest generation at which to look again (``tick``).
_long_lived = 0
_look_again = 0
#: ``loaded`` may run on the preload thread while the GUI thread ticks or closes.
_lock = threading.Lock()


def _own() -> None:
    global _wanted
    if _wanted is None:
        _wanted = gc.isenabled()


def _apply() -> None:
    """Automatic collection on or off: on only if it was on before, nothing waits for
    modules, and the GUI thread does not hold the collections (``timed``)."""
    if _wanted and not _waiting and not _timed:
        gc.enable()
    else:
        gc.disable()


def loading() -> None:
    """From here until ``loaded``, no collection (reference counting still frees what is
    dropped at once)."""
    global _managed, _waiting
    with _lock:
        _managed = True
        _own()
        if _wanted:
            _waiting = True
        _apply()


def loaded(collect: bool = False) -> None:
    """The modules the work needs are loaded: keep what they made out of the collector's
    sight, and let it collect again. ``collect``: first free the garbage made while it
    waited, when that was more than loading modules (the window's start builds the demo
    database, seeds, signs in). Only the first call after ``loading`` acts. In the window
    (``timed``) any thread may call it: the GUI thread's next ``tick`` does the work."""
    global _waiting, _start
    with _lock:
        if not _waiting:
            return
        if _timed:
            _start = "collect" if collect else "freeze"
            _waiting = False
            return
        _waiting = False
        if collect:
            gc.collect()
        gc.freeze()
        _apply()


def exiting() -> None:
    """The process ends now. The work's garbage is freed (a database connection left in a
    reference cycle is closed, and SQLite writes its journal back into the file); the
    modules' objects are not walked once more. Nothing outside a process ``loading``
    began."""
    if _managed:
        loaded()
        gc.collect()
        gc.freeze()


def timed() -> None:
    """From here collections run only when the GUI thread calls ``tick`` (the window),
    until as many ``untimed``."""
    global _timed
    with _lock:
        _own()
        _timed += 1
        _apply()


def untimed() -> None:
    """On the GUI thread, the window has closed: the collector runs by itself again, as it
    did before ``timed``. What the start left is collected here, on this thread, even
    when the start never finished (a window closed before its first page, or before the
    preload said so): ``loaded`` has nothing left to do on another thread."""
    global _timed, _start, _waiting
    with _lock:
        if not _timed:
            return
        _timed -= 1
        if _timed:
            return
        if _start or _waiting:
            _start = ""
            _waiting = False
            gc.collect()
            gc.freeze()
        _apply()


def tick() -> int:
    """On the GUI thread, from its timer: the start's collection once ``loaded`` asked for
    it, then each generation as it falls due by CPython's own thresholds (the youngest
    every 700 new objects, the next every 10 of those, the oldest every 10 of those, and
    then only once a quarter more objects have aged into it since its last pass).
    Returns the generation collected, or -1. Nothing while the start waits for its first
    page, or outside the window."""
    global _start, _long_lived, _look_again
    with _lock:
        if not _timed or _waiting:
            return -1
        if _start:
            if _start == "collect":
                gc.collect()
            _start = ""
            gc.freeze()  # the oldest generation is empty now: ``_long_lived`` stays 0
            return 2
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for level in range(3):
            if thresholds[level] <= 0 or counts[level] <= thresholds[level]:
                break
            generation = level
        if generation == 2 and counts[2] > _look_again:
            if len(gc.get_objects(2)) - _long_lived <= _long_lived // 4:
                generation = 1
                _look_again = counts[2] + thresholds[2]
        elif generation == 2:
            generation = 1
        if generation >= 0:
            gc.collect(generation)
        if generation == 2:
            _long_lived = len(gc.get_objects(2))
            _look_again = 0
        return generation
