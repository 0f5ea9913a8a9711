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
