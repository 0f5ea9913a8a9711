"""Export of the Kerawanan table as shown (contest, region) to ``.xlsx`` or CSV, with the
pressure formula beside the figures; audited."""

from __future__ import annotations

from pathlib import Path

from app.services.core.actor import EKSPOR
from app.services.core.uow import UnitOfWork
from app.services.kerawanan import records as kerawanan
from app.services.partisipasi.export import _audit, _pct, _write


def export_kerawanan(
    uow: UnitOfWork,
    path: Path,
    *,
    root_code: str | None = None,
    pemilihan_id: int | None = None,
) -> int:
    uow.require(EKSPOR)
    path = Path(path)
    view = kerawanan.overview(uow, root_code=root_code, pemilihan_id=pemilihan_id)
    headers = ["Kode", "Wilayah", "Skor IKP", "Level IKP", "TPS kurang rawan", "TPS rawan",
               "TPS sangat rawan", "TPS khusus", "DPT", "Insiden 14 hari",
               "Tekanan insiden (per 100.000 DPT)", "Rumus"]  # fmt: skip
    rows = [*view.rows, *([view.total] if view.total else [])]
    table = [
        [r.code, r.name, r.ikp_score, r.ikp_level or "", r.tps_kurang_rawan, r.tps_rawan,
         r.tps_sangat_rawan, r.tps_khusus, r.dpt, r.pressure_incidents,
         _pct(r.pressure), view.formula]
        for r in rows
    ]  # fmt: skip
    _write(path, "Kerawanan", headers, table)
    _audit(uow, "kerawanan", path, len(table), {"wilayah": view.root_code})
    return len(table)
