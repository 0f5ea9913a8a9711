"""Insiden (incident) register: recording and correcting reports, reading one back, and
the likely-duplicate check. Listing and filtering live in ``insiden_query``; the status
workflow in ``insiden_workflow``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import select

from app.models import Insiden, Pemilihan, Referensi, RiwayatInsiden, Tahapan, Wilayah
from app.models.insiden import BARU, SELESAI, SEVERITIES, TIDAK_VALID
from app.models.referensi import INSTANSI, KATEGORI_INSIDEN, SUMBER
from app.services.core import nomor, pengaturan, people
from app.services.core.actor import INSIDEN_CATAT
from app.services.core.changes import Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import normalize_tps
from app.services.insiden.workflow import INSIDEN

#: A report may be entered a few minutes "ahead" when PC clocks disagree.
CLOCK_TOLERANCE = timedelta(minutes=10)


@dataclass
class InsidenForm:
    """What the operator types; the service checks it and turns it into a record."""

    occurred_at: datetime | None = None
    reported_at: datetime | None = None
    wilayah_id: int | None = None
    tps: str = ""
    place_detail: str = ""
    latitude: float | None = None
    longitude: float | None = None
    kategori_id: int | None = None
    pemilihan_id: int | None = None
    tahapan_id: int | None = None
    severity: int = 2
    sumber_id: int | None = None
    reporter: str = ""
    reporter_phone: str = ""
    chronology: str = ""
    parties: str = ""
    losses: str = ""
    actions_taken: str = ""
    linked_to_id: int | None = None


@dataclass(frozen=True)
class RiwayatRow:
    at: datetime
    username: str
    from_status: str
    to_status: str
    note: str
    #: The user's name as people know it (the username when none is kept).
    name: str = ""


@dataclass(frozen=True)
class FollowUp:
    """A follow-up report of an incident: shown on the original, closed with it."""

    id: int
    number: str
    occurred_at: datetime
    status: str


@dataclass(frozen=True)
class InsidenDetail:
    id: int
    version: int
    number: str
    status: str
    form: InsidenForm
    wilayah_label: str
    escalated_to: str
    follow_up_deadline: datetime | None
    outcome: str
    linked_number: str
    history: list[RiwayatRow] = field(default_factory=list)
    #: The incident this report follows (its id), when it is a follow-up report.
    linked_id: int | None = None
    #: The follow-up reports linked to this incident, oldest first.
    follow_ups: list[FollowUp] = field(default_factory=list)

    @property
    def is_follow_up(self) -> bool:
        return self.linked_id is not None


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    number: str
    occurred_at: datetime
    tps: str
    status: str
    place_detail: str


def _reference(
    uow: UnitOfWork, ref_id: int | None, kind: str, field: str, label: str, required: bool
) -> Referensi | None:
    if ref_id is None:
        if required:
            raise ValidationError(f"Pilih {label}.", field=field)
        return None
    ref = uow.session.get(Referensi, ref_id)
    if ref is None or ref.kind != kind:
        raise ValidationError(f"{label.capitalize()} tidak dikenal.", field=field)
    return ref


def _checked(uow: UnitOfWork, form: InsidenForm, *, new: bool) -> dict:
    now = desk_clock(uow).now_utc()
    if form.occurred_at is None:
        raise ValidationError("Isi waktu kejadian.", field="occurred_at")
    reported = form.reported_at or now
    if form.occurred_at > now + CLOCK_TOLERANCE:
        raise ValidationError("Waktu kejadian tidak boleh di masa depan.", field="occurred_at")
    if reported > now + CLOCK_TOLERANCE:
        raise ValidationError("Waktu laporan tidak boleh di masa depan.", field="reported_at")
    if reported < form.occurred_at:
        raise ValidationError(
            "Waktu laporan tidak boleh sebelum waktu kejadian.", field="reported_at"
        )
    region = uow.session.get(Wilayah, form.wilayah_id) if form.wilayah_id else None
    if region is None or region.level < 2:
        raise ValidationError(
            "Pilih wilayah kejadian: kab/kota, kecamatan, atau desa/kelurahan.", field="wilayah"
        )
    kategori = _reference(
        uow, form.kategori_id, KATEGORI_INSIDEN, "kategori", "kategori insiden", True
    )
    if new and kategori is not None and not kategori.active:
        raise ValidationError(
            f"Kategori '{kategori.name}' sudah tidak aktif; pilih kategori lain.", field="kategori"
        )
    _reference(uow, form.sumber_id, SUMBER, "sumber", "sumber laporan", False)
    if form.severity not in SEVERITIES:
        raise ValidationError(
            "Pilih tingkat keparahan 1 (Rendah) sampai 4 (Kritis).", field="severity"
        )
    if not form.chronology.strip():
        raise ValidationError("Tulis kronologi kejadian.", field="chronology")
    if (form.latitude is None) != (form.longitude is None):
        raise ValidationError(
            "Isi lintang dan bujur sekaligus, atau kosongkan keduanya.", field="latitude"
        )
    if form.latitude is not None and not (
        -11.5 <= form.latitude <= 6.5 and 94.5 <= form.longitude <= 141.5
    ):
        raise ValidationError(
            "Koordinat di luar wilayah Indonesia; periksa lintang dan bujur.", field="latitude"
        )
    if form.pemilihan_id is not None and uow.session.get(Pemilihan, form.pemilihan_id) is None:
        raise ValidationError("Pemilihan tidak dikenal.", field="pemilihan")
    if form.tahapan_id is not None:
        stage = uow.session.get(Tahapan, form.tahapan_id)
        if stage is None or (
            form.pemilihan_id is not None and stage.pemilihan_id != form.pemilihan_id
        ):
            raise ValidationError("Tahapan tidak termasuk pemilihan yang dipilih.", field="tahapan")
    if form.linked_to_id is not None:
        original = uow.session.get(Insiden, form.linked_to_id)
        if original is None or original.archived:
            raise ValidationError("Insiden yang ditautkan tidak ditemukan.", field="linked_to")
    return {
        "occurred_at": form.occurred_at,
        "reported_at": reported,
        "wilayah_id": region.id,
        "wilayah_code": region.code,
        "tps": normalize_tps(form.tps),
        "place_detail": form.place_detail.strip(),
        "latitude": form.latitude,
        "longitude": form.longitude,
        "kategori_id": form.kategori_id,
        "pemilihan_id": form.pemilihan_id,
        "tahapan_id": form.tahapan_id,
        "severity": form.severity,
        "sumber_id": form.sumber_id,
        "reporter": form.reporter.strip(),
        "reporter_phone": form.reporter_phone.strip(),
        "chronology": form.chronology.strip(),
        "parties": form.parties.strip(),
        "losses": form.losses.strip(),
        "actions_taken": form.actions_taken.strip(),
        "linked_to_id": form.linked_to_id,
    }


@dataclass(frozen=True)
class Saved:
    id: int
    number: str
    changes: Changes


def _original(uow: UnitOfWork, linked_to_id: int | None) -> Insiden | None:
    """The incident a follow-up report joins: the original itself when the report was
    linked to another follow-up (one incident, one list of its reports)."""
    if linked_to_id is None:
        return None
    original = uow.session.get(Insiden, linked_to_id)
    while original is not None and original.linked_to_id is not None:
        original = uow.session.get(Insiden, original.linked_to_id)
    return original


def _may_follow(uow: UnitOfWork, record: Insiden, original: Insiden) -> None:
    """An incident recorded earlier may become a follow-up report of another one, unless
    it is that one or has follow-up reports of its own."""
    if original.id == record.id:
        raise ValidationError("Insiden tidak dapat ditautkan ke dirinya sendiri.", field="linked_to")
    has_own = uow.session.scalar(
        select(Insiden.id).where(Insiden.linked_to_id == record.id, Insiden.archived.is_(False))
    )
    if has_own is not None:
        raise ValidationError(
            f"{record.number} sudah memiliki laporan lanjutan sendiri; tautkan laporan itu ke "
            f"{original.number} satu per satu.",
            field="linked_to",
        )


def create(uow: UnitOfWork, form: InsidenForm) -> Saved:
    """A new incident in status Baru; or, linked to one already recorded, a follow-up
    report of it: in the original's status (it follows it), never an open incident."""
    uow.require(INSIDEN_CATAT)
    values = _checked(uow, form, new=True)
    original = _original(uow, values["linked_to_id"])
    status, note = BARU, "Laporan dicatat"
    if original is not None:
        values["linked_to_id"] = original.id
        status, note = original.status, f"Laporan lanjutan dari {original.number} dicatat"
    year = values["occurred_at"].astimezone(desk_clock(uow).tz).year
    record = Insiden(number=nomor.insiden_number(uow, year), status=status, **values)
    uow.session.add(record)
    uow.session.flush()
    uow.session.add(RiwayatInsiden(insiden_id=record.id, at=desk_clock(uow).now_utc(), username=uow.user,
                                   from_status="", to_status=status, note=note))  # fmt: skip
    uow.commit()
    follows = f" sebagai laporan lanjutan dari {original.number}" if original else ""
    summary = f"{record.number} dicatat{follows}."
    return Saved(record.id, record.number, Changes.of(INSIDEN, summary=summary))


