"""Sosialisasi page: the SQL-backed session register with its form (left table, right
form and attachments), the reach charts for the same filter, and the outreach-vs-turnout
view. Ctrl+N new, Ctrl+S save, Ctrl+F search, Ctrl+I import."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.core import clock, formatting
from app.services.core.actor import SOSIALISASI_CATAT
from app.services.core.changes import Changes
from app.services.core.errors import ValidationError
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
from app.views.widgets.attachments_panel import AttachmentsPanel
from app.views.widgets.edit_guard import EditGuard
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.register_page import RegisterPage
from app.views.widgets.texts import tr_args
from app.views.widgets.unsaved import may_discard

# The form keeps to this band whatever it shows, so the register keeps its columns.
DETAIL_MIN_WIDTH = 360
DETAIL_MAX_WIDTH = 440


def _count(value: int | None) -> str:
    return "—" if value is None else formatting.number(value)


class SosialisasiPage(RegisterPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "sosialisasi", parent)
        self._detail: SosialisasiDetail | None = None
        self._choices: FormChoices | None = None
        tz = self._tz
        # Mulai to Anggaran fit the table's share of a 1366×768 window.
        self.set_register(SosialisasiFilterBar(ctx.desk.today()), LazyTableModel(
            ctx,
            sosialisasi_query.query,
            [
                LazyColumn(header=self.tr("Mulai"), value=lambda r: formatting.date_time(r.starts_at, tz),
                           sort_key="starts_at", width=148),
                LazyColumn(header=self.tr("Wilayah"), value=lambda r: r.wilayah, tooltip=lambda r: r.wilayah_code,
                           sort_key="wilayah", width=100),
                LazyColumn(header=self.tr("Penyelenggara"), value=lambda r: r.organiser, sort_key="organiser", width=88),
                LazyColumn(header=self.tr("Topik"), value=lambda r: r.topic, sort_key="topic", width=124),
                LazyColumn(header=self.tr("Rencana"), value=lambda r: _count(r.planned), sort_key="planned", width=60),
                LazyColumn(header=self.tr("Hadir"), value=lambda r: _count(r.attended), tooltip=self._attendance_tip,
                           sort_key="attended", width=50),
                LazyColumn(header=self.tr("Anggaran"), value=lambda r: rupiah(r.budget), sort_key="budget", width=100),
                LazyColumn(header=self.tr("Kelompok sasaran"), value=lambda r: r.sasaran, width=150),
                LazyColumn(header=self.tr("Jenis kegiatan"), value=lambda r: r.jenis, sort_key="jenis", width=120),
                LazyColumn(header=self.tr("Tempat"), value=lambda r: r.venue),
            ],
            self,
            empty_filter=SosialisasiFilter(),
        ), sort="starts_at", descending=True)  # fmt: skip

        self.form = SosialisasiFormWidget(ctx.desk.clock)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        can_record = ctx.can(SOSIALISASI_CATAT)
        #: The version the form's edit started from; told when another PC saves the session.
        self.edit = EditGuard(self._ctx, "sosialisasi", self.show_error, self)
        self.attachments = AttachmentsPanel(ctx, SOSIALISASI, can_record)
        self.attachments.failed.connect(self.show_error)
        self.detail_tabs = self.tabs_of(
            [(form_scroll, self.tr("Data")), (self.attachments, self.tr("Lampiran"))]
        )
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        # A long topic wraps instead of widening the panel over the table's columns.
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(120)
        self.new_button = QPushButton(self.tr("Baru"))
        self.new_button.setToolTip(self.tr("Catat kegiatan sosialisasi baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_session)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan kegiatan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton(self.tr("Arsipkan…"))
        self.archive_button.setToolTip(self.tr("Keluarkan kegiatan ini dari register dan grafik"))
        self.archive_button.clicked.connect(self._confirm_archive)
        buttons = (self.new_button, self.save_button, self.archive_button)
        for button in buttons:
            button.setEnabled(can_record)
            if not can_record:
                button.setToolTip(ctx.actor.why_not(SOSIALISASI_CATAT))
        detail = self.detail_box(self.title, buttons, self.detail_tabs)
        detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        detail.setMaximumWidth(DETAIL_MAX_WIDTH)
        self.split.setChildrenCollapsible(False)
        self.set_detail(detail, (760, DETAIL_MAX_WIDTH))
        self.counts.setWordWrap(True)
        self.transfer = SosialisasiTransfer(
            self._ctx, self, self.current_filter, self.counts.setText
        )
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
        self.tabs = self.tabs_of([
            (register, self.tr("Register")),
            (self.charts, self.tr("Grafik jangkauan")),
            (self.vs, self.tr("Sosialisasi vs partisipasi")),
        ])  # fmt: skip
        # The comparison has its own contest and region; the register's filter is not its.
        self.tabs.currentChanged.connect(
            lambda i: self.filters.setVisible(self.tabs.widget(i) is not self.vs)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        self.install_shortcuts(((shortcuts.NEW, self.new_session), (shortcuts.SAVE, self.save),
                                (shortcuts.FIND, self.focus_search),
                                (shortcuts.IMPORT, self.transfer.choose_import)))  # fmt: skip
        self.restore_layout()
        # The register first: it is what the user came for; the pickers' lists after.
        self.model.set_filters(SosialisasiFilter())
        self.load_lists(sosialisasi.form_choices, self.form.wilayah)

    def _attendance_tip(self, row: SosialisasiRow) -> str:
        if row.attended is None:
            return self.tr("Kehadiran belum dilaporkan")
        return tr_args(self.tr("Hadir %1: perempuan %2, penyandang disabilitas %3"),
                       _count(row.attended), _count(row.women), _count(row.disabled))  # fmt: skip

    def choices_loaded(self, choices: FormChoices) -> None:
        super().choices_loaded(choices)
        self.form.set_choices(choices)
        if self._detail is None:
            self.new_session()

    def refresh_counts(self) -> None:
        flt = self.current_filter()
        self._ctx.submit(sosialisasi_query.totals, flt, on_done=self._totals_loaded)
        self._ctx.submit(sosialisasi_stats.charts, flt, on_done=self.charts.show_data)

    def _totals_loaded(self, totals: Totals) -> None:
        text = self.tr("%1 kegiatan · rencana %2 · hadir %3 · anggaran %4", "", totals.sessions)
        self.counts.setText(tr_args(text, formatting.number(totals.sessions), formatting.number(totals.planned),
                                    formatting.number(totals.attended), rupiah(totals.budget)))  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(SOSIALISASI):
            self.model.reload()
            self.vs.reload()
            if self._detail is not None:
                self.open_session(self._detail.id)

    def apply_navigation(self, *, date_from: date | None = None, date_to: date | None = None,
                         wilayah_code: str = "", **_) -> None:  # fmt: skip
        """Arriving from another page (the dashboard): the register for a period and region."""
        with self.filters.quietly():
            self.filters.reset()
            self.filters.show_period(date_from, date_to)
            self.filters.region.set_region_code(wilayah_code)  # shown once the list is loaded
        self.tabs.setCurrentIndex(0)
        self._filter_changed(SosialisasiFilter(date_from, date_to, wilayah_code))

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.focus_search()

    # -- one session --------------------------------------------------------------------
    def open_record(self, record_id: int) -> None:
        self.open_session(record_id)

    def may_leave_record(self) -> bool:
        """Typed but unsaved changes are never dropped without asking."""
        question = self.tr(
            "Perubahan pada formulir sosialisasi belum disimpan. Buang perubahan itu?"
        )
        return may_discard(self, self.form, question)

    def open_session(self, sosialisasi_id: int) -> None:
        self._ctx.submit(sosialisasi.detail, sosialisasi_id, on_done=self._show_detail)

    def _show_detail(self, detail: SosialisasiDetail) -> None:
        self._detail = detail
        self.show_error("")
        when = formatting.date_time(detail.form.starts_at, self._tz)
        self.title.setText(f"<b>{html.escape(detail.form.topic)}</b> · {html.escape(when)}")
        if not self.form.dirty:  # a refresh after one's own action keeps what is being typed
            self.form.load(detail.form)
            self.edit.begin(detail.id, detail.version)
        else:
            self.edit.seen(detail.id, detail.version, unsaved=True)
        can_record = self._ctx.can(SOSIALISASI_CATAT)
        self.save_button.setEnabled(can_record)
        self.archive_button.setEnabled(can_record)
        self.attachments.set_owner(detail.id)

    def new_session(self) -> None:
        if not self._ctx.can(SOSIALISASI_CATAT) or not self.may_leave_record():
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

    def _invalid(self, error: BaseException) -> None:
        """A form error also takes the user to the field it names."""
        self._ctx.report(error)
        widget = self.form.fields.get(getattr(error, "field", None) or "")
        if isinstance(error, ValidationError) and widget is not None:
            self.detail_tabs.setCurrentIndex(0)
            widget.setFocus()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.show_error("")
        try:
            form = self.form.form()
        except ValueError:
            self._invalid(
                ValidationError(
                    self.tr("Anggaran harus berupa angka Rupiah, mis. 5.000.000."), field="budget"
                )
            )
            return  # fmt: skip
        if self._detail is None:
            self._ctx.submit(sosialisasi.create, form, on_done=self._saved, on_error=self._invalid)
        else:
            self._ctx.submit(sosialisasi.update, self._detail.id,
                             version=self.edit.version_for(self._detail.id, self._detail.version), form=form,
                             on_done=self._saved, on_error=self._invalid)  # fmt: skip

    def _saved(self, saved: sosialisasi.Saved) -> None:
        self.form.dirty = False
        self.open_session(saved.id)

    def _confirm_archive(self) -> None:
        if self._detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Arsipkan kegiatan"),
            tr_args(self.tr("Arsipkan kegiatan '%1'? Kegiatan keluar dari register dan grafik; jejaknya tetap di log audit."),
                    self._detail.form.topic),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.archive()

    def archive(self) -> None:
        if self._detail is None:
            return
        detail = self._detail
        self._ctx.submit(sosialisasi.archive, detail.id, version=detail.version,
                         on_done=lambda _s: self._archived())  # fmt: skip

    def _archived(self) -> None:
        self.form.dirty = False
        self._detail = None
        self.new_session()

    def export_to(self, path: Path) -> None:
        self.transfer.export_to(path)
