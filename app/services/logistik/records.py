"""Logistik (SPEC 4): recording consignments with their lines, dispatching them, and
closing (returned, cancelled) or archiving them. Receipts live in ``logistik_receipt``;
the forms and the ``Saved`` answer in ``logistik_forms`` (both re-exported here, the
names callers have always used).

Shortfall (sent − good) is always computed, never typed. Received (good + damaged +
missing) must account for exactly what was sent, so it can never exceed it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from app.models import Pemilihan, Pengiriman, PengirimanBaris, Referensi, Wilayah
from app.models.logistik import (
    DIBATALKAN,
    DIKEMBALIKAN,
    DIKIRIM,
    DISIAPKAN,
    DITERIMA,
    DITERIMA_SEBAGIAN,
    KPPS,
    LEVELS,
)
from app.models.referensi import JENIS_LOGISTIK
from app.services.core import nomor
from app.services.core.actor import LOGISTIK_CATAT
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import normalize_tps
from app.services.logistik import rules as logistik_rules
from app.services.logistik.forms import (
    LOGISTIK,
    BarisForm,
    PengirimanForm,
    ReceiptLine,
    Saved,
    lines_of,
    saved,
)
from app.services.logistik.receipt import apply_receipt, receipt_status, record_receipt

__all__ = [
    "LOGISTIK", "BarisForm", "PengirimanForm", "ReceiptLine", "Saved", "apply_receipt", "archive",
    "close", "create", "dispatch", "receipt_status", "record_receipt", "update", "voting_day",
]  # fmt: skip


def voting_day(uow: UnitOfWork, pemilihan_id: int | None) -> date | None:
    """The contest's voting day; without a contest the first voting day of the desk."""
    if pemilihan_id is not None:
        contest = uow.session.get(Pemilihan, pemilihan_id)
        return contest.voting_date if contest else None
    return uow.session.scalar(
        select(func.min(Pemilihan.voting_date)).where(Pemilihan.archived.is_(False))
    )


def _check_level(form: PengirimanForm, region: Wilayah | None) -> None:
    if form.origin_level not in LEVELS[:-1]:
        raise ValidationError("Pilih tingkat asal pengiriman.", field="origin_level")
    if form.destination_level not in LEVELS:
        raise ValidationError("Pilih tingkat tujuan pengiriman.", field="destination_level")
    if LEVELS.index(form.destination_level) <= LEVELS.index(form.origin_level):
        raise ValidationError(
            f"Tujuan {form.destination_level} harus di bawah asal {form.origin_level}.",
            field="destination_level",
        )
    wanted = logistik_rules.WILAYAH_LEVEL[form.destination_level]
    if region is None or region.level != wanted:
        words = {1: "provinsi", 2: "kab/kota", 3: "kecamatan", 4: "desa/kelurahan"}
        raise ValidationError(
            f"Tujuan {form.destination_level} berada di tingkat {words[wanted]}: "
            f"pilih {words[wanted]} tujuan.",
            field="destination",
        )


def _checked_lines(uow: UnitOfWork, form: PengirimanForm) -> list[tuple[BarisForm, int | None]]:
    if not form.lines:
        raise ValidationError("Tambahkan paling sedikit satu baris barang.", field="lines")
    seen: set[tuple[int, int | None]] = set()
    checked = []
    for number, line in enumerate(form.lines, start=1):
        jenis = uow.session.get(Referensi, line.jenis_id) if line.jenis_id else None
        if jenis is None or jenis.kind != JENIS_LOGISTIK:
            raise ValidationError(f"Baris {number}: pilih jenis barang.", field="lines")
        if line.qty_sent is None or line.qty_sent <= 0:
            raise ValidationError(
                f"Baris {number} ({jenis.name}): jumlah dikirim harus lebih dari 0.", field="lines"
            )
        # Surat suara belong to a contest (the consignment's unless the line says); other
        # items serve every contest at the TPS unless a line names one.
        ballots = jenis.code == logistik_rules.SURAT_SUARA
        contest = line.pemilihan_id or (form.pemilihan_id if ballots else None)
        if ballots and contest is None:
            raise ValidationError(
                f"Baris {number}: surat suara dicatat per pemilihan; pilih pemilihannya.",
                field="lines",
            )
        if contest is not None and uow.session.get(Pemilihan, contest) is None:
            raise ValidationError(f"Baris {number}: pemilihan tidak dikenal.", field="lines")
        key = (jenis.id, contest)
        if key in seen:
            raise ValidationError(
                f"Baris {number}: {jenis.name} sudah ada di pengiriman ini; gabungkan jumlahnya.",
                field="lines",
            )
        seen.add(key)
        checked.append((line, contest))
    return checked


