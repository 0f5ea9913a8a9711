"""Logistik page: the SQL-backed consignment table with the selected consignment's lines
and actions (Kirim, Catat penerimaan, Ubah, Batalkan/Kembalikan, Arsipkan); the readiness
matrix; and the at-risk list. Ctrl+N new consignment, Ctrl+F search."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.logistik import (
    DIBATALKAN,
    DIKEMBALIKAN,
    DIKIRIM,
    DISIAPKAN,
    DITERIMA,
    DITERIMA_SEBAGIAN,
)
from app.services import (
    formatting,
    logistik,
    logistik_detail,
    logistik_kebutuhan,
    logistik_query,
    logistik_readiness,
    logistik_rules,
    wilayah,
)
from app.services.actor import EKSPOR, IMPOR, LOGISTIK_CATAT, PENGATURAN_UBAH
from app.services.changes import Changes
from app.services.errors import DomainError
from app.services.logistik_detail import LogistikChoices, PengirimanDetail
from app.services.logistik_query import LogistikFilter, PengirimanRow
from app.views import layout_memory, shortcuts
from app.views.context import AppContext
from app.views.lazy_table import LazyColumn, LazyTableModel
from app.views.logistik_alerts import AlertsModel
from app.views.logistik_filters import LogistikFilterBar
from app.views.logistik_form import PengirimanDialog
from app.views.logistik_lines import LinesModel, qty
from app.views.logistik_matrix import ReadinessMatrix
from app.views.logistik_receipt import ReceiptDialog
from app.views.logistik_rules_dialog import RulesDialog
from app.views.tables import record_table

RISK_COLORS = {"Terlambat": QColor(214, 69, 69, 90), "Berisiko": QColor(242, 153, 74, 90),
               "Tiba terlambat": QColor(242, 201, 76, 60)}  # fmt: skip
STATUS_COLORS = {DITERIMA: QColor(39, 174, 96, 50), DITERIMA_SEBAGIAN: QColor(242, 153, 74, 60)}


class LogistikPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = ZoneInfo(ctx.desk.timezone)
        self._detail: PengirimanDetail | None = None
        self._choices: LogistikChoices | None = None
        self._regions: list = []
        self.dialog = None
        self.filters = LogistikFilterBar()
        self.filters.changed.connect(self._filter_changed)
        self.model = LazyTableModel(ctx, logistik_query.query, [
            LazyColumn(self.tr("Nomor"), lambda r: r.number, sort_key="number"),
            LazyColumn(self.tr("Status"), lambda r: r.status, sort_key="status", background=lambda r: STATUS_COLORS.get(r.status)),
            LazyColumn(self.tr("Risiko"), lambda r: r.risk, background=lambda r: RISK_COLORS.get(r.risk)),
            LazyColumn(self.tr("Tujuan"), self._destination, lambda r: r.destination_code, sort_key="destination"),
            LazyColumn(self.tr("Tingkat"), lambda r: r.destination_level, sort_key="level"),
            LazyColumn(self.tr("Batas tiba"), lambda r: formatting.short_date(r.must_arrive_by), sort_key="must_arrive_by"),
            LazyColumn(self.tr("Perkiraan"), lambda r: formatting.short_date(r.expected_arrival), sort_key="expected_arrival"),
            LazyColumn(self.tr("Tiba"), lambda r: formatting.short_date(r.actual_arrival_day), sort_key="actual_arrival"),
            LazyColumn(self.tr("Baris"), lambda r: str(r.line_count)),
            LazyColumn(self.tr("Dikirim"), lambda r: qty(r.qty_sent)),
            LazyColumn(self.tr("Baik"), lambda r: qty(r.qty_good)),
            LazyColumn(self.tr("Kurang"), lambda r: qty(r.shortfall)),
        ], self)  # fmt: skip
        self.model.loaded.connect(lambda _shown, _total: self._refresh_counts())
        self.model.failed.connect(lambda error: self.counts.setText(str(error)))
        self.table = record_table("logistik_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((128, 112, 88, 150, 82, 84, 84, 84, 42, 80, 80)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.title = QLabel(self.tr("Pilih pengiriman di tabel."))
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.lines = LinesModel(self)
        self.lines_table = QTableView()
        self.lines_table.setModel(self.lines)
        self.lines_table.verticalHeader().hide()
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.dispatch_button = QPushButton(self.tr("Kirim"))
        self.receipt_button = QPushButton(self.tr("Catat penerimaan…"))
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.close_button = QPushButton(self.tr("Batalkan/Kembalikan…"))
        self.archive_button = QPushButton(self.tr("Arsipkan"))
        self.dispatch_button.clicked.connect(self.dispatch)
        self.receipt_button.clicked.connect(self.open_receipt)
        self.edit_button.clicked.connect(self.edit)
        self.close_button.clicked.connect(self._close_consignment)
        self.archive_button.clicked.connect(self._archive)
        self._actions = (
            self.dispatch_button,
            self.receipt_button,
            self.edit_button,
            self.close_button,
            self.archive_button,
        )
        actions = QHBoxLayout()
        for button in self._actions:
            actions.addWidget(button)
            if not ctx.can(LOGISTIK_CATAT):
                button.setToolTip(ctx.actor.why_not(LOGISTIK_CATAT))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.info)
        detail_layout.addWidget(self.lines_table, 1)
        detail_layout.addWidget(self.error)
        detail_layout.addLayout(actions)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("logistik_splitter")
        self.split.addWidget(self.table)
        self.split.addWidget(detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([760, 460])

        self.matrix = ReadinessMatrix(ctx)
        self.rules_text = QLabel()
        self.rules_text.setWordWrap(True)
        self.rules_button = QPushButton(self.tr("Aturan…"))
        self.rules_button.clicked.connect(self.open_rules)
        self.compute_button = QPushButton(self.tr("Hitung kebutuhan dari DPT"))
        self.compute_button.setToolTip(
            self.tr("Kebutuhan isian/impor dipertahankan; hanya hasil aturan yang diganti")
        )
        self.compute_button.clicked.connect(self._compute)
        self.compute_button.setEnabled(ctx.can(LOGISTIK_CATAT))
        matrix_tab = QWidget()
        matrix_layout = QVBoxLayout(matrix_tab)
        matrix_layout.addWidget(self.matrix, 1)
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.rules_text, 1)
        rules_row.addWidget(self.compute_button)
        rules_row.addWidget(self.rules_button)
        matrix_layout.addLayout(rules_row)

        self.alerts = AlertsModel(self)
        self.alerts_table = record_table("logistik_alerts")
        self.alerts_table.setModel(self.alerts)
        self.alerts_table.horizontalHeader().setStretchLastSection(True)
        self.alerts_table.doubleClicked.connect(self._alert_opened)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.split, self.tr("Pengiriman"))
        self.tabs.addTab(matrix_tab, self.tr("Kesiapan"))
        self.tabs.addTab(self.alerts_table, self.tr("Berisiko"))

        self.counts = QLabel()
        self.new_button = QPushButton(self.tr("Baru"))
        self.new_button.setToolTip(self.tr("Catat pengiriman baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_consignment)
        self.new_button.setEnabled(ctx.can(LOGISTIK_CATAT))
        self.import_button = QPushButton(self.tr("Impor"))
        menu = QMenu(self.import_button)
        for jenis, text in (("pengiriman", self.tr("Pengiriman…")), ("penerimaan", self.tr("Penerimaan…")),
                            ("kebutuhan", self.tr("Kebutuhan…"))):  # fmt: skip
            menu.addAction(text, lambda j=jenis: self._choose_import(j))
            menu.addAction(
                self.tr("Templat %1…").replace("%1", jenis), lambda j=jenis: self._save_template(j)
            )
        self.import_button.setMenu(menu)
        self.import_button.setEnabled(ctx.can(IMPOR))
        self.export_button = QPushButton(self.tr("Ekspor…"))
        self.export_button.setToolTip(
            self.tr("Ekspor tabel yang terfilter (beserta barisnya) ke .xlsx atau .csv")
        )
        self.export_button.clicked.connect(self._choose_export)
        self.export_button.setEnabled(ctx.can(EKSPOR))
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
        self.matrix.reload()
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

    def _destination(self, row: PengirimanRow) -> str:
        return f"{row.destination_name} · TPS {row.tps}" if row.tps else row.destination_name

    def _choices_loaded(self, choices: LogistikChoices) -> None:
        self._choices = choices
        self.filters.set_choices(choices)
        self.rules_text.setText(" ".join(choices.rules.statement()))

    def _regions_loaded(self, refs) -> None:
        self._regions = refs
        self.filters.region.set_choices(refs)

    def _filter_changed(self, flt: LogistikFilter) -> None:
        current = self.model._filters or LogistikFilter()  # noqa: SLF001 - keep the user's sort
        self.model.set_filters(replace(flt, sort=current.sort, descending=current.descending))
        if flt.pemilihan_id != current.pemilihan_id:
            self.matrix.set_contest(flt.pemilihan_id)

    def _refresh_counts(self) -> None:
        flt = self.model._filters or LogistikFilter()  # noqa: SLF001
        self._ctx.submit(logistik_query.counts, flt, on_done=self._counts_loaded)

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

    def _reload_alerts(self) -> None:
        self._ctx.submit(logistik_readiness.current_alerts, on_done=self.alerts.set_rows)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(logistik.LOGISTIK):
            self.model.reload()
            self.matrix.reload()
            self._reload_alerts()
            self._ctx.submit(logistik_detail.form_choices, on_done=self._choices_loaded)
            if self._detail is not None:
                self.open_consignment(self._detail.id)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.show_error(str(error))
        else:
            self._ctx.runner.failed.emit(error)

    def _dialog_failed(self, dialog):
        def failed(error: BaseException) -> None:
            if isinstance(error, DomainError):
                dialog.show_error(str(error))
            else:
                dialog.show_error("")
                self._ctx.runner.failed.emit(error)

        return failed

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
        self.show_error("")
        risk = (
            f" · <span style='color:#b00020'>{html.escape(detail.risk)}</span>"
            if detail.risk
            else ""
        )
        self.title.setText(
            f"<b>{html.escape(detail.number)}</b> · {html.escape(detail.status)}{risk}"
        )
        form = detail.form
        when = lambda m: formatting.date_time(m, self._tz) if m else "–"  # noqa: E731
        rows = [
            (self.tr("Asal"), f"{form.origin_level} {form.origin_place}"),
            (self.tr("Tujuan"), f"{form.destination_level} · {detail.destination_label}" + (f" · TPS {form.tps}" if form.tps else "")),
            (self.tr("Pemilihan"), detail.pemilihan_name or "–"),
            (self.tr("Batas tiba"), formatting.short_date(form.must_arrive_by) or "–"),
            (self.tr("Perkiraan tiba"), formatting.short_date(form.expected_arrival) or "–"),
            (self.tr("Dikirim"), when(detail.actual_dispatch)),
            (self.tr("Tiba"), when(detail.actual_arrival)),
            (self.tr("Pengawalan"), self.tr("Polri") if form.escort else self.tr("tidak")),
            (self.tr("Berita acara"), form.berita_acara or "–"),
        ]  # fmt: skip
        self.info.setText(
            "<br>".join(f"{html.escape(k)}: <b>{html.escape(v)}</b>" for k, v in rows)
        )
        self.lines.set_rows(detail.lines)
        self._enable_actions()

    def _enable_actions(self) -> None:
        status = self._detail.status if self._detail else None
        can = self._ctx.can(LOGISTIK_CATAT)
        self.dispatch_button.setEnabled(can and status == DISIAPKAN)
        self.receipt_button.setEnabled(can and status in (DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN))
        self.edit_button.setEnabled(can and status is not None and status != DIBATALKAN)
        self.close_button.setEnabled(
            can and status in (DISIAPKAN, DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN)
        )
        self.archive_button.setEnabled(can and status is not None)

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
            on_done=lambda _s: dialog.accept(), on_error=self._dialog_failed(dialog)))  # fmt: skip
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

        def submit() -> None:
            if detail is None:
                self._ctx.submit(logistik.create, dialog.form(), on_error=self._dialog_failed(dialog),
                                 on_done=lambda saved: (dialog.accept(), self.open_consignment(saved.id)))  # fmt: skip
            else:
                self._ctx.submit(logistik.update, detail.id, version=detail.version, form=dialog.form(),
                                 on_done=lambda _s: dialog.accept(), on_error=self._dialog_failed(dialog))  # fmt: skip

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

    # -- rules and requirements ---------------------------------------------------------
    def open_rules(self) -> RulesDialog | None:
        if self._choices is None:
            return None
        can = self._ctx.can(PENGATURAN_UBAH)
        dialog = RulesDialog(
            self._choices.rules, can, self._ctx.actor.why_not(PENGATURAN_UBAH), self
        )
        self.dialog = dialog
        dialog.submitted.connect(lambda: self._ctx.submit(logistik_rules.save, **dialog.values(),
                                 on_done=lambda _c: dialog.accept(), on_error=self._dialog_failed(dialog)))  # fmt: skip
        dialog.open()
        return dialog

    def _compute(self) -> None:
        self._ctx.submit(logistik_kebutuhan.compute_by_rule, on_error=self._rule_failed,
                         on_done=lambda result: self.rules_text.setText(result.changes.summary))  # fmt: skip

    def _rule_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.rules_text.setText(f"<span style='color:#b00020'>{html.escape(str(error))}</span>")
        else:
            self._ctx.runner.failed.emit(error)

    # -- import and export --------------------------------------------------------------
    def _choose_import(self, jenis: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas %1").replace("%1", jenis), "",
                                              self.tr("Lembar kerja (*.xlsx *.csv)"))  # fmt: skip
        if path:
            self.open_import(jenis, Path(path))

    def open_import(self, jenis: str, path: Path):
        from app.views.import_dialog import ImportDialog

        dialog = ImportDialog(self._ctx, jenis, path, parent=self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_template(self, jenis: str) -> None:
        from app.services.importing import registry, workbook

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan templat"), f"templat-{jenis}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            spec = registry.spec_for(jenis)
            self._ctx.runner.run(lambda _p: workbook.write_template(spec, Path(path)),
                                 on_done=lambda _r: self.counts.setText(self.tr("Templat disimpan: %1").replace("%1", path)))  # fmt: skip

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor pengiriman"), "pengiriman.xlsx",
                                              "Excel (*.xlsx);;CSV (*.csv)")  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from app.services import logistik_export

        flt = self.model._filters or LogistikFilter()  # noqa: SLF001
        self._ctx.submit(logistik_export.export, flt, path, progress_parent=self, label=self.tr("Mengekspor…"),
                         on_done=lambda n: self.counts.setText(self.tr("%1 baris pengiriman diekspor ke %2")
                                                               .replace("%1", formatting.number(n)).replace("%2", str(path))),
                         on_error=self._failed)  # fmt: skip


def clock_now(ctx: AppContext):
    """The desk's now for defaults in a dialog (the demo's own day on a demo database)."""
    from datetime import UTC, datetime

    as_of = ctx.desk.demo_as_of
    real = datetime.now(UTC)
    if as_of is None:
        return real
    tz = ZoneInfo(ctx.desk.timezone)
    local = real.astimezone(tz)
    return datetime.combine(as_of, local.time().replace(microsecond=0), tz).astimezone(UTC)
