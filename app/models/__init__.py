"""SQLAlchemy models, one entity per module. Importing this package registers them all."""

from app.models.audit import AuditLog
from app.models.base import Base, Entity
from app.models.berkas import Berkas, BerkasPotongan
from app.models.insiden import Insiden, RiwayatInsiden
from app.models.kerawanan import Kerawanan
from app.models.lampiran import Lampiran
from app.models.laporan import Laporan
from app.models.laporan_draf import LaporanDraf
from app.models.logistik import Kebutuhan, LogistikDiterima, Pengiriman, PengirimanBaris
from app.models.nomor import NomorUrut
from app.models.paket import PaketPertukaran
from app.models.partisipasi import Partisipasi, PemilihanLalu
from app.models.pemilihan import Pemilihan
from app.models.pengaturan import Pengaturan
from app.models.pengguna import Pengguna
from app.models.perubahan import Perubahan
from app.models.pesan_laporan import PesanLaporan
from app.models.referensi import Referensi
from app.models.sosialisasi import Sosialisasi, sosialisasi_sasaran
from app.models.tahapan import CatatanTahapan, Tahapan
from app.models.wilayah import Wilayah

__all__ = [
    "AuditLog",
    "Base",
    "Berkas",
    "BerkasPotongan",
    "CatatanTahapan",
    "Entity",
    "Insiden",
    "Kebutuhan",
    "Kerawanan",
    "Lampiran",
    "Laporan",
    "LaporanDraf",
    "LogistikDiterima",
    "NomorUrut",
    "PaketPertukaran",
    "Partisipasi",
    "Pemilihan",
    "PemilihanLalu",
    "Pengaturan",
    "Pengguna",
    "Perubahan",
    "Pengiriman",
    "PengirimanBaris",
    "PesanLaporan",
    "Referensi",
    "RiwayatInsiden",
    "Sosialisasi",
    "sosialisasi_sasaran",
    "Tahapan",
    "Wilayah",
]
