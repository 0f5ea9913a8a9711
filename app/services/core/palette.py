"""Colours shared by the screens and the PDF brief, as hex strings (no Qt here, so the
brief generator can use them): the same severity or readiness looks the same everywhere.

Severity "Rendah" is a muted grey-blue, not green: green means "fine" on the dashboard
(Siap, on target), and no incident is fine.
"""

from __future__ import annotations

#: Incident severity 1 (Rendah) … 4 (Kritis).
SEVERITY = {1: "#9fb3c8", 2: "#f2c94c", 3: "#f2994a", 4: "#d64545"}

#: Three-class indicators (readiness, logistics, turnout, risk) and "no data".
GOOD, FAIR, POOR, NO_DATA = "#27ae60", "#f2c94c", "#d64545", "#d5dde6"

#: At risk, warning (incident severity 3, an at-risk consignment, a "warn" tile).
WARN = "#f2994a"
#: Information and the desk's own series (turnout, attended, a running stage, focus).
INFO = "#2f80ed"
#: Not started, no figure, an earlier election beside this one.
NEUTRAL = "#9aa5b1"
#: A status no colour is defined for.
UNKNOWN = "#777777"
#: A pale line: planned bars, tile borders (the same grey as NO_DATA).
PALE = NO_DATA
#: Paper behind tiles and map outlines.
PAPER = "#ffffff"
#: Dark text and outlines on charts and maps (a selected region, a target line).
INK = "#1f2d3d"

#: Text colours: an error the user can fix, success, a caution, a check's note, quiet text.
ERROR_TEXT = "#b00020"
OK_TEXT = "#2e7d32"
CAUTION_TEXT = "#8a6d3b"
NOTE_TEXT = "#8a6d00"
MUTED_TEXT = "#616e7c"
#: Chart titles, the rule under a chart, secondary table text, dashed guide lines.
TITLE_TEXT = "#333333"
RULE_TEXT = "#444444"
SECONDARY_TEXT = "#666666"
GUIDE_LINE = "#555555"
#: Dashboard tile title and detail lines.
TILE_TITLE = "#52606d"
TILE_DETAIL = "#3e4c59"

#: Today and voting day on timelines; a turnout target.
TODAY = "#c0392b"
TARGET = "#d0021b"
#: Outreach charts: planned participants beside attended (INFO), and women.
PLANNED_BAR = "#c5d3e3"
WOMEN = "#9b51e0"
#: Bawaslu IKP levels (tinggi, sedang, rendah, none).
IKP_HIGH, IKP_MEDIUM, IKP_LOW, IKP_NONE = "#c0392b", "#e67e22", "#27ae60", "#7f8c8d"
#: Logistics readiness matrix bands (≥ 100%, 80–99%, 50–79%, < 50%) and "nothing needed".
BAND_FULL, BAND_HIGH, BAND_MID, BAND_LOW = "#7fc97f", "#fdd86b", "#f6a35b", "#e8796f"
NO_NEED = "#e4e7eb"
#: Recognised fields highlighted in a pasted chat report (others: HIGHLIGHT_OTHER).
HIGHLIGHT = {
    "wilayah": "#cde8ff", "tps": "#ffe4b3", "rt_rw": "#ffe4b3", "waktu": "#d8f5d0",
    "kategori": "#f9d0d0", "keparahan": "#f4c2f0", "pelapor": "#e5e0ff", "telepon": "#e5e0ff",
    "bukan_insiden": "#e0e0e0",
}  # fmt: skip
HIGHLIGHT_OTHER = "#eeeeee"
