"""Reading one consignment back with its lines (shortfall computed), and the lists a
consignment form offers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.models import Pemilihan, Pengiriman, PengirimanBaris, Referensi, Wilayah
from app.models.referensi import JENIS_LOGISTIK
from app.services.core.clock import desk_clock
from app.services.core.uow import UnitOfWork
from app.services.logistik import rules as logistik_rules
from app.services.logistik.records import BarisForm, PengirimanForm


@dataclass(frozen=True)
class BarisRow:
    id: int
    jenis_id: int
    jenis_code: str
    jenis_name: str
    unit: str
    pemilihan_id: int | None
    pemilihan_name: str
    qty_sent: int
    qty_good: int | None
    qty_damaged: int
    qty_missing: int
    reason: str

    @property
    def shortfall(self) -> int | None:
        """Sent minus good; None until received. Computed, never typed (SPEC 4)."""
        return None if self.qty_good is None else self.qty_sent - self.qty_good


@dataclass(frozen=True)
class PengirimanDetail:
    id: int
    version: int
    number: str
    status: str
    risk: str
    form: PengirimanForm
    destination_label: str
    pemilihan_name: str
    actual_dispatch: datetime | None
    actual_arrival: datetime | None
    lines: tuple[BarisRow, ...]


def detail(uow: UnitOfWork, pengiriman_id: int) -> PengirimanDetail:
    record = uow.get(Pengiriman, pengiriman_id)
    region = uow.session.get(Wilayah, record.destination_wilayah_id)
    contests = dict(uow.session.execute(select(Pemilihan.id, Pemilihan.name)).all())
    rows = uow.session.execute(
        select(PengirimanBaris, Referensi.code, Referensi.name, Referensi.unit)
        .join(Referensi, Referensi.id == PengirimanBaris.jenis_id)
        .where(PengirimanBaris.pengiriman_id == record.id, PengirimanBaris.archived.is_(False))
        .order_by(Referensi.sort_order, PengirimanBaris.id)
    ).all()
    lines = tuple(
        BarisRow(b.id, b.jenis_id, code, name, unit, b.pemilihan_id, contests.get(b.pemilihan_id, ""),
                 b.qty_sent, b.qty_good, b.qty_damaged, b.qty_missing, b.reason)
        for b, code, name, unit in rows
    )  # fmt: skip
    form = PengirimanForm(
        **{k: getattr(record, k) for k in PengirimanForm.__dataclass_fields__ if k != "lines"},
        lines=[BarisForm(b.jenis_id, b.qty_sent, b.pemilihan_id, b.id) for b in lines],
    )
    clock = desk_clock(uow)
    arrived = record.actual_arrival.astimezone(clock.tz).date() if record.actual_arrival else None
    return PengirimanDetail(
        id=record.id,
        version=record.version,
        number=record.number,
        status=record.status,
        risk=logistik_rules.risk(
            status=record.status,
            must_arrive_by=record.must_arrive_by,
            expected_arrival=record.expected_arrival,
            actual_arrival_day=arrived,
            today=clock.today(),
        ),
        form=form,
        destination_label=f"{region.name} ({region.code})" if region else "",
        pemilihan_name=contests.get(record.pemilihan_id, ""),
        actual_dispatch=record.actual_dispatch,
        actual_arrival=record.actual_arrival,
        lines=lines,
    )


@dataclass(frozen=True)
class JenisChoice:
    id: int
    code: str
    name: str
    unit: str


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class LogistikChoices:
    jenis: tuple[JenisChoice, ...]
    pemilihan: tuple[Choice, ...]
    today: date
    rules: logistik_rules.LogistikRules


def form_choices(uow: UnitOfWork) -> LogistikChoices:
    jenis = uow.session.scalars(
        select(Referensi)
        .where(Referensi.kind == JENIS_LOGISTIK, Referensi.active.is_(True))
        .order_by(Referensi.sort_order, Referensi.id)
    )
    contests = uow.session.scalars(
        select(Pemilihan).where(Pemilihan.archived.is_(False)).order_by(Pemilihan.id)
    )
    return LogistikChoices(
        jenis=tuple(JenisChoice(r.id, r.code, r.name, r.unit) for r in jenis),
        pemilihan=tuple(Choice(p.id, p.name) for p in contests),
        today=desk_clock(uow).today(),
        rules=logistik_rules.load(uow),
    )
