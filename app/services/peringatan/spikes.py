"""Lonjakan (spike) and the phase rule of Eskalasi: counts per kab/kota and kecamatan, in
all categories and per category, over the last 24 and 48 hours, against each region's
own preceding 14 days (SPEC 15).

One grouped count per level gives every (region, category) its window and baseline
counts; the Poisson test (``counts.unusual``) runs on all of them at once. Then the
alerts are folded so each burst is named once, at its most specific place and category:
a kab/kota's or an all-categories' alert stays only when the incidents not already
explained by a kecamatan's or a category's alert still reach its threshold.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from app.services.peringatan import counts
from app.services.peringatan.frame import ALL, LEVEL_COLUMNS, Finding, window_ids
from app.services.peringatan.model import ESKALASI, LONJAKAN
from app.services.peringatan.settings import Ambang

LEVELS = (2, 3)


def grouped(frame: pd.DataFrame, level: int, window: float, baseline_hours: float,
            rows: np.ndarray | None = None) -> pd.DataFrame:  # fmt: skip
    """Per (region, category) and per region over all categories (``kat`` = ALL): the
    count in the window (``n``) and in the baseline period before it (``b``)."""
    column = LEVEL_COLUMNS[level]
    age = frame["age"].to_numpy()
    keep = frame[column].to_numpy() != ""
    if rows is not None:
        keep &= rows
    part = pd.DataFrame(
        {
            "code": frame[column].to_numpy()[keep],
            "kat": frame["kat"].to_numpy()[keep],
            "n": (age < window)[keep],
            "b": ((age >= window) & (age < window + baseline_hours))[keep],
        }
    )
    if part.empty:
        return pd.DataFrame(columns=["code", "kat", "n", "b"])
    by_kat = part.groupby(["code", "kat"], sort=False)[["n", "b"]].sum().reset_index()
    total = part.groupby("code", sort=False)[["n", "b"]].sum().reset_index()
    total["kat"] = ALL
    table = pd.concat([by_kat, total], ignore_index=True)
    return table[table["n"] > 0]


def _mask(frame: pd.DataFrame, level: int, code: str, kat: int, window: float,
          rows: np.ndarray | None = None) -> np.ndarray:  # fmt: skip
    mask = (frame[LEVEL_COLUMNS[level]].to_numpy() == code) & (frame["age"].to_numpy() < window)
    if kat != ALL:
        mask &= frame["kat"].to_numpy() == kat
    if rows is not None:
        mask &= rows
    return mask


def _candidates(frame: pd.DataFrame, a: Ambang) -> pd.DataFrame:
    """Every (level, region, category, window) whose count fires; per (level, region,
    category) only the window where the count is least likely."""
    found = []
    for level in LEVELS:
        for window in a.windows:
            table = grouped(frame, level, window, a.baseline_hours)
            if table.empty:
                continue
            n = table["n"].to_numpy(dtype=np.int64)
            lam = counts.expected(table["b"].to_numpy(), a.baseline_hours, window)
            fires, chance = counts.unusual(n, lam, a.alpha, a.min_reports)
            if fires.any():
                found.append(table[fires].assign(level=level, window=window, lam=lam[fires],
                                                 chance=chance[fires]))  # fmt: skip
    if not found:
        return pd.DataFrame(columns=["level", "code", "kat", "window", "lam", "chance", "b"])
    every = pd.concat(found, ignore_index=True).sort_values(["chance", "window"], kind="stable")
    return every.drop_duplicates(["level", "code", "kat"], keep="first")


def _finding(frame, a: Ambang, row, kind: str, rule: str, rows=None, weight: float = 1.0,
             minimum: int = 1) -> Finding:  # fmt: skip
    level, code, kat, window = int(row.level), str(row.code), int(row.kat), float(row.window)
    ids, span = window_ids(frame, _mask(frame, level, code, kat, window, rows))
    plain = counts.poisson_threshold(float(row.lam), a.alpha, 1 if weight != 1.0 else minimum)
    threshold = max(minimum, math.ceil(plain / weight - 1e-9)) if weight != 1.0 else plain
    extra = (("weight", weight), ("plain_threshold", float(plain))) if weight != 1.0 else ()
    return Finding(kind, rule, level, code, None if kat == ALL else kat, window, ids, len(ids),
                   float(row.lam), float(row.b), threshold, float(row.chance), span, extra)  # fmt: skip


def _explained(finding: Finding, specific: list[Finding]) -> set[int]:
    """The incidents of ``finding`` already named by a more specific alert: the same
    region in one category, or a region inside it (same category, or any when the
    finding is over all categories)."""
    named: set[int] = set()
    for other in specific:
        if other is finding:
            continue
        same_place = other.code == finding.code
        inside = other.code.startswith(finding.code + ".")
        if finding.kategori_id is None:
            if (same_place and other.kategori_id is not None) or inside:
                named.update(other.ids)
        elif inside and other.kategori_id == finding.kategori_id:
            named.update(other.ids)
    return named


def fold(findings: list[Finding], keep_more: list[Finding] | None = None) -> list[Finding]:
    """Drop the alerts whose incidents, once those named by more specific alerts are taken
    away, no longer reach their threshold. Most specific first: kecamatan in a category,
    kecamatan over all, kab/kota in a category, kab/kota over all."""
    order = sorted(findings, key=lambda f: (-f.level, f.kategori_id is None))
    kept: list[Finding] = []
    extra = list(keep_more or [])
    for finding in order:
        left = set(finding.ids) - _explained(finding, kept + extra)
        if len(left) >= finding.threshold:
            kept.append(finding)
    return kept


def detect(frame: pd.DataFrame, a: Ambang, phase_kat: set[int]) -> tuple[list[Finding], list[Finding]]:
    """(lonjakan, eskalasi by phase) findings at the frame's instant."""
    if frame.empty:
        return [], []
    phase_rows = frame["phase"].to_numpy() & frame["kat"].isin(phase_kat).to_numpy()
    phase: list[Finding] = []
    if phase_kat and phase_rows.any() and a.phase_weight > 0:
        # The baseline counts every report of the category; the window only those in phase.
        table = _phase_candidates(frame, a, phase_rows, phase_kat)
        phase = [_finding(frame, a, row, ESKALASI, "fase", phase_rows, a.phase_weight, a.phase_min)
                 for row in table.itertuples()]  # fmt: skip
        phase = fold(phase)
    table = _candidates(frame, a)
    spikes = [_finding(frame, a, row, LONJAKAN, "lonjakan", minimum=a.min_reports)
              for row in table.itertuples()]  # fmt: skip
    named = {(f.code, f.kategori_id) for f in phase}
    spikes = [s for s in spikes if (s.code, s.kategori_id) not in named]
    return fold(spikes, phase), phase


def _phase_candidates(frame, a: Ambang, phase_rows: np.ndarray, phase_kat: set[int]):
    found = []
    window = float(a.long_hours)
    for level in LEVELS:
        base = grouped(frame, level, window, a.baseline_hours)
        base = base[base["kat"].isin(phase_kat)][["code", "kat", "b"]]
        now = grouped(frame, level, window, a.baseline_hours, phase_rows)
        now = now[now["kat"].isin(phase_kat)][["code", "kat", "n"]]
        table = now.merge(base, on=["code", "kat"], how="left").fillna({"b": 0})
        if table.empty:
            continue
        n = table["n"].to_numpy(dtype=np.int64)
        lam = counts.expected(table["b"].to_numpy(), a.baseline_hours, window)
        weighted = np.floor(n * a.phase_weight + 1e-9).astype(np.int64)
        fires, chance = counts.unusual(weighted, lam, a.alpha, 1)
        fires &= n >= a.phase_min
        if fires.any():
            found.append(table[fires].assign(level=level, window=window, lam=lam[fires],
                                             chance=chance[fires]))  # fmt: skip
    if not found:
        return pd.DataFrame(columns=["level", "code", "kat", "window", "lam", "chance", "b"])
    return pd.concat(found, ignore_index=True)
