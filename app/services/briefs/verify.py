"""Rebuild an issued brief and compare it with what it printed (SPEC 14).

When a brief is issued, what its data sections printed is stored with it (every
paragraph, table row, list item and chart series, as plain text lines) together with the
request that made it. Verifying rebuilds the brief from the database *as of its snapshot
instant* and compares line by line: the same figures must come out. The PDF's SHA-256
says the file is unchanged; this says the figures are still what the database holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from app.models.laporan import Laporan
from app.services.briefs import blocks
from app.services.briefs.request import BriefRequest
from app.services.core import formatting
from app.services.core.errors import NotFound
from app.services.core.uow import UnitOfWork

#: Sections written by people or by the settings, not computed from the registers.
NOT_FIGURES = frozenset({"dasar", "pengantar", "kesimpulan"})
#: Differences listed in the message; the count says how many there are in all.
SHOWN = 8


def _value(value: Any) -> str:
    if isinstance(value, float):
        return repr(round(value, 6))
    return str(value)


def block_lines(block: blocks.Block) -> list[str]:
    if isinstance(block, blocks.Para):
        return [f"{block.lead} {block.text}".strip()]
    if isinstance(block, blocks.Heading):
        return [f"# {block.text}"]
    if isinstance(block, blocks.Bullets):
        return [f"• {item}" for item in block.items]
    if isinstance(block, blocks.KeyValues):
        return [f"{label}: {_value(value)}" for label, value in block.pairs]
    if isinstance(block, blocks.Table):
        rows = [*block.rows, *([block.total] if block.total else [])]
        return [" | ".join(block.columns), *(" | ".join(_value(v) for v in r) for r in rows)]
    if isinstance(block, blocks.Chart):
        return [f"[{block.title}] {' | '.join(block.categories)}"] + [
            f"[{block.title}] {s.name}: {' | '.join(_value(v) for v in s.values)}"
            for s in block.series
        ]
    return []


def printed(contents: Mapping[str, blocks.SectionContent], keys: Iterable[str]) -> dict[str, list[str]]:
    """What each data section printed, as text lines (and the KPI lines it fed)."""
    found: dict[str, list[str]] = {}
    for key in keys:
        content = contents.get(key)
        if content is None or key in NOT_FIGURES:
            continue
        lines = [line for block in content.blocks for line in block_lines(block)]
        lines += [f"KPI {label}: {_value(value)}" for label, value in content.kpis]
        found[key] = lines
    return found


def request_data(request: BriefRequest) -> dict[str, Any]:
    data = asdict(request)
    data["day"] = request.day.isoformat()
    if request.sections is not None:
        data["sections"] = list(request.sections)
    return data


def request_of(data: dict[str, Any]) -> BriefRequest:
    values = dict(data)
    values["day"] = date.fromisoformat(values["day"])
    if values.get("sections") is not None:
        values["sections"] = tuple(values["sections"])
    return BriefRequest(**values)


@dataclass(frozen=True)
class FigureCheck:
    number: str
    snapshot_text: str
    #: Lines compared, and the lines that differ ("section: printed → rebuilt").
    compared: int
    differences: tuple[str, ...]
    #: Why the figures could not be compared (a brief issued before they were stored).
    unavailable: str = ""

    @property
    def ok(self) -> bool:
        return not self.unavailable and not self.differences

    def message(self) -> str:
        if self.unavailable:
            return self.unavailable
        if self.ok:
            return (f"Angka laporan {self.number} dibangun ulang dari basis data per "
                    f"{self.snapshot_text}: {formatting.number(self.compared)} baris angka sama "
                    "dengan yang tercetak.")  # fmt: skip
        shown = "\n".join(self.differences[:SHOWN])
        more = len(self.differences) - SHOWN
        return (f"ANGKA BERBEDA: laporan {self.number} dibangun ulang per {self.snapshot_text}, "
                f"{formatting.number(len(self.differences))} baris tidak sama dengan yang tercetak:\n"
                f"{shown}" + (f"\n… dan {formatting.number(more)} lainnya." if more > 0 else ""))  # fmt: skip


def check_figures(uow: UnitOfWork, laporan_id: int) -> FigureCheck:
    """Rebuild the brief as of its snapshot and compare with what it printed."""
    from app.services.briefs.build import collect
    from app.services.core.clock import desk_clock

    record = uow.session.get(Laporan, laporan_id)
    if record is None or record.archived:
        raise NotFound("Laporan tidak ditemukan di register; muat ulang daftar.")
    tz = desk_clock(uow).tz
    when = formatting.date_time(record.snapshot_at, tz)
    try:
        stored = json.loads(record.summary_json or "{}")
    except ValueError:
        stored = {}
    if "printed" not in stored or "request" not in stored:
        return FigureCheck(record.number, when, 0, (), (
            f"Laporan {record.number} diterbitkan sebelum angka tercetaknya disimpan bersama "
            "laporan; hanya berkasnya (SHA-256) yang dapat diverifikasi."))  # fmt: skip
    request = request_of(stored["request"])
    rebuilt = collect(uow, request, at=record.snapshot_at)
    again = printed(rebuilt.contents, stored["printed"].keys())
    titles = {s.key: s.title for s in rebuilt.document.sections}
    differences, compared = [], 0
    for key, lines in stored["printed"].items():
        now = again.get(key, [])
        compared += len(lines)
        for index in range(max(len(lines), len(now))):
            was = lines[index] if index < len(lines) else "(tidak ada)"
            is_ = now[index] if index < len(now) else "(tidak ada)"
            if was != is_:
                differences.append(f"{titles.get(key, key)}: tercetak «{was}», dibangun ulang «{is_}»")
    return FigureCheck(record.number, when, compared, tuple(differences))
