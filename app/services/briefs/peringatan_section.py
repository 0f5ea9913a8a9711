"""Peringatan dini (SPEC 15): the early-warning alerts as of the brief's instant — the
same ``services.peringatan`` computes for the dashboard and ``desk-pilkada peringatan``
— each with its figures and rule, then the rules the desk set."""

from __future__ import annotations

from app.services import peringatan
from app.services.briefs.blocks import Bullets, Heading, Para, SectionContent, Table
from app.services.briefs.scope import BriefScope
from app.services.core import formatting
from app.services.core.uow import UnitOfWork

#: Incident numbers printed per alert; the rest are counted.
NUMBERS_SHOWN = 6


def _incidents(alert: peringatan.Peringatan) -> str:
    numbers = [n for n in alert.incident_numbers if n]
    if not numbers:
        return ""
    shown = ", ".join(numbers[:NUMBERS_SHOWN])
    more = len(numbers) - NUMBERS_SHOWN
    return f" Insiden: {shown}" + (f" dan {more} lainnya." if more > 0 else ".")


def counts_text(hasil: peringatan.Hasil) -> str:
    """ "3 (1 lonjakan, 2 titik panas)"; "tidak ada"."""
    if not hasil.alerts:
        return "tidak ada"
    parts = [f"{n} {peringatan.KIND_LABELS[k].lower()}" for k in peringatan.KINDS
             if (n := hasil.counts.get(k, 0))]  # fmt: skip
    return f"{len(hasil.alerts)} ({', '.join(parts)})"


def peringatan_section(uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    hasil = peringatan.periksa(uow, scope.now, root_code=scope.stats.wilayah_code,
                               current=scope.as_of is None)  # fmt: skip
    when = formatting.date_time(scope.now, scope.tz)
    blocks: list = []
    if hasil.alerts:
        blocks.append(Para(f"Per {when} terdapat {counts_text(hasil)} peringatan dini, "
                           "masing-masing dengan angka dan aturan yang memicunya:"))  # fmt: skip
        rows = tuple(
            (number, a.rank_label, a.kind_label, a.region.label, a.rule + _incidents(a))
            for number, a in enumerate(hasil.alerts, start=1)
        )
        blocks.append(Table(("No", "Tingkat", "Jenis", "Wilayah", "Angka dan aturan"), rows,
                            widths=(0.5, 1.0, 1.1, 2.0, 5.4)))  # fmt: skip
    else:
        blocks.append(Para(f"Tidak ada peringatan dini per {when}: tidak ada lonjakan, titik "
                           "panas, eskalasi, atau logistik yang tertinggal menurut aturan di bawah."))  # fmt: skip
    blocks += [Heading("Aturan peringatan dini"), Bullets(hasil.rules, numbered=False)]
    figures = {f"peringatan.{kind}": float(hasil.counts.get(kind, 0)) for kind in peringatan.KINDS}
    figures["peringatan.jumlah"] = float(len(hasil.alerts))
    return SectionContent(
        tuple(blocks),
        figures=figures,
        summary={"count": len(hasil.alerts), "by_kind": dict(hasil.counts)},
        kpis=(("Peringatan dini", counts_text(hasil)),),
    )
