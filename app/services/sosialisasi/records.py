"""Sosialisasi (outreach session) register: recording, correcting and archiving sessions
with their target groups, reading one back, and the lists the form offers. Listing and
filtering live in ``sosialisasi_query``; figures in ``sosialisasi_stats``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select

from app.models import Pemilihan, Referensi, Sosialisasi, Wilayah, sosialisasi_sasaran
from app.models.referensi import JENIS_KEGIATAN, KELOMPOK_SASARAN
from app.models.sosialisasi import ORGANISERS
from app.models.wilayah import LEVEL_KABKOTA
from app.services.core import audit
from app.services.core.actor import SOSIALISASI_CATAT
from app.services.core.changes import SOSIALISASI, Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork

#: Area name in ``Changes`` (attachments of a session report it too, as their owner type).
#: A session may be entered a few minutes "ahead" when PC clocks disagree.
CLOCK_TOLERANCE = timedelta(minutes=10)
#: One session lasts at most this long; longer is nearly always a typo in the date.
MAX_DURATION = timedelta(days=7)
#: Budget of one session above this is refused as a likely extra digit (Rp 10 miliar).
MAX_BUDGET = 10_000_000_000
#: How the target groups of a session appear in the audit log.
SASARAN_FIELD = "kelompok_sasaran"


@dataclass
class SosialisasiForm:
    """What the operator types; the service checks it and turns it into a record."""

    starts_at: datetime | None = None
    ends_at: datetime | None = None
    wilayah_id: int | None = None
    pemilihan_id: int | None = None
    venue: str = ""
    organiser: str = ""
    jenis_kegiatan_id: int | None = None
    sasaran_ids: tuple[int, ...] = ()
    speakers: str = ""
    topic: str = ""
    planned_participants: int | None = None
    attendance_men: int | None = None
    attendance_women: int | None = None
    attendance_disabled: int | None = None
    budget: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class SosialisasiDetail:
    id: int
    uid: str
    version: int
    form: SosialisasiForm
    wilayah_label: str
    sasaran_names: tuple[str, ...]
    created_by: str
    updated_by: str
    updated_at: datetime


@dataclass(frozen=True)
class Saved:
    id: int
    changes: Changes


def check_rules(form: SosialisasiForm, now: datetime) -> None:
    """The rules that need no database: times, attendance, budget, required text.
    Shared by the form and the import, so both refuse the same things the same way."""
    if form.starts_at is None:
        raise ValidationError("Isi waktu mulai kegiatan.", field="starts_at")
    if form.ends_at is not None:
        if form.ends_at <= form.starts_at:
            raise ValidationError("Waktu selesai harus sesudah waktu mulai.", field="ends_at")
        if form.ends_at - form.starts_at > MAX_DURATION:
            raise ValidationError(
                "Satu kegiatan paling lama 7 hari; periksa tanggal selesai.", field="ends_at"
            )
    if form.organiser not in ORGANISERS:
        raise ValidationError(f"Pilih penyelenggara: {', '.join(ORGANISERS)}.", field="organiser")
    if not form.topic.strip():
        raise ValidationError("Tulis topik atau tema kegiatan.", field="topic")
    if not form.sasaran_ids:
        raise ValidationError("Pilih sedikitnya satu kelompok sasaran.", field="sasaran")
    numbers = (
        ("planned_participants", "Rencana peserta"),
        ("attendance_men", "Hadir laki-laki"),
        ("attendance_women", "Hadir perempuan"),
        ("attendance_disabled", "Hadir penyandang disabilitas"),
        ("budget", "Anggaran"),
    )
    for name, label in numbers:
        value = getattr(form, name)
        if value is not None and value < 0:
            raise ValidationError(f"{label} tidak boleh negatif.", field=name)
    attendance = (form.attendance_men, form.attendance_women, form.attendance_disabled)
    if any(v is not None for v in attendance):
        if form.starts_at > now + CLOCK_TOLERANCE:
            raise ValidationError(
                "Kehadiran baru dapat diisi setelah kegiatan dimulai; kosongkan untuk kegiatan "
                "yang direncanakan.",
                field="attendance_men",
            )
        both = (form.attendance_men or 0) + (form.attendance_women or 0)
        if (form.attendance_disabled or 0) > both:
            raise ValidationError(
                f"Hadir penyandang disabilitas ({form.attendance_disabled}) tidak boleh melebihi "
                f"jumlah hadir laki-laki dan perempuan ({both}); mereka termasuk di dalamnya.",
                field="attendance_disabled",
            )
    if form.budget is not None and form.budget > MAX_BUDGET:
        raise ValidationError(
            "Anggaran satu kegiatan melebihi Rp 10 miliar; periksa jumlah digitnya.",
            field="budget",
        )


def _reference(uow: UnitOfWork, ref_id: int | None, kind: str) -> Referensi | None:
    ref = uow.session.get(Referensi, ref_id) if ref_id is not None else None
    return ref if ref is not None and ref.kind == kind else None


def checked(
    uow: UnitOfWork, form: SosialisasiForm, *, kept_sasaran: frozenset[int] = frozenset()
) -> tuple[dict, tuple[int, ...]]:
    """Column values and target-group ids of a valid form, or ValidationError.
    Deactivated list items are refused on new choices and kept where already chosen."""
    region = uow.session.get(Wilayah, form.wilayah_id) if form.wilayah_id else None
    if region is None or region.level < LEVEL_KABKOTA:
        raise ValidationError(
            "Pilih wilayah kegiatan: kab/kota, kecamatan, atau desa/kelurahan.", field="wilayah"
        )
    check_rules(form, desk_clock(uow).now_utc())
    jenis = _reference(uow, form.jenis_kegiatan_id, JENIS_KEGIATAN)
    if jenis is None:
        raise ValidationError("Pilih jenis kegiatan.", field="jenis_kegiatan")
    sasaran: list[int] = []
    for ref_id in dict.fromkeys(form.sasaran_ids):
        ref = _reference(uow, ref_id, KELOMPOK_SASARAN)
        if ref is None:
            raise ValidationError("Kelompok sasaran tidak dikenal.", field="sasaran")
        if not ref.active and ref.id not in kept_sasaran:
            raise ValidationError(
                f"Kelompok sasaran '{ref.name}' sudah tidak aktif; pilih yang lain.",
                field="sasaran",
            )
        sasaran.append(ref.id)
    if form.pemilihan_id is not None and uow.session.get(Pemilihan, form.pemilihan_id) is None:
        raise ValidationError("Pemilihan tidak dikenal.", field="pemilihan")
    values = {
        "starts_at": form.starts_at,
        "ends_at": form.ends_at,
        "wilayah_id": region.id,
        "wilayah_code": region.code,
        "pemilihan_id": form.pemilihan_id,
        "venue": form.venue.strip(),
        "organiser": form.organiser,
        "jenis_kegiatan_id": jenis.id,
        "speakers": form.speakers.strip(),
        "topic": " ".join(form.topic.split()),
        "planned_participants": form.planned_participants,
        "attendance_men": form.attendance_men,
        "attendance_women": form.attendance_women,
        "attendance_disabled": form.attendance_disabled,
        "budget": form.budget,
        "notes": form.notes.strip(),
    }
    return values, tuple(sorted(sasaran))


def sasaran_of(uow: UnitOfWork, sosialisasi_id: int) -> tuple[int, ...]:
    rows = uow.session.scalars(
        select(sosialisasi_sasaran.c.referensi_id).where(
            sosialisasi_sasaran.c.sosialisasi_id == sosialisasi_id
        )
    )
    return tuple(sorted(rows))


def _names(uow: UnitOfWork, ids: tuple[int, ...]) -> list[str]:
    if not ids:
        return []
    refs = uow.session.execute(
        select(Referensi.name).where(Referensi.id.in_(ids)).order_by(Referensi.sort_order)
    )
    return [name for (name,) in refs]


def _set_sasaran(
    uow: UnitOfWork, record: Sosialisasi, before: tuple[int, ...], after: tuple[int, ...]
) -> bool:
    """Replace the target groups; audited on the session (the association table has no
    columns of its own for the central audit to see)."""
    if before == after:
        return False
    session = uow.session
    session.flush()
    gone, added = set(before) - set(after), set(after) - set(before)
    if gone:
        session.execute(
            delete(sosialisasi_sasaran).where(
                sosialisasi_sasaran.c.sosialisasi_id == record.id,
                sosialisasi_sasaran.c.referensi_id.in_(gone),
            )
        )
    if added:
        session.execute(
            insert(sosialisasi_sasaran),
            [{"sosialisasi_id": record.id, "referensi_id": ref_id} for ref_id in sorted(added)],
        )
    action = audit.CREATE if not before else audit.UPDATE
    change = (
        {SASARAN_FIELD: ", ".join(_names(uow, after))}
        if not before
        else {SASARAN_FIELD: [", ".join(_names(uow, before)), ", ".join(_names(uow, after))]}
    )
    audit.record(session, uow.user, action, entity=Sosialisasi.__tablename__,
                 entity_uid=record.uid, changes=change)  # fmt: skip
    return True


def insert_checked(uow: UnitOfWork, values: dict, sasaran: tuple[int, ...]) -> Sosialisasi:
    """Add a checked session (no commit): the form's create and the import share it."""
    record = Sosialisasi(**values)
    uow.session.add(record)
    uow.session.flush()
    _set_sasaran(uow, record, (), sasaran)
    return record


