"""``desk-pilkada peringatan`` as a user runs it, the logistics pace rule on real
consignments, and the phase rule on the stage calendar (SPEC 11, 15)."""

from __future__ import annotations

import csv
from datetime import date, datetime, time

import pytest

from app.__main__ import main
from app.services import peringatan
from tests.desk_time import pin_day
from tests.services.insiden.helpers import WIB
from tests.services.logistik.helpers import KEC_A1, KEC_B1, delivered, requirement
from tests.services.peringatan.helpers import BURST_DAY, burst, end_of, quiet_month


@pytest.fixture
def desk(sqlite_db):
    quiet_month(sqlite_db)
    burst(sqlite_db)
    return sqlite_db


def test_the_command_lists_the_alerts_with_their_figures(desk, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DESK_PILKADA_HOME", str(tmp_path / "home"))
    target = tmp_path / "peringatan.csv"
    code = main(["--db", str(desk.url), "peringatan", "--date", BURST_DAY.isoformat(), "--csv", str(target)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("Peringatan dini per 15/11/2024 24.00 WIB: ")
    assert "Lonjakan — Kecamatan Teluknaga, Kabupaten Tangerang" in out
    assert "laporan Politik uang di Kecamatan Teluknaga" in out and "ambang" in out
    assert "Insiden: INS-2024-090000" in out and "Aturan:" in out
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and rows[0]["Jenis"] == "Lonjakan" and rows[0]["Kode wilayah"] == "36.03.13"
    assert "INS-2024-090000" in rows[0]["Nomor insiden"]
    # A quiet day says so, with the rules.
    assert main(["--db", str(desk.url), "peringatan", "--date", "2024-11-12"]) == 0
    assert capsys.readouterr().out.startswith("Tidak ada peringatan dini per 12/11/2024 24.00 WIB.")


def test_a_bad_or_future_date_is_refused_in_indonesian(desk, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DESK_PILKADA_HOME", str(tmp_path / "home"))
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(desk.url), "peringatan", "--date", "2024-13-01"])
    assert usage.value.code == 2
    assert "tanggal '2024-13-01' tidak valid; tulis YYYY-MM-DD" in capsys.readouterr().err
    assert main(["--db", str(desk.url), "peringatan", "--date", "2099-01-01"]) == 1
    assert "belum terjadi" in capsys.readouterr().err
    assert main(["--db", str(desk.url), "peringatan", "--csv", str(tmp_path / "x.txt")]) == 1
    assert "Gunakan .xlsx atau .csv" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(desk.url), "peringatan", "--csv", ""])
    assert usage.value.code == 2 and "nama berkas kosong" in capsys.readouterr().err
    a_file = tmp_path / "bukan-folder"
    a_file.write_text("x")
    assert main(["--db", str(desk.url), "peringatan", "--csv", str(a_file / "p.csv")]) == 1
    assert f"{a_file} adalah berkas, bukan folder" in capsys.readouterr().err


def test_a_region_whose_pace_will_not_reach_its_deadline(db):
    """Kec. A1 needs 1.000 ballots: 100 came on 2 November, 200 more on 10 November — at
    that pace it reaches about 59% by the PPK deadline (20 November), so it is raised ten
    days before; Kec. B1, complete, is not."""
    pin_day(date(2024, 10, 25), hour=10)  # requirements known before any arrival
    requirement(db, KEC_A1, "SURAT_SUARA", 1000)
    requirement(db, KEC_B1, "SURAT_SUARA", 1000)
    pin_day(date(2024, 11, 2), hour=10)
    delivered(db, code=KEC_A1, lines={"SURAT_SUARA": 100})
    delivered(db, code=KEC_B1, lines={"SURAT_SUARA": 1000})
    pin_day(date(2024, 11, 10), hour=10)
    delivered(db, code=KEC_A1, lines={"SURAT_SUARA": 200})
    pin_day(date(2024, 11, 10), hour=17)
    with db.uow() as uow:
        found = peringatan.periksa(uow)
    lags = found.of_kind(peringatan.LOGISTIK)
    assert [a.region.code for a in lags] == ["36.01"], [a.rule for a in lags]
    lag = lags[0]
    assert lag.figure("kode_kecamatan_tertinggal") == (KEC_A1,)
    assert lag.figure("sisa_hari") == 10 and lag.deadline == date(2024, 11, 20)
    assert lag.rule.startswith("Kesiapan logistik Kabupaten Pandeglang 30,0% (7 hari lalu 10,0%; laju 2,9 poin per hari)")
    assert "diperkirakan 58,5% pada batas tiba PPK 20/11/2024 (10 hari lagi)" in lag.rule
    assert lag.rank == peringatan.WASPADA
    # Weeks before the deadline nothing is checked; once late, the late list says it.
    with db.uow() as uow:
        assert not peringatan.periksa(uow, end_of(date(2024, 10, 20))).of_kind(peringatan.LOGISTIK)
        assert not peringatan.periksa(uow, end_of(date(2024, 11, 21))).of_kind(peringatan.LOGISTIK)


def test_politik_uang_weighs_more_in_the_masa_tenang(db):
    """Two reports of politik uang in one kecamatan are a pattern in the masa tenang (24–26
    November, from the stage calendar), not on an ordinary campaign day."""
    quiet_month(db)
    ordinary = burst(db, size=2, day=date(2024, 11, 18), kecamatan="36.02.01", first_number=80_000)
    calm = burst(db, size=2, day=date(2024, 11, 25), kecamatan="36.01.01", first_number=81_000)
    with db.uow() as uow:
        assert not any(set(ordinary) & set(a.incident_ids)
                       for a in peringatan.periksa(uow, end_of(date(2024, 11, 18))).alerts)  # fmt: skip
        found = peringatan.periksa(uow, end_of(date(2024, 11, 25)))
    phase = [a for a in found.of_kind(peringatan.ESKALASI) if set(calm) <= set(a.incident_ids)]
    assert phase, [a.rule for a in found.alerts]
    assert phase[0].region.code == "36.01.01" and phase[0].kategori == "Politik uang"
    assert "pada masa tenang/hari pemungutan suara, berbobot 1,5" in phase[0].rule


def test_an_alert_is_as_of_its_instant_not_the_clock(db):
    quiet_month(db)
    burst(db)
    pin_day(date(2024, 11, 30))
    with db.uow() as uow:
        at = datetime.combine(BURST_DAY, time(16), WIB)
        found = peringatan.periksa(uow, at)
    assert found.at == at and found.as_of == at
    assert all(a.window_end == at for a in found.alerts)
