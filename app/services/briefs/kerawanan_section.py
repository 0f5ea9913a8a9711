"""Kerawanan inside "Gangguan dan kerawanan": IKP 2024 levels (Bawaslu thresholds of the
region's own administrative level), TPS rawan (Polri) and the desk's incident pressure,
per kab/kota — all from ``services.kerawanan_stats``, the Kerawanan page's source."""

from __future__ import annotations

from app.models.wilayah import LEVEL_KABKOTA, LEVEL_PROVINSI
from app.services.briefs.blocks import Para, Table
from app.services.briefs.partisipasi_section import level_of
from app.services.briefs.scope import BriefScope
from app.services.core import formatting
from app.services.core.uow import UnitOfWork
from app.services.kerawanan import stats as kerawanan_stats


def _score(value: float | None) -> float | str:
    return "–" if value is None else value


def _count(value: int | None) -> int | str:
    return "–" if value is None else value


def _province_text(uow: UnitOfWork, scope: BriefScope) -> str:
    if scope.stats.wilayah_code:
        return ""
    rows = kerawanan_stats.ikp_scores(
        uow, level=LEVEL_PROVINSI, pemilihan_id=scope.request.pemilihan_id, as_of=scope.as_of
    )
    if not rows or rows[0][1] is None:
        return ""
    name, score = rows[0]
    level = kerawanan_stats.ikp_level(score, LEVEL_PROVINSI)
    return f"IKP Provinsi {name}: {formatting.number(score, 2)} ({level}). "


def kerawanan_blocks(uow: UnitOfWork, scope: BriefScope) -> tuple[list, tuple]:
    """(blocks, Situasi umum lines). Incident pressure is counted over the 14 days up to
    the brief's last day."""
    day = scope.period[1]
    level = level_of(scope)
    rows = kerawanan_stats.by_region(
        uow, level=level, today=day, pemilihan_id=scope.request.pemilihan_id,
        root_code=scope.stats.wilayah_code or None, as_of=scope.as_of,
    )  # fmt: skip
    if not any(
        r.ikp_score is not None or r.tps_rawan is not None or r.pressure_incidents for r in rows
    ):
        return [
            Para("Belum ada data kerawanan (skor IKP, TPS rawan) yang dicatat.", italic=True)
        ], ()
    tinggi = [r.name for r in rows if r.ikp_level == kerawanan_stats.RAWAN_TINGGI]
    intro = _province_text(uow, scope)
    if level == LEVEL_KABKOTA:
        intro += ("Kabupaten/kota dengan IKP Rawan tinggi: " + ", ".join(tinggi) + "." if tinggi
                  else "Tidak ada kabupaten/kota dengan IKP Rawan tinggi.")  # fmt: skip
    else:
        intro += kerawanan_stats.NO_THRESHOLD_NOTE
    formula = (
        kerawanan_stats.pressure_formula(kerawanan_stats.weights(uow, scope.as_of))
        .replace("s.d. hari ini", f"s.d. {formatting.medium_date(day)}")
        .replace("Σ ", "jumlah ")  # the shipped fonts have no Σ
    )
    region = "Kabupaten/Kota" if level == LEVEL_KABKOTA else "Kecamatan"
    table = Table(
        ("No.", region, "Skor IKP", "Level IKP", "TPS rawan", "TPS sangat rawan", "Insiden 14 hari",
         "Tekanan insiden"),
        tuple((n, r.name, _score(r.ikp_score), r.ikp_level or "–", _count(r.tps_rawan),
               _count(r.tps_sangat_rawan), r.pressure_incidents, _score(r.pressure))
              for n, r in enumerate(rows, start=1)),
        widths=(0.6, 2.6, 1, 1.6, 1, 1.1, 1.1, 1.1), decimals=2,
        caption="Tabel kerawanan menurut wilayah (IKP 2024 Bawaslu; TPS menurut tingkat kerawanan Polri).",
    )  # fmt: skip
    blocks = [Para(intro), table, Para(formula, italic=True)]
    kpis = (("Kab/kota IKP Rawan tinggi", ", ".join(tinggi)),) if tinggi else ()
    return blocks, kpis
