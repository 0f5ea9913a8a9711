"""The brief's settings as one plain object, read once per brief from the desk settings
(``services.pengaturan``, section ``laporan``). Blank kop, addressee and signer lines
take defaults from the desk's province, so a new desk prints a sensible letterhead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.services.briefs import rules
from app.services.core import pengaturan
from app.services.core.uow import UnitOfWork

#: Banten (SPEC's first user): its provincial government address and city.
_BANTEN_ADDRESS = (
    "Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Jalan Syech Nawawi Al Bantani, "
    "Palima, Serang, Banten"
)
DEFAULT_DASAR = (
    "Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 "
    "Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun "
    "2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang;\n"
    "Peraturan Komisi Pemilihan Umum Nomor 2 Tahun 2024 tentang Tahapan dan Jadwal Pemilihan "
    "Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil Walikota "
    "Tahun 2024;\n"
    "Pemantauan Desk Pilkada atas tahapan, insiden, logistik, sosialisasi, dan partisipasi."
)


def province_defaults(province_code: str, province_name: str) -> dict[str, str]:
    """What a blank setting means for this desk's province (also the editor's hints)."""
    name = province_name or "…"
    capital = "Serang" if province_code == "36" else ""
    return {
        "laporan_kop_pemerintah": f"PEMERINTAH PROVINSI {name.upper()}",
        "laporan_kop_alamat": _BANTEN_ADDRESS if province_code == "36" else "",
        "laporan_kop_kode_pos": "42171" if province_code == "36" else "",
        "laporan_tempat": capital,
        "laporan_tujuan": f"Sekretaris Daerah Provinsi {name}",
        "laporan_tujuan_di": capital,
        "laporan_ttd_jabatan": f"KEPALA BADAN KESATUAN BANGSA DAN POLITIK PROVINSI {name.upper()}",
        "laporan_tembusan": f"Gubernur {name} (sebagai laporan);\nArsip.",
        "laporan_dasar": DEFAULT_DASAR,
    }


@dataclass(frozen=True)
class BriefSettings:
    kop_pemerintah: str
    kop_instansi: str
    kop_alamat: str
    kop_kontak: str
    logo: bytes
    place: str
    addressee: str
    addressee_place: str
    signer_title: str
    signer_name: str
    signer_rank: str
    signer_nip: str
    number_pattern: str
    number_kode: str
    number_unit: str
    paper: str
    margins_cm: tuple[float, float, float, float]  # top, bottom, left, right
    font_size: int
    spacing: float
    classification: str
    tembusan: tuple[str, ...]
    dasar: tuple[str, ...]
    agency_name: str
    province_name: str
    timezone: str
    is_demo: bool

    @property
    def paper_mm(self) -> tuple[float, float]:
        return rules.PAPERS[self.paper]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def contact_line(telepon: str, laman: str, email: str, kode_pos: str) -> str:
    """``Telepon ... Laman ... Pos-el ... Kode Pos 42171``, leaving out what is blank."""
    parts = [
        ("Telepon", telepon), ("Laman", laman), ("Pos-el", email), ("Kode Pos", kode_pos),
    ]  # fmt: skip
    return FIELD_SEPARATOR.join(f"{label} {value.strip()}" for label, value in parts if value.strip())


#: Between the fields of the kop's contact line: the only place the line may wrap.
FIELD_SEPARATOR = " · "


def effective(values: dict[str, Any]) -> dict[str, Any]:
    """The stored values with blanks filled from the province defaults."""
    defaults = province_defaults(values["province_code"], values["province_name"])
    return {k: (v if not (k in defaults and v == "") else defaults[k]) for k, v in values.items()}


def load(uow: UnitOfWork) -> BriefSettings:
    v = effective(pengaturan.get_all(uow))
    return BriefSettings(
        kop_pemerintah=v["laporan_kop_pemerintah"],
        kop_instansi=v["laporan_kop_instansi"],
        kop_alamat=v["laporan_kop_alamat"],
        kop_kontak=contact_line(
            v["laporan_kop_telepon"],
            v["laporan_kop_laman"],
            v["laporan_kop_email"],
            v["laporan_kop_kode_pos"],
        ),  # fmt: skip
        logo=rules.logo_bytes(v["laporan_logo"]),
        place=v["laporan_tempat"],
        addressee=v["laporan_tujuan"],
        addressee_place=v["laporan_tujuan_di"],
        signer_title=v["laporan_ttd_jabatan"],
        signer_name=v["laporan_ttd_nama"],
        signer_rank=v["laporan_ttd_pangkat"],
        signer_nip=v["laporan_ttd_nip"],
        number_pattern=v["laporan_nomor_pola"],
        number_kode=v["laporan_nomor_kode"],
        number_unit=v["laporan_nomor_unit"],
        paper=v["laporan_kertas"],
        margins_cm=(
            v["laporan_margin_atas"],
            v["laporan_margin_bawah"],
            v["laporan_margin_kiri"],
            v["laporan_margin_kanan"],
        ),  # fmt: skip
        font_size=v["laporan_huruf_pt"],
        spacing=v["laporan_spasi"],
        classification=v["laporan_klasifikasi"],
        tembusan=_lines(v["laporan_tembusan"]),
        dasar=_lines(v["laporan_dasar"]),
        agency_name=v["agency_name"],
        province_name=v["province_name"],
        timezone=v["timezone"],
        is_demo=v["is_demo"],
    )
