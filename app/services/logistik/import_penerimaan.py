"""Import of logistics receipts (SPEC 8): per consignment line good, damaged, missing and
the reason code, under the same rules as the receipt dialog. A consignment's receipt
must list every one of its lines; importing the same file again changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select

from app.models import Pengiriman, PengirimanBaris
from app.models.logistik import DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN, REASONS
from app.services.core.changes import Changes
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.importing.columns import Column
from app.services.importing.spec import Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import DATE_FORMATS_HELP, parse_date, parse_int, text
from app.services.logistik import records as logistik
from app.services.logistik import rules as logistik_rules
from app.services.logistik.forms import lines_of
from app.services.logistik.import_columns import CONTEST, ITEM, NUMBER
from app.services.logistik.import_lookup import Lookups


@dataclass(frozen=True)
class ReceiptRecord:
    number: str
    jenis_id: int
    pemilihan_id: int | None
    good: int
    damaged: int
    missing: int | None
    reason: str
    arrival: date | None
    berita_acara: str


class PenerimaanImport:
    jenis = "penerimaan"
    title = "Penerimaan Logistik"
    columns = (
        NUMBER, ITEM, CONTEST,
        Column("baik", "baik", True, ("diterima baik", "jumlah baik", "kondisi baik"), "Jumlah diterima dalam keadaan baik", parse_int, store=PengirimanBaris.qty_good),
        Column("rusak", "rusak", False, ("jumlah rusak",), "Jumlah rusak (kosong = 0)", parse_int, store=PengirimanBaris.qty_damaged),
        Column("hilang", "hilang", False, ("jumlah hilang", "kurang"), "Kosong: sisa dari dikirim − baik − rusak", parse_int, store=PengirimanBaris.qty_missing),
        Column("alasan", "alasan", False, ("kode alasan", "keterangan"), f"Wajib bila kurang: {', '.join(REASONS)}", store=PengirimanBaris.reason),
        Column("tiba", "tanggal tiba", False, ("tiba", "tgl tiba", "waktu tiba"), f"Tanggal ({DATE_FORMATS_HELP}); kosong = hari ini", parse_date),
        Column("ba", "berita acara", False, ("nomor berita acara", "no ba"), "Nomor berita acara serah terima", store=Pengiriman.berita_acara),
    )  # fmt: skip

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Any:
        lines = {}
        for number, status, bid, jenis_id, contest, sent in uow.session.execute(
            select(Pengiriman.number, Pengiriman.status, PengirimanBaris.id, PengirimanBaris.jenis_id, PengirimanBaris.pemilihan_id,
                   PengirimanBaris.qty_sent)
            .join(PengirimanBaris, PengirimanBaris.pengiriman_id == Pengiriman.id)
            .where(Pengiriman.archived.is_(False), PengirimanBaris.archived.is_(False))
        ):  # fmt: skip
            entry = lines.setdefault(number, {"status": status, "lines": {}})
            entry["lines"][(jenis_id, contest)] = (bid, sent)
        return Lookups.load(uow), lines

    def build_row(self, context: Any, values: dict[str, Any]) -> ReceiptRecord:
        lookups, consignments = context
        number = " ".join(text(values["nomor"]).split()).upper()
        found = consignments.get(number)
        if found is None:
            raise RowProblem(
                "nomor", f"Pengiriman {number} tidak ditemukan; impor pengirimannya dulu."
            )
        if found["status"] not in (DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN):
            raise RowProblem(
                "nomor", f"{number} berstatus {found['status']}; penerimaan tidak dapat dicatat."
            )
        jenis_id, code = lookups.item(values["barang"])
        contest = (
            lookups.contest(values.get("pemilihan")) if code == logistik_rules.SURAT_SUARA else None
        )
        if (
            code == logistik_rules.SURAT_SUARA
            and contest is None
            and len([k for k in found["lines"] if k[0] == jenis_id]) == 1
        ):
            contest = next(k[1] for k in found["lines"] if k[0] == jenis_id)
        if (jenis_id, contest) not in found["lines"]:
            raise RowProblem("barang", f"{number} tidak memuat barang ini.")
        reason = text(values.get("alasan")).lower()
        if reason and reason not in REASONS:
            raise RowProblem(
                "alasan", f"Alasan '{reason}' tidak dikenal. Pilihan: {', '.join(REASONS)}."
            )
        _bid, sent = found["lines"][(jenis_id, contest)]
        good, damaged, missing = values["baik"], values.get("rusak") or 0, values.get("hilang")
        if min(good, damaged, missing or 0) < 0:
            raise RowProblem("baik", "Jumlah tidak boleh negatif.")
        if good + damaged > sent:
            raise RowProblem(
                "baik", f"Diterima {good + damaged} (baik + rusak) melebihi jumlah dikirim {sent}."
            )
        if missing is not None and good + damaged + missing != sent:
            raise RowProblem(
                "hilang",
                f"Baik + rusak + hilang = {good + damaged + missing}, padahal dikirim {sent}.",
            )
        if good < sent and not reason:
            raise RowProblem(
                "alasan",
                f"Kurang {sent - good} dari yang dikirim: isi alasan ({', '.join(REASONS)}).",
            )
        return ReceiptRecord(number, jenis_id, contest, values["baik"], values.get("rusak") or 0, values.get("hilang"),
                             reason, values.get("tiba"), text(values.get("ba")))  # fmt: skip

    def check_rows(self, context: Any, rows: list[ValidRow[ReceiptRecord]]) -> list[RowError]:
        _lookups, consignments = context
        errors, seen, covered = [], {}, {}
        for valid in rows:
            r = valid.record
            key = (r.number, r.jenis_id, r.pemilihan_id)
            if key in seen:
                errors.append(
                    RowError(valid.row, "barang", f"Barang ini sudah ada di baris {seen[key]}.")
                )
            seen[key] = valid.row
            covered.setdefault(r.number, set()).add((r.jenis_id, r.pemilihan_id))
        for valid in rows:
            missing = set(consignments[valid.record.number]["lines"]) - covered[valid.record.number]
            if missing:
                errors.append(
                    RowError(
                        valid.row,
                        "nomor",
                        f"Penerimaan {valid.record.number} harus memuat semua barangnya ({len(missing)} barang belum ada di berkas).",
                    )
                )
        return errors

    def apply(self, uow: UnitOfWork, context: Any, records: list[ReceiptRecord]) -> Outcome:
        _lookups, consignments = context
        clock = desk_clock(uow)
        now = clock.now_utc()
        updated = 0
        by_number: dict[str, list[ReceiptRecord]] = {}
        for record in records:
            by_number.setdefault(record.number, []).append(record)
        for number, rows in by_number.items():
            header = uow.session.scalar(select(Pengiriman).where(Pengiriman.number == number))
            ids = consignments[number]["lines"]
            lines = [
                logistik.ReceiptLine(
                    ids[(r.jenis_id, r.pemilihan_id)][0], r.good, r.damaged, r.missing, r.reason
                )
                for r in rows
            ]
            day = rows[0].arrival
            recorded = header.actual_arrival
            if day and recorded and recorded.astimezone(clock.tz).date() == day:
                day = None  # the arrival already recorded that day keeps its time
            arrival = min(now, datetime.combine(day, time(12), clock.tz)) if day else None
            before, stamp = _receipt(uow, header), header.updated_at
            logistik.apply_receipt(
                uow,
                header,
                lines,
                arrival or header.actual_arrival or now,
                rows[0].berita_acara or None,
            )
            with uow.session.no_autoflush:
                same = _receipt(uow, header) == before
            if same:
                header.updated_at = stamp  # the same receipt again: the record is left alone
            else:
                updated += 1
        summary = f"Penerimaan diimpor untuk {len(by_number)} pengiriman."
        return Outcome(
            0, updated, len(by_number) - updated, Changes.of(logistik.LOGISTIK, summary=summary)
        )


def _receipt(uow: UnitOfWork, header: Pengiriman) -> tuple:
    """What a receipt records on a consignment, to tell a repeated import from a change."""
    lines = tuple((b.id, b.qty_good, b.qty_damaged, b.qty_missing, b.reason)
                  for b in lines_of(uow, header.id))  # fmt: skip
    return header.status, header.actual_arrival, header.berita_acara, lines
