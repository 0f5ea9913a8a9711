"""Importing incidents (SPEC 4 and 8): the spreadsheets offices really send (title rows,
synonyms, names instead of codes), every refusal with its row, column and reason, and
re-imports that change nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.models import AuditLog, Insiden, NomorUrut, RiwayatInsiden
from app.services import registers
from app.services.core import audit
from app.services.core.errors import Cancelled, DomainError
from app.services.core.progress import Progress
from app.services.importing import engine
from tests.services.importing.helpers import (
    INSIDEN_HEADERS,
    import_file,
    preview,
    write_csv,
    write_xlsx,
)
from tests.services.insiden.helpers import OPERATOR_ACTOR, VERIFIKATOR_ACTOR, record, walk

SYSTEM = "tester"  # the CLI acts for the system: may bring statuses along

MESSY_HEADER = ["No", "  TANGGAL kejadian ", "Kab/Kota", "Kec.", "Desa", "No TPS", "Jenis Insiden",
                "tingkat", "Uraian Kejadian", "No HP", "Sumber laporan"]  # fmt: skip
MESSY_ROWS = [
    [1, "26/11/2024 21.30", "Kab. Lebak", "Rangkasbitung", "Muara Ciujung Timur", "TPS 05",
     "politik uang", "3 Tinggi", "Amplop dibagikan di gang", "0812-3456-7890", "masyarakat"],
    [2, "Selasa, 26 November 2024 pukul 22.00 WIB", "Kota Serang", "", "", "", "PERUSAKAN_APK",
     "sedang", "Baliho dirusak\nmalam hari", "", "Media sosial"],
    [3, "27-11-2024 07:15", "Pandeglang", "Sumur", "Sumberjaya", "3", "Logistik", "4",
     "Kotak suara basah", "", ""],
]  # fmt: skip


def _count(db, model=Insiden) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count(model.id)))


def _incidents(db) -> list[Insiden]:
    with db.uow() as uow:
        rows = uow.session.scalars(select(Insiden).order_by(Insiden.number)).all()
        uow.session.expunge_all()
    return rows


def test_a_messy_office_sheet_imports(db, tmp_path):
    path = write_xlsx(tmp_path / "laporan.xlsx", MESSY_HEADER, MESSY_ROWS,
                      above=[["REKAP INSIDEN DESK PILKADA KAB. LEBAK"], ["per 27 November 2024"], []])  # fmt: skip
    checked = preview(db, OPERATOR_ACTOR, "insiden", path)
    assert checked.errors == []
    assert [v.row for v in checked.valid] == [5, 6, 7]  # Excel's row numbers, under the titles
    assert checked.ignored_columns == ["No"]  # a row counter is not an incident number

    with db.uow(OPERATOR_ACTOR) as uow:
        outcome = engine.commit(uow, registers.import_spec("insiden"), checked)
    assert (outcome.created, outcome.updated, outcome.unchanged) == (3, 0, 0)
    first, second, third = _incidents(db)
    assert first.number == "INS-2024-000001" and third.number == "INS-2024-000003"
    assert first.occurred_at == datetime(2024, 11, 26, 14, 30, tzinfo=UTC)  # 21.30 WIB
    assert first.wilayah_code == "36.02.14.1012" and first.tps == "005"
    assert first.severity == 3 and first.status == "Baru"
    assert first.reporter_phone == "+6281234567890"
    assert second.wilayah_code == "36.73" and second.chronology == "Baliho dirusak\nmalam hari"
    assert third.wilayah_code == "36.01.01.2001" and third.severity == 4
    with db.uow() as uow:
        history = uow.session.execute(
            select(RiwayatInsiden.to_status, RiwayatInsiden.username, RiwayatInsiden.note)
        ).all()
    assert [(h.to_status, h.username) for h in history] == [("Baru", "operator1")] * 3
    assert all("laporan.xlsx" in h.note for h in history)


def test_reimporting_the_same_file_changes_nothing(db, tmp_path):
    path = write_csv(tmp_path / "laporan.csv", MESSY_HEADER, MESSY_ROWS, delimiter=";")
    import_file(db, OPERATOR_ACTOR, "insiden", path)
    with db.uow() as uow:
        audit_rows = uow.session.scalar(select(func.count(AuditLog.id)))
    again = import_file(db, OPERATOR_ACTOR, "insiden", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert _count(db) == 3
    with db.uow() as uow:
        counter = uow.session.get(NomorUrut, "INS-2024").last
        imports = uow.session.scalars(
            select(AuditLog.entity).where(AuditLog.action == audit.IMPORT)
        ).all()
        # only the second import's own entry was added
        assert uow.session.scalar(select(func.count(AuditLog.id))) == audit_rows + 1
    assert counter == 3
    assert imports == ["insiden", "insiden"]


def test_every_import_and_created_record_is_audited(db, tmp_path):
    path = write_xlsx(tmp_path / "laporan.xlsx", MESSY_HEADER, MESSY_ROWS)
    import_file(db, OPERATOR_ACTOR, "insiden", path)
    with db.uow() as uow:
        creates = uow.session.execute(
            select(AuditLog.entity_uid, AuditLog.username, AuditLog.changes).where(
                AuditLog.action == audit.CREATE, AuditLog.entity == "insiden"
            )
        ).all()
        numbers = {i.uid: i.number for i in uow.session.scalars(select(Insiden))}
    assert {c.entity_uid for c in creates} == set(numbers)
    assert all(c.username == "operator1" for c in creates)
    assert "INS-2024-00000" in creates[0].changes


def test_names_are_matched_and_unknown_ones_get_suggestions(db, tmp_path):
    rows = [
        ["26/11/2024 10.00", "Kab. Lebakk", "Politik uang", "2", "a"],
        ["26/11/2024 10.00", "Lebak", "Politk uwang", "2", "b"],
        ["26/11/2024 10.00", "Lebak", "Netralitas", "2", "c"],
        ["26/11/2024 10.00", "Lebak", "Politik uang", "Parah", "d"],
        ["26/11/2024 10.00", "Lebak", "Politik uang", "3 Rendah", "e"],
        ["26/11/2024 10.00", "Lebak", "HOAKS", "1 rendah", "f"],
    ]
    path = write_xlsx(
        tmp_path / "x.xlsx",
        ["Waktu kejadian", "Kab/Kota", "Kategori", "Keparahan", "Kronologi"],
        rows,
    )
    checked = preview(db, OPERATOR_ACTOR, "insiden", path)
    reasons = {e.row: (e.column, e.reason) for e in checked.errors}
    assert (
        reasons[2][0] == "Kab/Kota"
        and "Mungkin maksud Anda" in reasons[2][1]
        and "Lebak" in reasons[2][1]
    )
    assert reasons[3][0] == "Kategori" and "Politik uang" in reasons[3][1]
    assert reasons[4][0] == "Kategori" and "beberapa" in reasons[4][1]  # two 'Netralitas ...'
    assert reasons[5][0] == "Keparahan" and "1 Rendah" in reasons[5][1]
    assert reasons[6][0] == "Keparahan"  # number and word disagree
    assert [v.row for v in checked.valid] == [7]  # fmt: skip


def test_region_code_must_agree_with_the_names_beside_it(db, tmp_path):
    header = ["Waktu kejadian", "Kode wilayah", "Kab/Kota", "Kategori", "Keparahan", "Kronologi"]
    rows = [["26/11/2024 10.00", "36.01.01.2001", "Kab. Lebak", "Hoaks", "2", "a"],
            ["26/11/2024 10.00", "3601012001", "Pandeglang", "Hoaks", "2", "b"],
            ["26/11/2024 10.00", "36", "", "Hoaks", "2", "c"]]  # fmt: skip
    checked = preview(db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "x.xlsx", header, rows))
    reasons = {e.row: e.reason for e in checked.errors}
    assert "tidak berada di" in reasons[2]
    assert "minimal kab/kota" in reasons[4]
    assert [v.record.fields["wilayah_code"] for v in checked.valid] == ["36.01.01.2001"]


@pytest.mark.parametrize(
    ("cell", "column", "message"),
    [
        ({"Waktu kejadian": "kemarin sore"}, "Waktu kejadian", "bukan tanggal"),
        ({"Waktu kejadian": "26/11/2099 10.00"}, "Waktu kejadian", "masa depan"),
        ({"Waktu laporan": "25/11/2024 10.00"}, "Waktu laporan", "sebelum waktu kejadian"),
        ({"TPS": "TPS A"}, "TPS", "Nomor TPS"),
        ({"Lintang": "-6,12"}, "Lintang", "sekaligus"),
        ({"Lintang": "60", "Bujur": "106"}, "Lintang", "di luar wilayah Indonesia"),
        ({"Telepon pelapor": "0812-ABC"}, "Telepon pelapor", "hanya boleh berisi angka"),
        ({"Tahapan": "T14"}, "Tahapan", "Isi kolom Pemilihan"),
        ({"Pemilihan": "Pilkada Mars"}, "Pemilihan", "tidak dikenal"),
        ({"Pemilihan": "Banten", "Tahapan": "T999"}, "Tahapan", "tidak ada pada pemilihan"),
        ({"Nomor": "INS/2024/1"}, "Nomor", "INS-2024-000123"),
        ({"Status": "Terverifikasi"}, "Status", "Kosongkan kolom Status"),
        ({"Kronologi": ""}, "Kronologi", "Wajib diisi"),
    ],
)
def test_bad_cells_are_refused_with_row_column_and_reason(db, tmp_path, cell, column, message):
    values = {"Waktu kejadian": "26/11/2024 10.00", "Kode wilayah": "36.01.01.2001",
              "Kategori": "Hoaks", "Keparahan": "2", "Kronologi": "Kabar bohong beredar", **cell}  # fmt: skip
    header = list(values)
    path = write_xlsx(tmp_path / "x.xlsx", header, [[values[h] for h in header]])
    checked = preview(db, OPERATOR_ACTOR, "insiden", path)
    assert checked.valid == []
    assert [(e.row, e.column) for e in checked.errors] == [(2, column)]
    assert message in checked.errors[0].reason


def test_contest_and_stage_by_region_and_code(db, tmp_path):
    header = [
        "Waktu kejadian",
        "Kode wilayah",
        "Kategori",
        "Keparahan",
        "Kronologi",
        "Pemilihan",
        "Tahapan",
        "Diteruskan ke",
        "Batas tindak lanjut",
    ]
    rows = [["26/11/2024 10.00", "36.01.01.2001", "Hoaks", "2", "a", "Banten", "t14", "Polda/Polres", "28/11/2024 12.00"],
            ["26/11/2024 10.00", "36.72", "Hoaks", "2", "b", "Kota Cilegon", "", "POLRI", ""]]  # fmt: skip
    import_file(db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "x.xlsx", header, rows))
    first, second = _incidents(db)
    with db.uow() as uow:
        from app.models import Pemilihan, Tahapan

        governor = uow.session.get(Pemilihan, first.pemilihan_id).kind
        stage = uow.session.get(Tahapan, first.tahapan_id).code
        mayor = uow.session.get(Pemilihan, second.pemilihan_id).name
    assert (governor, stage) == ("gubernur", "T14")
    assert "Cilegon" in mayor
    assert first.follow_up_deadline == datetime(2024, 11, 28, 5, tzinfo=UTC)
    assert first.escalated_to_id == second.escalated_to_id is not None


def test_missing_columns_are_named_with_their_other_names(db, tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx", ["Waktu kejadian", "Kode wilayah", "Kronologi"], [["a", "b", "c"]]
    )
    with pytest.raises(DomainError) as caught:
        preview(db, OPERATOR_ACTOR, "insiden", path)
    message = str(caught.value)
    assert "'Kategori' (atau 'kategori insiden', 'jenis insiden'" in message
    assert "'Keparahan' (atau 'tingkat keparahan'" in message
    assert "baris 1" in message
    no_region = write_xlsx(
        tmp_path / "y.xlsx",
        ["Waktu kejadian", "Kategori", "Keparahan", "Kronologi"],
        [["a", "b", "c", "d"]],
    )
    with pytest.raises(DomainError, match="'Kode wilayah' atau 'Kab/Kota' atau 'Kecamatan'"):
        preview(db, OPERATOR_ACTOR, "insiden", no_region)  # fmt: skip


def test_rows_repeated_in_one_file_are_refused(db, tmp_path):
    header = ["Nomor", "Waktu kejadian", "Kode wilayah", "Kategori", "Keparahan", "Kronologi"]
    rows = [["", "26/11/2024 10.00", "36.73", "Hoaks", "2", "Kabar  bohong"],
            ["", "26/11/2024 10.00", "36.73", "Hoaks", "3", "kabar bohong"],
            ["INS-2024-000500", "26/11/2024 11.00", "36.73", "Hoaks", "2", "x"],
            ["INS-2024-000500", "26/11/2024 12.00", "36.73", "Hoaks", "2", "y"]]  # fmt: skip
    checked = preview(db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "x.xlsx", header, rows))
    assert [(e.row, e.column) for e in checked.errors] == [(3, "Kronologi"), (5, "Nomor")]
    assert "baris 2" in checked.errors[0].reason and "baris 4" in checked.errors[1].reason


def test_numbers_from_the_file_are_kept_and_never_issued_again(db, tmp_path):
    header = ["Nomor", "Waktu kejadian", "Kode wilayah", "Kategori", "Keparahan", "Kronologi"]
    rows = [["INS-2024-000040", "26/11/2024 10.00", "36.73", "Hoaks", "2", "dari desk kota"],
            ["", "26/11/2024 11.00", "36.73", "Hoaks", "2", "laporan baru"]]  # fmt: skip
    import_file(db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "x.xlsx", header, rows))
    assert [i.number for i in _incidents(db)] == ["INS-2024-000040", "INS-2024-000041"]
    later = record(db)  # the form's next number comes after both
    assert later.number == "INS-2024-000042"


def test_a_number_of_another_incident_is_refused(db, tmp_path):
    mine = record(db)  # INS-2024-000001, 26/11 10.00 WIB at Sumberjaya
    header = ["Nomor", "Waktu kejadian", "Kode wilayah", "Kategori", "Keparahan", "Kronologi"]
    rows = [[mine.number, "20/11/2024 08.00", "36.73", "Hoaks", "2", "desk lain"]]
    checked = preview(db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "x.xlsx", header, rows))
    assert checked.errors[0].column == "Nomor"
    assert (
        "insiden lain" in checked.errors[0].reason
        and "Kosongkan kolom Nomor" in checked.errors[0].reason
    )


def test_a_matched_incident_is_corrected_only_in_the_columns_given(db, tmp_path):
    saved = record(db, reporter="Pak RT")
    header = ["Nomor", "Waktu kejadian", "Kategori", "Keparahan", "Kronologi", "Kode wilayah"]
    rows = [
        [
            saved.number,
            "26/11/2024 10.00",
            "Gangguan kamtibmas",
            "4 Kritis",
            "Massa berkumpul di depan balai desa.",
            "36.01.01.2001",
        ]
    ]
    outcome = import_file(
        db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "x.xlsx", header, rows)
    )
    assert (outcome.created, outcome.updated) == (0, 1)
    (incident,) = _incidents(db)
    assert incident.severity == 4
    assert incident.reporter == "Pak RT"  # no Pelapor column: left alone
    assert incident.version == 2
    walk(db, incident.id, "Terverifikasi", "Selesai")
    rows[0][3] = "1"
    outcome = import_file(
        db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "y.xlsx", header, rows)
    )
    assert outcome.updated == 0 and "Selesai/Tidak valid tidak diubah" in outcome.summary()
    assert _incidents(db)[0].severity == 4  # fmt: skip


def test_status_from_the_file_only_for_who_may_verify(db, tmp_path):
    header = [
        "Waktu kejadian",
        "Kode wilayah",
        "Kategori",
        "Keparahan",
        "Kronologi",
        "Status",
        "Diteruskan ke",
        "Batas tindak lanjut",
    ]
    rows = [["26/11/2024 10.00", "36.73", "Hoaks", "2", "a", "Terverifikasi", "", ""],
            ["26/11/2024 10.00", "36.73", "Hoaks", "2", "b", "Ditindaklanjuti", "", ""],
            ["26/11/2024 10.00", "36.73", "Hoaks", "2", "c", "Ditindaklanjuti", "Bawaslu", "30/11/2024"]]  # fmt: skip
    path = write_xlsx(tmp_path / "x.xlsx", header, rows)
    as_operator = preview(db, OPERATOR_ACTOR, "insiden", path)
    assert {e.row for e in as_operator.errors} == {2, 3, 4}
    as_system = preview(db, SYSTEM, "insiden", path)
    assert [(e.row, e.column) for e in as_system.errors] == [(3, "Status")]
    with db.uow(SYSTEM) as uow:
        engine.commit(uow, registers.import_spec("insiden"), as_system)
    assert sorted(i.status for i in _incidents(db)) == ["Ditindaklanjuti", "Terverifikasi"]
    with db.uow() as uow:
        notes = uow.session.scalars(select(RiwayatInsiden.note)).all()
    assert all("dengan status" in n for n in notes)
    assert VERIFIKATOR_ACTOR.can("insiden.verifikasi")


def test_a_cancel_while_saving_writes_nothing(db, tmp_path):
    rows = [[f"26/11/2024 {h:02d}.{m:02d}", "36.73", "Hoaks", "2", f"laporan {h}-{m}"]
            for h in range(10, 22) for m in range(0, 60, 2)]  # fmt: skip
    path = write_xlsx(
        tmp_path / "x.xlsx",
        ["Waktu kejadian", "Kode wilayah", "Kategori", "Keparahan", "Kronologi"],
        rows,
    )
    checked = preview(db, OPERATOR_ACTOR, "insiden", path)
    assert len(checked.valid) == 360
    seen = []

    def on_report(done, total, label):
        seen.append((done, total))
        if done >= 100 and "Menyimpan" in label:
            reporter.cancel()

    reporter = Progress(on_report)
    import app.services.insiden.import_write as writer

    original, writer.CHUNK = writer.CHUNK, 100
    try:
        with db.uow(OPERATOR_ACTOR) as uow, pytest.raises(Cancelled):
            engine.commit(uow, registers.import_spec("insiden"), checked, reporter=reporter)
    finally:
        writer.CHUNK = original
    assert any(done >= 100 for done, _ in seen)  # it was half-way when cancelled
    assert _count(db) == 0 and _count(db, RiwayatInsiden) == 0
    with db.uow() as uow:
        assert uow.session.get(NomorUrut, "INS-2024") is None  # no number was used up  # fmt: skip


def test_the_template_lists_the_desks_own_values(db, tmp_path):
    from openpyxl import load_workbook

    from app.services import registers

    with db.uow() as uow:
        registers.write_template(uow, "insiden", tmp_path / "t.xlsx")
    book = load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["Data", "Petunjuk", "Daftar"]
    assert [c.value for c in book["Data"][1]] == INSIDEN_HEADERS
    lists = {col[0].value: [c.value for c in col[1:] if c.value] for col in book["Daftar"].columns}
    assert "Politik uang" in lists["Kategori"] and "Polda/Polres" in lists["Diteruskan ke"]
    assert lists["Keparahan"] == ["1 Rendah", "2 Sedang", "3 Tinggi", "4 Kritis"]
    assert len(lists["Pemilihan"]) == 9


def test_the_number_of_an_archived_incident_is_not_given_again(db, tmp_path):
    saved = record(db)
    with db.uow(SYSTEM) as uow:
        uow.session.get(Insiden, saved.id).archived = True
        uow.commit()
    header = ["Nomor", "Waktu kejadian", "Kode wilayah", "Kategori", "Keparahan", "Kronologi"]
    rows = [[saved.number, "26/11/2024 10.00", "36.01.01.2001", "Gangguan kamtibmas", "2", "lagi"]]
    checked = preview(db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "x.xlsx", header, rows))
    assert [(e.row, e.column) for e in checked.errors] == [(2, "Nomor")]
    assert "diarsipkan" in checked.errors[0].reason
