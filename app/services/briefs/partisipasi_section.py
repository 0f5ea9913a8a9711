"""Sosialisasi dan partisipasi: outreach reach in the period per kab/kota
(``services.sosialisasi_stats``) and DPT or turnout of the contest
(``services.partisipasi_stats``, its method stated beside the figure). Before voting day
the brief prints DPT and says turnout is not available yet; from voting day on, turnout
against the target and the earlier election, with the turnout chart."""

from __future__ import annotations

from app.models.wilayah import LEVEL_KABKOTA
from app.services.briefs import numbers
from app.services.briefs.blocks import Chart, Heading, Para, SectionContent, Series, Table
from app.services.briefs.scope import BriefScope, short_region
from app.services.core import formatting
from app.services.core.formatting import short_contest
from app.services.core.uow import UnitOfWork
from app.services.partisipasi import stats as partisipasi_stats
from app.services.partisipasi.stats import TurnoutRow
from app.services.sosialisasi import stats as sosialisasi_stats

UNALLOCATED = "Dicatat untuk seluruh wilayah (tanpa kab/kota)"


def level_of(scope: BriefScope) -> int:
    """Kab/kota rows for the province; kecamatan rows when the brief covers one kab/kota."""
    root = scope.stats.wilayah_code
    return sosialisasi_stats.drill_level(root) if root else LEVEL_KABKOTA


def _n(value: int | None) -> int | str:
    return "–" if value is None else value


def _p(value: float | None) -> float | str:
    """A percentage cell by the brief's one rule (cut at two decimals)."""
    return numbers.cell(value)


# -- sosialisasi ------------------------------------------------------------------------


def _reach(uow: UnitOfWork, scope: BriefScope):
    start, end = scope.period
    root = scope.stats.wilayah_code or None
    level = level_of(scope)
    as_of = scope.as_of
    total = sosialisasi_stats.reach_total(uow, root_code=root, start=start, end=end, as_of=as_of)
    rows = sosialisasi_stats.reach_by_region(uow, level=level, root_code=root, start=start,
                                             end=end, as_of=as_of)  # fmt: skip
    rest = sosialisasi_stats.reach_unallocated(
        uow, level=level, root_code=root, start=start, end=end, as_of=as_of
    )
    return total, rows, rest


def reach_text(total) -> str:
    """ "26 kegiatan, 1.533 peserta hadir (743 perempuan)" — the KPI line."""
    return (f"{formatting.number(total.sessions)} kegiatan, {formatting.number(total.attended)} "
            f"peserta hadir ({formatting.number(total.attended_women)} perempuan)")  # fmt: skip


def _reach_blocks(total, rows, rest, scope: BriefScope) -> list:
    if not total.sessions:
        return [Para(f"Tidak ada kegiatan sosialisasi yang tercatat pada periode {scope.request.period_text()}.",
                     italic=True)]  # fmt: skip
    attendance = (
        f", {numbers.text(total.attendance_pct)} dari {formatting.number(total.planned_reported)} "
        f"peserta yang direncanakan pada {formatting.number(total.sessions_reported)} kegiatan yang "
        "kehadirannya telah dicatat"
        if total.attendance_pct is not None else ""
    )  # fmt: skip
    text = (
        f"Pada periode ini tercatat {formatting.number(total.sessions)} kegiatan sosialisasi dengan "
        f"{formatting.number(total.attended)} peserta hadir ({formatting.number(total.attended_women)} "
        f"perempuan, {formatting.number(total.attended_disabled)} penyandang disabilitas){attendance}."
    )  # fmt: skip
    body = [
        (n, r.name, r.sessions, r.attended, r.attended_women, r.attended_disabled, _p(r.attendance_pct))
        for n, r in enumerate(rows, start=1)
    ]  # fmt: skip
    if rest.sessions:
        body.append(("", UNALLOCATED, rest.sessions, rest.attended, rest.attended_women,
                     rest.attended_disabled, _p(rest.attendance_pct)))  # fmt: skip
    region = "Kabupaten/Kota" if level_of(scope) == LEVEL_KABKOTA else "Kecamatan"
    table = Table(
        ("No.", region, "Kegiatan", "Peserta hadir", "Perempuan", "Disabilitas", "Kehadiran (%)"),
        tuple(body),
        total=("", "Jumlah", total.sessions, total.attended, total.attended_women,
               total.attended_disabled, _p(total.attendance_pct)),
        widths=(0.6, 3, 1.1, 1.3, 1.2, 1.2, 1.2), decimals=numbers.DECIMALS,
        caption="Tabel sosialisasi pada periode menurut wilayah (kehadiran = peserta hadir ÷ peserta "
        "direncanakan, pada kegiatan yang kehadirannya telah dicatat).",
    )  # fmt: skip
    return [Para(text), table]


