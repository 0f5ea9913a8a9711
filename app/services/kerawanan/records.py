"""Kerawanan use cases: typing or importing IKP scores and TPS counts per Polri level,
the severity weights of the incident pressure, and the page overview."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select

from app.models import Kerawanan, Pemilihan, Wilayah
from app.models.insiden import SEVERITIES
from app.models.wilayah import LEVEL_DESA, LEVEL_KABKOTA
from app.services.core import pengaturan
from app.services.core.actor import KERAWANAN_CATAT
from app.services.core.changes import KERAWANAN, Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import ConflictError, NotFound, ValidationError
from app.services.core.uow import CONFLICT_MESSAGE, UnitOfWork
from app.services.kerawanan import stats
from app.services.partisipasi import stats as pstats

#: Area name in ``Changes``: pages showing vulnerability reload on it.

TPS_LABELS = {
    "tps_kurang_rawan": "TPS kurang rawan",
    "tps_rawan": "TPS rawan",
    "tps_sangat_rawan": "TPS sangat rawan",
    "tps_khusus": "TPS khusus",
}


@dataclass(frozen=True)
class NilaiKerawanan:
    """What is typed or imported for one wilayah (None: unknown)."""

    ikp_score: float | None = None
    tps_kurang_rawan: int | None = None
    tps_rawan: int | None = None
    tps_sangat_rawan: int | None = None
    tps_khusus: int | None = None
    source: str = ""
    source_date: date | None = None


VALUE_FIELDS = tuple(f.name for f in fields(NilaiKerawanan))


@dataclass(frozen=True)
class KerawananRecord:
    id: int | None
    version: int | None
    pemilihan_id: int | None
    wilayah_code: str
    wilayah_name: str
    level: int
    nilai: NilaiKerawanan


def check_nilai(nilai: NilaiKerawanan, today: date) -> None:
    if nilai.ikp_score is not None and not 0 <= nilai.ikp_score <= 100:
        raise ValidationError("Skor IKP harus antara 0 dan 100.", field="ikp_score")
    for name, label in TPS_LABELS.items():
        value = getattr(nilai, name)
        if value is not None and value < 0:
            raise ValidationError(f"{label} tidak boleh negatif.", field=name)
    if nilai.source_date and nilai.source_date > today:
        raise ValidationError("Tanggal sumber tidak boleh setelah hari ini.", field="source_date")
    if len(nilai.source) > 200:
        raise ValidationError("Sumber paling panjang 200 huruf.", field="source")


def _region(uow: UnitOfWork, wilayah_code: str, pemilihan_id: int | None) -> Wilayah:
    region = uow.session.scalar(
        select(Wilayah).where(Wilayah.code == wilayah_code, Wilayah.archived.is_(False))
    )
    if region is None:
        raise ValidationError(f"Wilayah {wilayah_code} tidak ditemukan.", field="wilayah")
    if pemilihan_id is not None:
        contest = uow.session.get(Pemilihan, pemilihan_id)
        if contest is None or contest.archived:
            raise NotFound("Pemilihan tidak ditemukan; muat ulang daftar pemilihan.")
        if pstats.scope_of(uow, pemilihan_id, region.code)[1] is None:
            raise ValidationError(
                f"{region.name} ({region.code}) berada di luar wilayah {contest.name}.",
                field="wilayah",
            )
    return region


def _existing(uow: UnitOfWork, wilayah_id: int, pemilihan_id: int | None) -> Kerawanan | None:
    contest = (
        Kerawanan.pemilihan_id.is_(None)
        if pemilihan_id is None
        else Kerawanan.pemilihan_id == pemilihan_id
    )
    return uow.session.scalar(select(Kerawanan).where(Kerawanan.wilayah_id == wilayah_id, contest))


def write_nilai(
    uow: UnitOfWork, region: Wilayah, pemilihan_id: int | None, nilai: NilaiKerawanan
) -> str:
    """Create or update in the caller's unit of work: "created", "updated", "unchanged"."""
    record = _existing(uow, region.id, pemilihan_id)
    values = {name: getattr(nilai, name) for name in VALUE_FIELDS}
    if record is None:
        uow.session.add(
            Kerawanan(
                pemilihan_id=pemilihan_id, wilayah_id=region.id, wilayah_code=region.code, **values
            )
        )
        return "created"
    if not record.archived and all(getattr(record, k) == v for k, v in values.items()):
        return "unchanged"
    for key, value in values.items():
        setattr(record, key, value)
    record.archived = False
    return "updated"