def update(uow: UnitOfWork, insiden_id: int, *, version: int, form: InsidenForm) -> Saved:
    uow.require(INSIDEN_CATAT)
    record = uow.get(Insiden, insiden_id, expected_version=version)
    if record.status in (SELESAI, TIDAK_VALID):
        raise ValidationError(
            f"{record.number} sudah {record.status}; buka kembali dulu untuk mengubah datanya."
        )
    if form.reported_at is None:  # the form does not show it: keep when it was reported
        form = replace(form, reported_at=record.reported_at)
    values = _checked(uow, form, new=False)
    original = _original(uow, values["linked_to_id"])
    if original is not None and original.id != record.linked_to_id:
        _may_follow(uow, record, original)
        values["linked_to_id"] = original.id
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
    if original is not None and record.status != original.status:  # linked now: it follows
        uow.session.add(RiwayatInsiden(
            insiden_id=record.id, at=desk_clock(uow).now_utc(), username=uow.user,
            from_status=record.status, to_status=original.status,
            note=f"Ditautkan sebagai laporan lanjutan dari {original.number}",
        ))  # fmt: skip
        record.status = original.status
    uow.commit()
    return Saved(
        record.id, record.number, Changes.of(INSIDEN, summary=f"{record.number} disimpan.")
    )


