"""Export of the incident register (SPEC 8, issue 4 item 6): the filtered rows, all
statuses, Indonesian headers, formula-like cells neutralised, .xlsx and CSV, audited."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models import AuditLog, Referensi, Wilayah
from app.models.insiden import DITINDAKLANJUTI, TERVERIFIKASI, TIDAK_VALID
from app.models.referensi import INSTANSI, KATEGORI_INSIDEN, SUMBER
from app.services.core.actor import ADMINISTRATOR, OPERATOR, PIMPINAN, VERIFIKATOR, Actor, Forbidden
from app.services.core.errors import DomainError
from app.services.insiden import records as insiden
from app.services.insiden import workflow as insiden_workflow
from app.services.insiden.export import export
from app.services.insiden.query import InsidenFilter

WIB = ZoneInfo("Asia/Jakarta")
OPERATOR1 = Actor("operator1", OPERATOR, "Operator Satu")
VERIFIKATOR1 = Actor("verif1", VERIFIKATOR, "Verifikator Satu")
HEADERS = [
    "Nomor", "Waktu kejadian (WIB)", "Kab/Kota", "Kecamatan", "Desa/Kelurahan", "TPS", "Lokasi",
    "Kategori", "Keparahan", "Status", "Terlambat", "Diteruskan ke", "Batas tindak lanjut",
    "Sumber", "Pelapor", "Telepon pelapor", "Kronologi",
]  # fmt: skip
HYPERLINK = '=HYPERLINK("http://contoh.invalid/x","klik")'


def _pin(db, day: date) -> None:
    """The desk clock at 17.00 WIB on ``day``."""
    from app.services.core import clock

    clock.pin(datetime.combine(day, time(17), ZoneInfo("Asia/Jakarta")))


def _ref(uow, kind: str, code: str) -> int:
    return uow.session.scalar(
        select(Referensi.id).where(Referensi.kind == kind, Referensi.code == code)
    )


def _record(db, code: str, kategori: str, day: int, **values) -> int:
    with db.uow(OPERATOR1) as uow:
        region = uow.session.scalar(select(Wilayah.id).where(Wilayah.code == code))
        form = insiden.InsidenForm(
            occurred_at=datetime(2024, 11, day, 14, 30, tzinfo=WIB), wilayah_id=region,
            kategori_id=_ref(uow, KATEGORI_INSIDEN, kategori), sumber_id=_ref(uow, SUMBER, "POLRI"),
            reporter="Bripka Ahmad", **values,
        )  # fmt: skip
        return insiden.create(uow, form).id


def _step(db, insiden_id: int, to: str, **inputs) -> None:
    with db.uow(VERIFIKATOR1) as uow:
        if to == DITINDAKLANJUTI:
            inputs["agency_id"] = _ref(uow, INSTANSI, "POLRI")
        version = insiden.detail(uow, insiden_id).version
        insiden_workflow.transition(uow, insiden_id, version=version, to=to, **inputs)


@pytest.fixture
def incidents(db) -> dict[str, int]:
    """Four incidents in three kab/kota with four statuses; one follow-up is overdue."""
    _pin(db, date(2024, 11, 26))
    ids = {
        "baru": _record(db, "36.01.01.2001", "UNRAS", 24, severity=3, tps="5",
                        place_detail="Depan balai desa", chronology=HYPERLINK),
        "verif": _record(db, "36.03", "POLITIK_UANG", 25, severity=2,
                         chronology="Pembagian amplop, ditemukan di dua RT."),
        "lanjut": _record(db, "36.71.01", "KONFLIK", 25, severity=4, place_detail="+62 pasar",
                          chronology="Bentrok antarpendukung."),
        "invalid": _record(db, "36.01.01.2001", "HOAKS", 26, severity=1,
                           chronology="@akun menyebar kabar palsu."),
    }  # fmt: skip
    _step(db, ids["verif"], TERVERIFIKASI)
    _step(db, ids["lanjut"], TERVERIFIKASI)
    deadline = datetime(2024, 11, 27, 9, 0, tzinfo=WIB)
    _step(db, ids["lanjut"], DITINDAKLANJUTI, deadline=deadline)
    _step(db, ids["invalid"], TIDAK_VALID, note="Kabar bohong, bukan kejadian.")
    _pin(db, date(2024, 11, 28))  # the deadline has passed
    return ids


def _export(db, flt: InsidenFilter, path: Path, actor: Actor = OPERATOR1) -> int:
    with db.uow(actor) as uow:
        return export(uow, flt, path)


def _read_xlsx(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip(db, incidents, tmp_path, suffix):
    path = tmp_path / f"insiden{suffix}"
    assert _export(db, InsidenFilter(), path) == 4
    table = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    assert table[0] == HEADERS
    rows = {r[0]: dict(zip(HEADERS, r, strict=True)) for r in table[1:]}
    assert len(rows) == 4
    by_status = {r["Status"]: r for r in rows.values()}
    assert set(by_status) == {"Baru", "Terverifikasi", "Ditindaklanjuti", "Tidak valid"}
    first = by_status["Baru"]
    assert first["Nomor"].startswith("INS-2024-")
    assert first["Waktu kejadian (WIB)"] == "24/11/2024 14.30"
    assert (first["Kab/Kota"], first["Kecamatan"]) == ("Kabupaten Pandeglang", "Sumur")
    assert first["Desa/Kelurahan"] == "Sumberjaya"
    assert (first["TPS"], first["Lokasi"], first["Keparahan"]) == ("005", "Depan balai desa",
                                                                   "3 Tinggi")  # fmt: skip
    assert (first["Kategori"], first["Sumber"], first["Pelapor"]) == (
        "Unjuk rasa", "Polri", "Bripka Ahmad",
    )  # fmt: skip
    assert first["Kronologi"] == "'" + HYPERLINK
    assert (first["Terlambat"], first["Diteruskan ke"], first["Batas tindak lanjut"]) == (
        "Tidak", "", "",
    )  # fmt: skip
    late = by_status["Ditindaklanjuti"]
    assert (late["Terlambat"], late["Diteruskan ke"]) == ("Ya", "Polda/Polres")
    assert late["Batas tindak lanjut"] == "27/11/2024 09.00"
    assert late["Kab/Kota"] == "Kota Tangerang" and late["Desa/Kelurahan"] == ""
    assert late["Lokasi"] == "'+62 pasar" and late["Keparahan"] == "4 Kritis"
    kab = by_status["Terverifikasi"]
    assert (kab["Kab/Kota"], kab["Kecamatan"], kab["Desa/Kelurahan"]) == ("Kabupaten Tangerang",
                                                                           "", "")  # fmt: skip
    assert by_status["Tidak valid"]["Kronologi"] == "'@akun menyebar kabar palsu."
    # Newest first, as the register shows them by default.
    assert [r["Waktu kejadian (WIB)"][:2] for r in rows.values()] == ["26", "25", "25", "24"]


def test_no_formula_survives_in_the_workbook(db, incidents, tmp_path):
    path = tmp_path / "insiden.xlsx"
    _export(db, InsidenFilter(), path)
    sheet = load_workbook(path).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert not [c.value for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]


def test_filters_are_respected(db, incidents, tmp_path):
    cases = {
        InsidenFilter(status=TIDAK_VALID): ["Tidak valid"],
        InsidenFilter(wilayah_code="36.01"): ["Baru", "Tidak valid"],
        InsidenFilter(overdue_only=True): ["Ditindaklanjuti"],
        InsidenFilter(severity=2): ["Terverifikasi"],
        InsidenFilter(date_from=date(2024, 11, 25), date_to=date(2024, 11, 25)): [
            "Ditindaklanjuti", "Terverifikasi"],
        InsidenFilter(text="amplop"): ["Terverifikasi"],
        InsidenFilter(text="tidak ada yang cocok"): [],
    }  # fmt: skip
    for number, (flt, statuses) in enumerate(cases.items()):
        path = tmp_path / f"hasil{number}.csv"
        assert _export(db, flt, path) == len(statuses)
        table = _read_csv(path)
        assert table[0] == HEADERS
        assert sorted(r[9] for r in table[1:]) == sorted(statuses), flt


def test_export_is_audited_with_filter_and_count(db, incidents, tmp_path):
    _export(db, InsidenFilter(wilayah_code="36.01"), tmp_path / "pandeglang.xlsx")
    with db.uow() as uow:
        entry = uow.session.scalar(
            select(AuditLog).where(AuditLog.action == "export").order_by(AuditLog.id.desc())
        )
        assert (entry.username, entry.entity, entry.note) == (
            "operator1", "insiden", "pandeglang.xlsx",
        )  # fmt: skip
        changes = json.loads(entry.changes)
    assert changes["baris"] == 2 and changes["filter"]["wilayah_code"] == "36.01"


@pytest.mark.parametrize("role", [OPERATOR, VERIFIKATOR, PIMPINAN, ADMINISTRATOR])
def test_every_role_with_ekspor_may_export(db, incidents, tmp_path, role):
    actor = Actor(f"user_{role.lower()}", role)
    assert _export(db, InsidenFilter(), tmp_path / "insiden.csv", actor) == 4


def test_role_without_ekspor_is_refused(db, incidents, tmp_path, monkeypatch):
    from app.services.core import actor as actor_module

    monkeypatch.setitem(actor_module.PERMISSIONS, actor_module.EKSPOR, frozenset({ADMINISTRATOR}))
    path = tmp_path / "insiden.xlsx"
    with pytest.raises(Forbidden, match="mengekspor data; peran Anda Pimpinan"):
        _export(db, InsidenFilter(), path, Actor("pimpinan1", PIMPINAN))
    assert not path.exists()


def test_unknown_format_is_refused(db, incidents, tmp_path):
    for name in ("insiden.txt", "insiden.xls", "insiden"):
        with pytest.raises(DomainError, match="Gunakan .xlsx atau .csv"):
            _export(db, InsidenFilter(), tmp_path / name)
    assert list(tmp_path.glob("insiden*")) == []


def test_empty_register_exports_headers_only(db, tmp_path):
    _pin(db, date(2024, 11, 26))
    assert _export(db, InsidenFilter(), tmp_path / "kosong.csv") == 0
    assert _read_csv(tmp_path / "kosong.csv") == [HEADERS]
    assert _export(db, InsidenFilter(), tmp_path / "kosong.xlsx") == 0
    assert _read_xlsx(tmp_path / "kosong.xlsx") == [HEADERS]


def test_every_row_is_written_not_just_one_window(db, tmp_path):
    _pin(db, date(2024, 11, 26))
    with db.uow(OPERATOR1) as uow:
        region = uow.session.scalar(select(Wilayah.id).where(Wilayah.code == "36.02"))
        kategori = _ref(uow, KATEGORI_INSIDEN, "LAINNYA")
        start = datetime(2024, 11, 20, 8, 0, tzinfo=WIB)
        for minute in range(230):
            insiden.create(uow, insiden.InsidenForm(
                occurred_at=start + timedelta(minutes=minute), wilayah_id=region,
                kategori_id=kategori, chronology=f"Catatan {minute}"))  # fmt: skip
    flt = InsidenFilter(descending=False)
    assert _export(db, flt, tmp_path / "semua.csv") == 230
    rows = _read_csv(tmp_path / "semua.csv")[1:]
    assert [r[16] for r in rows] == [f"Catatan {m}" for m in range(230)]
    assert {r[2] for r in rows} == {"Kabupaten Lebak"}


def test_reporter_phone_is_masked_unless_asked_for():
    from app.services.insiden.export import mask_phone

    assert mask_phone("+6281234567890") == "+6281******890"
    assert mask_phone("0812345678") == "08123**678"
    assert mask_phone("081234567") == "08123*567"
    assert mask_phone("") == ""
    from app.services.insiden.export import mask_phones_in

    assert mask_phones_in("Pelapor Budi 0812-3456-7890, hub. +62 812 1111 2222") == (
        "Pelapor Budi 08123****890, hub. +6281******222"
    )
