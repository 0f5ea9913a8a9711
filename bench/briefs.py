"""A full Laporan Harian (every section, charts, reconciliation checks, PDF) at demo
scale (a few hundred incidents) and at election-day scale (100.000 incidents, plus the
dashboard benchmark's full-scale consignments, requirements, outreach and DPT), against a
minimal one-page reportlab document with the same embedded fonts, built in the same run.
The ratio says how much the queries and the layout of a real brief add to the bare cost
of making a PDF.

At full scale the brief is also set against the dashboard snapshot of the same database
(issue 20: the brief reads the same figures once and lays them out, so at most 1,5× the
snapshot), for today and for an earlier day read as of its end (SPEC 14). And the demo
brief from the command line, end to end in a process of its own (issue 20: within 1 s)."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

from bench.core import Figure, median_time

DAY = date(2024, 11, 26)


def _minimal_pdf() -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.services.briefs import fonts

    fonts.register()
    buffer = io.BytesIO()
    style = ParagraphStyle("p", fontName=fonts.FAMILY, fontSize=12)
    SimpleDocTemplate(buffer, initialFontName=fonts.FAMILY).build(
        [Paragraph("Laporan Harian Desk Pilkada", style)]
    )
    return buffer.getvalue()


EARLIER = date(2024, 11, 20)


def _brief(db, day: date = DAY) -> bytes:
    from app.services.briefs import build
    from app.services.briefs.request import BriefRequest

    request = BriefRequest("harian", day, kesimpulan="Situasi kondusif.", rekomendasi="Patroli.")
    with db.uow("bench") as uow:
        return build.preview(uow, request).pdf


def _snapshot(db, day: date = DAY) -> object:
    """The dashboard's figures for the brief's day and period (the last 30 days)."""
    from datetime import timedelta

    from app.services.core.clock import desk_clock
    from app.services.dasbor import summary

    with db.uow("bench") as uow:
        clock = desk_clock(uow)
        as_of = None if day >= clock.today() else clock.as_of(day)  # as the page asks
        return summary.snapshot(uow, pemilihan_id=None, start=day - timedelta(days=29), end=day,
                                as_of=as_of)  # fmt: skip


def _cli_brief(home: Path) -> float:
    """``desk-pilkada --demo brief --konsep`` end to end, in a process of its own (imports
    included): what an operator or a scheduled job waits for."""
    import os
    import subprocess
    import sys
    import time

    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", "--demo", "brief", "--konsep", "--date", DAY.isoformat(),
         "--out", str(home / "konsep.pdf")],
        check=True, capture_output=True, env={**os.environ, "DESK_PILKADA_HOME": str(home)},
    )  # fmt: skip
    return time.perf_counter() - started


def run() -> list[Figure]:
    import statistics

    from app.services.admin import demo
    from app.services.admin import opening as desk

    figures = []
    with tempfile.TemporaryDirectory(prefix="bench-briefs-") as tmp:
        folder = Path(tmp)
        _cli_brief(folder)  # builds the demo database once, as a first use would
        cli = statistics.median(_cli_brief(folder) for _ in range(5))
        figures.append(Figure("laporan harian dari baris perintah, data contoh (s)", cli, 1.0,
                              "batas sasaran (s)", target_ratio=1.0))  # fmt: skip
        demo_path = folder / "demo.sqlite"
        demo.ensure(demo_path, folder / "backup")
        db = desk.prepare(f"sqlite:///{demo_path}", folder / "backup")
        _brief(db)  # fonts registered, modules imported: both sides measured warm
        baseline = median_time(_minimal_pdf, repeat=9)
        figures.append(Figure("laporan harian lengkap, data contoh", median_time(lambda: _brief(db)),
                              baseline, "PDF satu halaman minimal"))  # fmt: skip
        db.dispose()

        from app.services.core.formatting import number
        from bench.dasbor import _fill_logistik_sosialisasi
        from bench.insiden import COUNT, _fill

        full = folder / "penuh.sqlite"
        _fill(full)
        _fill_logistik_sosialisasi(full)  # consignments, requirements, outreach at full scale
        db = desk.prepare(f"sqlite:///{full}", folder / "backup")
        _snapshot(db)  # statements compiled, modules imported: both sides warm
        baseline = median_time(_minimal_pdf, repeat=9)
        brief_today = median_time(lambda: _brief(db), repeat=3)
        figures.append(Figure(f"laporan harian lengkap, {number(COUNT)} insiden + logistik, sosialisasi, DPT",
                              brief_today, baseline, "PDF satu halaman minimal"))  # fmt: skip
        for label, day in (("hari ini", DAY), ("hari sebelumnya", EARLIER)):
            brief = brief_today if day == DAY else median_time(lambda d=day: _brief(db, d), repeat=3)
            snap = median_time(lambda d=day: _snapshot(db, d), repeat=3)
            figures.append(Figure(f"laporan harian skala penuh, {label}", brief, snap,
                                  "snapshot dasbor, hari yang sama", target_ratio=1.5))  # fmt: skip
        db.dispose()
    return figures
