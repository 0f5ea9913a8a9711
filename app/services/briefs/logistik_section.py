"""Logistik: readiness per kab/kota and per item (each with its unit), the measured-level
rule, the readiness findings (ballots below DPT + reserve), late or at-risk consignments
with their dispatch state, the readiness chart, and what changed since the last brief.

Every figure is read from ``services.logistik.readiness`` — the Logistik page's and the
dashboard's own source; the brief only lays the rows out. A table never adds different
units: the overall readiness is the mean of the item ratios, and the item table shows
each item's quantities in its own unit, so a reader can reconcile the two."""

from __future__ import annotations

from app.models.wilayah import LEVEL_KABKOTA, LEVEL_PROVINSI
from app.services.briefs import numbers
from app.services.briefs.blocks import Bullets, Chart, Heading, Para, SectionContent, Series, Table
from app.services.briefs.scope import BriefScope, short_region
from app.services.core import formatting
from app.services.core.uow import UnitOfWork
from app.services.logistik import checks as logistik_checks
from app.services.logistik import readiness as logistik_readiness
from app.services.logistik import rules as logistik_rules
from app.services.logistik.query import received_between
from app.services.logistik.readiness import ReadinessRow

#: The ballot item (its quantities are printed per kab/kota, in sheets).
BALLOTS = "SURAT_SUARA"
ALERT_LIMIT = 5
#: Readiness changes smaller than this (in points) are not listed per kab/kota.
CHANGE_MIN_POINTS = 0.005


def pct(ratio: float | None) -> float | None:
    """A readiness ratio as the percentage printed (the brief's one rule: cut, never
    rounded up, so 99,998% never prints as 100%)."""
    return numbers.of_ratio(ratio)


def pct_text(ratio: float | None) -> str:
    return numbers.ratio_text(ratio)


def item(row: ReadinessRow, code: str):
    return next((i for i in row.items if i.jenis_code == code), None)


def _cell(ratio: float | None) -> float | str:
    return numbers.ratio_cell(ratio)


def weakest_text(row: ReadinessRow) -> str:
    """ "terendah: Kotak suara 77,0%"; empty when every item is complete."""
    weak = row.weakest
    if weak is None or weak.ratio is None or weak.ratio >= 1:
        return ""
    return f"terendah: {weak.jenis_name} {pct_text(weak.ratio)}"


def _rows_and_total(
    uow: UnitOfWork, root: str, pemilihan_id: int | None, as_of
) -> tuple[list[ReadinessRow], ReadinessRow]:
    """The kab/kota rows and the figure of the brief's whole area (the province, or the
    contest's kab/kota), from ONE reading of goods and requirements."""
    found = logistik_readiness.readiness_levels(
        uow, levels=(LEVEL_PROVINSI, LEVEL_KABKOTA), root_code=root or None,
        pemilihan_id=pemilihan_id, as_of=as_of,
    )  # fmt: skip
    rows = found[LEVEL_KABKOTA]
    own = next((r for r in rows if r.code == root), None) if root else None
    province = next(iter(found[LEVEL_PROVINSI]), None)
    if own is None and province is None:
        measured = logistik_rules.load(uow, as_of).measured_level
        province = ReadinessRow("", "", LEVEL_PROVINSI, 0, 0, None, (), measured)
    return rows, own or province


