"""The data areas in the brief as the Sekda reads them: logistics readiness per kab/kota,
late consignments, outreach, DPT and turnout, kerawanan, the Situasi umum lines, the
reconciliation of logistics and participation, and logistics changes since the last
brief — every figure read back from the PDF equals the shared service's value on a small
hand-checked desk.

The desk (governor race, voting day 27/11/2024; recorded late on 26/11, briefs issued on
28/11/2024):

| kab/kota   | surat suara     | kotak suara | tinta    | overall           |
| Pandeglang | 9.000 / 10.000  | 8 / 8       | 4 / 8    | 9.012 / 10.016    |
| Lebak      | 600 (500 count) / 500 | –     | –        | 500 / 500         |
| province   |                 |             |          | 9.512 / 10.516 = 90,45% |

One consignment to Kec. Cimanggu is still being prepared past its date (H-7 = 20/11):
Terlambat. DPT (36.01.01) 5.000 + 5.000 in 20 TPS needs 10.260 surat suara (DPT + 2,5%
per TPS), 9.000 arrived: the ballots check fails. Two outreach sessions on 26/11: 150
attended (85 women, 7 with disabilities). IKP Pandeglang 77,74 (Rawan tinggi).
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from app.models import PengirimanBaris
from app.models.wilayah import LEVEL_KABKOTA
from app.services.briefs import build, numbers, register
from app.services.briefs.page import WATERMARK
from app.services.briefs.request import BriefRequest
from app.services.core import formatting
from app.services.kerawanan import records as kerawanan
from app.services.kerawanan.records import NilaiKerawanan
from app.services.logistik import readiness as logistik_readiness
from app.services.partisipasi import records as partisipasi
from app.services.partisipasi import stats as partisipasi_stats
from app.services.sosialisasi import stats as sosialisasi_stats
from tests.services.briefs.helpers import DAY, harian, issue_day, pages, seed_incidents, sign
from tests.services.insiden.helpers import PIMPINAN_ACTOR, pin, wib
from tests.services.logistik import helpers as lh
from tests.services.partisipasi.test_stats import OPERATOR_ACTOR, contest_id, put
from tests.services.sosialisasi import helpers as sh

VOTING_DAY = DAY.replace(day=27)


@pytest.fixture
def desk(db):
    seed_incidents(db)
    sign(db)
    lh.requirement(db, lh.KEC_A1, "SURAT_SUARA", 10_000)
    lh.requirement(db, lh.KEC_A1, "KOTAK_SUARA", 8)
    lh.requirement(db, lh.KEC_A1, "TINTA", 8)
    lh.requirement(db, lh.KEC_B1, "SURAT_SUARA", 500)
    lh.delivered(db, {"SURAT_SUARA": (9_000, 1_000), "TINTA": (4, 4)}, code=lh.KEC_A1,
                 lines={"SURAT_SUARA": 10_000, "KOTAK_SUARA": 8, "TINTA": 8})  # fmt: skip
    lh.delivered(db, code=lh.KEC_B1, lines={"SURAT_SUARA": 600})
    lh.create(db, code=lh.KEC_A2, lines={"SURAT_SUARA": 100})  # never dispatched: late
    gid = contest_id(db, "36")
    put(db, gid, "36.01.01", dpt_men=5_000, dpt_women=5_000, tps_count=20)
    sh.record(db, starts_at=wib(26, 9), ends_at=wib(26, 11), planned_participants=100,
              attendance_men=40, attendance_women=50, attendance_disabled=5)  # fmt: skip
    sh.record(db, code="36.71", starts_at=wib(26, 14), ends_at=wib(26, 16), planned_participants=50,
              attendance_men=25, attendance_women=35, attendance_disabled=2)  # fmt: skip
    with db.uow(OPERATOR_ACTOR) as uow:
        kerawanan.save_kerawanan(uow, "36.01", NilaiKerawanan(ikp_score=77.74))
    issue_day(db)
    return db


def flowing(pdf: bytes) -> str:
    """The text as read across pages, without the page furniture between them."""
    furniture = re.compile(r"\s*BIASA BIASA Halaman \d+ dari \d+ KONSEP — BELUM DITERBITKAN\s*$")
    return " ".join(furniture.sub("", page) for page in pages(pdf))


def _preview(db, request=None) -> build.Preview:
    with db.uow("tester") as uow:
        return build.preview(uow, request or harian())


def _pct(ratio: float) -> str:
    """As the brief prints a percentage: cut at two decimals, never rounded up."""
    return formatting.number(numbers.of_ratio(ratio), 2)


def test_logistics_readiness_and_late_consignments(desk):
    body = flowing(_preview(desk).pdf)
    with desk.uow() as uow:
        rows = logistik_readiness.readiness(uow, level=LEVEL_KABKOTA)
        province = logistik_readiness.province_readiness(uow)
        late = logistik_readiness.logistik_alerts(uow, today=DAY.replace(day=28))
    assert (province.good, province.required) == (9_512, 10_516)  # hand-checked
    pandeglang = rows[0]
    assert (pandeglang.good, pandeglang.required) == (9_012, 10_016)
    # Per kab/kota: overall, weakest item, ballots in sheets — never sheets + boxes + bottles.
    assert _pct(pandeglang.ratio) == "80,00"
    assert "1 Kabupaten Pandeglang 80,00 Tinta 50,00% 9.000 10.000" in body
    assert "2 Kabupaten Lebak 100,00 lengkap 500 500" in body
    # Overall = mean of the item ratios: (90,47 + 100 + 50) / 3 = 80,15 (not 9.512 ÷ 10.516).
    assert _pct(province.ratio) == "80,15"
    assert "Jumlah 80,15 Tinta 50,00% 9.500 10.500" in body
    # Per item, each in its own unit, and the mean stated: a reader can reconcile.
    assert "1 Surat suara lembar 9.500 10.500 90,47" in body
    assert "2 Kotak suara unit 8 8 100,00" in body
    assert "3 Tinta botol 4 8 50,00" in body
    assert "Rata-rata 3 kesiapan di atas = 80,15%" in body
    assert "9.512" not in body and "10.516" not in body  # mixed units are never added
    assert (
        "Kesiapan logistik (Provinsi Banten) : 80,15% (rata-rata 3 barang; terendah: Tinta "
        "50,00%; diukur pada pengiriman ke PPK)" in body
    )
    assert "pengiriman bertujuan PPK ÷ kebutuhan" in body  # the measured-level rule
    assert "Kesiapan logistik per kabupaten/kota (%)" in body  # the chart's title
    assert len(late) == 1 and late[0].status == "Terlambat"
    assert "terdapat 1 pengiriman logistik yang terlambat" in body
    # Never dispatched: the table says so, and how late (H-7 = 20/11, brief for 26/11).
    assert late[0].dispatched is False
    assert (
        f"{late[0].number} PPK Cimanggu, Kab. Pandeglang 20/11/2024 belum dikirim Terlambat 6 "
        "hari" in body
    )
    assert "Pengiriman logistik terlambat/berisiko : 1" in body


def test_outreach_dpt_and_kerawanan(desk):
    body = flowing(_preview(desk).pdf)
    with desk.uow() as uow:
        reach = sosialisasi_stats.reach_total(uow, start=DAY, end=DAY)
        dpt = partisipasi_stats.turnout_total(uow, pemilihan_id=contest_id(desk, "36"))
    assert (reach.sessions, reach.attended, reach.attended_women, reach.attended_disabled) == (
        2,
        150,
        85,
        7,
    )
    assert "Sosialisasi pada periode : 2 kegiatan, 150 peserta hadir (85 perempuan)" in body
    assert "tercatat 2 kegiatan sosialisasi dengan 150 peserta hadir (85 perempuan, 7 penyandang disabilitas)" in body  # fmt: skip
    assert "1 Kabupaten Pandeglang 1 90 50 5 90,0" in body
    assert "5 Kota Tangerang 1 60 35 2 120,0" in body
    assert "Jumlah 2 150 85 7 100,0" in body
    assert dpt.dpt == 10_000 and dpt.tps == 20
    assert "DPT Gubernur Banten 2024 : 10.000 pemilih, 20 TPS" in body
    assert "Data partisipasi (pengguna hak pilih) belum tersedia: pemungutan suara dijadwalkan Rabu, 27 November 2024" in body  # fmt: skip
    assert "Partisipasi dibandingkan target" not in body  # no turnout chart before voting day
    assert "IKP Rawan tinggi: Kabupaten Pandeglang" in body
    assert "1 Kabupaten Pandeglang 77,74 Rawan tinggi" in body
    assert "Kab/kota IKP Rawan tinggi : Kabupaten Pandeglang" in body
    assert "÷ DPT × 100.000" in body and "s.d. 26 November 2024" in body


def test_turnout_from_voting_day(desk):
    gid = contest_id(desk, "36")
    put(desk, gid, "36.01.01", dpt_men=5_000, dpt_women=5_000, tps_count=20,
        voted_men=4_000, voted_women=3_500)  # fmt: skip
    with desk.uow(OPERATOR_ACTOR) as uow:
        partisipasi.set_target(uow, gid, 80.0)
    body = flowing(_preview(desk, harian(day=VOTING_DAY)).pdf)
    with desk.uow() as uow:
        total = partisipasi_stats.turnout_total(uow, pemilihan_id=gid)
    assert (total.voted, total.turnout_pct) == (7_500, 75.0)
    assert (
        f"Partisipasi Gubernur Banten 2024: 75,00% (7.500 pengguna hak pilih; metode: {total.method}); "
        "target 80,00%, capaian 5,00 poin di bawah target." in body
    )
    assert f"Partisipasi Gubernur Banten 2024 : 75,00% ({total.method})" in body
    assert "1 Kabupaten Pandeglang 10.000 7.500 75,00 80,00" in body
    assert "Partisipasi dibandingkan target per wilayah" in body  # the chart
    assert "belum tersedia: pemungutan suara" not in body


BALLOT_FINDING = (
    "Kabupaten Pandeglang (Gubernur Banten 2024): surat suara diterima 9.000, perlu 10.260 "
    "(DPT + 2,5% per TPS)"
)


def test_a_ballot_shortfall_is_reported_never_a_gate(desk):
    """SPEC 7 / issue 17: ballots below DPT + 2,5% are a finding the brief reports (in the
    Logistik section, offered for the conclusions); the brief is issued without overriding."""
    preview = _preview(desk)
    assert preview.failures == ()
    assert preview.findings == (BALLOT_FINDING,)
    body = flowing(preview.pdf)
    assert f"Temuan kesiapan surat suara Surat suara diterima dalam kondisi baik belum mencapai DPT + cadangan di: • {BALLOT_FINDING}" in body
    with desk.uow(PIMPINAN_ACTOR) as uow:
        issued = register.issue(uow, harian())
    assert "Catatan Pemeriksaan" not in flowing(issued.pdf)
    khusus = BriefRequest("khusus", DAY, uraian="Topik tanpa angka logistik.", hal="Topik")
    with desk.uow(PIMPINAN_ACTOR) as uow:  # a Laporan Khusus is checked on what it reports
        assert build.preview(uow, khusus).checks == ()


def test_reconciliation_lists_logistics_failures_to_acknowledge(desk):
    with desk.uow() as uow:  # written around the service, as an exchange package could
        line = uow.session.scalar(select(PengirimanBaris).where(PengirimanBaris.qty_sent == 600))
        line.qty_good = 650
        uow.commit()
    failures = _preview(desk).failures
    assert not any(BALLOT_FINDING in f for f in failures)  # a finding, not a failure
    over = [f for f in failures if f.startswith("Logistik diterima tidak melebihi yang dikirim: ")]
    assert len(over) == 1 and over[0].endswith("Surat suara: diterima 650, dikirim 600")
    assert not any("pemilihan 1" in f or "10260" in f for f in failures)
    with desk.uow(PIMPINAN_ACTOR) as uow, pytest.raises(register.UnacknowledgedFailures):
        register.issue(uow, harian())
    with desk.uow(PIMPINAN_ACTOR) as uow:
        issued = register.issue(uow, harian(), acknowledged=failures, reason="Data uji")
    with desk.uow() as uow:
        assert register.acknowledged_failures(uow, issued.id) == list(failures)
    body = flowing(issued.pdf)  # the override is printed, not only audited
    assert "Catatan Pemeriksaan Data" in body
    assert "dengan alasan: Data uji" in body and "diterima 650, dikirim 600" in body


def test_logistics_changes_since_the_last_brief(desk):
    """The brief for 26 Nov is issued; on voting day one more consignment arrives; the
    brief for 27 Nov compares with the one for 26 Nov (its period ends before)."""
    first = _preview(desk)
    with desk.uow(PIMPINAN_ACTOR) as uow:
        register.issue(uow, harian(), acknowledged=first.failures, reason="Data uji")
    pin(desk, wib(27, 10))
    lh.delivered(desk, code=lh.KEC_A2, lines={"SURAT_SUARA": 100})
    lh.requirement(desk, lh.KEC_A2, "SURAT_SUARA", 100)
    issue_day(desk)
    body = flowing(_preview(desk, harian(day=VOTING_DAY)).pdf)
    assert "Pengiriman logistik diterima: 1 (ke PPK 1)" in body
    # Mean of ballots, boxes, ink: (9.500/10.500 + 1 + 0,5) / 3 = 80,15% → (9.600/10.600 + 1,5)
    # / 3 = 80,18%; Pandeglang (9.000/10.000 + 1,5) / 3 = 80,00% → (9.100/10.100 + 1,5) / 3 = 80,03%.
    assert "Kesiapan logistik Provinsi Banten: 80,15% menjadi 80,18% (naik 0,03 poin)" in body
    assert "Per kabupaten/kota: Kabupaten Pandeglang 80,00% menjadi 80,03% (naik 0,03 poin)" in body
    assert "Pengiriman terlambat atau berisiko: 1 menjadi 1" in body


def test_first_brief_counts_receipts_since_the_start_of_the_period(desk):
    body = flowing(_preview(desk).pdf)
    assert "Pengiriman logistik diterima: 2 (ke PPK 2)" in body
    assert "perubahan kesiapan logistik dilaporkan mulai laporan berikutnya." in body


def test_demo_brief_is_marked_on_every_page(demo_db):
    with demo_db.uow("tester") as uow:
        pdf = build.preview(uow, BriefRequest("harian", DAY, kesimpulan="Kondusif.")).pdf
    all_pages = pages(pdf)
    assert len(all_pages) >= 6
    assert all(WATERMARK in page for page in all_pages)
    body = " ".join(all_pages)
    assert "Kesiapan logistik (Provinsi Banten) :" in body and "DPT Gubernur Banten 2024 :" in body