def _header_values(uow: UnitOfWork, form: PengirimanForm) -> dict:
    region = (
        uow.session.get(Wilayah, form.destination_wilayah_id)
        if form.destination_wilayah_id
        else None
    )
    _check_level(form, region)
    if form.pemilihan_id is not None and uow.session.get(Pemilihan, form.pemilihan_id) is None:
        raise ValidationError("Pemilihan tidak dikenal.", field="pemilihan")
    tps = normalize_tps(form.tps)
    if form.destination_level == KPPS and not tps:
        raise ValidationError("Tujuan KPPS/TPS: isi nomor TPS.", field="tps")
    if form.destination_level != KPPS and tps:
        raise ValidationError("Nomor TPS hanya untuk tujuan KPPS/TPS.", field="tps")
    must = form.must_arrive_by or logistik_rules.load(uow).must_arrive_by(
        form.destination_level, voting_day(uow, form.pemilihan_id)
    )
    if form.planned_dispatch and must and form.planned_dispatch > must:
        raise ValidationError(
            "Rencana kirim sesudah batas tiba; periksa tanggalnya.", field="planned_dispatch"
        )
    return {
        "pemilihan_id": form.pemilihan_id,
        "origin_level": form.origin_level,
        "origin_place": form.origin_place.strip(),
        "destination_level": form.destination_level,
        "destination_wilayah_id": region.id,
        "destination_code": region.code,
        "tps": tps,
        "planned_dispatch": form.planned_dispatch,
        "must_arrive_by": must,
        "expected_arrival": form.expected_arrival,
        "escort": bool(form.escort),
        "berita_acara": form.berita_acara.strip(),
        "notes": form.notes.strip(),
    }


def _number(uow: UnitOfWork, typed: str, own_id: int | None = None) -> str:
    number = " ".join(typed.split()).upper()
    if not number:
        year = desk_clock(uow).today().year
        return f"LOG-{year}-{nomor.next_value(uow, f'LOG-{year}'):06d}"
    clash = uow.session.scalar(select(Pengiriman.id).where(Pengiriman.number == number))
    if clash is not None and clash != own_id:
        raise ValidationError(f"Nomor pengiriman {number} sudah dipakai.", field="number")
    return number


def create(uow: UnitOfWork, form: PengirimanForm) -> Saved:
    uow.require(LOGISTIK_CATAT)
    values = _header_values(uow, form)
    lines = _checked_lines(uow, form)
    record = Pengiriman(number=_number(uow, form.number), status=DISIAPKAN, **values)
    uow.session.add(record)
    uow.session.flush()
    for line, contest in lines:
        uow.session.add(
            PengirimanBaris(
                pengiriman_id=record.id, jenis_id=line.jenis_id, qty_sent=line.qty_sent,
                pemilihan_id=contest, destination_code=record.destination_code,
            )
        )  # fmt: skip
    uow.commit()
    return saved(record, f"Pengiriman {record.number} dicatat.")