def measured_rule(uow: UnitOfWork, as_of=None) -> str:
    """The one sentence saying which deliveries count: the Logistik page's own words."""
    return next(
        line for line in logistik_rules.load(uow, as_of).statement() if line.startswith("Kesiapan")
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
    text = f"{pct_text(was)} menjadi {pct_text(now)}"
    if was is None or now is None:
        return text
    change = (pct(now) or 0.0) - (pct(was) or 0.0)
    if abs(change) < 0.005:
        return f"{text} (tetap)"
    word = "naik" if change > 0 else "turun"
    return f"{text} ({word} {numbers.points(change)})"


def _alert_blocks(scope: BriefScope, count: int, alerts, names: dict[str, str]) -> list:
    today = formatting.medium_date(scope.today)
    if not count:
        return [Para(f"Per {today} tidak ada pengiriman logistik yang terlambat atau berisiko terlambat.")]  # fmt: skip
    blocks: list = [Para(
        f"Per {today} terdapat {formatting.number(count)} pengiriman logistik yang terlambat (belum "
        "tiba melewati batas tiba) atau berisiko (perkiraan tiba melewati batas tiba)"
        + (f"; {formatting.number(len(alerts))} yang paling mendesak:" if count > len(alerts) else ":")
    )]  # fmt: skip
    def state(a) -> str:
        if a.days_late:
            return f"Terlambat {formatting.number(a.days_late)} hari"
        if a.expected_arrival is not None:  # at risk: its expected day, never a stale one
            return f"Berisiko (perkiraan tiba {formatting.short_date(a.expected_arrival)})"
        return a.status

    def where(a) -> str:
        place = f"{a.destination_level} {a.destination_name}" + (f" TPS {a.tps}" if a.tps else "")
        kab = short_region(names.get(a.destination_code[:5], ""))
        return f"{place}, {kab}" if kab and kab != a.destination_name else place

    rows = tuple(
        (a.number, where(a), formatting.short_date(a.must_arrive_by), a.dispatch_text, state(a))
        for a in alerts
    )  # fmt: skip
    blocks.append(Table(("Nomor", "Tujuan", "Batas tiba", "Pengiriman", "Keadaan"),
                        rows, widths=(2.0, 3.2, 1.3, 1.5, 2.2)))  # fmt: skip
    return blocks


def area_name(row: ReadinessRow) -> str:
    """ "Provinsi Banten", or the kab/kota's own name."""
    return f"Provinsi {row.name}" if row.level == LEVEL_PROVINSI and row.name else row.name


def _ratio_of(row: ReadinessRow, code: str) -> float | None:
    found = item(row, code)
    return None if found is None else found.ratio


def _readiness_blocks(rows: list[ReadinessRow], total: ReadinessRow) -> list:
    """The sentence, the table per kab/kota (its Jumlah row is the area's own figure), the
    table per item with units (the area's), and the chart."""
    required = [i for i in total.items if i.ratio is not None]

    def ballots(row: ReadinessRow) -> tuple:
        found = item(row, BALLOTS)
        return (found.good, found.required) if found and found.required else ("–", "–")

    def weakest(row: ReadinessRow) -> str:
        weak = row.weakest
        if weak is None:
            return "–"
        return "lengkap" if weak.ratio >= 1 else f"{weak.jenis_name} {pct_text(weak.ratio)}"

    table = Table(
        ("No.", "Kabupaten/Kota", "Kesiapan (%)", "Barang terendah", "Surat suara diterima baik (lembar)",
         "Kebutuhan surat suara (lembar)"),
        tuple((n, r.name, _cell(r.ratio), weakest(r), *ballots(r)) for n, r in enumerate(rows, start=1)),
        total=("", "Jumlah", _cell(total.ratio), weakest(total), *ballots(total)),
        widths=(0.5, 2.4, 1.1, 2.3, 1.6, 1.6), decimals=numbers.DECIMALS,
        caption=f"Tabel kesiapan logistik menurut kabupaten/kota. Kesiapan = rata-rata kesiapan "
                f"{len(required)} barang (tiap barang: diterima baik ÷ kebutuhan, paling tinggi 100%).",
    )  # fmt: skip
    per_item = Table(
        ("No.", "Barang", "Satuan", "Diterima baik", "Kebutuhan", "Kesiapan (%)"),
        tuple((n, i.jenis_name, i.unit or "–", i.good, i.required, _cell(i.ratio))
              for n, i in enumerate(required, start=1)),
        widths=(0.5, 3.2, 1.2, 1.6, 1.6, 1.2), decimals=numbers.DECIMALS,
        caption=f"Tabel kesiapan per barang, {area_name(total) or 'seluruh wilayah'} (jumlah tiap "
                f"barang dalam satuannya sendiri; diterima baik dihitung paling banyak sebesar "
                f"kebutuhan tiap wilayah). Rata-rata {len(required)} kesiapan di atas = "
                f"{pct_text(total.ratio)}.",
    )  # fmt: skip
    series = [Series("Keseluruhan", tuple(pct(r.ratio) or 0.0 for r in rows), "#3c78d8")]
    if item(total, BALLOTS) is not None:  # the ballots beside the overall figure
        series.append(Series("Surat suara", tuple(pct(_ratio_of(r, BALLOTS)) or 0.0 for r in rows),
                             "#e69138"))  # fmt: skip
    chart = Chart(
        title="Kesiapan logistik per kabupaten/kota (%)",
        categories=tuple(short_region(r.name) for r in rows),
        series=tuple(series), kind="bars", value_label="%",
        target=100.0, target_label="kebutuhan terpenuhi",
    )  # fmt: skip
    weak = weakest_text(total)
    sentence = Para(
        f"Kesiapan logistik {area_name(total)}: {pct_text(total.ratio)} (rata-rata kesiapan "
        f"{len(required)} barang{'; ' + weak if weak else ''})."
    )
    return [sentence, table, per_item, chart]


def logistik_section(uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    root = scope.stats.wilayah_code
    contest = scope.request.pemilihan_id
    rows, total = _rows_and_total(uow, root, contest, scope.as_of)
    at_risk = logistik_readiness.at_risk_count(uow, today=scope.today, root_code=root or None,
                                               as_of=scope.as_of)  # fmt: skip
    alerts = logistik_readiness.logistik_alerts(
        uow, today=scope.today, root_code=root or None, limit=ALERT_LIMIT, as_of=scope.as_of
    )
    if total.required:
        blocks = _readiness_blocks(rows, total)
        weak = weakest_text(total)
        counted = sum(1 for i in total.items if i.ratio is not None)
        kpi = (f"{pct_text(total.ratio)} (rata-rata {counted} barang{'; ' + weak if weak else ''}; "
               f"diukur pada pengiriman ke {total.measured_level})")  # fmt: skip
    else:
        blocks = [Para("Belum ada kebutuhan logistik yang dicatat; kesiapan belum dapat dihitung.",
                       italic=True)]  # fmt: skip
        kpi = "belum ada kebutuhan yang dicatat"
    blocks.insert(1, Para(measured_rule(uow, scope.as_of)))
    findings = _ballot_findings(uow, scope)
    if findings:
        blocks += [
            Heading("Temuan kesiapan surat suara"),
            Para("Surat suara diterima dalam kondisi baik belum mencapai DPT + cadangan di:"),
            Bullets(findings, numbered=False),
        ]
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
    return SectionContent(tuple(blocks), figures, summary, changes, kpis, findings=findings)


def _ballot_findings(uow: UnitOfWork, scope: BriefScope) -> tuple[str, ...]:
    """Regions whose ballots fall short of DPT + reserve, as of the brief (the reconciliation
    check's own rule; a finding the brief reports, never a reason to hold it back)."""
    found = logistik_checks.ballots_cover_dpt(uow, as_of=scope.as_of)
    wanted = scope.request.pemilihan_id
    return tuple(f.detail for f in found
                 if not f.note and (wanted is None or f.pemilihan_id in (None, wanted)))  # fmt: skip
