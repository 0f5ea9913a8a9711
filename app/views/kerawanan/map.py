"""The Kerawanan page's map: the dashboard's kab/kota map (schematic tiles, or the
office's boundary file) coloured from the same ``kerawanan_stats.by_region`` rows as the
table, by the measure the ranking uses: IKP level, incident pressure or TPS rawan.
Clicking a kab/kota asks the page to drill the table to it."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.models.wilayah import LEVEL_KABKOTA
from app.services.core import palette
from app.services.core.formatting import number
from app.services.desk import peta_batas
from app.services.kerawanan.stats import (
    LEVELS,
    RAWAN_RENDAH,
    RAWAN_SEDANG,
    RAWAN_TINGGI,
    THRESHOLDS,
    KerawananRow,
)
from app.views.dasbor.map import FAIR, GOOD, NO_DATA, POOR, Cell, RegionMap
from app.views.shell.context import AppContext
from app.views.widgets.colors import text_style
from app.views.widgets.region_charts import LEVEL_COLORS
from app.views.widgets.texts import tr_args


def level_ranges(level: int) -> dict[str, str]:
    """IKP level → its score range at an administrative level (Bawaslu IKP 2024):
    ``Rawan tinggi`` → ``≥ 49,33``, ``Rawan sedang`` → ``13,47–49,32``, ``Rawan rendah`` →
    ``< 13,47`` for a kab/kota; empty where Bawaslu set none (kecamatan, desa)."""
    if level not in THRESHOLDS:
        return {}
    high, middle = THRESHOLDS[level]
    return {
        RAWAN_TINGGI: f"≥ {number(high, 2)}",
        RAWAN_SEDANG: f"{number(middle, 2)}–{number(high - 0.01, 2)}",
        RAWAN_RENDAH: f"< {number(middle, 2)}",
    }


def tps_rawan(row: KerawananRow) -> int | None:
    """TPS rawan + sangat rawan; None when neither was recorded."""
    if row.tps_rawan is None and row.tps_sangat_rawan is None:
        return None
    return (row.tps_rawan or 0) + (row.tps_sangat_rawan or 0)


class KerawananMap(QWidget):
    region_clicked = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._province = ctx.desk.province_code
        self._rows: list[KerawananRow] = []
        self._selected = ""
        self._measure = "ikp"
        self.map = RegionMap()
        self.map.setAccessibleName(self.tr("Peta kerawanan kab/kota"))
        self.map.setToolTip(self.tr("Klik kab/kota untuk menampilkan kecamatannya di tabel"))
        self.map.region_clicked.connect(self.region_clicked)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.note = QLabel()
        self.note.setStyleSheet(text_style(palette.MUTED_TEXT))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        province = self._province
        ctx.runner.run(lambda _p: peta_batas.load_stored(province), self._boundaries_loaded,
                       lambda error: self.note.setText(str(error)))  # fmt: skip

    def _boundaries_loaded(self, boundaries) -> None:
        self.map.set_boundaries(boundaries)
        self._render()

    def show_rows(self, rows: Sequence[KerawananRow], selected: str = "") -> None:
        """``rows``: the kab/kota of the province; ``selected``: the one drilled into."""
        self._rows, self._selected = list(rows), selected
        self._render()

    def set_measure(self, measure: str) -> None:
        """``ikp``, ``pressure`` or ``tps`` (the ranking's choice)."""
        self._measure = measure
        self._render()

    def _render(self) -> None:
        if self._measure == "ikp":
            cells = {r.code: cell for r in self._rows if (cell := self._ikp_cell(r)) is not None}
            # As the table says them, with the kab/kota thresholds beside each level.
            ranges = level_ranges(LEVEL_KABKOTA)
            legend = [(LEVEL_COLORS[level], f"{level} ({ranges[level]})") for level in LEVELS]
        else:
            pressure = self._measure == "pressure"
            cells = self._thirds(
                (lambda r: r.pressure) if pressure else tps_rawan,
                (lambda v: number(v, 2)) if pressure else number,
                self.tr("Tekanan insiden %1 per 100.000 DPT (14 hari)") if pressure
                else self.tr("TPS rawan + sangat rawan: %1"),
            )  # fmt: skip
            legend = [(POOR, self.tr("tinggi (> ⅔ tertinggi)")), (FAIR, self.tr("sedang")),
                      (GOOD, self.tr("rendah (≤ ⅓)"))]  # fmt: skip
        legend.append((NO_DATA, self.tr("tidak ada data")))
        self.map.set_data(self._province, [(r.code, r.name) for r in self._rows], cells,
                          self._selected)  # fmt: skip
        self.legend.setText("&nbsp; ".join(
            f'<span style="color:{c.name()}">■</span>&nbsp;{html.escape(t).replace(" ", "&nbsp;")}'
            for c, t in legend))  # fmt: skip
        notes = [] if cells or not self._rows else [self.tr("belum ada angka")]
        notes.append(
            self.tr("Batas wilayah: berkas resmi yang dimuat kantor")
            if self.map.uses_boundaries
            else self.tr("Peta skematik (bukan batas sebenarnya)")
        )
        self.note.setText(" · ".join(notes))

    def _ikp_cell(self, row: KerawananRow) -> Cell | None:
        if row.ikp_score is None:
            return None
        text = number(row.ikp_score, 2)
        color = LEVEL_COLORS.get(row.ikp_level, LEVEL_COLORS[None])
        tip = tr_args(self.tr("Skor IKP %1"), text)
        if row.ikp_level:
            tip += f" ({row.ikp_level})"
        return Cell(QColor(color), text, html.escape(tip))

    def _thirds(
        self,
        pick: Callable[[KerawananRow], float | int | None],
        shown: Callable[[float], str],
        tip: str,
    ) -> dict[str, Cell]:
        """No published scale: thirds of the highest value shown (as on the dashboard)."""
        values = {r.code: v for r in self._rows if (v := pick(r)) is not None}
        top = max(values.values(), default=0) or 1
        cells = {}
        for code, value in values.items():
            share = value / top
            color = POOR if share > 2 / 3 else FAIR if share > 1 / 3 else GOOD
            text = shown(value)
            cells[code] = Cell(color, text, html.escape(tr_args(tip, text)))
        return cells