# -- partisipasi ------------------------------------------------------------------------


def _contest(uow: UnitOfWork, scope: BriefScope):
    wanted = scope.request.pemilihan_id or partisipasi_stats.reference_contest(uow)
    return next((c for c in scope.contests if c.id == wanted), None)


def _dpt_table(rows: list[TurnoutRow], total: TurnoutRow, region: str) -> Table:
    return Table(
        ("No.", region, "DPT", "Laki-laki", "Perempuan", "DPTb", "TPS"),
        tuple((n, r.name, _n(r.dpt), _n(r.dpt_men), _n(r.dpt_women), _n(r.dptb), _n(r.tps))
              for n, r in enumerate(rows, start=1)),
        total=("", "Jumlah", _n(total.dpt), _n(total.dpt_men), _n(total.dpt_women), _n(total.dptb), _n(total.tps)),
        widths=(0.6, 3, 1.5, 1.4, 1.4, 1, 1),
        caption="Tabel DPT menurut wilayah.",
    )  # fmt: skip


def _turnout_blocks(rows: list[TurnoutRow], total: TurnoutRow, region: str, name: str) -> list:
    earlier = total.earlier_name or next((r.earlier_name for r in rows if r.earlier_name), "")
    columns = ("No.", region, "DPT", "Pengguna hak pilih", "Partisipasi (%)", "Target (%)",
               f"{earlier or 'Pemilihan lalu'} (%)", "Perubahan (poin)")  # fmt: skip
    table = Table(
        columns,
        tuple((n, r.name, _n(r.dpt), _n(r.voted), _p(r.turnout_pct), _p(r.target_pct), _p(r.earlier_pct),
               _p(r.change_pts)) for n, r in enumerate(rows, start=1)),
        total=("", "Jumlah", _n(total.dpt), _n(total.voted), _p(total.turnout_pct), _p(total.target_pct),
               _p(total.earlier_pct), _p(total.change_pts)),
        widths=(0.6, 2.6, 1.5, 1.5, 1.2, 1, 1.4, 1.1), decimals=numbers.DECIMALS,
        caption=f"Tabel partisipasi menurut wilayah; partisipasi = {total.method}.",
    )  # fmt: skip
    series = [Series("Partisipasi (%)", tuple(r.turnout_pct or 0.0 for r in rows), "#3c78d8")]
    if any(r.earlier_pct is not None for r in rows):
        series.append(
            Series(f"{earlier} (%)", tuple(r.earlier_pct or 0.0 for r in rows), "#999999")
        )
    chart = Chart(
        title=f"Partisipasi dibandingkan target per wilayah — {name}",
        categories=tuple(short_region(r.name) for r in rows),
        series=tuple(series), kind="bars", value_label="%", target=total.target_pct,
        target_label=f"target {numbers.text(total.target_pct)}" if total.target_pct is not None else "",
    )  # fmt: skip
    return [table, chart]


def _versus(points: float, above: str, below: str) -> str:
    """ "5,00 poin di bawah" / "2,10 poin lebih tinggi dari" / "sama dengan"."""
    if abs(numbers.cut(points) or 0) < 0.005:
        return "sama dengan"
    return f"{numbers.points(points)} {above if points > 0 else below}"