def update_checked(
    uow: UnitOfWork, record: Sosialisasi, values: dict, sasaran: tuple[int, ...]
) -> bool:
    """Apply checked values (no commit); True when anything changed. A change of target
    groups alone still bumps the session's version, so a concurrent edit is noticed."""
    changed = False
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
            changed = True
    if _set_sasaran(uow, record, sasaran_of(uow, record.id), sasaran):
        if not changed:
            record.updated_at = desk_clock(uow).now_utc()
        changed = True
    return changed


def _summary(record: Sosialisasi, tz, verb: str) -> str:
    when = record.starts_at.astimezone(tz).strftime("%d/%m/%Y")
    return f"Sosialisasi '{record.topic}' ({when}) {verb}."


def create(uow: UnitOfWork, form: SosialisasiForm) -> Saved:
    uow.require(SOSIALISASI_CATAT)
    values, sasaran = checked(uow, form)
    record = insert_checked(uow, values, sasaran)
    uow.commit()
    tz = desk_clock(uow).tz
    return Saved(record.id, Changes.of(SOSIALISASI, summary=_summary(record, tz, "dicatat")))


def update(uow: UnitOfWork, sosialisasi_id: int, *, version: int, form: SosialisasiForm) -> Saved:
    uow.require(SOSIALISASI_CATAT)
    record = uow.get(Sosialisasi, sosialisasi_id, expected_version=version)
    values, sasaran = checked(uow, form, kept_sasaran=frozenset(sasaran_of(uow, record.id)))
    update_checked(uow, record, values, sasaran)
    uow.commit()
    tz = desk_clock(uow).tz
    return Saved(record.id, Changes.of(SOSIALISASI, summary=_summary(record, tz, "disimpan")))


