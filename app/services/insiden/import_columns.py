"""The columns of an incident spreadsheet: the template's headers (which the register
export writes too, so an export imports back) and the other names offices use."""

from __future__ import annotations

from app.models import Insiden, Pemilihan, Referensi, Tahapan, Wilayah
from app.services.importing.columns import Column
from app.services.importing.values import DATETIME_HELP, parse_datetime, parse_time
from app.services.insiden.import_lookup import (
    long_text,
    parse_coordinate,
    parse_phone,
    parse_severity,
    parse_status,
)

#: Any one of these locates the incident; the code wins, names are checked against it.
REGION_KEYS = ("wilayah", "kabkota", "kecamatan", "desa")

COLUMNS = (
    Column("nomor", "Nomor", False, ("nomor insiden", "no insiden", "no. insiden"), "Nomor insiden (INS-2024-000123) bila sudah ada; kosongkan untuk laporan baru", store=Insiden.number),
    Column("waktu", "Waktu kejadian", True, ("tanggal kejadian", "tgl kejadian", "waktu", "tanggal", "tgl", "hari/tanggal", "waktu kejadian (wib)", "waktu kejadian (wita)", "waktu kejadian (wit)"), f"Tanggal dan jam kejadian, waktu setempat ({DATETIME_HELP})", parse_datetime),
    Column("jam", "Jam kejadian", False, ("jam", "pukul", "jam kejadian (wib)"), "Jam kejadian bila ditulis terpisah dari tanggal, mis. 14.30", parse_time),
    Column("dilaporkan", "Waktu laporan", False, ("waktu lapor", "tanggal laporan", "tgl laporan", "dilaporkan", "waktu laporan (wib)"), "Kapan laporan diterima desk; kosong = saat impor", parse_datetime),
    Column("wilayah", "Kode wilayah", False, ("wilayah", "kode kemendagri", "kode desa", "kode wilayah kemendagri"), "Kode Kemendagri (36.01.01.2001) atau nama wilayah kejadian; wajib bila kolom nama wilayah kosong", store=Wilayah.name),
    Column("kabkota", "Kab/Kota", False, ("kabupaten/kota", "kabupaten kota", "kab kota", "kabupaten", "kota"), "Nama kab/kota kejadian (bila tanpa kode wilayah)", store=Wilayah.name),
    Column("kecamatan", "Kecamatan", False, ("kec", "kec."), "Nama kecamatan kejadian", store=Wilayah.name),
    Column("desa", "Desa/Kelurahan", False, ("desa", "kelurahan", "desa kelurahan", "kel/desa", "kelurahan/desa"), "Nama desa/kelurahan kejadian", store=Wilayah.name),
    Column("tps", "TPS", False, ("no tps", "nomor tps"), "Nomor TPS, mis. 5 atau TPS 005", store=Insiden.tps),
    Column("lokasi", "Lokasi", False, ("detail lokasi", "tempat", "tempat kejadian", "lokasi kejadian", "alamat"), "Keterangan tempat, mis. halaman balai desa", store=Insiden.place_detail),
    Column("lintang", "Lintang", False, ("latitude", "lat"), "Lintang desimal, mis. -6,1203", parse_coordinate, store=Insiden.latitude),
    Column("bujur", "Bujur", False, ("longitude", "long", "lon", "lng"), "Bujur desimal, mis. 106,1503", parse_coordinate, store=Insiden.longitude),
    Column("kategori", "Kategori", True, ("kategori insiden", "jenis insiden", "jenis kejadian", "jenis"), "Kategori insiden: kode atau nama (lihat lembar Daftar)", store=Referensi.name),
    Column("keparahan", "Keparahan", True, ("tingkat keparahan", "tingkat", "level"), "1 Rendah, 2 Sedang, 3 Tinggi, atau 4 Kritis (angka, nama, atau keduanya)", parse_severity, store=Insiden.severity),
    Column("pemilihan", "Pemilihan", False, ("pilkada", "kontestasi"), "Nama pemilihan, ID-nya, atau wilayahnya (mis. Banten, Kota Cilegon)", store=Pemilihan.name),
    Column("tahapan", "Tahapan", False, ("kode tahapan",), "Kode tahapan (mis. T14) atau namanya; perlu kolom Pemilihan", store=Tahapan.name),
    Column("sumber", "Sumber", False, ("sumber laporan", "sumber informasi", "saluran"), "Sumber laporan: kode atau nama (lihat lembar Daftar)", store=Referensi.name),
    Column("pelapor", "Pelapor", False, ("nama pelapor",), "Nama pelapor", store=Insiden.reporter),
    Column("telepon", "Telepon pelapor", False, ("telepon", "no hp", "nomor hp", "hp", "no telepon", "nomor telepon", "kontak"), "Nomor telepon pelapor, mis. 0812-3456-7890 (data pribadi)", parse_phone, store=Insiden.reporter_phone),
    Column("kronologi", "Kronologi", True, ("uraian", "uraian kejadian", "kronologis", "deskripsi", "keterangan kejadian"), "Kronologi kejadian", long_text, store=Insiden.chronology),
    Column("pihak", "Pihak terlibat", False, ("pihak", "pihak yang terlibat", "pelaku"), "Pihak yang terlibat", long_text, store=Insiden.parties),
    Column("kerugian", "Korban/kerugian", False, ("korban", "kerugian", "korban dan kerugian"), "Korban jiwa dan kerugian", long_text, store=Insiden.losses),
    Column("tindakan", "Tindakan", False, ("tindakan yang diambil", "penanganan", "langkah"), "Tindakan yang sudah diambil", long_text, store=Insiden.actions_taken),
    Column("diteruskan", "Diteruskan ke", False, ("instansi", "eskalasi", "dieskalasi ke", "diteruskan kepada"), "Instansi tujuan tindak lanjut: kode atau nama (lihat lembar Daftar)", store=Referensi.name),
    Column("batas", "Batas tindak lanjut", False, ("tenggat", "batas waktu", "deadline"), f"Batas waktu tindak lanjut ({DATETIME_HELP})", parse_datetime),
    Column("hasil", "Hasil tindak lanjut", False, ("hasil", "hasil penanganan"), "Hasil tindak lanjut", long_text, store=Insiden.outcome),
    Column("status", "Status", False, ("status insiden",), "Kosong atau Baru untuk laporan baru (diverifikasi kemudian); status insiden yang sudah ada tidak diubah oleh impor", parse_status, store=Insiden.status),
)  # fmt: skip
