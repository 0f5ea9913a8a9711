"""Import of logistics requirements (SPEC 8): quantity per wilayah, item and contest,
keyed by (wilayah, item, contest), so importing the same file again changes nothing.
An item's requirement is kept at one level of the region tree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import Kebutuhan, Wilayah
from app.services.core.changes import Changes
from app.services.core.uow import UnitOfWork
from app.services.importing.columns import Column
from app.services.importing.spec import Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import CellError, parse_int, text
from app.services.logistik import (
    kebutuhan as logistik_kebutuhan,
)
from app.services.logistik import (
    records as logistik,
)
from app.services.logistik import (
    rules as logistik_rules,
)
from app.services.logistik.import_columns import CONTEST, ITEM
from app.services.logistik.import_lookup import Lookups


@dataclass(frozen=True)
class NeedRecord:
    wilayah_id: int
    code: str
    jenis_id: int
    pemilihan_id: int | None
    quantity: int


class KebutuhanImport:
    jenis = "kebutuhan"
    title = "Kebutuhan Logistik"
    columns = (
        Column("wilayah", "kode wilayah", True, ("wilayah", "kode", "nama wilayah"), "Kode atau nama kab/kota, kecamatan, atau desa", store=Wilayah.name),
        ITEM, CONTEST,
        Column("jumlah", "jumlah", True, ("kebutuhan", "jumlah kebutuhan", "qty"), "Bilangan bulat, 0 atau lebih", parse_int, store=Kebutuhan.quantity),
    )  # fmt: skip

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Any:
        existing = set(uow.session.execute(select(Kebutuhan.wilayah_code, Kebutuhan.jenis_id,
                                                  Kebutuhan.pemilihan_id)
                                           .where(Kebutuhan.archived.is_(False))).all())  # fmt: skip
        return Lookups.load(uow), existing

    def build_row(self, context: Any, values: dict[str, Any]) -> NeedRecord:
        lookups, _existing = context
        try:
            region = lookups.index.match(text(values["wilayah"]))
        except CellError as error:
            raise RowProblem("wilayah", str(error)) from None
        if region.level < 2:
            raise RowProblem("wilayah", "Kebutuhan dicatat per kab/kota, kecamatan, atau desa.")
        jenis_id, code = lookups.item(values["barang"])
        contest = lookups.contest(values.get("pemilihan"))
        if code == logistik_rules.SURAT_SUARA and contest is None:
            raise RowProblem("pemilihan", "Kebutuhan surat suara dicatat per pemilihan.")
        if values["jumlah"] < 0:
            raise RowProblem("jumlah", "Jumlah tidak boleh negatif.")
        return NeedRecord(
            region.id,
            region.code,
            jenis_id,
            contest if code == logistik_rules.SURAT_SUARA else None,
            values["jumlah"],
        )

    def check_rows(self, context: Any, rows: list[ValidRow[NeedRecord]]) -> list[RowError]:
        _lookups, existing = context
        errors, seen = [], {}
        keys = existing | {(v.record.code, v.record.jenis_id, v.record.pemilihan_id) for v in rows}
        for valid in rows:
            r = valid.record
            key = (r.code, r.jenis_id, r.pemilihan_id)
            if key in seen:
                errors.append(
                    RowError(valid.row, "kode wilayah", f"Sudah ada di baris {seen[key]}.")
                )
            seen[key] = valid.row
            other = next((c for c, j, p in keys if (j, p) == key[1:] and c != r.code
                          and (c.startswith(r.code + ".") or r.code.startswith(c + "."))), None)  # fmt: skip
            if other:
                errors.append(
                    RowError(
                        valid.row,
                        "kode wilayah",
                        f"Kebutuhan barang ini juga dicatat di {other}; satu barang di satu tingkat saja.",
                    )
                )
        return errors

    def apply(self, uow: UnitOfWork, context: Any, records: list[NeedRecord]) -> Outcome:
        counts = {"baru": 0, "diperbarui": 0, "sama": 0}
        stored = {(c, j, p): q for c, j, p, q in uow.session.execute(
            select(Kebutuhan.wilayah_code, Kebutuhan.jenis_id, Kebutuhan.pemilihan_id, Kebutuhan.quantity)
            .where(Kebutuhan.archived.is_(False)))}  # fmt: skip
        for r in records:
            if stored.get((r.code, r.jenis_id, r.pemilihan_id)) == r.quantity:
                counts["sama"] += 1  # same figure: keeps how it came (entered, rule, import)
                continue
            _record, state = logistik_kebutuhan.put(uow, wilayah_id=r.wilayah_id, jenis_id=r.jenis_id, pemilihan_id=r.pemilihan_id,
                                                    quantity=r.quantity, source=logistik_kebutuhan.IMPOR)  # fmt: skip
            counts[state] += 1
            uow.session.flush()
        summary = f"Kebutuhan diimpor: {counts['baru']} baru, {counts['diperbarui']} diperbarui."
        return Outcome(
            counts["baru"],
            counts["diperbarui"],
            counts["sama"],
            Changes.of(logistik.LOGISTIK, summary=summary),
        )
