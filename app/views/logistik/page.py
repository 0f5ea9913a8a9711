"""Logistik page: the SQL-backed consignment table with the selected consignment's lines
and actions (Kirim, Catat penerimaan, Ubah, Batalkan/Kembalikan, Arsipkan); the readiness
matrix; and the at-risk list. Ctrl+N new consignment, Ctrl+F search.

Only the tab on screen reads its data: the matrix and the at-risk list load when first
shown and, after a change, when shown again, so opening the page costs one window of
the table."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.logistik import DIBATALKAN, DIKEMBALIKAN, DIKIRIM, DISIAPKAN
from app.services.core import formatting
from app.services.core.actor import LOGISTIK_CATAT
from app.services.core.changes import Changes
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
from app.views.logistik.filters import LogistikFilterBar
from app.views.logistik.form import PengirimanDialog
from app.views.logistik.readiness_tab import ReadinessTab
from app.views.logistik.receipt import ReceiptDialog
from app.views.logistik.rules_dialog import RulesDialog
from app.views.logistik.table import DEFAULT_SORT, ConsignmentModel
from app.views.logistik.transfer import Transfer
from app.views.shell import shortcuts
from app.views.shell.context import AppContext
from app.views.widgets.edit_guard import EditGuard
from app.views.widgets.register_page import RegisterPage
from app.views.widgets.texts import tr_args

__all__ = ["LogistikPage", "clock_now"]

ALERTS_TAB = 2


class LogistikPage(RegisterPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "logistik", parent)
        self._detail: PengirimanDetail | None = None
        self._choices: LogistikChoices | None = None
        self._regions: list = []
        self._alerts_stale = True
        self.dialog = None
        self.set_register(LogistikFilterBar(), ConsignmentModel(ctx, self), sort=DEFAULT_SORT,
                          descending=False)  # fmt: skip

        self.table.set_empty_text(
            self.tr("Belum ada pengiriman logistik yang dicatat. Catat dengan Baru (Ctrl+N) "
                    "atau impor dari berkas KPU."),
            self.tr("Tidak ada pengiriman yang cocok dengan saringan ini."),
        )  # fmt: skip
        self.panel = DetailPanel(self._tz, self.error)
        if not ctx.can(LOGISTIK_CATAT):
            self.panel.explain_refusal(ctx.actor.why_not(LOGISTIK_CATAT))
        self.lines = self.panel.lines
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
        self.set_detail(self.panel, (760, 460))

        self.readiness = ReadinessTab(ctx)
        self.matrix, self.rules_text = self.readiness.matrix, self.readiness.rules_text
        self.alerts = AlertsModel(ctx, self)
        self.alerts_table = alerts_view(self.alerts)
        self.alerts_table.doubleClicked.connect(self._alert_opened)
        self.tabs = self.tabs_of([
            (self.split, self.tr("Pengiriman")),
            (self.readiness, self.tr("Kesiapan")),
            (self.alerts_table, self.tr("Berisiko")),
        ])  # fmt: skip
        self.tabs.currentChanged.connect(lambda _i: self._reload_alerts())

        self.new_button = QPushButton(self.tr("&Baru"))
        self.new_button.setToolTip(self.tr("Catat pengiriman baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_consignment)
        self.new_button.setEnabled(ctx.can(LOGISTIK_CATAT))
        self.transfer = Transfer(self._ctx, self, self.current_filter, self.counts.setText)
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
        self.install_shortcuts(
            ((shortcuts.NEW, self.new_consignment), (shortcuts.FIND, self.focus_search))
        )
        self.restore_layout()
        self._enable_actions()
        self.model.set_filters(LogistikFilter())
        self.load_lists(logistik_detail.form_choices)
        self._reload_alerts()

    def choices_loaded(self, choices: LogistikChoices) -> None:
        super().choices_loaded(choices)
        self.readiness.set_choices(choices)

    def regions_loaded(self, refs) -> None:
        super().regions_loaded(refs)
        self._regions = refs  # for the consignment form

    def _filter_changed(self, flt: LogistikFilter) -> None:
        contest = self.current_filter().pemilihan_id
        super()._filter_changed(flt)
        if flt.pemilihan_id != contest:
            self.matrix.set_contest(flt.pemilihan_id)
        self._reload_alerts(stale=True)  # the at-risk list follows the filter too

    def refresh_counts(self) -> None:
        self._ctx.submit(logistik_query.counts, self.current_filter(), on_done=self._counts_loaded)

    def _counts_loaded(self, counts: logistik_query.StatusCounts) -> None:
        total, at_risk = self.model.total, counts.at_risk
        self.show_counts(tr_args(self.tr("%1 pengiriman", "", total), formatting.number(total)), counts.by_status,
                         tr_args(self.tr("berisiko/terlambat: %1"), formatting.number(at_risk)) if at_risk else "")  # fmt: skip

    def _reload_alerts(self, stale: bool = False) -> None:
        """Reload the at-risk list now if its tab is on screen, else when it is shown."""
        self._alerts_stale = self._alerts_stale or stale
        if self._alerts_stale and self.tabs.currentIndex() == ALERTS_TAB:
            self._alerts_stale = False
            self.alerts.set_filters(self.current_filter())

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(logistik.LOGISTIK):
            self.model.reload()
            self.matrix.reload()
            self._reload_alerts(stale=True)
            self._ctx.submit(logistik_detail.form_choices, on_done=self.choices_loaded)
            if self._detail is not None:
                self.open_consignment(self._detail.id)

    def apply_navigation(self, *, wilayah_code: str = "", at_risk: bool = False, tab: str = "",
                         open_id: int | None = None, **_) -> None:  # fmt: skip
        """Arriving from another page (the dashboard): the consignments of a region, only
        those at risk, a tab ("kesiapan", "berisiko"), and/or one consignment to open."""
        if open_id is None or wilayah_code or at_risk:
            with self.filters.quietly():
                self.filters.reset()
                self.filters.at_risk.setChecked(at_risk)
                self.filters.region.set_region_code(wilayah_code)  # shown once the list is loaded
            self._filter_changed(LogistikFilter(wilayah_code=wilayah_code, at_risk=at_risk))
        self.tabs.setCurrentIndex({"kesiapan": 1, "berisiko": ALERTS_TAB}.get(tab, 0))
        if open_id is not None:
            self.open_consignment(open_id, reveal=True)

    # -- one consignment ----------------------------------------------------------------
    def open_record(self, record_id: int) -> None:
        self.open_consignment(record_id)

    def open_consignment(self, pengiriman_id: int, *, reveal: bool = False) -> None:
        self._ctx.submit(logistik_detail.detail, pengiriman_id,
                         on_done=lambda detail: self._show_detail(detail, reveal))  # fmt: skip

    def _show_detail(self, detail: PengirimanDetail, reveal: bool = False) -> None:
        self._detail = detail
        self.mark_shown(detail.id, reveal=detail.number if reveal else "")
        self._dialog_saw(detail)
        self.panel.show_detail(detail)
        self._enable_actions()

    def _guard_dialog(self, dialog, detail: PengirimanDetail | None) -> None:
        """The dialog edits ``detail`` as it was opened (its save sends that version): when
        the consignment is re-read meanwhile and has moved on — another PC saved it — the
        dialog says who changed what, before the user saves."""
        self._dialog_guard = EditGuard(self._ctx, "pengiriman", dialog.show_error, dialog)
        self._dialog_guard.begin(detail.id if detail else None, detail.version if detail else None)

    def _dialog_saw(self, detail: PengirimanDetail) -> None:
        guard, dialog = getattr(self, "_dialog_guard", None), self.dialog
        if guard is not None and shiboken6.isValid(guard) and dialog is not None and dialog.isVisible():
            guard.seen(detail.id, detail.version, unsaved=True)

    def _enable_actions(self) -> None:
        self.panel.enable_for(
            self._detail.status if self._detail else None, self._ctx.can(LOGISTIK_CATAT)
        )

    def dispatch(self) -> None:
        if self._detail is not None:
            self._ctx.submit(logistik.dispatch, self._detail.id, version=self._detail.version)

    def open_receipt(self) -> ReceiptDialog | None:
        if self._detail is None:
            return None
        detail = self._detail
        dialog = ReceiptDialog(detail, clock_now(self._ctx), self._tz, self)
        self.dialog = dialog
        self._guard_dialog(dialog, detail)
        gateway = self._ctx.reporting_to(dialog)
        dialog.submitted.connect(lambda: gateway.submit(
            logistik.record_receipt, detail.id, version=detail.version, **dialog.values(),
            on_done=lambda _s: dialog.accept()))  # fmt: skip
        dialog.open()
        return dialog

    def new_consignment(self) -> PengirimanDialog | None:
        return self._open_form(None)

    def edit(self) -> PengirimanDialog | None:
        return self._open_form(self._detail)

    def _open_form(self, detail: PengirimanDetail | None) -> PengirimanDialog | None:
        if self._choices is None or not self._ctx.can(LOGISTIK_CATAT):
            return None
        title = tr_args(self.tr("Ubah %1"), detail.number) if detail else ""
        dialog = PengirimanDialog(
            self._choices, self._regions, detail.form if detail else None, title, self
        )
        self.dialog = dialog
        self._guard_dialog(dialog, detail)
        gateway = self._ctx.reporting_to(dialog)

        def submit() -> None:
            if detail is None:
                gateway.submit(logistik.create, dialog.form(),
                               on_done=lambda saved: (dialog.accept(), self.open_consignment(saved.id)))  # fmt: skip
            else:
                gateway.submit(logistik.update, detail.id, version=detail.version, form=dialog.form(),
                               on_done=lambda _s: dialog.accept())  # fmt: skip

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def _close_consignment(self) -> None:
        if self._detail is None:
            return
        detail = self._detail
        status = DIBATALKAN if detail.status in (DISIAPKAN, DIKIRIM) else DIKEMBALIKAN
        if detail.status == DIKIRIM:
            status = self._ask(self.tr("Tutup pengiriman"), self.tr("&Status baru"), items=[DIBATALKAN, DIKEMBALIKAN])
            if status is None:
                return
        note = self._ask(status, tr_args(self.tr("&Alasan %1:"), status.lower()))
        if note is not None:
            self._ctx.submit(
                logistik.close, detail.id, version=detail.version, status=status, note=note
            )

    def _ask(self, title: str, label: str, items: list[str] | None = None) -> str | None:
        """One choice or one line of text, with &OK and &Batal; None when cancelled."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        if items:
            dialog.setComboBoxItems(items)
            dialog.setComboBoxEditable(False)
        dialog.setOkButtonText(self.tr("&OK"))
        dialog.setCancelButtonText(self.tr("&Batal"))
        self.dialog = dialog
        if not dialog.exec():
            return None
        return dialog.textValue()

    def _archive(self) -> None:
        if self._detail is not None:
            self._ctx.submit(logistik.archive, self._detail.id, version=self._detail.version)
            self._detail = None
            self.mark_shown(None)

    def _alert_opened(self, index) -> None:
        if index.isValid():
            self.tabs.setCurrentIndex(0)
            self.open_consignment(self.alerts.row_at(index.row()).pengiriman_id, reveal=True)

    # -- delegated to the tabs and the import/export buttons ----------------------------
    def open_rules(self) -> RulesDialog | None:
        self.dialog = self.readiness.open_rules()
        return self.dialog

    def open_import(self, jenis: str, path: Path):
        self.dialog = self.transfer.open_import(jenis, path)
        return self.dialog

    def export_to(self, path: Path) -> None:
        self.transfer.export_to(path)
