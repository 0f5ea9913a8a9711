"""Logistik: readiness per kab/kota (overall and per key item), the measured-level rule,
late or at-risk consignments, the readiness chart, and what changed since the last brief.
Every figure is read from ``services.logistik_readiness`` — the Logistik page's and the
dashboard's own source; the brief only lays the rows out."""

from __future__ import annotations

from app.models.wilayah import LEVEL_KABKOTA, LEVEL_PROVINSI
from app.services.briefs.blocks import Chart, Heading, Para, SectionContent, Series, Table
from app.services.briefs.scope import BriefScope, short_region
from app.services.core import formatting
from app.services.core.uow import UnitOfWork
from app.services.logistik import readiness as logistik_readiness
from app.services.logistik import rules as logistik_rules
from app.services.logistik.query import received_between
from app.services.logistik.readiness import ReadinessRow

#: The items every brief shows beside the overall figure (referensi codes).
KEY_ITEMS = ("SURAT_SUARA", "KOTAK_SUARA", "TINTA")
ALERT_LIMIT = 5
#: Readiness changes smaller than this (in points) are not listed per kab/kota.
CHANGE_MIN_POINTS = 0.005


def pct(ratio: float | None) -> float | None:
    """A readiness ratio as the percentage printed (None is printed "–"), truncated so
    99,98% never prints as 100,0%."""
    return None if ratio is None else formatting.percent_floor_value(ratio, 1)


def pct_text(ratio: float | None, decimals: int = 1) -> str:
    return formatting.percent_floor(ratio, decimals)


def item(row: ReadinessRow, code: str):
    return next((i for i in row.items if i.jenis_code == code), None)


def _cell(ratio: float | None) -> float | str:
    return "–" if ratio is None else formatting.percent_floor_value(ratio, 1)


def weakest_text(row: ReadinessRow) -> str:
    """ "terendah: Kotak suara 77,0%"; empty when every item is complete."""
    weak = row.weakest
    if weak is None or weak.ratio is None or weak.ratio >= 1:
        return ""
    return f"terendah: {weak.jenis_name} {pct_text(weak.ratio)}"


def _total(uow: UnitOfWork, root: str, pemilihan_id: int | None, rows) -> ReadinessRow:
    """The figure of the brief's whole area: the province, or the contest's kab/kota."""
    own = next((r for r in rows if r.code == root), None) if root else None
    return own or logistik_readiness.province_readiness(uow, pemilihan_id=pemilihan_id)


def measured_rule(uow: UnitOfWork) -> str:
    """The one sentence saying which deliveries count: the Logistik page's own words."""
    return next(
        line for line in logistik_rules.load(uow).statement() if line.startswith("Kesiapan")
    )


def _changes(
    uow: UnitOfWork, scope: BriefScope, root: str, total: ReadinessRow, rows, at_risk: int
) -> tuple[str, ...]:
    received = received_between(uow, start=scope.since, end=scope.now, root_code=root)
    count = sum(received.values())
    detail = ", ".join(
        f"ke {level} {formatting.number(n)}" for level, n in sorted(received.items())
    )
    lines = [
        f"Pengiriman logistik diterima: {formatting.number(count)}"
        + (f" ({detail})" if detail else "")
    ]
    if scope.previous is None:
        lines.append(
            "Belum ada laporan sebelumnya sebagai pembanding; perubahan kesiapan logistik "
            "dilaporkan mulai laporan berikutnya."
        )
        return tuple(lines)
    before = scope.previous.sections.get("logistik") or {}
    if "ratio" not in before:
        lines.append(
            "Laporan sebelumnya belum memuat kesiapan logistik; perubahannya dilaporkan mulai "
            "laporan berikutnya."
        )
        return tuple(lines)
    lines.append(f"Kesiapan logistik {area_name(total)}: {_moved(before['ratio'], total.ratio)}")
    moved = []
    for row in rows:
        was = (before.get("by_kabkota") or {}).get(row.code)
        if (
            was is not None
            and row.ratio is not None
            and abs(row.ratio - was) * 100 >= CHANGE_MIN_POINTS
        ):
            moved.append(f"{row.name} {_moved(was, row.ratio)}")
    if moved:
        lines.append("Per kabupaten/kota: " + "; ".join(moved))
    if "at_risk" in before:
        lines.append(f"Pengiriman terlambat atau berisiko: {formatting.number(before['at_risk'])} "
                     f"menjadi {formatting.number(at_risk)}")  # fmt: skip
    return tuple(lines)


def _moved(was: float | None, now: float | None) -> str:
    """ "90,45% menjadi 90,54% (naik 0,09 poin)" — two decimals, so a small change never
    reads as "90,5% menjadi 90,5%"."""
    text = f"{pct_text(was, 2)} menjadi {pct_text(now, 2)}"
    if was is None or now is None:
        return text
    points = round(100.0 * (now - was), 2)
    if points == 0:
        return f"{text} (tetap)"
    word = "naik" if points > 0 else "turun"
    return f"{text} ({word} {formatting.number(abs(points), 2)} poin)"


