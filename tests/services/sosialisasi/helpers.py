"""Builders for the Sosialisasi service tests: valid forms from the seeded Banten data and
a small hand-checked set of sessions."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Sosialisasi
from app.models.referensi import JENIS_KEGIATAN, KELOMPOK_SASARAN
from app.services.sosialisasi import records as sosialisasi
from tests.services.insiden.helpers import OPERATOR_ACTOR, ref, wib, wilayah


def sasaran(uow, *codes: str) -> tuple[int, ...]:
    return tuple(ref(uow, KELOMPOK_SASARAN, code).id for code in codes)


def jenis(uow, code: str = "SOSIALISASI_TATAP_MUKA") -> int:
    return ref(uow, JENIS_KEGIATAN, code).id


def make_form(
    uow,
    *,
    code: str = "36.01.01.2001",
    groups=("PEMILIH_PEMULA",),
    kegiatan: str = "SOSIALISASI_TATAP_MUKA",
    **overrides,
):
    """A valid session: 4 Nov 2024 10.00–12.00 WIB in Desa Sumberjaya, by Kesbangpol."""
    values = {
        "starts_at": wib(4, 10),
        "ends_at": wib(4, 12),
        "wilayah_id": wilayah(uow, code).id,
        "organiser": "Kesbangpol",
        "jenis_kegiatan_id": jenis(uow, kegiatan),
        "sasaran_ids": sasaran(uow, *groups),
        "topic": "Ayo memilih",
        "venue": "Balai desa",
    }
    values.update(overrides)
    return sosialisasi.SosialisasiForm(**values)


def record(db, actor=OPERATOR_ACTOR, **overrides) -> int:
    with db.uow(actor) as uow:
        return sosialisasi.create(uow, make_form(uow, **overrides)).id


def version(db, sosialisasi_id: int) -> int:
    with db.uow() as uow:
        return uow.session.get(Sosialisasi, sosialisasi_id).version


def hand_checked(db) -> dict[str, int]:
    """Four live sessions and one archived, whose every figure is worked out in the tests:

    | # | when (WIB)        | wilayah                  | plan | L  | P  | dis | budget    | sasaran        |
    | 1 | Mon 4/11 10.00    | Desa Sumberjaya 36.01.01.2001 | 100 | 40 | 50 | 5 | 5.000.000 | pemula, perempuan |
    | 2 | Sun 10/11 20.00   | Kec. Cimanggu 36.01.02   | 80   | 30 | 20 | 0   | 2.500.000 | perempuan      |
    | 3 | Tue 12/11 23.30   | Kab. Pandeglang 36.01    | 200  | –  | –  | –   | –         | ASN            |
    | 4 | Wed 13/11 00.30   | Kota Tangerang 36.71     | 50   | 25 | 35 | 2   | 1.000.000 | pemula         |
    | x | Thu 14/11         | Kota Tangerang (archived)| 999  | 500| 499| 0   | 9         | pemula         |
    """
    ids = {
        "s1": record(db, starts_at=wib(4, 10), ends_at=wib(4, 12), planned_participants=100,
                     attendance_men=40, attendance_women=50, attendance_disabled=5,
                     budget=5_000_000, groups=("PEMILIH_PEMULA", "PEREMPUAN")),
        "s2": record(db, code="36.01.02", starts_at=wib(10, 20), ends_at=wib(10, 22),
                     organiser="KPU", planned_participants=80, attendance_men=30,
                     attendance_women=20, attendance_disabled=0, budget=2_500_000,
                     groups=("PEREMPUAN",), topic="Tata cara mencoblos"),
        "s3": record(db, code="36.01", starts_at=wib(12, 23, 30), ends_at=None,
                     organiser="Bawaslu", planned_participants=200, groups=("ASN",),
                     topic="Netralitas ASN", kegiatan="RAPAT_KOORDINASI"),
        "s4": record(db, code="36.71", starts_at=wib(13, 0, 30), ends_at=wib(13, 3),
                     organiser="Mitra", planned_participants=50, attendance_men=25,
                     attendance_women=35, attendance_disabled=2, budget=1_000_000,
                     topic="Pemilih muda", venue="Kampus"),
        "x": record(db, code="36.71", starts_at=wib(14, 9), ends_at=wib(14, 11),
                    planned_participants=999, attendance_men=500, attendance_women=499,
                    budget=9, topic="Diarsipkan"),
    }  # fmt: skip
    with db.uow(OPERATOR_ACTOR) as uow:
        sosialisasi.archive(uow, ids["x"], version=version(db, ids["x"]))
    return ids


def live_ids(db) -> set[int]:
    with db.uow() as uow:
        return set(
            uow.session.scalars(select(Sosialisasi.id).where(Sosialisasi.archived.is_(False)))
        )
