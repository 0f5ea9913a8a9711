"""Export of the Partisipasi table as shown (contest, region, denominator) to ``.xlsx``
or CSV, with the method and formula written beside the figures, through the export engine
(``app.services.exporting``); audited. Its columns are the page's (short headers, the
total row, the turnout and its checks), not the import template's: the register export
in ``export_tables`` is the one that imports back."""

from __future__ import annotations

from pathlib import Path

from app.services.core.actor import EKSPOR
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import ExportTable, as_shown, check_format
from app.services.exporting.writer import write_table
from app.services.partisipasi import records as partisipasi


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def export_partisipasi(
    uow: UnitOfWork,
    pemilihan_id: int,
    path: Path,
    *,
    root_code: str | None = None,
    denominator: str | None = None,
) -> int:
    uow.require(EKSPOR)
    check_format(Path(path))
    view = partisipasi.overview(uow, pemilihan_id, root_code=root_code, denominator=denominator)
    earlier = next((r.earlier_name for r in view.rows if r.earlier_name), "pemilihan sebelumnya")
    headers = ["Kode", "Wilayah", "DPT L", "DPT P", "DPT", "DPTb", "DPK", "TPS",
               "Pengguna hak pilih", "Suara sah", "Suara tidak sah", "Partisipasi (%)",
               "Metode", "Target (%)", f"{earlier} (%)", "Perubahan (poin)", "Pemeriksaan"]  # fmt: skip
    rows = [
        [r.code, r.name, r.dpt_men, r.dpt_women, r.dpt, r.dptb, r.dpk, r.tps, r.voted,
         r.valid_votes, r.invalid_votes, _pct(r.turnout_pct), r.method, r.target_pct,
         _pct(r.earlier_pct), _pct(r.change_pts), "; ".join(r.flags)]
        for r in [*view.rows, view.total]
    ]  # fmt: skip
    table = ExportTable("Partisipasi", as_shown(headers), rows, len(rows), "Partisipasi")
    what = {"pemilihan": view.contest.name, "wilayah": view.root_code, "metode": view.total.method}
    return write_table(uow, "partisipasi", table, Path(path), note=what).rows