def _alert_blocks(scope: BriefScope, count: int, alerts, names: dict[str, str]) -> list:
    today = formatting.medium_date(scope.today)
    if not count:
        return [Para(f"Per {today} tidak ada pengiriman logistik yang terlambat atau berisiko terlambat.")]  # fmt: skip
    blocks: list = [Para(
        f"Per {today} terdapat {formatting.number(count)} pengiriman logistik yang terlambat (belum "
        "tiba melewati batas tiba) atau berisiko (perkiraan tiba melewati batas tiba)"
        + (f"; {formatting.number(len(alerts))} yang paling mendesak:" if count > len(alerts) else ":")
    )]  # fmt: skip
    rows = tuple(
        (a.number, f"{a.destination_level} {a.destination_name}" + (f" TPS {a.tps}" if a.tps else ""),
         names.get(a.destination_code[:5], ""), formatting.short_date(a.must_arrive_by),
         formatting.short_date(a.expected_arrival) if a.expected_arrival else "–", a.status)
        for a in alerts
    )  # fmt: skip
    blocks.append(Table(("Nomor", "Tujuan", "Kabupaten/Kota", "Batas tiba", "Perkiraan tiba", "Status"),
                        rows, widths=(1.9, 2.3, 2, 1.2, 1.3, 1.1)))  # fmt: skip
    return blocks


def area_name(row: ReadinessRow) -> str:
    """ "Provinsi Banten", or the kab/kota's own name."""
    return f"Provinsi {row.name}" if row.level == LEVEL_PROVINSI and row.name else row.name


def _ratio_of(row: ReadinessRow, code: str) -> float | None:
    found = item(row, code)
    return None if found is None else found.ratio


def _readiness_blocks(rows: list[ReadinessRow], total: ReadinessRow) -> list:
    """The sentence, the table (its Jumlah row is the area's own figure) and the chart."""
    found = [(code, item(total, code)) for code in KEY_ITEMS]
    shown = [(code, i.jenis_name) for code, i in found if i is not None]

    def cells(row: ReadinessRow) -> tuple:
        ratios = (_cell(_ratio_of(row, code)) for code, _name in shown)
        return (*ratios, row.good, row.required, _cell(row.ratio))

    table = Table(
        ("No.", "Kabupaten/Kota", *(f"{name} (%)" for _c, name in shown), "Baik diterima",
         "Kebutuhan", "Kesiapan (%)"),
        tuple((n, r.name, *cells(r)) for n, r in enumerate(rows, start=1)),
        total=("", "Jumlah", *cells(total)),
        widths=(0.5, 2.4, *(1.0,) * len(shown), 1.45, 1.45, 1.0), decimals=1,
        caption="Tabel kesiapan logistik menurut kabupaten/kota (kesiapan = rata-rata kesiapan "
                "per barang, tiap barang baik ÷ kebutuhan).",
    )  # fmt: skip
    series = [Series("Keseluruhan", tuple(pct(r.ratio) or 0.0 for r in rows), "#3c78d8")]
    if shown:  # the first key item (surat suara) beside the overall figure
        code, name = shown[0]
        series.append(Series(name, tuple(pct(_ratio_of(r, code)) or 0.0 for r in rows), "#e69138"))
    chart = Chart(
        title="Kesiapan logistik per kabupaten/kota (%)",
        categories=tuple(short_region(r.name) for r in rows),
        series=tuple(series), kind="bars", value_label="%",
        target=100.0, target_label="kebutuhan terpenuhi",
    )  # fmt: skip
    weak = weakest_text(total)
    sentence = Para(
        f"Kesiapan logistik {area_name(total)}: {pct_text(total.ratio)} (rata-rata kesiapan per "
        f"barang{'; ' + weak if weak else ''}; {formatting.number(total.good)} dari "
        f"{formatting.number(total.required)} satuan kebutuhan telah diterima dalam kondisi baik)."
    )
    return [sentence, table, chart]


def logistik_section(uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    root = scope.stats.wilayah_code
    contest = scope.request.pemilihan_id
    rows = logistik_readiness.readiness(
        uow, level=LEVEL_KABKOTA, root_code=root or None, pemilihan_id=contest
    )
    total = _total(uow, root, contest, rows)
    at_risk = logistik_readiness.at_risk_count(uow, today=scope.today, root_code=root or None)
    alerts = logistik_readiness.logistik_alerts(
        uow, today=scope.today, root_code=root or None, limit=ALERT_LIMIT
    )
    if total.required:
        blocks = _readiness_blocks(rows, total)
        weak = weakest_text(total)
        kpi = (f"{pct_text(total.ratio)} ({weak + '; ' if weak else ''}{formatting.number(total.good)} "
               f"dari {formatting.number(total.required)} satuan; diukur pada pengiriman ke "
               f"{total.measured_level})")  # fmt: skip
    else:
        blocks = [Para("Belum ada kebutuhan logistik yang dicatat; kesiapan belum dapat dihitung.",
                       italic=True)]  # fmt: skip
        kpi = "belum ada kebutuhan yang dicatat"
    blocks.insert(1, Para(measured_rule(uow)))
    blocks += [
        Heading("Pengiriman terlambat atau berisiko"),
        *_alert_blocks(scope, at_risk, alerts, {r.code: r.name for r in rows}),
    ]
    kpis = (
        (f"Kesiapan logistik ({area_name(total) or 'provinsi'})", kpi),
        ("Pengiriman logistik terlambat/berisiko", formatting.number(at_risk)),
    )
    figures = {
        "logistik.good": total.good,
        "logistik.required": total.required,
        "logistik.table_good_sum": sum(r.good for r in rows),
        "logistik.table_required_sum": sum(r.required for r in rows),
        "logistik.at_risk": at_risk,
    }
    summary = {"ratio": total.ratio, "by_kabkota": {r.code: r.ratio for r in rows},
               "at_risk": at_risk}  # fmt: skip
    changes = _changes(uow, scope, root, total, rows, at_risk)
    return SectionContent(tuple(blocks), figures, summary, changes, kpis)
