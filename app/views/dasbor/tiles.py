"""KPI tiles: one figure each, coloured by how it stands, opening the page behind it
(filtered) on click, Enter or Space. A figure whose source has no data says so."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.core import formatting, palette
from app.services.dasbor import kesiapan
from app.services.dasbor.sources import FAILED, OK, Sourced
from app.services.dasbor.summary import DasborSnapshot
from app.services.insiden.query import OPEN
from app.views.widgets.texts import region_label, tr_args

translate = QCoreApplication.translate
TONES = {
    "ok": palette.GOOD,
    "warn": palette.WARN,
    "bad": palette.POOR,
    "info": palette.INFO,
    "none": palette.NEUTRAL,
}
AREA_WORDS = {"logistik": "logistik", "sosialisasi": "sosialisasi", "partisipasi": "partisipasi",
              "kerawanan": "kerawanan", "tahapan": "tahapan", "insiden": "insiden"}  # fmt: skip


@dataclass(frozen=True)
class TileSpec:
    key: str
    title: str
    value: str
    detail: str
    tone: str
    #: Page to open and its filters; area "" opens nothing, "kesiapan" the index dialog.
    area: str
    filters: tuple[tuple[str, Any], ...] = ()
    tooltip: str = ""


def no_data(sourced: Sourced) -> str:
    """The honest sentence for a figure that cannot be shown."""
    area = AREA_WORDS.get(sourced.area, sourced.area)
    if sourced.state == FAILED:
        return tr_args(translate("dasbor", "Data %1 gagal dimuat (lihat log)"), area)
    return translate("dasbor", "belum ada data")


def tiles(s: DasborSnapshot) -> list[TileSpec]:
    q = s.query
    region = (("wilayah_code", q.root_code),) if q.root_code else ()
    contest = (("pemilihan_id", q.pemilihan_id),) if q.pemilihan_id else ()
    #: Sessions of the dashboard's period (the reach tile counts those).
    period = (("date_from", q.start), ("date_to", q.end))
    result = [_countdown(s, contest)]
    opened = s.open_incidents
    if opened.ok:
        sev = opened.value.by_severity
        result.append(
            TileSpec(
                "insiden",
                translate("dasbor", "Insiden terbuka"),
                formatting.number(opened.value.total),
                tr_args(
                    translate("dasbor", "Kritis %1 · Tinggi %2 · Sedang %3 · Rendah %4"),
                    sev[4],
                    sev[3],
                    sev[2],
                    sev[1],
                ),
                "bad" if sev[4] else "warn" if sev[3] else "ok",
                "insiden",
                # Open is open: the tile counts every date, so the register shows every date.
                region + contest + (("status", OPEN),),
                translate(
                    "dasbor", "Baru, terverifikasi, atau sedang ditindaklanjuti (semua tanggal)"
                ),
            )
        )
        overdue = opened.value.overdue
        result.append(
            TileSpec(
                "terlambat",
                translate("dasbor", "Tindak lanjut terlambat"),
                formatting.number(overdue),
                translate("dasbor", "melewati batas waktu instansi"),
                "bad" if overdue else "ok",
                "insiden",
                region + contest + (("overdue_only", True),),
            )
        )
    else:
        result.append(
            TileSpec(
                "insiden",
                translate("dasbor", "Insiden terbuka"),
                "–",
                no_data(opened),
                "none",
                "insiden",
            )
        )
    result.append(_logistik(s, region))
    result.append(_stages(s, contest))
    result.append(_reach(s, region + period))
    result.append(_turnout(s, region, contest))
    result.append(_kesiapan(s))
    return result  # fmt: skip


def _countdown(s: DasborSnapshot, contest) -> TileSpec:
    c = s.countdown
    if c.voting_day is None:
        return TileSpec("hitung_mundur", translate("dasbor", "Pemungutan suara"), "–",
                        translate("dasbor", "belum ada pemilihan"), "none", "")  # fmt: skip
    detail = formatting.long_date(c.voting_day) + (f"\n{c.contest_name}" if c.contest_name else "")
    return TileSpec("hitung_mundur", translate("dasbor", "Pemungutan suara"), c.label, detail,
                    "info", "tahapan", contest)  # fmt: skip


def _logistik(s: DasborSnapshot, region) -> TileSpec:
    title = translate("dasbor", "Kesiapan logistik")
    province = s.logistik_province
    rows = s.logistik_kabkota.value if s.logistik_kabkota.ok else []
    chosen = next((r for r in rows or [] if r.code == s.query.root_code), None)
    main = chosen or (province.value if province.ok else None)
    if main is None or main.ratio is None:
        return TileSpec("logistik", title, "–", no_data(province), "none", "logistik", region)
    rated = [r for r in rows or [] if r.ratio is not None]
    worst = min(rated, key=lambda r: r.ratio) if rated and not chosen else None
    detail = (
        tr_args(
            translate("dasbor", "Terendah: %1 %2"),
            region_label(worst.name),
            formatting.percent_floor(worst.ratio, 1),
        )
        if worst
        else region_label(main.name)
    )
    at_risk = s.alert_totals.get("logistik")
    if at_risk and s.alert_states.get("logistik") == OK:
        detail += " · " + tr_args(
            translate("dasbor", "%1 berisiko/terlambat"), formatting.number(at_risk)
        )
    lowest = worst.ratio if worst else main.ratio
    tone = "ok" if lowest >= 1 else "warn" if lowest >= 0.9 else "bad"
    # Opens the consignments at risk in the dashboard's kab/kota: what to chase.
    return TileSpec("logistik", title, formatting.percent_floor(main.ratio, 1), detail, tone, "logistik",
                    region + (("at_risk", True),),
                    translate("dasbor", "Barang baik diterima ÷ kebutuhan. Klik: pengiriman berisiko/terlambat"))  # fmt: skip


def _stages(s: DasborSnapshot, contest) -> TileSpec:
    title = translate("dasbor", "Tahapan tepat jadwal")
    if not s.stages.ok:
        return TileSpec("tahapan", title, "–", no_data(s.stages), "none", "tahapan", contest)
    st = s.stages.value
    if not st.reported:  # only planned: "late" would only mean "not reported yet"
        return TileSpec("tahapan", title, "–", translate("dasbor", "belum ada laporan pelaksanaan tahapan"),
                        "none", "tahapan", contest)  # fmt: skip
    late, risk = st.counts.get("Terlambat", 0), st.counts.get("Berisiko", 0)
    detail = tr_args(translate("dasbor", "Terlambat %1 · Berisiko %2"), late, risk)
    value = f"{st.on_schedule}/{st.due}"
    # The Tahapan page shows one contest: the chosen one, else the one with most late stages.
    shown = contest or ((("pemilihan_id", st.worst_contest),) if st.worst_contest else ())
    filters = shown + ((("status", "Terlambat"),) if late else ())
    return TileSpec("tahapan", title, value, detail, "bad" if late else "warn" if risk else "ok",
                    "tahapan", filters, translate("dasbor", "Selesai atau berjalan sesuai rencana, dari tahapan yang sudah dimulai atau jatuh tempo"))  # fmt: skip


def _reach(s: DasborSnapshot, filters) -> TileSpec:
    title = translate("dasbor", "Jangkauan sosialisasi")
    if not s.reach.ok:
        return TileSpec("sosialisasi", title, "–", no_data(s.reach), "none", "sosialisasi", filters)
    r = s.reach.value
    planned = getattr(r, "planned_reported", 0) or r.planned
    ratio = r.attended / planned if planned else None
    detail = tr_args(
        translate("dasbor", "%1 kegiatan · %2 hadir dari rencana %3"),
        formatting.number(r.sessions),
        formatting.number(r.attended),
        formatting.number(planned),
    )
    tone = "none" if ratio is None else "ok" if ratio >= 0.9 else "warn" if ratio >= 0.7 else "bad"
    return TileSpec("sosialisasi", title, formatting.percent_floor(ratio, 1), detail, tone, "sosialisasi", filters,
                    translate("dasbor", "Peserta hadir ÷ peserta yang direncanakan, pada periode yang dipilih"))  # fmt: skip


def _turnout(s: DasborSnapshot, region, contest) -> TileSpec:
    title = translate("dasbor", "Partisipasi pemilih")
    if not s.voting_passed:
        return TileSpec("partisipasi", title, "–", translate("dasbor", "tersedia setelah hari pemungutan suara"),
                        "none", "partisipasi", region + contest)  # fmt: skip
    if not s.turnout.ok or s.turnout.value.turnout_pct is None:
        return TileSpec(
            "partisipasi", title, "–", no_data(s.turnout), "none", "partisipasi", region + contest
        )
    t = s.turnout.value
    detail = tr_args(translate("dasbor", "target %1"), formatting.percent(t.target_pct, 0))
    below = t.target_pct is not None and t.turnout_pct < t.target_pct
    return TileSpec("partisipasi", title, formatting.percent_floor(t.turnout_pct / 100, 2), detail,
                    "warn" if below else "ok", "partisipasi", region + contest, t.method)  # fmt: skip


def _kesiapan(s: DasborSnapshot) -> TileSpec:
    title = translate("dasbor", "Kab/kota perlu perhatian")
    rated = [f for f in s.figures if f.kesiapan.score is not None]
    if not rated:
        return TileSpec(
            "kesiapan", title, "–", translate("dasbor", "belum ada data"), "none", "kesiapan"
        )
    counts = {level: sum(f.kesiapan.level == level for f in rated) for level in kesiapan.LEVELS}
    worst = min(rated, key=lambda f: f.kesiapan.score)
    poor = counts[kesiapan.PERLU_PERHATIAN]
    value = tr_args(translate("dasbor", "%1 dari %2"), poor, len(s.figures))
    detail = tr_args(
        translate("dasbor", "Indeks: Siap %1 · Cukup %2 · terendah %3 (%4)"),
        counts[kesiapan.SIAP],
        counts[kesiapan.CUKUP],
        region_label(worst.name),
        formatting.number_floor(worst.kesiapan.score, 0),
    )
    tone = "bad" if poor else "warn" if counts[kesiapan.CUKUP] else "ok"
    return TileSpec("kesiapan", title, value, detail, tone, "kesiapan", (),
                    translate("dasbor", "Klik untuk rincian rumus dan komponen tiap kab/kota"))  # fmt: skip


class Tile(QFrame):
    activated = Signal(object)  # TileSpec

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dasborTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.spec: TileSpec | None = None
        self.title, self.value, self.detail = QLabel(), QLabel(), QLabel()
        self.title.setStyleSheet(f"color: {palette.TILE_TITLE}; font-size: 8pt; font-weight: 600;")
        self.value.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.detail.setStyleSheet(f"color: {palette.TILE_DETAIL}; font-size: 8pt;")
        for label in (self.title, self.value, self.detail):
            label.setWordWrap(label is not self.value)
            # Equal tiles: the text never widens its tile.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 6, 5)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)

    def needed_height(self, width: int) -> int:
        """The height that shows all of the tile's text at ``width`` (nothing cut)."""
        margins = self.layout().contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 5)  # 5: the coloured edge
        lines = [self.title.heightForWidth(inner), self.value.sizeHint().height(),
                 self.detail.heightForWidth(inner)]  # fmt: skip
        return (
            sum(max(h, 0) for h in lines)
            + 2 * self.layout().spacing()
            + margins.top()
            + margins.bottom()
            + 2
        )

    def show_spec(self, spec: TileSpec) -> None:
        self.spec = spec
        self.title.setText(spec.title)
        self.value.setText(spec.value)
        self.detail.setText(spec.detail)
        color = TONES.get(spec.tone, TONES["none"])
        self.setStyleSheet(
            f"#dasborTile {{ background: {palette.PAPER}; border: 1px solid {palette.PALE};"
            f" border-left: 5px solid {color}; border-radius: 4px; }}"
            f"#dasborTile:focus {{ border: 2px solid {palette.INFO}; border-left: 5px solid {color}; }}"
        )
        self.value.setStyleSheet(
            f"font-size: 16pt; font-weight: 600; color: {color if spec.tone in ('bad', 'warn') else palette.INK};"
        )
        self.setToolTip(spec.tooltip)
        self.setAccessibleName(f"{spec.title}: {spec.value}. {spec.detail}")
        self.setCursor(Qt.CursorShape.PointingHandCursor if spec.area else Qt.CursorShape.ArrowCursor)  # fmt: skip

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.spec and self.spec.area:
            self.activated.emit(self.spec)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.spec:
            self.activated.emit(self.spec)
        else:
            super().keyPressEvent(event)


