<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AlertModel</name>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="29" />
        <source>Insiden</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="29" />
        <source>Logistik</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="30" />
        <source>Tahapan</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="31" />
        <source>Rekonsiliasi</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="32" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="33" />
        <source>Peringatan</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="34" />
        <source>Wilayah / pemilihan</source>
        <translation>Region / contest</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="35" />
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../app/views/logistik_alerts.py" line="27" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_alerts.py" line="28" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_alerts.py" line="29" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_alerts.py" line="30" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_alerts.py" line="31" />
        <source>Batas tiba</source>
        <translation>Must arrive by</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_alerts.py" line="32" />
        <source>Perkiraan tiba</source>
        <translation>Expected arrival</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="93" />
        <source>Daftar peringatan</source>
        <translation>Alert list</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="121" />
        <source>tindak lanjut terlambat</source>
        <translation>overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="122" />
        <source>logistik</source>
        <translation>logistics</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="123" />
        <source>tahapan</source>
        <translation>stages</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="124" />
        <source>rekonsiliasi</source>
        <translation>reconciliation</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="138" />
        <source>&lt;b&gt;Peringatan&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Alerts&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_alerts.py" line="140" />
        <source>ditampilkan %1 teratas</source>
        <translation>top %1 shown</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="62" />
        <source>Wilayah (pilih)</source>
        <translation>Region (choose)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="76" />
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
        <location filename="../../app/views/laporan_chat_view.py" line="99" />
        <source>Kategori: %1 (kata: %2)</source>
        <translation>Category: %1 (words: %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="103" />
        <source>Kategori: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_chat_view.py" line="107" />
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
        <extracomment>Row errors printed by ``import``; the rest are counted. The CLI is run by whoever may run programs on the desk PC (scheduled jobs, the administrator); it acts as the system, like ``init``. create, update, archive, status, import, export, brief, login, login_failed, settings The record's version after this change (0 for events that are not record changes); lets a conflict message list exactly the saves the user missed. JSON: {"field": [before, after], ...} for updates; free detail otherwise. Inside a unit of work, the desk clock's "now" (set by ``services.uow``): column defaults and bulk inserts stamp records with the desk's time, not the wall clock's (SPEC 14).</extracomment>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../app/views/attachments_panel.py" line="41" />
        <source>&lt;i&gt;Simpan data dulu, lalu tambahkan lampiran.&lt;/i&gt;</source>
        <extracomment>INS-2024-000123: per year, never reused. Copy of the region's dotted code: region filters are prefix matches on one column.</extracomment>
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
        <extracomment>Personal data: normalised (+62...), masked in exports unless the user opts in. A follow-up report of another incident (duplicate warning → "link"). None: the score applies to every contest of the wilayah (IKP is per region). "insiden" now; "sosialisasi" later. Hal. Reconciliation failures the issuer acknowledged (also in the audit log). JSON snapshot of figures and incident states, for "Perubahan sejak laporan terakhir". Laporan Khusus about one incident. Distribution levels, top to bottom (origin and destination of a consignment). Reason codes of a receipt line that is not all good. Copy of the destination's dotted code: region filters are prefix matches. TPS number when the destination is a TPS (wilayah is then its desa/kelurahan).</extracomment>
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
        <location filename="../../app/views/audit_panel.py" line="35" />
        <location filename="../../app/views/audit_panel.py" line="70" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="37" />
        <source>Semua aksi</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="40" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="41" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="46" />
        <source>UID data atau kata dalam perubahan</source>
        <translation>Record UID or words in the change</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="47" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="51" />
        <source>Ekspor .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="69" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="71" />
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="72" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="73" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="103" />
        <source>Memuat…</source>
        <extracomment>Copies of the header's destination and contest, kept in step by the service, so the readiness roll-up is one GROUP BY over this table. None until a receipt is recorded. "input", "impor" or "aturan" (computed by a rule; the rule is stated in ``basis``). e.g. "INS-2024" None until the count is known (after voting day). The current contest it is compared with (None: any contest of that wilayah). As published, when only the percentage is known. Target participation in percent, e.g. 82.0 (KPU RI national target). Set by an administrator's reset: the user picks a new password at next login. SHA-256 of sender, time and text, as computed by the chat-export parser. Grouping, e.g. the IKP dimension of an incident category. Unit of a logistics item (lembar, unit, botol ...). Target groups of a session (``Referensi`` rows of kind ``kelompok_sasaran``). Changes are audited on the session by the service. Rupiah, whole. The schedule's own remark (e.g. "paling lambat 5 hari setelah ..."), from the PKPU template or an imported schedule; kept apart from the desk's notes. Dotted Kemendagri code: "36", "36.01", "36.01.01", "36.01.01.2001". Prefix matching on it (``LIKE '36.01.%'``) selects a whole subtree in one indexed query. provinsi, kabupaten, kota, kecamatan, kelurahan, desa Windows known folders, by their CSIDL names. Seeding, migrations, scheduled CLI jobs: not a person, may do everything. What the permission lets a user do, for messages and tooltips. Bookkeeping columns that change on every save and say nothing by themselves. Indonesian names of fields, for the viewer and conflict messages.</extracomment>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="109" />
        <source>%1 catatan audit; %2 dimuat (gulir untuk memuat berikutnya).</source>
        <translation>%1 audit entries; %2 loaded (scroll to load more).</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="118" />
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="130" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_panel.py" line="134" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../app/views/backup_panel.py" line="54" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="54" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="54" />
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="54" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="58" />
        <source>saat aplikasi dibuka</source>
        <translation>when the app opened</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="59" />
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="60" />
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="61" />
        <source>sebelum pembaruan skema</source>
        <translation>before a schema update</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="62" />
        <source>sebelum pemulihan</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../app/views/backup_panel.py" line="94" />
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="95" />
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="104" />
        <source>kosong: tanpa salinan kedua</source>
        <translation>empty: no second copy</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="105" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="107" />
        <source>Simpan pengaturan cadangan</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="118" />
        <source>Simpan cadangan per jenis</source>
        <translation>Backups kept per kind</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="119" />
        <location filename="../../app/views/backup_panel.py" line="161" />
        <source>Folder cadangan kedua</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="143" />
        <source>Cadangan dibuat otomatis saat aplikasi dibuka, setiap hari, dan sebelum pembaruan skema, di folder %1.</source>
        <translation>Backups are made automatically when the app opens, every day and before a schema update, in the folder %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="168" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="185" />
        <source>Membuat cadangan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="196" />
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="197" />
        <source>Cadangan Desk Pilkada (*.sqlite *.dump);;Semua berkas (*)</source>
        <translation>Desk Pilkada backups (*.sqlite *.dump);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="208" />
        <source>Pulihkan basis data</source>
        <translation>Restore the database</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="214" />
        <source>%1

Semua perubahan setelah cadangan ini dibuat akan hilang dari basis data yang dipakai. Basis data sekarang disimpan dulu sebagai cadangan 'sebelum pemulihan'. Pada PostgreSQL, minta semua PC desk menutup aplikasi terlebih dahulu. Setelah pemulihan, aplikasi ditutup dan perlu dibuka kembali.

Lanjutkan?</source>
        <translation>%1

Every change made after this backup will be gone from the database in use. The current database is first kept as a 'before a restore' backup. On PostgreSQL, ask every PC of the desk to close the app first. After the restore the app closes and has to be opened again.

Continue?</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="223" />
        <source>Memulihkan basis data…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="229" />
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../app/views/backup_panel.py" line="231" />
        <source>%1

Aplikasi sekarang ditutup; buka kembali untuk memakai basis data ini.</source>
        <translation>%1

The app now closes; open it again to use this database.</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="231" />
        <source>Insiden per kategori</source>
        <translation>Incidents by category</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="252" />
        <source>lainnya: %1</source>
        <extracomment>A record's uid or words from the note/changes. Verified against when the name is unknown, so a wrong name takes as long as a wrong password. The copy in the second folder, when there is one. The totals row, drawn bold under a rule; None for no totals. Relative column widths; None shares the width evenly. Decimal places for float cells (percentages and the like). Hex colour, e.g. "#d64545". False when the data area does not exist in this version of the app. Empty for a preview (the number is given when the brief is issued). "Data per 26/11/2024 14.30 WIB". Footnote under the title, e.g. the contest the brief is limited to. Characters XML 1.0 cannot carry (reportlab's parser would fail on them). The dashboard's severity colours, so a chart reads the same on screen and on paper. Days shown in the incidents-per-day chart (at least the brief's period). The items every brief shows beside the overall figure (referensi codes). Readiness changes smaller than this (in points) are not listed per kab/kota. Why the check cannot run in this version (its data area does not exist yet). Where each incident total is printed, for the failure message. Rule modules whose checks run below as brief checks of their own (with contest names and formatted figures), so ``desk_rules`` does not list their failures twice. Section totals printed in two places, and where (for the failure message). Attempts when PostgreSQL refuses a snapshot that another issuer overtook.</extracomment>
        <translation>others: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="263" />
        <source>%1 insiden</source>
        <translation>%1 incidents</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="156" />
        <source>Kata sandi Anda baru diatur ulang oleh Administrator. Ganti sekarang sebelum melanjutkan.</source>
        <translation>An Administrator has just reset your password. Change it now before continuing.</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="158" />
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
    <name>ChartCard</name>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="91" />
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="92" />
        <source>Simpan grafik sebagai gambar PNG</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="140" />
        <source>Simpan sebagai PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="145" />
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
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
        <location filename="../../app/views/laporan_chat_controller.py" line="51" />
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
        <location filename="../../app/views/laporan_chat_dialogs.py" line="134" />
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
    <name>ConflictModel</name>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="60" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="60" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="60" />
        <source>Isian berbeda</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="60" />
        <source>Desk ini</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="61" />
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="62" />
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="71" />
        <source>versi paket dipakai</source>
        <translation>package version taken</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="72" />
        <source>versi desk ini dipertahankan</source>
        <translation>this desk's version kept</translation>
    </message>
</context>
<context>
    <name>ConsignmentModel</name>
    <message>
        <location filename="../../app/views/logistik_table.py" line="35" />
        <source>Nomor</source>
        <extracomment>The widest text each column holds, so "KPU Kab/Kota" and "Diterima sebagian" show whole. Column of "Batas tiba", the default sort (most urgent first).</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="36" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="37" />
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="38" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="39" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="40" />
        <source>Batas tiba</source>
        <translation>Must arrive by</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="41" />
        <source>Perkiraan</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="42" />
        <source>Tiba</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="43" />
        <source>Baris</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="44" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="45" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_table.py" line="46" />
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <location filename="../../app/views/figure_fields.py" line="18" />
        <source>kosong = belum diketahui</source>
        <translation>empty = not known yet</translation>
    </message>
