"""Insiden page: the filterable, SQL-backed register on the left; the selected or new
incident on the right (data, status and follow-up, attachments, history). Ctrl+N new,
Ctrl+S save, Ctrl+F search."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.insiden import SEVERITIES
from app.services.core import clock, formatting
from app.services.core.actor import INSIDEN_CATAT
from app.services.core.changes import Changes
from app.services.core.errors import DomainError
from app.services.desk import wilayah
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
from app.views.widgets import layout_memory
from app.views.widgets.attachments_panel import AttachmentsPanel
from app.views.widgets.lazy_table import LazyColumn, LazyTableModel
from app.views.widgets.tables import record_table
from app.views.widgets.unsaved import may_discard

SEVERITY_COLORS = {3: QColor(242, 153, 74, 70), 4: QColor(214, 69, 69, 90)}
OVERDUE_COLOR = QColor(214, 69, 69, 50)


class InsidenPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = ZoneInfo(ctx.desk.timezone)
        self._detail: InsidenDetail | None = None
        self._choices: FormChoices | None = None
        self._now = None
        self.dialog = None
        self.chat = ChatIntake(ctx, self, self.load_draft, self._failed)

        self.filters = InsidenFilterBar(ctx, ctx.desk.today())
        self.filters.changed.connect(self._filter_changed)
        tz = self._tz
        self.model = LazyTableModel(
            ctx,
            insiden_query.query,
            [
                LazyColumn(self.tr("Nomor"), lambda r: r.number, sort_key="number"),
                LazyColumn(
                    self.tr("Waktu"),
                    lambda r: formatting.date_time(r.occurred_at, tz),
                    sort_key="occurred_at",
                ),
                LazyColumn(
                    self.tr("Status"),
                    self._status_text,
                    sort_key="status",
                    background=lambda r: OVERDUE_COLOR if r.overdue else None,
                ),
                LazyColumn(
                    self.tr("Keparahan"),
                    lambda r: SEVERITIES[r.severity],
                    sort_key="severity",
                    background=lambda r: SEVERITY_COLORS.get(r.severity),
                ),
                LazyColumn(
                    self.tr("Wilayah"),
                    lambda r: r.wilayah,
                    lambda r: r.wilayah_code,
                    sort_key="wilayah",
                ),
                LazyColumn(self.tr("TPS"), lambda r: r.tps, sort_key="tps"),
                LazyColumn(self.tr("Kategori"), lambda r: r.kategori, sort_key="kategori"),
                LazyColumn(self.tr("Lokasi"), lambda r: r.place_detail),
            ],  # fmt: skip
            self,
        )
        self.model.loaded.connect(lambda _shown, _total: self._refresh_counts())
        self.model.failed.connect(lambda error: self.counts.setText(str(error)))
        self.table = record_table("insiden_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((122, 150, 165, 78, 115, 40, 160)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.form = InsidenFormWidget(ctx, ctx.desk.clock)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        self.status_panel = InsidenStatusPanel(ctx.actor, self._tz)
        self.status_panel.step_requested.connect(self._step)
        self.attachments = AttachmentsPanel(ctx, "insiden", ctx.can(INSIDEN_CATAT))
        self.attachments.failed.connect(self.show_error)
        self.history = QTextBrowser()
        self.tabs = QTabWidget()
        self.tabs.addTab(form_scroll, self.tr("Data"))
        self.tabs.addTab(self.status_panel, self.tr("Status dan tindak lanjut"))
        self.tabs.addTab(self.attachments, self.tr("Lampiran"))
        self.tabs.addTab(self.history, self.tr("Riwayat"))

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.new_button = QPushButton(self.tr("Baru"))
        self.new_button.setToolTip(self.tr("Catat insiden baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_incident)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan insiden (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.paste_button = QPushButton(self.tr("Tempel laporan…"))
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
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.new_button)
        head.addWidget(self.save_button)
        detail_layout.addLayout(head)
        detail_layout.addWidget(self.error)
        detail_layout.addWidget(self.tabs, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("insiden_splitter")
        self.split.addWidget(self.table)
        self.split.addWidget(detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([700, 460])
        self.counts = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.paste_button)
        bottom.addWidget(self.chat_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.split, 1)
        layout.addLayout(bottom)
        self._install_shortcuts()
        self._restore_layout()
        # The register first: it is what the user came for; the pickers' lists after.
        self.model.set_filters(InsidenFilter())
        ctx.submit(insiden.form_choices, on_done=self._choices_loaded)
        ctx.submit(wilayah.picker_choices, on_done=self._regions_loaded)

    # -- plumbing -----------------------------------------------------------------------
    def _install_shortcuts(self) -> None:
        for key, slot in ((shortcuts.NEW, self.new_incident), (shortcuts.SAVE, self.save),
                          (shortcuts.FIND, self.focus_search)):  # fmt: skip
            action = QAction(self)
            action.setShortcut(shortcuts.key(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _layout_parts(self):
        return [
            ("insiden_splitter", self.split),
            ("insiden_table_header", self.table.horizontalHeader()),
        ]

    def _restore_layout(self) -> None:
        layout_memory.restore(self._ctx.settings, self._layout_parts())

    def save_layout(self) -> None:
        layout_memory.save(self._ctx.settings, self._layout_parts())

    def _status_text(self, row: InsidenRow) -> str:
        # Overdue is only ever a Ditindaklanjuti incident: the stronger word says both.
        return insiden_workflow.TERLAMBAT_DITINDAKLANJUTI if row.overdue else row.status

    def _choices_loaded(self, choices: FormChoices) -> None:
        self._choices = choices
        self.form.set_choices(choices)
        self.filters.set_choices(choices)
        if self._detail is None:
            self.new_incident()

    def _regions_loaded(self, refs) -> None:
        self.form.wilayah.set_choices(refs)
        self.filters.region.set_choices(refs)

    def _filter_changed(self, flt: InsidenFilter) -> None:
        current = self.model._filters or InsidenFilter()  # noqa: SLF001 - keep the user's sort
        self.model.set_filters(replace(flt, sort=current.sort, descending=current.descending))

    def _refresh_counts(self) -> None:
        flt = self.model._filters or InsidenFilter()  # noqa: SLF001
        self._ctx.submit(insiden_query.counts, flt, on_done=self._counts_loaded)

    def _counts_loaded(self, counts: insiden_query.StatusCounts) -> None:
        parts = [self.tr("%1 insiden").replace("%1", formatting.number(self.model.total))]
        parts += [
            f"{status}: {formatting.number(n)}" for status, n in counts.by_status.items() if n
        ]
        if counts.overdue:
            parts.append(
                self.tr("terlambat ditindaklanjuti: %1").replace(
                    "%1", formatting.number(counts.overdue)
                )
            )
        self.counts.setText(" · ".join(parts))

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
        if open_id is not None and self._can_discard():
            self.open_incident(open_id)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- one incident -------------------------------------------------------------------
    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and self._can_discard():
            self.open_incident(self.model.row_value(current.row()).id)

    def _can_discard(self) -> bool:
        """Typed but unsaved changes are never dropped without asking."""
        question = self.tr("Perubahan pada formulir insiden belum disimpan. Buang perubahan itu?")
        return may_discard(self, self.form, question)

    def open_incident(self, insiden_id: int) -> None:
        self._ctx.submit(
            insiden.detail, insiden_id, on_done=self._show_detail, on_error=self._failed
        )

    def _show_detail(self, detail: InsidenDetail) -> None:
        self._detail = detail
        self.show_error("")
        self.title.setText(f"<b>{html.escape(detail.number)}</b> · {html.escape(detail.status)}")
        if not self.form.dirty:  # a refresh after one's own action keeps what is being typed
            self.form.load(detail.form, detail.linked_number)
        editable = detail.status not in ("Selesai", "Tidak valid") and self._ctx.can(INSIDEN_CATAT)
        self.save_button.setEnabled(editable)
        self._ctx.submit(
            clock.now_utc, on_done=lambda now: self.status_panel.show_detail(detail, now)
        )
        self.history.setHtml(
            "".join(
                f"<p><b>{html.escape(formatting.date_time(h.at, self._tz))}</b> · {html.escape(h.username)}: "
                f"{html.escape(h.from_status or '—')} → <b>{html.escape(h.to_status)}</b>"
                f"{'<br>' + html.escape(h.note) if h.note else ''}</p>"
                for h in detail.history
            )
        )
        self.attachments.set_owner(detail.id)

    def new_incident(self) -> None:
        if not self._ctx.can(INSIDEN_CATAT) or not self._can_discard():
            return
        self._detail = None
        self.chat.forget_draft()
        self.table.clearSelection()
        self.title.setText(self.tr("<b>Insiden baru</b>"))
        self.show_error("")
        self.save_button.setEnabled(True)
        self.status_panel.show_detail(None, None)
        self.history.clear()
        self.attachments.set_owner(None)
        self.tabs.setCurrentIndex(0)
        self._ctx.submit(clock.now_utc, on_done=self.form.clear_for_new)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.show_error(str(error))
        else:
            self._ctx.runner.failed.emit(error)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        form = self.form.form()
        self.show_error("")
        if self._detail is None and form.linked_to_id is None:
            self._ctx.submit(insiden.find_duplicates, form, on_done=lambda found: self._maybe_duplicates(form, found),
                             on_error=self._failed)  # fmt: skip
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
            self._ctx.submit(
                insiden.create,
                form,
                on_done=self._created,
                on_error=self._failed,
            )
        else:
            self._ctx.submit(insiden.update, self._detail.id, version=self._detail.version, form=form,
                             on_done=lambda _s: setattr(self.form, "dirty", False), on_error=self._failed)  # fmt: skip

    def _created(self, saved) -> None:
        self.form.dirty = False
        self.open_incident(saved.id)
        self.chat.saved(saved.id)

    def load_draft(self, form) -> None:
        """A proposed incident from a chat report: shown, not saved, until the user saves it."""
        self.form.dirty = False  # the operator chose to load this draft
        self._detail = None
        self.table.clearSelection()
        self.title.setText(self.tr("<b>Draf dari laporan</b> — periksa lalu Simpan (Ctrl+S)"))
        self.show_error("")
        self.save_button.setEnabled(True)
        self.status_panel.show_detail(None, None)
        self.history.clear()
        self.form.load(form)
        self.tabs.setCurrentIndex(0)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

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

        def failed(error: BaseException) -> None:
            if isinstance(error, DomainError):
                dialog.show_error(str(error))
            else:
                self._ctx.runner.failed.emit(error)

        def submit() -> None:
            self._ctx.submit(insiden_workflow.transition, detail.id, version=detail.version, **dialog.values(),
                             on_done=lambda _c: dialog.accept(), on_error=failed)  # fmt: skip

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

        flt = self.model._filters or InsidenFilter()  # noqa: SLF001
        self._ctx.submit(insiden_export.export, flt, path, include_personal, progress_parent=self, label=self.tr("Mengekspor…"),
                         on_done=lambda n: self.counts.setText(self.tr("%1 insiden diekspor ke %2")
                                                               .replace("%1", formatting.number(n)).replace("%2", str(path))),
                         on_error=self._failed)  # fmt: skip
