"""The dashboard map: the kab/kota coloured by a chosen indicator, with a legend.

Out of the box a schematic tile map laid out like the province's geography; when the
office has loaded an official boundary file (``services.peta_batas``) the real outlines
are drawn with QPainterPath (kecamatan shapes take their kab/kota's colour). Clicking a
region asks the dashboard to filter on it; clicking it again clears the filter.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.services.core import formatting, palette
from app.services.desk.peta_batas import Boundaries
from app.services.peringatan.points import KM_PER_DEGREE, Cluster, Point, clusters, common_region
from app.views.widgets.texts import region_label, tr_args

NO_DATA = QColor(palette.NO_DATA)
#: Incidents closer than this on screen are drawn as one numbered mark.
CLUSTER_PX = 18.0
GOOD, FAIR, POOR = QColor(palette.GOOD), QColor(palette.FAIR), QColor(palette.POOR)

#: Schematic tiles (column, row, column span, row span) on a 4 × 3 grid, laid out like
#: Banten: Cilegon at the north-west tip, Kota and Kabupaten Serang along the north coast,
#: the Tangerang trio to the east against Jakarta, Pandeglang south-west, Lebak south.
SCHEMATIC = {
    "36": {
        "36.72": (0, 0, 1, 1),
        "36.73": (1, 0, 1, 1),
        "36.04": (0, 1, 2, 1),
        "36.03": (2, 0, 1, 2),
        "36.71": (3, 0, 1, 1),
        "36.74": (3, 1, 1, 1),
        "36.01": (0, 2, 1, 1),
        "36.02": (1, 2, 3, 1),
    }
}


@dataclass(frozen=True)
class Cell:
    color: QColor
    label: str
    #: Rich text, already escaped.
    tooltip: str


class RegionMap(QWidget):
    region_clicked = Signal(str)
    #: The incidents behind a point or cluster mark that was clicked (their ids).
    points_clicked = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(280, 200)
        self.setAccessibleName(self.tr("Peta kab/kota"))
        self._regions: list[tuple[str, str]] = []
        self._cells: dict[str, Cell] = {}
        self._selected = ""
        self._province = ""
        self._boundaries: Boundaries | None = None
        self._paths: dict[str, QPainterPath] = {}
        self._label_at: dict[str, QPointF] = {}
        #: Kab/kota code → rank of its most urgent early warning (0 Tinggi, 1 Waspada).
        self._marks: dict[str, int] = {}
        #: Incidents with coordinates (drawn only over official boundaries), and where their
        #: marks are on screen (centre, radius, cluster), made with the paths.
        self._points: list[Point] = []
        self._drawn: list[tuple[QPointF, float, Cluster]] = []

    # -- data -----------------------------------------------------------------------------
    def set_boundaries(self, boundaries: Boundaries | None) -> None:
        self._boundaries = boundaries
        self._paths.clear()
        self.update()

    @property
    def uses_boundaries(self) -> bool:
        return self._boundaries is not None

    def set_data(self, province: str, regions: list[tuple[str, str]], cells: dict[str, Cell],
                 selected: str) -> None:  # fmt: skip
        if regions != self._regions or province != self._province:
            self._paths.clear()
        self._province, self._regions, self._cells, self._selected = (
            province,
            regions,
            cells,
            selected,
        )
        self.update()

    def set_marks(self, marks: dict[str, int]) -> None:
        """Mark the kab/kota with an early warning (SPEC 15): a triangle beside the name,
        red for Tinggi, amber for Waspada."""
        self._marks = dict(marks)
        self.update()

    def set_points(self, found) -> None:
        """The incidents with coordinates to draw over official boundaries, clustered where
        they lie closer than ``CLUSTER_PX`` on screen."""
        self._points = list(found)
        self._paths.clear()
        self.update()

    def point_marks(self) -> list[tuple[QPointF, Cluster]]:
        """Where each point or cluster is drawn (tests click there)."""
        self._ensure_paths()
        return [(centre, cluster) for centre, _radius, cluster in self._drawn]

    @property
    def marks(self) -> dict[str, int]:
        return dict(self._marks)

    def cell(self, code: str) -> Cell | None:
        return self._cells.get(code)

    def center_of(self, code: str) -> QPointF:
        """Where a region's label sits (tests click there)."""
        self._ensure_paths()
        return self._label_at[code]

    # -- geometry -------------------------------------------------------------------------
    def _ensure_paths(self) -> None:
        if self._paths:
            return
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self._boundaries is not None:
            self._geo_paths(area)
        else:
            self._schematic_paths(area)

    def _schematic_paths(self, area: QRectF) -> None:
        layout = SCHEMATIC.get(self._province)
        codes = [code for code, _name in self._regions]
        if layout is None or not set(codes) <= set(layout):
            columns = max(1, math.ceil(math.sqrt(len(codes))))
            layout = {c: (i % columns, i // columns, 1, 1) for i, c in enumerate(codes)}
        cols = max((c + w for c, _r, w, _h in layout.values()), default=1)
        rows = max((r + h for _c, r, _w, h in layout.values()), default=1)
        cw, rh, gap = area.width() / cols, area.height() / rows, 4.0
        for code in codes:
            c, r, w, h = layout[code]
            rect = QRectF(area.left() + c * cw + gap / 2, area.top() + r * rh + gap / 2,
                          w * cw - gap, h * rh - gap)  # fmt: skip
            path = QPainterPath()
            path.addRoundedRect(rect, 6, 6)
            self._paths[code] = path
            self._label_at[code] = rect.center()

    def _geo_paths(self, area: QRectF) -> None:
        assert self._boundaries is not None
        points = [p for s in self._boundaries.shapes for ring in s.rings for p in ring]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        lat = math.radians((min(ys) + max(ys)) / 2)
        width = (max(xs) - min(xs)) * math.cos(lat) or 1e-6
        height = (max(ys) - min(ys)) or 1e-6
        scale = min(area.width() / width, area.height() / height)
        left = area.left() + (area.width() - width * scale) / 2
        top = area.top() + (area.height() - height * scale) / 2

        def at(x: float, y: float) -> QPointF:
            return QPointF(
                left + (x - min(xs)) * math.cos(lat) * scale, top + (max(ys) - y) * scale
            )

        largest: dict[str, tuple[float, QPointF]] = {}
        for shape in self._boundaries.shapes:
            path = self._paths.setdefault(shape.kabkota, QPainterPath())
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for ring in shape.rings:
                sub = QPainterPath(at(*ring[0]))
                for x, y in ring[1:]:
                    sub.lineTo(at(x, y))
                sub.closeSubpath()
                box = sub.boundingRect()
                size = box.width() * box.height()
                if size > largest.get(shape.kabkota, (0.0, QPointF()))[0]:
                    largest[shape.kabkota] = (size, box.center())
                path.addPath(sub)
        self._label_at = {code: point for code, (_size, point) in largest.items()}
        self._drawn = []
        if self._points:
            found = clusters(self._points, CLUSTER_PX * KM_PER_DEGREE / scale)
            for c in found:
                radius = min(16.0, 4.0 + 2.2 * math.sqrt(c.count - 1)) if c.count > 1 else 4.0
                self._drawn.append((at(c.longitude, c.latitude), radius, c))

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._paths.clear()
        super().resizeEvent(event)

    def cluster_at(self, point: QPointF) -> Cluster | None:
        self._ensure_paths()
        for centre, radius, cluster in reversed(self._drawn):  # the one drawn on top first
            if math.hypot(point.x() - centre.x(), point.y() - centre.y()) <= radius + 2:
                return cluster
        return None

    def code_at(self, point: QPointF) -> str:
        self._ensure_paths()
        return next((code for code, path in self._paths.items() if path.contains(point)), "")

    # -- painting and mouse ---------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        self._ensure_paths()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        names = dict(self._regions)
        geo = self._boundaries is not None
        for code, path in self._paths.items():
            cell = self._cells.get(code)
            painter.setPen(QPen(QColor(palette.PAPER), 1.2))
            painter.setBrush(cell.color if cell else NO_DATA)
            painter.drawPath(path)
        if self._selected in self._paths:
            painter.setPen(QPen(QColor(palette.INK), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._paths[self._selected])
        font = QFont(self.font())
        for code, point in self._label_at.items():
            if code not in self._paths:
                continue
            cell = self._cells.get(code)
            name = region_label(names.get(code, code))
            figure = (cell.label if cell else self.tr("belum ada data")) or ""
            text = f"{name}\n{figure}" if figure else name
            font.setPointSizeF(self.font().pointSizeF() * (0.85 if geo else 0.95))
            font.setBold(code == self._selected)
            painter.setFont(font)
            box = QRectF(point.x() - 70, point.y() - 22, 140, 44)
            if not geo:
                box = box.intersected(self._paths[code].boundingRect())
            painter.setPen(_ink(cell.color if cell else NO_DATA))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            if code in self._marks:
                self._draw_mark(painter, point, self._marks[code])
        self._draw_points(painter)
        painter.end()

    def _draw_points(self, painter: QPainter) -> None:
        """Each incident a dot in its severity's colour; a cluster a larger dot with its
        count, in the colour of its most severe incident."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 0.7)
        painter.setFont(font)
        for centre, radius, cluster in self._drawn:
            fill = QColor(palette.SEVERITY.get(cluster.severity, palette.NO_DATA))
            painter.setPen(QPen(QColor(palette.INK), 1))
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)
            if cluster.count > 1:
                painter.setPen(_ink(fill))
                box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(cluster.count))

    def _draw_mark(self, painter: QPainter, point: QPointF, rank: int) -> None:
        """A warning triangle with "!" above the region's label."""
        size = max(10.0, self.fontMetrics().height() * 0.9)
        top = QPointF(point.x(), point.y() - 22 - size)
        triangle = QPainterPath(top)
        triangle.lineTo(top.x() + size * 0.6, top.y() + size)
        triangle.lineTo(top.x() - size * 0.6, top.y() + size)
        triangle.closeSubpath()
        painter.setPen(QPen(QColor(palette.PAPER), 1.5))
        painter.setBrush(POOR if rank == 0 else QColor(palette.WARN))
        painter.drawPath(triangle)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 0.75)
        painter.setFont(font)
        painter.setPen(QColor(palette.PAPER) if rank == 0 else QColor(palette.INK))
        painter.drawText(QRectF(top.x() - size / 2, top.y() + size * 0.2, size, size * 0.8),
                         Qt.AlignmentFlag.AlignCenter, "!")  # fmt: skip

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cluster = self.cluster_at(event.position())
        if cluster is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self._cluster_tip(cluster), self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            return
        code = self.code_at(event.position())
        cell = self._cells.get(code)
        if code:
            name = dict(self._regions).get(code, code)
            text = f"<b>{html.escape(name)}</b><br>{cell.tooltip if cell else ''}"
            if code in self._marks:
                rank = self.tr("Tinggi") if self._marks[code] == 0 else self.tr("Waspada")
                text += "<br>" + html.escape(tr_args(self.tr("Peringatan dini: %1"), rank))
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()

    def _cluster_tip(self, cluster: Cluster) -> str:
        by_id = {p.id: p for p in self._points}
        shown = [by_id[i] for i in cluster.ids[:5] if i in by_id]
        lines = [f"<b>{html.escape(p.number)}</b> {html.escape(p.kategori)}" for p in shown]
        if cluster.count > len(shown):
            lines.append(html.escape(tr_args(self.tr("dan %1 insiden lainnya"),
                                       formatting.number(cluster.count - len(shown)))))  # fmt: skip
        lines.append(html.escape(self.tr("Klik untuk membuka")))
        return "<br>".join(lines)

    def region_of(self, ids) -> str:
        """The smallest region holding every incident of ``ids`` (their codes' common
        dotted prefix)."""
        wanted = set(ids)
        return common_region(p.wilayah_code for p in self._points if p.id in wanted)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cluster = self.cluster_at(event.position())
        if cluster is not None:
            self.points_clicked.emit(cluster.ids)
        elif code := self.code_at(event.position()):
            self.region_clicked.emit(code)


def _ink(fill: QColor) -> QColor:
    """Black or white text, whichever reads better on the fill."""
    luminance = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return QColor(palette.INK) if luminance > 140 else QColor(palette.PAPER)


@dataclass(frozen=True)
class Indicator:
    key: str
    title: str
    #: Figures of one region → (colour, label, tooltip); None when it has no figure.
    classify: Callable[[object], Cell | None]
    legend: tuple[tuple[QColor, str], ...]
    #: Name of the snapshot's Sourced field this indicator depends on.
    source: str
