"""The map with its indicator chooser, legend and the official-boundary action."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core import formatting, palette
from app.services.core.errors import DomainError
from app.services.dasbor.sources import Sourced
from app.services.dasbor.summary import DasborSnapshot, WarningAlerts
from app.services.desk import peta_batas
from app.views.dasbor.indicators import cells_for, indicators
from app.views.dasbor.map import RegionMap
from app.views.dasbor.tiles import no_data
from app.views.shell.context import AppContext
from app.views.widgets.colors import text_style
from app.views.widgets.texts import tr_args


class MapPanel(QWidget):
    region_clicked = Signal(str)
    points_clicked = Signal(tuple)
    #: Official boundaries were loaded (or removed): the incidents' points are wanted.
    boundaries_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._snapshot: DasborSnapshot | None = None
        self._indicators = {i.key: i for i in indicators()}
        self.indicator = QComboBox()
        self.indicator.setAccessibleName(self.tr("Indikator peta"))
        for item in self._indicators.values():
            self.indicator.addItem(item.title, item.key)
        self.indicator.currentIndexChanged.connect(self._render)
        self.boundary = QToolButton()
        self.boundary.setText(self.tr("Peta batas…"))
        self.boundary.setToolTip(
            self.tr("Muat berkas GeoJSON batas kab/kota atau kecamatan (kode Kemendagri)")
        )
        self.boundary.clicked.connect(self.choose_boundaries)
        self.map = RegionMap()
        self.map.region_clicked.connect(self.region_clicked)
        self.map.points_clicked.connect(self.points_clicked)
        self._points_note = ""
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # between classes only: each keeps its swatch and words
        self.note = QLabel()
        self.note.setStyleSheet(text_style(palette.MUTED_TEXT))
        self.note.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Peta</b>")))
        head.addWidget(self.indicator, 1)
        head.addWidget(self.boundary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        province = ctx.desk.province_code
        ctx.runner.run(lambda _p: peta_batas.load_stored(province), self._boundaries_loaded,
                       lambda error: self._say(str(error)))  # fmt: skip

    def set_indicator(self, key: str) -> None:
        self.indicator.setCurrentIndex(self.indicator.findData(key))

    def set_warnings(self, warnings: WarningAlerts | None, *, points: bool = True) -> None:
        """Mark the kab/kota with early warnings (none while they are read) and, with
        ``points`` (they were read for the period shown), draw the incidents' points."""
        self.map.set_marks(dict(warnings.kabkota) if warnings is not None else {})
        points = points and warnings is not None
        self.map.set_points(warnings.points if points else ())
        self._points_note = ""
        if points and self.map.uses_boundaries and warnings.period is not None:
            count = formatting.number(len(warnings.points))
            self._points_note = (tr_args(self.tr("titik: %1 insiden terbaru berkoordinat"), count)
                                 if warnings.points_cut
                                 else tr_args(self.tr("titik: %1 insiden berkoordinat"), count))  # fmt: skip
        self._render()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self._fit_minimum()

    def set_snapshot(self, snapshot: DasborSnapshot) -> None:
        self._snapshot = snapshot
        self._render()

    def _render(self) -> None:
        s = self._snapshot
        if s is None:
            return
        indicator = self._indicators[self.indicator.currentData()]
        cells = cells_for(indicator, s.figures, s.weights)
        province = s.regions[0].code[:2] if s.regions else ""
        self.map.set_data(province, [(r.code, r.name) for r in s.regions], cells, s.query.root_code)
        # Rich text: every label escaped ("< 90%" is text, not the start of a tag).
        self.legend.setText("&nbsp; ".join(
            f'<span style="color:{c.name()}">■</span>&nbsp;{html.escape(t).replace(" ", "&nbsp;")}'
            for c, t in indicator.legend))  # fmt: skip
        source = getattr(s, indicator.source)
        notes = []
        if isinstance(source, Sourced) and not source.ok:
            notes.append(no_data(source))
        elif not cells:
            notes.append(self.tr("belum ada data"))
        if self._points_note:
            notes.append(self._points_note)
        if self.map.marks:
            notes.append(self.tr("▲ peringatan dini (lihat daftar peringatan)"))
        if self.map.uses_boundaries:
            notes.append(self.tr("Batas wilayah: berkas resmi yang dimuat kantor"))
        else:
            notes.append(self.tr("Peta skematik (bukan batas sebenarnya)"))
        self.note.setText(" · ".join(notes))
        self._fit_minimum()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_minimum()

    def _fit_minimum(self) -> None:
        """At least the map's minimum with the legend's and the note's lines at this width
        (they wrap): at 125 % a narrow panel grows the page instead of writing its legend
        over the map."""
        layout = self.layout()
        width = self.width()
        wrapped = sum(label.heightForWidth(width) for label in (self.legend, self.note)
                      if label.text())  # fmt: skip
        needed = (layout.itemAt(0).sizeHint().height() + self.map.minimumHeight() + wrapped
                  + 3 * layout.spacing())  # fmt: skip
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def _boundaries_loaded(self, boundaries) -> None:
        self.map.set_boundaries(boundaries)
        self._render()
        self.boundaries_changed.emit()

    def choose_boundaries(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas batas wilayah"), "", "GeoJSON (*.geojson *.json)"
        )
        if path:
            self.load_boundaries(Path(path))

    def load_boundaries(self, path: Path) -> None:
        province = self._ctx.desk.province_code

        def failed(error: BaseException) -> None:
            if isinstance(error, DomainError):
                self._say(str(error))
            else:
                self._ctx.runner.failed.emit(error)

        self._ctx.runner.run(
            lambda _p: peta_batas.install(path, province), self._boundaries_loaded, failed
        )
