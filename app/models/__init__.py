"""SQLAlchemy models, one entity per module. Importing this package registers them all."""

from app.models.audit import AuditLog
from app.models.base import Base, Entity
from app.models.insiden import Insiden, RiwayatInsiden
from app.models.lampiran import Lampiran
from app.models.nomor import NomorUrut
from app.models.pemilihan import Pemilihan
from app.models.pengaturan import Pengaturan
from app.models.pengguna import Pengguna
from app.models.pesan_laporan import PesanLaporan
from app.models.referensi import Referensi
from app.models.tahapan import CatatanTahapan, Tahapan
from app.models.wilayah import Wilayah

__all__ = [
    "AuditLog",
    "Base",
    "CatatanTahapan",
    "Entity",
    "Insiden",
    "Lampiran",
    "NomorUrut",
    "RiwayatInsiden",
    "Pemilihan",
    "Pengaturan",
    "Pengguna",
    "PesanLaporan",
    "Referensi",
    "Tahapan",
    "Wilayah",
]
