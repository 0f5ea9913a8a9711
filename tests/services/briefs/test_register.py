"""Issuing a brief: numbered from the pattern, never reused, stored with its SHA-256 and
snapshot time, audited, refused for roles that may not sign and for unacknowledged
reconciliation failures; re-opened and verified; and "Perubahan sejak laporan terakhir"
comparing against the previous brief of the same type."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select, update

from app.models import AuditLog, Berkas, BerkasPotongan, Tahapan
from app.models.laporan import Laporan
from app.services.briefs import build, reconcile, register
from app.services.core import audit, pengaturan
from app.services.core.actor import Forbidden
from app.services.core.errors import ValidationError
from tests.services.briefs.helpers import DAY, harian, issue_day, pages, seed_incidents, sign, text
from tests.services.insiden.helpers import (
    OPERATOR_ACTOR,
    PIMPINAN_ACTOR,
    contest,
    pin,
    record,
    walk,
    wib,
)


@pytest.fixture
def desk(db):
    seed_incidents(db)
    sign(db)
    issue_day(db)
    return db


def _issue(db, request=None, actor=PIMPINAN_ACTOR, **kw) -> register.Issued:
    with db.uow(actor) as uow:
        return register.issue(uow, request or harian(), **kw)


def test_issue_numbers_stores_registers_and_audits(desk):
    first = _issue(desk)
    second = _issue(desk, harian(jenis="mingguan"))
    assert first.number == "200.2/0001/Kesbangpol/2024"
    assert second.number == "200.2/0002/Kesbangpol/2024"
    assert first.path.read_bytes() == first.pdf
    assert first.path.name == "Laporan-Harian-Desk-Pilkada_200.2-0001-Kesbangpol-2024.pdf"
    body = pages(first.pdf)
    assert "Nomor : 200.2/0001/Kesbangpol/2024" in body[0]
    assert all("200.2/0001/Kesbangpol/2024" in p and "KONSEP" not in p for p in body)
    with desk.uow() as uow:
        row = uow.session.scalar(select(Laporan).where(Laporan.number == first.number))
        assert row.sha256 == register.sha256_of(first.pdf) == first.sha256
        assert (row.jenis, row.generated_by, row.signer_nip) == (
            "harian",
            "pimpinan1",
            "197001011990031001",
        )
        assert row.subject == "Laporan Harian Desk Pilkada tanggal 26 November 2024"
        assert row.snapshot_at is not None and row.is_demo is False
        assert json.loads(row.summary_json)["figures"]["insiden.total"] == 5
        entry = uow.session.scalar(select(AuditLog).where(AuditLog.action == audit.BRIEF))
        assert (entry.username, entry.note, entry.entity_uid) == (
            "pimpinan1",
            first.number,
            row.uid,
        )
        page = register.query(uow, register.LaporanFilter())
        assert [r.number for r in page.rows] == [second.number, first.number] and page.total == 2


def test_pattern_unit_and_month_from_settings(desk):
    with desk.uow("tester") as uow:
        pengaturan.save(uow, {"laporan_nomor_pola": "{kode}/{nomor}/{unit}/{bulan}/{tahun}",
                              "laporan_nomor_kode": "000.1", "laporan_nomor_unit": "Desk"})  # fmt: skip
    assert _issue(desk).number == "000.1/0001/Desk/XI/2024"


def test_bad_settings_are_refused(db):
    for key, value, message in (
        ("laporan_nomor_pola", "{kode}/{unit}", "harus memuat {nomor}"),
        ("laporan_nomor_pola", "{kode}/{nomor}/{rahasia}", "tidak dikenal: rahasia"),
        ("laporan_ttd_nip", "1970", "18 angka"),
        ("laporan_kertas", "Letter", "F4 atau A4"),
        ("laporan_huruf_pt", 30, "antara 9 dan 14"),
        ("laporan_logo", "bm90IGFuIGltYWdl", "PNG atau JPEG"),
    ):
        with db.uow("tester") as uow, pytest.raises(ValidationError, match=message):
            pengaturan.save(uow, {key: value})


def test_only_pimpinan_issues(desk):
    with pytest.raises(Forbidden, match="Hanya Pimpinan"):
        _issue(desk, actor=OPERATOR_ACTOR)
    with desk.uow(OPERATOR_ACTOR) as uow:  # everyone may preview
        assert build.preview(uow, harian()).pdf.startswith(b"%PDF")


def test_refused_issue_takes_no_number(desk):
    with pytest.raises(ValidationError, match="kesimpulan atau rekomendasi"):
        _issue(desk, harian(kesimpulan="", rekomendasi=""))
    with desk.uow("tester") as uow:
        pengaturan.save(uow, {"laporan_ttd_nama": ""})
    with pytest.raises(ValidationError, match="nama penanda tangan"):
        _issue(desk)
    sign(desk)
    assert _issue(desk).number.startswith("200.2/0001/")
    assert not list((register.archive_dir(False)).glob(".terbit-*"))


def _failing_check(monkeypatch):
    check = reconcile.Check("uji", "Pemeriksaan uji", lambda _u, _b, _s: ["angka A 3 ≠ angka B 4"])
    monkeypatch.setattr(reconcile, "CHECKS", [*reconcile.CHECKS, check])
    return "Pemeriksaan uji: angka A 3 ≠ angka B 4"


def test_reconciliation_failures_must_be_acknowledged(desk, monkeypatch):
    failure = _failing_check(monkeypatch)
    with desk.uow("tester") as uow:
        assert build.preview(uow, harian()).failures == (failure,)
    with pytest.raises(register.UnacknowledgedFailures, match="angka A 3"):
        _issue(desk)
    with pytest.raises(ValidationError, match="alasan"):
        _issue(desk, acknowledged=[failure])
    issued = _issue(desk, acknowledged=[failure], reason="Data kab/kota terlambat masuk")
    assert issued.number.endswith("/0001/Kesbangpol/2024")
    with desk.uow() as uow:
        assert register.acknowledged_failures(uow, issued.id) == [failure]
        entry = uow.session.scalar(select(AuditLog).where(AuditLog.action == audit.BRIEF))
        changes = json.loads(entry.changes)
        assert changes["ketidaksesuaian_diakui"] == [failure]
        assert changes["alasan"] == "Data kab/kota terlambat masuk"


def test_consistent_brief_passes_every_available_check(desk):
    with desk.uow("tester") as uow:
        checks = build.preview(uow, harian()).checks
    assert all(c.ok and not c.skipped for c in checks), checks
    assert {"partisipasi_dpt", "logistik_diterima", "surat_suara", "total_bagian"} <= {
        c.key for c in checks
    }


def test_a_participation_failure_is_listed_once_and_only_for_its_contest(desk, monkeypatch):
    """The participation checks run as the brief's own check, per contest: the desk rules
    of ``desk-pilkada check`` do not list them a second time, for every contest."""
    from app.services.partisipasi import checks as partisipasi_checks

    asked: list[int | None] = []

    def recaps(_uow, *, pemilihan_id=None):
        asked.append(pemilihan_id)
        found = [partisipasi_checks.CheckFailure(partisipasi_checks.RECAP_MATCHES_CHILDREN,
                                                 "Pemilihan X, Provinsi Banten (36): DPT selisih")]
        return found if pemilihan_id in (None, 7) else []  # fmt: skip

    monkeypatch.setattr(partisipasi_checks, "check_recaps", recaps)
    with desk.uow("tester") as uow:
        failures = build.preview(uow, harian()).failures
        contest_failures = build.preview(uow, harian(pemilihan_id=8)).failures
    (listed,) = [f for f in failures if "DPT selisih" in f]
    assert listed.startswith("Angka partisipasi konsisten")  # the brief's own check
    assert not [f for f in contest_failures if "DPT selisih" in f]  # another contest's record
    assert asked == [None, 8]


def test_verify_detects_a_changed_or_missing_file(desk, tmp_path):
    issued = _issue(desk)
    with desk.uow() as uow:
        assert register.verify(uow, issued.id).ok
        copy = tmp_path / "salinan.pdf"
        copy.write_bytes(issued.pdf[:2000] + b"X" + issued.pdf[2001:])
        changed = register.verify(uow, issued.id, copy)
        assert changed.found and not changed.ok and "TIDAK SESUAI" in changed.message()
        issued.path.write_bytes(copy.read_bytes())  # the copy in this PC's archive changed,
        assert register.verify(uow, issued.id).ok  # the brief (the database's) did not:
        assert issued.path.read_bytes() == issued.pdf  # the archive holds the brief again
        issued.path.unlink()  # lost: the database's copy is taken again
        assert register.verify(uow, issued.id).ok and issued.path.read_bytes() == issued.pdf
        issued.path.unlink()
        uow.session.execute(delete(BerkasPotongan))
        uow.session.execute(delete(Berkas))
        missing = register.verify(uow, issued.id)
        assert not missing.found and "tidak ada di PC ini maupun di basis data" in missing.message()


def test_a_second_pc_verifies_a_brief_issued_on_the_first(desk, tmp_path, monkeypatch):
    """Shared desk (issue 22): the PDF is in the database; the second PC's archive gets
    the copy, checked, when it first verifies it. A copy changed in the database never
    passes."""
    issued = _issue(desk)
    monkeypatch.setenv("DESK_PILKADA_HOME", str(tmp_path / "pc2"))
    with desk.uow() as uow:
        found = register.verify(uow, issued.id)
    assert found.ok and found.pdf == issued.pdf
    assert found.path == tmp_path / "pc2" / "laporan" / issued.path.name
    monkeypatch.setenv("DESK_PILKADA_HOME", str(tmp_path / "pc3"))
    with desk.uow() as uow:
        uow.session.execute(
            update(BerkasPotongan).values(data=issued.pdf[:2000] + b"X" + issued.pdf[2001:])
        )
        uow.commit()
    with desk.uow() as uow:
        forged = register.verify(uow, issued.id)
    assert forged.found and not forged.ok and "TIDAK SESUAI" in forged.message()
    assert not (tmp_path / "pc3" / "laporan" / issued.path.name).exists()


def test_changes_since_the_last_brief_of_the_same_type(desk):
    """The brief for 26 Nov is issued; on voting day a Kritis report comes in and is
    forwarded, and a stage is reported done; the brief for 27 Nov names what changed."""
    first = _issue(desk)
    pin(desk, wib(27, 10))
    pin_later = record(desk, severity=4, occurred_at=wib(27, 8))
    walk(desk, pin_later.id, "Terverifikasi", "Ditindaklanjuti")
    with desk.uow("tester") as uow:
        stage = uow.session.scalar(
            select(Tahapan).where(Tahapan.pemilihan_id == contest(uow).id, Tahapan.code == "T15")
        )
        stage.actual_start, stage.progress = wib(25).date(), 100
        uow.commit()
    issue_day(desk)
    with desk.uow("tester") as uow:
        body = text(build.preview(uow, harian(day=DAY.replace(day=27))).pdf)
    assert f"Dibandingkan dengan laporan terakhir Nomor {first.number}" in body
    assert (
        "Laporan insiden baru diterima (termasuk yang kemudian dinyatakan tidak valid): 1" in body
    )
    assert "Insiden diteruskan ke instansi (ditindaklanjuti): 1" in body
    assert f"Insiden baru berkeparahan Tinggi/Kritis: {pin_later.number} (Kritis" in body
    # As of the end of 26 Nov the quiet period (24–26 Nov) was behind plan, not yet late.
    assert "T15 Masa tenang (Gubernur Banten 2024): Berisiko menjadi Selesai" in body
    with desk.uow("tester") as uow:  # a weekly brief compares with weekly briefs only
        weekly = text(build.preview(uow, harian(jenis="mingguan", day=DAY.replace(day=27))).pdf)
    assert "Belum ada laporan sejenis yang diterbitkan sebelumnya" in weekly
