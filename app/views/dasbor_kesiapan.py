"""Detail of the readiness index: the formula with the desk's weights, and every kab/kota's
components, so a Pimpinan can see why a region is "Perlu perhatian"."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.services import formatting, kesiapan
from app.services.dasbor import DasborSnapshot
from app.views.dasbor_indicators import LEVEL_COLORS


def _cell(value: float | None) -> str:
    return "–" if value is None else formatting.number(value, 1)


def kesiapan_html(s: DasborSnapshot) -> str:
    w = s.weights
    head = "".join(f"<th>{html.escape(kesiapan.COMPONENT_LABELS[c])}<br>(bobot {w.of(c):g})</th>"
                   for c in kesiapan.COMPONENTS)  # fmt: skip
    rows = []
    for f in s.figures:
        k = f.kesiapan
        color = LEVEL_COLORS.get(k.level)
        level = f'<span style="color:{color.name()}">■</span> {k.level}' if color else "–"
        cells = "".join(
            f"<td align='right' title='{html.escape(k.basis.get(c, ''))}'>{_cell(k.components.get(c))}</td>"
            for c in kesiapan.COMPONENTS
        )
        used = ", ".join(kesiapan.COMPONENT_LABELS[c].lower() for c in k.used) or "–"
        rows.append(f"<tr><td>{html.escape(f.name)}</td>{cells}<td align='right'><b>{_cell(k.score)}</b></td>"
                    f"<td>{level}</td><td>{html.escape(used)}</td></tr>")  # fmt: skip
    missing = [kesiapan.COMPONENT_LABELS[c] for c in kesiapan.COMPONENTS
               if all(f.kesiapan.components.get(c) is None for f in s.figures)]  # fmt: skip
    note = (
        "<p><i>Komponen tanpa data (tidak dihitung, bobot lain dinormalkan ulang): "
        + html.escape(", ".join(missing)) + "</i></p>" if missing else ""
    )  # fmt: skip
    return (
        f"<p>{html.escape(kesiapan.formula_text(w))}</p>{note}"
        "<table border='1' cellspacing='0' cellpadding='4'>"
        f"<tr><th>Kab/kota</th>{head}<th>Indeks</th><th>Level</th><th>Komponen dipakai</th></tr>"
        + "".join(rows) + "</table>"
        "<p>Bobot dan pengurang insiden diatur di Pengaturan desk (kesiapan_*).</p>"
    )  # fmt: skip


class KesiapanDialog(QDialog):
    def __init__(self, snapshot: DasborSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rincian indeks kesiapan"))
        self.browser = QTextBrowser()
        self.browser.setHtml(kesiapan_html(snapshot))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 460)
