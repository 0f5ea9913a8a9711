"""Lonjakan (spike) and the phase rule of Eskalasi: counts per kab/kota and kecamatan, in
all categories and per category, over the last 24 and 48 hours, against each region's
own preceding 14 days (SPEC 15).

One grouped count per level gives every (region, category) its window and baseline
counts; the count model (``counts``) tests all of them at once, at the check's budget.
Then the alerts are folded so each burst is named once, at its most specific place and category:
a kab/kota's or an all-categories' alert stays only when the incidents not already
explained by a kecamatan's or a category's alert still reach its threshold.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from app.services.peringatan import counts
from app.services.peringatan.frame import (
    ALL,
    Extent,
    Finding,
    in_region,
    level_codes,
    window_ids,
)
from app.services.peringatan.model import ESKALASI, LONJAKAN
from app.services.peringatan.settings import Ambang

LEVELS = (2, 3)


def dispersion(frame: pd.DataFrame, a: Ambang) -> float:
    """How much busier and quieter days vary than chance alone would make them (φ), from
    the daily counts of every kab/kota and kecamatan in the baseline period, pooled: one
    estimate from a few hundred region-days, steadier than one per level."""
    start = float(max(*a.windows, a.hotspot_hours))
    frame = frame[frame["event"].to_numpy()]
    age = frame["age"].to_numpy()
    inside = (age >= start) & (age < start + a.baseline_hours)
    day = np.minimum(((age[inside] - start) // 24).astype(np.int64), a.baseline_days - 1)
    matrices = []
    for level in LEVELS:
        codes, names = level_codes(frame, level)
        blank = names.get_indexer([""])[0]
        keep = codes[inside] != blank
        daily = np.zeros((len(names), a.baseline_days), dtype=float)
        np.add.at(daily, (codes[inside][keep], day[keep]), 1.0)
        used = np.ones(len(names), dtype=bool)
        if blank >= 0:
            used[blank] = False
        matrices.append(daily[used])
    return counts.dispersion(np.concatenate(matrices)) if matrices else 0.0


GROUPED = ["code", "kat", "n", "b"]


def _table(keys: np.ndarray, names: pd.Index, kats: np.ndarray, size: int, n_rows: np.ndarray,
           b_rows: np.ndarray) -> pd.DataFrame:  # fmt: skip
    """(code, kat, n, b) for the keys (region index × category index) counted."""
    n = np.bincount(keys[n_rows], minlength=size)
    b = np.bincount(keys[b_rows], minlength=size)
    found = np.flatnonzero(n + b)
    width = len(kats)
    return pd.DataFrame({"code": np.asarray(names, dtype=object)[found // width],
                         "kat": kats[found % width], "n": n[found], "b": b[found]})  # fmt: skip


def grouped(frame: pd.DataFrame, level: int, window: float, baseline_hours: float,
            rows: np.ndarray | None = None) -> pd.DataFrame:  # fmt: skip
    """Per (region, category) and per region over all categories (``kat`` = ALL): the
    count in the window (``n``) and in the baseline period before it (``b``). Counted
    with integer keys (``np.bincount``), not by grouping strings."""
    if frame.empty:
        return pd.DataFrame(columns=GROUPED)
    codes, names = level_codes(frame, level)
    blank = names.get_indexer([""])[0]
    age = frame["age"].to_numpy()
    keep = codes != blank if blank >= 0 else np.ones(len(codes), dtype=bool)
    if rows is not None:
        keep = keep & rows
    now = keep & (age < window)
    before = keep & (age >= window) & (age < window + baseline_hours)
    kat_codes, kats = pd.factorize(frame["kat"].to_numpy())
    by_kat = _table(codes * len(kats) + kat_codes, names, np.asarray(kats), len(names) * len(kats), now, before)
    total = _table(codes, names, np.array([ALL]), len(names), now, before)
    table = pd.concat([by_kat, total], ignore_index=True)
    return table[table["code"] != ""]


def parent_baselines(frame: pd.DataFrame, level: int, window: float, baseline_hours: float) -> pd.DataFrame:
    """Per (parent region, category), including ALL: the parent's baseline count — the
    province's for a kab/kota (parent ""), the kab/kota's for a kecamatan, the
    kecamatan's for a desa."""
    if frame.empty:
        return pd.DataFrame(columns=["parent", "kat", "bp"])
    if level == 2:
        codes, names = np.zeros(len(frame), dtype=np.int64), pd.Index([""])
    else:
        codes, names = level_codes(frame, level - 1)
    age = frame["age"].to_numpy()
    before = (age >= window) & (age < window + baseline_hours)
    none = np.zeros(len(frame), dtype=bool)
    kat_codes, kats = pd.factorize(frame["kat"].to_numpy())
    by_kat = _table(codes * len(kats) + kat_codes, names, np.asarray(kats), len(names) * len(kats), none, before)
    total = _table(codes, names, np.array([ALL]), len(names), none, before)
    table = pd.concat([by_kat, total], ignore_index=True)
    return table.rename(columns={"code": "parent", "b": "bp"})[["parent", "kat", "bp"]]


