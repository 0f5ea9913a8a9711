"""Export of the incident register (SPEC 8): every incident the active filter shows, all
statuses unless the filter picks one, to ``.xlsx`` or CSV with Indonesian headers.
Formula-like cells are neutralised in both formats; the export is audited."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.models import Insiden, Referensi, Wilayah
from app.models.insiden import SEVERITIES
from app.services.core import audit
from app.services.core.actor import EKSPOR
from app.services.core.clock import desk_clock
from app.services.core.errors import DomainError, os_reason
from app.services.core.formatting import zone_abbreviation
from app.services.core.uow import UnitOfWork
from app.services.importing.workbook import neutralise, write_table
from app.services.insiden import rules
from app.services.insiden.query import SORT_KEYS, InsidenFilter, _where

FORMATS = (".xlsx", ".csv")
HEADERS = [
    "Nomor", "Waktu kejadian ({zone})", "Kab/Kota", "Kecamatan", "Desa/Kelurahan", "TPS",
    "Lokasi", "Kategori", "Keparahan", "Status", "Terlambat", "Diteruskan ke",
    "Batas tindak lanjut", "Sumber", "Pelapor", "Telepon pelapor", "Kronologi",
]  # fmt: skip
WIDTHS = [17, 20, 24, 22, 24, 6, 30, 34, 11, 16, 10, 26, 18, 22, 24, 18, 80]


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


def _rows(uow: UnitOfWork, flt: InsidenFilter, include_personal: bool) -> Iterator[list[object]]:
    clock = desk_clock(uow)
    now = clock.now_utc()
    # The region tree of the province, read once: names for every prefix of every code.
    tree = select(Wilayah.code, Wilayah.name).where(Wilayah.level >= 2)
    names = {code: name for code, name in uow.session.execute(tree)}
    kategori, sumber, instansi = aliased(Referensi), aliased(Referensi), aliased(Referensi)
    order = SORT_KEYS.get(flt.sort, Insiden.occurred_at)
    statement = _where(
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
    ).order_by(order.desc() if flt.descending else order.asc(), Insiden.id.desc())  # fmt: skip

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


def _write_csv(path: Path, headers: list[str], rows: Iterator[list[object]]) -> int:
    count = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=",", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(headers)
            for row in rows:
                writer.writerow([neutralise(value) for value in row])
                count += 1
    except OSError as error:
        raise DomainError(
            f"Berkas {path} tidak dapat ditulis: {os_reason(error)}"
        ) from error
    return count


def export(uow: UnitOfWork, flt: InsidenFilter, path: Path, include_personal: bool = False) -> int:
    """Write the incidents the filter shows to ``path`` (.xlsx or .csv); the row count.
    Reporters' phone numbers are masked unless ``include_personal``."""
    uow.require(EKSPOR)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(
            f"Jenis berkas '{path.suffix or path.name}' tidak dapat dipakai untuk ekspor. "
            "Gunakan .xlsx atau .csv."
        )
    headers = [h.format(zone=zone_abbreviation(desk_clock(uow).tz)) for h in HEADERS]
    if suffix == ".csv":
        count = _write_csv(path, headers, _rows(uow, flt, include_personal))
    else:
        rows = list(_rows(uow, flt, include_personal))
        write_table(path, "Insiden", headers, rows, WIDTHS)
        count = len(rows)
    wanted = {k: v for k, v in asdict(flt).items() if v not in (None, "", False)}
    audit.record(uow.session, uow.user, audit.EXPORT, entity="insiden", note=path.name,
                 changes={"filter": wanted, "baris": count, "format": suffix[1:],
                          "data_pribadi": include_personal})  # fmt: skip
    uow.commit()
    return count
