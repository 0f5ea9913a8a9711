"""Import of outreach sessions (SPEC 8): one row per session, region by code or name,
activity type and target groups by name or code, organiser as people write it.

Natural key: **the session's date (desk time) + its region code + its topic** (spacing
and letter case ignored). A row whose key is already in the register updates that
session (columns missing from the file are left alone); so re-importing a file, or an
exported table, creates no duplicates. Two rows with the same key in one file are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.models import Referensi, Sosialisasi, Wilayah
from app.models.referensi import JENIS_KEGIATAN, KELOMPOK_SASARAN
from app.models.wilayah import LEVEL_KABKOTA
from app.services.core.actor import SOSIALISASI_CATAT
from app.services.core.changes import Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import WilayahIndex
from app.services.importing.columns import Column
from app.services.importing.spec import Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import (
    DATE_FORMATS_HELP,
    CellError,
    is_blank,
    parse_date,
    parse_int,
    text,
)  # fmt: skip
from app.services.sosialisasi import records as sosialisasi
from app.services.sosialisasi.records import SosialisasiForm

_TIME = re.compile(r"^(?:pukul|jam)?\s*(\d{1,2})[.:](\d{2})(?:[.:]\d{2})?\s*(?:wib|wita|wit)?$")
_KEY = re.compile(r"[^a-z0-9]+")
#: What people write for each organiser (first words, lower case).
ORGANISER_WORDS = {
    "Kesbangpol": ("kesbangpol", "badan kesatuan", "bakesbangpol"),
    "KPU": ("kpu", "ppk", "pps", "komisi pemilihan"),
    "Bawaslu": ("bawaslu", "panwas", "badan pengawas"),
    "Mitra": ("mitra", "partner", "lainnya", "lsm", "ormas", "organisasi", "perguruan", "kampus"),
}
#: Form fields each column fills; an existing session keeps the fields of absent columns.
FIELDS_OF = {
    "mulai": ("starts_at",), "selesai": ("ends_at",), "wilayah": ("wilayah_id",),
    "tempat": ("venue",), "penyelenggara": ("organiser",), "jenis": ("jenis_kegiatan_id",),
    "sasaran": ("sasaran_ids",), "topik": ("topic",), "narasumber": ("speakers",),
    "rencana": ("planned_participants",), "laki": ("attendance_men",),
    "perempuan": ("attendance_women",), "disabilitas": ("attendance_disabled",),
    "anggaran": ("budget",), "catatan": ("notes",),
}  # fmt: skip
#: Service field → import column key, to put a refused value's message in the right column.
COLUMN_OF = {f: key for key, names in FIELDS_OF.items() for f in names} | {
    "wilayah": "wilayah", "jenis_kegiatan": "jenis", "sasaran": "sasaran", "organiser": "penyelenggara",
}  # fmt: skip


def parse_time(raw: object) -> time | None:
    """``09.00``, ``9:30``, ``pukul 14.30 WIB``, an Excel time (0.375) or a datetime."""
    if is_blank(raw):
        return None
    if isinstance(raw, datetime):
        return raw.time().replace(second=0, microsecond=0)
    if isinstance(raw, time):
        return raw.replace(second=0, microsecond=0)
    if isinstance(raw, float) and 0 <= raw < 1:
        minutes = round(raw * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    match = _TIME.match(" ".join(str(raw).lower().split()))
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    raise CellError(f"'{raw}' bukan jam yang dikenali. Tulis mis. 09.00 atau 14.30.")


def parse_end(raw: object) -> tuple[date | None, time] | None:
    """End of a session: a time on the same day, or a date and time (``13/11/2024 11.00``)."""
    if is_blank(raw):
        return None
    if isinstance(raw, datetime):
        return raw.date(), raw.time().replace(second=0, microsecond=0)
    value = " ".join(str(raw).split())
    if " " in value and not value.lower().startswith(("pukul", "jam")):
        day_text, time_text = value.rsplit(" ", 1)
        return parse_date(day_text), parse_time(time_text) or time(0)
    return None, parse_time(raw) or time(0)


def natural_key(day: date, wilayah_code: str, topic: str) -> tuple[date, str, str]:
    return day, wilayah_code, _KEY.sub("", topic.lower())


def _organiser(raw: str) -> str:
    value = " ".join(raw.lower().split())
    for organiser, words in ORGANISER_WORDS.items():
        if value.startswith(words):
            return organiser
    raise RowProblem("penyelenggara", f"Penyelenggara '{raw}' tidak dikenal. Pilihan: {', '.join(ORGANISER_WORDS)}.")  # fmt: skip


@dataclass(frozen=True)
class SessionRow:
    form: SosialisasiForm
    key: tuple[date, str, str]
    #: Form fields the file gives (the others keep their value on an existing session).
    present: frozenset[str]


@dataclass(frozen=True)
class RefList:
    """A reference list matched by code or name, or by a unique part of a name."""

    label: str
    by_key: dict[str, tuple[int, str, bool]]

    @classmethod
    def load(cls, uow: UnitOfWork, kind: str, label: str) -> RefList:
        refs = uow.session.scalars(select(Referensi).where(Referensi.kind == kind))
        by_key: dict[str, tuple[int, str, bool]] = {}
        for ref in refs:
            for name in (ref.name, ref.code):
                by_key.setdefault(_KEY.sub("", name.lower()), (ref.id, ref.name, ref.active))
        return cls(label, by_key)

    def match(self, column: str, raw: str) -> int:
        needle = _KEY.sub("", raw.lower())
        found = self.by_key.get(needle)
        if found is None and len(needle) >= 4:
            partial = {v for k, v in self.by_key.items() if needle in k}
            if len(partial) == 1:
                found = partial.pop()
            elif partial:
                names = ", ".join(sorted(v[1] for v in partial))
                raise RowProblem(column, f"{self.label} '{raw}' cocok dengan beberapa: {names}.")
        if found is None:
            names = ", ".join(sorted({v[1] for v in self.by_key.values() if v[2]}))
            raise RowProblem(column, f"{self.label} '{raw}' tidak dikenal. Pilihan: {names}.")
        if not found[2]:
            raise RowProblem(column, f"{self.label} '{found[1]}' sudah tidak aktif.")
        return found[0]


@dataclass(frozen=True)
class Context:
    tz: ZoneInfo
    now: datetime
    regions: WilayahIndex
    jenis: RefList
    sasaran: RefList
    #: natural key → id of the live session that has it (the first, if entered twice).
    existing: dict[tuple[date, str, str], int]


class SosialisasiImport:
    jenis = "sosialisasi"
    title = "Kegiatan Sosialisasi"
    columns = (
        Column("tanggal", "tanggal", True, ("tgl", "tanggal kegiatan", "hari/tanggal", "hari tanggal"), f"Tanggal kegiatan ({DATE_FORMATS_HELP})", parse_date),
        Column("mulai", "mulai", False, ("jam", "jam mulai", "waktu", "waktu mulai", "pukul"), "Jam mulai, mis. 09.00 (kosong: jam tidak diketahui, dicatat 00.00)", parse_time),
        Column("selesai", "selesai", False, ("jam selesai", "waktu selesai", "sampai"), "Jam selesai (mis. 12.00) atau tanggal dan jam bila lewat hari", parse_end),
        Column("wilayah", "wilayah", True, ("kode wilayah", "wilayah kegiatan", "kode", "lokasi wilayah"), "Kode Kemendagri (36.01.01.2001) atau nama kab/kota, kecamatan, desa/kelurahan", store=Wilayah.name),
        Column("kabkota", "kab/kota", False, ("kabupaten/kota", "kabupaten", "kota", "kab"), "Kab/kota tempat wilayah berada (membantu bila nama desa/kecamatan ada di beberapa tempat)", store=Wilayah.name),
        Column("tempat", "tempat", False, ("lokasi", "lokasi kegiatan", "venue", "tempat kegiatan"), "Tempat kegiatan, mis. Aula kecamatan", store=Sosialisasi.venue),
        Column("penyelenggara", "penyelenggara", True, ("pelaksana", "penyelenggara kegiatan"), "Kesbangpol, KPU, Bawaslu, atau Mitra", store=Sosialisasi.organiser),
        Column("jenis", "jenis kegiatan", True, ("jenis", "bentuk kegiatan", "kegiatan"), "Nama atau kode jenis kegiatan, mis. Sosialisasi tatap muka", store=Referensi.name),
        Column("sasaran", "kelompok sasaran", True, ("sasaran", "kelompok", "peserta sasaran"), "Satu atau beberapa nama/kode kelompok sasaran, dipisah ';' atau ','", max_length=1000),
        Column("topik", "topik", True, ("tema", "judul", "materi", "topik kegiatan"), "Topik atau tema kegiatan", store=Sosialisasi.topic),
        Column("narasumber", "narasumber", False, ("pembicara", "pemateri"), "Narasumber", store=Sosialisasi.speakers),
        Column("rencana", "rencana peserta", False, ("target peserta", "rencana", "jumlah undangan"), "Jumlah peserta yang direncanakan", parse_int, store=Sosialisasi.planned_participants),
        Column("laki", "hadir laki-laki", False, ("laki-laki", "laki laki", "l", "hadir l", "peserta laki-laki"), "Peserta laki-laki yang hadir", parse_int, store=Sosialisasi.attendance_men),
        Column("perempuan", "hadir perempuan", False, ("perempuan", "p", "hadir p", "peserta perempuan"), "Peserta perempuan yang hadir", parse_int, store=Sosialisasi.attendance_women),
        Column("disabilitas", "hadir disabilitas", False, ("disabilitas", "penyandang disabilitas", "hadir penyandang disabilitas"), "Peserta penyandang disabilitas yang hadir (termasuk dalam laki-laki/perempuan)", parse_int, store=Sosialisasi.attendance_disabled),
        Column("anggaran", "anggaran", False, ("biaya", "anggaran (rp)", "anggaran rp", "dana"), "Anggaran dalam Rupiah, mis. 5.000.000", parse_int, store=Sosialisasi.budget),
        Column("catatan", "catatan", False, ("keterangan", "ket"), "Catatan", store=Sosialisasi.notes),
    )  # fmt: skip

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Context:
        clock = desk_clock(uow)
        existing: dict[tuple[date, str, str], int] = {}
        rows = uow.session.execute(
            select(Sosialisasi.id, Sosialisasi.starts_at, Sosialisasi.wilayah_code, Sosialisasi.topic)
            .where(Sosialisasi.archived.is_(False))
            .order_by(Sosialisasi.id)
        )  # fmt: skip
        for row_id, starts, code, topic in rows:
            existing.setdefault(
                natural_key(starts.astimezone(clock.tz).date(), code, topic), row_id
            )
        return Context(
            tz=clock.tz,
            now=clock.now_utc(),
            regions=WilayahIndex.load(uow),
            jenis=RefList.load(uow, JENIS_KEGIATAN, "Jenis kegiatan"),
            sasaran=RefList.load(uow, KELOMPOK_SASARAN, "Kelompok sasaran"),
            existing=existing,
        )

    def _region(self, context: Context, values: dict[str, Any]):
        within = None
        if text(values.get("kabkota")):
            try:
                within = context.regions.match(values["kabkota"], level=LEVEL_KABKOTA).code
            except CellError as error:
                raise RowProblem("kabkota", str(error)) from None
        raw = text(values["wilayah"])
        is_code = re.fullmatch(r"[\d.\s]+", raw) is not None
        try:
            # A code is unambiguous; the kab/kota only helps to find a name.
            region = context.regions.match(raw, within=None if is_code else within)
        except CellError as error:
            if within is None or is_code:
                raise RowProblem("wilayah", str(error)) from None
            region = context.regions.match(values["kabkota"], level=LEVEL_KABKOTA)
            if _KEY.sub("", raw.lower()) not in _KEY.sub("", region.name.lower()):
                raise RowProblem("wilayah", str(error)) from None
        if within and not (region.code == within or region.code.startswith(within + ".")):
            raise RowProblem(
                "wilayah", f"{region.describe()} tidak berada di kab/kota {values['kabkota']}."
            )
        if region.level < LEVEL_KABKOTA:
            raise RowProblem(
                "wilayah", "Isi kab/kota, kecamatan, atau desa/kelurahan tempat kegiatan."
            )
        return region

    def build_row(self, context: Context, values: dict[str, Any]) -> SessionRow:
        day: date = values["tanggal"]
        starts = datetime.combine(day, values.get("mulai") or time(0), context.tz)
        ends = None
        if values.get("selesai"):
            end_day, end_time = values["selesai"]
            ends = datetime.combine(end_day or day, end_time, context.tz)
        region = self._region(context, values)
        parts = [p for p in re.split(r"[;,\n]", text(values["sasaran"])) if p.strip()]
        groups = tuple(dict.fromkeys(context.sasaran.match("sasaran", p.strip()) for p in parts))
        form = SosialisasiForm(
            starts_at=starts, ends_at=ends, wilayah_id=region.id,
            venue=text(values.get("tempat")), organiser=_organiser(text(values["penyelenggara"])),
            jenis_kegiatan_id=context.jenis.match("jenis", text(values["jenis"])),
            sasaran_ids=groups, speakers=text(values.get("narasumber")), topic=text(values["topik"]),
            planned_participants=values.get("rencana"), attendance_men=values.get("laki"),
            attendance_women=values.get("perempuan"), attendance_disabled=values.get("disabilitas"),
            budget=values.get("anggaran"), notes=text(values.get("catatan")),
        )  # fmt: skip
        try:
            sosialisasi.check_rules(form, context.now)
        except ValidationError as error:
            raise RowProblem(COLUMN_OF.get(error.field or "", ""), str(error)) from None
        # A blank start time keeps an existing session's time (the date is in the key).
        present = {"wilayah_id", "organiser", "jenis_kegiatan_id", "sasaran_ids", "topic"}
        present |= {f for key in values if key in FIELDS_OF for f in FIELDS_OF[key]}
        if values.get("mulai") is None:
            present.discard("starts_at")
        return SessionRow(form, natural_key(day, region.code, form.topic), frozenset(present))

    def check_rows(self, context: Context, rows: list[ValidRow[SessionRow]]) -> list[RowError]:
        errors: list[RowError] = []
        seen: dict[tuple[date, str, str], int] = {}
        for valid in rows:
            key = valid.record.key
            if key in seen:
                reason = (
                    f"Kegiatan yang sama (tanggal, wilayah, topik) sudah ada di baris {seen[key]}."
                )
                errors.append(RowError(valid.row, "topik", reason))
            else:
                seen[key] = valid.row
        return errors

    def apply(self, uow: UnitOfWork, context: Context, records: list[SessionRow]) -> Outcome:
        uow.require(SOSIALISASI_CATAT)
        created = updated = unchanged = 0
        for row in records:
            existing_id = context.existing.get(row.key)
            if existing_id is None:
                values, groups = sosialisasi.checked(uow, row.form)
                sosialisasi.insert_checked(uow, values, groups)
                created += 1
                continue
            record = uow.get(Sosialisasi, existing_id)
            kept = sosialisasi.sasaran_of(uow, record.id)
            current = sosialisasi.detail(uow, record.id).form
            form = replace(current, **{f.name: getattr(row.form, f.name) for f in fields(row.form)
                                       if f.name in row.present})  # fmt: skip
            values, groups = sosialisasi.checked(uow, form, kept_sasaran=frozenset(kept))
            if sosialisasi.update_checked(uow, record, values, groups):
                updated += 1
            else:
                unchanged += 1
        summary = (
            f"Sosialisasi diimpor: {created} baru, {updated} diperbarui, {unchanged} sudah sama."
        )
        return Outcome(
            created, updated, unchanged, Changes.of(sosialisasi.SOSIALISASI, summary=summary)
        )
