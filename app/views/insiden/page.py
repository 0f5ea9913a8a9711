"""Insiden page: the filterable, SQL-backed register on the left; the selected or new
incident on the right (data, status and follow-up, attachments, history). Ctrl+N new,
Ctrl+S save, Ctrl+F search."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.insiden import SEVERITIES
from app.services.core import clock, formatting, palette
from app.services.core.actor import INSIDEN_CATAT
from app.services.core.changes import Changes
from app.services.insiden import (
    query as insiden_query,
)
from app.services.insiden import (
    records as insiden,
)
from app.services.insiden import (
    workflow as insiden_workflow,
)
from app.services.insiden.query import InsidenFilter, InsidenRow
from app.services.insiden.records import FormChoices, InsidenDetail
from app.services.insiden.workflow import INSIDEN
from app.views.insiden.chat_controller import ChatIntake
from app.views.insiden.dialogs import DuplicateDialog
from app.views.insiden.filters import InsidenFilterBar
from app.views.insiden.form import InsidenFormWidget
from app.views.insiden.status import InsidenStatusPanel, TransitionDialog
from app.views.shell import shortcuts
from app.views.shell.context import AppContext
from app.views.widgets.attachments_panel import AttachmentsPanel
from app.views.widgets.colors import qcolor
from app.views.widgets.edit_guard import EditGuard
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.register_page import RegisterPage
from app.views.widgets.texts import tr_args
from app.views.widgets.unsaved import may_discard

SEVERITY_COLORS = {3: qcolor(palette.SEVERITY[3], 70), 4: qcolor(palette.SEVERITY[4], 90)}
OVERDUE_COLOR = qcolor(palette.POOR, 50)


class InsidenPage(RegisterPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "insiden", parent)
        self._detail: InsidenDetail | None = None
        self._choices: FormChoices | None = None
        self._now = None
        self.dialog = None
        self.chat = ChatIntake(self._ctx, self, self.load_draft)

        tz = self._tz
        self.set_register(InsidenFilterBar(ctx, ctx.desk.today()), LazyTableModel(
            ctx,
            insiden_query.query,
            [
                LazyColumn(header=self.tr("Nomor"), value=lambda r: r.number, sort_key="number", width=122),
                LazyColumn(header=self.tr("Waktu"), value=lambda r: formatting.date_time(r.occurred_at, tz),
                           sort_key="occurred_at", width=150),
                LazyColumn(header=self.tr("Status"), value=self._status_text, sort_key="status", width=165,
                           background=lambda r: OVERDUE_COLOR if r.overdue else None),
                LazyColumn(header=self.tr("Keparahan"), value=lambda r: SEVERITIES[r.severity], sort_key="severity",
                           width=78, background=lambda r: SEVERITY_COLORS.get(r.severity)),
                LazyColumn(header=self.tr("Wilayah"), value=lambda r: r.wilayah, tooltip=lambda r: r.wilayah_code,
                           sort_key="wilayah", width=115),
                LazyColumn(header=self.tr("TPS"), value=lambda r: r.tps, sort_key="tps", width=40),
                LazyColumn(header=self.tr("Kategori"), value=lambda r: r.kategori, sort_key="kategori", width=160),
                LazyColumn(header=self.tr("Lokasi"), value=lambda r: r.place_detail),
            ],
            self,
            empty_filter=InsidenFilter(),
        ), sort="occurred_at", descending=True)  # fmt: skip
        # The register first, asked before the rest of the page is built: the worker reads
        # it while the form and panels are made. The pickers' lists at the end.
        self.model.set_filters(InsidenFilter())

        self.table.set_empty_text(
            self.tr("Belum ada insiden yang dicatat. Catat yang pertama dengan Baru (Ctrl+N) "
                    "atau Tempel laporan…"),
            self.tr("Tidak ada insiden yang cocok dengan saringan ini."),
        )  # fmt: skip
        self.form = InsidenFormWidget(ctx, ctx.desk.clock)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        self.status_panel = InsidenStatusPanel(ctx.actor, self._tz)
        self.status_panel.step_requested.connect(self._step)
        self.status_panel.open_requested.connect(self._open_linked)
        #: The version the form's edit started from; told when another PC saves the incident.
        self.edit = EditGuard(self._ctx, "insiden", self.show_error, self)
        self.attachments = AttachmentsPanel(ctx, "insiden", ctx.can(INSIDEN_CATAT))
        self.attachments.failed.connect(self.show_error)
        self.history = QTextBrowser()
        self.tabs = self.tabs_of([
            (form_scroll, self.tr("Data")),
            (self.status_panel, self.tr("Status dan tindak lanjut")),
            (self.attachments, self.tr("Lampiran")),
            (self.history, self.tr("Riwayat")),
        ])  # fmt: skip

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.new_button = QPushButton(self.tr("&Baru"))
        self.new_button.setToolTip(self.tr("Catat insiden baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_incident)
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.save_button.setToolTip(self.tr("Simpan insiden (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.paste_button = QPushButton(self.tr("T&empel laporan…"))
        self.paste_button.setToolTip(
            self.tr("Tempel pesan laporan (WhatsApp) dan dapatkan draf insiden")
        )
        self.paste_button.clicked.connect(lambda: self.chat.open_paste())
        self.chat_button = QPushButton(self.tr("Impor obrolan…"))
        self.chat_button.setToolTip(
            self.tr("Tinjau ekspor obrolan WhatsApp (.txt) pesan demi pesan")
        )
        self.chat_button.clicked.connect(lambda: self.chat.choose_chat())
        self.export_button = QPushButton(self.tr("Ekspor…"))
        self.export_button.setToolTip(self.tr("Ekspor tabel yang terfilter ke .xlsx atau .csv"))
        self.export_button.clicked.connect(self._choose_export)
        can_record = ctx.can(INSIDEN_CATAT)
        for button in (
            self.new_button,
            self.save_button,
            self.paste_button,
            self.chat_button,
        ):
            button.setEnabled(can_record)
            if not can_record:
                button.setToolTip(ctx.actor.why_not(INSIDEN_CATAT))
        detail = self.detail_box(self.title, (self.new_button, self.save_button), self.tabs)
        self.set_detail(detail, (700, 460))
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.paste_button)
        bottom.addWidget(self.chat_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.split, 1)
        layout.addLayout(bottom)
        self.install_shortcuts(((shortcuts.NEW, self.new_incident), (shortcuts.SAVE, self.save),
                                (shortcuts.FIND, self.focus_search)))  # fmt: skip
        self.restore_layout()
        self.load_lists(insiden.form_choices, self.form.wilayah)

    def _status_text(self, row: InsidenRow) -> str:
        if row.follows:  # part of another incident, not one of its own
            return tr_args(self.tr("Lanjutan %1"), row.follows)
        # Overdue is only ever a Ditindaklanjuti incident: the stronger word says both.
        return insiden_workflow.TERLAMBAT_DITINDAKLANJUTI if row.overdue else row.status

    def choices_loaded(self, choices: FormChoices) -> None:
        super().choices_loaded(choices)
        self.form.set_choices(choices)
        if self._detail is None:
            self.new_incident()

    def refresh_counts(self) -> None:
        self._ctx.submit(insiden_query.counts, self.current_filter(), on_done=self._counts_loaded)

    def _counts_loaded(self, counts: insiden_query.StatusCounts) -> None:
        total, overdue, follow_ups = counts.total, counts.overdue, counts.follow_ups
        self.show_counts(tr_args(self.tr("%1 insiden", "", total), formatting.number(total)), counts.by_status,
                         tr_args(self.tr("terlambat ditindaklanjuti: %1"), formatting.number(overdue)) if overdue else "",
                         tr_args(self.tr("laporan lanjutan: %1"), formatting.number(follow_ups)) if follow_ups else "")  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(INSIDEN):
            self.model.reload()
            if self._detail is not None:
                self.open_incident(self._detail.id)

    def apply_navigation(self, *, open_id: int | None = None, **filters) -> None:
        """Arriving from another page (the dashboard): show the register filtered as asked
        (keys of InsidenFilter; others ignored) and/or open one incident."""
        known = {k: v for k, v in filters.items() if k in InsidenFilter.__dataclass_fields__}
        if known or open_id is None:
            flt = InsidenFilter(**known)
            self.filters.show_filter(flt)
            self._filter_changed(flt)
        if open_id is not None and self.may_leave_record():
            self.open_incident(open_id, reveal=True)

    # -- one incident -------------------------------------------------------------------
    def open_record(self, record_id: int) -> None:
        self.open_incident(record_id)

    def has_unsaved(self) -> bool:
        return self.form.dirty

    def may_leave_record(self) -> bool:
        """Typed but unsaved changes — a draft made from a chat report too — are never
        dropped without asking (another row, another page, quitting)."""
        if self.chat.pending is not None and self._detail is None:
            question = self.tr("Draf insiden dari laporan obrolan belum disimpan. Buang draf itu?")
        else:
            question = self.tr("Perubahan pada formulir insiden belum disimpan. Buang perubahan itu?")
        if not may_discard(self, self.form, question):
            return False
        if self._detail is None:
            self.chat.forget_draft()  # its message goes back to the review
        return True

    def open_incident(self, insiden_id: int, *, reveal: bool = False) -> None:
        self._ctx.submit(insiden.detail, insiden_id,
                         on_done=lambda detail: self._show_detail(detail, reveal))  # fmt: skip

    def _open_linked(self, insiden_id: int) -> None:
        if self.may_leave_record():
            self.open_incident(insiden_id, reveal=True)

    def _show_detail(self, detail: InsidenDetail, reveal: bool = False) -> None:
        self._detail = detail
        self.show_error("")
        self.mark_shown(detail.id, reveal=detail.number if reveal else "")
        status = (tr_args(self.tr("laporan lanjutan dari %1"), detail.linked_number)
                  if detail.is_follow_up else detail.status)  # fmt: skip
        self.title.setText(f"<b>{html.escape(detail.number)}</b> · {html.escape(status)}")
        if not self.form.dirty:  # a refresh after one's own action keeps what is being typed
            self.form.load(detail.form, detail.linked_number)
            self.edit.begin(detail.id, detail.version)
        else:
            self.edit.seen(detail.id, detail.version, unsaved=True)
        editable = detail.status not in ("Selesai", "Tidak valid") and self._ctx.can(INSIDEN_CATAT)
        self.save_button.setEnabled(editable)
        self._ctx.submit(
            clock.now_utc, on_done=lambda now: self.status_panel.show_detail(detail, now)
        )
        self.history.setHtml(history_html(detail, self._tz, self._ctx.desk.is_demo))
        self.attachments.set_owner(detail.id)

    def new_incident(self) -> None:
        if not self._ctx.can(INSIDEN_CATAT) or not self.may_leave_record():
            return
        self._detail = None
        self.chat.forget_draft()
        self.mark_shown(None)
        self.title.setText(self.tr("<b>Insiden baru</b>"))
        self.show_error("")
        self.save_button.setEnabled(True)
        self.status_panel.show_detail(None, None)
        self.history.clear()
        self.attachments.set_owner(None)
        self.tabs.setCurrentIndex(0)
        self._ctx.submit(clock.now_utc, on_done=self.form.clear_for_new)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        form = self.form.form()
        self.show_error("")
        if self._detail is None and form.linked_to_id is None:
            self._ctx.submit(insiden.find_duplicates, form,
                             on_done=lambda found: self._maybe_duplicates(form, found))  # fmt: skip
        else:
            self._write(form)

    def _maybe_duplicates(self, form, found) -> None:
        if not found:
            self._write(form)
            return
        dialog = DuplicateDialog(found, self._tz, self)
        self.dialog = dialog

        def decided(result: int) -> None:
            if result == DuplicateDialog.LINK and dialog.chosen is not None:
                self.form.link_to(dialog.chosen.id, dialog.chosen.number)
                self._write(replace(form, linked_to_id=dialog.chosen.id))
            elif result == DuplicateDialog.NEW:
                self._write(form)

        dialog.finished.connect(decided)
        dialog.open()

    def _write(self, form) -> None:
        if self._detail is None:
            self._ctx.submit(insiden.create, form, on_done=self._created)
        else:
            self._ctx.submit(insiden.update, self._detail.id, version=self.edit.version_for(self._detail.id, self._detail.version), form=form,
                             on_done=lambda _s: setattr(self.form, "dirty", False))  # fmt: skip

    def _created(self, saved) -> None:
        self.form.dirty = False
        self.open_incident(saved.id)
        self.chat.saved(saved.id)

    def load_draft(self, form) -> bool:
        """A proposed incident from a chat report: shown, not saved, until the user saves
        it — unsaved work like any typed form (asked about before it is dropped). False
        when the user kept the unsaved form on the page instead."""
        question = self.tr("Perubahan pada formulir insiden belum disimpan. Buang perubahan itu "
                           "untuk membuka draf dari laporan?")  # fmt: skip
        if not may_discard(self, self.form, question):
            return False
        self._detail = None
        self.mark_shown(None)
        self.title.setText(self.tr("<b>Draf dari laporan</b> — periksa lalu Simpan (Ctrl+S)"))
        self.show_error("")
        self.save_button.setEnabled(True)
        self.status_panel.show_detail(None, None)
        self.history.clear()
        self.attachments.set_owner(None)
        self.form.load(form)
        self.form.dirty = True  # nothing of it is saved yet
        self.tabs.setCurrentIndex(0)
        self.form.occurred.setFocus()
        return True

    # -- workflow -----------------------------------------------------------------------
    def _step(self, step) -> None:
        if self._detail is not None and self._choices is not None:
            self._ctx.submit(clock.now_utc, on_done=lambda now: self._open_step(step, now))

    def _open_step(self, step, now) -> None:
        if self._detail is None or self._choices is None:
            return
        detail = self._detail
        dialog = TransitionDialog(step, self._choices.instansi, self._tz, now, self)
        self.dialog = dialog

        gateway = self._ctx.reporting_to(dialog)

        def submit() -> None:
            gateway.submit(insiden_workflow.transition, detail.id, version=detail.version, **dialog.values(),
                           on_done=lambda _c: (self.edit.own_change(detail.id), dialog.accept()))  # fmt: skip

        dialog.submitted.connect(submit)
        dialog.open()

    # -- export -----------------------------------------------------------------------
    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor insiden"), "insiden.xlsx", "Excel (*.xlsx);;CSV (*.csv)"
        )
        if path:
            personal = QMessageBox.question(
                self,
                self.tr("Data pribadi"),
                self.tr(
                    "Sertakan nomor telepon pelapor apa adanya? Pilih 'No' untuk menyamarkannya."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            self.export_to(Path(path), include_personal=personal == QMessageBox.StandardButton.Yes)

    def export_to(self, path: Path, include_personal: bool = False) -> None:
        from app.services.insiden import export as insiden_export

        self._ctx.submit(insiden_export.export, self.current_filter(), path, include_personal, progress_parent=self,
                         label=self.tr("Mengekspor…"), on_done=lambda n: self.counts.setText(
                             tr_args(self.tr("%1 insiden diekspor ke %2", "", n), formatting.number(n), path)))  # fmt: skip


def history_html(detail: InsidenDetail, tz, demo: bool) -> str:
    """The status history, each step with the name of who took it."""
    from app.views.shell.demo_roles import demo_name

    def who(row) -> str:
        name = row.name or row.username
        return (demo_name(row.username) or name) if demo and name == row.username else name

    return "".join(
        f"<p><b>{html.escape(formatting.date_time(h.at, tz))}</b> · {html.escape(who(h))}: "
        f"{html.escape(h.from_status or '—')} → <b>{html.escape(h.to_status)}</b>"
        f"{'<br>' + html.escape(h.note) if h.note else ''}</p>"
        for h in detail.history
    )
