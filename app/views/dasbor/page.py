"""Dasbor page: readiness at a glance. Filters (contest, period, kab/kota) on top, KPI
tiles, then the map and the alerts on the left and four charts on the right.

Everything is one ``dasbor.snapshot`` computed on the worker thread. The page refreshes
when the app's change signal says data changed (at once when visible, otherwise on the
next visit) and on demand (F5) — never on a timer. Figures are kept between refreshes
(``dasbor.memo``): a change re-reads only the areas it names; F5 reads everything. Tiles, alerts and map regions ask the
main window to open another page through ``navigate_requested``.

The charts come a moment after the figures (``chart_grid``): the first page shows its
tiles, map and alerts without waiting for the chart library (issue 20).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.core import formatting, palette
from app.services.core.changes import Changes
from app.services.dasbor import memo
from app.services.dasbor import summary as dasbor
from app.services.dasbor.sources import FAILED
from app.services.dasbor.summary import Alert, DasborSnapshot
from app.views.dasbor.alerts import AlertsPanel
from app.views.dasbor.as_of import AsOfBanner, AsOfPicker
from app.views.dasbor.chart_grid import ChartGrid
from app.views.dasbor.kesiapan import KesiapanDialog
from app.views.dasbor.map_panel import MapPanel
from app.views.dasbor.tiles import Tile, TileRow, TileSpec, tiles
from app.views.shell import icons, shortcuts
from app.views.shell.context import AppContext
from app.views.widgets import layout_memory
from app.views.widgets.colors import text_style
from app.views.widgets.flow_layout import FlowBar, group
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.texts import tr_args

#: The default period: the last 30 days up to today.
DEFAULT_DAYS = 30

log = logging.getLogger(__name__)


class _FillLayout(QVBoxLayout):
    """The page's column, filling the scroll area's height: its wrapped labels do not make
    the scroll area ask for their preferred height (a scroll bar at 100 %), only the
    parts' minimums decide when the page scrolls."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False


