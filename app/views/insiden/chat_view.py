"""Showing what was recognised in a chat report: the original text with every recognised
piece highlighted, and a list of the proposed fields with the words that led to them."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.models.insiden import SEVERITIES
from app.services.core import formatting, palette
from app.services.insiden.chat.intake import Analysis
from app.views.widgets.region_picker import label_of
from app.views.widgets.texts import tr_args

FIELD_COLORS = palette.HIGHLIGHT
FIELD_NAMES = {
    "wilayah": "wilayah", "tps": "TPS", "rt_rw": "RT/RW", "waktu": "waktu", "kategori": "kategori",
    "keparahan": "keparahan", "pelapor": "pelapor", "telepon": "telepon",
    "bukan_insiden": "bukan laporan insiden",
}  # fmt: skip


def highlighted(text: str, analysis: Analysis) -> str:
    """The original text as HTML, recognised spans on a coloured background (escaped)."""
    spans = sorted(analysis.extraction.spans, key=lambda s: (s.start, -s.end))
    parts, cursor = [], 0
    for span in spans:
        if span.start < cursor:
            continue  # overlapping recognitions: the first one wins
        parts.append(html.escape(text[cursor : span.start]))
        color = FIELD_COLORS.get(span.field, palette.HIGHLIGHT_OTHER)
        title = html.escape(FIELD_NAMES.get(span.field, span.field))
        parts.append(
            f'<span style="background:{color}" title="{title}">{html.escape(text[span.start : span.end])}</span>'
        )
        cursor = span.end
    parts.append(html.escape(text[cursor:]))
    return "<p style='white-space:pre-wrap'>" + "".join(parts) + "</p>"


class AnalysisView(QWidget):
    """Highlighted text plus the proposed fields; lets the user pick an ambiguous region."""

    region_chosen = Signal(object)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.analysis: Analysis | None = None
        self.text = QTextBrowser()
        self.fields = QLabel()
        self.fields.setWordWrap(True)
        self.region_choice = QComboBox()
        self.region_choice.currentIndexChanged.connect(
            lambda _i: self.region_chosen.emit(self.region_choice.currentData())
        )
        form = QFormLayout()
        form.addRow(self.tr("Wilayah (pilih)"), self.region_choice)
        form.setRowVisible(self.region_choice, False)
        self._form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.fields, 1)
        layout.addLayout(form)

    def show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        found = analysis.extraction
        self.text.setHtml(highlighted(analysis.text, analysis))
        missing = self.tr("— tidak dikenali; isi di formulir")
        lines = []
        if found.wilayah is not None:
            lines.append(tr_args(self.tr("Wilayah: %1"), html.escape(label_of(found.wilayah))))
        elif found.wilayah_choices:
            lines.append(self.tr("Wilayah: nama ini ada di beberapa tempat — pilih di bawah"))
        else:
            lines.append(tr_args(self.tr("Wilayah: %1"), missing))
        lines.append(
            tr_args(self.tr("TPS: %1"), found.tps or missing)
            + (f" · {found.rt_rw}" if found.rt_rw else "")
        )
        if found.occurred_at is not None:
            lines.append(
                tr_args(self.tr("Waktu: %1"), formatting.date_time(found.occurred_at, self._tz))
            )
        elif found.occurred_on is not None:
            day = found.occurred_on.strftime("%d/%m/%Y")
            lines.append(tr_args(self.tr("Waktu: %1, jam tidak disebut — isi jamnya"), day))
        else:
            lines.append(self.tr("Waktu: tidak disebut — diisi waktu pesan; periksa"))
        if found.kategori_code:
            words = ", ".join(found.kategori_words)
            lines.append(
                tr_args(
                    self.tr("Kategori: %1 (kata: %2)"),
                    html.escape(analysis.kategori_name),
                    html.escape(words),
                )
            )
        else:
            lines.append(tr_args(self.tr("Kategori: %1"), missing))
        if found.severity:
            lines.append(
                tr_args(
                    self.tr("Keparahan: %1 (kata: %2)"),
                    SEVERITIES[found.severity],
                    html.escape(", ".join(found.severity_words)),
                )
            )
        else:
            lines.append(self.tr("Keparahan: tidak ada petunjuk — 2 Sedang, periksa"))
        reporter = " · ".join(filter(None, (found.reporter_name, found.reporter_phone)))
        lines.append(
            tr_args(self.tr("Pelapor: %1"), html.escape(reporter) if reporter else missing)
        )
        if analysis.remark:  # a greeting, an all-clear or news: the fields stay empty
            words = html.escape(", ".join(found.not_incident_words))
            lines = [html.escape(analysis.remark), tr_args(self.tr("Kata: %1"), words)]
        self.fields.setText("<br>".join(lines))
        self.region_choice.blockSignals(True)
        self.region_choice.clear()
        for ref in found.wilayah_choices:
            self.region_choice.addItem(label_of(ref), ref)
        self.region_choice.setCurrentIndex(-1)
        self.region_choice.blockSignals(False)
        self._form.setRowVisible(
            self.region_choice, bool(found.wilayah_choices) and found.wilayah is None
        )
