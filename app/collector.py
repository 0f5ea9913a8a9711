"""CPython's garbage collector in a process of Desk Pilkada: one that starts, loads its
modules, works, and exits (a command; the window's start).

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
"""

from __future__ import annotations

import gc

#: ``loading`` was called: this process's collector is ours to set.
_managed = False
_waiting = False


def loading() -> None:
    """From here until ``loaded``, no collection (reference counting still frees what is
    dropped at once)."""
    global _managed, _waiting
    _managed = True
    if gc.isenabled():
        gc.disable()
        _waiting = True


def loaded(collect: bool = False) -> None:
    """The modules the work needs are loaded: keep what they made out of the collector's
    sight, and let it collect again. ``collect``: first free the garbage made while it
    waited, when that was more than loading modules (the window's start builds the demo
    database, seeds, signs in). Only the first call after ``loading`` acts."""
    global _waiting
    if not _waiting:
        return
    _waiting = False
    if collect:
        gc.collect()
    gc.freeze()
    gc.enable()


def exiting() -> None:
    """The process ends now. The work's garbage is freed (a database connection left in a
    reference cycle is closed, and SQLite writes its journal back into the file); the
    modules' objects are not walked once more. Nothing outside a process ``loading``
    began."""
    if _managed:
        loaded()
        gc.collect()
        gc.freeze()
