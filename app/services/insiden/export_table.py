"""Export of the whole incident register in the columns of its import template, so the
file imports back (into this desk: nothing changes; into another: the same incidents,
numbers kept). Reporters' phone numbers are masked unless the user asks for them; a
masked file still imports back without touching the stored numbers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select

from app.models import Insiden, Pemilihan, Referensi, Tahapan, Wilayah
from app.models.insiden import SEVERITIES
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.exporting.table import DATETIME, NUMBER, ExportColumn, ExportTable
from app.services.insiden.export import mask_phone, mask_phones_in
from app.services.insiden.import_columns import COLUMNS as IMPORT_COLUMNS

#: Import column key → how the export writes it.
_KINDS = {
    "waktu": DATETIME,
    "dilaporkan": DATETIME,
    "batas": DATETIME,
    "lintang": NUMBER,
    "bujur": NUMBER,
}
_WIDTHS = {"nomor": 17, "waktu": 17, "dilaporkan": 17, "wilayah": 15, "kabkota": 22, "kecamatan": 20,
           "desa": 22, "tps": 6, "lokasi": 28, "kategori": 30, "keparahan": 11, "pemilihan": 40,
           "tahapan": 9, "sumber": 20, "pelapor": 22, "telepon": 16, "kronologi": 60, "pihak": 30,
           "kerugian": 24, "tindakan": 30, "diteruskan": 22, "batas": 17, "hasil": 30, "status": 16}  # fmt: skip
KEYS = [c.key for c in IMPORT_COLUMNS if c.key != "jam"]
COLUMNS = [
    ExportColumn(c.header, _KINDS.get(c.key, "text"), _WIDTHS.get(c.key))
    for c in IMPORT_COLUMNS
    if c.key != "jam"
]
PERSONAL = "data_pribadi"


def _prefixes(code: str) -> list[str]:
    parts = code.split(".")
    return [".".join(parts[:n]) if len(parts) >= n else "" for n in (2, 3, 4)]


class InsidenExport:
    jenis = "insiden"
    title = "Register insiden"

    def options(self, uow: UnitOfWork) -> list[Any]:
        from app.services.exporting.table import ExportOption

        return [
            ExportOption(
                PERSONAL,
                "Telepon pelapor",
                [(False, "Disamarkan (+6281******890)"), (True, "Apa adanya (data pribadi)")],
            )
        ]

    def table(self, uow: UnitOfWork, options: dict[str, Any]) -> ExportTable:
        total = uow.session.scalar(
            select(func.count(Insiden.id)).where(Insiden.archived.is_(False))
        )
        rows = self._rows(uow, bool(options.get(PERSONAL)))
        return ExportTable(self.title, COLUMNS, rows, total or 0, "Insiden")

    def _rows(self, uow: UnitOfWork, personal: bool) -> Iterator[list[object]]:
        session = uow.session
        tz = desk_clock(uow).tz
        names = dict(
            session.execute(select(Wilayah.code, Wilayah.name).where(Wilayah.level >= 2)).all()
        )
        refs = dict(session.execute(select(Referensi.id, Referensi.name)).all())
        contests = dict(session.execute(select(Pemilihan.id, Pemilihan.name)).all())
        stages = dict(session.execute(select(Tahapan.id, Tahapan.code)).all())

        def local(moment):
            if moment is None:
                return None
            return moment.astimezone(tz).replace(tzinfo=None, microsecond=0)

        query = (
            select(Insiden)
            .where(Insiden.archived.is_(False))
            .order_by(Insiden.occurred_at, Insiden.id)
            .execution_options(yield_per=1000)
        )
        for incident in session.scalars(query):
            code = incident.wilayah_code
            phone = incident.reporter_phone
            values = {
                "nomor": incident.number, "waktu": local(incident.occurred_at),
                "dilaporkan": local(incident.reported_at), "wilayah": code,
                "kabkota": "", "kecamatan": "", "desa": "", "tps": incident.tps,
                "lokasi": incident.place_detail, "lintang": incident.latitude,
                "bujur": incident.longitude, "kategori": refs.get(incident.kategori_id, ""),
                "keparahan": SEVERITIES.get(incident.severity, ""),
                "pemilihan": contests.get(incident.pemilihan_id, ""),
                "tahapan": stages.get(incident.tahapan_id, ""),
                "sumber": refs.get(incident.sumber_id, ""), "pelapor": incident.reporter,
                "telepon": phone if personal or not phone else mask_phone(phone),
                "kronologi": incident.chronology if personal else mask_phones_in(incident.chronology),
                "pihak": incident.parties, "kerugian": incident.losses,
                "tindakan": incident.actions_taken,
                "diteruskan": refs.get(incident.escalated_to_id, ""),
                "batas": local(incident.follow_up_deadline), "hasil": incident.outcome,
                "status": incident.status,
            }  # fmt: skip
            for key, prefix in zip(("kabkota", "kecamatan", "desa"), _prefixes(code), strict=True):
                values[key] = names.get(prefix, "") if prefix else ""
            yield [values[key] for key in KEYS]
            session.expunge(incident)
