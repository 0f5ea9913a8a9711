"""Builders shared by the logistics tests: consignments on the seeded Banten data,
dispatched and received through the services."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models import Kebutuhan, Pemilihan, Pengiriman, Referensi, Wilayah
from app.models.logistik import KPU_KABKOTA, PPK
from app.models.referensi import JENIS_LOGISTIK
from app.services.core.actor import OPERATOR, Actor
from app.services.logistik import detail as logistik_detail
from app.services.logistik import records as logistik

OPERATOR_ACTOR = Actor("operator1", OPERATOR, "Operator Satu")
#: Kab. Pandeglang and two of its kecamatan; Kab. Lebak and one of its kecamatan.
KAB_A, KEC_A1, KEC_A2 = "36.01", "36.01.01", "36.01.02"
KAB_B, KEC_B1 = "36.02", "36.02.01"
VOTING_DAY = date(2024, 11, 27)


def region_id(uow, code: str) -> int:
    return uow.session.scalar(select(Wilayah.id).where(Wilayah.code == code))


def first_desa(uow, kecamatan: str) -> str:
    return uow.session.scalar(
        select(Wilayah.code).where(Wilayah.code.like(f"{kecamatan}.%")).order_by(Wilayah.code)
    )


def jenis_id(uow, code: str = "SURAT_SUARA") -> int:
    return uow.session.scalar(
        select(Referensi.id).where(Referensi.kind == JENIS_LOGISTIK, Referensi.code == code)
    )


def governor(uow) -> int:
    return uow.session.scalar(select(Pemilihan.id).where(Pemilihan.kind == "gubernur"))


def make_form(uow, *, code: str = KEC_A1, level: str = PPK, origin: str = KPU_KABKOTA,
              lines: dict[str, int] | None = None, **overrides) -> logistik.PengirimanForm:  # fmt: skip
    """Surat suara (governor contest) and whatever ``lines`` say, item code → quantity."""
    contest = governor(uow)
    form = logistik.PengirimanForm(
        pemilihan_id=contest,
        origin_level=origin,
        origin_place="Gudang KPU",
        destination_level=level,
        destination_wilayah_id=region_id(uow, code),
        lines=[
            logistik.BarisForm(jenis_id(uow, item), qty)
            for item, qty in ({"SURAT_SUARA": 1000} if lines is None else lines).items()
        ],
    )
    for key, value in overrides.items():
        setattr(form, key, value)
    return form


def create(db, actor=OPERATOR_ACTOR, **kwargs) -> logistik.Saved:
    with db.uow(actor) as uow:
        return logistik.create(uow, make_form(uow, **kwargs))


def detail(db, pengiriman_id: int) -> logistik_detail.PengirimanDetail:
    with db.uow() as uow:
        return logistik_detail.detail(uow, pengiriman_id)


def dispatch(db, pengiriman_id: int, **kwargs) -> None:
    with db.uow(OPERATOR_ACTOR) as uow:
        version = uow.session.get(Pengiriman, pengiriman_id).version
        logistik.dispatch(uow, pengiriman_id, version=version, **kwargs)


def receive(db, pengiriman_id: int, quantities: dict[str, tuple] | None = None) -> logistik.Saved:
    """``quantities``: item code → (good, damaged[, missing[, reason]]); all good otherwise."""
    found = detail(db, pengiriman_id)
    lines = []
    for line in found.lines:
        good, damaged, *rest = (quantities or {}).get(line.jenis_code, (line.qty_sent, 0))
        missing = rest[0] if rest else None
        reason = rest[1] if len(rest) > 1 else ("rusak" if good < line.qty_sent else "")
        lines.append(logistik.ReceiptLine(line.id, good, damaged, missing, reason))
    with db.uow(OPERATOR_ACTOR) as uow:
        return logistik.record_receipt(uow, pengiriman_id, version=found.version, lines=lines)


def delivered(db, quantities: dict[str, tuple] | None = None, **kwargs) -> int:
    """Created, dispatched and received; the consignment's id."""
    saved = create(db, **kwargs)
    dispatch(db, saved.id)
    receive(db, saved.id, quantities)
    return saved.id


def requirement(db, code: str, item: str, quantity: int, contest: bool = True) -> None:
    with db.uow("tester") as uow:
        uow.session.add(
            Kebutuhan(
                wilayah_id=region_id(uow, code), wilayah_code=code, jenis_id=jenis_id(uow, item),
                pemilihan_id=governor(uow) if contest else None, quantity=quantity,
            )
        )  # fmt: skip
        uow.commit()
