"""Import of a stage schedule (jadwal tahapan): the columns of the PKPU template."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import Pemilihan, Tahapan
from app.services.core.changes import TAHAPAN, Changes
from app.services.core.errors import DomainError
from app.services.core.uow import UnitOfWork
from app.services.desk import jadwal
from app.services.importing.columns import Column
from app.services.importing.spec import Outcome, RowError, RowProblem, ValidRow
from app.services.importing.values import DATE_FORMATS_HELP, parse_date, text

ALL_CONTESTS = "semua"
#: Which stage field each column fills; a column missing from the file leaves it alone.
FIELD_OF = {
    "nama": "name",
    "induk": "parent_id",
    "mulai": "planned_start",
    "selesai": "planned_end",
    "catatan": "schedule_note",
}


@dataclass(frozen=True)
class Context:
    pemilihan_ids: list[int]
    existing_codes: set[str]
    #: The contests' names and kinds (gubernur, bupati, wali kota), as ``pemilihan_ids``.
    pemilihan_names: tuple[str, ...] = ()
    pemilihan_kinds: tuple[str, ...] = ()


class TahapanImport:
    jenis = "tahapan"
    title = "Jadwal Tahapan"
    columns = (
        Column("kode", "kode", True, ("kode tahapan", "kd"), "Kode unik tahapan, mis. T14 atau T17.1", store=Tahapan.code),
        Column("induk", "induk", False, ("kode induk", "parent", "tahapan induk"), "Kode tahapan induk untuk sub-tahapan; kosong untuk tahapan utama", store=Tahapan.code),
        Column("nama", "nama", True, ("nama tahapan", "tahapan", "kegiatan", "uraian"), "Nama tahapan", store=Tahapan.name),
        Column("mulai", "mulai", False, ("tanggal mulai", "tgl mulai", "awal", "dari"), f"Tanggal mulai rencana ({DATE_FORMATS_HELP})", parse_date),
        Column("selesai", "selesai", False, ("tanggal selesai", "tgl selesai", "akhir", "sampai", "hingga"), f"Tanggal selesai rencana ({DATE_FORMATS_HELP})", parse_date),
        Column("catatan", "catatan", False, ("keterangan", "ket"), "Keterangan jadwal", store=Tahapan.schedule_note),
        Column("untuk", "untuk", False, ("berlaku untuk", "jenis pemilihan"), "Isi 'gubernur' bila hanya untuk pemilihan gubernur; kosong untuk semua", store=Pemilihan.kind),
    )  # fmt: skip

    def option_fields(self, uow: UnitOfWork) -> list[tuple[str, str, list[tuple[Any, str]]]]:
        """What the user chooses before the preview: the contest(s) the schedule is for."""
        contests = uow.session.execute(
            select(Pemilihan.id, Pemilihan.name)
            .where(Pemilihan.archived.is_(False))
            .order_by(Pemilihan.id)
        ).all()
        choices = [(ALL_CONTESTS, "Semua pemilihan"), *((i, n) for i, n in contests)]
        return [("pemilihan", "Terapkan ke", choices)]

    def load_context(self, uow: UnitOfWork, options: dict[str, Any]) -> Context:
        target = options.get("pemilihan", ALL_CONTESTS)
        query = select(Pemilihan.id).where(Pemilihan.archived.is_(False))
        if target != ALL_CONTESTS:
            try:
                contest_id = int(target)
            except (TypeError, ValueError):
                raise DomainError(
                    f"Pemilihan tujuan '{target}' tidak dikenal: tulis ID pemilihan (angka) atau 'semua'."
                ) from None
            query = query.where(Pemilihan.id == contest_id)
        contests = uow.session.execute(
            query.add_columns(Pemilihan.name, Pemilihan.kind).order_by(Pemilihan.id)
        ).all()
        ids = [contest_id for contest_id, _name, _kind in contests]
        if not ids:
            raise DomainError(
                "Pemilihan tujuan impor tidak ditemukan. Jalankan 'init' terlebih dahulu."
            )
        codes = set(uow.session.scalars(select(Tahapan.code).where(Tahapan.pemilihan_id.in_(ids))))
        names = tuple(name for _id, name, _kind in contests)
        return Context(ids, codes, names, tuple(kind for _id, _name, kind in contests))

    def targets(
        self, context: Context, valid: list[ValidRow[jadwal.ScheduleRow]]
    ) -> list[tuple[str, list[int]]]:
        """Each contest the schedule is applied to, with the rows written to it: every
        row, except one only for another kind of contest ('untuk: gubernur')."""
        return [
            (name, [v.row for v in valid if not v.record.only_for or v.record.only_for == kind])
            for name, kind in zip(context.pemilihan_names, context.pemilihan_kinds, strict=True)
        ]

    def build_row(self, context: Context, values: dict[str, Any]) -> jadwal.ScheduleRow:
        start, end = values.get("mulai"), values.get("selesai")
        if start and end and end < start:
            raise RowProblem("selesai", "Tanggal selesai sebelum tanggal mulai.")
        only_for = text(values.get("untuk")).lower()
        only_for = {
            "semua": "",
            "-": "",
            "walikota": "wali kota",
            "pilgub": "gubernur",
            "pilbup": "bupati",
        }.get(only_for, only_for)
        if only_for not in ("", "gubernur", "bupati", "wali kota"):
            raise RowProblem("untuk", "Isi 'gubernur', 'bupati', 'wali kota', atau kosongkan.")
        code = text(values["kode"]).upper()
        parent = text(values.get("induk")).upper()
        if parent == code:
            raise RowProblem("induk", "Tahapan tidak boleh menjadi induk dirinya sendiri.")
        return jadwal.ScheduleRow(
            code=code,
            parent_code=parent,
            name=text(values["nama"]),
            planned_start=start,
            planned_end=end,
            note=text(values.get("catatan")),
            only_for=only_for,
            present=frozenset(FIELD_OF[key] for key in values if key in FIELD_OF),
        )

    def check_rows(
        self, context: Context, rows: list[ValidRow[jadwal.ScheduleRow]]
    ) -> list[RowError]:
        errors: list[RowError] = []
        seen: dict[str, int] = {}
        for valid in rows:
            code = valid.record.code
            if code in seen:
                errors.append(
                    RowError(valid.row, "kode", f"Kode {code} sudah dipakai di baris {seen[code]}.")
                )
            else:
                seen[code] = valid.row
        rejected = {e.row for e in errors}
        # A row whose parent is refused is refused too, until nothing changes.
        changed = True
        while changed:
            changed = False
            for valid in rows:
                parent = valid.record.parent_code
                if valid.row in rejected or not parent:
                    continue
                reason = ""
                if parent not in seen and parent not in context.existing_codes:
                    reason = f"Tahapan induk {parent} tidak ada di berkas maupun di basis data."
                elif parent in seen and seen[parent] > valid.row:
                    reason = f"Tahapan induk {parent} harus ditulis sebelum sub-tahapannya."
                elif parent in seen and seen[parent] in rejected:
                    reason = f"Tahapan induk {parent} (baris {seen[parent]}) ditolak, jadi baris ini juga ditolak."
                if reason:
                    errors.append(RowError(valid.row, "induk", reason))
                    rejected.add(valid.row)
                    changed = True
        return errors

    def apply(
        self, uow: UnitOfWork, context: Context, records: list[jadwal.ScheduleRow]
    ) -> Outcome:
        total = jadwal.ApplyResult()
        for pemilihan_id in context.pemilihan_ids:
            total += jadwal.apply_schedule(uow, pemilihan_id, records)
        return Outcome(
            total.created,
            total.updated,
            total.unchanged,
            Changes.of(
                TAHAPAN,
                summary=(
                    f"Jadwal tahapan diimpor ke {len(context.pemilihan_ids)} pemilihan: "
                    f"{total.created} baru, {total.updated} diperbarui, {total.unchanged} sudah sama."
                ),
            ),
        )
