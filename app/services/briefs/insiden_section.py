"""Gangguan dan kerawanan: incidents per kab/kota × severity, per day (chart), the
notable ones, and the incident lines of Situasi umum. Every figure is read from
``services.insiden_stats`` — the dashboard's own query layer; the kerawanan part from
``kerawanan_section``."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from app.models.insiden import SEVERITIES
from app.services.briefs.blocks import (
    Bullets,
    Chart,
    Heading,
    Para,
    SectionContent,
    Series,
    Table,
)
from app.services.briefs.kerawanan_section import kerawanan_blocks
from app.services.briefs.scope import BriefScope
from app.services.core import formatting, palette
from app.services.core.uow import UnitOfWork
from app.services.insiden import stats as insiden_stats
from app.services.insiden.stats import LEVELS, StatsFilter

#: The dashboard's severity colours, so a chart reads the same on screen and on paper.
SEVERITY_COLORS = palette.SEVERITY
#: Days shown in the incidents-per-day chart (at least the brief's period).
CHART_DAYS = 14
NOTABLE_LIMIT = 10
CHRONOLOGY_LIMIT = 500
EXCLUDED = "tidak termasuk laporan yang dinyatakan tidak valid"


def severity_name(level: int) -> str:
    return SEVERITIES[level].split(" ", 1)[1]


def severity_breakdown(counts: dict[int, int]) -> str:
    """ "Kritis 7, Tinggi 21, Sedang 39, Rendah 41" (most severe first)."""
    return ", ".join(f"{severity_name(level)} {formatting.number(counts.get(level, 0))}"
                     for level in sorted(LEVELS, reverse=True))  # fmt: skip


def chart_filter(scope: BriefScope) -> StatsFilter:
    start, end = scope.period
    first = min(start, end - timedelta(days=CHART_DAYS - 1))
    return replace(scope.stats, date_from=first, date_to=end)


def _notable_text(item: insiden_stats.NotableIncident, scope: BriefScope) -> str:
    where = (
        item.wilayah
        if not item.kabkota or item.kabkota == item.wilayah
        else f"{item.wilayah}, {item.kabkota}"
    )
    status = item.status + (f" (diteruskan ke {item.escalated_to})" if item.escalated_to else "")
    chronology = " ".join(item.chronology.split())
    if len(chronology) > CHRONOLOGY_LIMIT:
        chronology = chronology[: CHRONOLOGY_LIMIT - 1] + "…"
    text = (
        f"{item.number} — {severity_name(item.severity)} — {item.kategori} — {where} — "
        f"{formatting.date_time(item.occurred_at, scope.tz)}; status {status}."
    )
    return f"{text} {chronology}" if chronology else text


def gangguan(uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    flt = scope.stats
    matrix = insiden_stats.by_kabkota_severity(uow, flt)
    totals = insiden_stats.totals(uow, flt)
    days = insiden_stats.per_day_by_severity(uow, chart_filter(scope))
    start, end = scope.period
    in_period = [d for d in days if start <= d.day <= end]
    notable = insiden_stats.notable(uow, flt, min_severity=3, limit=NOTABLE_LIMIT)
    open_now = insiden_stats.open_now(uow, flt)
    categories = insiden_stats.by_category(uow, flt)

    columns = ("No.", "Kabupaten/Kota", *(severity_name(level) for level in LEVELS), "Jumlah")
    rows = tuple((i, r.name, *r.by_severity, r.total) for i, r in enumerate(matrix.rows, start=1))
    table = Table(
        columns, rows, total=("", "Jumlah", *matrix.column_totals, matrix.total),
        widths=(0.7, 2.6, 1, 1, 1, 1, 1.1),
        caption=f"Tabel insiden menurut kabupaten/kota dan tingkat keparahan, periode {scope.request.period_text()} ({EXCLUDED}).",
    )  # fmt: skip
    chart = Chart(
        title=f"Insiden per hari menurut tingkat keparahan ({len(days)} hari terakhir s.d. "
        f"{formatting.medium_date(end)})",
        categories=tuple(f"{d.day.day:02d}/{d.day.month:02d}" for d in days),
        series=tuple(
            Series(SEVERITIES[level], tuple(d.by_severity[i] for d in days), SEVERITY_COLORS[level])
            for i, level in enumerate(LEVELS)
        ),  # fmt: skip
        value_label="insiden",
    )
    blocks: list = [
        Para(
            f"Pada periode ini tercatat {formatting.number(matrix.total)} insiden menurut waktu "
            f"kejadian ({severity_breakdown(totals.by_severity)}), {EXCLUDED}."
        ),  # fmt: skip
        table,
        chart
        if any(d.total for d in days)
        else Para(f"Tidak ada insiden dalam {len(days)} hari terakhir s.d. "
                  f"{formatting.medium_date(end)}.", italic=True),
        Heading("Insiden menonjol (keparahan Tinggi dan Kritis)"),
    ]  # fmt: skip
    if notable.items:
        blocks.append(Bullets(tuple(_notable_text(item, scope) for item in notable.items)))
        if notable.total > len(notable.items):
            rest = notable.total - len(notable.items)
            blocks.append(Para(f"Selain itu terdapat {formatting.number(rest)} insiden lain dengan keparahan "
                               "Tinggi atau Kritis pada periode ini; rinciannya ada di register insiden.",
                               italic=True))  # fmt: skip
    else:
        blocks.append(
            Para(
                "Tidak ada insiden dengan keparahan Tinggi atau Kritis pada periode ini.",
                italic=True,
            )
        )
    rawan, rawan_kpis = kerawanan_blocks(uow, scope)
    blocks += [Heading("Kerawanan"), *rawan]
    top = ", ".join(f"{c.name} ({formatting.number(c.count)})" for c in categories[:3])
    kpis = (
        ("Insiden pada periode", f"{formatting.number(totals.total)} ({severity_breakdown(totals.by_severity)})"),
        ("Status insiden periode", ", ".join(f"{s} {formatting.number(n)}" for s, n in totals.by_status.items())),
        ("Kategori terbanyak", top or "–"),
        ("Insiden masih ditangani (semua periode)",
         f"{formatting.number(open_now.total)} ({severity_breakdown(open_now.by_severity)})"),
        ("Tindak lanjut melewati batas waktu", formatting.number(open_now.overdue)),
        *rawan_kpis,
    )  # fmt: skip
    figures = {
        "insiden.total": totals.total,
        "insiden.status_sum": sum(totals.by_status.values()),
        "insiden.severity_sum": sum(totals.by_severity.values()),
        "insiden.table_total": matrix.total,
        "insiden.table_rows_sum": sum(r.total for r in matrix.rows),
        "insiden.table_columns_sum": sum(matrix.column_totals),
        "insiden.chart_period_sum": sum(d.total for d in in_period),
    }
    summary = {
        "total": matrix.total,
        "open": open_now.total,
        "overdue": open_now.overdue,
        "by_kabkota": {r.code or r.name: r.total for r in matrix.rows},
    }
    return SectionContent(tuple(blocks), figures, summary, (), kpis)