def _turnout_sentence(total: TurnoutRow, name: str) -> str:
    text = (f"Partisipasi {name}: {numbers.text(total.turnout_pct)} ({formatting.number(total.voted)} "
            f"pengguna hak pilih; metode: {total.method})")  # fmt: skip
    if total.target_pct is not None:
        gap = _versus(total.turnout_pct - total.target_pct, "di atas", "di bawah")
        text += f"; target {numbers.text(total.target_pct)}, capaian {gap} target"
    if total.earlier_pct is not None and total.change_pts is not None:
        change = _versus(total.change_pts, "lebih tinggi dari", "lebih rendah dari")
        text += f"; {change} {total.earlier_name} ({numbers.text(total.earlier_pct)})"
    return text + "."


def _dpt_text(total: TurnoutRow) -> str:
    if total.dpt is None:
        return "DPT belum dicatat"
    tps = f", {formatting.number(total.tps)} TPS" if total.tps is not None else ""
    return f"{formatting.number(total.dpt)} pemilih{tps}"


def _partisipasi(uow: UnitOfWork, scope: BriefScope):
    """(blocks, kpis, figures) of DPT or turnout for the brief's contest."""
    contest = _contest(uow, scope)
    if contest is None:
        return [Para("Belum ada pemilihan yang dicatat.", italic=True)], (), {}
    root = scope.stats.wilayah_code or None
    level = level_of(scope)
    total = partisipasi_stats.turnout_total(uow, pemilihan_id=contest.id, root_code=root,
                                            as_of=scope.as_of)  # fmt: skip
    rows = partisipasi_stats.turnout_by_region(
        uow, pemilihan_id=contest.id, level=level, root_code=root, as_of=scope.as_of
    )
    name = short_contest(contest.name)
    region = "Kabupaten/Kota" if level == LEVEL_KABKOTA else "Kecamatan"
    voting = formatting.long_date(contest.voting_date)
    kpis = [(f"DPT {name}", _dpt_text(total))]
    figures = {
        "partisipasi.dpt": total.dpt or 0,
        "partisipasi.table_dpt_sum": sum(r.dpt or 0 for r in rows),
    }
    blocks: list = [Heading(f"DPT dan partisipasi — {name}")]
    if scope.period[1] < contest.voting_date:
        blocks.append(Para(f"DPT {name}: {_dpt_text(total)}. Data partisipasi (pengguna hak pilih) belum "
                           f"tersedia: pemungutan suara dijadwalkan {voting}."))  # fmt: skip
        if total.dpt is not None:  # no table of dashes before the DPT is recorded
            blocks.append(_dpt_table(rows, total, region))
    elif total.voted is None or total.turnout_pct is None:
        blocks.append(Para(f"DPT {name}: {_dpt_text(total)}. Pemungutan suara berlangsung {voting}; angka "
                           "pengguna hak pilih belum masuk ke desk.", italic=True))  # fmt: skip
        if total.dpt is not None:  # no table of dashes before the DPT is recorded
            blocks.append(_dpt_table(rows, total, region))
        kpis.append((f"Partisipasi {name}", "belum tersedia"))
    else:
        blocks.append(Para(_turnout_sentence(total, name)))
        blocks += _turnout_blocks(rows, total, region, name)
        kpis.append(
            (f"Partisipasi {name}", f"{numbers.text(total.turnout_pct)} ({total.method})")
        )
        figures["partisipasi.voted"] = total.voted
        figures["partisipasi.table_voted_sum"] = sum(r.voted or 0 for r in rows)
    return blocks, tuple(kpis), figures


def sosialisasi_section(uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    total, rows, rest = _reach(uow, scope)
    blocks: list = [Heading("Sosialisasi pada periode"), *_reach_blocks(total, rows, rest, scope)]
    more, kpis, figures = _partisipasi(uow, scope)
    blocks += more
    figures |= {
        "sosialisasi.sessions": total.sessions,
        "sosialisasi.table_sessions_sum": sum(r.sessions for r in rows) + rest.sessions,
        "sosialisasi.attended": total.attended,
        "sosialisasi.table_attended_sum": sum(r.attended for r in rows) + rest.attended,
    }
    kpis = (("Sosialisasi pada periode", reach_text(total)), *kpis)
    return SectionContent(tuple(blocks), figures, {"sessions": total.sessions}, (), kpis)
