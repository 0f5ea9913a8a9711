"""Another PC of the desk, as a real process: ``python -m tests.views.shell.other_pc URL``.

It reads one command a line from stdin, runs it through the same use cases the window
calls, and answers ``OK <value>`` once the unit of work has committed (``ERR <text>``
otherwise), so a test can time what the window sees after each one:

    insiden                 record an incident (prints its id)
    verifikasi ID           verify incident ID (a status change)
    pengiriman              a consignment, created and dispatched (prints its id)
    terima ID               record the receipt of consignment ID, everything in good order
    lampiran ID PATH        attach the file at PATH to incident ID (prints the attachment id)
    terbitkan               issue today's daily brief (prints the register id)
    keluar                  stop
"""

from __future__ import annotations

import sys
import traceback

from app.services.admin import opening
from app.services.core.actor import PIMPINAN, Actor


def _brief(db) -> int:
    """Today's daily brief of the shared desk, signed and issued on this PC."""
    from app.services.briefs import build, register
    from tests.services.briefs.helpers import harian, sign

    sign(db)
    with db.uow(Actor("pimpinan2", PIMPINAN, "Pimpinan PC Dua")) as uow:
        failures = build.preview(uow, harian()).failures
        return register.issue(uow, harian(), acknowledged=failures, reason="uji").id


def run(url: str) -> None:
    import os
    from pathlib import Path

    from app.services.desk import lampiran
    from tests.services.insiden import helpers as insiden
    from tests.services.logistik import helpers as logistik

    # Backups before a migration go to this PC's own data folder, never the working copy.
    db = opening.prepare(url, Path(os.environ["DESK_PILKADA_HOME"]) / "cadangan")
    for line in sys.stdin:
        command, *args = line.split()
        try:
            if command == "keluar":
                break
            if command == "insiden":
                value = insiden.record(db).id
            elif command == "verifikasi":
                insiden.step(db, int(args[0]), "Terverifikasi")
                value = args[0]
            elif command == "pengiriman":
                value = logistik.create(db).id
                logistik.dispatch(db, value)
            elif command == "terima":
                value = logistik.receive(db, int(args[0])).id
            elif command == "lampiran":
                with db.uow(insiden.OPERATOR_ACTOR) as uow:
                    lampiran.attach(uow, owner_type="insiden", owner_id=int(args[0]),
                                    source=Path(args[1]))  # fmt: skip
                with db.uow() as uow:
                    value = lampiran.list_for(uow, "insiden", int(args[0]))[-1].id
            elif command == "terbitkan":
                value = _brief(db)
            else:
                raise ValueError(f"unknown command {command}")
        except Exception:  # noqa: BLE001 - the test reads it
            print("ERR " + traceback.format_exc().replace("\n", " | "), flush=True)
            continue
        print(f"OK {value}", flush=True)
    db.dispose()


if __name__ == "__main__":
    run(sys.argv[1])
