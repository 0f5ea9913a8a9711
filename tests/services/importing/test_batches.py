"""Issue 20: a large import is read, checked and written in batches — each distinct cell
read once, rows sent to the driver many at a time — and still stores, audits and
announces exactly what a record saved one by one would, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from app.models import AuditLog, Insiden, RiwayatInsiden
from app.services.core import audit, feed
from app.services.importing import numbers, xlsx_stream
from app.services.importing.bulk import BulkInsert
from tests.services.importing.helpers import import_file, preview, raw_xlsx, text_row, write_xlsx
from tests.services.insiden.helpers import DESA, KATEGORI, OPERATOR_ACTOR
from tests.services.insiden.test_import import MESSY_HEADER, MESSY_ROWS

WIB = timezone(timedelta(hours=7))


def _stored_at(db, entry_id: int) -> object:
    with db.engine.connect() as connection:
        return connection.execute(
            text("SELECT at FROM audit_log WHERE id = :id"), {"id": entry_id}
        ).scalar_one()


def test_a_bulk_insert_stores_values_as_the_orm_does(db):
    """The column type's own conversion: an aware WIB time is stored as the same UTC
    instant, in the same form, as the ORM stores it."""
    when = datetime(2024, 11, 27, 14, 30, 15, 250_000, tzinfo=WIB)
    with db.uow("tester") as uow:
        uow.session.add(AuditLog(at=when, username="orm", action="x", entity="e",
                                 entity_uid="u1", record_version=0, changes="{}", note=""))  # fmt: skip
        shared = {"username": "bulk", "action": "x", "entity": "e", "record_version": 0,
                  "note": "", "changes": "{}"}  # fmt: skip
        BulkInsert(uow.session, AuditLog.__table__, ("at", "entity_uid"), shared).execute(
            [(when, "u2"), (when, "u3")]
        )
        BulkInsert(
            uow.session, AuditLog.__table__, ("entity_uid",), {**shared, "at": when}
        ).execute([("u4",)])
        uow.commit()
    with db.uow() as uow:
        rows = uow.session.execute(
            select(AuditLog.id, AuditLog.username, AuditLog.at).where(AuditLog.action == "x")
        ).all()
    assert [r.username for r in rows] == ["orm", "bulk", "bulk", "bulk"]
    assert {r.at for r in rows} == {when.astimezone(UTC)}
    assert len({str(_stored_at(db, r.id)) for r in rows}) == 1  # the very same stored form


def test_the_bulk_audit_rows_are_the_entries_capture_writes():
    rows = [
        {"uid": "a", "id": 9, "created_at": datetime(2024, 1, 1, tzinfo=UTC), "version": 1,
         "name": "Désa “Satu”", "when": datetime(2024, 11, 27, 7, tzinfo=UTC),
         "local": datetime(2024, 11, 27, 14, tzinfo=WIB), "day": date(2024, 11, 27),
         "none": None, "flag": False, "share": 0.25, "count": 3},
        {"uid": "b", "id": 10, "created_at": datetime(2024, 1, 1, tzinfo=UTC), "version": 1,
         "name": "Dua", "when": datetime(2024, 11, 27, 7, tzinfo=UTC),
         "local": datetime(2024, 11, 27, 7, tzinfo=UTC), "day": None, "none": None,
         "flag": True, "share": 1.0, "count": 0},
    ]  # fmt: skip
    now = datetime(2024, 11, 28, tzinfo=UTC)
    entries = audit.created_entries("op", now, "desa", rows)
    shared = audit.created_shared("op", now, "desa")
    uids = [r["uid"] for r in rows]
    values = [{k: v for k, v in r.items() if k not in audit._SKIP} for r in rows]
    for records in (rows, values):  # the bookkeeping columns are left out either way
        bulk = audit.created_rows(uids, records)
        assert [{**shared, **dict(zip(audit.CREATED_COLUMNS, row, strict=True))}
                for row in bulk] == entries  # fmt: skip
    first, second = (json.loads(changes) for _uid, changes in audit.created_rows(uids, values))
    assert first == {"name": "Désa “Satu”", "when": "2024-11-27T07:00:00+00:00",
                     "local": "2024-11-27T14:00:00+07:00", "day": "2024-11-27", "none": None,
                     "flag": False, "share": 0.25, "count": 3}  # fmt: skip
    assert second["local"] == "2024-11-27T07:00:00+00:00"  # the same instant, as it was given


def test_each_imported_incident_has_the_entry_one_saved_by_hand_would_have(db, tmp_path):
    """Audit entries of bulk-created incidents and their history name every column a
    record created one by one names (``audit.capture``), with the stored values."""
    import_file(
        db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "a.xlsx", MESSY_HEADER, MESSY_ROWS)
    )
    with db.uow() as uow:
        for model in (Insiden, RiwayatInsiden):
            records = {r.uid: r for r in uow.session.scalars(select(model))}
            entries = (
                uow.session.execute(
                    select(AuditLog).where(
                        AuditLog.entity == model.__tablename__, AuditLog.action == audit.CREATE
                    )  # fmt: skip
                )
                .scalars()
                .all()
            )
            assert {e.entity_uid for e in entries} == set(records) and len(entries) == 3
            for entry in entries:
                record = records[entry.entity_uid]
                expected = {k: audit._plain(getattr(record, k)) for k in audit._columns(record)
                            if k not in audit._SKIP}  # fmt: skip
                assert json.loads(entry.changes) == expected
                assert (entry.username, entry.record_version) == ("operator1", 1)


def test_an_import_tells_the_other_pcs_which_area_changed(db, tmp_path, monkeypatch):
    published = []
    encode = feed.encode
    monkeypatch.setattr(feed, "encode", lambda touched, sender: published.append(dict(touched))
                        or encode(touched, sender))  # fmt: skip
    import_file(
        db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "a.xlsx", MESSY_HEADER, MESSY_ROWS)
    )
    assert any("insiden" in touched and "riwayat_insiden" in touched for touched in published)


def test_a_repeated_bad_cell_is_reported_on_every_row(db, tmp_path):
    """Read once, reported each time: the same unknown category on many rows."""
    header = ["Waktu kejadian", "Kode wilayah", "Kategori", "Keparahan", "Kronologi"]
    rows = [["26/11/2024 10.00", DESA, "Tidak ada", "2", f"Kejadian {n}"] for n in range(30)]
    rows += [["26/11/2024 10.00", DESA, KATEGORI, "sangat", f"Kejadian {n}"] for n in range(30, 40)]
    checked = preview(db, OPERATOR_ACTOR, "insiden", write_xlsx(tmp_path / "k.xlsx", header, rows))
    assert [e.row for e in checked.errors] == list(range(2, 42))
    assert {e.column for e in checked.errors[:30]} == {"Kategori"}
    assert {e.column for e in checked.errors[30:]} == {"Keparahan"}
    assert checked.error_rows == 40 and not checked.valid


def test_a_repeated_number_still_teaches_the_sheet_its_convention(db, tmp_path):
    """A cell read once still counts where it first appeared, so a sheet that mixes the
    two conventions is refused naming that cell."""
    from tests.services.importing.test_limits import _dpt
    from tests.services.partisipasi.test_stats import contest_id

    rows = [[code, "1,000", "2", "KPU"] for code in ("36.01", "36.02", "36.03")]
    rows.append(["36.04", "8.926.662", "1", "KPU"])
    with pytest.raises(numbers.MixedNumbers) as refused:
        preview(db, "tester", "partisipasi", _dpt(tmp_path / "d.csv", rows),
                {"pemilihan": contest_id(db, "36")})  # fmt: skip
    assert "'1,000' (baris 2" in str(refused.value) and "(baris 5" in str(refused.value)


@pytest.mark.parametrize(
    ("cell", "extent"),
    [
        ('<c r="C7" t="inlineStr"><is><t>x</t></is></c>', (7, 3)),
        ('<c t="inlineStr" r="M7"><is><t>x</t></is></c>', (7, 13)),  # attributes reordered
        ('<c  r="AD9" t="inlineStr"><is><t>x</t></is></c>', (9, 30)),  # two spaces
        ('<x:c r="Q8" xmlns:x="urn:x"/>', (8, 17)),  # a namespace prefix
    ],
)
def test_the_extent_of_a_sheet_is_found_however_cells_are_written(tmp_path, cell, extent):
    def rows():
        yield text_row(1, ["kode", "nama", "mulai"])
        yield f'<row r="{extent[0]}">{cell}</row>'

    path = raw_xlsx(tmp_path / "luas.xlsx", rows())
    assert xlsx_stream.sheet_extent(str(path)) == extent


def test_only_short_cells_are_remembered():
    """What the preview keeps to read repeated cells once stays small whatever the file:
    long texts are read each time, and at most ``MEMO_CELLS`` cells a column are kept."""
    from app.services.importing import engine
    from app.services.importing.columns import Column

    columns = [(Column("a", "A"), 0), (Column("b", "B", max_length=1000), 1)]
    cells = engine._Cells(columns, numbers.SheetNumbers())
    for n in range(50):
        values, errors = cells.read(["x" * 150, f"{n:0300d}"], n + 2)
        assert values == {"a": "x" * 150, "b": f"{n:0300d}"} and not errors
    (_a, _i, kept_a), (_b, _j, kept_b) = cells.columns
    assert len(kept_a) == 1 and len(kept_b) == 0


@pytest.mark.parametrize("end", ["", "</sheetData></worksheet>"])
def test_a_cell_without_reference_at_the_very_end_is_seen(tmp_path, end):
    from app.services.importing import limits

    path = tmp_path / "akhir.xlsx"
    raw_xlsx(path, iter([text_row(1, ["kode", "nama", "mulai"])]))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = (
        sheet[: sheet.index("</sheetData>")] + '<row r="2"><c/></row>' + end
    ).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert xlsx_stream.sheet_extent(str(path))[1] == limits.ROW_CELLS
