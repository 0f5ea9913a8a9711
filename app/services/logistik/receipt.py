"""Receipts of logistics (SPEC 4): per line good, damaged and missing, with a reason
code when anything is short. The status follows by rule (``Diterima`` only when every
line arrived whole and good), and received can never exceed what was sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.models import Pemilihan, Pengiriman, Referensi
from app.models.logistik import DIKIRIM, DISIAPKAN, DITERIMA, DITERIMA_SEBAGIAN, REASONS
from app.services.core import formatting
from app.services.core.actor import LOGISTIK_CATAT
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork
from app.services.logistik.forms import ReceiptLine, Saved, lines_of, saved


def line_name(item: str, contest: str) -> str:
    """A consignment line as messages name it: "Surat suara (Bupati Lebak 2024)"."""
    return f"{item} ({formatting.short_contest(contest)})" if contest else item


def receipt_status(lines: list[tuple[int, int]]) -> str:
    """(sent, good) per line → Diterima when every line arrived whole and good."""
    return DITERIMA if all(good == sent for sent, good in lines) else DITERIMA_SEBAGIAN


def record_receipt(
    uow: UnitOfWork,
    pengiriman_id: int,
    *,
    version: int,
    lines: list[ReceiptLine],
    arrival: datetime | None = None,
    berita_acara: str | None = None,
) -> Saved:
    """Per line: good, damaged and missing must add up to the quantity sent (received can
    never exceed sent); anything short of all-good needs a reason code. Recording again
    corrects the earlier receipt."""
    uow.require(LOGISTIK_CATAT)
    record = uow.get(Pengiriman, pengiriman_id, expected_version=version)
    if record.status not in (DIKIRIM, DITERIMA, DITERIMA_SEBAGIAN):
        hint = " Catat pengirimannya (Kirim) dulu." if record.status == DISIAPKAN else ""
        raise ValidationError(
            f"{record.number} berstatus {record.status}; penerimaan tidak dapat dicatat.{hint}"
        )
    apply_receipt(uow, record, lines, arrival, berita_acara)
    uow.commit()
    return saved(record, f"Penerimaan {record.number} dicatat: {record.status}.")


def apply_receipt(
    uow: UnitOfWork,
    record: Pengiriman,
    lines: list[ReceiptLine],
    arrival: datetime | None = None,
    berita_acara: str | None = None,
) -> None:
    """The receipt rules, in the caller's unit of work (the dialog and the import)."""
    now = desk_clock(uow).now_utc()
    arrival = arrival or now
    if arrival > now:
        raise ValidationError("Waktu tiba tidak boleh di masa depan.", field="arrival")
    if record.actual_dispatch is not None and arrival < record.actual_dispatch:
        raise ValidationError("Waktu tiba tidak boleh sebelum waktu kirim.", field="arrival")
    stored = {b.id: b for b in lines_of(uow, record.id)}
    given = {line.baris_id: line for line in lines}
    if set(given) != set(stored):
        raise ValidationError("Isi penerimaan untuk setiap baris barang pengiriman ini.")
    names = dict(uow.session.execute(select(Referensi.id, Referensi.name)).all())
    contests = dict(uow.session.execute(select(Pemilihan.id, Pemilihan.name)).all())
    n = formatting.number
    pairs = []
    for baris_id, baris in stored.items():
        line = given[baris_id]
        name = line_name(names.get(baris.jenis_id, "barang"), contests.get(baris.pemilihan_id, ""))
        missing = line.missing
        if missing is None:
            missing = max(0, baris.qty_sent - line.good - line.damaged)
        if min(line.good, line.damaged, missing) < 0:
            raise ValidationError(f"{name}: jumlah tidak boleh negatif.", field="lines")
        received = line.good + line.damaged
        if received > baris.qty_sent:
            raise ValidationError(
                f"{name}: diterima {n(received)} (baik {n(line.good)} + rusak {n(line.damaged)}) "
                f"melebihi jumlah dikirim {n(baris.qty_sent)}. Penerimaan tidak boleh melebihi "
                "pengiriman; barang lebih dicatat sebagai pengiriman tersendiri.",
                field="lines",
            )
        if received + missing != baris.qty_sent:
            raise ValidationError(
                f"{name}: baik + rusak + hilang = {n(received + missing)}, padahal dikirim "
                f"{n(baris.qty_sent)}. Setiap barang yang dikirim harus tercatat.",
                field="lines",
            )
        reason = line.reason.strip()
        if line.good < baris.qty_sent and reason not in REASONS:
            raise ValidationError(
                f"{name}: kurang {n(baris.qty_sent - line.good)} dari {n(baris.qty_sent)} yang "
                f"dikirim; pilih alasan ({', '.join(REASONS)}).",
                field="lines",
            )
        for key, value in (("qty_good", line.good), ("qty_damaged", line.damaged),
                           ("qty_missing", missing), ("reason", reason if line.good < baris.qty_sent else "")):  # fmt: skip
            if getattr(baris, key) != value:
                setattr(baris, key, value)
        pairs.append((baris.qty_sent, line.good))
    record.actual_arrival = arrival
    if berita_acara is not None and berita_acara.strip() != record.berita_acara:
        record.berita_acara = berita_acara.strip()
    record.status = receipt_status(pairs)
    record.updated_at = now  # lines changed: the header's version moves too
