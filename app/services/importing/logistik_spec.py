"""Imports of logistics (SPEC 8): consignments (one row per line, header repeated),
receipts (per line: good, damaged, missing, reason) and requirements. Consignments are
keyed by number and lines by (number, item, contest), requirements by (wilayah, item,
contest): importing the same file again changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select

from app.models import Kebutuhan, Pemilihan, Pengiriman, PengirimanBaris, Referensi, Wilayah
from app.models.logistik import DIKIRIM, DISIAPKAN, DITERIMA, DITERIMA_SEBAGIAN, LEVELS, REASONS
from app.models.referensi import JENIS_LOGISTIK
from app.services import logistik, logistik_kebutuhan, logistik_rules
from app.services.changes import Changes
from app.services.clock import desk_clock
from app.services.importing.columns import Column
from app.services.importing.spec import Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import DATE_FORMATS_HELP, CellError, parse_date, parse_int, text
from app.services.insiden import normalize_tps
from app.services.uow import UnitOfWork
from app.services.wilayah import WilayahIndex

_LEVEL_WORDS = {
    "kpu provinsi": LEVELS[0], "kpu prov": LEVELS[0], "provinsi": LEVELS[0],
    "kpu kab/kota": LEVELS[1], "kpu kabupaten": LEVELS[1], "kpu kota": LEVELS[1], "kpu kab": LEVELS[1],
    "kab/kota": LEVELS[1], "ppk": LEVELS[2], "kecamatan": LEVELS[2], "pps": LEVELS[3], "desa": LEVELS[3],
    "kpps": LEVELS[4], "tps": LEVELS[4], "kpps/tps": LEVELS[4],
}  # fmt: skip


def parse_level(raw: object) -> str | None:
    value = " ".join(text(raw).lower().split())
    if not value:
        return None
    if value not in _LEVEL_WORDS:
        raise CellError(f"Tingkat '{raw}' tidak dikenal. Pilihan: {', '.join(LEVELS)}.")
    return _LEVEL_WORDS[value]


def parse_yes(raw: object) -> bool:
    return text(raw).lower() in ("ya", "y", "yes", "1", "true", "dikawal")


@dataclass
class Lookups:
    """What every logistics import resolves names against, read once."""

    index: WilayahIndex
    jenis: dict[str, tuple[int, str]]  # code or lower name → (id, code)
    contests: dict[str, int]  # id, lower name, "gubernur", kab/kota code → id

    @classmethod
    def load(cls, uow: UnitOfWork) -> Lookups:
        jenis = {}
        for ref in uow.session.scalars(select(Referensi).where(Referensi.kind == JENIS_LOGISTIK)):
            jenis[ref.code.lower()] = jenis[ref.name.lower()] = (ref.id, ref.code)
        contests: dict[str, int] = {}
        for pid, name, kind, code in uow.session.execute(
            select(Pemilihan.id, Pemilihan.name, Pemilihan.kind, Wilayah.code)
            .join(Wilayah, Wilayah.id == Pemilihan.wilayah_id)
            .where(Pemilihan.archived.is_(False))
        ):
            contests[str(pid)] = contests[name.lower()] = contests[code] = pid
            if kind == "gubernur":
                contests["gubernur"] = contests["pilgub"] = pid
        return cls(WilayahIndex.load(uow), jenis, contests)

    def item(self, raw: object) -> tuple[int, str]:
        value = text(raw).lower().replace(" ", "_")
        found = self.jenis.get(value) or self.jenis.get(text(raw).lower())
        if found is None:
            raise RowProblem("barang", f"Barang '{raw}' tidak ada di daftar jenis logistik.")
        return found

    def contest(self, raw: object) -> int | None:
        value = text(raw)
        if not value:
            return None
        found = self.contests.get(value.lower()) or self.contests.get(value)
        if found is None:
            try:
                found = self.contests.get(self.index.match(value, level=2).code)
            except CellError:
                found = None
        if found is None:
            raise RowProblem(
                "pemilihan",
                f"Pemilihan '{value}' tidak dikenal: tulis 'gubernur', nama kab/kota, atau ID.",
            )
        return found


ITEM = Column(
    "barang",
    "barang",
    True,
    ("jenis barang", "jenis logistik", "item", "logistik"),
    "Kode atau nama jenis logistik, mis. SURAT_SUARA atau Kotak suara",
)
NUMBER = Column(
    "nomor",
    "nomor",
    True,
    ("nomor pengiriman", "no pengiriman", "no", "nomor surat jalan"),
    "Nomor pengiriman (kunci: baris bernomor sama = satu pengiriman)",
)
CONTEST = Column(
    "pemilihan",
    "pemilihan",
    False,
    ("jenis pemilihan", "pilkada"),
    "'gubernur', nama kab/kota untuk pemilihan bupati/wali kota, atau ID; wajib untuk surat suara",
)
TARGET = Column("tujuan", "kode wilayah tujuan", True, ("wilayah tujuan", "tujuan", "kode tujuan"), "Kode atau nama kab/kota, kecamatan, atau desa tujuan")  # fmt: skip


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
        Column("asal", "tingkat asal", True, ("asal", "dari"), "KPU Provinsi, KPU Kab/Kota, PPK atau PPS", parse_level),
        Column("tempat", "tempat asal", False, ("gudang", "tempat"), "mis. Gudang KPU Kab. Lebak"),
        Column("tingkat", "tingkat tujuan", True, ("tingkat",), "KPU Kab/Kota, PPK, PPS atau KPPS/TPS", parse_level),
        TARGET,
        Column("tps", "tps", False, ("nomor tps", "no tps"), "Nomor TPS, hanya untuk tujuan KPPS/TPS"),
        Column("rencana", "rencana kirim", False, ("tanggal kirim", "tgl kirim"), f"Tanggal ({DATE_FORMATS_HELP})", parse_date),
        Column("batas", "batas tiba", False, ("harus tiba", "tenggat"), "Kosong: H-n menurut aturan tingkat tujuan", parse_date),
        Column("perkiraan", "perkiraan tiba", False, ("estimasi tiba", "eta"), f"Tanggal ({DATE_FORMATS_HELP})", parse_date),
        Column("kawal", "pengawalan", False, ("dikawal", "pengawalan polri"), "Ya atau Tidak"),
        Column("ba", "berita acara", False, ("nomor berita acara", "no ba", "ba"), "Nomor berita acara serah terima"),
        ITEM,
        Column("jumlah", "jumlah dikirim", True, ("jumlah", "dikirim", "qty"), "Bilangan bulat lebih dari 0", parse_int),
        Column("catatan", "catatan", False, ("keterangan", "ket"), ""),
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
        Column("baik", "baik", True, ("diterima baik", "jumlah baik", "kondisi baik"), "Jumlah diterima dalam keadaan baik", parse_int),
        Column("rusak", "rusak", False, ("jumlah rusak",), "Jumlah rusak (kosong = 0)", parse_int),
        Column("hilang", "hilang", False, ("jumlah hilang", "kurang"), "Kosong: sisa dari dikirim − baik − rusak", parse_int),
        Column("alasan", "alasan", False, ("kode alasan", "keterangan"), f"Wajib bila kurang: {', '.join(REASONS)}"),
        Column("tiba", "tanggal tiba", False, ("tiba", "tgl tiba", "waktu tiba"), f"Tanggal ({DATE_FORMATS_HELP}); kosong = hari ini", parse_date),
        Column("ba", "berita acara", False, ("nomor berita acara", "no ba"), "Nomor berita acara serah terima"),
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
            arrival = min(now, datetime.combine(day, time(12), clock.tz)) if day else None
            before = header.status
            logistik.apply_receipt(
                uow,
                header,
                lines,
                arrival or header.actual_arrival or now,
                rows[0].berita_acara or None,
            )
            updated += int(uow.session.is_modified(header) or before != header.status)
        summary = f"Penerimaan diimpor untuk {len(by_number)} pengiriman."
        return Outcome(
            0, updated, len(by_number) - updated, Changes.of(logistik.LOGISTIK, summary=summary)
        )


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
        Column("wilayah", "kode wilayah", True, ("wilayah", "kode", "nama wilayah"), "Kode atau nama kab/kota, kecamatan, atau desa"),
        ITEM, CONTEST,
        Column("jumlah", "jumlah", True, ("kebutuhan", "jumlah kebutuhan", "qty"), "Bilangan bulat, 0 atau lebih", parse_int),
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
        for r in records:
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
