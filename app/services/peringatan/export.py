"""The alerts as text and as a table (``desk-pilkada peringatan [--csv F]``), and as the
incident register's filter that opens the incidents behind one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from app.services.core import formatting
from app.services.exporting.table import DATETIME, NUMBER, ExportColumn, ExportTable
from app.services.insiden.query import InsidenFilter
from app.services.peringatan.model import KIND_LABELS, KINDS, LOGISTIK, Hasil, Peringatan
from app.services.peringatan.points import common_region

COLUMNS = (
    ExportColumn("Jenis", width=12),
    ExportColumn("Tingkat", width=9),
    ExportColumn("Kode wilayah", width=14),
    ExportColumn("Wilayah", width=36),
    ExportColumn("Kategori", width=24),
    ExportColumn("Uraian dan aturan", width=90),
    ExportColumn("Jumlah", NUMBER),
    ExportColumn("Ambang", NUMBER),
    ExportColumn("Rata-rata per hari", NUMBER),
    ExportColumn("Jendela mulai", DATETIME),
    ExportColumn("Jendela akhir", DATETIME),
    ExportColumn("Nomor insiden", width=40),
)


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    """A wall-clock time in the desk's zone (spreadsheets know no zones)."""
    return moment.astimezone(tz).replace(tzinfo=None, microsecond=0)


def rows(hasil: Hasil, tz: ZoneInfo) -> list[list[object]]:
    found = []
    for p in hasil.alerts:
        found.append([
            p.kind_label, p.rank_label, p.region.code, p.region.label, p.kategori, p.rule,
            p.figure("jumlah"), p.figure("ambang"), p.figure("rata_rata_per_hari"),
            _local(p.window_start, tz), _local(p.window_end, tz),
            ", ".join(n for n in p.incident_numbers if n),
        ])  # fmt: skip
    return found


def export_table(hasil: Hasil, tz: ZoneInfo) -> ExportTable:
    body = rows(hasil, tz)
    return ExportTable("Peringatan dini", COLUMNS, body, len(body), "Peringatan dini")


def incident_filter(alert: Peringatan, tz: ZoneInfo, as_of: datetime | None = None) -> InsidenFilter | None:
    if alert.kind == LOGISTIK:
        return None
    # The alert's region, widened when its incidents reach past it (a radius crossing a
    # border), so every incident counted is listed.
    shown = alert.region.code
    if alert.incidents_region:
        shown = common_region((shown, alert.incidents_region))
    return InsidenFilter(
        date_from=alert.window_start.astimezone(tz).date(),
        date_to=alert.window_end.astimezone(tz).date(),
        wilayah_code=shown,
        kategori_id=alert.kategori_id,
        severity=None,
        as_of=as_of,
    )


def as_text(hasil: Hasil, tz: ZoneInfo) -> str:
    """The alerts for a terminal: each with its rank, kind, region, rule and incidents;
    then the rules they were raised by."""
    when = formatting.date_time(hasil.at, tz)
    total = len(hasil.alerts)
    parts = ", ".join(f"{hasil.counts.get(k, 0)} {KIND_LABELS[k].lower()}" for k in KINDS)
    lines = [f"Peringatan dini per {when}: {total} peringatan ({parts})." if total
             else f"Tidak ada peringatan dini per {when}."]  # fmt: skip
    for number, p in enumerate(hasil.alerts, start=1):
        lines.append(f"{number}. [{p.rank_label}] {p.kind_label} — {p.region.label}")
        lines.append(f"   {p.rule}")
        if p.incident_numbers:
            lines.append(f"   Insiden: {', '.join(n for n in p.incident_numbers if n)}")
    lines.append("Aturan:")
    lines += [f"- {rule}" for rule in hasil.rules]
    return "\n".join(lines)