def compared(table: pd.DataFrame, frame: pd.DataFrame, level: int, window: float, a: Ambang,
             phi: float, extent: Extent, totals: pd.DataFrame | None = None) -> pd.DataFrame:  # fmt: skip
    """``table`` (code, kat, n, b) with what each count is compared with: ``lam``, the
    count expected in the window, and ``r``, the negative-binomial size. A kab/kota or
    kecamatan over all categories: its own rate (``counts.own``); in one category: its
    own rate times the category's share of the province (``counts.mixed``); a desa: its
    share of its kecamatan's (``counts.shared``). ``totals``: the regions' baseline
    counts over all categories (code, b), when ``table`` holds only some rows."""
    days = window / 24.0
    if level == 4:
        parents = parent_baselines(frame, level, window, a.baseline_hours)
        table = table.assign(parent=[extent.parent(level, c) for c in table["code"]])
        table = table.merge(parents, on=["parent", "kat"], how="left").fillna({"bp": 0})
        children = np.array([extent.children(level, c) for c in table["code"]], dtype=float)
        lam, r = counts.shared(table["b"].to_numpy(), table["bp"].to_numpy(), children,
                               a.baseline_days, days, phi)  # fmt: skip
        return table.assign(lam=lam, r=r)
    lam, r = counts.own(table["b"].to_numpy(), a.baseline_days, days, phi)
    one = table["kat"].to_numpy() != ALL
    if one.any():
        age = frame["age"].to_numpy()
        before = (age >= window) & (age < window + a.baseline_hours)
        kinds = pd.Series(frame["kat"].to_numpy()[before]).value_counts()
        share = (kinds.reindex(table["kat"].to_numpy()[one]).fillna(0).to_numpy() + 1.0) / (
            float(before.sum()) + extent.categories)
        if totals is None:
            totals = table.loc[table["kat"] == ALL, ["code", "b"]]
        total = table.loc[one, ["code"]].merge(totals.rename(columns={"b": "t"}), on="code", how="left")
        lam[one], r[one] = counts.mixed(table["b"].to_numpy()[one], total["t"].fillna(0).to_numpy(),
                                        share, a.baseline_days, days, phi)  # fmt: skip
    return table.assign(lam=lam, r=r)


def _mask(frame: pd.DataFrame, level: int, code: str, kat: int, window: float,
          rows: np.ndarray | None = None) -> np.ndarray:  # fmt: skip
    mask = in_region(frame, level, code) & (frame["age"].to_numpy() < window)
    if kat != ALL:
        mask &= frame["kat"].to_numpy() == kat
    if rows is not None:
        mask &= rows
    return mask


COLUMNS = ["level", "code", "kat", "window", "n", "b", "lam", "r", "alpha", "chance"]


def _tested(frame: pd.DataFrame, a: Ambang, phi: float, extent: Extent, windows, minimum: int,
            rows: np.ndarray | None = None, categories: set[int] | None = None) -> pd.DataFrame:  # fmt: skip
    """Every (level, region, category, window) count that could fire (at least
    ``minimum``), with what it is compared with (``compared``). With ``rows``, the window
    counts only those rows (the phase's reports) while the baseline counts every report."""
    found = []
    for level in LEVELS:
        for window in windows:
            table = grouped(frame, level, window, a.baseline_hours)
            totals = table.loc[table["kat"] == ALL, ["code", "b"]]
            if rows is not None:
                now = grouped(frame, level, window, a.baseline_hours, rows)[["code", "kat", "n"]]
                table = now.merge(table[["code", "kat", "b"]], on=["code", "kat"], how="left")
                table = table.fillna({"b": 0})
            if categories is not None:
                table = table[table["kat"].isin(categories)]
            table = table[table["n"] >= minimum]
            if len(table):
                table = compared(table, frame, level, float(window), a, phi, extent, totals)
                found.append(table.assign(level=level, window=float(window)))
    if not found:
        return pd.DataFrame(columns=COLUMNS)
    return pd.concat(found, ignore_index=True)


