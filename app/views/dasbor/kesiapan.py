"""Detail of the readiness index: the formula with the desk's weights, and every kab/kota's
components, so a Pimpinan can see why a region is "Perlu perhatian"."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.services.core import formatting
from app.services.dasbor import kesiapan
from app.services.dasbor.summary import DasborSnapshot
from app.views.dasbor.indicators import LEVEL_COLORS
from app.views.widgets.texts import tr_args

translate = QCoreApplication.translate


def _cell(value: float | None) -> str:
    """Truncated: a score of 79,96 reads 79,9 beside "Cukup", never 80,0."""
    return "–" if value is None else formatting.number_floor(value, 1)


def component_labels() -> dict[str, str]:
    """The components as the dialog names them (translated)."""
    return {
        kesiapan.LOGISTIK: translate("dasbor", "Kesiapan logistik"),
        kesiapan.TAHAPAN: translate("dasbor", "Tahapan tepat jadwal"),
        kesiapan.INSIDEN: translate("dasbor", "Beban insiden berat terbuka"),
        kesiapan.SOSIALISASI: translate("dasbor", "Cakupan sosialisasi"),
    }


def level_labels() -> dict[str, str]:
    return {
        kesiapan.SIAP: translate("dasbor", "Siap"),
        kesiapan.CUKUP: translate("dasbor", "Cukup"),
        kesiapan.PERLU_PERHATIAN: translate("dasbor", "Perlu perhatian"),
    }


def formula_html(w: kesiapan.Weights) -> str:
    """``kesiapan.formula_text`` with the desk's weights, in the interface language."""
    labels = component_labels()
    parts = " + ".join(f"{w.of(c):g} × {labels[c].lower()}" for c in kesiapan.COMPONENTS)
    text = (
        tr_args(translate("dasbor", "Indeks = (%1) ÷ jumlah bobot komponen yang berdata. Beban insiden = 100 − %2 × (Tinggi + 2 × Kritis) yang masih terbuka. Siap ≥ %3, Cukup ≥ %4, di bawahnya Perlu perhatian."), parts, f"{w.poin_insiden:g}", f"{kesiapan.SIAP_FROM:g}", f"{kesiapan.CUKUP_FROM:g}")
    )  # fmt: skip
    return f"<p>{html.escape(text)}</p>"


def kesiapan_html(s: DasborSnapshot) -> str:
    w = s.weights
    labels, levels = component_labels(), level_labels()
    weight = translate("dasbor", "(bobot %1)")
    head = "".join(f"<th>{html.escape(labels[c])}<br>{html.escape(tr_args(weight, f'{w.of(c):g}'))}</th>"
                   for c in kesiapan.COMPONENTS)  # fmt: skip
    rows = []
    for f in s.figures:
        k = f.kesiapan
        color = LEVEL_COLORS.get(k.level)
        level = (f'<span style="color:{color.name()}">■</span> {html.escape(levels.get(k.level, k.level))}'
                 if color else "–")  # fmt: skip
        cells = "".join(
            f"<td align='right' title='{html.escape(k.basis.get(c, ''))}'>{_cell(k.components.get(c))}</td>"
            for c in kesiapan.COMPONENTS
        )
        used = ", ".join(labels[c].lower() for c in k.used) or "–"
        rows.append(f"<tr><td>{html.escape(f.name)}</td>{cells}<td align='right'><b>{_cell(k.score)}</b></td>"
                    f"<td>{level}</td><td>{html.escape(used)}</td></tr>")  # fmt: skip
    missing = [labels[c] for c in kesiapan.COMPONENTS
               if all(f.kesiapan.components.get(c) is None for f in s.figures)]  # fmt: skip
    note = (
        "<p><i>" + html.escape(tr_args(translate("dasbor", "Komponen tanpa data (tidak dihitung, bobot lain dinormalkan ulang): %1"), ", ".join(missing)))
        + "</i></p>" if missing else ""
    )  # fmt: skip
    columns = (translate("dasbor", "Kab/kota"), translate("dasbor", "Indeks"), translate("dasbor", "Level"),
               translate("dasbor", "Komponen dipakai"))  # fmt: skip
    region, index, level_head, used_head = (html.escape(c) for c in columns)
    footer = translate(
        "dasbor", "Bobot dan pengurang insiden diatur di halaman Pengaturan, tab Pengaturan desk."
    )
    return (
        f"{formula_html(w)}{note}"
        "<table border='1' cellspacing='0' cellpadding='4'>"
        f"<tr><th>{region}</th>{head}<th>{index}</th><th>{level_head}</th><th>{used_head}</th></tr>"
        + "".join(rows) + "</table>"
        f"<p>{html.escape(footer)}</p>"
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
