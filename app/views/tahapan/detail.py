"""Detail panel of one stage: what was planned, what happened (editable), and the dated
monitoring notes. It only emits requests; the page runs the use cases."""

from __future__ import annotations

import html
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.core import formatting, palette
from app.services.tahapan.records import CatatanRow, TahapanRow
from app.views.shell import shortcuts
from app.views.widgets.colors import text_style
from app.views.widgets.error_label import ErrorLabel
from app.views.widgets.optional_date import OptionalDateEdit
from app.views.widgets.status_colors import status_color
from app.views.widgets.texts import tr_args


class TahapanDetail(QWidget):
    save_requested = Signal(int, int, dict)
    note_requested = Signal(int, str)
    #: A stage shown afresh (its id and version): the edit starts from it.
    stage_shown = Signal(int, int)
    #: The stage under unsaved edits was re-read at a newer version (saved elsewhere).
    changed_elsewhere = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stage: TahapanRow | None = None
        self._read_only = ""
        self.title = QLabel(self.tr("Pilih tahapan di tabel atau lini masa."))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.status = QLabel()
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(text_style(palette.CAUTION_TEXT))
        self.read_only_note.hide()

        self.actual_start = OptionalDateEdit(self.tr("sudah"))
        self.actual_start.check.setToolTip(self.tr("Centang bila tahapan sudah mulai"))
        self.actual_end = OptionalDateEdit(self.tr("sudah"))
        self.actual_end.check.setToolTip(self.tr("Centang bila tahapan sudah selesai"))
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("mis. KPU, Bawaslu"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setShortcut(shortcuts.key(shortcuts.SAVE))
        self.save_button.setToolTip(self.tr("Simpan perubahan tahapan (Ctrl+S)"))
        self.save_button.clicked.connect(self._save)

        form = QFormLayout()
        form.addRow(self.tr("Mulai aktual"), self.actual_start)
        form.addRow(self.tr("Selesai aktual"), self.actual_end)
        form.addRow(self.tr("Progres"), self.progress)
        form.addRow(self.tr("Penanggung jawab"), self.responsible)
        form.addRow(self.tr("Keterangan"), self.notes)
        edit_box = QGroupBox(self.tr("Pelaksanaan"))
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.addLayout(form)
        edit_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        edit_layout.addLayout(buttons)

        self.note_list = QTextBrowser()
        self.note_list.setOpenLinks(False)
        self.new_note = QPlainTextEdit()
        self.new_note.setTabChangesFocus(True)
        self.new_note.setPlaceholderText(self.tr("Tulis catatan pemantauan…"))
        self.new_note.setMaximumHeight(56)
        self.add_note_button = QPushButton(self.tr("Tambah catatan"))
        self.add_note_button.setShortcut(shortcuts.key(shortcuts.ADD_NOTE))
        self.add_note_button.setToolTip(self.tr("Tambahkan catatan bertanggal (Ctrl+M)"))
        self.add_note_button.clicked.connect(self._add_note)
        notes_box = QGroupBox(self.tr("Catatan pemantauan"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.note_list, 1)
        notes_layout.addWidget(self.new_note)
        note_buttons = QHBoxLayout()
        note_buttons.addStretch(1)
        note_buttons.addWidget(self.add_note_button)
        notes_layout.addLayout(note_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.plan)
        layout.addWidget(self.read_only_note)
        layout.addWidget(edit_box)
        layout.addWidget(notes_box, 1)
        self._set_enabled(False)

    def set_read_only(self, reason: str) -> None:
        """Disable editing for a role that may not change stages; say why on hover."""
        self._read_only = reason
        self.read_only_note.setText(reason)
        self.read_only_note.setVisible(bool(reason))
        for widget in (self.save_button, self.add_note_button):
            widget.setToolTip(reason or widget.toolTip())
        self._set_enabled(self._stage is not None)

    def _set_enabled(self, enabled: bool) -> None:
        enabled = enabled and not self._read_only
        for widget in (self.actual_start, self.actual_end, self.progress, self.responsible, self.notes,
                       self.save_button, self.new_note, self.add_note_button):  # fmt: skip
            widget.setEnabled(enabled)

    @property
    def stage(self) -> TahapanRow | None:
        return self._stage

    def is_dirty(self) -> bool:
        """True when the form holds edits the user has not saved."""
        return self._differs_from(self._stage)

    def _differs_from(self, stage: TahapanRow | None) -> bool:
        if stage is None:
            return False
        return (
            self.actual_start.value() != stage.actual_start
            or self.actual_end.value() != stage.actual_end
            or self.progress.value() != stage.progress
            or self.responsible.text().strip() != stage.responsible
            or self.notes.toPlainText().strip() != stage.notes
        )

    def set_stage(self, stage: TahapanRow | None, today: date) -> None:
        if (
            stage is not None
            and self._stage is not None
            and stage.id == self._stage.id
            and self.is_dirty()
            and self._differs_from(stage)  # what the form holds is not what was just saved
        ):
            # A reload (after a note, F5, another PC's change) must not wipe unsaved
            # edits: keep them and the version they started from, so a save still detects
            # a conflicting change by someone else - and say at once that it happened.
            if stage.version != self._stage.version:
                self.changed_elsewhere.emit(stage.id, stage.version)
            return
        self._stage = stage
        self.show_error("")
        self._set_enabled(stage is not None)
        if stage is None:
            self.title.setText(self.tr("Pilih tahapan di tabel atau lini masa."))
            self.status.clear()
            self.plan.clear()
            self.note_list.clear()
            # Nothing chosen: empty fields, not Qt's default dates or the last stage's values.
            self.actual_start.clear()
            self.actual_end.clear()
            self.progress.setValue(0)
            self.responsible.clear()
            self.notes.clear()
            return
        self.title.setText(f"{stage.code} — {stage.name}")
        color = status_color(stage.status).name()
        self.status.setText(
            f'<span style="color:{color}; font-weight:bold">■ {html.escape(stage.status)}</span>'
        )
        plan = tr_args(
            self.tr("Rencana: %1 s.d. %2"),
            formatting.short_date(stage.planned_start) or "—",
            formatting.short_date(stage.planned_end) or "—",
        )
        if stage.expected_progress is not None:
            plan += tr_args(
                self.tr(" · progres rencana hari ini %1%"),
                formatting.number(stage.expected_progress),
            )
        self.plan.setText(plan)
        self.actual_start.set_value(stage.actual_start, stage.planned_start or today)
        self.actual_end.set_value(stage.actual_end, min(today, stage.planned_end or today))
        self.progress.setValue(stage.progress)
        self.responsible.setText(stage.responsible)
        self.notes.setPlainText(stage.notes)
        self.stage_shown.emit(stage.id, stage.version)

    def set_notes(self, notes: list[CatatanRow], tz: ZoneInfo) -> None:
        if not notes:
            self.note_list.setHtml(f"<i>{html.escape(self.tr('Belum ada catatan.'))}</i>")
            return
        parts = [
            f"<p><b>{html.escape(formatting.date_time(n.noted_at, tz))}</b> · {html.escape(n.author)}<br>"
            f"{html.escape(n.text).replace(chr(10), '<br>')}</p>"
            for n in notes
        ]
        self.note_list.setHtml("".join(parts))

    def show_error(self, message: str) -> None:
        self.error.show_error(message)

    def clear_new_note(self) -> None:
        self.new_note.clear()

    def _save(self) -> None:
        if self._stage is None:
            return
        self.save_requested.emit(
            self._stage.id,
            self._stage.version,
            {
                "actual_start": self.actual_start.value(),
                "actual_end": self.actual_end.value(),
                "progress": self.progress.value(),
                "responsible": self.responsible.text(),
                "notes": self.notes.toPlainText(),
            },
        )

    def _add_note(self) -> None:
        if self._stage is not None:
            self.note_requested.emit(self._stage.id, self.new_note.toPlainText())