class TileRow(QWidget):
    """The tiles in one row when each gets room for its figure, else in two rows of half
    as many (125 % and 150 % screens); every tile as tall as the tallest text of its row
    needs, so nothing is cut."""

    #: Narrowest a tile may be in one row: its title, a figure like "136/144" and the
    #: detail on three lines fit from here.
    MIN_WIDTH = 132
    SPACING = 6

    def __init__(self, tiles: list[Tile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = list(tiles)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(self.SPACING)
        self.columns = 0
        self._arrange(len(self.tiles))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        for c in range(len(self.tiles)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def fit(self, width: int | None = None) -> None:
        """Choose one or two rows for ``width`` and size the tiles to their text."""
        width = width or self.width()
        count = len(self.tiles)
        one_row = (width - self.SPACING * (count - 1)) / count
        self._arrange(count if one_row >= self.MIN_WIDTH else (count + 1) // 2)
        tile_width = int((width - self.SPACING * (self.columns - 1)) / self.columns)
        rows = [self.tiles[i : i + self.columns] for i in range(0, count, self.columns)]
        total = 0
        for row in rows:
            height = max(tile.needed_height(tile_width) for tile in row)
            for tile in row:
                tile.setFixedHeight(height)
            total += height
        self.setFixedHeight(total + self.SPACING * (len(rows) - 1))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit(event.size().width())
