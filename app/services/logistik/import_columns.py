"""Columns and cell parsers shared by the logistics imports: consignment number, item,
contest and destination, and the words a sheet may use for a level."""

from __future__ import annotations

from app.models import Pemilihan, Pengiriman, Referensi, Wilayah
from app.models.logistik import LEVELS
from app.services.importing.columns import Column
from app.services.importing.values import CellError, text

_LEVEL_WORDS = {
    "kpu provinsi": LEVELS[0], "kpu prov": LEVELS[0], "provinsi": LEVELS[0],
    "kpu kab/kota": LEVELS[1], "kpu kabupaten": LEVELS[1], "kpu kota": LEVELS[1], "kpu kab": LEVELS[1],
    "kab/kota": LEVELS[1], "ppk": LEVELS[2], "kecamatan": LEVELS[2], "pps": LEVELS[3], "desa": LEVELS[3],
    "kpps": LEVELS[4], "tps": LEVELS[4], "kpps/tps": LEVELS[4],
}  # fmt: skip


def parse_level(raw: object) -> str | None:
    value = " ".join(text(raw).lower().split())
    if not value:
        return None
    if value not in _LEVEL_WORDS:
        raise CellError(f"Tingkat '{raw}' tidak dikenal. Pilihan: {', '.join(LEVELS)}.")
    return _LEVEL_WORDS[value]


def parse_yes(raw: object) -> bool:
    return text(raw).lower() in ("ya", "y", "yes", "1", "true", "dikawal")


ITEM = Column(
    "barang",
    "barang",
    True,
    ("jenis barang", "jenis logistik", "item", "logistik"),
    "Kode atau nama jenis logistik, mis. SURAT_SUARA atau Kotak suara",
    store=Referensi.name,
)
NUMBER = Column(
    "nomor",
    "nomor",
    True,
    ("nomor pengiriman", "no pengiriman", "no", "nomor surat jalan"),
    "Nomor pengiriman (kunci: baris bernomor sama = satu pengiriman)",
    store=Pengiriman.number,
)
CONTEST = Column(
    "pemilihan",
    "pemilihan",
    False,
    ("jenis pemilihan", "pilkada"),
    "'gubernur', nama kab/kota untuk pemilihan bupati/wali kota, atau ID; wajib untuk surat suara",
    store=Pemilihan.name,
)
TARGET = Column("tujuan", "kode wilayah tujuan", True, ("wilayah tujuan", "tujuan", "kode tujuan"), "Kode atau nama kab/kota, kecamatan, atau desa tujuan", store=Wilayah.name)  # fmt: skip