def update(uow: UnitOfWork, pengiriman_id: int, *, version: int, form: PengirimanForm) -> Saved:
    """Header fields may be corrected at any time; lines only until something is received."""
    uow.require(LOGISTIK_CATAT)
    record = uow.get(Pengiriman, pengiriman_id, expected_version=version)
    if record.status == DIBATALKAN:
        raise ValidationError(f"{record.number} sudah dibatalkan dan tidak dapat diubah.")
    values = _header_values(uow, form)
    values["number"] = _number(uow, form.number or record.number, own_id=record.id)
    checked = _checked_lines(uow, form)
    existing = {line.id: line for line in lines_of(uow, record.id)}
    received = record.status in (DITERIMA, DITERIMA_SEBAGIAN)
    wanted = {(line.id, line.jenis_id, line.qty_sent, contest) for line, contest in checked}
    current = {(b.id, b.jenis_id, b.qty_sent, b.pemilihan_id) for b in existing.values()}
    if received and wanted != current:
        raise ValidationError(
            f"{record.number} sudah diterima: baris barang tidak dapat diubah lagi. "
            "Koreksi jumlah lewat Catat penerimaan."
        )
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
    kept = set()
    for line, contest in checked:
        baris = existing.get(line.id) if line.id is not None else None
        if baris is None:
            baris = PengirimanBaris(pengiriman_id=record.id, qty_good=None)
            uow.session.add(baris)
        kept.add(baris.id)
        for key, value in (("jenis_id", line.jenis_id), ("qty_sent", line.qty_sent),
                           ("pemilihan_id", contest), ("destination_code", record.destination_code)):  # fmt: skip
            if getattr(baris, key) != value:
                setattr(baris, key, value)
    for baris in existing.values():
        if baris.id not in kept:
            baris.archived = True
    record.updated_at = desk_clock(uow).now_utc()  # a line-only change still bumps the version
    uow.commit()
    return saved(record, f"Pengiriman {record.number} disimpan.")


def dispatch(
    uow: UnitOfWork,
    pengiriman_id: int,
    *,
    version: int,
    at: datetime | None = None,
    expected_arrival: date | None = None,
) -> Saved:
    uow.require(LOGISTIK_CATAT)
    record = uow.get(Pengiriman, pengiriman_id, expected_version=version)
    if record.status != DISIAPKAN:
        raise ValidationError(f"{record.number} berstatus {record.status}; tidak dapat dikirim.")
    now = desk_clock(uow).now_utc()
    at = at or now
    if at > now:
        raise ValidationError("Waktu kirim tidak boleh di masa depan.", field="actual_dispatch")
    record.actual_dispatch = at
    if expected_arrival is not None:
        record.expected_arrival = expected_arrival
    record.status = DIKIRIM
    uow.commit()
    return saved(record, f"{record.number} dikirim.")


def close(uow: UnitOfWork, pengiriman_id: int, *, version: int, status: str, note: str) -> Saved:
    """Dibatalkan (never left, or called back) or Dikembalikan (sent back up); a reason
    is required. Goods of a closed consignment no longer count towards readiness."""
    uow.require(LOGISTIK_CATAT)
    record = uow.get(Pengiriman, pengiriman_id, expected_version=version)
    allowed = {
        DIBATALKAN: (DISIAPKAN, DIKIRIM),
        DIKEMBALIKAN: (DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN),
    }
    if status not in allowed:
        raise ValidationError("Pilih Dibatalkan atau Dikembalikan.")
    if record.status not in allowed[status]:
        raise ValidationError(
            f"{record.number} berstatus {record.status}; tidak dapat {status.lower()}."
        )
    if not note.strip():
        raise ValidationError("Tulis alasannya.", field="note")
    record.status = status
    record.notes = (record.notes + "\n" if record.notes else "") + f"{status}: {note.strip()}"
    uow.commit()
    return saved(record, f"{record.number} {status.lower()}.")


def archive(uow: UnitOfWork, pengiriman_id: int, *, version: int) -> Saved:
    uow.require(LOGISTIK_CATAT)
    record = uow.get(Pengiriman, pengiriman_id, expected_version=version)
    record.archived = True
    for baris in lines_of(uow, record.id):
        baris.archived = True
    uow.commit()
    return saved(record, f"{record.number} diarsipkan.")