def save_kerawanan(
    uow: UnitOfWork,
    wilayah_code: str,
    nilai: NilaiKerawanan,
    *,
    pemilihan_id: int | None = None,
    version: int | None = None,
) -> Changes:
    """The form's use case; ``version`` is the record the user loaded (None: none)."""
    uow.require(KERAWANAN_CATAT)
    check_nilai(nilai, desk_clock(uow).today())
    region = _region(uow, wilayah_code, pemilihan_id)
    record = _existing(uow, region.id, pemilihan_id)
    live = record is not None and not record.archived
    if (live and record.version != version) or (not live and version is not None):
        raise ConflictError(CONFLICT_MESSAGE)
    write_nilai(uow, region, pemilihan_id, nilai)
    uow.commit()
    return Changes.of(KERAWANAN, summary=f"Data kerawanan {region.name} disimpan.")


def get_kerawanan(
    uow: UnitOfWork, wilayah_code: str, pemilihan_id: int | None = None
) -> KerawananRecord:
    region = _region(uow, wilayah_code, pemilihan_id)
    record = _existing(uow, region.id, pemilihan_id)
    if record is None or record.archived:
        return KerawananRecord(
            None, None, pemilihan_id, region.code, region.name, region.level, NilaiKerawanan()
        )
    nilai = NilaiKerawanan(**{name: getattr(record, name) for name in VALUE_FIELDS})
    return KerawananRecord(
        record.id, record.version, pemilihan_id, region.code, region.name, region.level, nilai
    )


def save_weights(uow: UnitOfWork, weights: dict[int, float]) -> Changes:
    """Severity weights of the incident pressure (Administrator: desk settings)."""
    for severity in SEVERITIES:
        pengaturan.put(uow, f"kerawanan_bobot_{severity}", float(weights[severity]))
    uow.commit()
    return Changes.of(KERAWANAN, "pengaturan", summary="Bobot tekanan insiden disimpan.")


@dataclass(frozen=True)
class Overview:
    level: int
    root_code: str
    root_name: str
    pemilihan_id: int | None
    rows: list[stats.KerawananRow]
    #: The root region itself (e.g. Provinsi Banten with its own IKP score).
    total: stats.KerawananRow | None
    today: date
    weights: dict[int, float]
    formula: str
    #: Shown when the rows are below kab/kota (no official IKP thresholds there).
    level_note: str


def overview(
    uow: UnitOfWork, *, root_code: str | None = None, pemilihan_id: int | None = None
) -> Overview:
    """The regions one level below ``root_code`` (the province when None)."""
    root = root_code or pengaturan.get(uow, "province_code")
    region = uow.session.scalar(select(Wilayah).where(Wilayah.code == root))
    if region is None:
        raise NotFound("Wilayah tidak ditemukan; muat ulang halaman.")
    level = min(LEVEL_DESA, region.level + 1)
    today = desk_clock(uow).today()
    weight = stats.weights(uow)
    return Overview(
        level=level,
        root_code=region.code,
        root_name=region.name,
        pemilihan_id=pemilihan_id,
        rows=stats.by_region(
            uow, level=level, today=today, pemilihan_id=pemilihan_id, root_code=region.code
        ),
        total=next(
            iter(
                stats.by_region(
                    uow,
                    level=region.level,
                    today=today,
                    pemilihan_id=pemilihan_id,
                    root_code=region.code,
                )
            ),
            None,
        ),
        today=today,
        weights=weight,
        formula=stats.pressure_formula(weight),
        level_note=stats.NO_THRESHOLD_NOTE if level > LEVEL_KABKOTA else "",
    )
