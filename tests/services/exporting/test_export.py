"""Exports (SPEC 8): any register or filtered table to .xlsx (bold frozen header, widths,
real dates) or CSV (UTF-8 with BOM), formula-like text neutralised, audited; and round
trips: an export imports back as the same records."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models import AuditLog, Insiden, Pemilihan, Referensi, Tahapan
from app.services import registers
from app.services.admin import opening as desk
from app.services.core import audit
from app.services.core.errors import Cancelled, DomainError
from app.services.core.progress import Progress
from app.services.desk import jadwal
from app.services.exporting import writer
from app.services.exporting.table import DATE, DATETIME, ExportColumn, ExportTable
from tests.services.importing.helpers import import_file, preview
from tests.services.insiden.helpers import OPERATOR_ACTOR, contest, record, stage, step, walk

SYSTEM = "tester"


def _export(db, jenis, path, options=None, actor=OPERATOR_ACTOR):
    with db.uow(actor) as uow:
        return registers.export(uow, jenis, path, options)


# --- the file people open -----------------------------------------------------------------


def test_xlsx_has_a_bold_frozen_header_real_dates_and_no_live_formulas(tmp_path, db):
    rows = [["=1+1", datetime(2024, 11, 26, 21, 30), date(2024, 11, 27), 12, "-5 orang\x07"],
            ["@akun", None, None, 1.5, "+62812"]]  # fmt: skip
    table = ExportTable(
        "Uji", [ExportColumn("Teks"), ExportColumn("Waktu", DATETIME), ExportColumn("Tanggal", DATE),
                ExportColumn("Angka", "number"), ExportColumn("Catatan panjang sekali", width=50)],
        iter(rows), sheet="Uji",
    )  # fmt: skip
    with db.uow(OPERATOR_ACTOR) as uow:
        done = writer.write_table(uow, "uji", table, tmp_path / "t.xlsx")
    assert done.rows == 2
    sheet = load_workbook(tmp_path / "t.xlsx")["Uji"]
    assert [c.value for c in sheet[1]] == [
        "Teks",
        "Waktu",
        "Tanggal",
        "Angka",
        "Catatan panjang sekali",
    ]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["E"].width == 50
    assert 8 <= sheet.column_dimensions["A"].width <= 60
    text, when, day, number, note = sheet[2]
    assert text.value == "'=1+1" and text.data_type == "s"
    assert when.is_date and when.value == datetime(2024, 11, 26, 21, 30)
    assert when.number_format == "DD/MM/YYYY HH:MM" and day.number_format == "DD/MM/YYYY"
    assert number.value == 12 and note.value == "'-5 orang"  # control character dropped
    assert [c.value for c in sheet[3]][:1] == ["'@akun"] and sheet["E3"].value == "'+62812"
    with db.uow() as uow:
        entry = uow.session.scalars(select(AuditLog).where(AuditLog.action == audit.EXPORT)).one()
        assert (entry.entity, entry.note, entry.username) == ("uji", "t.xlsx", "operator1")


def test_csv_is_utf8_with_bom_and_neutralised(tmp_path, db):
    table = ExportTable("Uji", [ExportColumn("Nama"), ExportColumn("Waktu", DATETIME)],
                        [["=cmd|' /C calc'!A0", datetime(2024, 11, 26, 21, 30)], ["Café ‘x’", None]])  # fmt: skip
    with db.uow(OPERATOR_ACTOR) as uow:
        writer.write_table(uow, "uji", table, tmp_path / "t.csv")
    raw = (tmp_path / "t.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == [
        "Nama,Waktu", "'=cmd|' /C calc'!A0,26/11/2024 21.30", "Café ‘x’,"
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["x.pdf", "x", "x.xls"])
def test_only_xlsx_and_csv(tmp_path, db, name):
    with pytest.raises(DomainError, match="Gunakan .xlsx atau .csv"):
        _export(db, "insiden", tmp_path / name)
    assert not (tmp_path / name).exists()


def test_unknown_register_is_refused():
    with pytest.raises(DomainError, match="tidak dikenal"):
        registers.export_spec("pemilih")
    assert {"tahapan", "insiden"} <= set(registers.ALL_JENIS)


def test_a_cancelled_export_leaves_no_file(tmp_path, db):
    reporter = Progress(lambda done, total, label: reporter.cancel())
    table = ExportTable("Uji", [ExportColumn("N")], ([n] for n in range(5000)))
    with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(Cancelled):
        writer.write_table(uow, "uji", table, tmp_path / "t.xlsx", reporter)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx" or "ekspor" in p.name] == []
    with db.uow() as uow:
        assert (
            uow.session.scalars(select(AuditLog).where(AuditLog.action == audit.EXPORT)).all() == []
        )


# --- round trips --------------------------------------------------------------------------


def _schedule(db, contest_id):
    with db.uow() as uow:
        stages = uow.session.scalars(
            select(Tahapan).where(Tahapan.pemilihan_id == contest_id)
        ).all()
        codes = {t.id: t.code for t in stages}
        return sorted((t.code, codes.get(t.parent_id, ""), t.name, t.planned_start, t.planned_end,
                       t.schedule_note) for t in stages)  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_schedule_exported_then_imported_is_the_same_schedule(db, tmp_path, suffix):
    with db.uow() as uow:
        source, target = (
            c.id for c in uow.session.scalars(select(Pemilihan).order_by(Pemilihan.id).limit(2))
        )
        jadwal.apply_schedule(
            uow,
            source,
            [
                jadwal.ScheduleRow(
                    "T90", "", "Evaluasi desk", date(2024, 12, 2), date(2024, 12, 20), "=di kantor"
                ),
                jadwal.ScheduleRow("T90.1", "T90", "Rapat evaluasi", date(2024, 12, 3), None, ""),
            ],
        )
        uow.commit()  # fmt: skip
    path = tmp_path / f"jadwal{suffix}"
    done = _export(db, "tahapan", path, {"pemilihan": source})
    assert done.rows == len(_schedule(db, source))
    checked = preview(db, OPERATOR_ACTOR, "tahapan", path, {"pemilihan": target})
    assert checked.errors == []
    assert set(checked.ignored_columns) == {
        "Mulai aktual",
        "Selesai aktual",
        "Progres (%)",
        "Penanggung jawab",
        "Status",
    }
    import_file(db, OPERATOR_ACTOR, "tahapan", path, {"pemilihan": target})
    assert _schedule(db, target) == _schedule(db, source)
    again = import_file(db, OPERATOR_ACTOR, "tahapan", path, {"pemilihan": source})
    assert (again.created, again.updated) == (0, 0)  # fmt: skip


FIELDS = ("number", "occurred_at", "reported_at", "wilayah_code", "tps", "place_detail", "latitude",
          "longitude", "severity", "reporter", "reporter_phone", "chronology", "parties", "losses",
          "actions_taken", "follow_up_deadline", "outcome", "status")  # fmt: skip


def _plain(value):
    """A spreadsheet keeps whole seconds (the form stores the report time to the microsecond)."""
    return value.replace(microsecond=0) if isinstance(value, datetime) else value


def _register(database):
    """Every incident as plain values, references by their code (ids differ between desks)."""
    with database.uow() as uow:
        codes = dict(uow.session.execute(select(Referensi.id, Referensi.code)).all())
        contests = dict(uow.session.execute(select(Pemilihan.id, Pemilihan.name)).all())
        stages = dict(uow.session.execute(select(Tahapan.id, Tahapan.code)).all())
        return sorted(
            tuple(_plain(getattr(i, f)) for f in FIELDS) + (codes[i.kategori_id], codes.get(i.sumber_id),
             codes.get(i.escalated_to_id), contests.get(i.pemilihan_id), stages.get(i.tahapan_id))
            for i in uow.session.scalars(select(Insiden))
        )  # fmt: skip


def _varied_register(db):
    with db.uow() as uow:
        governor = contest(uow).id
        t14 = stage(uow, governor).id
    a = record(
        db,
        tps="7",
        latitude=-6.1203,
        longitude=106.1503,
        pemilihan_id=governor,
        tahapan_id=t14,
        reporter_phone="+6281234567890",
        parties="Tim sukses =A",
        losses="-",
        chronology="Warga +62 812-3456-7890 melapor.\nBaris kedua.",
    )
    b = record(
        db,
        desa="36.73",
        kategori="HOAKS",
        severity=4,
        occurred_at=datetime(2024, 11, 20, 1, 5, 30, tzinfo=UTC),
    )
    c = record(db, desa="36.02", kategori="POLITIK_UANG", sumber_id=None, actions_taken="Dipantau")
    walk(db, b.id, "Terverifikasi")
    step(db, c.id, "Terverifikasi")
    step(db, c.id, "Ditindaklanjuti")
    step(db, c.id, "Selesai", outcome="Pelaku diamankan")
    return a, b, c  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_incidents_exported_then_imported_into_another_desk_are_the_same(
    db, tmp_path, seeded_db_file, suffix
):
    _varied_register(db)
    path = tmp_path / f"insiden{suffix}"
    done = _export(db, "insiden", path, {"data_pribadi": True})
    assert done.rows == 3
    other_file = tmp_path / "lain.sqlite"
    shutil.copyfile(seeded_db_file, other_file)
    other = desk.prepare(f"sqlite:///{other_file}", tmp_path / "backup")
    try:
        outcome = import_file(other, SYSTEM, "insiden", path)
        assert outcome.created == 3
        assert _register(other) == _register(db)
        again = import_file(other, SYSTEM, "insiden", path)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    finally:
        other.dispose()  # fmt: skip


def test_a_masked_export_imports_back_without_changing_anything(db, tmp_path):
    _varied_register(db)
    before = _register(db)
    path = tmp_path / "insiden.xlsx"
    _export(db, "insiden", path)  # phones masked by default
    sheet = load_workbook(path)["Insiden"]
    header = [c.value for c in sheet[1]]
    phones = [
        row[header.index("Telepon pelapor")] for row in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert "'+6281******890" in phones
    outcome = import_file(db, OPERATOR_ACTOR, "insiden", path)
    assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 0, 3)
    assert _register(db) == before


def test_the_register_export_holds_every_status_and_the_import_headers(db, tmp_path):
    _varied_register(db)
    path = tmp_path / "insiden.xlsx"
    _export(db, "insiden", path)
    sheet = load_workbook(path)["Insiden"]
    from tests.services.importing.helpers import INSIDEN_HEADERS

    assert [c.value for c in sheet[1]] == [h for h in INSIDEN_HEADERS if h != "Jam kejadian"]
    statuses = sorted(row[-1] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert statuses == ["Baru", "Selesai", "Terverifikasi"]
    assert sheet["B2"].is_date and sheet["B2"].value == datetime(2024, 11, 20, 8, 5, 30)  # WIB
    assert sheet.freeze_panes == "A2" and all(c.font.bold for c in sheet[1])
