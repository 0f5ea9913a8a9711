"""Imports of logistics (SPEC 8): consignments here (one row per line, header repeated),
receipts in ``import_penerimaan`` and requirements in ``import_kebutuhan`` (re-exported
here; ``services.registers`` lists all three). Consignments are keyed by number and lines by
(number, item, contest): importing the same file again changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import Pengiriman, PengirimanBaris
from app.models.logistik import DISIAPKAN, LEVELS
from app.services.core.changes import Changes
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import normalize_tps
from app.services.importing.columns import Column
from app.services.importing.spec import Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import DATE_FORMATS_HELP, CellError, parse_date, parse_int, text
from app.services.logistik import records as logistik
from app.services.logistik import rules as logistik_rules
from app.services.logistik.import_columns import (
    CONTEST,
    ITEM,
    NUMBER,
    TARGET,
    parse_level,
    parse_yes,
)
from app.services.logistik.import_kebutuhan import KebutuhanImport, NeedRecord
from app.services.logistik.import_lookup import Lookups
from app.services.logistik.import_penerimaan import PenerimaanImport, ReceiptRecord

__all__ = [
    "CONTEST", "ITEM", "NUMBER", "TARGET", "KebutuhanImport", "LineRecord", "Lookups", "NeedRecord",
    "PenerimaanImport", "PengirimanImport", "ReceiptRecord", "parse_level", "parse_yes",
]  # fmt: skip


@dataclass(frozen=True)
class LineRecord:
    number: str
    header: dict
    jenis_id: int
    jenis_code: str
    pemilihan_id: int | None
    qty_sent: int


class PengirimanImport:
    jenis = "pengiriman"
    title = "Pengiriman Logistik"
    columns = (
        NUMBER, CONTEST,
        Column("asal", "tingkat asal", True, ("asal", "dari"), "KPU Provinsi, KPU Kab/Kota, PPK atau PPS", parse_level, store=Pengiriman.origin_level),
        Column("tempat", "tempat asal", False, ("gudang", "tempat"), "mis. Gudang KPU Kab. Lebak", store=Pengiriman.origin_place),
        Column("tingkat", "tingkat tujuan", True, ("tingkat",), "KPU Kab/Kota, PPK, PPS atau KPPS/TPS", parse_level, store=Pengiriman.destination_level),
        TARGET,
        Column("tps", "tps", False, ("nomor tps", "no tps"), "Nomor TPS, hanya untuk tujuan KPPS/TPS", store=Pengiriman.tps),
        Column("rencana", "rencana kirim", False, ("tanggal kirim", "tgl kirim"), f"Tanggal ({DATE_FORMATS_HELP})", parse_date),
        Column("batas", "batas tiba", False, ("harus tiba", "tenggat"), "Kosong: H-n menurut aturan tingkat tujuan", parse_date),
        Column("perkiraan", "perkiraan tiba", False, ("estimasi tiba", "eta"), f"Tanggal ({DATE_FORMATS_HELP})", parse_date),
        Column("kawal", "pengawalan", False, ("dikawal", "pengawalan polri"), "Ya atau Tidak", max_length=20),
        Column("ba", "berita acara", False, ("nomor berita acara", "no ba", "ba"), "Nomor berita acara serah terima", store=Pengiriman.berita_acara),
        ITEM,
        Column("jumlah", "jumlah dikirim", True, ("jumlah", "dikirim", "qty"), "Bilangan bulat lebih dari 0", parse_int, store=PengirimanBaris.qty_sent),
        Column("catatan", "catatan", False, ("keterangan", "ket"), "", store=Pengiriman.notes),
    )  # fmt: skip

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Any:
        lookups = Lookups.load(uow)
        rules = logistik_rules.load(uow)
        existing = {
            (number, jenis_id, contest): (qty, good is not None)
            for number, jenis_id, contest, qty, good in uow.session.execute(
                select(Pengiriman.number, PengirimanBaris.jenis_id, PengirimanBaris.pemilihan_id,
                       PengirimanBaris.qty_sent, PengirimanBaris.qty_good)
                .join(PengirimanBaris, PengirimanBaris.pengiriman_id == Pengiriman.id)
                .where(PengirimanBaris.archived.is_(False))
            )
        }  # fmt: skip
        return lookups, rules, existing, logistik.voting_day(uow, None)

    def build_row(self, context: Any, values: dict[str, Any]) -> LineRecord:
        lookups, rules, _existing, voting = context
        origin, level = values["asal"], values["tingkat"]
        if LEVELS.index(level) <= LEVELS.index(origin):
            raise RowProblem("tingkat", f"Tujuan {level} harus di bawah asal {origin}.")
        try:
            region = lookups.index.match(
                text(values["tujuan"]), level=logistik_rules.WILAYAH_LEVEL[level]
            )
            tps = normalize_tps(text(values.get("tps")))
        except CellError as error:
            raise RowProblem("tujuan", str(error)) from None
        except Exception as error:  # ValidationError of the TPS number
            raise RowProblem("tps", str(error)) from None
        if (level == LEVELS[-1]) != bool(tps):
            raise RowProblem("tps", "Nomor TPS diisi untuk tujuan KPPS/TPS, dan hanya untuk itu.")
        jenis_id, code = lookups.item(values["barang"])
        contest = lookups.contest(values.get("pemilihan"))
        if values["jumlah"] <= 0:
            raise RowProblem("jumlah", "Jumlah dikirim harus lebih dari 0.")
        if code == logistik_rules.SURAT_SUARA and contest is None:
            raise RowProblem("pemilihan", "Surat suara dicatat per pemilihan; isi pemilihannya.")
        must = values.get("batas") or rules.must_arrive_by(level, voting)
        header = {
            "pemilihan_id": contest, "origin_level": origin, "origin_place": text(values.get("tempat")),
            "destination_level": level, "destination_wilayah_id": region.id, "destination_code": region.code,
            "tps": tps, "planned_dispatch": values.get("rencana"), "must_arrive_by": must,
            "expected_arrival": values.get("perkiraan"), "escort": parse_yes(values.get("kawal")),
            "berita_acara": text(values.get("ba")), "notes": text(values.get("catatan")),
        }  # fmt: skip
        line_contest = contest if code == logistik_rules.SURAT_SUARA else None
        return LineRecord(
            " ".join(text(values["nomor"]).split()).upper(),
            header,
            jenis_id,
            code,
            line_contest,
            values["jumlah"],
        )

    def check_rows(self, context: Any, rows: list[ValidRow[LineRecord]]) -> list[RowError]:
        _lookups, _rules, existing, _voting = context
        errors, seen, headers = [], {}, {}
        for valid in rows:
            r = valid.record
            key = (r.number, r.jenis_id, r.pemilihan_id)
            if key in seen:
                errors.append(
                    RowError(
                        valid.row,
                        "barang",
                        f"Barang ini sudah ada untuk {r.number} di baris {seen[key]}.",
                    )
                )
                continue
            seen[key] = valid.row
            first = headers.setdefault(r.number, (valid.row, r.header))
            if first[1]["destination_code"] != r.header["destination_code"]:
                errors.append(
                    RowError(
                        valid.row,
                        "kode wilayah tujuan",
                        f"Tujuan {r.number} berbeda dengan baris {first[0]}.",
                    )
                )
            before = existing.get(key)
            if before and before[1] and before[0] != r.qty_sent:
                errors.append(
                    RowError(
                        valid.row,
                        "jumlah dikirim",
                        f"{r.number} sudah diterima: jumlah dikirim tidak dapat diubah.",
                    )
                )
        return errors

    def apply(self, uow: UnitOfWork, context: Any, records: list[LineRecord]) -> Outcome:
        created = updated = unchanged = 0
        by_number: dict[str, list[LineRecord]] = {}
        for record in records:
            by_number.setdefault(record.number, []).append(record)
        found = {
            p.number: p
            for p in uow.session.scalars(
                select(Pengiriman).where(Pengiriman.number.in_(list(by_number)))
            )
        }
        for number, lines in by_number.items():
            header = found.get(number)
            if header is None:
                header = Pengiriman(number=number, status=DISIAPKAN, **lines[0].header)
                uow.session.add(header)
                uow.session.flush()
                current = {}
            else:
                for key, value in lines[0].header.items():
                    if getattr(header, key) != value:
                        setattr(header, key, value)
                current = {(b.jenis_id, b.pemilihan_id): b for b in uow.session.scalars(
                    select(PengirimanBaris).where(PengirimanBaris.pengiriman_id == header.id, PengirimanBaris.archived.is_(False)))}  # fmt: skip
            for line in lines:
                baris = current.get((line.jenis_id, line.pemilihan_id))
                if baris is None:
                    uow.session.add(PengirimanBaris(pengiriman_id=header.id, jenis_id=line.jenis_id, pemilihan_id=line.pemilihan_id,
                                                    destination_code=header.destination_code, qty_sent=line.qty_sent))  # fmt: skip
                    created += 1
                elif (baris.qty_sent, baris.destination_code) == (
                    line.qty_sent,
                    header.destination_code,
                ):
                    unchanged += 1
                else:
                    baris.qty_sent, baris.destination_code = line.qty_sent, header.destination_code
                    updated += 1
        summary = (
            f"Pengiriman diimpor: {created} baris baru, {updated} diperbarui, {unchanged} sama."
        )
        return Outcome(created, updated, unchanged, Changes.of(logistik.LOGISTIK, summary=summary))
