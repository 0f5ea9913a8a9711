"""Sosialisasi page: the SQL-backed session register with its form (left table, right
form and attachments), the reach charts for the same filter, and the outreach-vs-turnout
view. Ctrl+N new, Ctrl+S save, Ctrl+F search, Ctrl+I import."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core import clock, formatting
from app.services.core.actor import SOSIALISASI_CATAT
from app.services.core.changes import Changes
from app.services.core.errors import DomainError, ValidationError
from app.services.desk import wilayah
from app.services.sosialisasi import (
    query as sosialisasi_query,
)
from app.services.sosialisasi import (
    records as sosialisasi,
)
from app.services.sosialisasi import (
    stats as sosialisasi_stats,
)
from app.services.sosialisasi.query import SosialisasiFilter, SosialisasiRow, Totals
from app.services.sosialisasi.records import SOSIALISASI, FormChoices, SosialisasiDetail
from app.views.shell import shortcuts
from app.views.shell.context import AppContext
from app.views.sosialisasi.charts import ReachChartsView
from app.views.sosialisasi.filters import SosialisasiFilterBar
from app.views.sosialisasi.form import SosialisasiFormWidget, rupiah
from app.views.sosialisasi.transfer import SosialisasiTransfer
from app.views.sosialisasi.vs_partisipasi import OutreachTurnoutView
from app.views.widgets import layout_memory
from app.views.widgets.attachments_panel import AttachmentsPanel
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.tables import record_table
from app.views.widgets.unsaved import may_discard

# The form keeps to this band whatever it shows, so the register keeps its columns.
DETAIL_MIN_WIDTH = 360
DETAIL_MAX_WIDTH = 440


def _count(value: int | None) -> str:
    return "—" if value is None else formatting.number(value)


class SosialisasiPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = ZoneInfo(ctx.desk.timezone)
        self._detail: SosialisasiDetail | None = None
        self._choices: FormChoices | None = None
        self.filters = SosialisasiFilterBar(ctx.desk.today())
        self.filters.changed.connect(self._filter_changed)
        tz = self._tz
        self.model = LazyTableModel(
            ctx,
            sosialisasi_query.query,
            [
                LazyColumn(self.tr("Mulai"), lambda r: formatting.date_time(r.starts_at, tz), sort_key="starts_at"),
                LazyColumn(self.tr("Wilayah"), lambda r: r.wilayah, lambda r: r.wilayah_code, sort_key="wilayah"),
                LazyColumn(self.tr("Penyelenggara"), lambda r: r.organiser, sort_key="organiser"),
                LazyColumn(self.tr("Topik"), lambda r: r.topic, sort_key="topic"),
                LazyColumn(self.tr("Rencana"), lambda r: _count(r.planned), sort_key="planned"),
                LazyColumn(self.tr("Hadir"), lambda r: _count(r.attended), self._attendance_tip, sort_key="attended"),
                LazyColumn(self.tr("Anggaran"), lambda r: rupiah(r.budget), sort_key="budget"),
                LazyColumn(self.tr("Kelompok sasaran"), lambda r: r.sasaran),
                LazyColumn(self.tr("Jenis kegiatan"), lambda r: r.jenis, sort_key="jenis"),
                LazyColumn(self.tr("Tempat"), lambda r: r.venue),
            ],
            self,
        )  # fmt: skip
        self.model.loaded.connect(lambda _shown, _total: self._refresh_totals())
        self.model.failed.connect(lambda error: self.counts.setText(str(error)))
        self.table = record_table("sosialisasi_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Mulai to Anggaran fit the table's share of a 1366×768 window.
        for column, width in enumerate((148, 100, 88, 124, 60, 50, 100, 150, 120)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.form = SosialisasiFormWidget(ctx.desk.clock)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        can_record = ctx.can(SOSIALISASI_CATAT)
        self.attachments = AttachmentsPanel(ctx, SOSIALISASI, can_record)
        self.attachments.failed.connect(self.show_error)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(form_scroll, self.tr("Data"))
        self.detail_tabs.addTab(self.attachments, self.tr("Lampiran"))
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        # A long topic wraps instead of widening the panel over the table's columns.
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(120)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.new_button = QPushButton(self.tr("Baru"))
        self.new_button.setToolTip(self.tr("Catat kegiatan sosialisasi baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_session)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan kegiatan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton(self.tr("Arsipkan…"))
        self.archive_button.setToolTip(self.tr("Keluarkan kegiatan ini dari register dan grafik"))
        self.archive_button.clicked.connect(self._confirm_archive)
        for button in (self.new_button, self.save_button, self.archive_button):
            button.setEnabled(can_record)
            if not can_record:
                button.setToolTip(ctx.actor.why_not(SOSIALISASI_CATAT))
        detail = QWidget()
        detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        detail.setMaximumWidth(DETAIL_MAX_WIDTH)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.new_button)
        head.addWidget(self.save_button)
        head.addWidget(self.archive_button)
        detail_layout.addLayout(head)
        detail_layout.addWidget(self.error)
        detail_layout.addWidget(self.detail_tabs, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("sosialisasi_splitter")
        self.split.addWidget(self.table)
        self.split.addWidget(detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([760, DETAIL_MAX_WIDTH])
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.transfer = SosialisasiTransfer(ctx, self, self._filter, self.counts.setText)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        for button in self.transfer.buttons:
            bottom.addWidget(button)
        register = QWidget()
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.addWidget(self.split, 1)
        register_layout.addLayout(bottom)
        self.charts = ReachChartsView()
        self.vs = OutreachTurnoutView(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(register, self.tr("Register"))
        self.tabs.addTab(self.charts, self.tr("Grafik jangkauan"))
        self.tabs.addTab(self.vs, self.tr("Sosialisasi vs partisipasi"))
        # The comparison has its own contest and region; the register's filter is not its.
        self.tabs.currentChanged.connect(
            lambda i: self.filters.setVisible(self.tabs.widget(i) is not self.vs)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        self._install_shortcuts()
        layout_memory.restore(ctx.settings, self._layout_parts())
        # The register first: it is what the user came for; the pickers' lists after.
        self.model.set_filters(SosialisasiFilter())
        ctx.submit(sosialisasi.form_choices, on_done=self._choices_loaded)
        ctx.submit(wilayah.picker_choices, on_done=self._regions_loaded)

    # -- plumbing -----------------------------------------------------------------------
    def _install_shortcuts(self) -> None:
        for key, slot in ((shortcuts.NEW, self.new_session), (shortcuts.SAVE, self.save),
                          (shortcuts.FIND, self.focus_search),
                          (shortcuts.IMPORT, self.transfer.choose_import)):  # fmt: skip
            action = QAction(self)
            action.setShortcut(shortcuts.key(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _layout_parts(self):
        return [
            ("sosialisasi_splitter", self.split),
            ("sosialisasi_table_header", self.table.horizontalHeader()),
        ]

    def save_layout(self) -> None:
        layout_memory.save(self._ctx.settings, self._layout_parts())

    def _attendance_tip(self, row: SosialisasiRow) -> str:
        if row.attended is None:
            return self.tr("Kehadiran belum dilaporkan")
        return (
            self.tr("Hadir %1: perempuan %2, penyandang disabilitas %3")
            .replace("%1", _count(row.attended))
            .replace("%2", _count(row.women))
            .replace("%3", _count(row.disabled))
        )

    def _filter(self) -> SosialisasiFilter:
        return self.model._filters or SosialisasiFilter()  # noqa: SLF001 - with the user's sort

    def _choices_loaded(self, choices: FormChoices) -> None:
        self._choices = choices
        self.form.set_choices(choices)
        self.filters.set_choices(choices)
        if self._detail is None:
            self.new_session()

    def _regions_loaded(self, refs) -> None:
        self.form.wilayah.set_choices(refs)
        self.filters.region.set_choices(refs)

    def _filter_changed(self, flt: SosialisasiFilter) -> None:
        current = self._filter()
        self.model.set_filters(replace(flt, sort=current.sort, descending=current.descending))

    def _refresh_totals(self) -> None:
        flt = self._filter()
        self._ctx.submit(sosialisasi_query.totals, flt, on_done=self._totals_loaded)
        self._ctx.submit(sosialisasi_stats.charts, flt, on_done=self.charts.show_data)

    def _totals_loaded(self, totals: Totals) -> None:
        self.counts.setText(
            self.tr("%1 kegiatan · rencana %2 · hadir %3 · anggaran %4")
            .replace("%1", formatting.number(totals.sessions))
            .replace("%2", formatting.number(totals.planned))
            .replace("%3", formatting.number(totals.attended))
            .replace("%4", rupiah(totals.budget))
        )

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(SOSIALISASI):
            self.model.reload()
            self.vs.reload()
            if self._detail is not None:
                self.open_session(self._detail.id)

    def apply_navigation(self, *, date_from: date | None = None, date_to: date | None = None,
                         wilayah_code: str = "", **_) -> None:  # fmt: skip
        """Arriving from another page (the dashboard): the register for a period and region."""
        bar = self.filters
        widgets = (bar.date_from, bar.date_to, bar.organiser, bar.jenis, bar.sasaran, bar.search)
        for widget in widgets:
            widget.blockSignals(True)
        for edit, value in ((bar.date_from, date_from), (bar.date_to, date_to)):
            edit.set_value(value, value or edit.edit.date().toPython())
        for combo in (bar.organiser, bar.jenis, bar.sasaran):
            combo.setCurrentIndex(0)
        bar.search.clear()
        bar.region.set_region_code(wilayah_code)  # shown once the list is loaded
        for widget in widgets:
            widget.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self._filter_changed(SosialisasiFilter(date_from, date_to, wilayah_code))

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- one session --------------------------------------------------------------------
    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and self._can_discard():
            self.open_session(self.model.row_value(current.row()).id)

    def _can_discard(self) -> bool:
        """Typed but unsaved changes are never dropped without asking."""
        question = self.tr(
            "Perubahan pada formulir sosialisasi belum disimpan. Buang perubahan itu?"
        )
        return may_discard(self, self.form, question)

    def open_session(self, sosialisasi_id: int) -> None:
        self._ctx.submit(sosialisasi.detail, sosialisasi_id, on_done=self._show_detail,
                         on_error=self._failed)  # fmt: skip

    def _show_detail(self, detail: SosialisasiDetail) -> None:
        self._detail = detail
        self.show_error("")
        when = formatting.date_time(detail.form.starts_at, self._tz)
        self.title.setText(f"<b>{html.escape(detail.form.topic)}</b> · {html.escape(when)}")
        if not self.form.dirty:  # a refresh after one's own action keeps what is being typed
            self.form.load(detail.form)
        can_record = self._ctx.can(SOSIALISASI_CATAT)
        self.save_button.setEnabled(can_record)
        self.archive_button.setEnabled(can_record)
        self.attachments.set_owner(detail.id)

    def new_session(self) -> None:
        if not self._ctx.can(SOSIALISASI_CATAT) or not self._can_discard():
            return
        self._detail = None
        self.table.clearSelection()
        self.title.setText(self.tr("<b>Kegiatan baru</b>"))
        self.show_error("")
        self.save_button.setEnabled(True)
        self.archive_button.setEnabled(False)
        self.attachments.set_owner(None)
        self.tabs.setCurrentIndex(0)
        self.detail_tabs.setCurrentIndex(0)
        self._ctx.submit(clock.now_utc, on_done=self.form.clear_for_new)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.show_error(str(error))
            widget = self.form.fields.get(getattr(error, "field", None) or "")
            if isinstance(error, ValidationError) and widget is not None:
                self.detail_tabs.setCurrentIndex(0)
                widget.setFocus()
        else:
            self._ctx.runner.failed.emit(error)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.show_error("")
        try:
            form = self.form.form()
        except ValueError:
            self._failed(
                ValidationError(
                    self.tr("Anggaran harus berupa angka Rupiah, mis. 5.000.000."), field="budget"
                )
            )
            return  # fmt: skip
        if self._detail is None:
            self._ctx.submit(sosialisasi.create, form, on_done=self._saved, on_error=self._failed)
        else:
            self._ctx.submit(sosialisasi.update, self._detail.id, version=self._detail.version, form=form,
                             on_done=self._saved, on_error=self._failed)  # fmt: skip

    def _saved(self, saved: sosialisasi.Saved) -> None:
        self.form.dirty = False
        self.open_session(saved.id)

    def _confirm_archive(self) -> None:
        if self._detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Arsipkan kegiatan"),
            self.tr("Arsipkan kegiatan '%1'? Kegiatan keluar dari register dan grafik; jejaknya tetap di log audit.")
            .replace("%1", self._detail.form.topic),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.archive()

    def archive(self) -> None:
        if self._detail is None:
            return
        detail = self._detail
        self._ctx.submit(sosialisasi.archive, detail.id, version=detail.version,
                         on_done=lambda _s: self._archived(), on_error=self._failed)  # fmt: skip

    def _archived(self) -> None:
        self.form.dirty = False
        self._detail = None
        self.new_session()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def export_to(self, path: Path) -> None:
        self.transfer.export_to(path)
