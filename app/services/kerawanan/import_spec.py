"""Import of IKP scores and TPS counts per Polri level (SPEC 8). The level is derived from
the score, so a "level"/"kategori" column in the file is ignored. Re-importing updates
the same wilayah (and contest); an empty cell never erases a recorded figure."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from app.models import Kerawanan, Pemilihan, Wilayah
from app.services.core import pengaturan
from app.services.core.changes import Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import DomainError
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import WilayahIndex
from app.services.importing.columns import Column
from app.services.importing.region_columns import REGION_COLUMNS, recap_errors, resolve
from app.services.importing.spec import Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import (
    DATE_FORMATS_HELP,
    CellError,
    parse_date,
    parse_float,
    text,
)
from app.services.kerawanan import records as kerawanan
from app.services.partisipasi.import_spec import count

#: Option value: the scores apply to every contest of the region (IKP is per region).
ALL_CONTESTS = "semua"


def score(raw: object) -> float | None:
    value = parse_float(raw)
    if value is not None and not 0 <= value <= 100:
        raise CellError("Skor IKP harus antara 0 dan 100.")
    return value


class KerawananImport:
    jenis = "kerawanan"
    title = "Skor IKP dan TPS Rawan"
    columns = REGION_COLUMNS + (
        Column("ikp", "skor IKP", False, ("ikp", "skor", "nilai ikp", "indeks kerawanan pemilu", "skor ikp 2024", "indeks"), "Skor IKP Bawaslu 0–100, mis. 77,74", score, store=Kerawanan.ikp_score),
        Column("kurang_rawan", "TPS kurang rawan", False, ("kurang rawan", "tps aman"), "Jumlah TPS kurang rawan (Polri)", count, store=Kerawanan.tps_kurang_rawan),
        Column("rawan", "TPS rawan", False, ("rawan", "jumlah tps rawan"), "Jumlah TPS rawan (Polri)", count, store=Kerawanan.tps_rawan),
        Column("sangat_rawan", "TPS sangat rawan", False, ("sangat rawan",), "Jumlah TPS sangat rawan (Polri)", count, store=Kerawanan.tps_sangat_rawan),
        Column("khusus", "TPS khusus", False, ("khusus", "tps lapas rutan"), "Jumlah TPS khusus (lapas/rutan)", count, store=Kerawanan.tps_khusus),
        Column("sumber", "sumber", False, ("sumber data", "keterangan"), "Sumber, mis. IKP 2024 Bawaslu RI", store=Kerawanan.source),
        Column("tanggal", "tanggal sumber", False, ("tanggal", "tgl"), f"Tanggal sumber ({DATE_FORMATS_HELP})", parse_date),
    )  # fmt: skip
    FIELD_OF = {
        "ikp": "ikp_score", "kurang_rawan": "tps_kurang_rawan", "rawan": "tps_rawan",
        "sangat_rawan": "tps_sangat_rawan", "khusus": "tps_khusus", "sumber": "source",
        "tanggal": "source_date",
    }  # fmt: skip
    #: TPS counts add up over a region's children; the IKP score does not.
    TPS_COUNTS = frozenset({"tps_kurang_rawan", "tps_rawan", "tps_sangat_rawan", "tps_khusus"})

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Context:
        target = options.get("pemilihan", ALL_CONTESTS) or ALL_CONTESTS
        area = pengaturan.get(uow, "province_code")
        contest_id = None
        if target != ALL_CONTESTS:
            try:
                contest_id = int(target)
            except (TypeError, ValueError):
                raise DomainError(
                    f"Pemilihan '{target}' tidak dikenal: tulis ID pemilihan atau 'semua'."
                ) from None
            contest = uow.session.get(Pemilihan, contest_id)
            if contest is None or contest.archived:
                raise DomainError(f"Pemilihan {contest_id} tidak ditemukan.")
            area = uow.session.scalar(select(Wilayah.code).where(Wilayah.id == contest.wilayah_id))
        return Context(contest_id, area, WilayahIndex.load(uow), desk_clock(uow).today())

    def build_row(self, context: Context, values: dict[str, Any]) -> KerawananRow:
        region = resolve(context.index, values, context.area)
        given = {k: v for k, v in values.items() if v not in (None, "")}
        if given.get("tanggal") and given["tanggal"] > context.today:
            raise RowProblem("tanggal", "Tanggal sumber tidak boleh setelah hari ini.")
        figures = {self.FIELD_OF[k]: (text(v) if k == "sumber" else v)
                   for k, v in given.items() if k in self.FIELD_OF}  # fmt: skip
        if not any(k not in ("source", "source_date") for k in figures):
            raise RowProblem("ikp", "Baris ini tidak berisi skor IKP maupun jumlah TPS.")
        return KerawananRow(region.code, figures)

    def check_rows(self, context: Context, rows: list[ValidRow[KerawananRow]]) -> list[RowError]:
        seen: dict[str, int] = {}
        errors = []
        for valid in rows:
            code = valid.record.wilayah_code
            if code in seen:
                errors.append(
                    RowError(valid.row, "kode wilayah", f"Wilayah {code} sudah ada di baris {seen[code]}.")
                )  # fmt: skip
            else:
                seen[code] = valid.row
        refused = {e.row for e in errors}
        headers = {self.FIELD_OF[c.key]: c.header for c in self.columns if c.key in self.FIELD_OF}
        counts = [
            (v.row, v.record.wilayah_code,
             {k: n for k, n in v.record.values.items() if k in self.TPS_COUNTS})
            for v in rows if v.row not in refused
        ]  # fmt: skip
        return errors + recap_errors(context.index, counts, headers.__getitem__, "kode wilayah")

    def apply(self, uow: UnitOfWork, context: Context, records: list[KerawananRow]) -> Outcome:
        regions = {
            w.code: w
            for w in uow.session.scalars(
                select(Wilayah).where(Wilayah.code.in_([r.wilayah_code for r in records]))
            )
        }
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        for record in records:
            region = regions[record.wilayah_code]
            current = kerawanan.get_kerawanan(uow, region.code, context.contest_id).nilai
            merged = replace(current, **record.values)
            counts[kerawanan.write_nilai(uow, region, context.contest_id, merged)] += 1
        return Outcome(
            counts["created"],
            counts["updated"],
            counts["unchanged"],
            Changes.of(
                kerawanan.KERAWANAN,
                summary=f"Data kerawanan diimpor: {counts['created']} baru, "
                f"{counts['updated']} diperbarui, {counts['unchanged']} sudah sama.",
            ),
        )


@dataclass(frozen=True)
class Context:
    contest_id: int | None
    area: str
    index: WilayahIndex
    today: date


@dataclass(frozen=True)
class KerawananRow:
    wilayah_code: str
    values: dict[str, Any]