</context>
<context>
    <name>DasborPage</name>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="70" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="72" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="74" />
        <source>Kab/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="75" />
        <source>Seluruh provinsi</source>
        <translation>Whole province</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="76" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="77" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="80" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="82" />
        <source>Hitung ulang semua angka dasbor (F5)</source>
        <translation>Recompute every dashboard figure (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="87" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="87" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="88" />
        <source>Wilayah:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="169" />
        <source>Menghitung…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="176" />
        <source>Dasbor gagal dihitung: %1</source>
        <translation>The dashboard could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="212" />
        <source>Angka per %1 · dihitung dari layanan agregasi yang sama dengan laporan PDF</source>
        <translation>Figures as of %1 · computed by the same aggregation services as the PDF briefs</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="232" />
        <source>seluruh provinsi</source>
        <translation>whole province</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="254" />
        <source>Pilih periode dengan tanggal awal dan akhir</source>
        <translation>Choose a period with a start and an end date</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="262" />
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_page.py" line="265" />
        <source>Partisipasi tersedia setelah hari pemungutan suara (%1).</source>
        <translation>Turnout is available after voting day (%1).</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../app/views/data_page.py" line="45" />
        <source>Impor &amp;&amp; ekspor</source>
        <translation>Import &amp;&amp; export</translation>
    </message>
    <message>
        <location filename="../../app/views/data_page.py" line="54" />
        <source>Cadangan dan pemulihan sedang dibangun dan belum tersedia pada versi ini. Basis data SQLite tetap dicadangkan otomatis sebelum setiap migrasi.</source>
        <translation>Backup and restore is being built and is not available in this version yet. The SQLite database is still backed up automatically before every migration.</translation>
    </message>
    <message>
        <location filename="../../app/views/data_page.py" line="55" />
        <source>Cadangan &amp;&amp; pemulihan</source>
        <translation>Backup &amp;&amp; restore</translation>
    </message>
    <message>
        <location filename="../../app/views/data_page.py" line="65" />
        <source>Paket pertukaran antar-desk (.deskpkg) sedang dibangun dan belum tersedia pada versi ini.</source>
        <translation>Desk-to-desk exchange packages (.deskpkg) are being built and are not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/data_page.py" line="66" />
        <source>Paket pertukaran</source>
        <translation>Exchange packages</translation>
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
        <location filename="../../app/views/database_panel.py" line="67" />
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
        <location filename="../../app/views/desk_settings_panel.py" line="52" />
        <source>Simpan pengaturan desk</source>
        <translation>Save desk settings</translation>
    </message>
    <message>
        <location filename="../../app/views/desk_settings_panel.py" line="75" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="24" />
        <source>Pilih pengiriman di tabel.</source>
        <translation>Choose a consignment in the table.</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="35" />
        <source>Kirim</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="36" />
        <source>Catat penerimaan…</source>
        <translation>Record receipt…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="37" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="38" />
        <source>Batalkan/Kembalikan…</source>
        <translation>Cancel/Return…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="39" />
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="79" />
        <source>Asal</source>
        <extracomment>The widest text each column holds (the destination takes the room left).</extracomment>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="80" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="81" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="82" />
        <source>Batas tiba</source>
        <translation>Must arrive by</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="83" />
        <source>Perkiraan tiba</source>
        <translation>Expected arrival</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="84" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="85" />
        <source>Tiba</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="86" />
        <source>Pengawalan</source>
        <translation>Escort</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="86" />
        <source>Polri</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="86" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_detail_panel.py" line="87" />
        <source>Berita acara</source>
        <translation>Handover record</translation>
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
        <location filename="../../app/views/insiden_dialogs.py" line="38" />
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
    <name>ExchangePanel</name>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="97" />
        <source>Sejak paket terakhir</source>
        <translation>Since the last package</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="98" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="103" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="104" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="107" />
        <source>Buat paket…</source>
        <translation>Make package…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="111" />
        <source>Impor paket…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="123" />
        <source>Kirim ke desk provinsi</source>
        <translation>Send to the province desk</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="129" />
        <source>Desk ini</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="130" />
        <source>Data yang berubah</source>
        <translation>Changed data</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="132" />
        <source>Terima dari desk kab/kota</source>
        <translation>Receive from a regency/city desk</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="135" />
        <source>Paket diperiksa utuh sebelum digabungkan; tidak ada yang berubah bila paket rusak atau diubah di jalan.</source>
        <translation>A package is checked in full before it is merged; nothing changes when it is damaged or was altered on the way.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="142" />
        <source>Paket yang dibuat dan diimpor di desk ini</source>
        <translation>Packages made and imported at this desk</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="151" />
        <source>Desk provinsi</source>
        <translation>Province desk</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="157" />
        <source>Paket terakhir sampai %1</source>
        <translation>Last package up to %1</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="159" />
        <source>Belum pernah membuat paket: paket pertama berisi semua data.</source>
        <translation>No package made yet: the first package holds all data.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="181" />
        <source>Simpan paket</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="182" />
        <source>Paket Desk Pilkada (*.deskpkg)</source>
        <translation>Desk Pilkada packages (*.deskpkg)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="192" />
        <source>Pilih tanggal awal periode, atau pilih 'Sejak paket terakhir'.</source>
        <translation>Choose the first day of the period, or choose 'Since the last package'.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="197" />
        <source>Menyusun paket…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="207" />
        <source>Pilih paket</source>
        <translation>Choose a package</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="209" />
        <source>Paket Desk Pilkada (*.deskpkg);;Semua berkas (*)</source>
        <translation>Desk Pilkada packages (*.deskpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="214" />
        <source>Memeriksa paket…</source>
        <translation>Checking the package…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/exchange_panel.py" line="223" />
        <source>%n konflik tercantum di bawah.</source>
        <translation>
            <numerusform>%n conflict listed below.</numerusform>
            <numerusform>%n conflicts listed below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="225" />
        <source>Impor paket</source>
        <translation>Import package</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="225" />
        <source>Gabungkan paket ini?</source>
        <translation>Merge this package?</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="231" />
        <source>Menggabungkan paket…</source>
        <translation>Merging the package…</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../app/views/data_registers.py" line="52" />
        <source>Ekspor %1</source>
        <translation>Export %1</translation>
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
        <location filename="../../app/views/login_dialogs.py" line="117" />
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
        <location filename="../../app/views/first_run_dialog.py" line="22" />
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
        <location filename="../../app/views/import_dialog.py" line="76" />
        <source>Impor %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="80" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="89" />
        <location filename="../../app/views/import_dialog.py" line="204" />
        <source>Memeriksa berkas…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="98" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="101" />
        <source>Hentikan pemeriksaan atau penyimpanan; tidak ada yang disimpan</source>
        <translation>Stop checking or saving; nothing is saved</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="112" />
        <source>Simpan daftar kesalahan…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="114" />
        <location filename="../../app/views/import_dialog.py" line="142" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="117" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="141" />
        <source>Impor %1 baris valid</source>
        <translation>Import %1 valid rows</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="197" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="217" />
        <source>%1 baris dibaca: %2 valid, %3 baris bermasalah.</source>
        <translation>%1 rows read: %2 valid, %3 rows with problems.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="225" />
        <source>Baris bermasalah tidak akan diimpor; perbaiki berkasnya lalu impor ulang.</source>
        <translation>Rows with problems will not be imported; fix the file and import again.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="226" />
        <source>Kolom yang diabaikan: %1.</source>
        <translation>Ignored columns: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="230" />
        <source>Belum ada data yang disimpan.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="240" />
        <source>Impor dibatalkan; tidak ada data yang disimpan.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="242" />
        <source>Pemeriksaan dibatalkan; tidak ada data yang disimpan.</source>
        <translation>Check cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="246" />
        <source>Kesalahan tak terduga: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="257" />
        <source>Menyimpan… Batal sebelum selesai berarti tidak ada yang disimpan.</source>
        <translation>Saving… Cancelling before it finishes means nothing is saved.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation type="vanished">Saving…</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="262" />
        <source>Impor selesai: %1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="270" />
        <source>Simpan daftar kesalahan</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location filename="../../app/views/import_dialog.py" line="292" />
        <source>Daftar kesalahan disimpan: %1</source>
        <translation>Error list saved: %1</translation>
    </message>
</context>
<context>
    <name>IncidentsPerDayChart</name>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="172" />
        <source>Insiden per hari</source>
        <translation>Incidents per day</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="192" />
        <source>Hari-H</source>
        <translation>Voting day</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="222" />
        <source>%1 insiden</source>
        <translation>%1 incidents</translation>
    </message>
</context>
<context>
    <name>InsidenFilterBar</name>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="31" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="32" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="36" />
        <source>Semua wilayah (ketik kab/kota, kecamatan, desa)</source>
        <translation>All regions (type a regency/city, district, village)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="39" />
        <source>Semua keparahan</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="43" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="44" />
        <source>Terbuka (belum selesai)</source>
        <translation>Open (not closed)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="51" />
        <location filename="../../app/views/insiden_filters.py" line="101" />
        <source>Semua tahapan</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="52" />
        <source>Hanya terlambat ditindaklanjuti</source>
        <translation>Only overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="54" />
        <source>Cari nomor, lokasi, kronologi… (Ctrl+F)</source>
        <translation>Search number, place, chronology… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="62" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="86" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_filters.py" line="90" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
</context>
<context>
    <name>InsidenFormWidget</name>
    <message>
        <location filename="../../app/views/insiden_form.py" line="54" />
        <source>mis. 5 atau TPS 005 (boleh kosong)</source>
        <translation>e.g. 5 or TPS 005 (optional)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="64" />
        <source>data pribadi; disamarkan saat ekspor</source>
        <translation>personal data; masked in exports</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="77" />
        <location filename="../../app/views/insiden_form.py" line="159" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="81" />
        <source>Waktu kejadian*</source>
        <translation>Time of incident*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="82" />
        <source>Wilayah*</source>
        <translation>Region*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="83" />
        <source>TPS</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="84" />
        <source>Lokasi</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="85" />
        <source>Kategori*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="86" />
        <source>Keparahan*</source>
        <translation>Severity*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="87" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="88" />
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="89" />
        <source>Telepon pelapor</source>
        <translation>Reporter's phone</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="90" />
        <source>Kronologi*</source>
        <translation>Chronology*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="91" />
        <source>Pihak terlibat</source>
        <translation>Parties involved</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="92" />
        <source>Korban/kerugian</source>
        <translation>Casualties/losses</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="93" />
        <source>Tindakan</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="94" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="95" />
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="96" />
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="97" />
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="122" />
        <source>— (tidak terkait satu tahapan)</source>
        <translation>— (not tied to one stage)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="147" />
        <source>(tidak aktif lagi) #%1</source>
        <translation>(no longer active) #%1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="153" />
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="163" />
        <source>— (tidak terkait satu pemilihan)</source>
        <translation>— (not tied to one contest)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_form.py" line="233" />
        <location filename="../../app/views/insiden_form.py" line="243" />
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
        <location filename="../../app/views/insiden_page.py" line="145" />
        <source>Tempel pesan laporan (WhatsApp) dan dapatkan draf insiden</source>
        <translation>Paste a report message (WhatsApp) and get a draft incident</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="147" />
        <source>Impor obrolan…</source>
        <translation>Import chat…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="150" />
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
        <source>Perubahan belum disimpan</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="287" />
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
        <extracomment>Where a reconciliation failure is shown when its check does not name a region. Which area the figure belongs to ("logistik", "sosialisasi", ...). Dotted code of the chosen kab/kota; "" for the whole province. The chosen contest; None for all contests. The contest that stands for all when none is chosen (turnout needs one). Flagged for attention rather than failed (e.g. DPT not known yet). Dotted code of the region the failure is about, when the check names one. Bump when the demo content changes: an older demo database is rebuilt at the next start. The demo's own "now" (SPEC 12): Selasa, 26 November 2024, 17.00 WIB, the eve of voting. Obviously made-up kop and signer details, so a demo brief shows every part of the layout without passing for a real official's letter (SPEC 7, SPEC 12). Relative frequency of each category code in the demo. Share of the lines sent down to PPS and TPS (the rest stays at the PPK until H-1). Kab/kota whose distribution runs behind in the demo (roads, weather). Synthetic share of the 2024 DPT per kab/kota (magnitudes as in 2024). Relative number of sessions per kab/kota (Kab. Tangerang and Lebak under-served). Activity code → (planned participants range, budget range in Rupiah, topics). Target groups that suit each topic word (others are drawn at random). The operating system's reasons in Indonesian, for messages that say why a file could not be read or written ("Berkas … tidak dapat ditulis: izin ditolak"). Windows reports locked files and bad names with its own codes (``winerror``). How the audit rows of an import begin ("paket pandeglang.deskpkg dari ..."). Bookkeeping the audit log leaves out of a record's changes (as ``services.audit`` does). True: the package's version was taken; False: this desk's version was kept. When the import happens (audit rows). table → incoming or local uid → local id (links resolve through this). Uncompressed ÷ compressed above which a large member is treated as a zip bomb (records JSON compresses about 10×; zeros compress about 1000×). desk, agency, province_code, province_name, kabkota_code, kabkota_name member name → (sha256, size) "keluar" (made here) or "masuk" (taken in here) table label → records in the package (code, name) of every kab/kota of the province, for "this desk is ...". Numbers given anew, reference items created, and the like. When this very package was taken in before (then nothing changed now). "INS-2024-000123": counter "INS-2024" (services.nomor), number 123. "Since the last package" starts this much before the previous package ended: a record saved on another PC while that package was being made is sent again rather than lost (taking in a record twice changes nothing). table label → records A package made from the demo database must never mix into real desk data. column → (table, uid) of the record it refers to. association table → rows (without the parent column). (acuan table, id) of every reference row the records mention. acuan table → travelling keys not found here. What the rows are, for messages and the result list. The ``Changes`` area a page reloads on; the table name when empty. Unique columns that number records ("INS-2024-000123"): two desks may issue the same number to different records, so a taken number is renumbered, never matched on. Columns that say "the same thing" when the uids differ (both desks entered the DPT of one wilayah). Unique constraints other than ``numbers`` count as well. A polymorphic owner: (column holding the owner's table name, column holding its id). Association tables (no uid) replaced together with the record. The column that names a record for people (conflict list). Rows carry an attachment file stored under their ``sha256``. Columns copied when a missing row may be created at the importing desk (an administrator's own reference item); empty: a missing row refuses the package. In dependency order: a table comes after every table it refers to. Tables that belong to one desk and never travel. Columns that never travel: the desk's own row id and its optimistic-lock counter. Import column key → how the export writes it. The ``pengiriman`` import's columns plus the status, times and receipt (for reading; an import ignores them). Import column key → model field (the region columns and sums are filled separately). Totals the import checks against L + P. Rows looked at to size the columns. Characters; None sizes the column from its header and the first rows. What was exported, for messages: "Jadwal tahapan Pemilihan Bupati ... Lebak 2024". Expected number of rows, for progress (0 when unknown). Worksheet name (Excel allows 31 characters). Indonesian abbreviations of the three time zones. column key → index in the sheet row Any one of these locates the incident; the code wins, names are checked against it. A phone number starred out by an export: leaves the stored number alone. At least one column of each group must be in the file. number → (id, occurred_at) of every incident in the database natural key → id numbers of archived incidents: never given again region cells → (id, code) or the problem with them, resolved once per import Every incident column an import may leave out, with the value the form would give it. Option value: the scores apply to every contest of the region (IKP is per region). Column key → Angka field. Only the figures this row gives (Angka field → value). Stop after this many blank rows in a row: sheets with a million formatted empty rows end where the data ends. How many non-blank rows at the top may be titles above the header row. Excel's own marker for "this is text": ``'=1+1`` is the text ``=1+1`` (our exports write formula-like text that way, so an export imports back unchanged). Last row number the file probably has, for progress; 0 when unknown. Summary rows of KPU sheets: the app adds up itself. Every ``&lt;jenis&gt;`` of SPEC 11; those not built yet say so honestly. What people write for each organiser (first words, lower case). Form fields each column fills; an existing session keeps the fields of absent columns. Service field → import column key, to put a refused value's message in the right column. Form fields the file gives (the others keep their value on an existing session). natural key → id of the live session that has it (the first, if entered twice). A sheet whose XML is bigger than this is streamed rather than loaded whole by calamine (which holds about 1,4 bytes per byte of XML): memory stays bounded even for a sheet of a million whitespace cells; ordinary files up to ~500.000 rows stay fast. calamine holds the whole rectangle up to the farthest cell (about 32 bytes a cell): a sheet whose cells reach further than this is streamed too. Last row number the file probably has (for progress); 0 when unknown. What the user should know besides the counts (records left alone, and why). Which stage field each column fills; a column missing from the file leaves it alone. A time after the date ("14.30", "14:30:00", "pukul 14.30 WIB", ISO "T14:30") is ignored. ``r="12"`` is a row's number; a cell's reference starts with its column letters. A report may be entered a few minutes "ahead" when PC clocks disagree. The ``status`` filter value for every status still open (the dashboard's "Insiden terbuka" tile opens the register with it). Sortable columns by name; anything else sorts by time of occurrence. Dotted Kemendagri code of a kab/kota, kecamatan or desa: the whole subtree matches. Row label for incidents recorded against the province itself (no kab/kota). Dotted Kemendagri code: the whole subtree counts. Counts for severity 1..4, in that order. How many incidents met the bar in all (``items`` may be cut at the limit). Kab/kota code → open incidents of severity 1..4, in that order. Kab/kota without open incidents are absent (read as zeros). Shown in lists and alerts; not a stored status (derived from the deadline). "gubernur" when the stage only applies to the governor contest. Which schedule fields the source really had; an imported file without a column leaves that field of existing stages alone. None means all. Area name in ``Changes``: pages showing vulnerability reload on it. The root region itself (e.g. Provinsi Banten with its own IKP score). Shown when the rows are below kab/kota (no official IKP thresholds there). Administrative level → (lowest "tinggi" score, lowest "sedang" score), IKP 2024. Σ severity weights of the counted incidents (the numerator of the pressure). Lowest index of each level (documented cut-offs). Index points lost per open Tinggi incident (a Kritis one counts twice). Component → 0–100, or None when that component has no data for the region. The raw figures behind each component, for the tooltip and the detail dialog. None when no component has data. Components that went into the score, in ``COMPONENTS`` order. Owner type → (model, permission needed to add or archive its attachments). Media type → suffix of the stored copy (from the content, so the system viewer opens it). Notices that are system lines whoever seems to send them. As the export shows it: the phone's local time, without a zone. SHA-256 of sender, time and text: remembers which messages were already processed. "pelapor tidak mau disebut namanya": a cue without a name. In the reporter's signature ("Babinsa Desa X"): supports a place, never adds one. A part of the day, or a prayer time, without a clock time (for a clock time, the period the prayer falls in). Clocks written a little after the message still count (PC and phone clocks differ). Flagged for attention, not a failure (e.g. DPT not known yet). The contest the failure belongs to (None: not about one contest). Surat suara are per contest; None takes the consignment's contest. The existing line being edited; None for a new line. None: derived from the contest's voting day and the level's rule (TPS: H-1). None: whatever of the quantity sent is neither good nor damaged. The statuses of a consignment that has arrived (wholly or in part). Dotted code of a kab/kota, kecamatan or desa: the whole subtree matches. Good received, counted up to the requirement of each region (see the module doc). Everything received in good condition, surplus included. Σ of the items' counted good and requirements, for reference only: ``ratio`` is not their quotient (see ``overall``). The overall readiness: the mean of the item ratios (``overall``). The destination level whose receipts were counted (stated next to the figures). The item with the lowest ratio among those required here (None: nothing required). Per level: the active items, and inactive ones only where that level has figures. Days before voting day a consignment to each level must have arrived (TPS: H-1). Per TPS, for every item except surat suara (which follows DPT). The wilayah level a destination level sits at (a TPS is recorded on its desa). Length of a dotted code at each wilayah level: "36", "36.01", "36.01.01", "36.01.01.2001". Item code → (name, unit) from the catalogue, so the rules read in the users' words. Incident severity 1 (Rendah) … 4 (Kritis). Three-class indicators (readiness, logistics, turnout, risk) and "no data". Area name in ``Changes``: pages showing turnout reload on it. Reconciliation flags (partisipasi_checks.row_flags): shown, never hidden. What makes a record "have" a figure, by group of figures entered together. Figure → (value of a record, the _KNOWN group it belongs to). The figures of a DPT-only roll-up (logistics requirements, incident pressure), in the order of ``DptRow``'s fields. Set when the database is created, never from the settings screen: changing them would re-home the desk (province, time zone) or turn login off (the demo flags). Points closer than this (degrees, ~200 m) to the previous one are dropped. Dotted Kemendagri code of the feature (kab/kota or kecamatan). Every ring of every polygon (outer and holes; drawn with the odd-even rule). 2 (kab/kota) or 3 (kecamatan). A day of dumping is not a normal backup: stop rather than hang forever. Tables every Desk Pilkada database has had since its first schema. When the file was written (a backup's own time). The database as it was before the restore. Length of a dotted Kemendagri code at each level: "36", "36.01", "36.01.01", "36.01.01.2001". KPU RI's national participation target for Pilkada 2024, the default contest target. Area name in ``Changes`` (attachments of a session report it too, as their owner type). A session may be entered a few minutes "ahead" when PC clocks disagree. One session lasts at most this long; longer is nearly always a typo in the date. Budget of one session above this is refused as a likely extra digit (Rp 10 miliar). How the target groups of a session appear in the audit log. Rows read from the database at a time. Why, in Indonesian, one phrase per finding. Men + women who attended; NULL while neither is recorded (a planned session). Sortable columns by name; anything else sorts by start time. Dotted Kemendagri code of a kab/kota, kecamatan or desa: the whole subtree matches. A target group: sessions aimed at it (among others) match. Words in the topic, venue, speakers or notes. Length of a dotted Kemendagri code at each level: 36 · 36.01 · 36.01.01 · 36.01.01.2001. Sessions whose attendance is recorded, and their planned participants. Monday of the week, in the desk's time zone. Short forms people type, with the kind they imply. Which stored kinds a prefix accepts: desa and kelurahan are often confused. Parents, nearest first, without the province: "Kec. Labuan, Kabupaten Pandeglang". Opened with --demo: only then does the demo operator sign in without a password. A copy was made (or failed); its warnings are on the status bar. Widest a row-name axis gets; longer names wrap to two lines, then are cut (hover: full). Bawaslu IKP 2024 thresholds at kab/kota level (data/ikp_2024.md). Schematic tiles (column, row, column span, row span) on a 4 × 3 grid, laid out like Banten: Cilegon at the north-west tip, Kota and Kabupaten Serang along the north coast, the Tangerang trio to the east against Jakarta, Pandeglang south-west, Lebak south. Rich text, already escaped. Figures of one region → (colour, label, tooltip); None when it has no figure. Name of the snapshot's Sourced field this indicator depends on. The default period: the last 30 days up to today. Reconciliation failures, loaded after the snapshot (the checks scan registers). The reconciliation checks scan whole registers: they run on the first load, on F5, after a change that can move them, and for another contest — not when the period or the kab/kota filter changes (they do not depend on those). Page to open and its filters; area "" opens nothing, "kesiapan" the index dialog. Sessions of the dashboard's period (the reach tile counts those). One demo person per role; the username says it is the demo's. Setting key → (lowest, highest, suffix); the label comes from the setting's declaration. An option the user picks before the preview: (key, label, [(value, text), ...]). Typing in the search box waits this long before querying, so each key is not a query. A filter chosen elsewhere (the dashboard), re-shown once the lists are loaded. True once the user changed something since the form was last loaded.</extracomment>
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
        <location filename="../../app/views/insiden_page.py" line="442" />
        <source>Sertakan nomor telepon pelapor apa adanya? Pilih 'No' untuk menyamarkannya.</source>
        <translation>Include reporters' phone numbers as they are? Choose 'No' to mask them.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="452" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden_page.py" line="454" />
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
    <name>IssueDialog</name>
    <message>
        <location filename="../../app/views/laporan_dialogs.py" line="23" />
        <source>Terbitkan laporan</source>
        <translation>Issue the brief</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/laporan_dialogs.py" line="37" />
        <source>Pemeriksaan rekonsiliasi menemukan %n ketidaksesuaian. Laporan hanya dapat diterbitkan bila Anda mengakuinya dan menulis alasannya; keduanya dicatat di log audit.</source>
        <translation>
            <numerusform>The reconciliation checks found %n discrepancies. The brief can only be issued if you acknowledge them and write a reason; both are recorded in the audit log.</numerusform>
            <numerusform>The reconciliation checks found %n discrepancies. The brief can only be issued if you acknowledge them and write a reason; both are recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_dialogs.py" line="47" />
        <source>Saya memahami ketidaksesuaian ini dan tetap menerbitkan</source>
        <translation>I understand these discrepancies and issue anyway</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_dialogs.py" line="48" />
        <source>Alasan menerbitkan (wajib)</source>
        <translation>Reason for issuing (required)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_dialogs.py" line="54" />
        <source>Terbitkan</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>KerawananDialog</name>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="89" />
        <source>Kerawanan: %1</source>
        <translation>Vulnerability: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="93" />
        <source>Skor IKP (0–100)</source>
        <translation>IKP score (0–100)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="101" />
        <source>ada</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="103" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="104" />
        <source>Tanggal sumber</source>
        <translation>Source date</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="113" />
        <source>Level IKP tidak diturunkan untuk kecamatan/desa: Bawaslu tidak menetapkan ambangnya.</source>
        <translation>No IKP level is derived for districts/villages: Bawaslu set no thresholds for them.</translation>
    </message>
</context>
<context>
    <name>KerawananMap</name>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="40" />
        <source>Peta kerawanan kab/kota</source>
        <translation>Vulnerability map of regencies/cities</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="41" />
        <source>Klik kab/kota untuk menampilkan kecamatannya di tabel</source>
        <translation>Click a regency/city to list its districts in the table</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="82" />
        <source>Tekanan insiden %1 per 100.000 DPT (14 hari)</source>
        <translation>Incident pressure %1 per 100,000 voters (14 days)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="83" />
        <source>TPS rawan + sangat rawan: %1</source>
        <translation>Vulnerable + very vulnerable polling stations: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="85" />
        <source>tinggi (&gt; ⅔ tertinggi)</source>
        <translation>high (&gt; ⅔ of the highest)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="85" />
        <source>sedang</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="86" />
        <source>rendah (≤ ⅓)</source>
        <translation>low (≤ ⅓)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="87" />
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="94" />
        <source>belum ada angka</source>
        <translation>no figures yet</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="96" />
        <source>Batas wilayah: berkas resmi yang dimuat kantor</source>
        <translation>Boundaries: official file loaded by the office</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="98" />
        <source>Peta skematik (bukan batas sebenarnya)</source>
        <translation>Schematic map (not the real boundaries)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_map.py" line="106" />
        <source>Skor IKP %1</source>
        <translation>IKP score %1</translation>
    </message>
</context>
<context>
    <name>KerawananModel</name>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="66" />
        <source>tanpa ambang</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="76" />
        <source>Sumber: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>KerawananPage</name>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="163" />
        <location filename="../../app/views/kerawanan_page.py" line="348" />
        <source>Semua pemilihan (IKP per wilayah)</source>
        <translation>All contests (IKP per region)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="166" />
        <source>Peringkat: skor IKP</source>
        <translation>Ranking: IKP score</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="167" />
        <source>Peringkat: tekanan insiden</source>
        <translation>Ranking: incident pressure</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="168" />
        <source>Peringkat: TPS rawan + sangat rawan</source>
        <translation>Ranking: vulnerable + very vulnerable polling stations</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="170" />
        <source>▲ Naik</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="172" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="176" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="193" />
        <source>TPS per level kerawanan Polri: kurang rawan, rawan, sangat rawan, khusus (lapas/rutan)</source>
        <translation>Polling stations per Polri level: less vulnerable, vulnerable, very vulnerable, special (prisons)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="209" />
        <source>Isi skor/TPS…</source>
        <translation>Enter score/polling stations…</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="211" />
        <source>Bobot…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="213" />
        <source>Impor IKP…</source>
        <translation>Import IKP…</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="215" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="217" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="267" />
        <source> — skor IKP %1 (%2)</source>
        <translation> — IKP score %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="268" />
        <source>tanpa ambang</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="299" />
        <source> — belum ada angka</source>
        <translation> — no figures yet</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="326" />
        <source>Kerawanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="327" />
        <source>Pilih wilayah di tabel lebih dulu.</source>
        <translation>Choose a region in the table first.</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="342" />
        <source>Pilih berkas IKP/TPS rawan</source>
        <translation>Choose an IKP/vulnerable polling station file</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="343" />
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="354" />
        <source>Berlaku untuk</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation type="vanished">Save template</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="363" />
        <source>Ekspor tabel kerawanan</source>
        <translation>Export the vulnerability table</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="364" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>KesiapanDialog</name>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="97" />
        <source>Rincian indeks kesiapan</source>
        <translation>Readiness index details</translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <location filename="../../app/views/keywords_panel.py" line="24" />
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
    <name>LaporanForm</name>
    <message>
        <location filename="../../app/views/laporan_form.py" line="48" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="53" />
        <source>Uraian topik laporan khusus (bila bukan tentang satu insiden)</source>
        <translation>Account of the special brief's topic (when it is not about one incident)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="55" />
        <source>otomatis menurut jenis dan tanggal</source>
        <translation>automatic from type and date</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="64" />
        <source>Bagian laporan</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="67" />
        <source>Kesimpulan desk; satu butir per baris</source>
        <translation>The desk's conclusions; one point per line</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="68" />
        <source>Rekomendasi desk; satu butir per baris</source>
        <translation>The desk's recommendations; one point per line</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="71" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="72" />
        <source>Tanggal</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="73" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="74" />
        <source>Nomor insiden</source>
        <translation>Incident number</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="75" />
        <source>Uraian</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="76" />
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="77" />
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="78" />
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="79" />
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="81" />
        <source>Kesimpulan</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="82" />
        <source>Rekomendasi</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="114" />
        <source>%1 (data belum tersedia)</source>
        <translation>%1 (data not available yet)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_form.py" line="126" />
        <source>Laporan mingguan: hari terakhir dari tujuh hari</source>
        <translation>Weekly brief: the last of the seven days</translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../../app/views/laporan_page.py" line="81" />
        <location filename="../../app/views/laporan_page.py" line="127" />
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="83" />
        <source>Susun laporan dari data saat ini (F5)</source>
        <translation>Build the brief from the current data (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="85" />
        <source>Terbitkan…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="112" />
        <source>Belum ada pratinjau: pilih jenis laporan lalu tekan Pratinjau (F5).</source>
        <translation>No preview yet: choose the brief type, then press Preview (F5).</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="113" />
        <source>Simpan salinan…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="115" />
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="128" />
        <source>Register laporan</source>
        <translation>Brief register</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="148" />
        <source>Cari nomor atau hal</source>
        <translation>Search number or subject</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="151" />
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="159" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="160" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="161" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="162" />
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="164" />
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="166" />
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="168" />
        <source>Diterbitkan</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="172" />
        <source>Data per</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="173" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="175" />
        <source>Ketidaksesuaian diakui</source>
        <translation>Acknowledged discrepancies</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="176" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="189" />
        <source>Buka dan verifikasi</source>
        <translation>Open and verify</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="192" />
        <source>Buka salinan arsip laporan terpilih dan periksa SHA-256-nya</source>
        <translation>Open the archived copy of the selected brief and check its SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="194" />
        <source>Verifikasi berkas…</source>
        <translation>Verify a file…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="197" />
        <source>Pilih berkas PDF dan periksa apakah sama dengan laporan terpilih</source>
        <translation>Choose a PDF file and check whether it is the selected brief</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="230" />
        <location filename="../../app/views/laporan_page.py" line="237" />
        <source>Pilih laporan di register terlebih dahulu.</source>
        <translation>Select a brief in the register first.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="240" />
        <source>Berkas PDF yang diverifikasi</source>
        <translation>PDF file to verify</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="254" />
        <source>Laporan %1 (sesuai register)</source>
        <translation>Brief %1 (matches the register)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="271" />
        <source>Beri nomor, simpan di register, dan catat di log audit. Buat pratinjau dari isian terakhir lebih dahulu.</source>
        <translation>Number it, store it in the register and record it in the audit log. Preview the latest entries first.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="278" />
        <location filename="../../app/views/laporan_page.py" line="280" />
        <source>Menyusun laporan…</source>
        <translation>Building the brief…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="286" />
        <source>Konsep: %1</source>
        <translation>Draft: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="288" />
        <source>Perubahan dibandingkan dengan laporan %1.</source>
        <translation>Changes compared with brief %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="289" />
        <source>Belum ada laporan sejenis sebelumnya.</source>
        <translation>No earlier brief of this type.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="292" />
        <source>Konsep tanpa nomor; nomor berikutnya berbentuk %1. %2</source>
        <translation>Unnumbered draft; the next number looks like %1. %2</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="306" />
        <source>Terbitkan “%1” dengan nomor berikutnya (%2)? Data dibaca ulang saat diterbitkan; laporan dicatat di register dengan SHA-256 dan di log audit atas nama %3.</source>
        <translation>Issue “%1” with the next number (%2)? The data is read again when issuing; the brief is recorded in the register with its SHA-256 and in the audit log in the name of %3.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="318" />
        <source>Menerbitkan laporan…</source>
        <translation>Issuing the brief…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="322" />
        <source>Laporan %1</source>
        <translation>Brief %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="326" />
        <source>Laporan %1 diterbitkan dan dicatat di register. Berkas: %2</source>
        <translation>Brief %1 issued and recorded in the register. File: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="346" />
        <source>Mohon tunggu…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="353" />
        <source>Simpan salinan laporan</source>
        <translation>Save a copy of the brief</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_page.py" line="360" />
        <source>Salinan disimpan: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
</context>
<context>
    <name>LaporanSettingsPanel</name>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="80" />
        <location filename="../../app/views/laporan_settings_panel.py" line="152" />
        <source>(tanpa logo)</source>
        <extracomment>key → (lowest, highest, step, suffix)</extracomment>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="82" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="84" />
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="106" />
        <source>Kosong berarti isi bawaan (teks abu-abu). Pola nomor memakai {kode}, {nomor}, {unit}, {tahun}, dan {bulan} (angka Romawi).</source>
        <translation>Empty means the default (grey text). The number pattern uses {kode}, {nomor}, {unit}, {tahun} and {bulan} (Roman numerals).</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="108" />
        <source>Simpan pengaturan laporan</source>
        <translation>Save brief settings</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="156" />
        <source>Logo kop</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="157" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="190" />
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan_settings_panel.py" line="195" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="33" />
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="34" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="35" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="36" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="37" />
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="38" />
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="39" />
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="40" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_lines.py" line="64" />
        <source>Kekurangan = dikirim − baik (dihitung, tidak diketik)</source>
        <translation>Shortfall = sent − good (computed, never typed)</translation>
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
    <name>LogistikFilterBar</name>
    <message>
        <location filename="../../app/views/logistik_filters.py" line="23" />
        <source>Semua wilayah tujuan (kab/kota, kecamatan, desa)</source>
        <translation>All destinations (regency/city, district, village)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_filters.py" line="25" />
        <source>Semua tingkat tujuan</source>
        <translation>All destination levels</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_filters.py" line="29" />
        <source>Semua barang</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_filters.py" line="31" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_filters.py" line="35" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_filters.py" line="37" />
        <source>Hanya berisiko/terlambat</source>
        <translation>At risk/late only</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_filters.py" line="39" />
        <source>Cari nomor, asal, berita acara… (Ctrl+F)</source>
        <translation>Search number, origin, handover record… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>LogistikPage</name>
    <message>
        <location filename="../../app/views/logistik_page.py" line="100" />
        <source>Pengiriman</source>
        <translation>Consignments</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="101" />
        <source>Kesiapan</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="102" />
        <source>Berisiko</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="106" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="107" />
        <source>Catat pengiriman baru (Ctrl+N)</source>
        <translation>Record a new consignment (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="175" />
        <source>%1 pengiriman</source>
        <translation>%1 consignments</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="181" />
        <source>berisiko/terlambat: %1</source>
        <translation>at risk/late: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="286" />
        <source>Ubah %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="311" />
        <source>Tutup pengiriman</source>
        <translation>Close consignment</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="311" />
        <source>Status baru</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_page.py" line="316" />
        <source>Alasan %1:</source>
        <translation>Reason (%1):</translation>
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
        <location filename="../../app/views/main_window.py" line="91" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="103" />
        <source>DATA CONTOH</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="108" />
        <source> (per %1)</source>
        <translation> (as of %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="126" />
        <source>Pengguna: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="130" />
        <source>Data contoh: masuk tanpa kata sandi dengan peran yang dipilih.</source>
        <translation>Sample data: signed in without a password, in the chosen role.</translation>
    </message>
    <message>
        <source>Data contoh: masuk otomatis sebagai operator contoh, tanpa kata sandi.</source>
        <translation type="vanished">Sample data: signed in automatically as the sample operator, without a password.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="204" />
        <source>Memproses…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../app/views/dasbor_map_panel.py" line="38" />
        <source>Indikator peta</source>
        <translation>Map indicator</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_map_panel.py" line="43" />
        <source>Peta batas…</source>
        <translation>Boundaries…</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_map_panel.py" line="46" />
        <source>Muat berkas GeoJSON batas kab/kota atau kecamatan (kode Kemendagri)</source>
        <translation>Load a GeoJSON boundary file of regencies/cities or districts (Kemendagri codes)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_map_panel.py" line="57" />
        <source>&lt;b&gt;Peta&lt;/b&gt;</source>
        <translation>&lt;b&gt;Map&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_map_panel.py" line="95" />
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_map_panel.py" line="97" />
        <source>Batas wilayah: berkas resmi yang dimuat kantor</source>
        <translation>Boundaries: official file loaded by the office</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_map_panel.py" line="99" />
        <source>Peta skematik (bukan batas sebenarnya)</source>
        <translation>Schematic map (not the real boundaries)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_map_panel.py" line="108" />
        <source>Pilih berkas batas wilayah</source>
        <translation>Choose a boundary file</translation>
    </message>
</context>
<context>
    <name>OutreachTurnoutModel</name>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="59" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="59" />
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="70" />
        <source>Perubahan partisipasi dari pemilihan sebelumnya, dalam poin persen</source>
        <translation>Change in turnout from the earlier election, in percentage points</translation>
    </message>
</context>
<context>
    <name>OutreachTurnoutView</name>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="97" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="99" />
        <source>◀ Naik satu tingkat</source>
        <translation>◀ Up one level</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="111" />
        <source>Perlu sosialisasi tambahan bila jangkauan (peserta hadir per 1.000 DPT) di bawah rata-rata wilayah yang ditampilkan DAN partisipasi lemah: di bawah target pemilihan, atau turun dari pemilihan sebelumnya (sebelum hasil masuk: partisipasi pemilihan sebelumnya di bawah target).</source>
        <translation>More outreach is needed where reach (attendees per 1,000 registered voters) is below the average of the regions shown AND participation is weak: below the contest's target, or down from the earlier election (before the count is in: the earlier election's turnout below the target).</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="115" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="115" />
        <source>Perlu?</source>
        <translation>Needs more?</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="115" />
        <source>Kegiatan</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="115" />
        <source>Hadir</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="116" />
        <source>DPT</source>
        <translation>Voters (DPT)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="116" />
        <source>Per 1.000 DPT</source>
        <translation>Per 1,000 voters</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="116" />
        <source>Partisipasi</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="116" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="117" />
        <source>Sebelumnya</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="117" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="122" />
        <source>Klik ganda untuk melihat wilayah di bawahnya</source>
        <translation>Double-click to see the regions below</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="136" />
        <source>Hadir per 1.000 DPT (merah: perlu)</source>
        <translation>Attendees per 1,000 voters (red: needs more)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="157" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_vs_partisipasi.py" line="233" />
        <source>&lt;b&gt;%1&lt;/b&gt; per %2 · sosialisasi sampai %3 · rata-rata %4 hadir per 1.000 DPT · &lt;b&gt;%5 wilayah perlu sosialisasi tambahan&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; per %2 · outreach up to %3 · average %4 attendees per 1,000 voters · &lt;b&gt;%5 regions need more outreach&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PackageModel</name>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="39" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="39" />
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="39" />
        <source>Desk asal</source>
        <translation>Source desk</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="39" />
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="40" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="41" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="50" />
        <source>dibuat</source>
        <translation>made</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange_panel.py" line="51" />
        <source>diimpor</source>
        <translation>imported</translation>
    </message>
</context>
<context>
    <name>PartisipasiDialog</name>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="80" />
        <source>Angka partisipasi: %1</source>
        <translation>Turnout figures: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="90" />
        <source>ada</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="92" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="93" />
        <source>Tanggal sumber</source>
        <translation>Source date</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="96" />
        <source>Kosongkan angka yang belum diketahui. Angka yang tidak cocok (mis. pengguna hak pilih melebihi DPT + DPTb + DPK) tetap disimpan dan ditandai di tabel.</source>
        <translation>Leave unknown figures empty. Figures that do not add up (e.g. more voters than DPT + DPTb + DPK) are saved and flagged in the table.</translation>
    </message>
</context>
<context>
    <name>PartisipasiPage</name>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="93" />
        <location filename="../../app/views/partisipasi_page.py" line="299" />
        <source>Pemilihan</source>
        <extracomment>The method combo follows the desk setting until the first load tells it.</extracomment>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="98" />
        <source>Penyebut tingkat partisipasi</source>
        <translation>Turnout denominator</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="100" />
        <source>▲ Naik</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="101" />
        <source>Kembali ke wilayah di atasnya</source>
        <translation>Back to the region above</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="103" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="107" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="109" />
        <source>Metode:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="130" />
        <source>Isi angka…</source>
        <translation>Enter figures…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="131" />
        <source>Ketik DPT, TPS, dan hasil untuk wilayah terpilih</source>
        <translation>Type voter list, polling station and result figures for the selected region</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="133" />
        <source>Pemilihan sebelumnya…</source>
        <translation>Earlier election…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="135" />
        <source>Target…</source>
        <translation>Target…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="137" />
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="140" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="142" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="211" />
        <source>&lt;b&gt;%1&lt;/b&gt; — DPT %2 · TPS %3 · partisipasi %4 (%5) · target %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — voters %2 · polling stations %3 · turnout %4 (%5) · target %6</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="218" />
        <source>Partisipasi = %1.</source>
        <translation>Turnout = %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="222" />
        <source>Partisipasi 2024 belum diketahui: pemungutan suara %1.</source>
        <translation>2024 turnout is not known yet: voting day is %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="225" />
        <source>Pembanding: %1.</source>
        <translation>Compared with: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="252" />
        <source>Isi angka</source>
        <translation>Enter figures</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="253" />
        <location filename="../../app/views/partisipasi_page.py" line="264" />
        <source>Pilih wilayah di tabel lebih dulu.</source>
        <translation>Choose a region in the table first.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="263" />
        <source>Pemilihan sebelumnya</source>
        <translation>Earlier election</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="277" />
        <source>Target partisipasi</source>
        <translation>Turnout target</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="277" />
        <source>Target partisipasi %1 (%):</source>
        <translation>Turnout target of %1 (%):</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="289" />
        <source>Pilih berkas DPT/partisipasi KPU</source>
        <translation>Choose a KPU voter list/turnout file</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="290" />
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation type="vanished">Save template</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="309" />
        <source>Ekspor tabel partisipasi</source>
        <translation>Export the turnout table</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="310" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="320" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
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
        <location filename="../../app/views/laporan_chat_dialogs.py" line="73" />
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
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/views/pdf_preview.py" line="65" />
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../app/views/pdf_preview.py" line="69" />
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../app/views/pdf_preview.py" line="70" />
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../app/views/pdf_preview.py" line="90" />
        <source>Pratinjau PDF tidak tersedia: modul Qt PDF (paket PySide6-Pdf) tidak terpasang. Berkas PDF tetap dibuat dan dapat disimpan atau dibuka dengan penampil PDF lain.</source>
        <translation>PDF preview is not available: the Qt PDF module (package PySide6-Pdf) is not installed. The PDF file is still made and can be saved or opened in another PDF viewer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/pdf_preview.py" line="119" />
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PemilihanLaluDialog</name>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="132" />
        <source>Pemilihan sebelumnya: %1</source>
        <translation>Earlier election: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="142" />
        <source>mis. 62,02 (bila hanya persentase yang diketahui)</source>
        <translation>e.g. 62.02 (when only the percentage is known)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="145" />
        <source>Nama pemilihan</source>
        <translation>Election name</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="146" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="147" />
        <source>DPT</source>
        <translation>Voters (DPT)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="148" />
        <source>Pengguna hak pilih</source>
        <translation>Voters who voted</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="149" />
        <source>Partisipasi diumumkan (%)</source>
        <translation>Published turnout (%)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="150" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="34" />
        <location filename="../../app/views/pengaturan_page.py" line="38" />
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
        <location filename="../../app/views/pengaturan_page.py" line="60" />
        <source>Kop dan laporan</source>
        <translation>Letterhead and briefs</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="61" />
        <source>Akun saya</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="68" />
        <source>Belum tersedia pada versi ini: daftar referensi. Bahasa tampilan dapat diganti lewat berkas pengaturan (ui/language = en).</source>
        <translation>Not available in this version yet: reference lists. The display language can be changed in the settings file (ui/language = en).</translation>
    </message>
    <message>
        <source>Belum tersedia pada versi ini: kop instansi dan logo, penandatangan, format nomor laporan, kertas dan huruf, serta daftar referensi. Bahasa tampilan dapat diganti lewat berkas pengaturan (ui/language = en).</source>
        <translation type="vanished">Not available in this version yet: agency letterhead and logo, signers, brief numbering, paper and fonts, and reference lists. The display language can be changed in the settings file (ui/language = en).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="69" />
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="79" />
        <source>Masuk sebagai %1 — peran %2.</source>
        <translation>Signed in as %1 — role %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="82" />
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan_page.py" line="86" />
        <source>Data contoh masuk otomatis tanpa kata sandi.</source>
        <translation>Sample data signs in automatically without a password.</translation>
    </message>
</context>
<context>
    <name>PengirimanDialog</name>
    <message>
        <location filename="../../app/views/logistik_form.py" line="47" />
        <source>Pengiriman baru</source>
        <translation>New consignment</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="49" />
        <source>(tanpa pemilihan)</source>
        <translation>(no contest)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="53" />
        <source>Kosongkan untuk nomor otomatis LOG-tahun-urut</source>
        <translation>Leave empty for an automatic LOG-year-sequence number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="59" />
        <source>mis. Gudang KPU Kab. Lebak</source>
        <translation>e.g. KPU Lebak warehouse</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="68" />
        <source>hanya untuk tujuan KPPS/TPS</source>
        <translation>only for a KPPS/TPS destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="69" />
        <source>rencana</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="71" />
        <source>tetapkan</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="73" />
        <source>Tanpa centang: H-n menurut aturan tingkat tujuan</source>
        <translation>Unticked: D-n by the destination level's rule</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="74" />
        <source>perkiraan</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="76" />
        <source>Dikawal Polri</source>
        <translation>Police escort</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="81" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="82" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="83" />
        <source>Asal</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="85" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="88" />
        <source>Tanggal</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="91" />
        <source>Berita acara</source>
        <translation>Handover record</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="92" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="96" />
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="96" />
        <source>Pemilihan (surat suara)</source>
        <translation>Contest (ballot papers)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="96" />
        <source>Jumlah dikirim</source>
        <translation>Quantity sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="109" />
        <source>Tambah baris</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="140" />
        <source>— pilih barang —</source>
        <translation>— choose an item —</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="145" />
        <source>(pemilihan pengiriman)</source>
        <translation>(consignment's contest)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_form.py" line="153" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../app/views/placeholder_page.py" line="16" />
        <source>&lt;p&gt;&lt;b&gt;Halaman ini belum tersedia pada versi ini.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Yang akan datang: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;This page is not available in this version yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Coming: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../app/views/region_charts.py" line="104" />
        <source>Peringkat wilayah</source>
        <translation>Region ranking</translation>
    </message>
</context>
<context>
    <name>ReachChartsView</name>
    <message>
        <location filename="../../app/views/sosialisasi_charts.py" line="56" />
        <source>Peserta hadir per kelompok sasaran</source>
        <extracomment>Names longer than this are shortened on the axis (the full name is in the table).</extracomment>
        <translation>Attendees per target group</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_charts.py" line="57" />
        <source>Peserta hadir per wilayah</source>
        <translation>Attendees per region</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_charts.py" line="59" />
        <source>Peserta hadir per minggu</source>
        <translation>Attendees per week</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_charts.py" line="64" />
        <source>Rencana vs hadir per wilayah (kegiatan yang sudah dilaporkan)</source>
        <translation>Planned vs attended per region (sessions already reported)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_charts.py" line="88" />
        <source>rencana</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_charts.py" line="89" />
        <source>hadir</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_charts.py" line="109" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 kegiatan · &lt;b&gt;%3 hadir&lt;/b&gt; (perempuan %4, penyandang disabilitas %5) · rencana %6 · anggaran %7. Satu kegiatan dapat menyasar beberapa kelompok, sehingga grafik kelompok sasaran dapat berjumlah lebih dari total.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 sessions · &lt;b&gt;%3 attended&lt;/b&gt; (women %4, persons with disabilities %5) · planned %6 · budget %7. One session may target several groups, so the target-group chart can add up to more than the total.</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_charts.py" line="128" />
        <source>Peserta hadir per %1</source>
        <translation>Attendees per %1</translation>
    </message>
</context>
<context>
    <name>ReadinessChart</name>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="288" />
        <source>Indeks kesiapan per kab/kota</source>
        <extracomment>The file's bytes when it matches (to show it again); empty otherwise. Longest text put in one table cell: a row taller than a page cannot be split. Tables of up to this many rows (header and totals included) are kept on one page. The brief's day: the day reported (harian, nota), the last day of the week (mingguan), the day of writing (khusus). Laporan Khusus about one incident: its number (INS-2024-000123). Laporan Khusus about a topic: the desk's account of it. Section keys to print; None prints the type's default sections. Empty: the desk's default classification. Per section key, what that section stored (``SectionContent.summary``). The desk's "now" when the data was read (UTC): the brief's snapshot time. Brief types that print this section (by default; the user may leave it out). A data area whose KPI and change lines feed Situasi umum and Perubahan: built for every periodic brief and the Nota Dinas even when not printed. Banten (SPEC's first user): its provincial government address and city. Left + right cell padding (points), as set in ``render.table``, and a little air. No single column is widened past this share of the table for one long word. Rows of the late/at-risk table; the rest is counted in a sentence. (instant, monotonic reading when pinned) of a pinned wall clock. When the program started: a desk's own instant (the demo's) runs from here. Alerts listed per kind (the total is always stated). Areas whose changes cannot move a reconciliation check (the checks read logistics, participation and settings): saving an incident does not re-run a scan of every consignment line. Stages under way or due (not Belum mulai), and of those Selesai or Berjalan. The contest with the most late stages (what the tile opens when none is chosen). Where clicking it goes: the area and the navigation filters (open_id, ...). Dotted code of the region the alert is about; "" when not known (province-wide). Per alert kind: how many there are in all, and the state of its source.</extracomment>
        <translation>Readiness index per regency/city</translation>
    </message>
</context>
<context>
    <name>ReadinessMatrix</name>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="225" />
        <source>Kembali ke kab/kota</source>
        <translation>Back to regencies/cities</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="234" />
        <source> tanpa kebutuhan </source>
        <translation> no requirement </translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="268" />
        <source>Jumlah provinsi</source>
        <translation>Province total</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="269" />
        <source>Jumlah %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="275" />
        <source>Kab/kota di provinsi</source>
        <translation>Regencies/cities of the province</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="275" />
        <source>Kecamatan di %1</source>
        <translation>Districts of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="277" />
        <source>Desa/kelurahan di %1</source>
        <translation>Villages of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="280" />
        <source> — klik ganda untuk rincian</source>
        <translation> — double-click for detail</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="281" />
        <source> · dihitung dari penerimaan di tingkat %1</source>
        <translation> · counted from receipts at level %1</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="70" />
        <location filename="../../app/views/logistik_matrix.py" line="86" />
        <source>Wilayah</source>
        <extracomment>(lowest ratio, colour, legend): red below half, orange, yellow, green when complete.</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="70" />
        <location filename="../../app/views/logistik_matrix.py" line="87" />
        <source>Keseluruhan</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="138" />
        <source>%1: rata-rata kesiapan per barang %2</source>
        <translation>%1: mean readiness per item %2</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="142" />
        <source>; terendah: %1 %2</source>
        <translation>; lowest: %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="146" />
        <source>%1 · %2: baik %3 dari kebutuhan %4 %5 (%6)</source>
        <translation>%1 · %2: %3 good of %4 %5 required (%6)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_matrix.py" line="150" />
        <source>; lebih %1</source>
        <translation>; surplus %1</translation>
    </message>
</context>
<context>
    <name>ReadinessTab</name>
    <message>
        <location filename="../../app/views/logistik_readiness_tab.py" line="29" />
        <source>Aturan…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_readiness_tab.py" line="31" />
        <source>Hitung kebutuhan dari DPT</source>
        <translation>Compute requirements from voter lists</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_readiness_tab.py" line="34" />
        <source>Kebutuhan isian/impor dipertahankan; hanya hasil aturan yang diganti</source>
        <translation>Entered/imported requirements are kept; only rule results are replaced</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="80" />
        <source>Catat penerimaan %1</source>
        <translation>Record receipt of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="88" />
        <source>Nomor berita acara serah terima</source>
        <translation>Handover record number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="91" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="94" />
        <source>Waktu tiba</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="95" />
        <source>Berita acara</source>
        <translation>Handover record</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="98" />
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="98" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="98" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="98" />
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="99" />
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="99" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="99" />
        <source>Kekurangan</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_receipt.py" line="135" />
        <source>Baik + rusak + hilang harus sama dengan jumlah dikirim; penerimaan tidak boleh melebihi pengiriman. Bila kurang dari yang dikirim, pilih alasannya. Status menjadi Diterima bila semua baris baik sejumlah yang dikirim, selain itu Diterima sebagian.</source>
        <translation>Good + damaged + missing must equal the quantity sent; a receipt can never exceed what was sent. When less than sent, choose the reason. The status becomes Received when every line is all good, otherwise Partly received.</translation>
    </message>
</context>
<context>
    <name>RegionMap</name>
    <message>
        <location filename="../../app/views/dasbor_map.py" line="63" />
        <source>Peta kab/kota</source>
        <translation>Regency/city map</translation>
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
    <name>RegistersPanel</name>
    <message>
        <location filename="../../app/views/data_registers.py" line="82" />
        <source>Jadwal tahapan</source>
        <translation>Stage schedule</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="82" />
        <source>kode, induk, nama, tanggal mulai dan selesai</source>
        <translation>code, parent, name, start and end dates</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="83" />
        <source>Insiden</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="83" />
        <source>waktu, wilayah, kategori, keparahan, kronologi, pelapor</source>
        <translation>time, region, category, severity, chronology, reporter</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="84" />
        <source>Pengiriman logistik</source>
        <translation>Logistics consignments</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="84" />
        <source>nomor, tujuan, jadwal, barang yang dikirim</source>
        <translation>number, destination, schedule, items sent</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="85" />
        <source>Penerimaan logistik</source>
        <translation>Logistics receipts</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="85" />
        <source>barang diterima baik, rusak, hilang</source>
        <translation>items received in good condition, damaged, missing</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="86" />
        <source>Kebutuhan logistik</source>
        <translation>Logistics requirements</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="86" />
        <source>kebutuhan per wilayah dan jenis barang</source>
        <translation>requirements per region and item type</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="87" />
        <source>Sosialisasi</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="87" />
        <source>kegiatan, sasaran, kehadiran, anggaran</source>
        <translation>sessions, target groups, attendance, budget</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="88" />
        <source>Partisipasi</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="88" />
        <source>DPT, pemilih, suara sah per wilayah</source>
        <translation>voter list, voters, valid votes per region</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="89" />
        <source>Kerawanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="89" />
        <source>skor IKP dan TPS rawan per wilayah</source>
        <translation>IKP scores and vulnerable polling stations per region</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="96" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="96" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="103" />
        <source>Templat…</source>
        <translation>Template…</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="104" />
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="105" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="113" />
        <source>Simpan templat .xlsx berisi judul kolom dan petunjuk pengisian</source>
        <translation>Save an .xlsx template with the column headers and filling-in instructions</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="117" />
        <source>Periksa lalu impor berkas .xlsx atau .csv</source>
        <translation>Check, then import an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="121" />
        <source>Ekspor seluruh register ke .xlsx atau .csv</source>
        <translation>Export the whole register to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="145" />
        <source>Isi templat di Excel, lalu impor: setiap baris diperiksa dulu dan tidak ada yang disimpan sebelum Anda menyetujui pratinjau. Mengimpor berkas yang sama dua kali tidak membuat data ganda. Ekspor memuat semua data register (semua status); ekspor tabel yang tersaring ada di halaman registernya.</source>
        <translation>Fill in the template in Excel, then import it: every row is checked first and nothing is saved until you approve the preview. Importing the same file twice creates no duplicates. An export holds the whole register (every status); exports of a filtered table are on the register's own page.</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="160" />
        <source>Belum tersedia: register ini sedang dibangun.</source>
        <translation>Not available yet: this register is being built.</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="162" />
        <source>Impor register ini belum tersedia.</source>
        <translation>Import of this register is not available yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="164" />
        <source>Ekspor register ini belum tersedia.</source>
        <translation>Export of this register is not available yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="176" />
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Templat disimpan: %1</source>
        <translation type="vanished">Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="188" />
        <source>Pilih berkas %1</source>
        <translation>Choose a %1 file</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="190" />
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="215" />
        <source>Impor selesai: %1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="221" />
        <source>Ekspor %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="250" />
        <source>Mengekspor %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="254" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/data_registers.py" line="257" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
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
        <location filename="../../app/views/users_panel.py" line="151" />
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
    <name>RoleChooser</name>
    <message>
        <location filename="../../app/views/demo_roles.py" line="34" />
        <source>Peran contoh:</source>
        <translation>Sample role:</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_roles.py" line="36" />
        <source>Peran contoh</source>
        <translation>Sample role</translation>
    </message>
    <message>
        <location filename="../../app/views/demo_roles.py" line="42" />
        <source>Data contoh tanpa kata sandi: pilih peran untuk mencoba alur kerja insiden (Verifikator) atau menerbitkan laporan (Pimpinan).</source>
        <translation>Sample data without a password: choose a role to try the incident workflow (Verifikator) or issuing briefs (Pimpinan).</translation>
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
    <name>RulesDialog</name>
    <message>
        <location filename="../../app/views/logistik_rules_dialog.py" line="58" />
        <source>Aturan logistik</source>
        <extracomment>Columns of the per-TPS grid (label + field each), so the dialog fits 1366×768.</extracomment>
        <translation>Logistics rules</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_rules_dialog.py" line="87" />
        <source>Batas tiba (hari sebelum hari pemungutan suara)</source>
        <translation>Must arrive by (days before voting day)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_rules_dialog.py" line="89" />
        <source>Barang lain per TPS</source>
        <translation>Other items per polling station</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_rules_dialog.py" line="94" />
        <source>Cadangan surat suara</source>
        <translation>Ballot paper reserve</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_rules_dialog.py" line="95" />
        <source>Kesiapan diukur di tingkat</source>
        <translation>Readiness measured at level</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="40" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_dialogs.py" line="41" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <location filename="../../app/views/figure_fields.py" line="34" />
        <source>mis. 77,74</source>
        <translation>e.g. 77.74</translation>
    </message>
</context>
<context>
    <name>SosialisasiFilterBar</name>
    <message>
        <location filename="../../app/views/sosialisasi_filters.py" line="26" />
        <source>dari</source>
        <extracomment>Typing in the search box waits this long before querying, so each key is not a query.</extracomment>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_filters.py" line="27" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_filters.py" line="31" />
        <source>Semua wilayah (ketik kab/kota, kecamatan, desa)</source>
        <translation>All regions (type a regency/city, district, village)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_filters.py" line="38" />
        <source>Cari topik, tempat, narasumber… (Ctrl+F)</source>
        <translation>Search topic, venue, speakers… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_filters.py" line="46" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_filters.py" line="69" />
        <source>Semua penyelenggara</source>
        <translation>All organisers</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_filters.py" line="72" />
        <source>Semua jenis kegiatan</source>
        <translation>All activity types</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_filters.py" line="75" />
        <source>Semua kelompok sasaran</source>
        <translation>All target groups</translation>
    </message>
</context>
<context>
    <name>SosialisasiFormWidget</name>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="83" />
        <source>selesai</source>
        <extracomment>A new session lasts this long unless the operator says otherwise.</extracomment>
        <translation>ends</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="92" />
        <source>mis. Aula kantor kecamatan</source>
        <translation>e.g. District office hall</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="97" />
        <source>Centang satu atau beberapa kelompok sasaran</source>
        <translation>Tick one or more target groups</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="105" />
        <source>Termasuk dalam jumlah laki-laki dan perempuan</source>
        <translation>Included in the numbers of men and women</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="108" />
        <source>mis. 5.000.000</source>
        <translation>e.g. 5.000.000</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="114" />
        <source>Mulai*</source>
        <translation>Starts*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="115" />
        <source>Selesai</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="116" />
        <source>Wilayah*</source>
        <translation>Region*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="117" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="118" />
        <source>Penyelenggara*</source>
        <translation>Organiser*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="119" />
        <source>Jenis kegiatan*</source>
        <translation>Activity type*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="120" />
        <source>Kelompok sasaran*</source>
        <translation>Target groups*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="121" />
        <source>Topik*</source>
        <translation>Topic*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="122" />
        <source>Narasumber</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="123" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="124" />
        <source>Rencana peserta</source>
        <translation>Planned participants</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="125" />
        <source>Hadir laki-laki</source>
        <translation>Attended, men</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="126" />
        <source>Hadir perempuan</source>
        <translation>Attended, women</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="127" />
        <source>Hadir disabilitas</source>
        <translation>Attended, persons with disabilities</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="129" />
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="130" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="163" />
        <source>Kehadiran belum diisi</source>
        <extracomment>Form field name of the service → the widget to focus when it is refused. True once the user changed something since the form was last loaded.</extracomment>
        <translation>Attendance not filled in yet</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="167" />
        <source>Jumlah hadir: %1</source>
        <translation>Total attended: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="179" />
        <source>— pilih penyelenggara —</source>
        <translation>— choose an organiser —</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="183" />
        <source>— pilih jenis kegiatan —</source>
        <translation>— choose an activity type —</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="188" />
        <source>— (tidak terkait satu pemilihan)</source>
        <translation>— (not tied to one contest)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_form.py" line="212" />
        <location filename="../../app/views/sosialisasi_form.py" line="240" />
        <source>(tidak aktif lagi) #%1</source>
        <translation>(no longer active) #%1</translation>
    </message>
</context>
<context>
    <name>SosialisasiPage</name>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="76" />
        <source>Mulai</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="77" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="78" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="79" />
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="80" />
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="81" />
        <source>Hadir</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="82" />
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="83" />
        <source>Kelompok sasaran</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="84" />
        <source>Jenis kegiatan</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="85" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="111" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="112" />
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="123" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="124" />
        <source>Catat kegiatan sosialisasi baru (Ctrl+N)</source>
        <translation>Record a new outreach session (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="126" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="127" />
        <source>Simpan kegiatan (Ctrl+S)</source>
        <translation>Save the session (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="129" />
        <source>Arsipkan…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="130" />
        <source>Keluarkan kegiatan ini dari register dan grafik</source>
        <translation>Take this session out of the register and the charts</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="173" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="174" />
        <source>Grafik jangkauan</source>
        <translation>Reach charts</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="175" />
        <source>Sosialisasi vs partisipasi</source>
        <translation>Outreach vs participation</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="213" />
        <source>Kehadiran belum dilaporkan</source>
        <translation>Attendance not reported yet</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="215" />
        <source>Hadir %1: perempuan %2, penyandang disabilitas %3</source>
        <translation>Attended %1: women %2, persons with disabilities %3</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="246" />
        <source>%1 kegiatan · rencana %2 · hadir %3 · anggaran %4</source>
        <translation>%1 sessions · planned %2 · attended %3 · budget %4</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="292" />
        <source>Perubahan pada formulir sosialisasi belum disimpan. Buang perubahan itu?</source>
        <translation>The changes in the outreach form are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="315" />
        <source>&lt;b&gt;Kegiatan baru&lt;/b&gt;</source>
        <translation>&lt;b&gt;New session&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="347" />
        <source>Anggaran harus berupa angka Rupiah, mis. 5.000.000.</source>
        <translation>The budget must be an amount in Rupiah, e.g. 5.000.000.</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="366" />
        <source>Arsipkan kegiatan</source>
        <translation>Archive session</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_page.py" line="368" />
        <source>Arsipkan kegiatan '%1'? Kegiatan keluar dari register dan grafik; jejaknya tetap di log audit.</source>
        <translation>Archive the session '%1'? It leaves the register and the charts; its trail stays in the audit log.</translation>
    </message>
</context>
<context>
    <name>SosialisasiTransfer</name>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="35" />
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="36" />
        <source>Impor kegiatan dari .xlsx atau .csv (Ctrl+I)</source>
        <translation>Import sessions from .xlsx or .csv (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="38" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="40" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="41" />
        <source>Ekspor tabel yang terfilter ke .xlsx atau .csv</source>
        <translation>Export the filtered table to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="54" />
        <source>Pilih berkas kegiatan sosialisasi</source>
        <translation>Choose a file of outreach sessions</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="56" />
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation type="vanished">Save template</translation>
    </message>
    <message>
        <source>Templat disimpan: %1</source>
        <translation type="vanished">Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="73" />
        <source>Ekspor sosialisasi</source>
        <translation>Export outreach sessions</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="83" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="85" />
        <source>%1 kegiatan diekspor ke %2</source>
        <translation>%1 sessions exported to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi_transfer.py" line="92" />
        <source>Sosialisasi</source>
        <translation>Outreach</translation>
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
        <location filename="../../app/views/tahapan_detail.py" line="185" />
        <source>Rencana: %1 s.d. %2</source>
        <translation>Planned: %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="189" />
        <source> · progres rencana hari ini %1%</source>
        <translation> · planned progress today %1%</translation>
    </message>
</context>
<context>
    <name>TahapanPage</name>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="49" />
        <source>Pemilihan</source>
        <extracomment>A conflict message that must survive the reload it triggers.</extracomment>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="52" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="56" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="58" />
        <source>Muat ulang data (F5)</source>
        <translation>Reload data (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="60" />
        <source>Impor jadwal…</source>
        <translation>Import schedule…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="62" />
        <source>Impor jadwal tahapan dari .xlsx atau .csv (Ctrl+I)</source>
        <translation>Import a stage schedule from .xlsx or .csv (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="64" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="67" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="91" />
        <source>Lini masa:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="96" />
        <source>&lt;span style="color:#d5dde6"&gt;■&lt;/span&gt; rencana · garis merah: hari ini</source>
        <translation>&lt;span style="color:#d5dde6"&gt;■&lt;/span&gt; planned · red line: today</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="198" />
        <source>%1 tahapan</source>
        <translation>%1 stages</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="282" />
        <source>Pilih berkas jadwal tahapan</source>
        <translation>Choose a stage schedule file</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="284" />
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="294" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="296" />
        <source>Terapkan ke</source>
        <translation>Apply to</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation type="vanished">Save template</translation>
    </message>
    <message>
        <source>Templat</source>
        <translation type="vanished">Template</translation>
    </message>
    <message>
        <source>Templat disimpan: %1</source>
        <translation type="vanished">Template saved: %1</translation>
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
        <location filename="../../app/views/tahapan_model.py" line="81" />
        <source>Progres %1% (rencana linear %2%)</source>
        <translation>Progress %1% (linear plan %2%)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/views/tasks.py" line="150" />
        <source>Batal</source>
        <extracomment>A dialog appears only when work lasts longer than this (SPEC 6: over ~0,5 s).</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/tasks.py" line="151" />
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="35" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="37" />
        <source>Pengiriman…</source>
        <translation>Consignments…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="37" />
        <source>Penerimaan…</source>
        <translation>Receipts…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="37" />
        <source>Kebutuhan…</source>
        <translation>Requirements…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="41" />
        <source>Templat %1…</source>
        <translation>%1 template…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="45" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="48" />
        <source>Ekspor tabel yang terfilter (beserta barisnya) ke .xlsx atau .csv</source>
        <translation>Export the filtered table (with its lines) to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="53" />
        <source>Pilih berkas %1</source>
        <translation>Choose a %1 file</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="54" />
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation type="vanished">Save template</translation>
    </message>
    <message>
        <source>Templat disimpan: %1</source>
        <translation type="vanished">Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="70" />
        <source>Ekspor pengiriman</source>
        <translation>Export consignments</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="80" />
        <source>%1 baris pengiriman diekspor ke %2</source>
        <translation>%1 consignment lines exported to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik_transfer.py" line="83" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
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
    <name>TurnoutChart</name>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="323" />
        <source>Partisipasi vs target per kab/kota</source>
        <translation>Turnout vs target per regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="325" />
        <source>partisipasi</source>
        <translation>turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="326" />
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_charts.py" line="357" />
        <source>Partisipasi %1, target %2</source>
        <translation>Turnout %1, target %2</translation>
    </message>
    <message>
        <location filename="../../app/views/region_charts.py" line="48" />
        <source>Partisipasi per wilayah: 2024, pemilihan sebelumnya, target</source>
        <translation>Turnout per region: 2024, earlier election, target</translation>
    </message>
    <message>
        <location filename="../../app/views/region_charts.py" line="51" />
        <source>Partisipasi</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/region_charts.py" line="53" />
        <source>Pemilihan sebelumnya</source>
        <translation>Earlier election</translation>
    </message>
    <message>
        <location filename="../../app/views/region_charts.py" line="81" />
        <source>Target %1%</source>
        <translation>Target %1%</translation>
    </message>
</context>
<context>
    <name>TurnoutModel</name>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="55" />
        <source>Sebelumnya</source>
        <translation>Earlier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/partisipasi_page.py" line="66" />
        <source>⚠ %n masalah</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform>
            <numerusform>⚠ %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi_page.py" line="66" />
        <source>ok</source>
        <translation>ok</translation>
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
        <location filename="../../app/views/users_panel.py" line="55" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="57" />
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="58" />
        <source>wajib ganti kata sandi</source>
        <translation>must change password</translation>
    </message>
    <message>
        <location filename="../../app/views/users_panel.py" line="59" />
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
    <name>WeightsDialog</name>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="135" />
        <source>Bobot tekanan insiden</source>
        <translation>Incident pressure weights</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan_page.py" line="144" />
        <source>Bobot %1</source>
        <translation>Weight %1</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../app/views/login_dialogs.py" line="44" />
        <source>Batal</source>
        <extracomment>The filter's ``sort`` key for this column; None when the column cannot be sorted.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>dasbor</name>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="68" />
        <source>Kesiapan logistik %1</source>
        <translation>Logistics readiness %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="86" />
        <source>Partisipasi %1, target %2</source>
        <translation>Turnout %1, target %2</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="107" />
        <source>Tekanan insiden %1 per 100.000 DPT (14 hari)</source>
        <translation>Incident pressure %1 per 100,000 voters (14 days)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="117" />
        <source>Indeks kesiapan</source>
        <translation>Readiness index</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="119" />
        <location filename="../../app/views/dasbor_kesiapan.py" line="37" />
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="119" />
        <location filename="../../app/views/dasbor_indicators.py" line="122" />
        <location filename="../../app/views/dasbor_indicators.py" line="125" />
        <location filename="../../app/views/dasbor_indicators.py" line="128" />
        <location filename="../../app/views/dasbor_indicators.py" line="131" />
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="120" />
        <source>Level IKP (Bawaslu)</source>
        <translation>IKP level (Bawaslu)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="121" />
        <source>Rawan tinggi ≥ 49,33</source>
        <translation>High vulnerability ≥ 49.33</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="121" />
        <source>Rawan sedang ≥ 13,47</source>
        <translation>Medium vulnerability ≥ 13.47</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="122" />
        <source>Rawan rendah</source>
        <translation>Low vulnerability</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="123" />
        <source>Tekanan insiden</source>
        <translation>Incident pressure</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="124" />
        <source>tinggi (&gt; ⅔ tertinggi)</source>
        <translation>high (&gt; ⅔ of the highest)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="124" />
        <source>sedang</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="125" />
        <source>rendah (≤ ⅓)</source>
        <translation>low (≤ ⅓)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="126" />
        <location filename="../../app/views/dasbor_kesiapan.py" line="26" />
        <location filename="../../app/views/dasbor_tiles.py" line="120" />
        <source>Kesiapan logistik</source>
        <translation>Logistics readiness</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="129" />
        <location filename="../../app/views/dasbor_tiles.py" line="187" />
        <source>Partisipasi pemilih</source>
        <translation>Voter turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="130" />
        <source>≥ target</source>
        <translation>≥ target</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="130" />
        <source>&lt; target, selisih ≤ 10 poin</source>
        <translation>&lt; target, gap ≤ 10 points</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_indicators.py" line="131" />
        <source>selisih &gt; 10 poin</source>
        <translation>gap &gt; 10 points</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="27" />
        <location filename="../../app/views/dasbor_tiles.py" line="150" />
        <source>Tahapan tepat jadwal</source>
        <translation>Stages on schedule</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="28" />
        <source>Beban insiden berat terbuka</source>
        <translation>Open high-severity incident burden</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="29" />
        <source>Cakupan sosialisasi</source>
        <translation>Outreach coverage</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="35" />
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="36" />
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="47" />
        <source>Indeks = (%1) ÷ jumlah bobot komponen yang berdata. Beban insiden = 100 − %2 × (Tinggi + 2 × Kritis) yang masih terbuka. Siap ≥ %3, Cukup ≥ %4, di bawahnya Perlu perhatian.</source>
        <translation>Index = (%1) ÷ sum of the weights of the components with data. Incident burden = 100 − %2 × (High + 2 × Critical) still open. Ready ≥ %3, Fair ≥ %4, below that Needs attention.</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="57" />
        <source>(bobot %1)</source>
        <translation>(weight %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="76" />
        <source>Komponen tanpa data (tidak dihitung, bobot lain dinormalkan ulang): %1</source>
        <translation>Components without data (left out, the other weights renormalised): %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="79" />
        <source>Kab/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="79" />
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="79" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="80" />
        <source>Komponen dipakai</source>
        <translation>Components used</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_kesiapan.py" line="85" />
        <source>Bobot dan pengurang insiden diatur di halaman Pengaturan, tab Pengaturan desk.</source>
        <translation>Weights and the incident deduction are set on the Settings page, Desk settings tab.</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="42" />
        <source>Data %1 belum tersedia</source>
        <translation>%1 data not available yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="44" />
        <source>Data %1 gagal dimuat (lihat log)</source>
        <translation>%1 data failed to load (see the log)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="48" />
        <location filename="../../app/views/dasbor_tiles.py" line="206" />
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="61" />
        <location filename="../../app/views/dasbor_tiles.py" line="93" />
        <source>Insiden terbuka</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="64" />
        <source>Kritis %1 · Tinggi %2 · Sedang %3 · Rendah %4</source>
        <translation>Critical %1 · High %2 · Medium %3 · Low %4</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="74" />
        <source>Baru, terverifikasi, atau sedang ditindaklanjuti (semua tanggal)</source>
        <translation>New, verified or being followed up (any date)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="81" />
        <source>Tindak lanjut terlambat</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="83" />
        <source>melewati batas waktu instansi</source>
        <translation>past the agency's deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="111" />
        <location filename="../../app/views/dasbor_tiles.py" line="114" />
        <source>Pemungutan suara</source>
        <translation>Voting day</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="112" />
        <source>belum ada pemilihan</source>
        <translation>no contest yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="130" />
        <source>Terendah: %1 %2</source>
        <translation>Lowest: %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="137" />
        <source>%1 berisiko/terlambat</source>
        <translation>%1 at risk/late</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="145" />
        <source>Barang baik diterima ÷ kebutuhan. Klik: pengiriman berisiko/terlambat</source>
        <translation>Good items received ÷ requirement. Click: consignments at risk/late</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="156" />
        <source>Terlambat %1 · Berisiko %2</source>
        <translation>Late %1 · At risk %2</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="164" />
        <source>Selesai atau berjalan sesuai rencana, dari tahapan yang sudah dimulai atau jatuh tempo</source>
        <translation>Finished or on plan, of the stages started or due</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="169" />
        <source>Jangkauan sosialisasi</source>
        <translation>Outreach reach</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="176" />
        <source>%1 kegiatan · %2 hadir dari rencana %3</source>
        <translation>%1 sessions · %2 attended of %3 planned</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="182" />
        <source>Peserta hadir ÷ peserta yang direncanakan, pada periode yang dipilih</source>
        <translation>Participants attended ÷ planned, in the chosen period</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="188" />
        <source>tersedia setelah hari pemungutan suara</source>
        <translation>available after voting day</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="195" />
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="203" />
        <source>Kab/kota perlu perhatian</source>
        <translation>Regencies/cities needing attention</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="213" />
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="218" />
        <source>Indeks: Siap %1 · Cukup %2 · terendah %3 (%4)</source>
        <translation>Index: ready %1 · fair %2 · lowest %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor_tiles.py" line="225" />
        <source>Klik untuk rincian rumus dan komponen tiap kab/kota</source>
        <translation>Click for the formula and each regency/city's components</translation>
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
        <location filename="../../app/views/error_dialog.py" line="36" />
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman; tindakan terakhir mungkin belum tersimpan.</source>
        <translation>An unexpected error occurred. Saved data is safe; the last action may not have been saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_dialog.py" line="41" />
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
        <extracomment>The "no value" sentinel: the editor's minimum, shown as blank special-value text. The date ticking fills in (callers give the desk clock's day through set_value). Builds the page; None while the area is not built yet.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>hitung mundur hari pemungutan suara, ringkasan insiden, kesiapan logistik, tahapan, sosialisasi dan partisipasi, grafik, peta kab/kota, dan daftar peringatan.</source>
        <translation type="vanished">countdown to voting day, incident summary, logistics readiness, stages, outreach and participation, charts, a regency/city map and the alert list.</translation>
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
        <source>pengiriman dan penerimaan logistik, kebutuhan per wilayah, matriks kesiapan, dan daftar pengiriman berisiko.</source>
        <translation type="vanished">logistics consignments and receipts, requirements per region, the readiness matrix and the at-risk list.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="56" />
        <source>Sosialisasi</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>register kegiatan sosialisasi dengan kelompok sasaran, kehadiran, anggaran, dan grafik jangkauan.</source>
        <translation type="vanished">the outreach session register with target groups, attendance, budget and reach charts.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="57" />
        <source>Partisipasi</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>DPT dan tingkat partisipasi per wilayah, dibandingkan dengan target dan pemilihan sebelumnya.</source>
        <translation type="vanished">voter lists and turnout per region, against the target and an earlier election.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="58" />
        <source>Kerawanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>skor IKP dan levelnya, jumlah TPS rawan, tekanan insiden, dan peringkat wilayah.</source>
        <translation type="vanished">IKP scores and levels, vulnerable polling stations, incident pressure and the region ranking.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="59" />
        <source>Laporan</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <source>laporan harian, mingguan, khusus, dan nota dinas dalam PDF resmi, dengan register dan verifikasi SHA-256.</source>
        <translation type="vanished">daily, weekly and special briefs and cover memos as official PDFs, with a register and SHA-256 verification.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="60" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>impor dan ekspor Excel/CSV semua register, paket pertukaran antar-desk, serta cadangan dan pemulihan. Impor jadwal tahapan sudah tersedia di halaman Tahapan.</source>
        <translation type="vanished">Excel/CSV import and export of every register, desk-to-desk exchange packages, backup and restore. Stage schedule import is already on the Stages page.</translation>
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
        <location filename="../../app/views/startup_flow.py" line="62" />
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
        <location filename="../../app/views/startup_flow.py" line="97" />
        <source>Belum masuk. Tutup dan buka kembali aplikasi untuk masuk.</source>
        <translation>Not signed in. Close and reopen the application to sign in.</translation>
    </message>
    <message>
        <location filename="../../app/views/startup_flow.py" line="115" />
        <source>Kata sandi harus diganti sebelum aplikasi dapat dipakai.</source>
        <translation>The password must be changed before the application can be used.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../app/views/unsaved.py" line="21" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/bootstrap.py" line="146" />
        <source>Menyiapkan basis data…</source>
        <extracomment>The registers of ``template``, ``import`` and ``export`` (SPEC 11); anything else is a usage error (exit 2). ``DESK_PILKADA_STARTUP_PROBE=1`` prints SHOWN/READY markers for the start-up benchmark and quits once the first page is ready.</extracomment>
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