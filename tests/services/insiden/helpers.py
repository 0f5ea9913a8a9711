"""Small builders shared by the incident (Insiden) service tests: valid forms from the
seeded Banten data, role actors, a pinned desk clock and a workflow shortcut."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.models import Insiden, Pemilihan, Referensi, Tahapan, Wilayah
from app.models.insiden import DITINDAKLANJUTI, SELESAI, TERVERIFIKASI, TIDAK_VALID
from app.models.referensi import INSTANSI, KATEGORI_INSIDEN, SUMBER
from app.services.core.actor import ADMINISTRATOR, OPERATOR, PIMPINAN, VERIFIKATOR, Actor
from app.services.core.clock import desk_clock
from app.services.insiden import records as insiden
from app.services.insiden import workflow as insiden_workflow

WIB = ZoneInfo("Asia/Jakarta")
#: "Today" for most tests: the day after voting day, so 26/27 November are in the past.
AS_OF = date(2024, 11, 28)
#: Default place: Desa Sumberjaya, Kec. Sumur, Kab. Pandeglang.
DESA = "36.01.01.2001"
KATEGORI = "KAMTIBMAS"

OPERATOR_ACTOR = Actor("operator1", OPERATOR, "Operator Satu")
VERIFIKATOR_ACTOR = Actor("verif1", VERIFIKATOR, "Verifikator Satu")
ADMIN_ACTOR = Actor("admin1", ADMINISTRATOR, "Admin Satu")
PIMPINAN_ACTOR = Actor("pimpinan1", PIMPINAN, "Pimpinan Satu")
ACTORS = {
    OPERATOR: OPERATOR_ACTOR,
    VERIFIKATOR: VERIFIKATOR_ACTOR,
    ADMINISTRATOR: ADMIN_ACTOR,
    PIMPINAN: PIMPINAN_ACTOR,
}


def wib(day: int, hour: int = 10, minute: int = 0, month: int = 11, year: int = 2024) -> datetime:
    """An aware WIB datetime (November 2024 unless told)."""
    return datetime(year, month, day, hour, minute, tzinfo=WIB)


def pin(db, day: date | datetime = AS_OF) -> None:
    """Pin the desk clock: a day means 17.00 WIB that day (SPEC 14; ``desk_now`` fixture)."""
    from app.services.core import clock

    clock.pin(day if isinstance(day, datetime) else datetime.combine(day, time(17), WIB))


def now_utc(db) -> datetime:
    with db.uow() as uow:
        return desk_clock(uow).now_utc()


def wilayah(uow, code: str) -> Wilayah:
    return uow.session.scalar(select(Wilayah).where(Wilayah.code == code))


def ref(uow, kind: str, code: str) -> Referensi:
    return uow.session.scalar(
        select(Referensi).where(Referensi.kind == kind, Referensi.code == code)
    )


def kategori_id(uow, code: str = KATEGORI) -> int:
    return ref(uow, KATEGORI_INSIDEN, code).id


def instansi_id(uow, code: str = "POLRI") -> int:
    return ref(uow, INSTANSI, code).id


def sumber_id(uow, code: str = "MASYARAKAT") -> int:
    return ref(uow, SUMBER, code).id


def contest(uow, wilayah_code: str = "36") -> Pemilihan:
    region = wilayah(uow, wilayah_code)
    return uow.session.scalar(select(Pemilihan).where(Pemilihan.wilayah_id == region.id))


def stage(uow, pemilihan_id: int, code: str = "T14") -> Tahapan:
    return uow.session.scalar(
        select(Tahapan).where(Tahapan.pemilihan_id == pemilihan_id, Tahapan.code == code)
    )


def make_form(
    uow, *, desa: str = DESA, kategori: str = KATEGORI, **overrides
) -> insiden.InsidenForm:
    """A valid form: 26 Nov 2024 10.00 WIB, at ``desa``, category ``kategori``."""
    values = {
        "occurred_at": wib(26),
        "wilayah_id": wilayah(uow, desa).id,
        "kategori_id": kategori_id(uow, kategori),
        "severity": 2,
        "sumber_id": sumber_id(uow),
        "reporter": "Pak RT",
        "place_detail": "Depan balai desa",
        "chronology": "Massa berkumpul di depan balai desa.",
    }
    values.update(overrides)
    return insiden.InsidenForm(**values)


def record(db, actor=OPERATOR_ACTOR, **overrides) -> insiden.Saved:
    """Record one incident through the service and return what it saved."""
    with db.uow(actor) as uow:
        return insiden.create(uow, make_form(uow, **overrides))


def version(db, insiden_id: int) -> int:
    with db.uow() as uow:
        return uow.session.get(Insiden, insiden_id).version


def status(db, insiden_id: int) -> str:
    with db.uow() as uow:
        return uow.session.get(Insiden, insiden_id).status


def step(db, insiden_id: int, to: str, actor=VERIFIKATOR_ACTOR, **inputs) -> None:
    """One workflow step, filling in what the step needs when the caller did not."""
    with db.uow(actor) as uow:
        if to == TIDAK_VALID or (to == TERVERIFIKASI and status(db, insiden_id) != "Baru"):
            inputs.setdefault("note", "Alasan pengujian")
        if to == DITINDAKLANJUTI:
            inputs.setdefault("agency_id", instansi_id(uow))
            inputs.setdefault("deadline", desk_clock(uow).now_utc() + timedelta(days=1))
        if to == SELESAI and status(db, insiden_id) == DITINDAKLANJUTI:
            inputs.setdefault("outcome", "Sudah ditangani Polres")
        record_version = uow.session.get(Insiden, insiden_id).version
        insiden_workflow.transition(uow, insiden_id, version=record_version, to=to, **inputs)


def walk(db, insiden_id: int, *targets: str) -> None:
    for target in targets:
        step(db, insiden_id, target)
