"""Fills the English translations into desk_pilkada_en.ts (run after ``dev.py i18n``).

The .ts file is the source of truth for translators; this table only seeds it so the
English build is complete. Entries already translated in the .ts are left alone.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    "Penyiapan pertama Desk Pilkada": "Desk Pilkada first-run setup",
    "Basis data ini masih kosong. Pilih provinsi yang dilayani desk ini; daftar kab/kota, kecamatan, dan desa/kelurahan (Kemendagri), pemilihan serentak 2024 beserta tahapannya (PKPU 2/2024), dan daftar referensi akan disiapkan.": "This database is still empty. Choose the province this desk serves; its regencies/cities, districts and villages (Kemendagri), the 2024 simultaneous elections with their stages (PKPU 2/2024) and the reference lists will be set up.",
    "Siapkan": "Set up",
    "Batal": "Cancel",
    "Lini masa tahapan": "Stage timeline",
    "Hari ini": "Today",
    "Impor %1": "Import %1",
    "Berkas": "File",
    "Memeriksa berkas…": "Checking the file…",
    "Simpan daftar kesalahan…": "Save error list…",
    "Impor": "Import",
    "Tutup": "Close",
    "Impor %1 baris valid": "Import %1 valid rows",
    "%1 baris dibaca: %2 valid, %3 baris bermasalah.": "%1 rows read: %2 valid, %3 rows with problems.",
    "Baris bermasalah tidak akan diimpor; perbaiki berkasnya lalu impor ulang.": "Rows with problems will not be imported; fix the file and import again.",
    "Kolom yang diabaikan: %1.": "Ignored columns: %1.",
    "Belum ada data yang disimpan.": "Nothing has been saved yet.",
    "Kesalahan tak terduga: %1": "Unexpected error: %1",
    "Menyimpan…": "Saving…",
    "Impor selesai: %1": "Import finished: %1",
    "Simpan daftar kesalahan": "Save error list",
    "Daftar kesalahan disimpan: %1": "Error list saved: %1",
    "Membuka basis data…": "Opening the database…",
    "Keluar": "Quit",
    "DATA CONTOH": "SAMPLE DATA",
    " (per %1)": " (as of %1)",
    "Pengguna: %1": "User: %1",
    "Memproses…": "Working…",
    "<p><b>Halaman ini belum tersedia pada versi ini.</b></p><p>Yang akan datang: %1</p>": "<p><b>This page is not available in this version yet.</b></p><p>Coming: %1</p>",
    "Baris": "Row",
    "Kolom": "Column",
    "Masalah": "Problem",
    "Pilih tahapan di tabel atau lini masa.": "Choose a stage in the table or the timeline.",
    "sudah": "done",
    "Centang bila tahapan sudah mulai": "Tick when the stage has started",
    "Centang bila tahapan sudah selesai": "Tick when the stage has finished",
    "mis. KPU, Bawaslu": "e.g. KPU, Bawaslu",
    "Simpan": "Save",
    "Simpan perubahan tahapan (Ctrl+S)": "Save the stage changes (Ctrl+S)",
    "Mulai aktual": "Actual start",
    "Selesai aktual": "Actual end",
    "Progres": "Progress",
    "Penanggung jawab": "Responsible",
    "Keterangan": "Remarks",
    "Pelaksanaan": "Execution",
    "Tulis catatan pemantauan…": "Write a monitoring note…",
    "Tambah catatan": "Add note",
    "Tambahkan catatan bertanggal (Ctrl+M)": "Add a dated note (Ctrl+M)",
    "Catatan pemantauan": "Monitoring notes",
    "Rencana: %1 s.d. %2": "Planned: %1 to %2",
    " · progres rencana hari ini %1%": " · planned progress today %1%",
    "Pemilihan": "Contest",
    "Semua status": "All statuses",
    "Muat ulang": "Reload",
    "Muat ulang data (F5)": "Reload data (F5)",
    "Impor jadwal…": "Import schedule…",
    "Impor jadwal tahapan dari .xlsx atau .csv (Ctrl+I)": "Import a stage schedule from .xlsx or .csv (Ctrl+I)",
    "Unduh templat…": "Download template…",
    "Pemilihan:": "Contest:",
    "Lini masa:": "Timeline:",
    '<span style="color:#d5dde6">■</span> rencana · garis merah: hari ini': '<span style="color:#d5dde6">■</span> planned · red line: today',
    "%1 tahapan": "%1 stages",
    "Pilih berkas jadwal tahapan": "Choose a stage schedule file",
    "Lembar kerja (*.xlsx *.xls *.ods *.csv)": "Spreadsheets (*.xlsx *.xls *.ods *.csv)",
    "Semua pemilihan": "All contests",
    "Terapkan ke": "Apply to",
    "Simpan templat": "Save template",
    "Templat": "Template",
    "Templat disimpan: %1": "Template saved: %1",
    "Kode": "Code",
    "Tahapan": "Stages",
    "Rencana\nmulai": "Planned\nstart",
    "Rencana\nselesai": "Planned\nend",
    "Aktual\nmulai": "Actual\nstart",
    "Aktual\nselesai": "Actual\nend",
    "Status": "Status",
    "Status: %1": "Status: %1",
    "Progres %1% (rencana linear %2%)": "Progress %1% (linear plan %2%)",
    "Mohon tunggu": "Please wait",
    "Menyiapkan basis data…": "Preparing the database…",
    "Basis data belum disiapkan. Tutup dan buka kembali aplikasi untuk memilih provinsi.": "The database is not set up. Close and reopen the application to choose the province.",
    "Menyiapkan data wilayah dan tahapan…": "Preparing regions and stages…",
    "Dasbor": "Dashboard",
    "Insiden": "Incidents",
    "Logistik": "Logistics",
    "Sosialisasi": "Outreach",
    "Partisipasi": "Participation",
    "Kerawanan": "Vulnerability",
    "Laporan": "Briefs",
    "Data": "Data",
    "Pengaturan": "Settings",
    "hitung mundur hari pemungutan suara, ringkasan insiden, kesiapan logistik, tahapan, sosialisasi dan partisipasi, grafik, peta kab/kota, dan daftar peringatan.": "countdown to voting day, incident summary, logistics readiness, stages, outreach and participation, charts, a regency/city map and the alert list.",
    "register insiden dengan alur verifikasi, tindak lanjut, lampiran, peringatan duplikat, dan riwayat status.": "the incident register with verification workflow, follow-up, attachments, duplicate warnings and status history.",
    "pengiriman dan penerimaan logistik, kebutuhan per wilayah, matriks kesiapan, dan daftar pengiriman berisiko.": "logistics consignments and receipts, requirements per region, the readiness matrix and the at-risk list.",
    "register kegiatan sosialisasi dengan kelompok sasaran, kehadiran, anggaran, dan grafik jangkauan.": "the outreach session register with target groups, attendance, budget and reach charts.",
    "DPT dan tingkat partisipasi per wilayah, dibandingkan dengan target dan pemilihan sebelumnya.": "voter lists and turnout per region, against the target and an earlier election.",
    "skor IKP dan levelnya, jumlah TPS rawan, tekanan insiden, dan peringkat wilayah.": "IKP scores and levels, vulnerable polling stations, incident pressure and the region ranking.",
    "laporan harian, mingguan, khusus, dan nota dinas dalam PDF resmi, dengan register dan verifikasi SHA-256.": "daily, weekly and special briefs and cover memos as official PDFs, with a register and SHA-256 verification.",
    "impor dan ekspor Excel/CSV semua register, paket pertukaran antar-desk, serta cadangan dan pemulihan. Impor jadwal tahapan sudah tersedia di halaman Tahapan.": "Excel/CSV import and export of every register, desk-to-desk exchange packages, backup and restore. Stage schedule import is already on the Stages page.",
    "kop instansi dan logo, penandatangan, format nomor, kertas dan huruf, daftar referensi, pengguna dan peran, log audit, serta koneksi basis data.": "agency letterhead and logo, signers, numbering format, paper and fonts, reference lists, users and roles, the audit log and the database connection.",
    "Tidak dapat dilanjutkan": "Cannot continue",
    "Terjadi kesalahan": "An error occurred",
    "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman; tindakan terakhir mungkin belum tersimpan.": "An unexpected error occurred. Saved data is safe; the last action may not have been saved.",
    "Rincian teknis dicatat di berkas log:\n%1\nKirimkan berkas ini kepada pengelola aplikasi.": "Technical details were written to the log file:\n%1\nSend this file to the application's administrator.",
}


def main(path: Path) -> int:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", None) and not (translation.text or "").strip():
            if source in EN:
                translation.text = EN[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
        elif translation.get("type") == "unfinished" and source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"belum diterjemahkan: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(
        main(
            Path(sys.argv[1])
            if len(sys.argv) > 1
            else Path(__file__).with_name("desk_pilkada_en.ts")
        )
    )
