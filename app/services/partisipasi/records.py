"""Partisipasi use cases: typing or importing DPT and turnout figures per contest and
wilayah, earlier elections for comparison, the contest's target, and the page overview.

Figures that do not add up (voters above DPT + DPTb + DPK, valid + invalid ≠ voters) are
saved and flagged, never refused: the desk records what KPU published
(``partisipasi_checks``). What cannot be a figure at all (negative numbers, a region
outside the contest, a date in the future) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select

from app.models import Partisipasi, Pemilihan, PemilihanLalu, Wilayah
from app.models.wilayah import LEVEL_DESA
from app.services.core.actor import PARTISIPASI_CATAT
from app.services.core.changes import PARTISIPASI, Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import ConflictError, NotFound, ValidationError
from app.services.core.uow import CONFLICT_MESSAGE, UnitOfWork
from app.services.partisipasi import stats

#: Area name in ``Changes``: pages showing turnout reload on it.

LABELS = {
    "dpt_men": "DPT laki-laki",
    "dpt_women": "DPT perempuan",
    "dptb": "DPTb",
    "dpk": "DPK",
    "tps_count": "Jumlah TPS",
    "voted_men": "Pengguna hak pilih laki-laki",
    "voted_women": "Pengguna hak pilih perempuan",
    "valid_votes": "Suara sah",
    "invalid_votes": "Suara tidak sah",
}


@dataclass(frozen=True)
class Angka:
    """The figures of one contest in one wilayah, as typed or imported (None: unknown)."""

    dpt_men: int | None = None
    dpt_women: int | None = None
    dptb: int | None = None
    dpk: int | None = None
    tps_count: int | None = None
    voted_men: int | None = None
    voted_women: int | None = None
    valid_votes: int | None = None
    invalid_votes: int | None = None
    source: str = ""
    source_date: date | None = None


FIGURE_FIELDS = tuple(f.name for f in fields(Angka))


@dataclass(frozen=True)
class PartisipasiRecord:
    id: int | None
    version: int | None
    pemilihan_id: int
    wilayah_code: str
    wilayah_name: str
    angka: Angka


def check_angka(angka: Angka, today: date) -> None:
    """Refuse what cannot be a figure; the first problem, with the form field."""
    for name, label in LABELS.items():
        value = getattr(angka, name)
        if value is not None and value < 0:
            raise ValidationError(f"{label} tidak boleh negatif.", field=name)
    for men, women, label in (
        ("dpt_men", "dpt_women", "DPT"),
        ("voted_men", "voted_women", "pengguna hak pilih"),
    ):
        if (getattr(angka, men) is None) != (getattr(angka, women) is None):
            missing = women if getattr(angka, women) is None else men
            raise ValidationError(
                f"Isi {label} laki-laki dan perempuan bersama-sama (atau kosongkan keduanya).",
                field=missing,
            )
    if angka.source_date and angka.source_date > today:
        raise ValidationError("Tanggal sumber tidak boleh setelah hari ini.", field="source_date")
    if len(angka.source) > 200:
        raise ValidationError("Sumber paling panjang 200 huruf.", field="source")


def region_in_contest(uow: UnitOfWork, contest: Pemilihan, wilayah_code: str) -> Wilayah:
    region = uow.session.scalar(
        select(Wilayah).where(Wilayah.code == wilayah_code, Wilayah.archived.is_(False))
    )
    if region is None:
        raise ValidationError(f"Wilayah {wilayah_code} tidak ditemukan.", field="wilayah")
    area = uow.session.get(Wilayah, contest.wilayah_id)
    if area is not None and not (
        region.code == area.code or region.code.startswith(area.code + ".")
    ):
        raise ValidationError(
            f"{region.name} ({region.code}) berada di luar wilayah {contest.name}.",
            field="wilayah",
        )
    return region


def _contest(uow: UnitOfWork, pemilihan_id: int) -> Pemilihan:
    contest = uow.session.get(Pemilihan, pemilihan_id)
    if contest is None or contest.archived:
        raise NotFound("Pemilihan tidak ditemukan; muat ulang daftar pemilihan.")
    return contest


def _existing(uow: UnitOfWork, pemilihan_id: int, wilayah_id: int) -> Partisipasi | None:
    return uow.session.scalar(
        select(Partisipasi).where(
            Partisipasi.pemilihan_id == pemilihan_id, Partisipasi.wilayah_id == wilayah_id
        )
    )


def write_angka(uow: UnitOfWork, contest: Pemilihan, region: Wilayah, angka: Angka) -> str:
    """Create or update the record of ``contest`` in ``region`` in the caller's unit of
    work; "created", "updated" or "unchanged". An archived record comes back to life, so
    a contest and wilayah never have two records."""
    record = _existing(uow, contest.id, region.id)
    if record is None:
        uow.session.add(
            Partisipasi(
                pemilihan_id=contest.id,
                wilayah_id=region.id,
                wilayah_code=region.code,
                **{name: getattr(angka, name) for name in FIGURE_FIELDS},
            )
        )
        return "created"
    values = {name: getattr(angka, name) for name in FIGURE_FIELDS}
    if not record.archived and all(getattr(record, k) == v for k, v in values.items()):
        return "unchanged"
    for key, value in values.items():
        setattr(record, key, value)
    record.archived = False
    return "updated"


def save_partisipasi(
    uow: UnitOfWork,
    pemilihan_id: int,
    wilayah_code: str,
    angka: Angka,
    *,
    version: int | None = None,
) -> Changes:
    """The form's use case. ``version`` is the record the user loaded (None: there was
    none); a record saved meanwhile by someone else is a conflict, never overwritten."""
    uow.require(PARTISIPASI_CATAT)
    check_angka(angka, desk_clock(uow).today())
    contest = _contest(uow, pemilihan_id)
    region = region_in_contest(uow, contest, wilayah_code)
    record = _existing(uow, contest.id, region.id)
    live = record is not None and not record.archived
    if live and record.version != version or (not live and version is not None):
        raise ConflictError(CONFLICT_MESSAGE)
    write_angka(uow, contest, region, angka)
    uow.commit()
    return Changes.of(PARTISIPASI, summary=f"Data partisipasi {region.name} disimpan.")


def get_partisipasi(uow: UnitOfWork, pemilihan_id: int, wilayah_code: str) -> PartisipasiRecord:
    """What the form shows for a contest and wilayah (empty figures when none yet)."""
    contest = _contest(uow, pemilihan_id)
    region = region_in_contest(uow, contest, wilayah_code)
    record = _existing(uow, contest.id, region.id)
    if record is None or record.archived:
        return PartisipasiRecord(None, None, contest.id, region.code, region.name, Angka())
    angka = Angka(**{name: getattr(record, name) for name in FIGURE_FIELDS})
    return PartisipasiRecord(record.id, record.version, contest.id, region.code, region.name, angka)


def archive_partisipasi(uow: UnitOfWork, record_id: int, *, version: int) -> Changes:
    uow.require(PARTISIPASI_CATAT)
    record = uow.get(Partisipasi, record_id, expected_version=version)
    record.archived = True
    uow.commit()
    return Changes.of(PARTISIPASI, summary=f"Data partisipasi {record.wilayah_code} diarsipkan.")


def set_target(uow: UnitOfWork, pemilihan_id: int, target_pct: float | None) -> Changes:
    """The contest's participation target in percent (None: no target)."""
    uow.require(PARTISIPASI_CATAT)
    if target_pct is not None and not 0 < target_pct <= 100:
        raise ValidationError("Target partisipasi harus antara 0 dan 100 persen.", field="target")
    contest = _contest(uow, pemilihan_id)
    contest.target_participation = target_pct
    uow.commit()
    return Changes.of(PARTISIPASI, summary=f"Target partisipasi {contest.name} disimpan.")