def detail(uow: UnitOfWork, insiden_id: int) -> InsidenDetail:
    record = uow.get(Insiden, insiden_id)
    region = uow.session.get(Wilayah, record.wilayah_id)
    agency = uow.session.get(Referensi, record.escalated_to_id) if record.escalated_to_id else None
    linked = uow.session.get(Insiden, record.linked_to_id) if record.linked_to_id else None
    history = uow.session.scalars(
        select(RiwayatInsiden)
        .where(RiwayatInsiden.insiden_id == record.id)
        .order_by(RiwayatInsiden.id)
    ).all()
    who = people.names(uow, [h.username for h in history])
    follow_ups = uow.session.execute(
        select(Insiden.id, Insiden.number, Insiden.occurred_at, Insiden.status)
        .where(Insiden.linked_to_id == record.id, Insiden.archived.is_(False))
        .order_by(Insiden.occurred_at, Insiden.id)
    ).all()
    form = InsidenForm(**{k: getattr(record, k) for k in InsidenForm.__dataclass_fields__})
    return InsidenDetail(
        id=record.id,
        version=record.version,
        number=record.number,
        status=record.status,
        form=form,
        wilayah_label=f"{region.name} ({region.code})" if region else "",
        escalated_to=agency.name if agency else "",
        follow_up_deadline=record.follow_up_deadline,
        outcome=record.outcome,
        linked_number=linked.number if linked else "",
        history=[RiwayatRow(h.at, h.username, h.from_status, h.to_status, h.note, who.get(h.username, h.username))
                 for h in history],
        linked_id=record.linked_to_id,
        follow_ups=[FollowUp(*row) for row in follow_ups],
    )  # fmt: skip


def find_duplicates(
    uow: UnitOfWork, form: InsidenForm, exclude_id: int | None = None
) -> list[DuplicateCandidate]:
    """Likely the same event: same place (desa, or the TPS within it), same category, close in time."""
    if form.wilayah_id is None or form.kategori_id is None or form.occurred_at is None:
        return []
    hours = pengaturan.get(uow, "duplicate_window_hours")
    window = timedelta(hours=hours)
    query = select(Insiden).where(
        Insiden.wilayah_id == form.wilayah_id,
        Insiden.kategori_id == form.kategori_id,
        Insiden.occurred_at.between(form.occurred_at - window, form.occurred_at + window),
        Insiden.archived.is_(False),
        Insiden.linked_to_id.is_(None),  # a report links to the incident, not to another report
    )
    if exclude_id is not None:
        query = query.where(Insiden.id != exclude_id)
    tps = normalize_tps(form.tps) if form.tps.strip() else ""
    # Rank everything in the window (one desa, one category, a day or two: a handful of
    # rows even on election day), then show the best few.
    found = list(uow.session.scalars(query).all())
    found.sort(
        key=lambda r: (
            not tps or r.tps != tps,
            abs((r.occurred_at - form.occurred_at).total_seconds()),
        )
    )
    return [
        DuplicateCandidate(r.id, r.number, r.occurred_at, r.tps, r.status, r.place_detail)
        for r in found[:20]
    ]


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    group: str = ""


@dataclass(frozen=True)
class FormChoices:
    """The lists an incident form offers, read once."""

    kategori: list[Choice]
    sumber: list[Choice]
    instansi: list[Choice]
    pemilihan: list[Choice]


def form_choices(uow: UnitOfWork) -> FormChoices:
    refs = uow.session.scalars(
        select(Referensi).where(Referensi.active.is_(True)).order_by(Referensi.sort_order)
    )
    by_kind: dict[str, list[Choice]] = {}
    for ref in refs:
        by_kind.setdefault(ref.kind, []).append(Choice(ref.id, ref.name, ref.group))
    contests = uow.session.scalars(
        select(Pemilihan).where(Pemilihan.archived.is_(False)).order_by(Pemilihan.id)
    )
    return FormChoices(
        kategori=by_kind.get(KATEGORI_INSIDEN, []),
        sumber=by_kind.get(SUMBER, []),
        instansi=by_kind.get(INSTANSI, []),
        pemilihan=[Choice(p.id, p.name) for p in contests],
    )
