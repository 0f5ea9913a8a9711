<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="62" />
        <source>Wilayah (pilih)</source>
        <translation>Region (choose)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="75" />
        <source>— tidak dikenali; isi di formulir</source>
        <translation>— not recognised; fill it in the form</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="78" />
        <location filename="../../app/views/laporan_chat_view.py" line="82" />
        <source>Wilayah: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="80" />
        <source>Wilayah: nama ini ada di beberapa tempat — pilih di bawah</source>
        <translation>Region: this name exists in several places — choose below</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="84" />
        <source>TPS: %1</source>
        <translation>Polling station: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="89" />
        <source>Waktu: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="94" />
        <source>Waktu: tidak disebut — diisi waktu pesan; periksa</source>
        <translation>Time: not mentioned — the message time is used; check it</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="98" />
        <source>Kategori: %1 (kata: %2)</source>
        <translation>Category: %1 (words: %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="103" />
        <source>Kategori: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="106" />
        <source>Keparahan: %1 (kata: %2)</source>
        <translation>Severity: %1 (words: %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="111" />
        <source>Keparahan: tidak ada petunjuk — 2 Sedang, periksa</source>
        <translation>Severity: no hint — 2 Medium, check it</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="114" />
        <source>Pelapor: %1</source>
        <translation>Reporter: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../app/views/attachments_panel.py" line="30" />
        <source>Tambah lampiran…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../app/views/attachments_panel.py" line="41" />
        <source>&lt;i&gt;Simpan data dulu, lalu tambahkan lampiran.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Save the record first, then add attachments.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/attachments_panel.py" line="47" />
        <source>&lt;i&gt;Belum ada lampiran.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No attachments yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/attachments_panel.py" line="65" />
        <source>Simpan data dulu, lalu tambahkan lampiran.</source>
        <translation>Save the record first, then add attachments.</translation>
    </message>
    <message>
        <location filename="../../app/views/attachments_panel.py" line="67" />
        <source>Pilih foto, pindaian, atau PDF</source>
        <translation>Choose a photo, scan or PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/attachments_panel.py" line="68" />
        <source>Foto dan PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf)</source>
        <translation>Photos and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/attachments_panel.py" line="78" />
        <source>Menyimpan lampiran…</source>
        <translation>Saving attachment…</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../app/views/audit_panel.py" line="36" />
        <location filename="../../app/views/audit_panel.py" line="71" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="38" />
        <source>Semua aksi</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="41" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="42" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="47" />
        <source>UID data atau kata dalam perubahan</source>
        <translation>Record UID or words in the change</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="48" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="52" />
        <source>Ekspor .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="70" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="72" />
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="73" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="74" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="104" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="109" />
        <source>%1 catatan audit; %2 dimuat (gulir untuk memuat berikutnya).</source>
        <translation>%1 audit entries; %2 loaded (scroll to load more).</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="119" />
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="130" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="135" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="154" />
        <source>Kata sandi Anda baru diatur ulang oleh Administrator. Ganti sekarang sebelum melanjutkan.</source>
        <translation>An Administrator has just reset your password. Change it now before continuing.</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="157" />
        <source>Ganti kata sandi Anda.</source>
        <translation>Change your password.</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="159" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="159" />
        <source>Ganti</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="163" />
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="164" />
        <source>Kata sandi baru (min. 8)</source>
        <translation>New password (min. 8)</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="165" />
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>ChatIntake</name>
    <message>
        <location filename="../../app/views/laporan_chat_controller.py" line="50" />
        <source>Pilih ekspor obrolan WhatsApp</source>
        <extracomment>The message the draft on the page came from.</extracomment>
        <translation>Choose a WhatsApp chat export</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_controller.py" line="50" />
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_controller.py" line="60" />
        <source>Semua pesan di berkas ini sudah pernah diproses.</source>
        <translation>Every message in this file has been handled already.</translation>
    </message>
</context>
<context>
    <name>ChatReviewDialog</name>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="130" />
        <source>Tinjau obrolan WhatsApp</source>
        <translation>Review WhatsApp chat</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="133" />
        <source>%1 pesan baru; %2 sudah pernah diproses dan tidak ditampilkan.</source>
        <translation>%1 new messages; %2 handled before and not shown.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="143" />
        <source>Terima → draf</source>
        <translation>Accept → draft</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="145" />
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="148" />
        <source>INS-2024-…</source>
        <translation>INS-2024-…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="149" />
        <source>Gabungkan ke insiden</source>
        <translation>Merge into incident</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <location filename="../../app/views/database_panel.py" line="29" />
        <source>Dipakai sekarang: %1</source>
        <translation>In use now: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="31" />
        <source>SQLite bawaan di PC ini (satu PC, tanpa server)</source>
        <translation>Embedded SQLite on this PC (one PC, no server)</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="32" />
        <source>Server PostgreSQL bersama (beberapa PC satu desk)</source>
        <translation>Shared PostgreSQL server (several PCs, one desk)</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="45" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="46" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="47" />
        <source>Nama basis data</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="48" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="49" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="52" />
        <source>Uji koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="54" />
        <source>Simpan untuk PC ini</source>
        <translation>Save for this PC</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="64" />
        <source>Sambungan baru dipakai setelah aplikasi dibuka ulang. Pada baris perintah, --db URL atau variabel DESK_PILKADA_DB_URL mengalahkan pilihan ini.</source>
        <translation>The new connection is used after the application is reopened. On the command line, --db URL or the DESK_PILKADA_DB_URL variable override this choice.</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="102" />
        <source>SQLite bawaan tidak perlu diuji.</source>
        <translation>The embedded SQLite database needs no test.</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="104" />
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../../app/views/database_panel.py" line="118" />
        <source>Tersimpan. Buka ulang aplikasi untuk memakai sambungan ini.</source>
        <translation>Saved. Reopen the application to use this connection.</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPanel</name>
    <message>
        <location filename="../../app/views/desk_settings_panel.py" line="45" />
        <source>Simpan pengaturan desk</source>
        <extracomment>Setting key → (lowest, highest, suffix); the label comes from the setting's declaration.</extracomment>
        <translation>Save desk settings</translation>
    </message>
    <message>
        <location filename="../../app/views/desk_settings_panel.py" line="68" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../app/views/insiden_dialogs.py" line="30" />
        <source>Mungkin insiden yang sama</source>
        <translation>Possibly the same incident</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_dialogs.py" line="35" />
        <source>Sudah ada laporan di wilayah yang sama, kategori sama, dan waktu berdekatan. Tautkan laporan ini sebagai laporan lanjutan, atau simpan sebagai insiden baru.</source>
        <translation>There are reports in the same region and category at a close time. Link this report as a follow-up, or save it as a new incident.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_dialogs.py" line="51" />
        <source>Simpan sebagai baru</source>
        <translation>Save as new</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_dialogs.py" line="53" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_dialogs.py" line="69" />
        <source>Tautkan sebagai laporan lanjutan %1</source>
        <translation>Link as a follow-up report to %1</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="113" />
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="115" />
        <source>Basis data ini belum memiliki pengguna. Buat akun Administrator; tidak ada kata sandi bawaan. Administrator kemudian membuat akun operator, verifikator, dan pimpinan.</source>
        <translation>This database has no users yet. Create the Administrator account; there is no default password. The Administrator then creates the operator, verifier and leadership accounts.</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="118" />
        <source>Buat dan masuk</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="126" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="127" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="128" />
        <source>Kata sandi (min. 8)</source>
        <translation>Password (min. 8)</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="129" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/views/first_run_dialog.py" line="15" />
        <source>Penyiapan pertama Desk Pilkada</source>
        <translation>Desk Pilkada first-run setup</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run_dialog.py" line="18" />
        <source>Basis data ini masih kosong. Pilih provinsi yang dilayani desk ini; daftar kab/kota, kecamatan, dan desa/kelurahan (Kemendagri), pemilihan serentak 2024 beserta tahapannya (PKPU 2/2024), dan daftar referensi akan disiapkan.</source>
        <translation>This database is still empty. Choose the province this desk serves; its regencies/cities, districts and villages (Kemendagri), the 2024 simultaneous elections with their stages (PKPU 2/2024) and the reference lists will be set up.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run_dialog.py" line="32" />
        <source>Siapkan</source>
        <translation>Set up</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run_dialog.py" line="33" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../app/views/gantt.py" line="74" />
        <source>Lini masa tahapan</source>
        <translation>Stage timeline</translation>
    </message>
    <message>
        <location filename="../../app/views/gantt.py" line="85" />
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/views/import_dialog.py" line="49" />
        <source>Impor %1</source>
        <extracomment>An option the user picks before the preview: (key, label, [(value, text), ...]).</extracomment>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="53" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="62" />
        <location filename="../../app/views/import_dialog.py" line="102" />
        <location filename="../../app/views/import_dialog.py" line="111" />
        <source>Memeriksa berkas…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="69" />
        <source>Simpan daftar kesalahan…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="71" />
        <location filename="../../app/views/import_dialog.py" line="96" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="74" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="96" />
        <source>Impor %1 baris valid</source>
        <translation>Import %1 valid rows</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="117" />
        <source>%1 baris dibaca: %2 valid, %3 baris bermasalah.</source>
        <translation>%1 rows read: %2 valid, %3 rows with problems.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="123" />
        <source>Baris bermasalah tidak akan diimpor; perbaiki berkasnya lalu impor ulang.</source>
        <translation>Rows with problems will not be imported; fix the file and import again.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="126" />
        <source>Kolom yang diabaikan: %1.</source>
        <translation>Ignored columns: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="129" />
        <source>Belum ada data yang disimpan.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="139" />
        <source>Kesalahan tak terduga: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="157" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="162" />
        <source>Impor selesai: %1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="170" />
        <source>Simpan daftar kesalahan</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="179" />
        <source>Daftar kesalahan disimpan: %1</source>
        <translation>Error list saved: %1</translation>
    </message>
</context>
<context>
    <name>InsidenFilterBar</name>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="29" />
        <source>dari</source>
        <extracomment>Typing in the search box waits this long before querying, so each key is not a query.</extracomment>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="30" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="34" />
        <source>Semua wilayah (ketik kab/kota, kecamatan, desa)</source>
        <translation>All regions (type a regency/city, district, village)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="37" />
        <source>Semua keparahan</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="41" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="48" />
        <location filename="../../app/views/insiden_filters.py" line="96" />
        <source>Semua tahapan</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="49" />
        <source>Hanya terlambat ditindaklanjuti</source>
        <translation>Only overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="51" />
        <source>Cari nomor, lokasi, kronologi… (Ctrl+F)</source>
        <translation>Search number, place, chronology… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="59" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="83" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="87" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
</context>
<context>
    <name>InsidenFormWidget</name>
    <message>
        <location filename="../../app/views/insiden_form.py" line="50" />
        <source>mis. 5 atau TPS 005 (boleh kosong)</source>
        <translation>e.g. 5 or TPS 005 (optional)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="60" />
        <source>data pribadi; disamarkan saat ekspor</source>
        <translation>personal data; masked in exports</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="73" />
        <location filename="../../app/views/insiden_form.py" line="155" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="77" />
        <source>Waktu kejadian*</source>
        <translation>Time of incident*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="78" />
        <source>Wilayah*</source>
        <translation>Region*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="79" />
        <source>TPS</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="80" />
        <source>Lokasi</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="81" />
        <source>Kategori*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="82" />
        <source>Keparahan*</source>
        <translation>Severity*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="83" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="84" />
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="85" />
        <source>Telepon pelapor</source>
        <translation>Reporter's phone</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="86" />
        <source>Kronologi*</source>
        <translation>Chronology*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="87" />
        <source>Pihak terlibat</source>
        <translation>Parties involved</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="88" />
        <source>Korban/kerugian</source>
        <translation>Casualties/losses</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="89" />
        <source>Tindakan</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="90" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="91" />
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="92" />
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="93" />
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="118" />
        <source>— (tidak terkait satu tahapan)</source>
        <extracomment>True once the user changed something since the form was last loaded.</extracomment>
        <translation>— (not tied to one stage)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="143" />
        <source>(tidak aktif lagi) #%1</source>
        <translation>(no longer active) #%1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="149" />
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="159" />
        <source>— (tidak terkait satu pemilihan)</source>
        <translation>— (not tied to one contest)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="227" />
        <location filename="../../app/views/insiden_form.py" line="237" />
        <source>Laporan lanjutan dari %1</source>
        <translation>Follow-up report of %1</translation>
    </message>
</context>
<context>
    <name>InsidenPage</name>
    <message>
        <location filename="../../app/views/insiden_page.py" line="71" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="73" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="84" />
        <source>Keparahan</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="90" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="95" />
        <source>TPS</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="96" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="97" />
        <source>Lokasi</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="124" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="125" />
        <source>Status dan tindak lanjut</source>
        <translation>Status and follow-up</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="126" />
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="127" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="136" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="137" />
        <source>Catat insiden baru (Ctrl+N)</source>
        <translation>Record a new incident (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="139" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="140" />
        <source>Simpan insiden (Ctrl+S)</source>
        <translation>Save the incident (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="142" />
        <source>Tempel laporan…</source>
        <translation>Paste report…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="144" />
        <source>Tempel pesan laporan (WhatsApp) dan dapatkan draf insiden</source>
        <translation>Paste a report message (WhatsApp) and get a draft incident</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="147" />
        <source>Impor obrolan…</source>
        <translation>Import chat…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="149" />
        <source>Tinjau ekspor obrolan WhatsApp (.txt) pesan demi pesan</source>
        <translation>Review a WhatsApp chat export (.txt) message by message</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="152" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="153" />
        <source>Ekspor tabel yang terfilter ke .xlsx atau .csv</source>
        <translation>Export the filtered table to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="246" />
        <source>%1 insiden</source>
        <translation>%1 incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="252" />
        <source>terlambat ditindaklanjuti: %1</source>
        <translation>overdue follow-ups: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="279" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="280" />
        <source>Perubahan pada formulir insiden belum disimpan. Buang perubahan itu?</source>
        <translation>The changes in the incident form are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="321" />
        <source>&lt;b&gt;Insiden baru&lt;/b&gt;</source>
        <translation>&lt;b&gt;New incident&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="390" />
        <source>&lt;b&gt;Draf dari laporan&lt;/b&gt; — periksa lalu Simpan (Ctrl+S)</source>
        <translation>&lt;b&gt;Draft from a report&lt;/b&gt; — check it, then Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="434" />
        <source>Ekspor insiden</source>
        <translation>Export incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="439" />
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="441" />
        <source>Sertakan nomor telepon pelapor apa adanya? Pilih 'No' untuk menyamarkannya.</source>
        <translation>Include reporters' phone numbers as they are? Choose 'No' to mask them.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="452" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="453" />
        <source>%1 insiden diekspor ke %2</source>
        <translation>%1 incidents exported to %2</translation>
    </message>
</context>
<context>
    <name>InsidenStatusPanel</name>
    <message>
        <location filename="../../app/views/insiden_status.py" line="130" />
        <source>Insiden baru: status Baru setelah disimpan.</source>
        <translation>New incident: status Baru once saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="139" />
        <source>Diteruskan ke: %1</source>
        <translation>Escalated to: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="143" />
        <source>Batas tindak lanjut: %1</source>
        <translation>Follow-up deadline: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="148" />
        <source>Hasil: %1</source>
        <translation>Outcome: %1</translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <location filename="../../app/views/keywords_panel.py" line="21" />
        <source>Kata kunci per kategori insiden dan petunjuk keparahan untuk 'Tempel laporan' (format JSON). Tambahkan istilah setempat; simpan untuk dipakai semua PC desk.</source>
        <translation>Keywords per incident category and severity hints for 'Paste report' (JSON). Add local terms; save to use them on every PC of the desk.</translation>
    </message>
    <message>
        <location filename="../../app/views/keywords_panel.py" line="28" />
        <source>Simpan kata kunci</source>
        <translation>Save keywords</translation>
    </message>
    <message>
        <location filename="../../app/views/keywords_panel.py" line="56" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/views/keywords_panel.py" line="58" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="81" />
        <source>Masuk — Desk Pilkada</source>
        <translation>Sign in — Desk Pilkada</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="81" />
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="85" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="86" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="62" />
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="90" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="101" />
        <source>DATA CONTOH</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="105" />
        <source> (per %1)</source>
        <translation> (as of %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="123" />
        <source>Pengguna: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="126" />
        <source>Data contoh: masuk otomatis sebagai operator contoh, tanpa kata sandi.</source>
        <translation>Sample data: signed in automatically as the sample operator, without a password.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="130" />
        <source>Memproses…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>PasteReportDialog</name>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="69" />
        <source>Tempel laporan</source>
        <extracomment>(InsidenForm, ChatMessage | None) — the page opens it as a new, unsaved incident.</extracomment>
        <translation>Paste report</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="72" />
        <source>Tempel satu pesan laporan (mis. dari WhatsApp) di sini…</source>
        <translation>Paste one report message (e.g. from WhatsApp) here…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="80" />
        <source>Buat draf insiden</source>
        <translation>Create draft incident</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="83" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_dialogs.py" line="87" />
        <source>Draf belum disimpan: periksa di formulir, lalu Simpan.</source>
        <translation>The draft is not saved: check it in the form, then Save.</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="34" />
        <location filename="../../app/views/pengaturan_page.py" line="37" />
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="43" />
        <location filename="../../app/views/pengaturan_page.py" line="45" />
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="49" />
        <source>Koneksi basis data</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="54" />
        <source>Pengaturan desk</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="56" />
        <source>Kata kunci laporan</source>
        <translation>Report keywords</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="57" />
        <source>Akun saya</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="61" />
        <source>Belum tersedia pada versi ini: kop instansi dan logo, penandatangan, format nomor laporan, kertas dan huruf, serta daftar referensi. Bahasa tampilan dapat diganti lewat berkas pengaturan (ui/language = en).</source>
        <translation>Not available in this version yet: agency letterhead and logo, signers, brief numbering, paper and fonts, and reference lists. The display language can be changed in the settings file (ui/language = en).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="66" />
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="75" />
        <source>Masuk sebagai %1 — peran %2.</source>
        <translation>Signed in as %1 — role %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="79" />
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="83" />
        <source>Data contoh masuk otomatis tanpa kata sandi.</source>
        <translation>Sample data signs in automatically without a password.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../app/views/placeholder_page.py" line="15" />
        <source>&lt;p&gt;&lt;b&gt;Halaman ini belum tersedia pada versi ini.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Yang akan datang: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;This page is not available in this version yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Coming: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../app/views/region_picker.py" line="26" />
        <source>Ketik nama desa/kecamatan/kab-kota atau kode…</source>
        <translation>Type a village/district/regency name or code…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/views/users_panel.py" line="144" />
        <source>Atur ulang kata sandi %1</source>
        <translation>Reset password of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="149" />
        <source>Pengguna wajib mengganti kata sandi sementara ini saat masuk. Kunci akun ikut dibuka.</source>
        <translation>The user must change this temporary password at sign-in. The account lock is lifted too.</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="159" />
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="160" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="164" />
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../app/views/row_error_model.py" line="15" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/views/row_error_model.py" line="15" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/views/row_error_model.py" line="15" />
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>TahapanDetail</name>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="40" />
        <location filename="../../app/views/tahapan_detail.py" line="167" />
        <source>Pilih tahapan di tabel atau lini masa.</source>
        <translation>Choose a stage in the table or the timeline.</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="55" />
        <location filename="../../app/views/tahapan_detail.py" line="57" />
        <source>sudah</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="56" />
        <source>Centang bila tahapan sudah mulai</source>
        <translation>Tick when the stage has started</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="58" />
        <source>Centang bila tahapan sudah selesai</source>
        <translation>Tick when the stage has finished</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="63" />
        <source>mis. KPU, Bawaslu</source>
        <translation>e.g. KPU, Bawaslu</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="72" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="74" />
        <source>Simpan perubahan tahapan (Ctrl+S)</source>
        <translation>Save the stage changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="78" />
        <source>Mulai aktual</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="79" />
        <source>Selesai aktual</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="80" />
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="81" />
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="82" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="83" />
        <source>Pelaksanaan</source>
        <translation>Execution</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="96" />
        <source>Tulis catatan pemantauan…</source>
        <translation>Write a monitoring note…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="98" />
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="100" />
        <source>Tambahkan catatan bertanggal (Ctrl+M)</source>
        <translation>Add a dated note (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="102" />
        <source>Catatan pemantauan</source>
        <translation>Monitoring notes</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="178" />
        <source>Rencana: %1 s.d. %2</source>
        <translation>Planned: %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="183" />
        <source> · progres rencana hari ini %1%</source>
        <translation> · planned progress today %1%</translation>
    </message>
</context>
<context>
    <name>TahapanPage</name>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="51" />
        <source>Pemilihan</source>
        <extracomment>A conflict message that must survive the reload it triggers.</extracomment>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="54" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="58" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="60" />
        <source>Muat ulang data (F5)</source>
        <translation>Reload data (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="62" />
        <source>Impor jadwal…</source>
        <translation>Import schedule…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="64" />
        <source>Impor jadwal tahapan dari .xlsx atau .csv (Ctrl+I)</source>
        <translation>Import a stage schedule from .xlsx or .csv (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="66" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="69" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="93" />
        <source>Lini masa:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="98" />
        <source>&lt;span style="color:#d5dde6"&gt;■&lt;/span&gt; rencana · garis merah: hari ini</source>
        <translation>&lt;span style="color:#d5dde6"&gt;■&lt;/span&gt; planned · red line: today</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="183" />
        <source>%1 tahapan</source>
        <translation>%1 stages</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="267" />
        <source>Pilih berkas jadwal tahapan</source>
        <translation>Choose a stage schedule file</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="269" />
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="279" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="281" />
        <source>Terapkan ke</source>
        <translation>Apply to</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="289" />
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="296" />
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="296" />
        <source>Templat disimpan: %1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>TahapanTableModel</name>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="33" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="33" />
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="33" />
        <source>Rencana
mulai</source>
        <translation>Planned
start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="33" />
        <source>Rencana
selesai</source>
        <translation>Planned
end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="34" />
        <source>Aktual
mulai</source>
        <translation>Actual
start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="34" />
        <source>Aktual
selesai</source>
        <translation>Actual
end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="34" />
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="34" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="77" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="80" />
        <source>Progres %1% (rencana linear %2%)</source>
        <translation>Progress %1% (linear plan %2%)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/views/tasks.py" line="126" />
        <source>Batal</source>
        <extracomment>A dialog appears only when work lasts longer than this (SPEC 6: over ~0,5 s).</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/tasks.py" line="127" />
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../app/views/insiden_status.py" line="46" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="65" />
        <source>Diteruskan ke*</source>
        <translation>Escalate to*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="66" />
        <source>Batas tindak lanjut*</source>
        <translation>Follow-up deadline*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="68" />
        <source>Hasil tindak lanjut*</source>
        <translation>Follow-up outcome*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="69" />
        <source>Alasan*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="69" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_status.py" line="79" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../app/views/users_panel.py" line="72" />
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="72" />
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="80" />
        <source>Aktif (dapat masuk)</source>
        <translation>Active (may sign in)</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="85" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="86" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="87" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="91" />
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="99" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="100" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../app/views/users_panel.py" line="38" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="39" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="40" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="54" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="56" />
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="58" />
        <source>wajib ganti kata sandi</source>
        <translation>must change password</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="58" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../app/views/users_panel.py" line="193" />
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="195" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="197" />
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="44" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/views/error_dialog.py" line="25" />
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialog.py" line="30" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialog.py" line="32" />
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman; tindakan terakhir mungkin belum tersimpan.</source>
        <translation>An unexpected error occurred. Saved data is safe; the last action may not have been saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialog.py" line="38" />
        <source>Rincian teknis dicatat di berkas log:
%1
Kirimkan berkas ini kepada pengelola aplikasi.</source>
        <translation>Technical details were written to the log file:
%1
Send this file to the application's administrator.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../app/views/pages.py" line="52" />
        <source>Dasbor</source>
        <extracomment>Builds the page; None while the area is not built yet.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="52" />
        <source>hitung mundur hari pemungutan suara, ringkasan insiden, kesiapan logistik, tahapan, sosialisasi dan partisipasi, grafik, peta kab/kota, dan daftar peringatan.</source>
        <translation>countdown to voting day, incident summary, logistics readiness, stages, outreach and participation, charts, a regency/city map and the alert list.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="53" />
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="54" />
        <source>Insiden</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>register insiden dengan alur verifikasi, tindak lanjut, lampiran, peringatan duplikat, dan riwayat status.</source>
        <translation type="vanished">the incident register with verification workflow, follow-up, attachments, duplicate warnings and status history.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="55" />
        <source>Logistik</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="55" />
        <source>pengiriman dan penerimaan logistik, kebutuhan per wilayah, matriks kesiapan, dan daftar pengiriman berisiko.</source>
        <translation>logistics consignments and receipts, requirements per region, the readiness matrix and the at-risk list.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="56" />
        <source>Sosialisasi</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="56" />
        <source>register kegiatan sosialisasi dengan kelompok sasaran, kehadiran, anggaran, dan grafik jangkauan.</source>
        <translation>the outreach session register with target groups, attendance, budget and reach charts.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="57" />
        <source>Partisipasi</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="57" />
        <source>DPT dan tingkat partisipasi per wilayah, dibandingkan dengan target dan pemilihan sebelumnya.</source>
        <translation>voter lists and turnout per region, against the target and an earlier election.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="58" />
        <source>Kerawanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="58" />
        <source>skor IKP dan levelnya, jumlah TPS rawan, tekanan insiden, dan peringkat wilayah.</source>
        <translation>IKP scores and levels, vulnerable polling stations, incident pressure and the region ranking.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="59" />
        <source>Laporan</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="59" />
        <source>laporan harian, mingguan, khusus, dan nota dinas dalam PDF resmi, dengan register dan verifikasi SHA-256.</source>
        <translation>daily, weekly and special briefs and cover memos as official PDFs, with a register and SHA-256 verification.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="60" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="60" />
        <source>impor dan ekspor Excel/CSV semua register, paket pertukaran antar-desk, serta cadangan dan pemulihan. Impor jadwal tahapan sudah tersedia di halaman Tahapan.</source>
        <translation>Excel/CSV import and export of every register, desk-to-desk exchange packages, backup and restore. Stage schedule import is already on the Stages page.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="61" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>kop instansi dan logo, penandatangan, format nomor, kertas dan huruf, daftar referensi, pengguna dan peran, log audit, serta koneksi basis data.</source>
        <translation type="vanished">agency letterhead and logo, signers, numbering format, paper and fonts, reference lists, users and roles, the audit log and the database connection.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../app/views/startup_flow.py" line="60" />
        <source>Basis data belum disiapkan. Tutup dan buka kembali aplikasi untuk memilih provinsi.</source>
        <extracomment>Who acts before anyone has signed in (seeding a new database, checking the login).</extracomment>
        <translation>The database is not set up. Close and reopen the application to choose the province.</translation>
    </message>
    <message>
        <location filename="../../app/views/startup_flow.py" line="77" />
        <source>Menyiapkan data wilayah dan tahapan…</source>
        <translation>Preparing regions and stages…</translation>
    </message>
    <message>
        <location filename="../../app/views/startup_flow.py" line="95" />
        <source>Belum masuk. Tutup dan buka kembali aplikasi untuk masuk.</source>
        <translation>Not signed in. Close and reopen the application to sign in.</translation>
    </message>
    <message>
        <location filename="../../app/views/startup_flow.py" line="113" />
        <source>Kata sandi harus diganti sebelum aplikasi dapat dipakai.</source>
        <translation>The password must be changed before the application can be used.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/bootstrap.py" line="126" />
        <source>Menyiapkan basis data…</source>
        <extracomment>``DESK_PILKADA_STARTUP_PROBE=1`` prints SHOWN/READY markers for the start-up benchmark and quits once the first page is ready.</extracomment>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <source>Basis data belum disiapkan. Tutup dan buka kembali aplikasi untuk memilih provinsi.</source>
        <translation type="vanished">The database is not set up. Close and reopen the application to choose the province.</translation>
    </message>
    <message>
        <source>Menyiapkan data wilayah dan tahapan…</source>
        <translation type="vanished">Preparing regions and stages…</translation>
    </message>
</context>
</TS>