def _fired(table: pd.DataFrame, alpha: float, weight: float = 1.0) -> pd.DataFrame:
    """The counts whose chance is at most ``alpha`` (the check's budget shared over every
    count it could test), each report counting ``weight`` times. Per (level, region,
    category) only the window where the count is least likely."""
    if table.empty:
        return pd.DataFrame(columns=COLUMNS)
    n = np.floor(table["n"].to_numpy() * weight + 1e-9).astype(np.int64)
    fires, chance = counts.unusual(n, table["lam"].to_numpy(), table["r"].to_numpy(), alpha, 1)
    hit = table[fires].assign(alpha=alpha, chance=chance[fires])
    hit = hit.sort_values(["chance", "window"], kind="stable")
    return hit.drop_duplicates(["level", "code", "kat"], keep="first")


def _finding(frame, row, kind: str, rule: str, minimum: int, rows=None, weight: float = 1.0) -> Finding:
    """The finding of a fired count; its threshold in events (with a weight: the plain
    threshold divided by it, never below ``minimum``). ``ids`` are every report in the
    window, repeats of an event included; ``counted`` the events."""
    level, code, kat, window = int(row.level), str(row.code), int(row.kat), float(row.window)
    mask = _mask(frame, level, code, kat, window, rows)
    ids, span = window_ids(frame, mask)
    counted, _span = window_ids(frame, mask & frame["event"].to_numpy())
    plain = counts.threshold(float(row.lam), float(row.r), float(row.alpha), 1 if weight != 1 else minimum)
    threshold = max(minimum, math.ceil(plain / weight - 1e-9))
    extra = [("alpha", float(row.alpha))]
    if weight != 1:
        extra += [("weight", weight), ("plain_threshold", float(plain))]
    return Finding(kind, rule, level, code, None if kat == ALL else kat, window, ids, len(counted),
                   float(row.lam), float(row.b), threshold, float(row.chance), span, tuple(extra),
                   counted)  # fmt: skip


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
                named.update(other.events)
        elif inside and other.kategori_id == finding.kategori_id:
            named.update(other.events)
    return named


def fold(findings: list[Finding], keep_more: list[Finding] | None = None) -> list[Finding]:
    """Drop the alerts whose incidents, once those named by more specific alerts are taken
    away, no longer reach their threshold. Most specific first: kecamatan in a category,
    kecamatan over all, kab/kota in a category, kab/kota over all."""
    order = sorted(findings, key=lambda f: (-f.level, f.kategori_id is None))
    kept: list[Finding] = []
    extra = list(keep_more or [])
    for finding in order:
        left = set(finding.events) - _explained(finding, kept + extra)
        if len(left) >= finding.threshold:
            kept.append(finding)
    return kept


def detect(frame: pd.DataFrame, a: Ambang, phase_kat: set[int], phi: float,
           extent: Extent) -> tuple[list[Finding], list[Finding]]:  # fmt: skip
    """(lonjakan, eskalasi by phase) findings at the frame's instant, counting events (one
    per event, however often reported); ``phi`` the day-to-day dispersion (``dispersion``).

    The phase rule: in the masa tenang and on voting day, each report of a phase-sensitive
    category counts ``phase_weight`` times, those categories are a family of their own (a
    few counts, not every category's), and ``phase_min`` reports suffice."""
    if frame.empty:
        return [], []
    events = frame[frame["event"].to_numpy()]
    phase_rows = frame["phase"].to_numpy() & frame["kat"].isin(phase_kat).to_numpy()
    phase: list[Finding] = []
    if phase_kat and phase_rows.any():
        # The window counts the events in the phase, the baseline every event of the category.
        in_phase = events["phase"].to_numpy() & events["kat"].isin(phase_kat).to_numpy()
        table = _tested(events, a, phi, extent, (a.long_hours,), a.phase_min, in_phase, phase_kat)
        alpha = a.alpha / max(1, extent.regions * len(phase_kat))
        phase = fold([_finding(frame, row, ESKALASI, "fase", a.phase_min, phase_rows, a.phase_weight)
                      for row in _fired(table, alpha, a.phase_weight).itertuples()])  # fmt: skip
    table = _fired(_tested(events, a, phi, extent, a.windows, a.min_reports), a.alpha / extent.spike_counts)
    spikes = [_finding(frame, row, LONJAKAN, "lonjakan", a.min_reports) for row in table.itertuples()]
    named = {(f.code, f.kategori_id) for f in phase}
    spikes = [s for s in spikes if (s.code, s.kategori_id) not in named]
    return fold(spikes, phase), phase
