"""Export of the incident register (SPEC 8): every incident the active filter shows, all
statuses unless the filter picks one, to ``.xlsx`` or CSV with Indonesian headers, through
the export engine (``app.services.exporting``: formula-like cells neutralised, the file in
place only when complete, audited). Columns that are the import template's are declared
there (``import_columns``); only what an export alone gives is named here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.models import Insiden, Referensi, Wilayah
from app.models.insiden import SEVERITIES
from app.services.core.actor import EKSPOR
from app.services.core.clock import Clock, desk_clock
from app.services.core.formatting import zone_abbreviation
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import ExportColumn, ExportTable, check_format, from_import
from app.services.exporting.writer import write_table
from app.services.insiden import rules
from app.services.insiden.import_columns import COLUMNS as IMPORT_COLUMNS
from app.services.insiden.query import SORT_KEYS, InsidenFilter, _where

_IMPORTED = {c.key: c for c in IMPORT_COLUMNS}


def _imported(key: str, width: int) -> ExportColumn:
    return from_import(_IMPORTED[key], width=width)


def columns(zone: str) -> list[ExportColumn]:
    """The register's columns; the time of the incident names the desk's zone ('WIB')."""
    occurred = _imported("waktu", 20)
    return [
        _imported("nomor", 17), replace(occurred, header=f"{occurred.header} ({zone})"),
        _imported("kabkota", 24), _imported("kecamatan", 22), _imported("desa", 24),
        _imported("tps", 6), _imported("lokasi", 30), _imported("kategori", 34),
        _imported("keparahan", 11), _imported("status", 16), ExportColumn("Terlambat", width=10),
        _imported("diteruskan", 26), _imported("batas", 18), _imported("sumber", 22),
        _imported("pelapor", 24), _imported("telepon", 18), _imported("kronologi", 80),
    ]  # fmt: skip


def mask_phone(phone: str) -> str:
    """Personal data stays out of exports unless asked for: ``+6281******890``; the start
    (operator prefix) and the last three digits stay, everything between is starred."""
    if len(phone) <= 4:
        return "*" * len(phone)
    keep = min(5, len(phone) - 4)
    return phone[:keep] + "*" * (len(phone) - keep - 3) + phone[-3:]


_PHONE_IN_TEXT = re.compile(r"(?:\+62[\s.-]?|62|0)8[\d\s.-]{7,14}\d")


def mask_phones_in(text: str) -> str:
    """Phone numbers typed into free text (a pasted chat report) are masked too."""
    return _PHONE_IN_TEXT.sub(lambda m: mask_phone(re.sub(r"[\s.-]", "", m.group(0))), text)


def _prefixes(code: str) -> tuple[str, str, str]:
    """Kab/kota, kecamatan and desa codes of a dotted code (empty when above that level)."""
    parts = code.split(".")
    kab, kec, desa = (".".join(parts[:n]) if len(parts) >= n else "" for n in (2, 3, 4))
    return kab, kec, desa


def _statement(flt: InsidenFilter, clock: Clock, now: datetime):
    kategori, sumber, instansi = aliased(Referensi), aliased(Referensi), aliased(Referensi)
    return _where(
        select(
            Insiden.number, Insiden.occurred_at, Insiden.wilayah_code, Insiden.tps,
            Insiden.place_detail, kategori.name, Insiden.severity, Insiden.status,
            instansi.name, Insiden.follow_up_deadline, sumber.name, Insiden.reporter,
            Insiden.reporter_phone, Insiden.chronology,
        )
        .join(kategori, kategori.id == Insiden.kategori_id)
        .outerjoin(sumber, sumber.id == Insiden.sumber_id)
        .outerjoin(instansi, instansi.id == Insiden.escalated_to_id),
        flt, clock.tz, now,
    )  # fmt: skip


def _rows(
    uow: UnitOfWork, statement, clock: Clock, now: datetime, include_personal: bool
) -> Iterator[list[object]]:
    # The region tree of the province, read once: names for every prefix of every code.
    tree = select(Wilayah.code, Wilayah.name).where(Wilayah.level >= 2)
    names = {code: name for code, name in uow.session.execute(tree)}

    def when(moment: datetime | None) -> str:
        return "" if moment is None else moment.astimezone(clock.tz).strftime("%d/%m/%Y %H.%M")

    result = uow.session.execute(statement.execution_options(yield_per=1000))
    for (number, occurred, code, tps, place, kat, severity, status, agency, deadline, source,
         reporter, phone, chronology) in result:  # fmt: skip
        overdue = rules.is_overdue(status, deadline, now)
        regions = [names.get(prefix, "") if prefix else "" for prefix in _prefixes(code)]
        yield [
            number, when(occurred), *regions, tps, place, kat, SEVERITIES.get(severity, ""),
            status, "Ya" if overdue else "Tidak", agency or "", when(deadline), source or "",
            reporter, phone if include_personal else mask_phone(phone),
            chronology if include_personal else mask_phones_in(chronology),
        ]  # fmt: skip


def export(
    uow: UnitOfWork,
    flt: InsidenFilter,
    path: Path,
    include_personal: bool = False,
    reporter: Progress | None = None,
) -> int:
    """Write the incidents the filter shows to ``path`` (.xlsx or .csv); the row count.
    Reporters' phone numbers are masked unless ``include_personal``."""
    uow.require(EKSPOR)
    check_format(Path(path))
    clock = desk_clock(uow)
    now = clock.now_utc()
    statement = _statement(flt, clock, now)
    counted = statement.with_only_columns(Insiden.id).subquery()
    total = uow.session.scalar(select(func.count()).select_from(counted)) or 0
    order = SORT_KEYS.get(flt.sort, Insiden.occurred_at)
    statement = statement.order_by(order.desc() if flt.descending else order.asc(), Insiden.id.desc())  # fmt: skip
    rows = _rows(uow, statement, clock, now, include_personal)
    table = ExportTable("Insiden", columns(zone_abbreviation(clock.tz)), rows, total, "Insiden")
    wanted = {k: v for k, v in asdict(flt).items() if v not in (None, "", False)}
    note = {"filter": wanted, "data_pribadi": include_personal}
    return write_table(uow, "insiden", table, Path(path), reporter, note).rows
