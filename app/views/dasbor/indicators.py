"""The indicators the dashboard map can be coloured by, each with its classes and legend.
Colour is never the only carrier: every region also shows its figure as text."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app.services.core import formatting
from app.services.dasbor import kesiapan
from app.services.dasbor.summary import RegionFigures
from app.views.dasbor.map import FAIR, GOOD, NO_DATA, POOR, Cell, Indicator
from app.views.widgets.texts import tr_args

translate = QCoreApplication.translate

LEVEL_COLORS = {kesiapan.SIAP: GOOD, kesiapan.CUKUP: FAIR, kesiapan.PERLU_PERHATIAN: POOR}
#: Bawaslu IKP 2024 thresholds at kab/kota level (data/ikp_2024.md).
IKP_TINGGI, IKP_SEDANG = 49.33, 13.47


def kesiapan_tooltip(row: kesiapan.KesiapanRow, w: kesiapan.Weights) -> str:
    """Rich text (escaped); figures truncated, never rounded across a level's threshold."""
    esc = html.escape
    lines = []
    for component in kesiapan.COMPONENTS:
        value = row.components.get(component)
        label = esc(kesiapan.COMPONENT_LABELS[component])
        if value is None:
            lines.append(
                f"{label}: <i>{esc(translate('dasbor', 'tidak ada data, tidak dihitung'))}</i>"
            )
        else:
            basis = row.basis.get(component, "")
            lines.append(f"{label}: {formatting.number_floor(value, 1)} × {w.of(component):g}"
                         + (f" ({esc(basis)})" if basis else ""))  # fmt: skip
    score = "–" if row.score is None else f"{formatting.number_floor(row.score, 1)} ({row.level})"
    return f"{esc(translate('dasbor', 'Indeks kesiapan'))}: <b>{esc(score)}</b><br>" + "<br>".join(
        lines
    )


def _kesiapan(f: RegionFigures, w: kesiapan.Weights) -> Cell | None:
    row = f.kesiapan
    if row.score is None:
        return None
    # Truncated: 79,7 shows "79" under "Siap ≥ 80", not "80" in the Cukup colour.
    return Cell(
        LEVEL_COLORS[row.level], formatting.number_floor(row.score, 0), kesiapan_tooltip(row, w)
    )


def _ikp(f: RegionFigures, _w) -> Cell | None:
    if f.ikp_score is None:
        return None
    color = POOR if f.ikp_score >= IKP_TINGGI else FAIR if f.ikp_score >= IKP_SEDANG else GOOD
    level = f.ikp_level or ""
    text = formatting.number_floor(f.ikp_score, 2)
    return Cell(color, text, html.escape(f"IKP {text} {level}".strip()))


def _logistik(f: RegionFigures, _w) -> Cell | None:
    if f.logistik_ratio is None:
        return None
    ratio = f.logistik_ratio
    color = GOOD if ratio >= 1 else FAIR if ratio >= 0.9 else POOR
    text = formatting.percent_floor(ratio, 1)  # 99,985% reads 99,9%, not 100,0%
    return Cell(
        color, text, html.escape(tr_args(translate("dasbor", "Kesiapan logistik %1"), text))
    )


def _turnout(f: RegionFigures, _w) -> Cell | None:
    if f.turnout_pct is None:
        return None
    target = f.target_pct
    color = (
        GOOD
        if target is None or f.turnout_pct >= target
        else FAIR
        if f.turnout_pct >= target - 10
        else POOR
    )
    text = formatting.percent_floor(f.turnout_pct / 100, 2)
    tip = tr_args(
        translate("dasbor", "Partisipasi %1, target %2"), text, formatting.percent(target, 0)
    )
    return Cell(color, text, html.escape(tip))  # fmt: skip


def _pressure_cells(figures: tuple[RegionFigures, ...]) -> dict[str, Cell]:
    """Incident pressure has no published scale: thirds of the highest value seen."""
    values = [f.pressure for f in figures if f.pressure is not None]
    top = max(values, default=0.0) or 1.0
    cells = {}
    for f in figures:
        if f.pressure is None:
            continue
        share = f.pressure / top
        color = POOR if share > 2 / 3 else FAIR if share > 1 / 3 else GOOD
        text = formatting.number(f.pressure, 1)
        cells[f.code] = Cell(
            color,
            text,
            html.escape(
                tr_args(translate("dasbor", "Tekanan insiden %1 per 100.000 DPT (14 hari)"), text)
            ),
        )
    return cells  # fmt: skip


def indicators() -> list[Indicator]:
    return [
        Indicator("kesiapan", translate("dasbor", "Indeks kesiapan"), _kesiapan,
                  ((GOOD, f"Siap ≥ {kesiapan.SIAP_FROM:g}"), (FAIR, f"Cukup ≥ {kesiapan.CUKUP_FROM:g}"),
                   (POOR, translate("dasbor", "Perlu perhatian")), (NO_DATA, translate("dasbor", "tidak ada data"))), "figures"),
        Indicator("ikp", translate("dasbor", "Level IKP (Bawaslu)"), _ikp,
                  ((POOR, translate("dasbor", "Rawan tinggi ≥ 49,33")), (FAIR, translate("dasbor", "Rawan sedang ≥ 13,47")),
                   (GOOD, translate("dasbor", "Rawan rendah")), (NO_DATA, translate("dasbor", "tidak ada data"))), "kerawanan"),
        Indicator("tekanan", translate("dasbor", "Tekanan insiden"), lambda _f, _w: None,
                  ((POOR, translate("dasbor", "tinggi (> ⅔ tertinggi)")), (FAIR, translate("dasbor", "sedang")),
                   (GOOD, translate("dasbor", "rendah (≤ ⅓)")), (NO_DATA, translate("dasbor", "tidak ada data"))), "kerawanan"),
        Indicator("logistik", translate("dasbor", "Kesiapan logistik"), _logistik,
                  ((GOOD, "≥ 100%"), (FAIR, "90–100%"), (POOR, "< 90%"),
                   (NO_DATA, translate("dasbor", "tidak ada data"))), "logistik_kabkota"),
        Indicator("partisipasi", translate("dasbor", "Partisipasi pemilih"), _turnout,
                  ((GOOD, translate("dasbor", "≥ target")), (FAIR, translate("dasbor", "< target, selisih ≤ 10 poin")),
                   (POOR, translate("dasbor", "selisih > 10 poin")), (NO_DATA, translate("dasbor", "tidak ada data"))),
                  "turnout_kabkota"),
    ]  # fmt: skip


def cells_for(
    indicator: Indicator, figures: tuple[RegionFigures, ...], w: kesiapan.Weights
) -> dict[str, Cell]:
    if indicator.key == "tekanan":
        return _pressure_cells(figures)
    return {f.code: cell for f in figures if (cell := indicator.classify(f, w)) is not None}
