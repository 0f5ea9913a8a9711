"""Export of the consignment table (SPEC 8): every consignment the active filter shows,
one row per line with its header, to ``.xlsx`` or CSV. The columns (and rows) are those
of the ``pengiriman`` register export, i.e. the import's plus the receipt, so an export
can be corrected and re-imported. Formula-like cells are neutralised; the export is
audited."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from app.models import Pengiriman
from app.services.core.actor import EKSPOR
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import ExportTable, check_format
from app.services.exporting.writer import write_table
from app.services.logistik.export_tables import (
    PENGIRIMAN_COLUMNS,
    line_order,
    lines_query,
    pengiriman_rows,
)
from app.services.logistik.query import SORT_KEYS, LogistikFilter, where

HEADERS = [c.header for c in PENGIRIMAN_COLUMNS]
WIDTHS = [c.width for c in PENGIRIMAN_COLUMNS]


def export(uow: UnitOfWork, flt: LogistikFilter, path: Path) -> int:
    """Write the lines of the consignments the filter shows; the number of rows written."""
    uow.require(EKSPOR)
    check_format(Path(path))
    order = SORT_KEYS.get(flt.sort, Pengiriman.must_arrive_by)
    statement = where(lines_query(), flt, desk_clock(uow).today()).order_by(
        (order.desc() if flt.descending else order.asc()).nulls_last(), *line_order()
    )
    table = ExportTable("Pengiriman logistik", PENGIRIMAN_COLUMNS, pengiriman_rows(uow, statement),
                        sheet="Pengiriman")  # fmt: skip
    wanted = {k: v for k, v in asdict(flt).items() if v not in (None, "", False)}
    return write_table(uow, "pengiriman", table, Path(path), note={"filter": wanted}).rows
