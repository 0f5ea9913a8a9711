"""Tahapan page: per contest, a table and a Gantt-style timeline of the stages, and a
detail panel to record actual dates, progress and monitoring notes."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.core import palette
from app.services.core.actor import IMPOR, TAHAPAN_UBAH
from app.services.core.changes import TAHAPAN, Changes
from app.services.core.errors import DomainError, ValidationError
from app.services.tahapan import records as tahapan
from app.services.tahapan.import_spec import ALL_CONTESTS
from app.views.shell import icons, shortcuts
from app.views.shell.context import AppContext
from app.views.tahapan.detail import TahapanDetail
from app.views.tahapan.model import ID_ROLE, SORT_ROLE, TahapanTableModel
from app.views.widgets import layout_memory, template_saver
from app.views.widgets.chart_parts import legend_html
from app.views.widgets.edit_guard import EditGuard
from app.views.widgets.gantt import GanttChart
from app.views.widgets.import_dialog import ImportDialog
from app.views.widgets.status_colors import status_color
from app.views.widgets.tables import record_table
from app.views.widgets.texts import tr_args


class TahapanPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._overview: tahapan.Overview | None = None
        self._pending_select: int | None = None
        #: A conflict message that must survive the reload it triggers.
        self._pending_error = ""
        self.import_dialog: ImportDialog | None = None

        self.contest = QComboBox()
        self.contest.setMinimumContentsLength(40)
        self.contest.setAccessibleName(self.tr("Pemilihan"))
        self.contest.currentIndexChanged.connect(self.reload)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), "")
        for status in tahapan.STATUSES:
            self.status_filter.addItem(status, status)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        refresh = QPushButton(icons.action("refresh"), self.tr("Muat ulang"))
        refresh.setShortcut(shortcuts.key(shortcuts.REFRESH))
        refresh.setToolTip(self.tr("Muat ulang data (F5)"))
        refresh.clicked.connect(self.reload)
        self.import_button = QPushButton(icons.action("import"), self.tr("Impor jadwal…"))
        self.import_button.setShortcut(shortcuts.key(shortcuts.IMPORT))
        self.import_button.setToolTip(self.tr("Impor jadwal tahapan dari .xlsx atau .csv (Ctrl+I)"))
        self.import_button.clicked.connect(self._choose_import)
        template = QPushButton(icons.action("template"), self.tr("Unduh templat…"))
        template.clicked.connect(self._save_template)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pemilihan:")))
        top.addWidget(self.contest, 1)
        top.addWidget(self.status_filter)
        top.addWidget(refresh)
        top.addWidget(self.import_button)
        top.addWidget(template)

        self.model = TahapanTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(TahapanTableModel.COLUMNS.index("status"))
        self.table = record_table("tahapan_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.gantt = GanttChart()
        self.gantt.stage_clicked.connect(self.select_stage)
        # One wrapping line of entries (the today and voting-day lines are named on the chart).
        entries = [(status_color(status), status) for status in tahapan.STATUSES]
        legend = QLabel(self.tr("Lini masa:") + "&nbsp; "
                        + legend_html([*entries, (palette.PALE, self.tr("rencana"))]))  # fmt: skip
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(legend)
        timeline_layout.addWidget(self.gantt, 1)

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("tahapan_left_splitter")
        self.left.addWidget(self.table)
        self.left.addWidget(timeline)
        self.left.setSizes([330, 300])
        self.detail = TahapanDetail()
        self._ctx = ctx.reporting_to(self.detail)
        self.detail.setMinimumWidth(330)
        self.detail.save_requested.connect(self._save)
        self.detail.note_requested.connect(self._add_note)
        #: Says at once when the stage under unsaved edits is saved on another PC.
        self.edit = EditGuard(self._ctx, "tahapan", self.detail.show_error, self)
        self.detail.stage_shown.connect(self.edit.begin)
        self.detail.changed_elsewhere.connect(self._changed_elsewhere)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("tahapan_splitter")
        self.split.addWidget(self.left)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 1)
        self.split.setSizes([900, 360])
        self.counts = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.counts)
        self._restore_layout()
        self._apply_role()
        self._load_contests()

    def _apply_role(self) -> None:
        actor = self._ctx.actor
        self.detail.set_read_only(actor.why_not(TAHAPAN_UBAH))
        self.import_button.setEnabled(actor.can(IMPOR))
        if not actor.can(IMPOR):
            self.import_button.setToolTip(actor.why_not(IMPOR))

    # -- layout memory ------------------------------------------------------------------
    def _layout_parts(self):
        return [(self.left.objectName(), self.left), (self.split.objectName(), self.split),
                ("tahapan_table_header", self.table.horizontalHeader())]  # fmt: skip

    def _restore_layout(self) -> None:
        layout_memory.restore(self._ctx.settings, self._layout_parts())

    def save_layout(self) -> None:
        layout_memory.save(self._ctx.settings, self._layout_parts())

    # -- loading ------------------------------------------------------------------------
    def _load_contests(self) -> None:
        self._ctx.submit(tahapan.list_pemilihan, on_done=self._contests_loaded)

    def _contests_loaded(self, contests: list[tahapan.PemilihanRow]) -> None:
        self.contest.blockSignals(True)
        self.contest.clear()
        for contest in contests:
            self.contest.addItem(contest.name, contest.id)
        wanted = getattr(self, "_wanted_contest", None)
        if wanted is not None and self.contest.findData(wanted) >= 0:
            self.contest.setCurrentIndex(self.contest.findData(wanted))
        self.contest.blockSignals(False)
        self.reload()

    def apply_navigation(
        self, *, pemilihan_id: int | None = None, status: str = "", open_id: int | None = None, **_
    ) -> None:
        """Arriving from another page (the dashboard): a contest, a status filter, a stage."""
        self._pending_select = open_id
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        index = self.contest.findData(pemilihan_id) if pemilihan_id is not None else -1
        if index >= 0 and index != self.contest.currentIndex():
            self.contest.setCurrentIndex(index)  # reloads, then selects the pending stage
        elif open_id is not None and self.model.row_of(open_id) >= 0:
            self.select_stage(open_id)
        elif pemilihan_id is not None and index < 0:
            self._wanted_contest = pemilihan_id

    def current_contest_id(self) -> int | None:
        return self.contest.currentData()

    def reload(self) -> None:
        contest_id = self.current_contest_id()
        if contest_id is not None:
            self._ctx.submit(tahapan.overview, contest_id, on_done=self._loaded)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(TAHAPAN):
            self.reload()

    def _loaded(self, overview: tahapan.Overview) -> None:
        if overview.contest.id != self.current_contest_id():
            return  # the user switched contest while this was loading
        self._overview = overview
        selected = self._pending_select or (self.detail.stage.id if self.detail.stage else None)
        self._pending_select = None
        self.model.set_rows(overview.rows)
        self.gantt.set_rows(overview.rows, overview.today, overview.contest.voting_date)
        counts = overview.counts()
        text = tr_args(self.tr("%1 tahapan"), len(overview.rows))
        text += "".join(f" · {status}: {counts[status]}" for status in tahapan.STATUSES)
        self.counts.setText(text)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_stage(selected)
        else:
            self.detail.set_stage(None, overview.today)
        if self._pending_error:
            self.detail.show_error(self._pending_error)
            self._pending_error = ""

    def _apply_filter(self) -> None:
        status = self.status_filter.currentData() or ""
        self.proxy.setFilterFixedString(status)

    # -- selection ----------------------------------------------------------------------
    def select_stage(self, tahapan_id: int) -> None:
        source_row = self.model.row_of(tahapan_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():  # hidden by the status filter: show everything
            self.status_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _row_changed(self, current, _previous) -> None:
        if self._overview is None or not current.isValid():
            return
        tahapan_id = self.proxy.data(current, ID_ROLE)
        stage = self.model.stage(self.model.row_of(tahapan_id))
        self.detail.set_stage(stage, self._overview.today)
        self.gantt.select(stage.id)
        tz = ZoneInfo(self._overview.timezone)
        self._ctx.submit(
            tahapan.list_catatan,
            stage.id,
            on_done=lambda notes, sid=stage.id: self._notes_loaded(sid, notes, tz),
        )

    def _changed_elsewhere(self, stage_id: int, version: int) -> None:
        if self._pending_error:
            return  # a save was just refused for it: that message says it already
        self.edit.seen(stage_id, version, unsaved=True)

    def _notes_loaded(self, tahapan_id: int, notes, tz: ZoneInfo) -> None:
        if self.detail.stage is not None and self.detail.stage.id == tahapan_id:
            self.detail.set_notes(notes, tz)

    # -- actions ------------------------------------------------------------------------
    def _save(self, tahapan_id: int, version: int, values: dict) -> None:
        self.detail.show_error("")
        self._pending_select = tahapan_id
        self._ctx.submit(
            tahapan.update_tahapan,
            tahapan_id,
            version=version,
            **values,
            on_error=self._save_failed,
        )

    def _add_note(self, tahapan_id: int, text: str) -> None:
        self._pending_select = tahapan_id
        self._ctx.submit(
            tahapan.add_catatan,
            tahapan_id,
            text,
            on_done=lambda _c: self.detail.clear_new_note(),
            on_error=self._save_failed,
        )

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.detail.show_error(str(error))
            if not isinstance(error, ValidationError):
                # Show the other PC's version, keep the message on screen.
                self._pending_error = str(error)
                self.reload()
        else:
            self._ctx.report(error)

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas jadwal tahapan"),
            "",
            self.tr("Lembar kerja (*.xlsx *.xls *.ods *.csv)"),
        )
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> ImportDialog:
        # The contest on screen first: that is what the user is looking at.
        current = self.contest.currentIndex()
        order = [current] + [i for i in range(self.contest.count()) if i != current]
        choices = [(self.contest.itemData(i), self.contest.itemText(i)) for i in order if i >= 0]
        choices.append((ALL_CONTESTS, self.tr("Semua pemilihan")))
        dialog = ImportDialog(
            self._ctx, "tahapan", path, [("pemilihan", self.tr("Terapkan ke"), choices)], self
        )
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _save_template(self) -> None:
        template_saver.choose_and_save(self, self._ctx, "tahapan")