# -- earlier elections -----------------------------------------------------------------
@dataclass(frozen=True)
class PemilihanLaluRow:
    id: int
    version: int
    name: str
    year: int
    pemilihan_id: int | None
    wilayah_code: str
    wilayah_name: str
    dpt: int | None
    voted: int | None
    turnout_pct: float | None
    source: str


def save_pemilihan_lalu(
    uow: UnitOfWork,
    *,
    name: str,
    year: int,
    wilayah_code: str,
    pemilihan_id: int | None = None,
    dpt: int | None = None,
    voted: int | None = None,
    turnout_pct: float | None = None,
    source: str = "",
) -> Changes:
    """Enter (or correct) one earlier election's figure for one wilayah: either DPT and
    voters, or the published percentage (used when given)."""
    uow.require(PARTISIPASI_CATAT)
    name = " ".join(name.split())
    today = desk_clock(uow).today()
    if not name:
        raise ValidationError("Nama pemilihan sebelumnya wajib diisi.", field="name")
    if not 1955 <= year <= today.year:
        raise ValidationError(f"Tahun harus antara 1955 dan {today.year}.", field="year")
    if turnout_pct is not None and not 0 <= turnout_pct <= 100:
        raise ValidationError("Partisipasi harus antara 0 dan 100 persen.", field="turnout_pct")
    for label, value, key in (("DPT", dpt, "dpt"), ("Pengguna hak pilih", voted, "voted")):
        if value is not None and value < 0:
            raise ValidationError(f"{label} tidak boleh negatif.", field=key)
    if turnout_pct is None and (dpt is None or voted is None or dpt == 0):
        raise ValidationError(
            "Isi DPT dan pengguna hak pilih, atau persentase partisipasi yang diumumkan.",
            field="turnout_pct",
        )
    region = uow.session.scalar(select(Wilayah).where(Wilayah.code == wilayah_code))
    if region is None:
        raise ValidationError(f"Wilayah {wilayah_code} tidak ditemukan.", field="wilayah")
    if pemilihan_id is not None:
        region_in_contest(uow, _contest(uow, pemilihan_id), region.code)
    record = uow.session.scalar(
        select(PemilihanLalu).where(
            PemilihanLalu.name == name, PemilihanLalu.wilayah_id == region.id
        )
    )
    if record is None:
        record = PemilihanLalu(name=name, wilayah_id=region.id, wilayah_code=region.code)
        uow.session.add(record)
    record.year, record.pemilihan_id, record.archived = year, pemilihan_id, False
    record.dpt, record.voted, record.turnout_pct = dpt, voted, turnout_pct
    record.source = source.strip()[:200]
    uow.commit()
    return Changes.of(PARTISIPASI, summary=f"{name} untuk {region.name} disimpan.")