def archive(uow: UnitOfWork, sosialisasi_id: int, *, version: int) -> Saved:
    """Soft delete (SPEC 4): out of the register and the figures, kept in the audit trail."""
    uow.require(SOSIALISASI_CATAT)
    record = uow.get(Sosialisasi, sosialisasi_id, expected_version=version)
    record.archived = True
    uow.commit()
    tz = desk_clock(uow).tz
    return Saved(record.id, Changes.of(SOSIALISASI, summary=_summary(record, tz, "diarsipkan")))


def detail(uow: UnitOfWork, sosialisasi_id: int) -> SosialisasiDetail:
    record = uow.get(Sosialisasi, sosialisasi_id)
    region = uow.session.get(Wilayah, record.wilayah_id)
    sasaran = sasaran_of(uow, record.id)
    names = {f for f in SosialisasiForm.__dataclass_fields__ if f != "sasaran_ids"}
    form = SosialisasiForm(**{k: getattr(record, k) for k in names}, sasaran_ids=sasaran)
    return SosialisasiDetail(
        id=record.id,
        uid=record.uid,
        version=record.version,
        form=form,
        wilayah_label=f"{region.name} ({region.code})" if region else "",
        sasaran_names=tuple(_names(uow, sasaran)),
        created_by=record.created_by,
        updated_by=record.updated_by,
        updated_at=record.updated_at,
    )


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    code: str = ""
    active: bool = True


@dataclass(frozen=True)
class FormChoices:
    """The lists a session form and the filters offer, read once. Inactive list items
    are included (marked) so old sessions still show their values."""

    jenis_kegiatan: list[Choice]
    kelompok_sasaran: list[Choice]
    pemilihan: list[Choice]
    organisers: tuple[str, ...] = field(default=ORGANISERS)


def form_choices(uow: UnitOfWork) -> FormChoices:
    refs = uow.session.scalars(
        select(Referensi)
        .where(Referensi.kind.in_((JENIS_KEGIATAN, KELOMPOK_SASARAN)))
        .order_by(Referensi.sort_order, Referensi.id)
    )
    by_kind: dict[str, list[Choice]] = {JENIS_KEGIATAN: [], KELOMPOK_SASARAN: []}
    for ref in refs:
        by_kind[ref.kind].append(Choice(ref.id, ref.name, ref.code, ref.active))
    contests = uow.session.scalars(
        select(Pemilihan).where(Pemilihan.archived.is_(False)).order_by(Pemilihan.id)
    )
    return FormChoices(
        jenis_kegiatan=by_kind[JENIS_KEGIATAN],
        kelompok_sasaran=by_kind[KELOMPOK_SASARAN],
        pemilihan=[Choice(p.id, p.name) for p in contests],
    )
