"""Shared by the brief tests: a signer in the settings, incidents spread over the kab/kota,
and reading a PDF back the way a reader sees it (pypdf)."""

from __future__ import annotations

import io
from datetime import date, datetime, time

from pypdf import PdfReader

from app.services.briefs.request import BriefRequest
from app.services.core import pengaturan
from tests.services.insiden.helpers import WIB, pin, record, walk, wib

DAY = date(2024, 11, 26)
SIGNER = {
    "laporan_ttd_nama": "Drs. H. Contoh Penanda Tangan, M.Si.",
    "laporan_ttd_pangkat": "Pembina Utama Muda (IV/c)",
    "laporan_ttd_nip": "197001011990031001",
    "laporan_kop_telepon": "(0254) 123456",
    "laporan_kop_email": "desk@contoh.go.id",
}
#: desa code, severity, day, hour: incidents on and around the brief's day.
INCIDENTS = [
    ("36.01.01.2001", 4, 26, 9), ("36.01.01.2001", 2, 26, 11), ("36.02.01.2002", 3, 26, 14),
    ("36.03.01.1001", 1, 26, 8), ("36.71.01.1001", 3, 26, 20), ("36.73.01.1001", 2, 25, 23),
    ("36.74.01.1001", 1, 24, 10),
]  # fmt: skip


def sign(db, **extra) -> None:
    with db.uow("tester") as uow:
        pengaturan.save(uow, SIGNER | extra)


#: When the brief tests' desk records its data: late on the brief's day, so a brief for
#: that day (read as of its end, SPEC 14) holds it. ``issue_day`` moves the clock on.
RECORDED = datetime.combine(DAY, time(23), WIB)


def issue_day(db) -> None:
    """The desk clock on the day briefs are issued: 28 Nov 2024, after voting day."""
    pin(db)


def seed_incidents(db) -> list[int]:
    """The incidents above (recorded late on 26 Nov 2024); the Tinggi one in Lebak is
    verified, so the statuses differ."""
    pin(db, RECORDED)
    ids = []
    for desa, severity, day, hour in INCIDENTS:
        saved = record(db, desa=desa, severity=severity, occurred_at=wib(day, hour))
        ids.append(saved.id)
    walk(db, ids[2], "Terverifikasi")
    return ids


def harian(**kw) -> BriefRequest:
    values = {
        "jenis": "harian",
        "day": DAY,
        "kesimpulan": "Situasi kondusif.",
        "rekomendasi": "Patroli.",
    }
    return BriefRequest(**(values | kw))


def pages(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def text(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font used, by base name → whether its program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found