def list_pemilihan_lalu(uow: UnitOfWork, pemilihan_id: int | None = None) -> list[PemilihanLaluRow]:
    statement = (
        select(PemilihanLalu, Wilayah.name)
        .join(Wilayah, Wilayah.id == PemilihanLalu.wilayah_id)
        .where(PemilihanLalu.archived.is_(False))
        .order_by(PemilihanLalu.year.desc(), PemilihanLalu.name, PemilihanLalu.wilayah_code)
    )
    if pemilihan_id is not None:
        statement = statement.where(
            (PemilihanLalu.pemilihan_id == pemilihan_id) | PemilihanLalu.pemilihan_id.is_(None)
        )
    return [
        PemilihanLaluRow(r.id, r.version, r.name, r.year, r.pemilihan_id, r.wilayah_code,
                         region, r.dpt, r.voted, r.turnout_pct, r.source)
        for r, region in uow.session.execute(statement)
    ]  # fmt: skip


# -- the page --------------------------------------------------------------------------
@dataclass(frozen=True)
class ContestInfo:
    id: int
    name: str
    voting_date: date
    target_pct: float | None
    wilayah_code: str


@dataclass(frozen=True)
class Overview:
    """Everything the Partisipasi page shows for one contest, level and subtree."""

    contest: ContestInfo
    level: int
    root_code: str
    root_name: str
    denominator: str
    rows: list[stats.TurnoutRow]
    total: stats.TurnoutRow
    today: date

    @property
    def voting_over(self) -> bool:
        return self.today > self.contest.voting_date


def overview(
    uow: UnitOfWork,
    pemilihan_id: int,
    *,
    root_code: str | None = None,
    denominator: str | None = None,
) -> Overview:
    """The regions one level below ``root_code`` (the contest's area when None)."""
    chosen = stats.denominator_of(uow, denominator)
    contest = _contest(uow, pemilihan_id)
    area = uow.session.get(Wilayah, contest.wilayah_id)
    _, scope = stats.scope_of(uow, pemilihan_id, root_code)
    scope = scope or area.code
    level = min(LEVEL_DESA, stats.LEVEL_OF_LENGTH[len(scope)] + 1)
    root = uow.session.scalar(select(Wilayah).where(Wilayah.code == scope))
    return Overview(
        contest=ContestInfo(
            contest.id, contest.name, contest.voting_date, contest.target_participation, area.code
        ),
        level=level,
        root_code=scope,
        root_name=root.name if root else scope,
        denominator=chosen,
        rows=stats.turnout_by_region(
            uow, pemilihan_id=pemilihan_id, level=level, root_code=scope, denominator=chosen
        ),
        total=stats.turnout_total(
            uow, pemilihan_id=pemilihan_id, root_code=scope, denominator=chosen
        ),
        today=desk_clock(uow).today(),
    )
