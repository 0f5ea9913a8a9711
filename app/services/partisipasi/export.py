"""Export of the Partisipasi table as shown (contest, region, denominator) to ``.xlsx``
or CSV, with the method and formula written beside the figures; audited."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from app.services.core import audit
from app.services.core.actor import EKSPOR
from app.services.core.errors import DomainError, os_reason
from app.services.core.uow import UnitOfWork
from app.services.importing.workbook import neutralise, write_table
from app.services.partisipasi import records as partisipasi


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _write(path: Path, title: str, headers: list[str], rows: list[list[object]]) -> None:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_table(path, title, headers, rows, [max(10, min(40, len(h) + 2)) for h in headers])
        return
    if suffix != ".csv":
        raise DomainError(
            f"Jenis berkas '{path.suffix or path.name}' tidak dapat dipakai untuk ekspor. "
            "Gunakan .xlsx atau .csv."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            writer.writerows([[neutralise(v) for v in row] for row in rows])
    except OSError as error:
        raise DomainError(
            f"Berkas {path} tidak dapat ditulis: {os_reason(error)}"
        ) from error


def _audit(uow: UnitOfWork, entity: str, path: Path, count: int, what: dict) -> None:
    audit.record(uow.session, uow.user, audit.EXPORT, entity=entity, note=path.name,
                 changes={**what, "baris": count, "format": path.suffix.lower()[1:]})  # fmt: skip
    uow.commit()


def export_partisipasi(
    uow: UnitOfWork,
    pemilihan_id: int,
    path: Path,
    *,
    root_code: str | None = None,
    denominator: str | None = None,
) -> int:
    uow.require(EKSPOR)
    path = Path(path)
    view = partisipasi.overview(uow, pemilihan_id, root_code=root_code, denominator=denominator)
    earlier = next((r.earlier_name for r in view.rows if r.earlier_name), "pemilihan sebelumnya")
    headers = ["Kode", "Wilayah", "DPT L", "DPT P", "DPT", "DPTb", "DPK", "TPS",
               "Pengguna hak pilih", "Suara sah", "Suara tidak sah", "Partisipasi (%)",
               "Metode", "Target (%)", f"{earlier} (%)", "Perubahan (poin)", "Pemeriksaan"]  # fmt: skip
    rows: Sequence = [*view.rows, view.total]
    table = [
        [r.code, r.name, r.dpt_men, r.dpt_women, r.dpt, r.dptb, r.dpk, r.tps, r.voted,
         r.valid_votes, r.invalid_votes, _pct(r.turnout_pct), r.method, r.target_pct,
         _pct(r.earlier_pct), _pct(r.change_pts), "; ".join(r.flags)]
        for r in rows
    ]  # fmt: skip
    _write(path, "Partisipasi", headers, table)
    _audit(uow, "partisipasi", path, len(table),
           {"pemilihan": view.contest.name, "wilayah": view.root_code, "metode": view.total.method})  # fmt: skip
    return len(table)
