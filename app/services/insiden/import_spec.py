"""Import of incidents (SPEC 4 and 8) from a desk's or a kab/kota's spreadsheet.

Which row is which incident — so that importing a file again changes nothing:
1. a row with a **Nomor** that exists in this database is that incident (its time of
   occurrence must agree, otherwise the number belongs to another desk's incident and the
   row is refused);
2. otherwise the **natural key** decides: the same time of occurrence (to the minute),
   wilayah, TPS, category and the same beginning of the chronology (first 200 characters,
   ignoring case and spacing) is the same report;
3. otherwise the row is a new incident. It keeps a number given in the file (and the
   counter is raised past it, so the number is never issued again), or gets the next one.

A matched incident is updated only in the columns the file has, and only while it is
open (Baru, Terverifikasi, Ditindaklanjuti), as in the form; its status never changes.
New incidents come in as **Baru**: verification is the Verifikator's act, with its
history. Only a user who may verify (or the CLI acting for the system, e.g. to rebuild a
register from an export) brings a status from the file along. Attachments do not travel
in spreadsheets (they do in exchange packages).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from app.models import Insiden, Pemilihan, Referensi, Tahapan
from app.models.insiden import BARU, DITINDAKLANJUTI
from app.models.referensi import INSTANSI, KATEGORI_INSIDEN, SUMBER
from app.services.core.actor import INSIDEN_VERIFIKASI
from app.services.core.clock import desk_clock
from app.services.core.errors import ValidationError
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import WilayahIndex, normalize_tps
from app.services.importing.spec import Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import CellError, text
from app.services.insiden import import_write as insiden_write
from app.services.insiden.import_columns import COLUMNS, REGION_KEYS
from app.services.insiden.import_lookup import (
    MASKED,
    ContestItem,
    ContestMatcher,
    RefItem,
    RefMatcher,
    StageMatcher,
)
from app.services.insiden.import_write import KEY_TEXT, NUMBER, Baris, Context, natural_key
from app.services.insiden.records import CLOCK_TOLERANCE


def _items(uow: UnitOfWork, kind: str) -> list[RefItem]:
    rows = uow.session.execute(
        select(Referensi.id, Referensi.code, Referensi.name, Referensi.active)
        .where(Referensi.kind == kind, Referensi.archived.is_(False))
        .order_by(Referensi.sort_order)
    )
    return [RefItem(*row) for row in rows]


class InsidenImport:
    jenis = "insiden"
    title = "Insiden"
    columns = COLUMNS
    #: At least one column of each group must be in the file.
    required_groups = (REGION_KEYS,)

    def reference_lists(self, uow: UnitOfWork) -> dict[str, list[str]]:
        """Accepted values, for the 'Daftar' sheet of the template."""
        contests = uow.session.scalars(
            select(Pemilihan.name).where(Pemilihan.archived.is_(False)).order_by(Pemilihan.id)
        )
        return {
            "Kategori": [i.name for i in _items(uow, KATEGORI_INSIDEN) if i.active],
            "Keparahan": ["1 Rendah", "2 Sedang", "3 Tinggi", "4 Kritis"],
            "Sumber": [i.name for i in _items(uow, SUMBER) if i.active],
            "Diteruskan ke": [i.name for i in _items(uow, INSTANSI) if i.active],
            "Pemilihan": list(contests),
        }

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Context:
        clock = desk_clock(uow)
        session = uow.session
        regions = WilayahIndex.load(uow)
        kategori = _items(uow, KATEGORI_INSIDEN)
        contests = [
            ContestItem(*row)
            for row in session.execute(
                select(Pemilihan.id, Pemilihan.name, Pemilihan.kind, Pemilihan.wilayah_id).where(
                    Pemilihan.archived.is_(False)
                )
            )
        ]
        stages = session.execute(
            select(Tahapan.id, Tahapan.pemilihan_id, Tahapan.code, Tahapan.name).where(
                Tahapan.archived.is_(False)
            )
        ).all()
        existing = session.execute(
            select(
                Insiden.id, Insiden.number, Insiden.occurred_at, Insiden.wilayah_code, Insiden.tps,
                Insiden.kategori_id, func.substr(Insiden.chronology, 1, KEY_TEXT * 2),
                Insiden.archived,
            )
        )  # fmt: skip
        numbers: dict[str, tuple[int, datetime]] = {}
        keys: dict[tuple, int] = {}
        archived: set[str] = set()
        for row_id, number, occurred, code, tps, kategori_id, chronology, gone in existing:
            if gone:  # its number stays taken; its report may be recorded again
                archived.add(number)
                continue
            numbers[number] = (row_id, occurred)
            keys.setdefault(natural_key(occurred, code, tps, kategori_id, chronology or ""), row_id)
        return Context(
            tz=clock.tz,
            now=clock.now_utc(),
            regions=regions,
            kategori=RefMatcher("kategori", kategori),
            sumber=RefMatcher("sumber", _items(uow, SUMBER)),
            instansi=RefMatcher("instansi", _items(uow, INSTANSI)),
            contests=ContestMatcher(contests, regions),
            stages=StageMatcher([tuple(s) for s in stages]),
            may_set_status=uow.actor.can(INSIDEN_VERIFIKASI),
            numbers=numbers,
            keys=keys,
            archived_numbers=archived,
            source_file=str(options.get("berkas", "")),
            kategori_active={i.id for i in kategori if i.active},
        )

    # -- one row ----------------------------------------------------------------------
    def _moment(self, context: Context, day: Any, clock: Any) -> datetime | None:
        if day is None:
            return None
        if clock is not None:
            day = datetime.combine(day.date(), clock)
        local = day if day.tzinfo else day.replace(tzinfo=context.tz)
        return local.astimezone(UTC)

    def _region(self, context: Context, values: dict[str, Any]) -> tuple[int, str]:
        """The region a row names; a sheet names the same few hundred places again and
        again, so each combination is resolved once."""
        # REGION_KEYS, parsed (text or None)
        cells = (values.get("wilayah"), values.get("kabkota"), values.get("kecamatan"), values.get("desa"))  # fmt: skip
        found = context.regions_seen.get(cells)
        if found is None:
            try:
                found = self._resolve_region(context, values)
            except RowProblem as problem:
                found = problem
            context.regions_seen[cells] = found
        if isinstance(found, RowProblem):
            raise RowProblem(found.column, found.reason)
        return found

    def _resolve_region(self, context: Context, values: dict[str, Any]) -> tuple[int, str]:
        code_cell = text(values.get("wilayah"))
        named = None
        within = None
        for key, level in (("kabkota", 2), ("kecamatan", 3), ("desa", 4)):
            cell = text(values.get(key))
            if cell:
                try:
                    named = context.regions.match(cell, level=level, within=within)
                except CellError as error:
                    raise RowProblem(key, str(error)) from None
                within = named.code
        if code_cell:
            try:
                ref = context.regions.match(code_cell)
            except CellError as error:
                raise RowProblem("wilayah", str(error)) from None
            if named is not None and not (ref.code + ".").startswith(named.code + "."):
                raise RowProblem(
                    "wilayah",
                    f"{ref.describe()} tidak berada di {named.label} ({named.code}) yang "
                    "tertulis di kolom nama wilayah. Periksa salah satunya.",
                )
        elif named is not None:
            ref = named
        else:
            raise RowProblem("wilayah", "Isi kode wilayah atau nama kab/kota, kecamatan, desa.")
        if ref.level < 2:
            raise RowProblem("wilayah", "Wilayah kejadian minimal kab/kota, bukan provinsi.")
        return ref.id, ref.code

    def build_row(self, context: Context, values: dict[str, Any]) -> Baris:
        fields: dict[str, Any] = {}
        occurred = self._moment(context, values["waktu"], values.get("jam"))
        assert occurred is not None
        if occurred > context.now + CLOCK_TOLERANCE:
            raise RowProblem("waktu", "Waktu kejadian tidak boleh di masa depan.")
        fields["occurred_at"] = occurred
        if values.get("dilaporkan") is not None:
            reported = self._moment(context, values["dilaporkan"], None)
            assert reported is not None
            if reported > context.now + CLOCK_TOLERANCE:
                raise RowProblem("dilaporkan", "Waktu laporan tidak boleh di masa depan.")
            if reported < occurred:
                raise RowProblem("dilaporkan", "Waktu laporan tidak boleh sebelum waktu kejadian.")
            fields["reported_at"] = reported
        if not values.keys().isdisjoint(REGION_KEYS):
            fields["wilayah_id"], fields["wilayah_code"] = self._region(context, values)
        if "tps" in values:
            fields["tps"] = self._tps(context, values["tps"])
        kategori = self._ref(context.kategori, "kategori", values["kategori"])
        fields["kategori_id"] = kategori.id
        fields["severity"] = values["keparahan"]
        for key, name in (("lokasi", "place_detail"), ("pelapor", "reporter"),
                          ("telepon", "reporter_phone"), ("kronologi", "chronology"),
                          ("pihak", "parties"), ("kerugian", "losses"),
                          ("tindakan", "actions_taken"), ("hasil", "outcome")):  # fmt: skip
            if key in values:
                fields[name] = values[key] or ""
        if fields.get("reporter_phone") == MASKED:
            del fields["reporter_phone"]  # starred out by an export: keep what is stored
        if len(fields.get("place_detail", "")) > 300:
            raise RowProblem("lokasi", "Lokasi paling panjang 300 huruf.")
        if len(fields.get("reporter", "")) > 200:
            raise RowProblem("pelapor", "Nama pelapor paling panjang 200 huruf.")
        self._coordinates(values, fields)
        for key, name, matcher in (("sumber", "sumber_id", context.sumber),
                                   ("diteruskan", "escalated_to_id", context.instansi)):  # fmt: skip
            if key in values:
                cell = values[key]  # parsed: text
                fields[name] = self._ref(matcher, key, cell).id if cell else None
        self._contest_and_stage(context, values, fields)
        if "batas" in values:
            fields["follow_up_deadline"] = self._moment(context, values["batas"], None)
        number = (values.get("nomor") or "").upper()  # parsed: text
        if number and not NUMBER.match(number):
            raise RowProblem(
                "nomor", "Nomor berbentuk INS-2024-000123; kosongkan untuk nomor baru."
            )
        if number in context.archived_numbers:
            raise RowProblem(
                "nomor",
                f"{number} sudah diarsipkan di desk ini. Kosongkan kolom Nomor untuk mencatatnya "
                "sebagai laporan baru.",
            )
        if number in context.numbers:
            _id, when = context.numbers[number]
            if when.replace(second=0, microsecond=0) != occurred.replace(second=0, microsecond=0):
                local = when.astimezone(context.tz).strftime("%d/%m/%Y %H.%M")
                raise RowProblem(
                    "nomor",
                    f"{number} di basis data ini adalah insiden lain (terjadi {local}); mungkin "
                    "berkas dari desk lain. Kosongkan kolom Nomor agar dicatat dengan nomor baru.",
                )
        key = natural_key(occurred, fields.get("wilayah_code", ""), fields.get("tps", ""),
                          kategori.id, fields["chronology"])  # fmt: skip
        status = values.get("status") or ""
        existing = number in context.numbers or key in context.keys
        if not existing:
            self._check_new(context, kategori, fields, status)
        return Baris(number, fields, status, key)

    @staticmethod
    def _tps(context: Context, cell: Any) -> str:
        found = context.tps_seen.get(cell)
        if found is None:
            try:
                found = normalize_tps(text(cell))
            except ValidationError as error:
                found = RowProblem("tps", str(error))
            if len(context.tps_seen) < 10_000:
                context.tps_seen[cell] = found
        if isinstance(found, RowProblem):
            raise RowProblem(found.column, found.reason)
        return found

    @staticmethod
    def _ref(matcher: RefMatcher, column: str, cell: Any) -> RefItem:
        try:
            return matcher.match(cell)
        except CellError as error:
            raise RowProblem(column, str(error)) from None

    @staticmethod
    def _coordinates(values: dict[str, Any], fields: dict[str, Any]) -> None:
        if "lintang" not in values and "bujur" not in values:
            return
        lat, lon = values.get("lintang"), values.get("bujur")
        if (lat is None) != (lon is None):
            raise RowProblem("lintang", "Isi lintang dan bujur sekaligus, atau kosongkan keduanya.")
        if lat is not None and not (-11.5 <= lat <= 6.5 and 94.5 <= lon <= 141.5):
            raise RowProblem(
                "lintang", "Koordinat di luar wilayah Indonesia; periksa lintang dan bujur."
            )
        fields["latitude"], fields["longitude"] = lat, lon

    def _contest_and_stage(self, context: Context, values: dict[str, Any], fields: dict) -> None:
        contest = None
        if text(values.get("pemilihan")):
            try:
                contest = context.contests.match(values["pemilihan"])
            except CellError as error:
                raise RowProblem("pemilihan", str(error)) from None
        if "pemilihan" in values:
            fields["pemilihan_id"] = contest.id if contest else None
        if text(values.get("tahapan")):
            if contest is None:
                raise RowProblem("tahapan", "Isi kolom Pemilihan untuk tahapan ini.")
            try:
                fields["tahapan_id"] = context.stages.match(contest.id, values["tahapan"])
            except CellError as error:
                raise RowProblem("tahapan", str(error)) from None
        elif "tahapan" in values:
            fields["tahapan_id"] = None

    @staticmethod
    def _check_new(context: Context, kategori: RefItem, fields: dict, status: str) -> None:
        if "wilayah_id" not in fields:
            raise RowProblem("wilayah", "Isi kode wilayah atau nama kab/kota, kecamatan, desa.")
        if kategori.id not in context.kategori_active:
            raise RowProblem(
                "kategori", f"Kategori '{kategori.name}' sudah tidak aktif; pilih kategori lain."
            )
        if status in ("", BARU):
            return
        if not context.may_set_status:
            raise RowProblem(
                "status",
                f"Insiden baru masuk sebagai Baru lalu diverifikasi Verifikator; status "
                f"'{status}' dari berkas tidak dapat dipakai. Kosongkan kolom Status.",
            )
        if status == DITINDAKLANJUTI and not (
            fields.get("escalated_to_id") and fields.get("follow_up_deadline")
        ):
            raise RowProblem(
                "status",
                "Status Ditindaklanjuti memerlukan 'Diteruskan ke' dan 'Batas tindak lanjut'.",
            )

    # -- between rows -----------------------------------------------------------------
    def check_rows(self, context: Context, rows: list[ValidRow[Baris]]) -> list[RowError]:
        errors: list[RowError] = []
        numbers: dict[str, int] = {}
        keys: dict[tuple, int] = {}
        for valid in rows:
            record = valid.record
            if record.number and record.number in numbers:
                errors.append(
                    RowError(
                        valid.row,
                        "Nomor",
                        f"Nomor {record.number} sudah dipakai di baris {numbers[record.number]}.",
                    )
                )
            elif record.key in keys:
                errors.append(
                    RowError(
                        valid.row,
                        "Kronologi",
                        f"Insiden yang sama (waktu, wilayah, TPS, kategori, kronologi) sudah ada di baris {keys[record.key]}.",
                    )
                )
            else:
                if record.number:
                    numbers[record.number] = valid.row
                keys.setdefault(record.key, valid.row)
        return errors  # fmt: skip

    def apply(
        self,
        uow: UnitOfWork,
        context: Context,
        records: list[Baris],
        reporter: Progress | None = None,
    ) -> Outcome:
        return insiden_write.apply(uow, context, records, reporter)
