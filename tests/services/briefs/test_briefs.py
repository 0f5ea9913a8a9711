"""The brief as the Sekda holds it: kop, head, marks on every page, page numbering, the
figures of the aggregation services, embedded fonts, the demo watermark, and user text
printed literally — read back from the PDF with pypdf, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.services.briefs import build
from app.services.briefs.page import DRAFT_MARK, WATERMARK
from app.services.core import formatting, pengaturan
from app.services.insiden import stats as insiden_stats
from app.services.insiden.stats import StatsFilter
from tests.services.briefs.helpers import (
    DAY,
    fonts,
    harian,
    issue_day,
    pages,
    reader,
    seed_incidents,
    sign,
    text,
)


@pytest.fixture
def desk(db):
    seed_incidents(db)
    sign(db)
    issue_day(db)
    return db


def _preview(db, request=None, actor="tester") -> build.Preview:
    with db.uow(actor) as uow:
        return build.preview(uow, request or harian())


def test_kop_head_and_marks_on_every_page(desk):
    pdf = _preview(desk).pdf
    all_pages = pages(pdf)
    first = all_pages[0]
    for line in ("PEMERINTAH PROVINSI BANTEN", "BADAN KESATUAN BANGSA DAN POLITIK",
                 "Kawasan Pusat Pemerintahan Provinsi Banten (KP3B)", "Telepon (0254) 123456",
                 "Pos-el desk@contoh.go.id", "Kode Pos 42171", "Serang, 28 November 2024",
                 "Nomor : (diberikan saat laporan diterbitkan)", "Sifat : Biasa",
                 "Hal : Laporan Harian Desk Pilkada tanggal 26 November 2024",
                 "Yth. Sekretaris Daerah Provinsi Banten", "LAPORAN HARIAN DESK PILKADA"):  # fmt: skip
        assert line in first, line
    assert len(all_pages) >= 2
    for number, page_text in enumerate(all_pages, start=1):
        assert page_text.count("BIASA") >= 2, f"classification top and bottom on page {number}"
        assert f"Halaman {number} dari {len(all_pages)}" in page_text
        assert DRAFT_MARK in page_text  # a preview can never pass for an issued brief
    body = text(pdf)
    for title in ("A. Dasar", "B. Situasi Umum", "C. Tahapan", "D. Gangguan dan Kerawanan",
                  "E. Peringatan Dini", "F. Logistik", "G. Sosialisasi dan Partisipasi",
                  "H. Perubahan sejak Laporan Terakhir", "I. Kesimpulan dan Rekomendasi", "Tembusan:",
                  "NIP. 197001011990031001"):  # fmt: skip
        assert title in body, title
    meta = reader(pdf).metadata
    assert meta.title == "Laporan Harian Desk Pilkada (konsep)"
    assert meta.subject == "Laporan Harian Desk Pilkada tanggal 26 November 2024"
    assert "Badan Kesatuan Bangsa dan Politik" in meta.author


def test_every_figure_equals_the_aggregation_service(desk):
    pdf = _preview(desk).pdf
    body = text(pdf)
    with desk.uow() as uow:
        flt = StatsFilter(DAY, DAY)
        matrix = insiden_stats.by_kabkota_severity(uow, flt)
        totals = insiden_stats.totals(uow, flt)
        open_now = insiden_stats.open_now(uow, flt)
    assert matrix.total == 5  # the 25th and 24th are outside the day
    for index, row in enumerate(matrix.rows, start=1):
        cells = " ".join(formatting.number(v) for v in (*row.by_severity, row.total))
        assert f"{index} {row.name} {cells}" in body
    column_totals = " ".join(formatting.number(v) for v in (*matrix.column_totals, matrix.total))
    assert f"Jumlah {column_totals}" in body
    assert f"Insiden pada periode : {totals.total} (Kritis 1, Tinggi 2, Sedang 1, Rendah 1)" in body
    assert f"Insiden masih ditangani (semua periode) : {open_now.total} " in body
    assert "Baru 4, Terverifikasi 1, Ditindaklanjuti 0, Selesai 0" in body


def test_incident_per_day_uses_the_desk_local_day(desk):
    with desk.uow() as uow:
        days = insiden_stats.per_day_by_severity(uow, StatsFilter(DAY.replace(day=24), DAY))
    # 23.00 WIB on the 25th is 16.00 UTC: still the 25th for the desk.
    assert [d.total for d in days] == [1, 1, 5]
    assert days[2].by_severity == (1, 1, 2, 1)


def test_fonts_are_embedded(desk):
    used = fonts(_preview(desk).pdf)
    assert used and all(used.values()), used
    assert not any("Helvetica" in name or "Times" in name for name in used)


def test_watermark_only_on_demo_data(desk):
    assert WATERMARK not in text(_preview(desk).pdf)
    with desk.uow("tester") as uow:
        pengaturan.put(uow, "is_demo", True)
        uow.commit()
    demo_pages = pages(_preview(desk).pdf)
    assert all(WATERMARK in page for page in demo_pages)


HOSTILE = '<b>tebal</b> & <font size="40">besar</font> ]]> <para>&amp; "kutip" </para>'


def test_hostile_text_is_printed_literally(desk):
    request = harian(
        kesimpulan=HOSTILE, rekomendasi="A\x00B\x07C <br/> D", hal="Hal <i>miring</i> & co"
    )
    body = text(_preview(desk, request).pdf)
    assert HOSTILE in body
    assert "ABC <br/> D" in body
    assert "Hal : Hal <i>miring</i> & co" in body


def test_very_long_text_flows_over_pages(desk):
    long_word = "x" * 6000
    paragraph = " ".join(["Kalimat panjang yang diulang."] * 450)
    pdf = _preview(desk, harian(kesimpulan=f"{long_word}\n{paragraph}")).pdf
    all_pages = pages(pdf)
    assert len(all_pages) >= 8
    assert all(f"Halaman {i} dari {len(all_pages)}" in p for i, p in enumerate(all_pages, start=1))


def test_empty_desk_prints_honest_sentences(db):
    sign(db)
    body = text(_preview(db, harian(kesimpulan="", rekomendasi="")).pdf)
    assert "Pada periode ini tercatat 0 insiden menurut waktu kejadian" in body
    # Section G counts reports received, section D occurrences: each says which.
    assert "Laporan baru dihitung menurut waktu laporan diterima" in body
    assert "perubahan status tahapan dilaporkan mulai laporan berikutnya" in body
    assert "Tidak ada insiden dengan keparahan Tinggi atau Kritis pada periode ini." in body
    assert "Belum diisi oleh desk." in body
    assert "Belum ada kebutuhan logistik yang dicatat; kesiapan belum dapat dihitung." in body
    assert "tidak ada pengiriman logistik yang terlambat atau berisiko terlambat" in body
    assert "Tidak ada kegiatan sosialisasi yang tercatat pada periode" in body
    assert "DPT belum dicatat" in body
    assert "Belum ada data kerawanan (skor IKP, TPS rawan) yang dicatat." in body
    assert "belum tersedia pada versi" not in body  # every data area is in this version


def test_sections_can_be_left_out(desk):
    body = text(_preview(desk, harian(sections=("dasar", "gangguan", "kesimpulan"))).pdf)
    assert "A. Dasar" in body and "B. Gangguan dan Kerawanan" in body and "C. Kesimpulan" in body
    assert (
        "Situasi Umum" not in body
        and "Logistik" not in body.split("Kerawanan", 1)[1].split("Kesimpulan")[0]
    )


@pytest.mark.parametrize(("paper", "size_mm"), [("F4", (215, 330)), ("A4", (210, 297))])
def test_paper_size_from_settings(desk, paper, size_mm):
    with desk.uow("tester") as uow:
        pengaturan.save(uow, {"laporan_kertas": paper, "laporan_huruf_pt": 11})
    box = reader(_preview(desk).pdf).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == size_mm


def test_nota_dinas_head(desk):
    """Tata Naskah Dinas: the memo's own head (Kepada, Dari, Tembusan, Tanggal, Nomor,
    Sifat, Lampiran, Hal), an attachment the subject speaks of, one page, no letter
    closing and no Tembusan list at the foot."""
    preview = _preview(desk, harian(jenis="nota"))
    body = text(preview.pdf)
    head = ("NOTA DINAS Kepada : Yth. Sekretaris Daerah Provinsi Banten Dari : Kepala Badan "
            "Kesatuan Bangsa dan Politik Provinsi Banten Tembusan : Gubernur Banten (sebagai "
            "laporan); Arsip Tanggal : 28 November 2024 Nomor : (diberikan saat laporan "
            "diterbitkan) Sifat : Biasa Lampiran : 1 (satu) berkas Hal : Penyampaian Laporan "
            "Harian Desk Pilkada tanggal 26 November 2024")  # fmt: skip
    assert head in body
    assert "sampaikan Laporan Harian Desk Pilkada tanggal Selasa, 26 November 2024 (terlampir)" in body
    assert "Kesimpulan: Situasi kondusif. Rekomendasi: Patroli." in body
    assert len(pages(preview.pdf)) == 1
    assert "Demikian laporan ini" not in body and "Tembusan:" not in body
    assert "Gangguan dan Kerawanan" not in body and "A. Pengantar" not in body


def test_laporan_khusus_about_one_incident(desk):
    from app.models import Insiden

    with desk.uow() as uow:
        number = uow.session.query(Insiden.number).filter(Insiden.severity == 4).scalar()
    body = text(_preview(desk, harian(jenis="khusus", insiden_number=number.lower())).pdf)
    for part in (f"Hal : Laporan Khusus Desk Pilkada: insiden {number}", f"Nomor insiden : {number}",
                 "Tingkat keparahan : 4 Kritis", "Kronologi Massa berkumpul di depan balai desa.",
                 "Riwayat status", "Desa Sumberjaya"):  # fmt: skip
        assert part in body, part


def test_khusus_needs_an_incident_or_a_topic(desk):
    from app.services.core.errors import ValidationError

    with pytest.raises(ValidationError, match="nomor insiden atau uraian"):
        _preview(desk, harian(jenis="khusus"))
    body = text(
        _preview(
            desk, harian(jenis="khusus", uraian="Uraian <topik> A.\n\nParagraf kedua.", hal="Topik")
        ).pdf
    )
    assert "Uraian <topik> A." in body and "Paragraf kedua." in body


def test_future_day_is_refused(desk):
    from app.services.core.errors import ValidationError

    with pytest.raises(ValidationError, match="tidak boleh setelah hari ini"):
        _preview(desk, harian(day=DAY.replace(month=12)))
