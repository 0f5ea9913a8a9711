"""The goods-received sums the database keeps as lines change (``LogistikDiterima``,
kept by triggers): compared with the lines by ``desk-pilkada check``, and rebuilt from
them when someone wrote around the triggers (``desk-pilkada check --susun-ulang``)."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select

from app.models import LogistikDiterima, Pengiriman, PengirimanBaris, Referensi
from app.services.core.formatting import number
from app.services.core.uow import UnitOfWork
from app.services.logistik.query import arrived_clause

RECEIVED_SUMS_MATCH_LINES = "Ringkasan barang diterima sesuai baris pengiriman"
#: The mismatches named in full; the rest are counted.
SHOWN = 10


def _from_lines():
    """The sums as the lines give them (the rule the triggers keep)."""
    baris = PengirimanBaris
    contest = func.coalesce(baris.pemilihan_id, 0)
    return (
        select(baris.destination_code, Pengiriman.destination_level, baris.jenis_id, contest,
               func.sum(baris.qty_good))
        .join(Pengiriman, Pengiriman.id == baris.pengiriman_id)
        .where(baris.archived.is_(False), baris.qty_good.is_not(None),
               Pengiriman.archived.is_(False), arrived_clause())
        .group_by(baris.destination_code, Pengiriman.destination_level, baris.jenis_id, contest)
    )  # fmt: skip


def mismatches(uow: UnitOfWork) -> list[str]:
    """Every (destination, level, item, contest) whose kept sum differs from its lines."""
    lines = {tuple(r[:4]): int(r[4] or 0) for r in uow.session.execute(_from_lines())}
    kept_rows = uow.session.execute(
        select(LogistikDiterima.destination_code, LogistikDiterima.destination_level,
               LogistikDiterima.jenis_id, LogistikDiterima.pemilihan_key, LogistikDiterima.qty_good)
    )  # fmt: skip
    kept = {tuple(r[:4]): int(r[4] or 0) for r in kept_rows}
    wrong = sorted(k for k in lines.keys() | kept.keys() if lines.get(k, 0) != kept.get(k, 0))
    names = dict(uow.session.execute(select(Referensi.id, Referensi.name)).all())
    found = [
        f"{code} ({level}), {names.get(jenis, jenis)}: ringkasan {number(kept.get(key, 0))}, "
        f"baris pengiriman {number(lines.get(key, 0))}"
        for key in wrong[:SHOWN]
        for code, level, jenis, _contest in [key]
    ]
    if len(wrong) > SHOWN:
        found.append(f"dan {number(len(wrong) - SHOWN)} lainnya")
    if found:
        found.append("susun ulang dari baris pengiriman: desk-pilkada check --susun-ulang")
    return found


def rebuild(uow: UnitOfWork) -> int:
    """Replace the kept sums with the lines' own; how many sums there are now."""
    uow.session.execute(delete(LogistikDiterima))
    columns = ["destination_code", "destination_level", "jenis_id", "pemilihan_key", "qty_good"]
    uow.session.execute(insert(LogistikDiterima).from_select(columns, _from_lines()))
    count = uow.session.scalar(select(func.count()).select_from(LogistikDiterima)) or 0
    uow.commit()
    return count
