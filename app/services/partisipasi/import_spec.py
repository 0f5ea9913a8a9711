"""Import of KPU-style DPT and turnout sheets into one contest (SPEC 8).

Headers are matched tolerantly ("Jumlah Pemilih Laki-laki", "DPT L", "L", "Jml TPS");
the region is a code, a name, or KPU's Kab/Kota–Kecamatan–Desa columns. Re-importing
updates the same contest and wilayah. Only the figures a row gives are written: a DPT
sheet and a later turnout sheet for the same regions add up, and an empty cell never
erases a figure already recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from app.models import Partisipasi, Pemilihan, Wilayah
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
    parse_int,
    text,
)
from app.services.partisipasi import records as partisipasi

COLUMNS = REGION_COLUMNS + (
    Column("dpt_l", "DPT laki-laki", False, ("dpt l", "dpt lk", "dpt laki laki", "jumlah pemilih laki-laki", "pemilih laki-laki", "jumlah dpt laki-laki", "l", "lk", "laki-laki"), "DPT laki-laki", store=Partisipasi.dpt_men),
    Column("dpt_p", "DPT perempuan", False, ("dpt p", "dpt pr", "jumlah pemilih perempuan", "pemilih perempuan", "jumlah dpt perempuan", "p", "pr", "perempuan"), "DPT perempuan", store=Partisipasi.dpt_women),
    Column("dpt", "jumlah DPT", False, ("dpt", "dpt total", "total dpt", "jumlah pemilih", "dpt l+p", "l+p", "jml dpt"), "Jumlah DPT (diperiksa: harus sama dengan L + P)", store=Partisipasi.dpt_men),
    Column("dptb", "DPTb", False, ("jumlah dptb", "jml dptb", "pemilih tambahan", "daftar pemilih tambahan"), "Daftar pemilih tambahan", store=Partisipasi.dptb),
    Column("dpk", "DPK", False, ("jumlah dpk", "jml dpk", "pemilih khusus", "daftar pemilih khusus"), "Daftar pemilih khusus", store=Partisipasi.dpk),
    Column("tps", "jumlah TPS", False, ("tps", "jml tps", "jml. tps", "banyaknya tps"), "Jumlah TPS", store=Partisipasi.tps_count),
    Column("memilih_l", "pengguna hak pilih laki-laki", False, ("pengguna hak pilih l", "memilih l", "menggunakan hak pilih laki-laki", "pemilih yang menggunakan hak pilih laki-laki", "php l"), "Pemilih laki-laki yang menggunakan hak pilih", store=Partisipasi.voted_men),
    Column("memilih_p", "pengguna hak pilih perempuan", False, ("pengguna hak pilih p", "memilih p", "menggunakan hak pilih perempuan", "pemilih yang menggunakan hak pilih perempuan", "php p"), "Pemilih perempuan yang menggunakan hak pilih", store=Partisipasi.voted_women),
    Column("memilih", "jumlah pengguna hak pilih", False, ("pengguna hak pilih", "memilih", "menggunakan hak pilih", "php"), "Jumlah pengguna hak pilih (diperiksa: harus sama dengan L + P)", store=Partisipasi.voted_men),
    Column("sah", "suara sah", False, ("jumlah suara sah", "sah"), "Jumlah suara sah", store=Partisipasi.valid_votes),
    Column("tidak_sah", "suara tidak sah", False, ("jumlah suara tidak sah", "tidak sah"), "Jumlah suara tidak sah", store=Partisipasi.invalid_votes),
    Column("sumber", "sumber", False, ("sumber data", "keterangan"), "Sumber, mis. Rekap DPT KPU Provinsi Banten", store=Partisipasi.source),
    Column("tanggal", "tanggal sumber", False, ("tanggal", "tgl", "per tanggal"), f"Tanggal sumber ({DATE_FORMATS_HELP})", parse_date),
)  # fmt: skip
_INTS = ("dpt_l", "dpt_p", "dpt", "dptb", "dpk", "tps", "memilih_l", "memilih_p", "memilih",
         "sah", "tidak_sah")  # fmt: skip
#: Column key → Angka field.
FIELD_OF = {
    "dpt_l": "dpt_men", "dpt_p": "dpt_women", "dptb": "dptb", "dpk": "dpk", "tps": "tps_count",
    "memilih_l": "voted_men", "memilih_p": "voted_women", "sah": "valid_votes",
    "tidak_sah": "invalid_votes", "sumber": "source", "tanggal": "source_date",
}  # fmt: skip
#: The figures a region's children add up to (a recap row is checked against them).
ADDITIVE = frozenset(FIELD_OF[k] for k in _INTS if k in FIELD_OF)


def count(raw: object) -> int | None:
    """A whole, non-negative number as offices type it ("8.926.662", 1234.0)."""
    value = parse_int(raw)
    if value is not None and value < 0:
        raise CellError("Tidak boleh negatif.")
    return value


@dataclass(frozen=True)
class Context:
    contest_id: int
    area: str
    index: WilayahIndex
    today: date


@dataclass(frozen=True)
class PartisipasiRow:
    wilayah_code: str
    #: Only the figures this row gives (Angka field → value).
    values: dict[str, Any]


class PartisipasiImport:
    jenis = "partisipasi"
    title = "Data DPT dan Partisipasi"
    columns = tuple(replace(c, parse=count) if c.key in _INTS else c for c in COLUMNS)

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Context:
        try:
            contest_id = int(options.get("pemilihan"))
        except (TypeError, ValueError):
            raise DomainError(
                "Pilih pemilihan tujuan impor partisipasi (ID pemilihan, mis. --pemilihan 1)."
            ) from None
        contest = uow.session.get(Pemilihan, contest_id)
        if contest is None or contest.archived:
            raise DomainError(f"Pemilihan {contest_id} tidak ditemukan.")
        area = uow.session.scalar(select(Wilayah.code).where(Wilayah.id == contest.wilayah_id))
        return Context(contest_id, area, WilayahIndex.load(uow), desk_clock(uow).today())

    def build_row(self, context: Context, values: dict[str, Any]) -> PartisipasiRow:
        region = resolve(context.index, values, context.area)
        given = {k: v for k, v in values.items() if v not in (None, "")}
        for men, women, total, label in (
            ("dpt_l", "dpt_p", "dpt", "DPT"),
            ("memilih_l", "memilih_p", "memilih", "pengguna hak pilih"),
        ):
            if (men in given) != (women in given):
                missing = women if men in given else men
                raise RowProblem(missing, f"Isi {label} laki-laki dan perempuan bersama-sama.")
            if total in given and men not in given:
                raise RowProblem(total, f"{label} perlu dirinci laki-laki (L) dan perempuan (P).")
            if total in given and given[men] + given[women] != given[total]:
                raise RowProblem(
                    total,
                    f"Jumlah {label} {given[total]} tidak sama dengan L + P "
                    f"({given[men]} + {given[women]} = {given[men] + given[women]}).",
                )
        if given.get("tanggal") and given["tanggal"] > context.today:
            raise RowProblem("tanggal", "Tanggal sumber tidak boleh setelah hari ini.")
        figures = {FIELD_OF[k]: (text(v) if k == "sumber" else v)
                   for k, v in given.items() if k in FIELD_OF}  # fmt: skip
        if not any(k not in ("source", "source_date") for k in figures):
            raise RowProblem("kode", "Baris ini tidak berisi angka apa pun.")
        return PartisipasiRow(region.code, figures)

    def check_rows(self, context: Context, rows: list[ValidRow[PartisipasiRow]]) -> list[RowError]:
        seen: dict[str, int] = {}
        errors = []
        for valid in rows:
            code = valid.record.wilayah_code
            if code in seen:
                errors.append(
                    RowError(
                        valid.row,
                        "kode wilayah",
                        f"Wilayah {code} sudah ada di baris {seen[code]}.",
                    )
                )
            else:
                seen[code] = valid.row
        refused = {e.row for e in errors}
        headers = {FIELD_OF[c.key]: c.header for c in self.columns if c.key in FIELD_OF}
        figures = [
            (v.row, v.record.wilayah_code,
             {k: n for k, n in v.record.values.items() if k in ADDITIVE})
            for v in rows if v.row not in refused
        ]  # fmt: skip
        return errors + recap_errors(context.index, figures, headers.__getitem__, "kode wilayah")

    def apply(self, uow: UnitOfWork, context: Context, records: list[PartisipasiRow]) -> Outcome:
        contest = uow.session.get(Pemilihan, context.contest_id)
        regions = {
            w.code: w
            for w in uow.session.scalars(
                select(Wilayah).where(Wilayah.code.in_([r.wilayah_code for r in records]))
            )
        }
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        for record in records:
            region = regions[record.wilayah_code]
            current = partisipasi.get_partisipasi(uow, contest.id, region.code).angka
            counts[
                partisipasi.write_angka(uow, contest, region, replace(current, **record.values))
            ] += 1
        return Outcome(
            counts["created"],
            counts["updated"],
            counts["unchanged"],
            Changes.of(
                partisipasi.PARTISIPASI,
                summary=f"Data partisipasi {contest.name} diimpor: {counts['created']} baru, "
                f"{counts['updated']} diperbarui, {counts['unchanged']} sudah sama.",
            ),
        )
