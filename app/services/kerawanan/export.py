"""Export of the Kerawanan table as shown (contest, region) to ``.xlsx`` or CSV, with the
pressure formula beside the figures, through the export engine
(``app.services.exporting``); audited. Its columns are the page's, not the import
template's (the register export in ``export_table`` is the one that imports back)."""

from __future__ import annotations

from pathlib import Path

from app.services.core.actor import EKSPOR
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import ExportTable, as_shown, check_format
from app.services.exporting.writer import write_table
from app.services.kerawanan import records as kerawanan


def export_kerawanan(
    uow: UnitOfWork,
    path: Path,
    *,
    root_code: str | None = None,
    pemilihan_id: int | None = None,
) -> int:
    uow.require(EKSPOR)
    check_format(Path(path))
    view = kerawanan.overview(uow, root_code=root_code, pemilihan_id=pemilihan_id)
    headers = ["Kode", "Wilayah", "Skor IKP", "Level IKP", "TPS kurang rawan", "TPS rawan",
               "TPS sangat rawan", "TPS khusus", "DPT", "Insiden 14 hari",
               "Tekanan insiden (per 100.000 DPT)", "Rumus"]  # fmt: skip
    rows = [
        [r.code, r.name, r.ikp_score, r.ikp_level or "", r.tps_kurang_rawan, r.tps_rawan,
         r.tps_sangat_rawan, r.tps_khusus, r.dpt, r.pressure_incidents,
         None if r.pressure is None else round(r.pressure, 2), view.formula]
        for r in [*view.rows, *([view.total] if view.total else [])]
    ]  # fmt: skip
    table = ExportTable("Kerawanan", as_shown(headers), rows, len(rows), "Kerawanan")
    return write_table(uow, "kerawanan", table, Path(path), note={"wilayah": view.root_code}).rows
