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

EN.update(
    {
        "Wilayah (pilih)": "Region (choose)",
        "— tidak dikenali; isi di formulir": "— not recognised; fill it in the form",
        "Wilayah: %1": "Region: %1",
        "Wilayah: nama ini ada di beberapa tempat — pilih di bawah": "Region: this name exists in several places — choose below",
        "TPS: %1": "Polling station: %1",
        "Waktu: %1": "Time: %1",
        "Waktu: tidak disebut — diisi waktu pesan; periksa": "Time: not mentioned — the message time is used; check it",
        "Kategori: %1 (kata: %2)": "Category: %1 (words: %2)",
        "Kategori: %1": "Category: %1",
        "Keparahan: %1 (kata: %2)": "Severity: %1 (words: %2)",
        "Keparahan: tidak ada petunjuk — 2 Sedang, periksa": "Severity: no hint — 2 Medium, check it",
        "Pelapor: %1": "Reporter: %1",
        "Tambah lampiran…": "Add attachment…",
        "<i>Simpan data dulu, lalu tambahkan lampiran.</i>": "<i>Save the record first, then add attachments.</i>",
        "<i>Belum ada lampiran.</i>": "<i>No attachments yet.</i>",
        "Simpan data dulu, lalu tambahkan lampiran.": "Save the record first, then add attachments.",
        "Pilih foto, pindaian, atau PDF": "Choose a photo, scan or PDF",
        "Foto dan PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf)": "Photos and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf)",
        "Menyimpan lampiran…": "Saving attachment…",
        "Pengguna": "User",
        "Semua aksi": "All actions",
        "dari": "from",
        "sampai": "to",
        "UID data atau kata dalam perubahan": "Record UID or words in the change",
        "Terapkan": "Apply",
        "Ekspor .xlsx…": "Export .xlsx…",
        "Waktu": "Time",
        "Aksi": "Action",
        "Perubahan": "Change",
        "Memuat…": "Loading…",
        "%1 catatan audit; %2 dimuat (gulir untuk memuat berikutnya).": "%1 audit entries; %2 loaded (scroll to load more).",
        "Ekspor log audit": "Export audit log",
        "%1 baris diekspor ke %2": "%1 rows exported to %2",
        "Mengekspor…": "Exporting…",
        "Kata sandi Anda baru diatur ulang oleh Administrator. Ganti sekarang sebelum melanjutkan.": "An Administrator has just reset your password. Change it now before continuing.",
        "Ganti kata sandi Anda.": "Change your password.",
        "Ganti kata sandi": "Change password",
        "Ganti": "Change",
        "Kata sandi lama": "Old password",
        "Kata sandi baru (min. 8)": "New password (min. 8)",
        "Ulangi kata sandi baru": "Repeat new password",
        "Pilih ekspor obrolan WhatsApp": "Choose a WhatsApp chat export",
        "Teks (*.txt)": "Text (*.txt)",
        "Semua pesan di berkas ini sudah pernah diproses.": "Every message in this file has been handled already.",
        "Tinjau obrolan WhatsApp": "Review WhatsApp chat",
        "%1 pesan baru; %2 sudah pernah diproses dan tidak ditampilkan.": "%1 new messages; %2 handled before and not shown.",
        "Terima → draf": "Accept → draft",
        "Lewati": "Skip",
        "INS-2024-…": "INS-2024-…",
        "Gabungkan ke insiden": "Merge into incident",
        "Dipakai sekarang: %1": "In use now: %1",
        "SQLite bawaan di PC ini (satu PC, tanpa server)": "Embedded SQLite on this PC (one PC, no server)",
        "Server PostgreSQL bersama (beberapa PC satu desk)": "Shared PostgreSQL server (several PCs, one desk)",
        "Host": "Host",
        "Port": "Port",
        "Nama basis data": "Database name",
        "Kata sandi": "Password",
        "Uji koneksi": "Test connection",
        "Simpan untuk PC ini": "Save for this PC",
        "Sambungan baru dipakai setelah aplikasi dibuka ulang. Pada baris perintah, --db URL atau variabel DESK_PILKADA_DB_URL mengalahkan pilihan ini.": "The new connection is used after the application is reopened. On the command line, --db URL or the DESK_PILKADA_DB_URL variable override this choice.",
        "SQLite bawaan tidak perlu diuji.": "The embedded SQLite database needs no test.",
        "Menghubungi server…": "Contacting the server…",
        "Tersimpan. Buka ulang aplikasi untuk memakai sambungan ini.": "Saved. Reopen the application to use this connection.",
        "Mungkin insiden yang sama": "Possibly the same incident",
        "Sudah ada laporan di wilayah yang sama, kategori sama, dan waktu berdekatan. Tautkan laporan ini sebagai laporan lanjutan, atau simpan sebagai insiden baru.": "There are reports in the same region and category at a close time. Link this report as a follow-up, or save it as a new incident.",
        "Simpan sebagai baru": "Save as new",
        "Tautkan sebagai laporan lanjutan %1": "Link as a follow-up report to %1",
        "Administrator pertama": "First administrator",
        "Basis data ini belum memiliki pengguna. Buat akun Administrator; tidak ada kata sandi bawaan. Administrator kemudian membuat akun operator, verifikator, dan pimpinan.": "This database has no users yet. Create the Administrator account; there is no default password. The Administrator then creates the operator, verifier and leadership accounts.",
        "Buat dan masuk": "Create and sign in",
        "Nama pengguna": "Username",
        "Nama lengkap": "Full name",
        "Kata sandi (min. 8)": "Password (min. 8)",
        "Ulangi kata sandi": "Repeat password",
        "Semua wilayah (ketik kab/kota, kecamatan, desa)": "All regions (type a regency/city, district, village)",
        "Semua keparahan": "All severities",
        "Semua tahapan": "All stages",
        "Hanya terlambat ditindaklanjuti": "Only overdue follow-ups",
        "Cari nomor, lokasi, kronologi… (Ctrl+F)": "Search number, place, chronology… (Ctrl+F)",
        "Periode": "Period",
        "Semua kategori": "All categories",
        "mis. 5 atau TPS 005 (boleh kosong)": "e.g. 5 or TPS 005 (optional)",
        "data pribadi; disamarkan saat ekspor": "personal data; masked in exports",
        "—": "—",
        "Waktu kejadian*": "Time of incident*",
        "Wilayah*": "Region*",
        "TPS": "Polling station",
        "Lokasi": "Place",
        "Kategori*": "Category*",
        "Keparahan*": "Severity*",
        "Sumber": "Source",
        "Pelapor": "Reporter",
        "Telepon pelapor": "Reporter's phone",
        "Kronologi*": "Chronology*",
        "Pihak terlibat": "Parties involved",
        "Korban/kerugian": "Casualties/losses",
        "Tindakan": "Actions taken",
        "Lintang": "Latitude",
        "Bujur": "Longitude",
        "— (tidak terkait satu tahapan)": "— (not tied to one stage)",
        "(tidak aktif lagi) #%1": "(no longer active) #%1",
        "— pilih kategori —": "— choose a category —",
        "— (tidak terkait satu pemilihan)": "— (not tied to one contest)",
        "Laporan lanjutan dari %1": "Follow-up report of %1",
        "Nomor": "Number",
        "Keparahan": "Severity",
        "Wilayah": "Region",
        "Kategori": "Category",
        "Status dan tindak lanjut": "Status and follow-up",
        "Lampiran": "Attachments",
        "Riwayat": "History",
        "Baru": "New",
        "Catat insiden baru (Ctrl+N)": "Record a new incident (Ctrl+N)",
        "Simpan insiden (Ctrl+S)": "Save the incident (Ctrl+S)",
        "Tempel laporan…": "Paste report…",
        "Tempel pesan laporan (WhatsApp) dan dapatkan draf insiden": "Paste a report message (WhatsApp) and get a draft incident",
        "Impor obrolan…": "Import chat…",
        "Tinjau ekspor obrolan WhatsApp (.txt) pesan demi pesan": "Review a WhatsApp chat export (.txt) message by message",
        "Ekspor…": "Export…",
        "Ekspor tabel yang terfilter ke .xlsx atau .csv": "Export the filtered table to .xlsx or .csv",
        "%1 insiden": "%1 incidents",
        "terlambat ditindaklanjuti: %1": "overdue follow-ups: %1",
        "Perubahan belum disimpan": "Unsaved changes",
        "Perubahan pada formulir insiden belum disimpan. Buang perubahan itu?": "The changes in the incident form are not saved. Discard them?",
        "<b>Insiden baru</b>": "<b>New incident</b>",
        "<b>Draf dari laporan</b> — periksa lalu Simpan (Ctrl+S)": "<b>Draft from a report</b> — check it, then Save (Ctrl+S)",
        "Ekspor insiden": "Export incidents",
        "%1 insiden diekspor ke %2": "%1 incidents exported to %2",
        "Insiden baru: status Baru setelah disimpan.": "New incident: status Baru once saved.",
        "Diteruskan ke: %1": "Escalated to: %1",
        "Batas tindak lanjut: %1": "Follow-up deadline: %1",
        "Hasil: %1": "Outcome: %1",
        "Kata kunci per kategori insiden dan petunjuk keparahan untuk 'Tempel laporan' (format JSON). Tambahkan istilah setempat; simpan untuk dipakai semua PC desk.": "Keywords per incident category and severity hints for 'Paste report' (JSON). Add local terms; save to use them on every PC of the desk.",
        "Simpan kata kunci": "Save keywords",
        "Tersimpan.": "Saved.",
        "Masuk — Desk Pilkada": "Sign in — Desk Pilkada",
        "Masuk": "Sign in",
        "Data contoh: masuk otomatis sebagai operator contoh, tanpa kata sandi.": "Sample data: signed in automatically as the sample operator, without a password.",
        "Tempel laporan": "Paste report",
        "Tempel satu pesan laporan (mis. dari WhatsApp) di sini…": "Paste one report message (e.g. from WhatsApp) here…",
        "Buat draf insiden": "Create draft incident",
        "Draf belum disimpan: periksa di formulir, lalu Simpan.": "The draft is not saved: check it in the form, then Save.",
        "Pengguna dan peran": "Users and roles",
        "Log audit": "Audit log",
        "Koneksi basis data": "Database connection",
        "Kata kunci laporan": "Report keywords",
        "Akun saya": "My account",
        "Belum tersedia pada versi ini: kop instansi dan logo, penandatangan, format nomor laporan, kertas dan huruf, serta daftar referensi. Bahasa tampilan dapat diganti lewat berkas pengaturan (ui/language = en).": "Not available in this version yet: agency letterhead and logo, signers, brief numbering, paper and fonts, and reference lists. The display language can be changed in the settings file (ui/language = en).",
        "Lainnya": "Other",
        "Masuk sebagai %1 — peran %2.": "Signed in as %1 — role %2.",
        "Ganti kata sandi…": "Change password…",
        "Data contoh masuk otomatis tanpa kata sandi.": "Sample data signs in automatically without a password.",
        "Ketik nama desa/kecamatan/kab-kota atau kode…": "Type a village/district/regency name or code…",
        "Atur ulang kata sandi %1": "Reset password of %1",
        "Pengguna wajib mengganti kata sandi sementara ini saat masuk. Kunci akun ikut dibuka.": "The user must change this temporary password at sign-in. The account lock is lifted too.",
        "Atur ulang": "Reset",
        "Kata sandi sementara": "Temporary password",
        "%1 → %2": "%1 → %2",
        "Diteruskan ke*": "Escalate to*",
        "Batas tindak lanjut*": "Follow-up deadline*",
        "Hasil tindak lanjut*": "Follow-up outcome*",
        "Alasan*": "Reason*",
        "Catatan": "Note",
        "Ubah pengguna": "Edit user",
        "Tambah pengguna": "Add user",
        "Aktif (dapat masuk)": "Active (may sign in)",
        "Peran": "Role",
        "nonaktif": "inactive",
        "terkunci": "locked",
        "wajib ganti kata sandi": "must change password",
        "aktif": "active",
        "Tambah pengguna…": "Add user…",
        "Ubah…": "Edit…",
        "Atur ulang kata sandi…": "Reset password…",
        "Belum masuk. Tutup dan buka kembali aplikasi untuk masuk.": "Not signed in. Close and reopen the application to sign in.",
        "Data pribadi": "Personal data",
        "Simpan pengaturan desk": "Save desk settings",
        "Pengaturan desk": "Desk settings",
        "Sertakan nomor telepon pelapor apa adanya? Pilih 'No' untuk menyamarkannya.": "Include reporters' phone numbers as they are? Choose 'No' to mask them.",
        "Kata sandi harus diganti sebelum aplikasi dapat dipakai.": "The password must be changed before the application can be used.",
    }
)


def _area_tables() -> None:
    """Merge the ``EN`` tables of ``en_<area>.py`` beside this file (one per area, so
    work on different pages never edits the same table)."""
    import importlib.util

    for module_path in sorted(Path(__file__).parent.glob("en_*.py")):
        spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        EN.update(module.EN)


def _fill_plural(translation, english, missing: list[str], source: str) -> None:
    """A ``%n`` message: English has a singular and a plural form. The table gives either
    both as a tuple or one text with "(s)" ("%n page(s)" → "%n page", "%n pages")."""
    forms = translation.findall("numerusform")
    if forms and all((f.text or "").strip() for f in forms):
        return
    if english is None:
        missing.append(source)
        return
    if isinstance(english, str):
        english = (english.replace("(s)", ""), english.replace("(s)", "s"))
    for form in forms:
        translation.remove(form)
    translation.text = None
    for text in english:
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)


def main(path: Path) -> int:
    _area_tables()
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            _fill_plural(translation, EN.get(source), missing, source)
            continue
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
