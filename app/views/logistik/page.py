"""Logistik page: the SQL-backed consignment table with the selected consignment's lines
and actions (Kirim, Catat penerimaan, Ubah, Batalkan/Kembalikan, Arsipkan); the readiness
matrix; and the at-risk list. Ctrl+N new consignment, Ctrl+F search.

Only the tab on screen reads its data: the matrix and the at-risk list load when first
shown and, after a change, when shown again, so opening the page costs one window of
the table."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.logistik import DIBATALKAN, DIKEMBALIKAN, DIKIRIM, DISIAPKAN
from app.services.core import formatting
from app.services.core.actor import LOGISTIK_CATAT
from app.services.core.changes import Changes
from app.services.core.errors import DomainError
from app.services.desk import wilayah
from app.services.logistik import (
    detail as logistik_detail,
)
from app.services.logistik import (
    query as logistik_query,
)
from app.services.logistik import (
    records as logistik,
)
from app.services.logistik.detail import LogistikChoices, PengirimanDetail
from app.services.logistik.query import LogistikFilter
from app.views.logistik.alerts import AlertsModel, alerts_view
from app.views.logistik.detail_panel import DetailPanel, clock_now
from app.views.logistik.errors import shown_by
from app.views.logistik.filters import LogistikFilterBar
from app.views.logistik.form import PengirimanDialog
from app.views.logistik.readiness_tab import ReadinessTab
from app.views.logistik.receipt import ReceiptDialog
from app.views.logistik.rules_dialog import RulesDialog
from app.views.logistik.table import ConsignmentModel, consignment_view
from app.views.logistik.transfer import Transfer
from app.views.shell import shortcuts
from app.views.shell.context import AppContext
from app.views.widgets import layout_memory

__all__ = ["LogistikPage", "clock_now"]

ALERTS_TAB = 2


class LogistikPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = ZoneInfo(ctx.desk.timezone)
        self._detail: PengirimanDetail | None = None
        self._choices: LogistikChoices | None = None
        self._regions: list = []
        self._alerts_stale = True
        self.dialog = None
        self.filters = LogistikFilterBar()
        self.filters.changed.connect(self._filter_changed)
        self.model = ConsignmentModel(ctx, self)
        self.model.loaded.connect(lambda _shown, _total: self._refresh_counts())
        self.model.failed.connect(lambda error: self.counts.setText(str(error)))
        self.table = consignment_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.panel = DetailPanel(self._tz)
        if not ctx.can(LOGISTIK_CATAT):
            self.panel.explain_refusal(ctx.actor.why_not(LOGISTIK_CATAT))
        self.lines, self.error = self.panel.lines, self.panel.error
        self.dispatch_button, self.receipt_button = (
            self.panel.dispatch_button,
            self.panel.receipt_button,
        )
        self.edit_button, self.archive_button = self.panel.edit_button, self.panel.archive_button
        self.close_button = self.panel.close_button
        self.dispatch_button.clicked.connect(self.dispatch)
        self.receipt_button.clicked.connect(self.open_receipt)
        self.edit_button.clicked.connect(self.edit)
        self.close_button.clicked.connect(self._close_consignment)
        self.archive_button.clicked.connect(self._archive)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("logistik_splitter")
        self.split.addWidget(self.table)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([760, 460])

        self.readiness = ReadinessTab(ctx)
        self.matrix, self.rules_text = self.readiness.matrix, self.readiness.rules_text
        self.alerts = AlertsModel(ctx, self)
        self.alerts_table = alerts_view(self.alerts)
        self.alerts_table.doubleClicked.connect(self._alert_opened)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.split, self.tr("Pengiriman"))
        self.tabs.addTab(self.readiness, self.tr("Kesiapan"))
        self.tabs.addTab(self.alerts_table, self.tr("Berisiko"))
        self.tabs.currentChanged.connect(lambda _i: self._reload_alerts())

        self.counts = QLabel()
        self.new_button = QPushButton(self.tr("Baru"))
        self.new_button.setToolTip(self.tr("Catat pengiriman baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_consignment)
        self.new_button.setEnabled(ctx.can(LOGISTIK_CATAT))
        self.transfer = Transfer(
            ctx, self, self.model.current_filter, self.counts.setText, self._failed
        )
        self.import_button, self.export_button = (
            self.transfer.import_button,
            self.transfer.export_button,
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        for button in (self.new_button, self.import_button, self.export_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._install_shortcuts()
        layout_memory.restore(ctx.settings, self._layout_parts())
        self._enable_actions()
        self.model.set_filters(LogistikFilter())
        ctx.submit(logistik_detail.form_choices, on_done=self._choices_loaded)
        ctx.submit(wilayah.picker_choices, on_done=self._regions_loaded)
        self._reload_alerts()

    # -- plumbing -----------------------------------------------------------------------
    def _install_shortcuts(self) -> None:
        for key, slot in (
            (shortcuts.NEW, self.new_consignment),
            (shortcuts.FIND, self.focus_search),
        ):
            action = QAction(self)
            action.setShortcut(shortcuts.key(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _layout_parts(self):
        return [
            ("logistik_splitter", self.split),
            ("logistik_table_header", self.table.horizontalHeader()),
        ]

    def save_layout(self) -> None:
        layout_memory.save(self._ctx.settings, self._layout_parts())

    def _choices_loaded(self, choices: LogistikChoices) -> None:
        self._choices = choices
        self.filters.set_choices(choices)
        self.readiness.set_choices(choices)

    def _regions_loaded(self, refs) -> None:
        self._regions = refs
        self.filters.region.set_choices(refs)

    def _filter_changed(self, flt: LogistikFilter) -> None:
        current = self.model.current_filter()  # keep the user's sort
        self.model.set_filters(replace(flt, sort=current.sort, descending=current.descending))
        if flt.pemilihan_id != current.pemilihan_id:
            self.matrix.set_contest(flt.pemilihan_id)

    def _refresh_counts(self) -> None:
        self._ctx.submit(
            logistik_query.counts, self.model.current_filter(), on_done=self._counts_loaded
        )

    def _counts_loaded(self, counts: logistik_query.StatusCounts) -> None:
        parts = [self.tr("%1 pengiriman").replace("%1", formatting.number(self.model.total))]
        parts += [
            f"{status}: {formatting.number(n)}" for status, n in counts.by_status.items() if n
        ]
        if counts.at_risk:
            parts.append(
                self.tr("berisiko/terlambat: %1").replace("%1", formatting.number(counts.at_risk))
            )
        self.counts.setText(" · ".join(parts))

    def _reload_alerts(self, stale: bool = False) -> None:
        """Reload the at-risk list now if its tab is on screen, else when it is shown."""
        self._alerts_stale = self._alerts_stale or stale
        if self._alerts_stale and self.tabs.currentIndex() == ALERTS_TAB:
            self._alerts_stale = False
            self.alerts.set_filters(None)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(logistik.LOGISTIK):
            self.model.reload()
            self.matrix.reload()
            self._reload_alerts(stale=True)
            self._ctx.submit(logistik_detail.form_choices, on_done=self._choices_loaded)
            if self._detail is not None:
                self.open_consignment(self._detail.id)

    def apply_navigation(self, *, wilayah_code: str = "", at_risk: bool = False, tab: str = "",
                         open_id: int | None = None, **_) -> None:  # fmt: skip
        """Arriving from another page (the dashboard): the consignments of a region, only
        those at risk, a tab ("kesiapan", "berisiko"), and/or one consignment to open."""
        if open_id is None or wilayah_code or at_risk:
            bar = self.filters
            flt = LogistikFilter(wilayah_code=wilayah_code, at_risk=at_risk)
            widgets = (bar.level, bar.jenis, bar.status, bar.pemilihan, bar.at_risk, bar.search)
            for widget in widgets:
                widget.blockSignals(True)
            for combo in (bar.level, bar.jenis, bar.status, bar.pemilihan):
                combo.setCurrentIndex(0)
            bar.at_risk.setChecked(at_risk)
            bar.search.clear()
            bar.region.set_region_code(wilayah_code)  # shown once the list is loaded
            for widget in widgets:
                widget.blockSignals(False)
            self._filter_changed(flt)
        self.tabs.setCurrentIndex({"kesiapan": 1, "berisiko": ALERTS_TAB}.get(tab, 0))
        if open_id is not None:
            self.open_consignment(open_id)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def show_error(self, message: str) -> None:
        self.panel.show_error(message)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.show_error(str(error))
        else:
            self._ctx.runner.failed.emit(error)

    # -- one consignment ----------------------------------------------------------------
    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.open_consignment(self.model.row_value(current.row()).id)

    def open_consignment(self, pengiriman_id: int) -> None:
        self._ctx.submit(
            logistik_detail.detail, pengiriman_id, on_done=self._show_detail, on_error=self._failed
        )

    def _show_detail(self, detail: PengirimanDetail) -> None:
        self._detail = detail
        self.panel.show_detail(detail)
        self._enable_actions()

    def _enable_actions(self) -> None:
        self.panel.enable_for(
            self._detail.status if self._detail else None, self._ctx.can(LOGISTIK_CATAT)
        )

    def dispatch(self) -> None:
        if self._detail is not None:
            self._ctx.submit(
                logistik.dispatch,
                self._detail.id,
                version=self._detail.version,
                on_error=self._failed,
            )

    def open_receipt(self) -> ReceiptDialog | None:
        if self._detail is None:
            return None
        detail = self._detail
        dialog = ReceiptDialog(detail, clock_now(self._ctx), self._tz, self)
        self.dialog = dialog
        dialog.submitted.connect(lambda: self._ctx.submit(
            logistik.record_receipt, detail.id, version=detail.version, **dialog.values(),
            on_done=lambda _s: dialog.accept(), on_error=shown_by(self._ctx, dialog.show_error)))  # fmt: skip
        dialog.open()
        return dialog

    def new_consignment(self) -> PengirimanDialog | None:
        return self._open_form(None)

    def edit(self) -> PengirimanDialog | None:
        return self._open_form(self._detail)

    def _open_form(self, detail: PengirimanDetail | None) -> PengirimanDialog | None:
        if self._choices is None or not self._ctx.can(LOGISTIK_CATAT):
            return None
        title = self.tr("Ubah %1").replace("%1", detail.number) if detail else ""
        dialog = PengirimanDialog(
            self._choices, self._regions, detail.form if detail else None, title, self
        )
        self.dialog = dialog
        failed = shown_by(self._ctx, dialog.show_error)

        def submit() -> None:
            if detail is None:
                self._ctx.submit(logistik.create, dialog.form(), on_error=failed,
                                 on_done=lambda saved: (dialog.accept(), self.open_consignment(saved.id)))  # fmt: skip
            else:
                self._ctx.submit(logistik.update, detail.id, version=detail.version, form=dialog.form(),
                                 on_done=lambda _s: dialog.accept(), on_error=failed)  # fmt: skip

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def _close_consignment(self) -> None:
        if self._detail is None:
            return
        detail = self._detail
        status = DIBATALKAN if detail.status in (DISIAPKAN, DIKIRIM) else DIKEMBALIKAN
        if detail.status == DIKIRIM:
            status, ok = QInputDialog.getItem(self, self.tr("Tutup pengiriman"), self.tr("Status baru"),
                                              [DIBATALKAN, DIKEMBALIKAN], 0, False)  # fmt: skip
            if not ok:
                return
        note, ok = QInputDialog.getText(
            self, status, self.tr("Alasan %1:").replace("%1", status.lower())
        )
        if ok:
            self._ctx.submit(logistik.close, detail.id, version=detail.version, status=status, note=note,
                             on_error=self._failed)  # fmt: skip

    def _archive(self) -> None:
        if self._detail is not None:
            self._ctx.submit(
                logistik.archive,
                self._detail.id,
                version=self._detail.version,
                on_error=self._failed,
            )
            self._detail = None

    def _alert_opened(self, index) -> None:
        if index.isValid():
            self.tabs.setCurrentIndex(0)
            self.open_consignment(self.alerts.row_at(index.row()).pengiriman_id)

    # -- delegated to the tabs and the import/export buttons ----------------------------
    def open_rules(self) -> RulesDialog | None:
        self.dialog = self.readiness.open_rules()
        return self.dialog

    def open_import(self, jenis: str, path: Path):
        self.dialog = self.transfer.open_import(jenis, path)
        return self.dialog

    def export_to(self, path: Path) -> None:
        self.transfer.export_to(path)