class DasborPage(QWidget):
    navigate_requested = Signal(str, dict)
    refreshed = Signal(object)  # DasborSnapshot
    #: The four charts are built and show the figures on screen.
    charts_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.snapshot: DasborSnapshot | None = None
        #: Reconciliation failures, loaded after the snapshot (the checks scan registers).
        self.checks: dasbor.CheckAlerts | None = None
        self._loading = False
        self._again = False
        self._stale = False
        #: The reconciliation checks scan whole registers: they run on the first load, on
        #: F5, after a change that can move them, and for another contest — not when the
        #: period or the kab/kota filter changes (they do not depend on those).
        self._checks_due = True
        #: Figures kept between refreshes: a change re-reads only the areas it names.
        self._figures = memo.FigureCache()
        self._checked_contest: object = None
        #: The early warning (SPEC 15), loaded after the snapshot for the same kab/kota and
        #: instant; read again after any recorded change and on F5.
        self.warnings: dasbor.WarningAlerts | None = None
        self._warnings_due = True
        self._warnings_asked: tuple | None = None
        #: The key whose early warning could not be read (said in the list, not as a
        #: failed dashboard: the figures are fine).
        self._warnings_failed_for: tuple | None = None
        self.dialog: KesiapanDialog | None = None
        today = ctx.desk.today()

        self.contest = QComboBox()
        self.contest.setAccessibleName(self.tr("Pemilihan"))
        self.contest.setMinimumContentsLength(26)
        self.contest.addItem(self.tr("Semua pemilihan"), None)
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Kab/kota"))
        self.region.addItem(self.tr("Seluruh provinsi"), "")
        self.region.setMinimumContentsLength(22)  # "Kota Tangerang Selatan"
        for combo in (self.contest, self.region):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.date_from = OptionalDateEdit(self.tr("dari"))
        self.date_to = OptionalDateEdit(self.tr("sampai"))
        self.date_from.set_value(today - timedelta(days=DEFAULT_DAYS - 1), today)
        self.date_to.set_value(today, today)
        refresh = QPushButton(icons.action("refresh"), self.tr("Muat ulang"))
        refresh.setShortcut(shortcuts.key(shortcuts.REFRESH))
        refresh.setToolTip(self.tr("Hitung ulang semua angka dasbor (F5)"))
        refresh.clicked.connect(self.refresh)
        #: "Data per tanggal" (SPEC 14): an earlier day as it stood at its end.
        self.as_of = AsOfPicker(ctx.desk.clock)
        self.as_of.changed.connect(self._as_of_changed)
        self._shown_day = today
        self.as_of_banner = AsOfBanner()
        self.status = QLabel()
        self.status.setStyleSheet(text_style(palette.MUTED_TEXT))
        # One line at 100 %; the groups wrap onto a second line on a narrower screen.
        top = FlowBar()
        for widgets in ((QLabel(self.tr("Pemilihan:")), self.contest),
                        (QLabel(self.tr("Periode")), self.date_from, self.date_to),
                        (QLabel(self.tr("Wilayah:")), self.region), (self.as_of,), (refresh,)):  # fmt: skip
            top.add(group(*widgets))
        for combo in (self.contest, self.region):
            combo.currentIndexChanged.connect(self._recompute)
        for edit in (self.date_from, self.date_to):
            edit.changed.connect(self._recompute)

        self.tiles: dict[str, Tile] = {}
        for key in ("hitung_mundur", "insiden", "terlambat", "logistik", "tahapan", "sosialisasi",
                    "partisipasi", "kesiapan"):  # fmt: skip
            tile = Tile()
            tile.activated.connect(self.open_tile)
            self.tiles[key] = tile
        self.tile_row = TileRow(list(self.tiles.values()))

        self.map_panel = MapPanel(ctx)
        self.map_panel.region_clicked.connect(self.toggle_region)
        self.map_panel.points_clicked.connect(self.open_points)
        self.map_panel.boundaries_changed.connect(self._boundaries_changed)
        self.alerts = AlertsPanel(ZoneInfo(ctx.desk.timezone))
        self.alerts.open_requested.connect(self.open_alert)
        # The charts (pyqtgraph) come a moment after the figures (``chart_grid``).
        self.charts = ChartGrid()
        self.charts.region_clicked.connect(self.toggle_region)
        self.charts.charts_shown.connect(self.charts_shown)
        charts = self.charts
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("dasbor_left_splitter")
        self.left.addWidget(self.map_panel)
        self.left.addWidget(self.alerts)
        self.left.setSizes([290, 270])
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("dasbor_splitter")
        self.split.addWidget(self.left)
        self.split.addWidget(charts)
        self.split.setStretchFactor(1, 1)
        # The alert texts need the width more than the charts' bars do (1366×768).
        self.split.setSizes([480, 680])

        # Everything fits at 100 % on 1366×768; on a smaller or scaled screen (125 %, 150 %)
        # the page scrolls rather than squeezing charts until their labels overlap.
        content = QWidget()
        layout = _FillLayout(content)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(top)
        layout.addWidget(self.as_of_banner)
        layout.addWidget(self.tile_row)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout_memory.restore(ctx.settings, self._layout_parts())
        self.refresh()
        # Queued after the first figures: the worker loads the chart library while the
        # page shows them.
        self.charts.load(ctx.runner)

    @property
    def charts_ready(self) -> bool:
        """The four charts are built (``self.charts``: per_day, readiness, …)."""
        return self.charts.ready

    # -- layout memory ------------------------------------------------------------------
    def _layout_parts(self):
        return [(self.left.objectName(), self.left), (self.split.objectName(), self.split)]

    def save_layout(self) -> None:
        layout_memory.save(self._ctx.settings, self._layout_parts())

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute everything, the reconciliation checks included (F5)."""
        self._checks_due = self._warnings_due = True
        self._figures.clear()
        self._recompute()

    def _recompute(self) -> None:
        """Recompute off the GUI thread; a request while one runs queues one more."""
        if self._loading:
            self._again = True
            return
        self._loading, self._stale = True, False
        self.status.setText(self.tr("Menghitung…"))
        self._ctx.submit(dasbor.kept_snapshot, self._figures, pemilihan_id=self.contest.currentData(),
                         start=self.date_from.value(),
                         end=self.date_to.value(), root_code=self.region.currentData() or "",
                         as_of=self.as_of.as_of(), on_done=self._loaded, on_error=self._failed)  # fmt: skip

    def _as_of_changed(self, day) -> None:
        """Another "Data per" day: a period that ended on the day shown moves with it (the
        last 30 days up to that day); no period reaches past it."""
        before, self._shown_day = self._shown_day, day
        start, end = self.date_from.value(), self.date_to.value()
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
        if end == before:
            shift = day - before
            self.date_to.set_value(day, day)
            if start is not None:
                self.date_from.set_value(start + shift, day)
        elif end is not None and end > day:
            self.date_to.set_value(day, day)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(False)
        self.as_of_banner.show_day(self.as_of)
        self._recompute()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(tr_args(self.tr("Dasbor gagal dihitung: %1"), error))
        self._ctx.runner.failed.emit(error)

    def on_changes(self, changes: Changes) -> None:
        """Any recorded change can move a figure: reload now if on screen, else later;
        only the figures of the areas it names are read again."""
        if changes.areas:
            self._figures.invalidate(changes.areas)
            self._warnings_due = True
            if dasbor.checks_affected(changes.areas):
                self._checks_due = True
            if self.isVisible():
                self._recompute()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._recompute()

    def _loaded(self, snapshot: DasborSnapshot) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self._recompute()
        self.snapshot = snapshot
        self._fill_filters(snapshot)
        for spec in tiles(snapshot):
            self.tiles[spec.key].show_spec(spec)
        self.tile_row.fit()
        self.map_panel.set_snapshot(snapshot)
        # Marks and points only while they are the early warning of these figures.
        self.map_panel.set_warnings(self._shown_warnings(),
                                    points=self._held_key() == self._warning_key(snapshot))  # fmt: skip
        self.charts.show_snapshot(snapshot)
        self._show_alerts()
        contest = snapshot.query.pemilihan_id
        # The reconciliation checks read the registers as they are now: not for an earlier day.
        if snapshot.query.as_of is None and (self._checks_due or contest != self._checked_contest):
            self._checks_due, self._checked_contest = False, contest
            self._ctx.submit(dasbor.check_alerts, pemilihan_id=contest,
                             on_done=self._checks_loaded, on_error=self._checks_failed)  # fmt: skip
        self._ask_warnings(snapshot)
        self.status.setText(tr_args(self.tr("%1 · dihitung dari layanan agregasi yang sama dengan laporan PDF"), self._as_of_text(snapshot)))  # fmt: skip
        self.refreshed.emit(snapshot)

    def _as_of_text(self, snapshot: DasborSnapshot) -> str:
        if snapshot.query.as_of is not None:
            return self.as_of.describe()
        tz = ZoneInfo(self._ctx.desk.timezone)
        return tr_args(
            self.tr("Angka terkini, %1"), formatting.date_time(self._ctx.desk.clock.now(), tz)
        )

    def _checks_loaded(self, checks: dasbor.CheckAlerts) -> None:
        self.checks = checks
        self._show_alerts()

    def _checks_failed(self, error: BaseException) -> None:
        """The checks could not run: the list says so; the figures on screen stand."""
        log.error("rekonsiliasi dasbor gagal", exc_info=error)
        self.checks = dasbor.CheckAlerts((), 0, FAILED)
        self._show_alerts()

    def _warning_key(self, snapshot: DasborSnapshot) -> tuple:
        """What the early warning is read for: the kab/kota, the instant and — when the map
        draws official boundaries — the period of the incidents drawn on it as points."""
        q = snapshot.query
        period = (q.start, q.end) if self.map_panel.map.uses_boundaries else None
        return q.root_code, q.as_of, period

    def _boundaries_changed(self) -> None:
        if self.snapshot is not None:
            self._ask_warnings(self.snapshot)

    def _ask_warnings(self, snapshot: DasborSnapshot) -> None:
        """The early warning for the snapshot's kab/kota and instant, unless it is held or
        on its way; one asked while another runs is asked once that one is back."""
        key = self._warning_key(snapshot)
        held = self.warnings is not None and self._held_key() == key
        if self._warnings_asked is not None or (held and not self._warnings_due):
            return
        self._warnings_due, self._warnings_asked = False, key
        self._ctx.submit(dasbor.warning_alerts, root_code=key[0], as_of=key[1], period=key[2],
                         on_done=self._warnings_loaded, on_error=self._warnings_failed)  # fmt: skip

    def _held_key(self) -> tuple | None:
        w = self.warnings
        return None if w is None else (w.root_code, w.as_of, w.period)

    def _warnings_loaded(self, warnings: dasbor.WarningAlerts) -> None:
        self._warnings_asked = None
        self._warnings_failed_for = None
        self.warnings = warnings
        current = self.snapshot is not None and self._held_key() == self._warning_key(self.snapshot)
        self.map_panel.set_warnings(self._shown_warnings(), points=current)
        self._show_alerts()
        if self.snapshot is not None:
            self._ask_warnings(self.snapshot)  # the filters moved meanwhile, or a change came

    def _warnings_failed(self, error: BaseException) -> None:
        """The early warning could not be read: the list says so and the map drops its
        marks; the figures on screen stand. F5 or the next change asks again."""
        log.error("peringatan dini dasbor gagal", exc_info=error)
        self._warnings_failed_for, self._warnings_asked = self._warnings_asked, None
        self.warnings = None
        self._warnings_due = True
        self.map_panel.set_warnings(None)
        self._show_alerts()
        failed = (self._warnings_failed_for or ())[:2]
        if self.snapshot is not None and failed != self._warning_key(self.snapshot)[:2]:
            self._ask_warnings(self.snapshot)  # the filters moved meanwhile: ask for those

    def _shown_warnings(self) -> dasbor.WarningAlerts | None:
        """The early warning held for the snapshot on screen; None while it is read."""
        w, s = self.warnings, self.snapshot
        if w is None or s is None or self._held_key()[:2] != self._warning_key(s)[:2]:
            return None
        return w

    def _show_alerts(self) -> None:
        s, checks = self.snapshot, self.checks
        if s is None:
            return
        alerts, totals, states = list(s.alerts), dict(s.alert_totals), dict(s.alert_states)
        scopes: dict[str, str] = {}
        warnings = self._shown_warnings()
        if warnings is not None:  # first of their rank: what nobody has reported up yet
            alerts = [*warnings.alerts, *alerts]
            totals["peringatan"], states["peringatan"] = warnings.total, warnings.state
        elif self._warnings_failed_for is not None and self._warnings_failed_for[:2] == self._warning_key(s)[:2]:
            states["peringatan"] = FAILED
        if s.query.as_of is not None:
            instead = {"rekonsiliasi": self.tr("hanya untuk angka terkini")}
            self.alerts.set_alerts(
                sorted(alerts, key=lambda a: a.rank), totals, states, scopes, instead
            )
            return
        if checks is not None:
            shown = dasbor.in_region(checks, s.query.root_code)
            alerts += shown.alerts
            totals["rekonsiliasi"], states["rekonsiliasi"] = shown.total, shown.state
            if s.query.root_code and any(not a.region_code for a in shown.alerts):
                # A check that names no region cannot be narrowed to the kab/kota: say so.
                scopes["rekonsiliasi"] = self.tr("seluruh provinsi")
        alerts.sort(key=lambda a: a.rank)  # stable: keeps each kind's own order
        self.alerts.set_alerts(alerts, totals, states, scopes)

    def _fill_filters(self, s: DasborSnapshot) -> None:
        for combo, items in ((self.contest, [(c.name, c.id) for c in s.contests]),
                             (self.region, [(r.name, r.code) for r in s.regions])):  # fmt: skip
            if combo.count() - 1 == len(items):
                continue
            combo.blockSignals(True)
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # -- acting on what the user clicks ---------------------------------------------------
    def toggle_region(self, code: str) -> None:
        """A region clicked on the map or a chart filters the dashboard; again clears it."""
        target = "" if self.region.currentData() == code else code
        self.region.setCurrentIndex(max(0, self.region.findData(target)))

    def open_tile(self, spec: TileSpec) -> None:
        if spec.area == "kesiapan":
            self.show_kesiapan()
        elif spec.area:
            self.navigate_requested.emit(spec.area, dict(spec.filters))

    def open_points(self, ids: tuple) -> None:
        """A point on the map opens its incident; a cluster, the register filtered to the
        smallest region holding them all over the dashboard's period."""
        if len(ids) == 1:
            self.navigate_requested.emit("insiden", {"open_id": ids[0]})
            return
        q = self.snapshot.query if self.snapshot is not None else None
        self.navigate_requested.emit("insiden", {
            "wilayah_code": self.map_panel.map.region_of(ids),
            "date_from": q.start if q else None, "date_to": q.end if q else None,
            "as_of": q.as_of if q else None,
        })  # fmt: skip

    def open_alert(self, alert: Alert) -> None:
        self.navigate_requested.emit(alert.area, dict(alert.target))

    def show_kesiapan(self) -> None:
        if self.snapshot is not None:
            self.dialog = KesiapanDialog(self.snapshot, self)
            self.dialog.open()
