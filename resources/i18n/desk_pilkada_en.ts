<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="56" />
        <location filename="../../app/views/partisipasi/page.py" line="49" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="57" />
        <source>Skor IKP</source>
        <translation>IKP score</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="58" />
        <source>Level IKP</source>
        <translation>IKP level</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="59" />
        <source>TPS kurang
rawan</source>
        <translation>Polling stations
less prone</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="60" />
        <source>TPS
rawan</source>
        <translation>Polling stations
prone</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="61" />
        <source>TPS sangat
rawan</source>
        <translation>Polling stations
very prone</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="62" />
        <source>TPS khusus
(lapas/rutan)</source>
        <translation>Special stations
(prisons)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="63" />
        <location filename="../../app/views/partisipasi/page.py" line="50" />
        <source>DPT</source>
        <translation>Voters (DPT)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="64" />
        <source>Insiden
14 hari</source>
        <translation>Incidents
14 days</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="65" />
        <source>Tekanan insiden
per 100.000 DPT</source>
        <translation>Incident pressure
per 100,000 voters</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="98" />
        <source>TPS kurang rawan</source>
        <translation>Less vulnerable polling stations</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="99" />
        <source>TPS rawan</source>
        <translation>PS vulnerable</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="100" />
        <source>TPS sangat rawan</source>
        <translation>Very vulnerable polling stations</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="101" />
        <source>TPS khusus (lapas/rutan)</source>
        <translation>Special polling stations (prisons)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="180" />
        <source>IKP 2024 Bawaslu hanya menetapkan ambang level untuk provinsi dan kab/kota; skor kecamatan dan desa/kelurahan ditampilkan tanpa level.</source>
        <translation>Bawaslu's IKP 2024 sets level thresholds only for provinces and regencies/cities; district and village scores are shown without a level.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="51" />
        <source>DPT laki-laki</source>
        <translation>Registered voters, men</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="52" />
        <source>DPT perempuan</source>
        <translation>Registered voters, women</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="53" />
        <location filename="../../app/views/partisipasi/page.py" line="51" />
        <source>DPTb</source>
        <translation>Additional voters (DPTb)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="54" />
        <location filename="../../app/views/partisipasi/page.py" line="52" />
        <source>DPK</source>
        <translation>Special voters (DPK)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="55" />
        <source>Jumlah TPS</source>
        <translation>Number of polling stations</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="56" />
        <source>Pengguna hak pilih laki-laki</source>
        <translation>Voters who voted, men</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="57" />
        <source>Pengguna hak pilih perempuan</source>
        <translation>Voters who voted, women</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="58" />
        <source>Suara sah</source>
        <translation>Valid votes</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="59" />
        <source>Suara tidak sah</source>
        <translation>Invalid votes</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="53" />
        <source>TPS</source>
        <translation>Polling stations</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="54" />
        <source>Pengguna hak pilih</source>
        <translation>Voters who voted</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="55" />
        <source>Partisipasi</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="56" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="57" />
        <source>Sebelumnya</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="58" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="59" />
        <source>Pemeriksaan</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="99" />
        <source>Angka suatu wilayah = catatan wilayah itu sendiri bila ada, selain itu jumlah angka wilayah di bawahnya (dihitung dengan cara yang sama); catatan dua tingkat tidak pernah dijumlahkan bersama.</source>
        <translation>A region's figure is its own record when there is one, otherwise the sum of the figures of the regions below it (found the same way); records at two levels are never added together.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="48" />
        <source>Kategori insiden</source>
        <translation>Incident categories</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="49" />
        <source>Sumber laporan insiden</source>
        <translation>Incident report sources</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="50" />
        <source>Instansi tindak lanjut</source>
        <translation>Follow-up agencies</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="51" />
        <source>Jenis logistik</source>
        <translation>Logistics items</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="52" />
        <source>Kelompok sasaran sosialisasi</source>
        <translation>Outreach target groups</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="53" />
        <source>Jenis kegiatan sosialisasi</source>
        <translation>Kinds of outreach activity</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="30" />
        <source>Insiden</source>
        <extracomment>Row errors printed by ``import``; the rest are counted.</extracomment>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="30" />
        <source>Logistik</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="31" />
        <source>Tahapan</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="31" />
        <source>Rekonsiliasi</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="33" />
        <source>Peringatan dini</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="34" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="35" />
        <source>Peringatan</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="36" />
        <source>Wilayah / pemilihan</source>
        <translation>Region / contest</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="37" />
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="29" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="30" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="31" />
        <source>Kab/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="32" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="33" />
        <source>Batas tiba</source>
        <translation>Must arrive by</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="34" />
        <source>Perkiraan tiba</source>
        <translation>Expected arrival</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="95" />
        <source>Daftar peringatan</source>
        <extracomment>The databases the running command opened, closed when it ends (``run_command``).</extracomment>
        <translation>Alert list</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="126" />
        <source>tindak lanjut terlambat</source>
        <translation>overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="127" />
        <source>logistik</source>
        <translation>logistics</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="128" />
        <source>tahapan</source>
        <translation>stages</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="129" />
        <source>peringatan dini</source>
        <translation>early warnings</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="130" />
        <source>rekonsiliasi</source>
        <translation>reconciliation</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="146" />
        <source>&lt;b&gt;Peringatan&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Alerts&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/alerts.py" line="148" />
        <source>ditampilkan %1 teratas</source>
        <translation>top %1 shown</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="61" />
        <source>Wilayah (pilih)</source>
        <translation>Region (choose)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="75" />
        <source>— tidak dikenali; isi di formulir</source>
        <translation>— not recognised; fill it in the form</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="77" />
        <location filename="../../app/views/insiden/chat_view.py" line="81" />
        <source>Wilayah: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="79" />
        <source>Wilayah: nama ini ada di beberapa tempat — pilih di bawah</source>
        <translation>Region: this name exists in several places — choose below</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="83" />
        <source>TPS: %1</source>
        <translation>Polling station: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="88" />
        <source>Waktu: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="92" />
        <source>Waktu: %1, jam tidak disebut — isi jamnya</source>
        <translation>Time: %1, no hour given — fill in the hour</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="94" />
        <source>Waktu: tidak disebut — diisi waktu pesan; periksa</source>
        <translation>Time: not mentioned — the message time is used; check it</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="99" />
        <source>Kategori: %1 (kata: %2)</source>
        <translation>Category: %1 (words: %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="105" />
        <source>Kategori: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="109" />
        <source>Keparahan: %1 (kata: %2)</source>
        <translation>Severity: %1 (words: %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="115" />
        <source>Keparahan: tidak ada petunjuk — 2 Sedang, periksa</source>
        <translation>Severity: no hint — 2 Medium, check it</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="118" />
        <source>Pelapor: %1</source>
        <translation>Reporter: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_view.py" line="122" />
        <source>Kata: %1</source>
        <translation>Words: %1</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <location filename="../../app/views/dasbor/as_of.py" line="122" />
        <source>%1 — keadaan pada akhir hari itu, bukan angka terkini. Klik "Hari ini" untuk kembali.</source>
        <translation>%1 — the state at the end of that day, not the current figures. Click "Today" to go back.</translation>
    </message>
</context>
<context>
    <name>AsOfPicker</name>
    <message>
        <location filename="../../app/views/dasbor/as_of.py" line="43" />
        <source>Data per tanggal</source>
        <translation>Data as of date</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/as_of.py" line="48" />
        <source>Tampilkan dasbor seperti pada akhir hari yang dipilih (tidak bisa setelah hari ini)</source>
        <translation>Show the dashboard as it stood at the end of the chosen day (not after today)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/as_of.py" line="52" />
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/as_of.py" line="53" />
        <source>Kembali ke angka terkini</source>
        <translation>Back to the current figures</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/as_of.py" line="55" />
        <source>Data per:</source>
        <translation>Data as of:</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/as_of.py" line="100" />
        <source>Data per %1 pukul 24.00 %2</source>
        <translation>Data as of %1, 24:00 %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../app/views/widgets/attachments_panel.py" line="31" />
        <source>Tambah lampiran…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/attachments_panel.py" line="42" />
        <source>&lt;i&gt;Simpan data dulu, lalu tambahkan lampiran.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Save the record first, then add attachments.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/attachments_panel.py" line="48" />
        <source>&lt;i&gt;Belum ada lampiran.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No attachments yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/attachments_panel.py" line="66" />
        <source>Simpan data dulu, lalu tambahkan lampiran.</source>
        <translation>Save the record first, then add attachments.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/attachments_panel.py" line="68" />
        <source>Pilih foto, pindaian, atau PDF</source>
        <translation>Choose a photo, scan or PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/attachments_panel.py" line="69" />
        <source>Foto dan PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf)</source>
        <translation>Photos and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/attachments_panel.py" line="79" />
        <source>Menyimpan lampiran…</source>
        <translation>Saving attachment…</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="37" />
        <location filename="../../app/views/pengaturan/audit_panel.py" line="72" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="39" />
        <source>Semua aksi</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="42" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="43" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="48" />
        <source>UID data atau kata dalam perubahan</source>
        <translation>Record UID or words in the change</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="49" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="53" />
        <source>Ekspor .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="71" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="73" />
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="74" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="75" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="105" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="111" />
        <source>%1 catatan audit; %2 dimuat (gulir untuk memuat berikutnya).</source>
        <translation>%1 audit entries; %2 loaded (scroll to load more).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="122" />
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="133" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/audit_panel.py" line="136" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="56" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="56" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="56" />
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="56" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="60" />
        <source>saat aplikasi dibuka</source>
        <translation>when the app opened</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="61" />
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="62" />
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="63" />
        <source>sebelum pembaruan skema</source>
        <translation>before a schema update</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="64" />
        <source>sebelum pemulihan</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Cadangkan sekarang</source>
        <translation type="vanished">Back up now</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan…</source>
        <translation type="vanished">Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="105" />
        <source>kosong: tanpa salinan kedua</source>
        <translation>empty: no second copy</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="106" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Simpan pengaturan cadangan</source>
        <translation type="vanished">Save backup settings</translation>
    </message>
    <message>
        <source>Simpan cadangan per jenis</source>
        <translation type="vanished">Backups kept per kind</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="157" />
        <source>Folder cadangan kedua</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="144" />
        <source>Cadangan dibuat otomatis saat aplikasi dibuka, setiap hari, dan sebelum pembaruan skema, di folder %1.</source>
        <translation>Backups are made automatically when the app opens, every day and before a schema update, in the folder %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="94" />
        <source>Belum ada cadangan di folder ini.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="95" />
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="96" />
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="108" />
        <source>&amp;Simpan pengaturan cadangan</source>
        <translation>&amp;Save backup settings</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="117" />
        <source>Simpan cadangan per &amp;jenis</source>
        <translation>Backups kept per &amp;kind</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="118" />
        <source>&amp;Folder cadangan kedua</source>
        <translation>Second backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="164" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="180" />
        <source>Membuat cadangan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="191" />
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="192" />
        <source>Cadangan Desk Pilkada (*.sqlite *.dump);;Semua berkas (*)</source>
        <translation>Desk Pilkada backups (*.sqlite *.dump);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="205" />
        <source>Pulihkan basis data</source>
        <translation>Restore the database</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="212" />
        <source>%1

Semua perubahan setelah cadangan ini dibuat akan hilang dari basis data yang dipakai. Basis data sekarang disimpan dulu sebagai cadangan 'sebelum pemulihan'. Pada PostgreSQL, minta semua PC desk menutup aplikasi terlebih dahulu. Setelah pemulihan, aplikasi ditutup dan perlu dibuka kembali.

Lanjutkan?</source>
        <translation>%1

Every change made after this backup will be gone from the database in use. The current database is first kept as a 'before a restore' backup. On PostgreSQL, ask every PC of the desk to close the app first. After the restore the app closes and has to be opened again.

Continue?</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="223" />
        <source>Memulihkan basis data…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="229" />
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../app/views/data/backup_panel.py" line="230" />
        <source>%1

Aplikasi sekarang ditutup; buka kembali untuk memakai basis data ini.</source>
        <translation>%1

The app now closes; open it again to use this database.</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="250" />
        <source>Insiden per kategori</source>
        <translation>Incidents by category</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="258" />
        <source>Jumlah insiden</source>
        <translation>Number of incidents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/dasbor/charts.py" line="270" />
        <source>%n kategori lain</source>
        <translation>
            <numerusform>%n other category</numerusform>
            <numerusform>%n other categories</numerusform>
        </translation>
    </message>
    <message>
        <source>lainnya: %1</source>
        <translation type="vanished">others: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="290" />
        <source>%1 insiden</source>
        <extracomment>The file's bytes when it matches (to show it again); empty otherwise. Longest text put in one table cell: a row taller than a page cannot be split. Tables of up to this many rows (header and totals included) are kept on one page. The brief's day: the day reported (harian, nota), the last day of the week (mingguan), the day of writing (khusus). Laporan Khusus about one incident: its number (INS-2024-000123). Laporan Khusus about a topic: the desk's account of it. Section keys to print; None prints the type's default sections. Empty: the desk's default classification. Per section key, what that section stored (``SectionContent.summary``). The desk's "now" when the data was read (UTC): the brief's snapshot time. The past instant the figures are taken at (the end of the brief's day); None when the brief is for today and reads the desk as it is now. The day the brief is signed and numbered (today), whatever day it reports on. Brief types that print this section (by default; the user may leave it out). A data area whose KPI and change lines feed Situasi umum and Perubahan: built for every periodic brief and the Nota Dinas even when not printed. The Situasi umum lines a Nota Dinas keeps (by label); the attached brief has the rest. Banten (SPEC's first user): its provincial government address and city. Between the fields of the kop's contact line: the only place the line may wrap. Left + right cell padding (points), as set in ``render.table``, and a little air. No single column is widened past this share of the table for one long word. Rows of the late/at-risk table; the rest is counted in a sentence. Sections written by people or by the settings, not computed from the registers. Differences listed in the message; the count says how many there are in all. Lines compared, and the lines that differ ("section: printed → rebuilt"). Why the figures could not be compared (a brief issued before they were stored). Seeding, migrations, scheduled CLI jobs: not a person, may do everything. What the permission lets a user do, for messages and tooltips. Bookkeeping columns that change on every save and say nothing by themselves. Indonesian names of fields, for the viewer and conflict messages. The columns of an audit entry ``created_rows`` gives for each record; the rest are the same for every record of a batch (``created_shared``). (instant, monotonic reading when pinned) of a pinned wall clock. When the program started: a desk's own instant (the demo's) runs from here. What SQLite says (lower case) → what the user reads; ``{where}`` is the file. The operating system's reasons in Indonesian, for messages that say why a file could not be read or written ("Berkas … tidak dapat ditulis: izin ditolak"). Windows reports locked files and bad names with its own codes (``winerror``). The PostgreSQL notification channel every PC of a desk listens on. This program: a window ignores what it committed itself (its pages already know). Which area a table's rows belong to: the keys of ``core.changes`` (and of the areas' own constants: "lampiran", "laporan", "pengguna"). Tables not listed never publish. Every area a message can name: what a full refresh reloads. Ids named per table; more than this and the message names the table only. A NOTIFY payload must stay under 8000 bytes. SQLite keeps about this many rows of ``perubahan``, pruned every ``PRUNE_EVERY``. Called with True when listening, False when the feed was cut off (it keeps retrying). A quiet PostgreSQL connection is checked this often (a cut cable raises nothing). The origin whose messages are not reported (this program's own, by default). Indonesian abbreviations of the three time zones. Field → its value at the instant (the before value of its first later change). Incident severity 1 (Rendah) … 4 (Kritis). Three-class indicators (readiness, logistics, turnout, risk) and "no data". At risk, warning (incident severity 3, an at-risk consignment, a "warn" tile). Information and the desk's own series (turnout, attended, a running stage, focus). Not started, no figure, an earlier election beside this one. A status no colour is defined for. A pale line: planned bars, tile borders (the same grey as NO_DATA). Paper behind tiles and map outlines. Dark text and outlines on charts and maps (a selected region, a target line). Text colours: an error the user can fix, success, a caution, a check's note, quiet text. Chart titles, the rule under a chart, secondary table text, dashed guide lines. Dashboard tile title and detail lines. Today and voting day on timelines; a turnout target. Outreach charts: planned participants beside attended (INFO), and women. Bawaslu IKP levels (tinggi, sedang, rendah, none). Logistics readiness matrix bands (≥ 100%, 80–99%, 50–79%, &lt; 50%) and "nothing needed". Recognised fields highlighted in a pasted chat report (others: HIGHLIGHT_OTHER). Set when the database is created, never from the settings screen: changing them would re-home the desk (province, time zone) or turn login off (the demo flags). A day of dumping is not a normal backup: stop rather than hang forever. Sum of the children that have the figure. Child regions, and how many of them have the figure. Length of a dotted Kemendagri code at each level: "36", "36.01", "36.01.01", "36.01.01.2001". Lowest index of each level (documented cut-offs). Index points lost per open Tinggi incident (a Kritis one counts twice). Component → 0–100, or None when that component has no data for the region. The raw figures behind each component, for the tooltip and the detail dialog. None when no component has data. Components that went into the score, in ``COMPONENTS`` order. Areas every figure depends on: a change there drops the whole cache. How long a figure "now" is kept without any change (seconds). Readings served from the cache and readings computed (for the benchmark). Which area the figure belongs to ("logistik", "sosialisasi", ...). Dotted code of the chosen kab/kota; "" for the whole province. The chosen contest; None for all contests. The contest that stands for all when none is chosen (turnout needs one). A past instant the figures are taken at (SPEC 14); None: now. Flagged for attention rather than failed (e.g. DPT not known yet). Dotted code of the region the failure is about, when the check names one. Alerts listed per kind (the total is always stated). Areas whose changes cannot move a reconciliation check (the checks read logistics, participation and settings): saving an incident does not re-run a scan of every consignment line. Stages under way or due (not Belum mulai), and of those Selesai or Berjalan. The contest with the most late stages (what the tile opens when none is chosen). Stages with anything reported (an actual date or progress): none on a fresh desk, whose stages are only planned, so "late" there means "not reported yet". Where clicking it goes: the area and the navigation filters (open_id, ...). Dotted code of the region the alert is about; "" when not known (province-wide). Per alert kind: how many there are in all, and the state of its source.</extracomment>
        <translation>%1 incidents</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="126" />
        <source>Kata sandi Anda baru diatur ulang oleh Administrator. Ganti sekarang sebelum melanjutkan.</source>
        <translation>An Administrator has just reset your password. Change it now before continuing.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="128" />
        <source>Ganti kata sandi Anda.</source>
        <translation>Change your password.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="129" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="129" />
        <source>Ganti</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="133" />
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="134" />
        <source>Kata sandi baru (min. 8)</source>
        <translation>New password (min. 8)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="135" />
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="87" />
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="88" />
        <source>Simpan grafik sebagai gambar PNG</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="158" />
        <source>Simpan sebagai PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="163" />
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
    </message>
</context>
<context>
    <name>ChartGrid</name>
    <message>
        <location filename="../../app/views/dasbor/chart_grid.py" line="81" />
        <source>Menyiapkan grafik…</source>
        <translation>Preparing the chart…</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/chart_grid.py" line="136" />
        <source>Grafik tidak dapat dimuat: %1</source>
        <translation>The chart could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/chart_grid.py" line="144" />
        <source>Pilih periode dengan tanggal awal dan akhir</source>
        <translation>Choose a period with a start and an end date</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/chart_grid.py" line="156" />
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/chart_grid.py" line="160" />
        <source>Partisipasi tersedia setelah hari pemungutan suara (%1).</source>
        <translation>Turnout is available after voting day (%1).</translation>
    </message>
</context>
<context>
    <name>ChatIntake</name>
    <message>
        <location filename="../../app/views/insiden/chat_controller.py" line="55" />
        <source>Pilih ekspor obrolan WhatsApp</source>
        <translation>Choose a WhatsApp chat export</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_controller.py" line="56" />
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_controller.py" line="66" />
        <source>Semua pesan di berkas ini sudah pernah diproses.</source>
        <translation>Every message in this file has been handled already.</translation>
    </message>
</context>
<context>
    <name>ChatReviewDialog</name>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="121" />
        <source>Tinjau obrolan WhatsApp</source>
        <translation>Review WhatsApp chat</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="125" />
        <source>%1 pesan baru; %2 sudah pernah diproses dan tidak ditampilkan.</source>
        <translation>%1 new messages; %2 handled before and not shown.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="136" />
        <source>&amp;Terima → draf</source>
        <translation>&amp;Accept → draft</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="138" />
        <source>&amp;Lewati</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="142" />
        <source>&amp;Gabungkan ke insiden</source>
        <translation>&amp;Merge into incident</translation>
    </message>
    <message>
        <source>Terima → draf</source>
        <translation type="vanished">Accept → draft</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation type="vanished">Skip</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="141" />
        <source>INS-2024-…</source>
        <translation>INS-2024-…</translation>
    </message>
    <message>
        <source>Gabungkan ke insiden</source>
        <translation type="vanished">Merge into incident</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="62" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="62" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="62" />
        <source>Isian berbeda</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="62" />
        <source>Desk ini</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="63" />
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="64" />
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="73" />
        <source>versi paket dipakai</source>
        <translation>package version taken</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="74" />
        <source>versi desk ini dipertahankan</source>
        <translation>this desk's version kept</translation>
    </message>
</context>
<context>
    <name>ConsignmentModel</name>
    <message>
        <location filename="../../app/views/logistik/table.py" line="32" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="35" />
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="37" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="39" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="40" />
        <source>Batas tiba</source>
        <translation>Must arrive by</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="42" />
        <source>Perkiraan</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="44" />
        <source>Tiba</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="46" />
        <source>Baris</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="47" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="48" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/table.py" line="49" />
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <location filename="../../app/views/widgets/figure_fields.py" line="18" />
        <source>kosong = belum diketahui</source>
        <translation>empty = not known yet</translation>
    </message>
</context>
<context>
    <name>DasborPage</name>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="101" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="103" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="105" />
        <source>Kab/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="106" />
        <source>Seluruh provinsi</source>
        <translation>Whole province</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="112" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="113" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="116" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="118" />
        <source>Hitung ulang semua angka dasbor (F5)</source>
        <translation>Recompute every dashboard figure (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="129" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="130" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="131" />
        <source>Wilayah:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Menyiapkan grafik…</source>
        <translation type="vanished">Preparing the chart…</translation>
    </message>
    <message>
        <source>Grafik tidak dapat dimuat: %1</source>
        <translation type="vanished">The chart could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="220" />
        <source>Menghitung…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="247" />
        <source>Dasbor gagal dihitung: %1</source>
        <translation>The dashboard could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="291" />
        <source>%1 · dihitung dari layanan agregasi yang sama dengan laporan PDF</source>
        <translation>%1 · computed by the same aggregation services as the PDF briefs</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="299" />
        <source>Angka terkini, %1</source>
        <translation>Current figures, %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="382" />
        <source>hanya untuk angka terkini</source>
        <translation>current figures only</translation>
    </message>
    <message>
        <source>Angka per %1 · dihitung dari layanan agregasi yang sama dengan laporan PDF</source>
        <translation type="vanished">Figures as of %1 · computed by the same aggregation services as the PDF briefs</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/page.py" line="393" />
        <source>seluruh provinsi</source>
        <translation>whole province</translation>
    </message>
    <message>
        <source>Pilih periode dengan tanggal awal dan akhir</source>
        <translation type="vanished">Choose a period with a start and an end date</translation>
    </message>
    <message>
        <source>belum ada data</source>
        <translation type="vanished">no data yet</translation>
    </message>
    <message>
        <source>Partisipasi tersedia setelah hari pemungutan suara (%1).</source>
        <translation type="vanished">Turnout is available after voting day (%1).</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../app/views/data/page.py" line="19" />
        <source>Impor &amp;&amp; ekspor</source>
        <translation>Import &amp;&amp; export</translation>
    </message>
    <message>
        <source>Cadangan dan pemulihan sedang dibangun dan belum tersedia pada versi ini. Basis data SQLite tetap dicadangkan otomatis sebelum setiap migrasi.</source>
        <translation type="vanished">Backup and restore is being built and is not available in this version yet. The SQLite database is still backed up automatically before every migration.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/page.py" line="21" />
        <source>Cadangan &amp;&amp; pemulihan</source>
        <translation>Backup &amp;&amp; restore</translation>
    </message>
    <message>
        <source>Paket pertukaran antar-desk (.deskpkg) sedang dibangun dan belum tersedia pada versi ini.</source>
        <translation type="vanished">Desk-to-desk exchange packages (.deskpkg) are being built and are not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/page.py" line="23" />
        <source>Paket pertukaran</source>
        <translation>Exchange packages</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="30" />
        <source>Dipakai sekarang: %1</source>
        <translation>In use now: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="32" />
        <source>SQLite bawaan di PC ini (satu PC, tanpa server)</source>
        <translation>Embedded SQLite on this PC (one PC, no server)</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="33" />
        <source>Server PostgreSQL bersama (beberapa PC satu desk)</source>
        <translation>Shared PostgreSQL server (several PCs, one desk)</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="46" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="47" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="48" />
        <source>Nama basis data</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="49" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="50" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="53" />
        <source>Uji koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="55" />
        <source>Simpan untuk PC ini</source>
        <translation>Save for this PC</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="68" />
        <source>Sambungan baru dipakai setelah aplikasi dibuka ulang. Pada baris perintah, --db URL atau variabel DESK_PILKADA_DB_URL mengalahkan pilihan ini.</source>
        <translation>The new connection is used after the application is reopened. On the command line, --db URL or the DESK_PILKADA_DB_URL variable override this choice.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="103" />
        <source>SQLite bawaan tidak perlu diuji.</source>
        <translation>The embedded SQLite database needs no test.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="105" />
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/database_panel.py" line="119" />
        <source>Tersimpan. Buka ulang aplikasi untuk memakai sambungan ini.</source>
        <translation>Saved. Reopen the application to use this connection.</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPanel</name>
    <message>
        <location filename="../../app/views/pengaturan/desk_settings_panel.py" line="54" />
        <source>Simpan pengaturan desk</source>
        <translation>Save desk settings</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/desk_settings_panel.py" line="82" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="26" />
        <source>Pilih pengiriman di tabel.</source>
        <translation>Choose a consignment in the table.</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation type="vanished">Dispatch</translation>
    </message>
    <message>
        <source>Catat penerimaan…</source>
        <translation type="vanished">Record receipt…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation type="vanished">Edit…</translation>
    </message>
    <message>
        <source>Batalkan/Kembalikan…</source>
        <translation type="vanished">Cancel/Return…</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation type="vanished">Archive</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="34" />
        <source>&amp;Kirim</source>
        <translation>&amp;Dispatch</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="35" />
        <source>Catat pe&amp;nerimaan…</source>
        <translation>Record &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="36" />
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="37" />
        <source>Bata&amp;lkan/Kembalikan…</source>
        <translation>&amp;Cancel/Return…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="38" />
        <source>Ar&amp;sipkan</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="79" />
        <source>Asal</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="80" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="81" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="82" />
        <source>Batas tiba</source>
        <translation>Must arrive by</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="83" />
        <source>Perkiraan tiba</source>
        <translation>Expected arrival</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="84" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="85" />
        <source>Tiba</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="86" />
        <source>Pengawalan</source>
        <translation>Escort</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="86" />
        <source>Polri</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="86" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/detail_panel.py" line="87" />
        <source>Berita acara</source>
        <translation>Handover record</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../app/views/laporan/drafts.py" line="78" />
        <source>Belum ada draf untuk laporan ini; yang Anda tulis disimpan sebagai draf desk.</source>
        <translation>No draft of this brief yet; what you write is saved as the desk's draft.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/drafts.py" line="105" />
        <source>Draf desk untuk laporan ini, terakhir disimpan %1 oleh %2.</source>
        <translation>The desk's draft of this brief, last saved %1 by %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../app/views/insiden/dialogs.py" line="31" />
        <source>Mungkin insiden yang sama</source>
        <translation>Possibly the same incident</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/dialogs.py" line="39" />
        <source>Sudah ada laporan di wilayah yang sama, kategori sama, dan waktu berdekatan. Tautkan laporan ini sebagai laporan lanjutan, atau simpan sebagai insiden baru.</source>
        <translation>There are reports in the same region and category at a close time. Link this report as a follow-up, or save it as a new incident.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/dialogs.py" line="52" />
        <source>Simpan sebagai &amp;baru</source>
        <translation>Save as &amp;new</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/dialogs.py" line="54" />
        <source>Bata&amp;l</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/dialogs.py" line="70" />
        <source>&amp;Tautkan sebagai laporan lanjutan %1</source>
        <translation>&amp;Link as a follow-up report to %1</translation>
    </message>
    <message>
        <source>Simpan sebagai baru</source>
        <translation type="vanished">Save as new</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Tautkan sebagai laporan lanjutan %1</source>
        <translation type="vanished">Link as a follow-up report to %1</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <location filename="../../app/views/widgets/edit_guard.py" line="70" />
        <source>Data ini telah diubah di tempat lain sejak Anda mulai mengubahnya:
%1
Isian Anda belum disimpan. Bila disimpan, penyimpanan ditolak agar perubahan itu tidak tertimpa: catat isian Anda, buka ulang datanya, lalu ulangi perubahan Anda.</source>
        <translation>This record was changed elsewhere after you started editing it:
%1
Your entries are not saved. Saving them would be refused so that the other change is not overwritten: note down your entries, reopen the record, then make your change again.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/edit_guard.py" line="70" />
        <source>• (rinciannya tidak tercatat)</source>
        <translation>• (no details recorded)</translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="100" />
        <source>Sejak paket terakhir</source>
        <translation>Since the last package</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="101" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="106" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="107" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Buat paket…</source>
        <translation type="vanished">Make package…</translation>
    </message>
    <message>
        <source>Impor paket…</source>
        <translation type="vanished">Import package…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="110" />
        <source>&amp;Buat paket…</source>
        <translation>&amp;Make package…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="114" />
        <source>&amp;Impor paket…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="121" />
        <source>Tidak ada konflik pada paket terakhir.</source>
        <translation>No conflicts in the last package.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="124" />
        <source>Kirim ke desk provinsi</source>
        <translation>Send to the province desk</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="130" />
        <source>Desk ini</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="131" />
        <source>Data yang berubah</source>
        <translation>Changed data</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="133" />
        <source>Terima dari desk kab/kota</source>
        <translation>Receive from a regency/city desk</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="136" />
        <source>Paket diperiksa utuh sebelum digabungkan; tidak ada yang berubah bila paket rusak atau diubah di jalan.</source>
        <translation>A package is checked in full before it is merged; nothing changes when it is damaged or was altered on the way.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="143" />
        <source>Paket yang dibuat dan diimpor di desk ini</source>
        <translation>Packages made and imported at this desk</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="144" />
        <source>Belum ada paket yang diekspor atau diimpor.</source>
        <translation>No packages exported or imported yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="152" />
        <source>Desk provinsi</source>
        <translation>Province desk</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="158" />
        <source>Paket terakhir sampai %1</source>
        <translation>Last package up to %1</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="160" />
        <source>Belum pernah membuat paket: paket pertama berisi semua data.</source>
        <translation>No package made yet: the first package holds all data.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="176" />
        <source>Simpan paket</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="177" />
        <source>Paket Desk Pilkada (*.deskpkg)</source>
        <translation>Desk Pilkada packages (*.deskpkg)</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="187" />
        <source>Pilih tanggal awal periode, atau pilih 'Sejak paket terakhir'.</source>
        <translation>Choose the first day of the period, or choose 'Since the last package'.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="192" />
        <source>Menyusun paket…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="202" />
        <source>Pilih paket</source>
        <translation>Choose a package</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="204" />
        <source>Paket Desk Pilkada (*.deskpkg);;Semua berkas (*)</source>
        <translation>Desk Pilkada packages (*.deskpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="209" />
        <source>Memeriksa paket…</source>
        <translation>Checking the package…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/data/exchange_panel.py" line="218" />
        <source>%n konflik tercantum di bawah.</source>
        <translation>
            <numerusform>%n conflict listed below.</numerusform>
            <numerusform>%n conflicts listed below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="220" />
        <source>Impor paket</source>
        <translation>Import package</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="220" />
        <source>Gabungkan paket ini?</source>
        <translation>Merge this package?</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="226" />
        <source>Menggabungkan paket…</source>
        <translation>Merging the package…</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../app/views/data/registers.py" line="55" />
        <source>Ekspor %1</source>
        <translation>Export %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/views/widgets/filter_bar.py" line="64" />
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/filter_bar.py" line="65" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="85" />
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="89" />
        <source>Basis data ini belum memiliki pengguna. Buat akun Administrator; tidak ada kata sandi bawaan. Administrator kemudian membuat akun operator, verifikator, dan pimpinan.</source>
        <translation>This database has no users yet. Create the Administrator account; there is no default password. The Administrator then creates the operator, verifier and leadership accounts.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="90" />
        <source>Buat dan masuk</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="98" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="99" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="100" />
        <source>Kata sandi (min. 8)</source>
        <translation>Password (min. 8)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="101" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/views/shell/first_run_dialog.py" line="15" />
        <source>Penyiapan pertama Desk Pilkada</source>
        <translation>Desk Pilkada first-run setup</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/first_run_dialog.py" line="22" />
        <source>Basis data ini masih kosong. Pilih provinsi yang dilayani desk ini; daftar kab/kota, kecamatan, dan desa/kelurahan (Kemendagri), pemilihan serentak 2024 beserta tahapannya (PKPU 2/2024), dan daftar referensi akan disiapkan.</source>
        <translation>This database is still empty. Choose the province this desk serves; its regencies/cities, districts and villages (Kemendagri), the 2024 simultaneous elections with their stages (PKPU 2/2024) and the reference lists will be set up.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/first_run_dialog.py" line="32" />
        <source>&amp;Siapkan</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/first_run_dialog.py" line="33" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Siapkan</source>
        <translation type="vanished">Set up</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="22" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="23" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="24" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="25" />
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="26" />
        <source>&amp;Ya</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="27" />
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="28" />
        <source>B&amp;uang</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="29" />
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/form_dialog.py" line="30" />
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../app/views/widgets/gantt.py" line="89" />
        <source>Tanggal</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/gantt.py" line="92" />
        <source>Lini masa tahapan</source>
        <translation>Stage timeline</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/gantt.py" line="104" />
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/gantt.py" line="112" />
        <source>Hari-H</source>
        <translation>Voting day</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/gantt.py" line="210" />
        <source>Rencana %1 · %2 · progres %3%</source>
        <translation>Planned %1 · %2 · progress %3%</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="96" />
        <source>Impor %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="100" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="109" />
        <location filename="../../app/views/widgets/import_dialog.py" line="237" />
        <source>Memeriksa berkas…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="121" />
        <source>Hentikan pemeriksaan atau penyimpanan; tidak ada yang disimpan</source>
        <translation>Stop checking or saving; nothing is saved</translation>
    </message>
    <message>
        <source>Simpan daftar kesalahan…</source>
        <translation type="vanished">Save error list…</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation type="vanished">Import</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="vanished">Close</translation>
    </message>
    <message>
        <source>Impor %1 baris valid</source>
        <translation type="vanished">Import %1 valid rows</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="118" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="131" />
        <source>Tidak ada baris bermasalah.</source>
        <translation>No rows with problems.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="139" />
        <source>Belum ada yang akan ditulis.</source>
        <translation>Nothing to write yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="141" />
        <source>Yang akan ditulis</source>
        <translation>To be written</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="142" />
        <source>Baris bermasalah</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="143" />
        <source>&amp;Simpan daftar kesalahan…</source>
        <translation>&amp;Save error list…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="145" />
        <location filename="../../app/views/widgets/import_dialog.py" line="175" />
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="148" />
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/widgets/import_dialog.py" line="172" />
        <source>&amp;Impor %1 catatan</source>
        <translation>
            <numerusform>&amp;Import %1 record</numerusform>
            <numerusform>&amp;Import %1 records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="230" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="252" />
        <source>%1 baris dibaca: %2 valid, %3 baris bermasalah.</source>
        <translation>%1 rows read: %2 valid, %3 rows with problems.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="259" />
        <source>Baris bermasalah tidak akan diimpor; perbaiki berkasnya lalu impor ulang.</source>
        <translation>Rows with problems will not be imported; fix the file and import again.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="261" />
        <source>Daftar menampilkan %1 kesalahan pertama; %2 kesalahan lain tidak dicantumkan.</source>
        <translation>The list shows the first %1 errors; %2 more errors are not listed.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="266" />
        <source>Kolom yang diabaikan: %1.</source>
        <translation>Ignored columns: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="271" />
        <source>Belum ada data yang disimpan.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="277" />
        <source>Yang akan ditulis (%1)</source>
        <translation>To be written (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="278" />
        <source>Baris bermasalah (%1)</source>
        <translation>Rows with problems (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="285" />
        <source>Baris valid diterapkan ke %1 pemilihan, %2 catatan akan ditulis (%3).</source>
        <translation>Valid rows apply to %1 contests; %2 records will be written (%3).</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="288" />
        <source>%1 catatan akan ditulis.</source>
        <translation>%1 records will be written.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="290" />
        <source>Daftar memuat %1 yang pertama.</source>
        <translation>The list shows the first %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="301" />
        <source>Impor dibatalkan; tidak ada data yang disimpan.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="303" />
        <source>Pemeriksaan dibatalkan; tidak ada data yang disimpan.</source>
        <translation>Check cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="307" />
        <source>Kesalahan tak terduga: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="318" />
        <source>Menyimpan… Batal sebelum selesai berarti tidak ada yang disimpan.</source>
        <translation>Saving… Cancelling before it finishes means nothing is saved.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation type="vanished">Saving…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="323" />
        <source>Impor selesai: %1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="331" />
        <source>Simpan daftar kesalahan</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="353" />
        <source>Daftar kesalahan disimpan: %1</source>
        <translation>Error list saved: %1</translation>
    </message>
</context>
<context>
    <name>IncidentsPerDayChart</name>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="187" />
        <source>Insiden per hari</source>
        <translation>Incidents per day</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="207" />
        <source>Hari-H</source>
        <translation>Voting day</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="211" />
        <source>Jumlah insiden</source>
        <translation>Number of incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="212" />
        <source>Tanggal kejadian</source>
        <translation>Date of incident</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="239" />
        <source>%1 insiden</source>
        <extracomment>What a command needs loaded before it works, beyond opening the desk: loaded while the garbage collector waits (``app.collector``); anything else loads as it is used. The CLI is run by whoever may run programs on the desk PC (scheduled jobs, the administrator); it acts as the system, like ``init``. ``loading`` was called: this process's collector is ours to set. What a record looked like at an instant is read from here (SPEC 14). create, update, archive, status, import, export, brief, login, login_failed, settings The record's version after this change (0 for events that are not record changes); lets a conflict message list exactly the saves the user missed. JSON: {"field": [before, after], ...} for updates; free detail otherwise. Inside a unit of work, the desk clock's "now" (set by ``services.uow``): column defaults and bulk inserts stamp records with the desk's time, not the wall clock's (SPEC 14). A UUID's variant nibble (``10xx``) from a random hex digit. INS-2024-000123: per year, never reused. Copy of the region's dotted code: region filters are prefix matches on one column. Personal data: normalised (+62...), masked in exports unless the user opts in. A follow-up report of another incident (duplicate warning → "link"). An incident's status at an instant is its last step by then (SPEC 14). None: the score applies to every contest of the wilayah (IKP is per region). "insiden" now; "sosialisasi" later. Hal. Reconciliation failures the issuer acknowledged (also in the audit log). JSON snapshot of figures and incident states, for "Perubahan sejak laporan terakhir". Laporan Khusus about one incident. ``scope`` of a brief about every contest (otherwise the contest's id as text). The contest's id as text, "" for every contest: a key column that is never NULL, so the unique constraint holds for "Semua pemilihan" too (NULLs never collide). Section keys chosen, one per line; "*" for the type's default sections. Distribution levels, top to bottom (origin and destination of a consignment). Reason codes of a receipt line that is not all good. Copy of the destination's dotted code: region filters are prefix matches. TPS number when the destination is a TPS (wilayah is then its desa/kelurahan). Copies of the header's destination and contest, kept in step by the service, so the readiness roll-up is one GROUP BY over this table. None until a receipt is recorded. A line that accounts for more than was sent (good + damaged + missing &gt; sent): the service refuses it, so only data written around it (an exchange package, another program) can hold one. The check (``logistik.checks.received_not_above_sent``) and the partial index below share this clause, so a check over a million lines reads only the index of those few lines. The index is made by migration 0010, on PostgreSQL with the same clause; declared here with SQLite's option only, because naming a PostgreSQL option loads that dialect (20 ms of every start of a desk on SQLite), and the schema is made by the migrations, never from these declarations. "input", "impor" or "aturan" (computed by a rule; the rule is stated in ``basis``). ``models.logistik.OVER_SENT`` as each database writes it in an index. e.g. "INS-2024" None until the count is known (after voting day). The current contest it is compared with (None: any contest of that wilayah). As published, when only the percentage is known. Target participation in percent, e.g. 82.0 (KPU RI national target). Set by an administrator's reset: the user picks a new password at next login. The program that committed it (one id per running process). JSON: {"a": [areas], "i": {table: [ids]}}. SHA-256 of sender, time and text, as computed by the chat-export parser. Grouping, e.g. the IKP dimension of an incident category. Unit of a logistics item (lembar, unit, botol ...). Target groups of a session (``Referensi`` rows of kind ``kelompok_sasaran``). Changes are audited on the session by the service. Rupiah, whole. The schedule's own remark (e.g. "paling lambat 5 hari setelah ..."), from the PKPU template or an imported schedule; kept apart from the desk's notes. Dotted Kemendagri code: "36", "36.01", "36.01.01", "36.01.01.2001". Prefix matching on it (``LIKE '36.01.%'``) selects a whole subtree in one indexed query. provinsi, kabupaten, kota, kecamatan, kelurahan, desa Windows known folders, by their CSIDL names. A record's uid or words from the note/changes. The copy in the second folder, when there is one. Bump when the demo content changes: an older demo database is rebuilt at the next start. The demo's own "now" (SPEC 12): Selasa, 26 November 2024, 17.00 WIB, the eve of voting. Obviously made-up kop and signer details, so a demo brief shows every part of the layout without passing for a real official's letter (SPEC 7, SPEC 12). Tables every Desk Pilkada database has had since its first schema. When the file was written (a backup's own time). The database as it was before the restore. The totals row, drawn bold under a rule; None for no totals. Relative column widths; None shares the width evenly. Decimal places for float cells (percentages and the like). Hex colour, e.g. "#d64545". The share of the width the labels take. False when the data area does not exist in this version of the app. Readiness findings the section reports (and offers for the conclusions). Empty for a preview (the number is given when the brief is issued). "Data per 26/11/2024 14.30 WIB". Footnote under the title, e.g. the contest the brief is limited to. Characters XML 1.0 cannot carry (reportlab's parser would fail on them). The dashboard's severity colours, so a chart reads the same on screen and on paper. Days shown in the incidents-per-day chart (at least the brief's period). The ballot item (its quantities are printed per kab/kota, in sheets). Readiness changes smaller than this (in points) are not listed per kab/kota. Incident numbers printed per alert; the rest are counted. Why the check cannot run in this version (its data area does not exist yet). False for a readiness finding: reported, never a reason to hold the brief back. The sections whose figures the check is about (empty: the desk's data in general); a Laporan Khusus runs only the checks about the sections it prints. Where each incident total is printed, for the failure message. Rule modules whose checks run below as brief checks of their own (with contest names and formatted figures), so ``desk_rules`` does not list their failures twice. Storage integrity, not figures: the sums the database keeps beside the consignment lines (written by its triggers in the same transaction) compared with a full re-aggregation of every line - ``desk-pilkada check``'s job, like SQLite's integrity check, and not a reason to read a million lines again for every brief (0,8 s of a full-scale one). Section totals printed in two places, and where (for the failure message). Attempts when PostgreSQL refuses a snapshot that another issuer overtook.</extracomment>
        <translation>%1 incidents</translation>
    </message>
</context>
<context>
    <name>InsidenFilterBar</name>
    <message>
        <source>dari</source>
        <translation type="vanished">from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation type="vanished">to</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="25" />
        <source>Semua wilayah (ketik kab/kota, kecamatan, desa)</source>
        <translation>All regions (type a regency/city, district, village)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="28" />
        <source>Semua keparahan</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="30" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="29" />
        <source>Terbuka (belum selesai)</source>
        <translation>Open (not closed)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="34" />
        <source>Semua tahapan</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="35" />
        <source>Hanya terlambat ditindaklanjuti</source>
        <translation>Only overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="20" />
        <source>Cari nomor, lokasi, kronologi… (Ctrl+F)</source>
        <translation>Search number, place, chronology… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="37" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="42" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/filters.py" line="44" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
</context>
<context>
    <name>InsidenFormWidget</name>
    <message>
        <location filename="../../app/views/insiden/form.py" line="50" />
        <source>mis. 5 atau TPS 005 (boleh kosong)</source>
        <translation>e.g. 5 or TPS 005 (optional)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="60" />
        <source>data pribadi; disamarkan saat ekspor</source>
        <translation>personal data; masked in exports</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="73" />
        <location filename="../../app/views/insiden/form.py" line="157" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waktu kejadian*</source>
        <translation type="vanished">Time of incident*</translation>
    </message>
    <message>
        <source>Wilayah*</source>
        <translation type="vanished">Region*</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation type="vanished">Polling station</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation type="vanished">Place</translation>
    </message>
    <message>
        <source>Kategori*</source>
        <translation type="vanished">Category*</translation>
    </message>
    <message>
        <source>Keparahan*</source>
        <translation type="vanished">Severity*</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation type="vanished">Source</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation type="vanished">Reporter</translation>
    </message>
    <message>
        <source>Telepon pelapor</source>
        <translation type="vanished">Reporter's phone</translation>
    </message>
    <message>
        <source>Kronologi*</source>
        <translation type="vanished">Chronology*</translation>
    </message>
    <message>
        <source>Pihak terlibat</source>
        <translation type="vanished">Parties involved</translation>
    </message>
    <message>
        <source>Korban/kerugian</source>
        <translation type="vanished">Casualties/losses</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="vanished">Actions taken</translation>
    </message>
    <message>
        <source>Pemilihan</source>
        <translation type="vanished">Contest</translation>
    </message>
    <message>
        <source>Tahapan</source>
        <translation type="vanished">Stages</translation>
    </message>
    <message>
        <source>Lintang</source>
        <translation type="vanished">Latitude</translation>
    </message>
    <message>
        <source>Bujur</source>
        <translation type="vanished">Longitude</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="80" />
        <source>&amp;Waktu kejadian*</source>
        <translation>Time o&amp;f incident*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="81" />
        <source>Wila&amp;yah*</source>
        <translation>Re&amp;gion*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="82" />
        <source>T&amp;PS</source>
        <translation>&amp;TPS</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="83" />
        <source>Lo&amp;kasi</source>
        <translation>Pla&amp;ce</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="84" />
        <source>Kate&amp;gori*</source>
        <translation>Categor&amp;y*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="85" />
        <source>Kepara&amp;han*</source>
        <translation>Se&amp;verity*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="86" />
        <source>S&amp;umber</source>
        <translation>So&amp;urce</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="87" />
        <source>Pe&amp;lapor</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="88" />
        <source>Telepon pelap&amp;or</source>
        <translation>Reporter's phon&amp;e</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="89" />
        <source>K&amp;ronologi*</source>
        <translation>C&amp;hronology*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="90" />
        <source>Pihak terl&amp;ibat</source>
        <translation>Parties &amp;involved</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="91" />
        <source>Korban/kerugia&amp;n</source>
        <translation>Victi&amp;ms/losses</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="92" />
        <source>Tin&amp;dakan</source>
        <translation>Actions ta&amp;ken</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="93" />
        <source>Pe&amp;milihan</source>
        <translation>C&amp;ontest</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="94" />
        <source>T&amp;ahapan</source>
        <translation>St&amp;age</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="95" />
        <source>Lin&amp;tang</source>
        <translation>Latitu&amp;de</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="96" />
        <source>Bu&amp;jur</source>
        <translation>&amp;Longitude</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="120" />
        <source>— (tidak terkait satu tahapan)</source>
        <translation>— (not tied to one stage)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="145" />
        <source>(tidak aktif lagi) #%1</source>
        <translation>(no longer active) #%1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="151" />
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="161" />
        <source>— (tidak terkait satu pemilihan)</source>
        <translation>— (not tied to one contest)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/form.py" line="242" />
        <source>&lt;b&gt;Laporan lanjutan dari %1&lt;/b&gt; — bagian dari insiden itu, bukan insiden tersendiri.</source>
        <translation>&lt;b&gt;Follow-up report of %1&lt;/b&gt; — part of that incident, not an incident of its own.</translation>
    </message>
    <message>
        <source>Laporan lanjutan dari %1</source>
        <translation type="vanished">Follow-up report of %1</translation>
    </message>
</context>
<context>
    <name>InsidenPage</name>
    <message>
        <location filename="../../app/views/insiden/page.py" line="73" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="74" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="76" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="78" />
        <source>Keparahan</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="80" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="82" />
        <source>TPS</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="83" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="84" />
        <source>Lokasi</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="95" />
        <source>Belum ada insiden yang dicatat. Catat yang pertama dengan Baru (Ctrl+N) atau Tempel laporan…</source>
        <translation>No incidents recorded yet. Record the first with New (Ctrl+N) or Paste report…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="96" />
        <source>Tidak ada insiden yang cocok dengan saringan ini.</source>
        <translation>No incidents match this filter.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="111" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="112" />
        <source>Status dan tindak lanjut</source>
        <translation>Status and follow-up</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="113" />
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="114" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="119" />
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="122" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="125" />
        <source>T&amp;empel laporan…</source>
        <translation>&amp;Paste report…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="183" />
        <source>laporan lanjutan: %1</source>
        <translation>follow-up reports: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="214" />
        <source>Draf insiden dari laporan obrolan belum disimpan. Buang draf itu?</source>
        <translation>The draft incident from the chat report is not saved. Discard the draft?</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation type="vanished">New</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="120" />
        <source>Catat insiden baru (Ctrl+N)</source>
        <translation>Record a new incident (Ctrl+N)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="123" />
        <source>Simpan insiden (Ctrl+S)</source>
        <translation>Save the incident (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tempel laporan…</source>
        <translation type="vanished">Paste report…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="128" />
        <source>Tempel pesan laporan (WhatsApp) dan dapatkan draf insiden</source>
        <translation>Paste a report message (WhatsApp) and get a draft incident</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="130" />
        <source>Impor obrolan…</source>
        <translation>Import chat…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="133" />
        <source>Tinjau ekspor obrolan WhatsApp (.txt) pesan demi pesan</source>
        <translation>Review a WhatsApp chat export (.txt) message by message</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="135" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="136" />
        <source>Ekspor tabel yang terfilter ke .xlsx atau .csv</source>
        <translation>Export the filtered table to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="166" />
        <source>Lanjutan %1</source>
        <translation>Follow-up of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/insiden/page.py" line="181" />
        <source>%1 insiden</source>
        <translation>
            <numerusform>%1 incident</numerusform>
            <numerusform>%1 incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="182" />
        <source>terlambat ditindaklanjuti: %1</source>
        <translation>overdue follow-ups: %1</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="216" />
        <source>Perubahan pada formulir insiden belum disimpan. Buang perubahan itu?</source>
        <translation>The changes in the incident form are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="234" />
        <source>laporan lanjutan dari %1</source>
        <translation>follow-up report of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="256" />
        <source>&lt;b&gt;Insiden baru&lt;/b&gt;</source>
        <translation>&lt;b&gt;New incident&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="311" />
        <source>Perubahan pada formulir insiden belum disimpan. Buang perubahan itu untuk membuka draf dari laporan?</source>
        <translation>The changes in the incident form are not saved. Discard them to open the draft from the report?</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="315" />
        <source>&lt;b&gt;Draf dari laporan&lt;/b&gt; — periksa lalu Simpan (Ctrl+S)</source>
        <translation>&lt;b&gt;Draft from a report&lt;/b&gt; — check it, then Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="351" />
        <source>Ekspor insiden</source>
        <translation>Export incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="356" />
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="359" />
        <source>Sertakan nomor telepon pelapor apa adanya? Pilih 'No' untuk menyamarkannya.</source>
        <translation>Include reporters' phone numbers as they are? Choose 'No' to mask them.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/page.py" line="369" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/insiden/page.py" line="370" />
        <source>%1 insiden diekspor ke %2</source>
        <translation>
            <numerusform>%1 incident exported to %2</numerusform>
            <numerusform>%1 incidents exported to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsidenStatusPanel</name>
    <message>
        <location filename="../../app/views/insiden/status.py" line="143" />
        <source>Insiden baru: status Baru setelah disimpan.</source>
        <translation>New incident: status Baru once saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="151" />
        <source>Laporan lanjutan dari &lt;a href='%1'&gt;%2&lt;/a&gt;: bukan insiden tersendiri. Statusnya mengikuti %2 dan ditutup bersama %2; ubah status di %2.</source>
        <translation>Follow-up report of &lt;a href='%1'&gt;%2&lt;/a&gt;: not an incident of its own. Its status follows %2 and it is closed together with %2; change the status on %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="161" />
        <source>Diteruskan ke: %1</source>
        <translation>Escalated to: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="165" />
        <source>Batas tindak lanjut: %1</source>
        <translation>Follow-up deadline: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="170" />
        <source>Hasil: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="173" />
        <source>Laporan lanjutan (%1), ikut setiap perubahan status insiden ini: %2</source>
        <translation>Follow-up reports (%1), following every status change of this incident: %2</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../app/views/laporan/dialogs.py" line="34" />
        <source>Terbitkan laporan</source>
        <translation>Issue the brief</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/laporan/dialogs.py" line="49" />
        <source>Pemeriksaan rekonsiliasi menemukan %n ketidaksesuaian. Laporan hanya dapat diterbitkan bila Anda mengakuinya dan menulis alasannya; keduanya dicatat di log audit.</source>
        <translation>
            <numerusform>The reconciliation checks found %n discrepancies. The brief can only be issued if you acknowledge them and write a reason; both are recorded in the audit log.</numerusform>
            <numerusform>The reconciliation checks found %n discrepancies. The brief can only be issued if you acknowledge them and write a reason; both are recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/dialogs.py" line="66" />
        <source>Saya &amp;memahami ketidaksesuaian ini dan tetap menerbitkan</source>
        <translation>I &amp;understand these discrepancies and issue anyway</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/dialogs.py" line="75" />
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/dialogs.py" line="76" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Saya memahami ketidaksesuaian ini dan tetap menerbitkan</source>
        <translation type="vanished">I understand these discrepancies and issue anyway</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/dialogs.py" line="67" />
        <source>Alasan menerbitkan (wajib)</source>
        <translation>Reason for issuing (required)</translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation type="vanished">Issue</translation>
    </message>
</context>
<context>
    <name>KerawananDialog</name>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="107" />
        <source>Kerawanan: %1</source>
        <translation>Vulnerability: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="111" />
        <source>Skor IKP (0–100)</source>
        <translation>IKP score (0–100)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="119" />
        <source>ada</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="121" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="122" />
        <source>Tanggal sumber</source>
        <translation>Source date</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="131" />
        <source>Level IKP tidak diturunkan untuk kecamatan/desa: Bawaslu tidak menetapkan ambangnya.</source>
        <translation>No IKP level is derived for districts/villages: Bawaslu set no thresholds for them.</translation>
    </message>
</context>
<context>
    <name>KerawananMap</name>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="65" />
        <source>Peta kerawanan kab/kota</source>
        <translation>Vulnerability map of regencies/cities</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="66" />
        <source>Klik kab/kota untuk menampilkan kecamatannya di tabel</source>
        <translation>Click a regency/city to list its districts in the table</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="109" />
        <source>Tekanan insiden %1 per 100.000 DPT (14 hari)</source>
        <translation>Incident pressure %1 per 100,000 voters (14 days)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="110" />
        <source>TPS rawan + sangat rawan: %1</source>
        <translation>Vulnerable + very vulnerable polling stations: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="112" />
        <source>tinggi (&gt; ⅔ tertinggi)</source>
        <translation>high (&gt; ⅔ of the highest)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="112" />
        <source>sedang</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="113" />
        <source>rendah (≤ ⅓)</source>
        <translation>low (≤ ⅓)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="114" />
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="121" />
        <source>belum ada angka</source>
        <translation>no figures yet</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="123" />
        <source>Batas wilayah: berkas resmi yang dimuat kantor</source>
        <translation>Boundaries: official file loaded by the office</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="125" />
        <source>Peta skematik (bukan batas sebenarnya)</source>
        <translation>Schematic map (not the real boundaries)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/map.py" line="133" />
        <source>Skor IKP %1</source>
        <translation>IKP score %1</translation>
    </message>
</context>
<context>
    <name>KerawananModel</name>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="78" />
        <source>tanpa ambang</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="90" />
        <source>Sumber: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>KerawananPage</name>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="182" />
        <location filename="../../app/views/kerawanan/page.py" line="332" />
        <source>Semua pemilihan (IKP per wilayah)</source>
        <translation>All contests (IKP per region)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="185" />
        <source>Peringkat: skor IKP</source>
        <translation>Ranking: IKP score</translation>
    </message>
    <message>
        <source>Peringkat: tekanan insiden</source>
        <translation type="vanished">Ranking: incident pressure</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="187" />
        <source>Peringkat: TPS rawan + sangat rawan</source>
        <translation>Ranking: vulnerable + very vulnerable polling stations</translation>
    </message>
    <message>
        <source>▲ Naik</source>
        <translation type="vanished">▲ Up</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation type="vanished">Reload</translation>
    </message>
    <message>
        <source>Pemilihan:</source>
        <translation type="vanished">Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="186" />
        <source>Peringkat: tekanan insiden (per 100.000 DPT)</source>
        <translation>Ranking: incident pressure (per 100,000 DPT)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="198" />
        <source>TPS per level kerawanan Polri: kurang rawan, rawan, sangat rawan, khusus (lapas/rutan)</source>
        <translation>Polling stations per Polri level: less vulnerable, vulnerable, very vulnerable, special (prisons)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="213" />
        <source>Isi skor/TPS…</source>
        <translation>Enter score/polling stations…</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="215" />
        <source>Bobot…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="217" />
        <source>Impor IKP…</source>
        <translation>Import IKP…</translation>
    </message>
    <message>
        <source>Unduh templat…</source>
        <translation type="vanished">Download template…</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation type="vanished">Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="260" />
        <source> — skor IKP %1 (%2)</source>
        <translation> — IKP score %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="260" />
        <source>tanpa ambang</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="287" />
        <source>provinsi</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="288" />
        <source>kab/kota</source>
        <translation>regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="289" />
        <source>Level IKP 2024 (Bawaslu) untuk %1: %2.</source>
        <translation>IKP 2024 levels (Bawaslu) for a %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="302" />
        <source> — belum ada angka</source>
        <translation> — no figures yet</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="304" />
        <source>Skor IKP (0–100)</source>
        <translation>IKP score (0–100)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="305" />
        <source>Tekanan insiden per 100.000 DPT</source>
        <translation>Incident pressure per 100,000 DPT</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="306" />
        <source>Jumlah TPS</source>
        <translation>Number of polling stations</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="320" />
        <source>Kerawanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>Pilih wilayah di tabel lebih dulu.</source>
        <translation type="vanished">Choose a region in the table first.</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="219" />
        <source>Pilih berkas IKP/TPS rawan</source>
        <translation>Choose an IKP/vulnerable polling station file</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation type="vanished">Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="338" />
        <source>Berlaku untuk</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation type="vanished">Save template</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="346" />
        <source>Ekspor tabel kerawanan</source>
        <translation>Export the vulnerability table</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="vanished">Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>KesiapanDialog</name>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="96" />
        <source>Rincian indeks kesiapan</source>
        <translation>Readiness index details</translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <source>Kata kunci per kategori insiden dan petunjuk keparahan untuk 'Tempel laporan' (format JSON). Tambahkan istilah setempat; simpan untuk dipakai semua PC desk.</source>
        <translation type="vanished">Keywords per incident category and severity hints for 'Paste report' (JSON). Add local terms; save to use them on every PC of the desk.</translation>
    </message>
    <message>
        <source>Simpan kata kunci</source>
        <translation type="vanished">Save keywords</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="34" />
        <source>Kata kunci per kategori insiden</source>
        <translation>Keywords per incident category</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="39" />
        <source>Kata atau frasa yang menandai kategori ini. @nama = salah satu kata kelompok; ... = kata apa saja dalam kalimat yang sama.</source>
        <translation>Words or phrases that mark this category. @name = one of the group's words; ... = any words in the same sentence.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="42" />
        <source>Petunjuk keparahan</source>
        <translation>Severity hints</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="47" />
        <source>Satu per baris: kata = tingkat (1 Rendah, 2 Sedang, 3 Tinggi, 4 Kritis).</source>
        <translation>One per line: word = level (1 Low, 2 Medium, 3 High, 4 Critical).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="50" />
        <source>Kelompok kata (@nama)</source>
        <translation>Word groups (@name)</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="54" />
        <source>Kata-kata yang saling menggantikan dalam frasa kategori.</source>
        <translation>Words that stand for one another in category phrases.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="57" />
        <source>Singkatan obrolan</source>
        <translation>Chat abbreviations</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="61" />
        <source>Satu per baris: singkatan = bentuk lengkap (yg = yang).</source>
        <translation>One per line: abbreviation = full form (yg = yang).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="64" />
        <source>Nama lain wilayah</source>
        <translation>Other names of regions</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="69" />
        <source>Satu per baris: nama lain = nama wilayah (tangsel = kota tangerang selatan).</source>
        <translation>One per line: other name = region name (tangsel = kota tangerang selatan).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="72" />
        <source>Awalan wilayah</source>
        <translation>Region prefixes</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="74" />
        <source>Satu per baris: awalan = jenis (kab = kabupaten).</source>
        <translation>One per line: prefix = kind (kab = kabupaten).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="77" />
        <source>Singkatan nama tempat</source>
        <translation>Place-name abbreviations</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="79" />
        <source>Satu per baris: singkatan = kata (pd = pondok).</source>
        <translation>One per line: abbreviation = word (pd = pondok).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="82" />
        <source>Tanda bukan laporan insiden</source>
        <translation>Signs of a non-incident message</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="87" />
        <source>berita, aman, salam: tanda pesan bukan laporan; laporan, masalah: tanda pesan tetap laporan.</source>
        <translation>berita, aman, salam: signs a message is not a report; laporan, masalah: signs it is one after all.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="90" />
        <source>Kata penenang</source>
        <translation>Reassuring words</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="94" />
        <source>Kata seperti "aman" yang tidak dihitung bila ada laporan lain.</source>
        <translation>Words like "aman" that do not count when the message reports something else.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="97" />
        <source>Awalan bukan wilayah</source>
        <translation>Prefixes that are not regions</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="99" />
        <source>Kata yang menandai dusun atau jalan (kp, kampung).</source>
        <translation>Words that mark a hamlet or a street (kp, kampung).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="102" />
        <source>Nama wilayah yang juga kata biasa</source>
        <translation>Region names that are also ordinary words</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="104" />
        <source>Dibaca sebagai wilayah hanya bila berhuruf besar.</source>
        <translation>Read as a region only when capitalised.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="107" />
        <source>Penunjuk tempat</source>
        <translation>Place markers</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="109" />
        <source>Kata sebelum nama tempat (di, dari, warga).</source>
        <translation>Words before a place name (di, dari, warga).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="127" />
        <source>Kata kunci untuk 'Tempel laporan': pilih bagian, lalu tulis satu kata atau frasa per baris. Tambahkan istilah setempat; simpan untuk dipakai semua PC desk.</source>
        <translation>Keywords for 'Paste report': choose a section, then write one word or phrase per line. Add local terms; save to use them on every PC of the desk.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="137" />
        <source>satu kata atau frasa per baris</source>
        <translation>one word or phrase per line</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="139" />
        <source>&amp;Bagian</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="140" />
        <source>&amp;Kategori/kelompok</source>
        <translation>&amp;Category/group</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="142" />
        <source>&amp;Simpan kata kunci</source>
        <translation>Save &amp;keywords</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="234" />
        <source>Baris "%1" perlu ditulis kata = nilai.</source>
        <translation>Line "%1" must read word = value.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="253" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/keywords_panel.py" line="255" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>LaporanForm</name>
    <message>
        <location filename="../../app/views/laporan/form.py" line="56" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="61" />
        <source>Uraian topik laporan khusus (bila bukan tentang satu insiden)</source>
        <translation>Account of the special brief's topic (when it is not about one incident)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="63" />
        <source>otomatis menurut jenis dan tanggal</source>
        <translation>automatic from type and date</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="72" />
        <source>Bagian laporan</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="75" />
        <source>Kesimpulan desk; satu butir per baris</source>
        <translation>The desk's conclusions; one point per line</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="76" />
        <source>Rekomendasi desk; satu butir per baris</source>
        <translation>The desk's recommendations; one point per line</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="84" />
        <source>&amp;Jenis</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="85" />
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="86" />
        <source>Pemi&amp;lihan</source>
        <translation>C&amp;ontest</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="87" />
        <source>Nomor &amp;insiden</source>
        <translation>Incident &amp;number</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="88" />
        <source>&amp;Uraian</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="89" />
        <source>&amp;Hal</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="90" />
        <source>Klasi&amp;fikasi</source>
        <translation>C&amp;lassification</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="91" />
        <source>&amp;Sifat</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="92" />
        <source>La&amp;mpiran</source>
        <translation>Attac&amp;hments</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="95" />
        <source>&amp;Kesimpulan</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="96" />
        <source>&amp;Rekomendasi</source>
        <translation>Reco&amp;mmendations</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="123" />
        <source>Masukkan ke kesimpulan</source>
        <translation>Add to conclusions</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="126" />
        <source>Tambahkan temuan ini sebagai butir kesimpulan, untuk disunting</source>
        <translation>Add these findings as conclusion points, to be edited</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="128" />
        <source>&lt;b&gt;Temuan pratinjau&lt;/b&gt; — pertimbangkan dalam kesimpulan:</source>
        <translation>&lt;b&gt;Preview findings&lt;/b&gt; — consider them in the conclusions:</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="vanished">Dates</translation>
    </message>
    <message>
        <source>Pemilihan</source>
        <translation type="vanished">Contest</translation>
    </message>
    <message>
        <source>Nomor insiden</source>
        <translation type="vanished">Incident number</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation type="vanished">Account</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation type="vanished">Subject</translation>
    </message>
    <message>
        <source>Klasifikasi</source>
        <translation type="vanished">Classification</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation type="vanished">Urgency</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation type="vanished">Attachments</translation>
    </message>
    <message>
        <source>Kesimpulan</source>
        <translation type="vanished">Conclusions</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation type="vanished">Recommendations</translation>
    </message>
    <message>
        <source>%1 (data belum tersedia)</source>
        <translation type="vanished">%1 (data not available yet)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/form.py" line="219" />
        <source>Laporan mingguan: hari terakhir dari tujuh hari</source>
        <translation>Weekly brief: the last of the seven days</translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../../app/views/laporan/page.py" line="136" />
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="88" />
        <source>Susun laporan dari data saat ini (F5)</source>
        <translation>Build the brief from the current data (F5)</translation>
    </message>
    <message>
        <source>Terbitkan…</source>
        <translation type="vanished">Issue…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="117" />
        <source>Belum ada pratinjau: pilih jenis laporan lalu tekan Pratinjau (F5).</source>
        <translation>No preview yet: choose the brief type, then press Preview (F5).</translation>
    </message>
    <message>
        <source>Simpan salinan…</source>
        <translation type="vanished">Save a copy…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation type="vanished">Print…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="137" />
        <source>Register laporan</source>
        <translation>Brief register</translation>
    </message>
    <message>
        <source>Cari nomor atau hal</source>
        <translation type="vanished">Search number or subject</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation type="vanished">All types</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="vanished">Period</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation type="vanished">Subject</translation>
    </message>
    <message>
        <source>Klasifikasi</source>
        <translation type="vanished">Classification</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation type="vanished">Signer</translation>
    </message>
    <message>
        <source>Diterbitkan</source>
        <translation type="vanished">Issued</translation>
    </message>
    <message>
        <source>Data per</source>
        <translation type="vanished">Data as of</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="vanished">SHA-256</translation>
    </message>
    <message>
        <source>Ketidaksesuaian diakui</source>
        <translation type="vanished">Acknowledged discrepancies</translation>
    </message>
    <message>
        <source>ya</source>
        <translation type="vanished">yes</translation>
    </message>
    <message>
        <source>Buka dan verifikasi</source>
        <translation type="vanished">Open and verify</translation>
    </message>
    <message>
        <source>Buka salinan arsip laporan terpilih dan periksa SHA-256-nya</source>
        <translation type="vanished">Open the archived copy of the selected brief and check its SHA-256</translation>
    </message>
    <message>
        <source>Verifikasi berkas…</source>
        <translation type="vanished">Verify a file…</translation>
    </message>
    <message>
        <source>Pilih berkas PDF dan periksa apakah sama dengan laporan terpilih</source>
        <translation type="vanished">Choose a PDF file and check whether it is the selected brief</translation>
    </message>
    <message>
        <source>Pilih laporan di register terlebih dahulu.</source>
        <translation type="vanished">Select a brief in the register first.</translation>
    </message>
    <message>
        <source>Berkas PDF yang diverifikasi</source>
        <translation type="vanished">PDF file to verify</translation>
    </message>
    <message>
        <source>Laporan %1 (sesuai register)</source>
        <translation type="vanished">Brief %1 (matches the register)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="87" />
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="90" />
        <source>T&amp;erbitkan…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="118" />
        <source>Simpan sali&amp;nan…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="120" />
        <source>&amp;Cetak…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="194" />
        <source>Beri nomor, simpan di register, dan catat di log audit. Buat pratinjau dari isian terakhir lebih dahulu.</source>
        <translation>Number it, store it in the register and record it in the audit log. Preview the latest entries first.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="202" />
        <location filename="../../app/views/laporan/page.py" line="204" />
        <source>Menyusun laporan…</source>
        <translation>Building the brief…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="210" />
        <source>Konsep: %1</source>
        <translation>Draft: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="212" />
        <source>Perubahan dibandingkan dengan laporan %1.</source>
        <translation>Changes compared with brief %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="213" />
        <source>Belum ada laporan sejenis sebelumnya.</source>
        <translation>No earlier brief of this type.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="216" />
        <source>Konsep tanpa nomor; nomor berikutnya berbentuk %1. %2</source>
        <translation>Unnumbered draft; the next number looks like %1. %2</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="234" />
        <source>Terbitkan “%1” dengan nomor berikutnya (%2)? Data dibaca ulang saat diterbitkan; laporan dicatat di register dengan SHA-256 dan di log audit atas nama %3.</source>
        <translation>Issue “%1” with the next number (%2)? The data is read again when issuing; the brief is recorded in the register with its SHA-256 and in the audit log in the name of %3.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="244" />
        <source>Menerbitkan laporan…</source>
        <translation>Issuing the brief…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="259" />
        <source>Laporan %1</source>
        <translation>Brief %1</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="263" />
        <source>Laporan %1 diterbitkan dan dicatat di register. Berkas: %2</source>
        <translation>Brief %1 issued and recorded in the register. File: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="282" />
        <source>Mohon tunggu…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="289" />
        <source>Simpan salinan laporan</source>
        <translation>Save a copy of the brief</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/page.py" line="296" />
        <source>Salinan disimpan: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
</context>
<context>
    <name>LaporanSettingsPanel</name>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="81" />
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="151" />
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="83" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="85" />
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="107" />
        <source>Kosong berarti isi bawaan (teks abu-abu). Pola nomor memakai {kode}, {nomor}, {unit}, {tahun}, dan {bulan} (angka Romawi).</source>
        <translation>Empty means the default (grey text). The number pattern uses {kode}, {nomor}, {unit}, {tahun} and {bulan} (Roman numerals).</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="109" />
        <source>Simpan pengaturan laporan</source>
        <translation>Save brief settings</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="155" />
        <source>Logo kop</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="156" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="187" />
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/laporan_settings_panel.py" line="193" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="34" />
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="35" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="36" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="37" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="38" />
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="39" />
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="40" />
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="41" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="65" />
        <source>Kekurangan = dikirim − baik (dihitung, tidak diketik)</source>
        <translation>Shortfall = sent − good (computed, never typed)</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <location filename="../../app/views/shell/live_feed.py" line="101" />
        <source>Perubahan dari program lain: %1</source>
        <translation>Changes from another program: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/live_feed.py" line="104" />
        <source>Halaman diperbarui sendiri saat program lain di PC ini (mis. impor lewat baris perintah) menyimpan perubahan. Jam ini: perubahan terakhir dari program lain diterima.</source>
        <translation>Pages update themselves when another program on this PC (e.g. an import from the command line) saves changes. The time: when the last change from another program arrived.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/live_feed.py" line="106" />
        <source>Perubahan dari PC lain: %1</source>
        <translation>Changes from other PCs: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/live_feed.py" line="108" />
        <source>Halaman diperbarui sendiri saat PC lain di desk ini menyimpan perubahan. Jam ini: perubahan terakhir dari PC lain diterima.</source>
        <translation>Pages update themselves when another PC of this desk saves changes. The time: when the last change from another PC arrived.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/live_feed.py" line="119" />
        <source>Pembaruan langsung terputus — menyambung ulang…</source>
        <translation>Live updates interrupted — reconnecting…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/live_feed.py" line="125" />
        <source>Perubahan dari PC lain belum tampil sampai sambungan pulih. Desk Pilkada terus mencoba; setelah tersambung, semua halaman dimuat ulang sekali.</source>
        <translation>Changes from other PCs do not show until the connection is back. Desk Pilkada keeps trying; once connected, every page reloads once.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="54" />
        <source>Masuk — Desk Pilkada</source>
        <translation>Sign in — Desk Pilkada</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="54" />
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="58" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="59" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>LogistikFilterBar</name>
    <message>
        <location filename="../../app/views/logistik/filters.py" line="17" />
        <source>Semua wilayah tujuan (kab/kota, kecamatan, desa)</source>
        <translation>All destinations (regency/city, district, village)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/filters.py" line="18" />
        <source>Semua tingkat tujuan</source>
        <translation>All destination levels</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/filters.py" line="19" />
        <source>Semua barang</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/filters.py" line="20" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/filters.py" line="21" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/filters.py" line="22" />
        <source>Hanya berisiko/terlambat</source>
        <translation>At risk/late only</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/filters.py" line="16" />
        <source>Cari nomor, asal, berita acara… (Ctrl+F)</source>
        <translation>Search number, origin, handover record… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>LogistikPage</name>
    <message>
        <location filename="../../app/views/logistik/page.py" line="96" />
        <source>Pengiriman</source>
        <translation>Consignments</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="97" />
        <source>Kesiapan</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="98" />
        <source>Berisiko</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation type="vanished">New</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="70" />
        <source>Belum ada pengiriman logistik yang dicatat. Catat dengan Baru (Ctrl+N) atau impor dari berkas KPU.</source>
        <translation>No logistics consignments recorded yet. Record one with New (Ctrl+N) or import a KPU file.</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="71" />
        <source>Tidak ada pengiriman yang cocok dengan saringan ini.</source>
        <translation>No consignments match this filter.</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="102" />
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="103" />
        <source>Catat pengiriman baru (Ctrl+N)</source>
        <translation>Record a new consignment (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/logistik/page.py" line="148" />
        <source>%1 pengiriman</source>
        <translation>
            <numerusform>%1 consignment</numerusform>
            <numerusform>%1 consignments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="149" />
        <source>berisiko/terlambat: %1</source>
        <translation>at risk/late: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="240" />
        <source>Ubah %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="266" />
        <source>Tutup pengiriman</source>
        <translation>Close consignment</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="266" />
        <source>&amp;Status baru</source>
        <translation>New &amp;status</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="269" />
        <source>&amp;Alasan %1:</source>
        <translation>&amp;Reason (%1):</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="283" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/page.py" line="284" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Status baru</source>
        <translation type="vanished">New status</translation>
    </message>
    <message>
        <source>Alasan %1:</source>
        <translation type="vanished">Reason (%1):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="66" />
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="124" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="136" />
        <source>DATA CONTOH</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="142" />
        <source> (per %1)</source>
        <translation> (as of %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="160" />
        <source>Pengguna: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="164" />
        <source>Data contoh: masuk tanpa kata sandi dengan peran yang dipilih.</source>
        <translation>Sample data: signed in without a password, in the chosen role.</translation>
    </message>
    <message>
        <source>Data contoh: masuk otomatis sebagai operator contoh, tanpa kata sandi.</source>
        <translation type="vanished">Sample data: signed in automatically as the sample operator, without a password.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="276" />
        <source>Memproses…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="44" />
        <source>Indikator peta</source>
        <translation>Map indicator</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="49" />
        <source>Peta batas…</source>
        <translation>Boundaries…</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="52" />
        <source>Muat berkas GeoJSON batas kab/kota atau kecamatan (kode Kemendagri)</source>
        <translation>Load a GeoJSON boundary file of regencies/cities or districts (Kemendagri codes)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="65" />
        <source>&lt;b&gt;Peta&lt;/b&gt;</source>
        <translation>&lt;b&gt;Map&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="91" />
        <source>titik: %1 insiden terbaru berkoordinat</source>
        <translation>points: the %1 newest incidents with coordinates</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="93" />
        <source>titik: %1 insiden berkoordinat</source>
        <translation>points: %1 incidents with coordinates</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="121" />
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="125" />
        <source>▲ peringatan dini (lihat daftar peringatan)</source>
        <translation>▲ early warning (see the alert list)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="127" />
        <source>Batas wilayah: berkas resmi yang dimuat kantor</source>
        <translation>Boundaries: official file loaded by the office</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="129" />
        <source>Peta skematik (bukan batas sebenarnya)</source>
        <translation>Schematic map (not the real boundaries)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map_panel.py" line="157" />
        <source>Pilih berkas batas wilayah</source>
        <translation>Choose a boundary file</translation>
    </message>
</context>
<context>
    <name>OutreachTurnoutModel</name>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="69" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="69" />
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="80" />
        <source>Perubahan partisipasi dari pemilihan sebelumnya, dalam poin persen</source>
        <translation>Change in turnout from the earlier election, in percentage points</translation>
    </message>
</context>
<context>
    <name>OutreachTurnoutView</name>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="107" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="109" />
        <source>◀ Naik satu tingkat</source>
        <translation>◀ Up one level</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="121" />
        <source>Perlu sosialisasi tambahan bila jangkauan (peserta hadir per 1.000 DPT) di bawah rata-rata wilayah yang ditampilkan DAN partisipasi lemah: di bawah target pemilihan, atau turun dari pemilihan sebelumnya (sebelum hasil masuk: partisipasi pemilihan sebelumnya di bawah target).</source>
        <translation>More outreach is needed where reach (attendees per 1,000 registered voters) is below the average of the regions shown AND participation is weak: below the contest's target, or down from the earlier election (before the count is in: the earlier election's turnout below the target).</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="125" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="125" />
        <source>Perlu?</source>
        <translation>Needs more?</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="125" />
        <source>Kegiatan</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="125" />
        <source>Hadir</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="126" />
        <source>DPT</source>
        <translation>Voters (DPT)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="126" />
        <source>Per 1.000 DPT</source>
        <translation>Per 1,000 voters</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="126" />
        <source>Partisipasi</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="126" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="127" />
        <source>Sebelumnya</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="127" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="132" />
        <source>Klik ganda untuk melihat wilayah di bawahnya</source>
        <translation>Double-click to see the regions below</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="147" />
        <source>Hadir per 1.000 DPT</source>
        <translation>Attended per 1,000 DPT</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="148" />
        <source>perlu sosialisasi tambahan</source>
        <translation>needs more outreach</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="148" />
        <source>lainnya</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="149" />
        <source>rata-rata</source>
        <translation>average</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="157" />
        <source>Peserta hadir per 1.000 DPT</source>
        <translation>Attendees per 1,000 DPT</translation>
    </message>
    <message>
        <source>Hadir per 1.000 DPT (merah: perlu)</source>
        <translation type="vanished">Attendees per 1,000 voters (red: needs more)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="169" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/vs_partisipasi.py" line="251" />
        <source>&lt;b&gt;%1&lt;/b&gt; per %2 · sosialisasi sampai %3 · rata-rata %4 hadir per 1.000 DPT · &lt;b&gt;%5 wilayah perlu sosialisasi tambahan&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; per %2 · outreach up to %3 · average %4 attendees per 1,000 voters · &lt;b&gt;%5 regions need more outreach&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PackageModel</name>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="41" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="41" />
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="41" />
        <source>Desk asal</source>
        <translation>Source desk</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="41" />
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="42" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="43" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="52" />
        <source>dibuat</source>
        <translation>made</translation>
    </message>
    <message>
        <location filename="../../app/views/data/exchange_panel.py" line="53" />
        <source>diimpor</source>
        <translation>imported</translation>
    </message>
</context>
<context>
    <name>PartisipasiDialog</name>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="67" />
        <source>Angka partisipasi: %1</source>
        <translation>Turnout figures: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="77" />
        <source>ada</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="79" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="80" />
        <source>Tanggal sumber</source>
        <translation>Source date</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="83" />
        <source>Kosongkan angka yang belum diketahui. Angka yang tidak cocok (mis. pengguna hak pilih melebihi DPT + DPTb + DPK) tetap disimpan dan ditandai di tabel.</source>
        <translation>Leave unknown figures empty. Figures that do not add up (e.g. more voters than DPT + DPTb + DPK) are saved and flagged in the table.</translation>
    </message>
</context>
<context>
    <name>PartisipasiPage</name>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="104" />
        <location filename="../../app/views/partisipasi/page.py" line="242" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="109" />
        <source>Penyebut tingkat partisipasi</source>
        <translation>Turnout denominator</translation>
    </message>
    <message>
        <source>▲ Naik</source>
        <translation type="vanished">▲ Up</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="111" />
        <source>Kembali ke wilayah di atasnya</source>
        <translation>Back to the region above</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation type="vanished">Reload</translation>
    </message>
    <message>
        <source>Pemilihan:</source>
        <translation type="vanished">Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="112" />
        <source>Metode:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="124" />
        <source>Isi angka…</source>
        <translation>Enter figures…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="125" />
        <source>Ketik DPT, TPS, dan hasil untuk wilayah terpilih</source>
        <translation>Type voter list, polling station and result figures for the selected region</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="127" />
        <source>Pemilihan sebelumnya…</source>
        <translation>Earlier election…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="129" />
        <source>Target…</source>
        <translation>Target…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="131" />
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Unduh templat…</source>
        <translation type="vanished">Download template…</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation type="vanished">Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="189" />
        <source>&lt;b&gt;%1&lt;/b&gt; — DPT %2 · TPS %3 · partisipasi %4 (%5) · target %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — voters %2 · polling stations %3 · turnout %4 (%5) · target %6</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="192" />
        <source>Partisipasi = %1.</source>
        <translation>Turnout = %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="196" />
        <source>Partisipasi 2024 belum diketahui: pemungutan suara %1.</source>
        <translation>2024 turnout is not known yet: voting day is %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="198" />
        <source>Pembanding: %1.</source>
        <translation>Compared with: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="208" />
        <source>Isi angka</source>
        <translation>Enter figures</translation>
    </message>
    <message>
        <source>Pilih wilayah di tabel lebih dulu.</source>
        <translation type="vanished">Choose a region in the table first.</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="216" />
        <source>Pemilihan sebelumnya</source>
        <translation>Earlier election</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="226" />
        <source>Target partisipasi</source>
        <translation>Turnout target</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="226" />
        <source>Target partisipasi %1 (%):</source>
        <translation>Turnout target of %1 (%):</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="134" />
        <source>Pilih berkas DPT/partisipasi KPU</source>
        <translation>Choose a KPU voter list/turnout file</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation type="vanished">Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation type="vanished">Save template</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="251" />
        <source>Ekspor tabel partisipasi</source>
        <translation>Export the turnout table</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="vanished">Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="257" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
</context>
<context>
    <name>PasteReportDialog</name>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="60" />
        <source>Tempel laporan</source>
        <translation>Paste report</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="64" />
        <source>Tempel satu pesan laporan (mis. dari WhatsApp) di sini…</source>
        <translation>Paste one report message (e.g. from WhatsApp) here…</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="71" />
        <source>Buat &amp;draf insiden</source>
        <translation>Create &amp;draft incident</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="74" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Buat draf insiden</source>
        <translation type="vanished">Create draft incident</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/chat_dialogs.py" line="78" />
        <source>Draf belum disimpan: periksa di formulir, lalu Simpan.</source>
        <translation>The draft is not saved: check it in the form, then Save.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/views/widgets/pdf_preview.py" line="65" />
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/pdf_preview.py" line="69" />
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/pdf_preview.py" line="70" />
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/pdf_preview.py" line="90" />
        <source>Pratinjau PDF tidak tersedia: modul Qt PDF (paket PySide6-Pdf) tidak terpasang. Berkas PDF tetap dibuat dan dapat disimpan atau dibuka dengan penampil PDF lain.</source>
        <translation>PDF preview is not available: the Qt PDF module (package PySide6-Pdf) is not installed. The PDF file is still made and can be saved or opened in another PDF viewer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/widgets/pdf_preview.py" line="119" />
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
        <location filename="../../app/views/partisipasi/dialogs.py" line="119" />
        <source>Pemilihan sebelumnya: %1</source>
        <translation>Earlier election: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="129" />
        <source>mis. 62,02 (bila hanya persentase yang diketahui)</source>
        <translation>e.g. 62.02 (when only the percentage is known)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="132" />
        <source>Nama pemilihan</source>
        <translation>Election name</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="133" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="134" />
        <source>DPT</source>
        <translation>Voters (DPT)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="135" />
        <source>Pengguna hak pilih</source>
        <translation>Voters who voted</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="136" />
        <source>Partisipasi diumumkan (%)</source>
        <translation>Published turnout (%)</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="137" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="47" />
        <location filename="../../app/views/pengaturan/page.py" line="51" />
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="56" />
        <location filename="../../app/views/pengaturan/page.py" line="58" />
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="62" />
        <source>Koneksi basis data</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="67" />
        <source>Pengaturan desk</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="69" />
        <source>Kata kunci laporan</source>
        <translation>Report keywords</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="73" />
        <source>Kop dan laporan</source>
        <translation>Letterhead and briefs</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="77" />
        <source>Daftar referensi</source>
        <translation>Reference lists</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="78" />
        <source>Akun saya</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="79" />
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="115" />
        <source>Bahasa tampilan berlaku untuk PC ini, setelah Desk Pilkada dibuka ulang.</source>
        <translation>The display language applies to this PC, once Desk Pilkada is reopened.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="118" />
        <source>&amp;Bahasa tampilan</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="133" />
        <source>Tersimpan: %1. Tutup lalu buka lagi Desk Pilkada untuk memakainya.</source>
        <translation>Saved: %1. Close and reopen Desk Pilkada to use it.</translation>
    </message>
    <message>
        <source>Belum tersedia pada versi ini: daftar referensi. Bahasa tampilan dapat diganti lewat berkas pengaturan (ui/language = en).</source>
        <translation type="vanished">Not available in this version yet: reference lists. The display language can be changed in the settings file (ui/language = en).</translation>
    </message>
    <message>
        <source>Belum tersedia pada versi ini: kop instansi dan logo, penandatangan, format nomor laporan, kertas dan huruf, serta daftar referensi. Bahasa tampilan dapat diganti lewat berkas pengaturan (ui/language = en).</source>
        <translation type="vanished">Not available in this version yet: agency letterhead and logo, signers, brief numbering, paper and fonts, and reference lists. The display language can be changed in the settings file (ui/language = en).</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="vanished">Other</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="88" />
        <source>Masuk sebagai %1 — peran %2.</source>
        <translation>Signed in as %1 — role %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="93" />
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/page.py" line="97" />
        <source>Data contoh masuk otomatis tanpa kata sandi.</source>
        <translation>Sample data signs in automatically without a password.</translation>
    </message>
</context>
<context>
    <name>PengirimanDialog</name>
    <message>
        <location filename="../../app/views/logistik/form.py" line="43" />
        <source>Pengiriman baru</source>
        <translation>New consignment</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="45" />
        <source>(tanpa pemilihan)</source>
        <translation>(no contest)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="49" />
        <source>Kosongkan untuk nomor otomatis LOG-tahun-urut</source>
        <translation>Leave empty for an automatic LOG-year-sequence number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="55" />
        <source>mis. Gudang KPU Kab. Lebak</source>
        <translation>e.g. KPU Lebak warehouse</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="64" />
        <source>hanya untuk tujuan KPPS/TPS</source>
        <translation>only for a KPPS/TPS destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="65" />
        <source>rencana</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="67" />
        <source>tetapkan</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="69" />
        <source>Tanpa centang: H-n menurut aturan tingkat tujuan</source>
        <translation>Unticked: D-n by the destination level's rule</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="70" />
        <source>perkiraan</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="72" />
        <source>Dika&amp;wal Polri</source>
        <translation>Police &amp;escort</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="77" />
        <source>&amp;Nomor</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="78" />
        <source>Pe&amp;milihan</source>
        <translation>C&amp;ontest</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="79" />
        <source>A&amp;sal</source>
        <translation>Or&amp;igin</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="81" />
        <source>T&amp;ujuan</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="84" />
        <source>Tangga&amp;l</source>
        <translation>Da&amp;tes</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="87" />
        <source>Berita &amp;acara</source>
        <translation>&amp;Handover record</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="88" />
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="105" />
        <source>&amp;Tambah baris</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="140" />
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Dikawal Polri</source>
        <translation type="vanished">Police escort</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Pemilihan</source>
        <translation type="vanished">Contest</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation type="vanished">Origin</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation type="vanished">Destination</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="vanished">Dates</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation type="vanished">Handover record</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="92" />
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="92" />
        <source>Pemilihan (surat suara)</source>
        <translation>Contest (ballot papers)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="92" />
        <source>Jumlah dikirim</source>
        <translation>Quantity sent</translation>
    </message>
    <message>
        <source>Tambah baris</source>
        <translation type="vanished">Add line</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="127" />
        <source>— pilih barang —</source>
        <translation>— choose an item —</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/form.py" line="132" />
        <source>(pemilihan pengiriman)</source>
        <translation>(consignment's contest)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="vanished">Remove</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Halaman ini belum tersedia pada versi ini.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Yang akan datang: %1&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;b&gt;This page is not available in this version yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Coming: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="73" />
        <source>Ditulis ke</source>
        <translation>Written to</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="73" />
        <source>Baris</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/import_dialog.py" line="73" />
        <source>Isi baris</source>
        <translation>Row contents</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../app/views/widgets/region_charts.py" line="144" />
        <source>Peringkat wilayah</source>
        <translation>Region ranking</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_charts.py" line="150" />
        <source>tanpa level</source>
        <translation>no level</translation>
    </message>
</context>
<context>
    <name>ReachChartsView</name>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="53" />
        <source>Peserta hadir per kelompok sasaran</source>
        <translation>Attendees per target group</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="54" />
        <source>Peserta hadir per wilayah</source>
        <translation>Attendees per region</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="56" />
        <source>Peserta hadir per minggu</source>
        <translation>Attendees per week</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="61" />
        <source>Rencana vs hadir per wilayah (kegiatan yang sudah dilaporkan)</source>
        <translation>Planned vs attended per region (sessions already reported)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="64" />
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="65" />
        <source>Peserta hadir</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="66" />
        <source>Minggu (mulai Senin)</source>
        <translation>Week (starting Monday)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="89" />
        <source>rencana</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="89" />
        <source>hadir</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="117" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 kegiatan · &lt;b&gt;%3 hadir&lt;/b&gt; (perempuan %4, penyandang disabilitas %5) · rencana %6 · anggaran %7. Satu kegiatan dapat menyasar beberapa kelompok, sehingga grafik kelompok sasaran dapat berjumlah lebih dari total.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 sessions · &lt;b&gt;%3 attended&lt;/b&gt; (women %4, persons with disabilities %5) · planned %6 · budget %7. One session may target several groups, so the target-group chart can add up to more than the total.</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/charts.py" line="135" />
        <source>Peserta hadir per %1</source>
        <translation>Attendees per %1</translation>
    </message>
</context>
<context>
    <name>ReadinessChart</name>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="319" />
        <source>Indeks kesiapan per kab/kota</source>
        <translation>Readiness index per regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="331" />
        <source>Indeks kesiapan (0–100)</source>
        <translation>Readiness index (0–100)</translation>
    </message>
</context>
<context>
    <name>ReadinessMatrix</name>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="224" />
        <source>Kembali ke kab/kota</source>
        <translation>Back to regencies/cities</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="233" />
        <source> tanpa kebutuhan </source>
        <translation> no requirement </translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="267" />
        <source>Jumlah provinsi</source>
        <translation>Province total</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="268" />
        <source>Jumlah %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="274" />
        <source>Kab/kota di provinsi</source>
        <translation>Regencies/cities of the province</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="274" />
        <source>Kecamatan di %1</source>
        <translation>Districts of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="276" />
        <source>Desa/kelurahan di %1</source>
        <translation>Villages of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="279" />
        <source> — klik ganda untuk rincian</source>
        <translation> — double-click for detail</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="280" />
        <source> · dihitung dari penerimaan di tingkat %1</source>
        <translation> · counted from receipts at level %1</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="71" />
        <location filename="../../app/views/logistik/matrix.py" line="87" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="71" />
        <location filename="../../app/views/logistik/matrix.py" line="88" />
        <source>Keseluruhan</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="139" />
        <source>%1: rata-rata kesiapan per barang %2</source>
        <translation>%1: mean readiness per item %2</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="142" />
        <source>; terendah: %1 %2</source>
        <translation>; lowest: %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="145" />
        <source>%1 · %2: baik %3 dari kebutuhan %4 %5 (%6)</source>
        <translation>%1 · %2: %3 good of %4 %5 required (%6)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/matrix.py" line="149" />
        <source>; lebih %1</source>
        <translation>; surplus %1</translation>
    </message>
</context>
<context>
    <name>ReadinessTab</name>
    <message>
        <location filename="../../app/views/logistik/readiness_tab.py" line="29" />
        <source>Aturan…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/readiness_tab.py" line="31" />
        <source>Hitung kebutuhan dari DPT</source>
        <translation>Compute requirements from voter lists</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/readiness_tab.py" line="34" />
        <source>Kebutuhan isian/impor dipertahankan; hanya hasil aturan yang diganti</source>
        <translation>Entered/imported requirements are kept; only rule results are replaced</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="90" />
        <source>Catat penerimaan %1</source>
        <translation>Record receipt of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="96" />
        <source>Nomor berita acara serah terima</source>
        <translation>Handover record number</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="99" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="102" />
        <source>Waktu tiba</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="103" />
        <source>Berita acara</source>
        <translation>Handover record</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="106" />
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="106" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="106" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="106" />
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="107" />
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="107" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="107" />
        <source>Kekurangan</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/receipt.py" line="144" />
        <source>Baik + rusak + hilang harus sama dengan jumlah dikirim; penerimaan tidak boleh melebihi pengiriman. Bila kurang dari yang dikirim, pilih alasannya. Status menjadi Diterima bila semua baris baik sejumlah yang dikirim, selain itu Diterima sebagian.</source>
        <translation>Good + damaged + missing must equal the quantity sent; a receipt can never exceed what was sent. When less than sent, choose the reason. The status becomes Received when every line is all good, otherwise Partly received.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../app/views/widgets/tables.py" line="17" />
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/tables.py" line="19" />
        <source>Tidak ada data yang cocok dengan saringan ini.</source>
        <translation>No data match this filter.</translation>
    </message>
</context>
<context>
    <name>ReferensiModel</name>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="37" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="38" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>ReferensiPanel</name>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="70" />
        <source>Butir yang dinonaktifkan tidak ditawarkan lagi untuk catatan baru; catatan lama tetap memakainya. Butir tidak pernah dihapus. Setiap perubahan tercatat di log audit.</source>
        <translation>Deactivated items are no longer offered for new records; older records keep them. Items are never deleted. Every change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="72" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="72" />
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="72" />
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="73" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="73" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="82" />
        <source>nama butir, mis. Tokoh pemuda</source>
        <translation>item name, e.g. Youth leaders</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="85" />
        <source>mis. lembar, unit, botol</source>
        <translation>e.g. sheet, unit, bottle</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="87" />
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="88" />
        <source>&amp;Kelompok</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="89" />
        <source>Sat&amp;uan</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="90" />
        <source>&amp;Tambah butir baru</source>
        <translation>&amp;Add new item</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="92" />
        <source>&amp;Simpan perubahan</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="94" />
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="167" />
        <source>N&amp;onaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="114" />
        <source>&amp;Daftar:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/referensi_panel.py" line="166" />
        <source>&amp;Aktifkan lagi</source>
        <translation>&amp;Reactivate</translation>
    </message>
</context>
<context>
    <name>RegionDrillPage</name>
    <message>
        <location filename="../../app/views/widgets/region_drill_page.py" line="47" />
        <source>▲ Naik</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_drill_page.py" line="49" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_drill_page.py" line="53" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_drill_page.py" line="55" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_drill_page.py" line="73" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_drill_page.py" line="129" />
        <source>Pilih wilayah di tabel lebih dulu.</source>
        <translation>Choose a region in the table first.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_drill_page.py" line="140" />
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_drill_page.py" line="156" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RegionMap</name>
    <message>
        <location filename="../../app/views/dasbor/map.py" line="64" />
        <source>Peta kab/kota</source>
        <translation>Regency/city map</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map.py" line="234" />
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map.py" line="297" />
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map.py" line="298" />
        <source>Waspada</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map.py" line="298" />
        <source>Peringatan dini: %1</source>
        <translation>Early warning: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map.py" line="310" />
        <source>dan %1 insiden lainnya</source>
        <translation>and %1 more incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/map.py" line="312" />
        <source>Klik untuk membuka</source>
        <translation>Click to open</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../app/views/widgets/region_picker.py" line="50" />
        <source>Ketik nama desa/kecamatan/kab-kota atau kode…</source>
        <translation>Type a village/district/regency name or code…</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="48" />
        <source>Cari nomor atau hal</source>
        <translation>Search number or subject</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="52" />
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="57" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="58" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="59" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="60" />
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="61" />
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="62" />
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="63" />
        <source>Diterbitkan</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="65" />
        <source>Data per</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="66" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="67" />
        <source>Ketidaksesuaian diakui</source>
        <translation>Acknowledged discrepancies</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="67" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="72" />
        <source>Belum ada laporan yang diterbitkan. Laporan yang diterbitkan Pimpinan (Terbitkan…) tercatat di sini dengan SHA-256-nya.</source>
        <translation>No briefs issued yet. Briefs the Head issues (Issue…) are recorded here with their SHA-256.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="73" />
        <source>Tidak ada laporan yang cocok dengan pencarian ini.</source>
        <translation>No briefs match this search.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="76" />
        <source>Buka &amp;arsip</source>
        <translation>Op&amp;en archive</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="79" />
        <source>Buka salinan arsip laporan terpilih; periksa SHA-256 dan angkanya</source>
        <translation>Open the archived copy of the selected brief; check its SHA-256 and its figures</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="81" />
        <source>&amp;Buka dan verifikasi…</source>
        <translation>Open and &amp;verify…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="85" />
        <source>Pilih berkas PDF laporan: periksa SHA-256-nya terhadap register dan bangun ulang angkanya per saat datanya</source>
        <translation>Choose a brief's PDF file: check its SHA-256 against the register and rebuild its figures as of its data</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="123" />
        <source>Pilih laporan di register terlebih dahulu.</source>
        <translation>Select a brief in the register first.</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="130" />
        <source>Buka laporan PDF untuk diverifikasi</source>
        <translation>Open a PDF brief to verify</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="132" />
        <source>Laporan PDF (*.pdf)</source>
        <translation>PDF briefs (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="139" />
        <source>Memeriksa berkas dan membangun ulang angka laporan…</source>
        <translation>Checking the file and rebuilding the brief's figures…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="141" />
        <source>Memverifikasi laporan…</source>
        <translation>Verifying the brief…</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="147" />
        <source>%1 Laporan %2
Berkas: %3
Angka: %4</source>
        <translation>%1 Brief %2
File: %3
Figures: %4</translation>
    </message>
    <message>
        <location filename="../../app/views/laporan/register_tab.py" line="154" />
        <source>Laporan %1 (sesuai register)</source>
        <translation>Brief %1 (matches the register)</translation>
    </message>
</context>
<context>
    <name>RegistersPanel</name>
    <message>
        <location filename="../../app/views/data/registers.py" line="86" />
        <source>Jadwal tahapan</source>
        <translation>Stage schedule</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="86" />
        <source>kode, induk, nama, tanggal mulai dan selesai</source>
        <translation>code, parent, name, start and end dates</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="87" />
        <source>Insiden</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="87" />
        <source>waktu, wilayah, kategori, keparahan, kronologi, pelapor</source>
        <translation>time, region, category, severity, chronology, reporter</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="88" />
        <source>Pengiriman logistik</source>
        <translation>Logistics consignments</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="88" />
        <source>nomor, tujuan, jadwal, barang yang dikirim</source>
        <translation>number, destination, schedule, items sent</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="89" />
        <source>Penerimaan logistik</source>
        <translation>Logistics receipts</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="89" />
        <source>barang diterima baik, rusak, hilang</source>
        <translation>items received in good condition, damaged, missing</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="90" />
        <source>Kebutuhan logistik</source>
        <translation>Logistics requirements</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="90" />
        <source>kebutuhan per wilayah dan jenis barang</source>
        <translation>requirements per region and item type</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="91" />
        <source>Sosialisasi</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="91" />
        <source>kegiatan, sasaran, kehadiran, anggaran</source>
        <translation>sessions, target groups, attendance, budget</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="92" />
        <source>Partisipasi</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="92" />
        <source>DPT, pemilih, suara sah per wilayah</source>
        <translation>voter list, voters, valid votes per region</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="93" />
        <source>Kerawanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="93" />
        <source>skor IKP dan TPS rawan per wilayah</source>
        <translation>IKP scores and vulnerable polling stations per region</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="99" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="99" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="106" />
        <source>Templat…</source>
        <translation>Template…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="107" />
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="108" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="114" />
        <source>Simpan templat .xlsx berisi judul kolom dan petunjuk pengisian</source>
        <translation>Save an .xlsx template with the column headers and filling-in instructions</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="118" />
        <source>Periksa lalu impor berkas .xlsx atau .csv</source>
        <translation>Check, then import an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="122" />
        <source>Ekspor seluruh register ke .xlsx atau .csv</source>
        <translation>Export the whole register to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="145" />
        <source>Isi templat di Excel, lalu impor: setiap baris diperiksa dulu dan tidak ada yang disimpan sebelum Anda menyetujui pratinjau. Mengimpor berkas yang sama dua kali tidak membuat data ganda. Ekspor memuat semua data register (semua status); ekspor tabel yang tersaring ada di halaman registernya.</source>
        <translation>Fill in the template in Excel, then import it: every row is checked first and nothing is saved until you approve the preview. Importing the same file twice creates no duplicates. An export holds the whole register (every status); exports of a filtered table are on the register's own page.</translation>
    </message>
    <message>
        <source>Belum tersedia: register ini sedang dibangun.</source>
        <translation type="vanished">Not available yet: this register is being built.</translation>
    </message>
    <message>
        <source>Impor register ini belum tersedia.</source>
        <translation type="vanished">Import of this register is not available yet.</translation>
    </message>
    <message>
        <source>Ekspor register ini belum tersedia.</source>
        <translation type="vanished">Export of this register is not available yet.</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="159" />
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Templat disimpan: %1</source>
        <translation type="vanished">Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="171" />
        <source>Pilih berkas %1</source>
        <translation>Choose a %1 file</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="173" />
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="197" />
        <source>Impor selesai: %1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="203" />
        <source>Ekspor %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="232" />
        <source>Mengekspor %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="236" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/data/registers.py" line="238" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="134" />
        <source>Atur ulang kata sandi %1</source>
        <translation>Reset password of %1</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="141" />
        <source>Pengguna wajib mengganti kata sandi sementara ini saat masuk. Kunci akun ikut dibuka.</source>
        <translation>The user must change this temporary password at sign-in. The account lock is lifted too.</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="146" />
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="147" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="151" />
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <location filename="../../app/views/shell/demo_roles.py" line="36" />
        <source>Peran contoh:</source>
        <translation>Sample role:</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/demo_roles.py" line="38" />
        <source>Peran contoh</source>
        <translation>Sample role</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/demo_roles.py" line="44" />
        <source>Data contoh tanpa kata sandi: pilih peran untuk mencoba alur kerja insiden (Verifikator) atau menerbitkan laporan (Pimpinan).</source>
        <translation>Sample data without a password: choose a role to try the incident workflow (Verifikator) or issuing briefs (Pimpinan).</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../app/views/widgets/row_error_model.py" line="15" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/row_error_model.py" line="15" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/row_error_model.py" line="15" />
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../app/views/logistik/rules_dialog.py" line="54" />
        <source>Aturan logistik</source>
        <translation>Logistics rules</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/rules_dialog.py" line="83" />
        <source>Batas tiba (hari sebelum hari pemungutan suara)</source>
        <translation>Must arrive by (days before voting day)</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/rules_dialog.py" line="85" />
        <source>Barang lain per TPS</source>
        <translation>Other items per polling station</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/rules_dialog.py" line="90" />
        <source>&amp;Cadangan surat suara</source>
        <translation>&amp;Ballot paper reserve</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/rules_dialog.py" line="91" />
        <source>&amp;Kesiapan diukur di tingkat</source>
        <translation>&amp;Readiness measured at level</translation>
    </message>
    <message>
        <source>Cadangan surat suara</source>
        <translation type="vanished">Ballot paper reserve</translation>
    </message>
    <message>
        <source>Kesiapan diukur di tingkat</source>
        <translation type="vanished">Readiness measured at level</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="35" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/dialogs.py" line="36" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <location filename="../../app/views/widgets/figure_fields.py" line="34" />
        <source>mis. 77,74</source>
        <translation>e.g. 77.74</translation>
    </message>
</context>
<context>
    <name>SosialisasiFilterBar</name>
    <message>
        <source>dari</source>
        <extracomment>Typing in the search box waits this long before querying, so each key is not a query.</extracomment>
        <translation type="vanished">from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation type="vanished">to</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/filters.py" line="20" />
        <source>Semua wilayah (ketik kab/kota, kecamatan, desa)</source>
        <translation>All regions (type a regency/city, district, village)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/filters.py" line="18" />
        <source>Cari topik, tempat, narasumber… (Ctrl+F)</source>
        <translation>Search topic, venue, speakers… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/filters.py" line="25" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/filters.py" line="21" />
        <source>Semua penyelenggara</source>
        <translation>All organisers</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/filters.py" line="22" />
        <source>Semua jenis kegiatan</source>
        <translation>All activity types</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/filters.py" line="23" />
        <source>Semua kelompok sasaran</source>
        <translation>All target groups</translation>
    </message>
</context>
<context>
    <name>SosialisasiFormWidget</name>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="84" />
        <source>selesai</source>
        <translation>ends</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="93" />
        <source>mis. Aula kantor kecamatan</source>
        <translation>e.g. District office hall</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="98" />
        <source>Centang satu atau beberapa kelompok sasaran</source>
        <translation>Tick one or more target groups</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="106" />
        <source>Termasuk dalam jumlah laki-laki dan perempuan</source>
        <translation>Included in the numbers of men and women</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="109" />
        <source>mis. 5.000.000</source>
        <translation>e.g. 5.000.000</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="115" />
        <source>Mulai*</source>
        <translation>Starts*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="116" />
        <source>Selesai</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="117" />
        <source>Wilayah*</source>
        <translation>Region*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="118" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="119" />
        <source>Penyelenggara*</source>
        <translation>Organiser*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="120" />
        <source>Jenis kegiatan*</source>
        <translation>Activity type*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="121" />
        <source>Kelompok sasaran*</source>
        <translation>Target groups*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="122" />
        <source>Topik*</source>
        <translation>Topic*</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="123" />
        <source>Narasumber</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="124" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="125" />
        <source>Rencana peserta</source>
        <translation>Planned participants</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="126" />
        <source>Hadir laki-laki</source>
        <translation>Attended, men</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="127" />
        <source>Hadir perempuan</source>
        <translation>Attended, women</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="128" />
        <source>Hadir disabilitas</source>
        <translation>Attended, persons with disabilities</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="130" />
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="131" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="164" />
        <source>Kehadiran belum diisi</source>
        <translation>Attendance not filled in yet</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="167" />
        <source>Jumlah hadir: %1</source>
        <translation>Total attended: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="178" />
        <source>— pilih penyelenggara —</source>
        <translation>— choose an organiser —</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="182" />
        <source>— pilih jenis kegiatan —</source>
        <translation>— choose an activity type —</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="187" />
        <source>— (tidak terkait satu pemilihan)</source>
        <translation>— (not tied to one contest)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/form.py" line="211" />
        <location filename="../../app/views/sosialisasi/form.py" line="239" />
        <source>(tidak aktif lagi) #%1</source>
        <translation>(no longer active) #%1</translation>
    </message>
</context>
<context>
    <name>SosialisasiPage</name>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="71" />
        <source>Mulai</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="73" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="75" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="76" />
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="77" />
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="78" />
        <source>Hadir</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="80" />
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="81" />
        <source>Kelompok sasaran</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="82" />
        <source>Jenis kegiatan</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="83" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="99" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="99" />
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="106" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="107" />
        <source>Catat kegiatan sosialisasi baru (Ctrl+N)</source>
        <translation>Record a new outreach session (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="109" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="110" />
        <source>Simpan kegiatan (Ctrl+S)</source>
        <translation>Save the session (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="112" />
        <source>Arsipkan…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="113" />
        <source>Keluarkan kegiatan ini dari register dan grafik</source>
        <translation>Take this session out of the register and the charts</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="141" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="142" />
        <source>Grafik jangkauan</source>
        <translation>Reach charts</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="143" />
        <source>Sosialisasi vs partisipasi</source>
        <translation>Outreach vs participation</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="163" />
        <source>Kehadiran belum dilaporkan</source>
        <translation>Attendance not reported yet</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="163" />
        <source>Hadir %1: perempuan %2, penyandang disabilitas %3</source>
        <translation>Attended %1: women %2, persons with disabilities %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sosialisasi/page.py" line="178" />
        <source>%1 kegiatan · rencana %2 · hadir %3 · anggaran %4</source>
        <translation>
            <numerusform>%1 session · planned %2 · attended %3 · budget %4</numerusform>
            <numerusform>%1 sessions · planned %2 · attended %3 · budget %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="212" />
        <source>Perubahan pada formulir sosialisasi belum disimpan. Buang perubahan itu?</source>
        <translation>The changes in the outreach form are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="237" />
        <source>&lt;b&gt;Kegiatan baru&lt;/b&gt;</source>
        <translation>&lt;b&gt;New session&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="263" />
        <source>Anggaran harus berupa angka Rupiah, mis. 5.000.000.</source>
        <translation>The budget must be an amount in Rupiah, e.g. 5.000.000.</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="283" />
        <source>Arsipkan kegiatan</source>
        <translation>Archive session</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/page.py" line="284" />
        <source>Arsipkan kegiatan '%1'? Kegiatan keluar dari register dan grafik; jejaknya tetap di log audit.</source>
        <translation>Archive the session '%1'? It leaves the register and the charts; its trail stays in the audit log.</translation>
    </message>
</context>
<context>
    <name>SosialisasiTransfer</name>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="37" />
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="38" />
        <source>Impor kegiatan dari .xlsx atau .csv (Ctrl+I)</source>
        <translation>Import sessions from .xlsx or .csv (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="40" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="42" />
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="43" />
        <source>Ekspor tabel yang terfilter ke .xlsx atau .csv</source>
        <translation>Export the filtered table to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="56" />
        <source>Pilih berkas kegiatan sosialisasi</source>
        <translation>Choose a file of outreach sessions</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="58" />
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
        <location filename="../../app/views/sosialisasi/transfer.py" line="75" />
        <source>Ekspor sosialisasi</source>
        <translation>Export outreach sessions</translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="85" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sosialisasi/transfer.py" line="87" />
        <source>%1 kegiatan diekspor ke %2</source>
        <translation>
            <numerusform>%1 session exported to %2</numerusform>
            <numerusform>%1 sessions exported to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sosialisasi/transfer.py" line="95" />
        <source>Sosialisasi</source>
        <translation>Outreach</translation>
    </message>
</context>
<context>
    <name>TahapanDetail</name>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="47" />
        <location filename="../../app/views/tahapan/detail.py" line="175" />
        <source>Pilih tahapan di tabel atau lini masa.</source>
        <translation>Choose a stage in the table or the timeline.</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="62" />
        <location filename="../../app/views/tahapan/detail.py" line="64" />
        <source>sudah</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="63" />
        <source>Centang bila tahapan sudah mulai</source>
        <translation>Tick when the stage has started</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="65" />
        <source>Centang bila tahapan sudah selesai</source>
        <translation>Tick when the stage has finished</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="70" />
        <source>mis. KPU, Bawaslu</source>
        <translation>e.g. KPU, Bawaslu</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="75" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="77" />
        <source>Simpan perubahan tahapan (Ctrl+S)</source>
        <translation>Save the stage changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="81" />
        <source>Mulai aktual</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="82" />
        <source>Selesai aktual</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="83" />
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="84" />
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="85" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="86" />
        <source>Pelaksanaan</source>
        <translation>Execution</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="99" />
        <source>Tulis catatan pemantauan…</source>
        <translation>Write a monitoring note…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="101" />
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="103" />
        <source>Tambahkan catatan bertanggal (Ctrl+M)</source>
        <translation>Add a dated note (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="105" />
        <source>Catatan pemantauan</source>
        <translation>Monitoring notes</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="192" />
        <source>Rencana: %1 s.d. %2</source>
        <translation>Planned: %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/detail.py" line="198" />
        <source> · progres rencana hari ini %1%</source>
        <translation> · planned progress today %1%</translation>
    </message>
</context>
<context>
    <name>TahapanPage</name>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="54" />
        <source>Pemilihan</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="57" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="61" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="63" />
        <source>Muat ulang data (F5)</source>
        <translation>Reload data (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="65" />
        <source>Impor jadwal…</source>
        <translation>Import schedule…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="67" />
        <source>Impor jadwal tahapan dari .xlsx atau .csv (Ctrl+I)</source>
        <translation>Import a stage schedule from .xlsx or .csv (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="69" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="72" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="97" />
        <source>Lini masa:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="98" />
        <source>rencana</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>rencana · garis merah: hari ini</source>
        <translation type="vanished">planned · red line: today</translation>
    </message>
    <message>
        <source>&lt;span style="color:#d5dde6"&gt;■&lt;/span&gt; rencana · garis merah: hari ini</source>
        <translation type="vanished">&lt;span style="color:#d5dde6"&gt;■&lt;/span&gt; planned · red line: today</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="205" />
        <source>%1 tahapan</source>
        <translation>%1 stages</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="294" />
        <source>Pilih berkas jadwal tahapan</source>
        <translation>Choose a stage schedule file</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="296" />
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="306" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/page.py" line="308" />
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
        <location filename="../../app/views/tahapan/model.py" line="34" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="34" />
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="34" />
        <source>Rencana
mulai</source>
        <translation>Planned
start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="34" />
        <source>Rencana
selesai</source>
        <translation>Planned
end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="35" />
        <source>Aktual
mulai</source>
        <translation>Actual
start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="35" />
        <source>Aktual
selesai</source>
        <translation>Actual
end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="35" />
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="35" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="78" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan/model.py" line="82" />
        <source>Progres %1% (rencana linear %2%)</source>
        <translation>Progress %1% (linear plan %2%)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/views/shell/tasks.py" line="150" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tasks.py" line="151" />
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Impor</source>
        <translation type="vanished">Import</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="35" />
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="37" />
        <source>Pengiriman…</source>
        <translation>Consignments…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="37" />
        <source>Penerimaan…</source>
        <translation>Receipts…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="37" />
        <source>Kebutuhan…</source>
        <translation>Requirements…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="41" />
        <source>Templat %1…</source>
        <translation>%1 template…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="45" />
        <source>&amp;Ekspor…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation type="vanished">Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="48" />
        <source>Ekspor tabel yang terfilter (beserta barisnya) ke .xlsx atau .csv</source>
        <translation>Export the filtered table (with its lines) to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="53" />
        <source>Pilih berkas %1</source>
        <translation>Choose a %1 file</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="54" />
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
        <location filename="../../app/views/logistik/transfer.py" line="70" />
        <source>Ekspor pengiriman</source>
        <translation>Export consignments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/logistik/transfer.py" line="79" />
        <source>%1 baris pengiriman diekspor ke %2</source>
        <translation>
            <numerusform>%1 consignment line exported to %2</numerusform>
            <numerusform>%1 consignment lines exported to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/transfer.py" line="83" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../app/views/insiden/status.py" line="50" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="63" />
        <source>— pilih instansi —</source>
        <translation>— choose an agency —</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="70" />
        <source>&amp;Diteruskan ke*</source>
        <translation>&amp;Escalate to*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="71" />
        <source>Batas tindak &amp;lanjut*</source>
        <translation>Follow-up &amp;deadline*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="73" />
        <source>&amp;Hasil tindak lanjut*</source>
        <translation>Follow-up &amp;outcome*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="74" />
        <source>&amp;Alasan*</source>
        <translation>&amp;Reason*</translation>
    </message>
    <message>
        <location filename="../../app/views/insiden/status.py" line="74" />
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Diteruskan ke*</source>
        <translation type="vanished">Escalate to*</translation>
    </message>
    <message>
        <source>Batas tindak lanjut*</source>
        <translation type="vanished">Follow-up deadline*</translation>
    </message>
    <message>
        <source>Hasil tindak lanjut*</source>
        <translation type="vanished">Follow-up outcome*</translation>
    </message>
    <message>
        <source>Alasan*</source>
        <translation type="vanished">Reason*</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="vanished">Note</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
</context>
<context>
    <name>TurnoutChart</name>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="357" />
        <source>Partisipasi vs target per kab/kota</source>
        <translation>Turnout vs target per regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="359" />
        <source>partisipasi</source>
        <translation>turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="360" />
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="369" />
        <location filename="../../app/views/widgets/region_charts.py" line="82" />
        <source>Partisipasi (%)</source>
        <translation>Turnout (%)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/charts.py" line="391" />
        <source>Partisipasi %1, target %2</source>
        <translation>Turnout %1, target %2</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_charts.py" line="65" />
        <source>Partisipasi per wilayah: 2024, pemilihan sebelumnya, target</source>
        <translation>Turnout per region: 2024, earlier election, target</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_charts.py" line="67" />
        <source>Partisipasi 2024</source>
        <translation>2024 turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_charts.py" line="69" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_charts.py" line="83" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_charts.py" line="111" />
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Partisipasi</source>
        <translation type="vanished">Turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/region_charts.py" line="68" />
        <source>Pemilihan sebelumnya</source>
        <translation>Earlier election</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation type="vanished">Target %1%</translation>
    </message>
</context>
<context>
    <name>TurnoutModel</name>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="66" />
        <source>Sebelumnya</source>
        <translation>Earlier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/partisipasi/page.py" line="77" />
        <source>⚠ %n masalah</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform>
            <numerusform>⚠ %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/partisipasi/page.py" line="77" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="74" />
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="74" />
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="82" />
        <source>Aktif (dapat masuk)</source>
        <translation>Active (may sign in)</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="87" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="88" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="89" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="93" />
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="97" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="98" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="39" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="40" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="41" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="42" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="56" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="58" />
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="59" />
        <source>wajib ganti kata sandi</source>
        <translation>must change password</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="60" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="179" />
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="181" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/pengaturan/users_panel.py" line="183" />
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="153" />
        <source>Bobot tekanan insiden</source>
        <translation>Incident pressure weights</translation>
    </message>
    <message>
        <location filename="../../app/views/kerawanan/page.py" line="162" />
        <source>Bobot %1</source>
        <translation>Weight %1</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../app/views/shell/login_dialogs.py" line="34" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>dasbor</name>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="70" />
        <source>Kesiapan logistik %1</source>
        <translation>Logistics readiness %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="87" />
        <source>Partisipasi %1, target %2</source>
        <translation>Turnout %1, target %2</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="107" />
        <source>Tekanan insiden %1 per 100.000 DPT (14 hari)</source>
        <translation>Incident pressure %1 per 100,000 voters (14 days)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="115" />
        <source>Indeks kesiapan</source>
        <translation>Readiness index</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="117" />
        <location filename="../../app/views/dasbor/kesiapan.py" line="39" />
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="117" />
        <location filename="../../app/views/dasbor/indicators.py" line="120" />
        <location filename="../../app/views/dasbor/indicators.py" line="123" />
        <location filename="../../app/views/dasbor/indicators.py" line="126" />
        <location filename="../../app/views/dasbor/indicators.py" line="129" />
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="118" />
        <source>Level IKP (Bawaslu)</source>
        <translation>IKP level (Bawaslu)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="119" />
        <source>Rawan tinggi ≥ 49,33</source>
        <translation>High vulnerability ≥ 49.33</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="119" />
        <source>Rawan sedang ≥ 13,47</source>
        <translation>Medium vulnerability ≥ 13.47</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="120" />
        <source>Rawan rendah</source>
        <translation>Low vulnerability</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="121" />
        <source>Tekanan insiden</source>
        <translation>Incident pressure</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="122" />
        <source>tinggi (&gt; ⅔ tertinggi)</source>
        <translation>high (&gt; ⅔ of the highest)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="122" />
        <source>sedang</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="123" />
        <source>rendah (≤ ⅓)</source>
        <translation>low (≤ ⅓)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="124" />
        <location filename="../../app/views/dasbor/kesiapan.py" line="28" />
        <location filename="../../app/views/dasbor/tiles.py" line="127" />
        <source>Kesiapan logistik</source>
        <translation>Logistics readiness</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="127" />
        <location filename="../../app/views/dasbor/tiles.py" line="195" />
        <source>Partisipasi pemilih</source>
        <translation>Voter turnout</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="128" />
        <source>≥ target</source>
        <translation>≥ target</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="128" />
        <source>&lt; target, selisih ≤ 10 poin</source>
        <translation>&lt; target, gap ≤ 10 points</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/indicators.py" line="129" />
        <source>selisih &gt; 10 poin</source>
        <translation>gap &gt; 10 points</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="29" />
        <location filename="../../app/views/dasbor/tiles.py" line="159" />
        <source>Tahapan tepat jadwal</source>
        <translation>Stages on schedule</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="30" />
        <source>Beban insiden berat terbuka</source>
        <translation>Open high-severity incident burden</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="31" />
        <source>Cakupan sosialisasi</source>
        <translation>Outreach coverage</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="37" />
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="38" />
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="48" />
        <source>Indeks = (%1) ÷ jumlah bobot komponen yang berdata. Beban insiden = 100 − %2 × (Tinggi + 2 × Kritis) yang masih terbuka. Siap ≥ %3, Cukup ≥ %4, di bawahnya Perlu perhatian.</source>
        <translation>Index = (%1) ÷ sum of the weights of the components with data. Incident burden = 100 − %2 × (High + 2 × Critical) still open. Ready ≥ %3, Fair ≥ %4, below that Needs attention.</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="57" />
        <source>(bobot %1)</source>
        <translation>(weight %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="75" />
        <source>Komponen tanpa data (tidak dihitung, bobot lain dinormalkan ulang): %1</source>
        <translation>Components without data (left out, the other weights renormalised): %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="78" />
        <source>Kab/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="78" />
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="78" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="79" />
        <source>Komponen dipakai</source>
        <translation>Components used</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/kesiapan.py" line="84" />
        <source>Bobot dan pengurang insiden diatur di halaman Pengaturan, tab Pengaturan desk.</source>
        <translation>Weights and the incident deduction are set on the Settings page, Desk settings tab.</translation>
    </message>
    <message>
        <source>Data %1 belum tersedia</source>
        <translation type="vanished">%1 data not available yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="49" />
        <source>Data %1 gagal dimuat (lihat log)</source>
        <translation>%1 data failed to load (see the log)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="53" />
        <location filename="../../app/views/dasbor/tiles.py" line="214" />
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="66" />
        <location filename="../../app/views/dasbor/tiles.py" line="100" />
        <source>Insiden terbuka</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="69" />
        <source>Kritis %1 · Tinggi %2 · Sedang %3 · Rendah %4</source>
        <translation>Critical %1 · High %2 · Medium %3 · Low %4</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="81" />
        <source>Baru, terverifikasi, atau sedang ditindaklanjuti (semua tanggal)</source>
        <translation>New, verified or being followed up (any date)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="88" />
        <source>Tindak lanjut terlambat</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="90" />
        <source>melewati batas waktu instansi</source>
        <translation>past the agency's deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="118" />
        <location filename="../../app/views/dasbor/tiles.py" line="121" />
        <source>Pemungutan suara</source>
        <translation>Voting day</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="119" />
        <source>belum ada pemilihan</source>
        <translation>no contest yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="137" />
        <source>Terendah: %1 %2</source>
        <translation>Lowest: %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="147" />
        <source>%1 berisiko/terlambat</source>
        <translation>%1 at risk/late</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="154" />
        <source>Barang baik diterima ÷ kebutuhan. Klik: pengiriman berisiko/terlambat</source>
        <translation>Good items received ÷ requirement. Click: consignments at risk/late</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="163" />
        <source>belum ada laporan pelaksanaan tahapan</source>
        <translation>no stage progress reported yet</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="166" />
        <source>Terlambat %1 · Berisiko %2</source>
        <translation>Late %1 · At risk %2</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="172" />
        <source>Selesai atau berjalan sesuai rencana, dari tahapan yang sudah dimulai atau jatuh tempo</source>
        <translation>Finished or on plan, of the stages started or due</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="177" />
        <source>Jangkauan sosialisasi</source>
        <translation>Outreach reach</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="183" />
        <source>%1 kegiatan · %2 hadir dari rencana %3</source>
        <translation>%1 sessions · %2 attended of %3 planned</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="190" />
        <source>Peserta hadir ÷ peserta yang direncanakan, pada periode yang dipilih</source>
        <translation>Participants attended ÷ planned, in the chosen period</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="196" />
        <source>tersedia setelah hari pemungutan suara</source>
        <translation>available after voting day</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="203" />
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="211" />
        <source>Kab/kota perlu perhatian</source>
        <translation>Regencies/cities needing attention</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="219" />
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="221" />
        <source>Indeks: Siap %1 · Cukup %2 · terendah %3 (%4)</source>
        <translation>Index: ready %1 · fair %2 · lowest %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/views/dasbor/tiles.py" line="229" />
        <source>Klik untuk rincian rumus dan komponen tiap kab/kota</source>
        <translation>Click for the formula and each regency/city's components</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/views/shell/error_dialog.py" line="26" />
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialog.py" line="31" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialog.py" line="37" />
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman; tindakan terakhir mungkin belum tersimpan.</source>
        <translation>An unexpected error occurred. Saved data is safe; the last action may not have been saved.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/error_dialog.py" line="43" />
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
        <location filename="../../app/views/shell/pages.py" line="93" />
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>hitung mundur hari pemungutan suara, ringkasan insiden, kesiapan logistik, tahapan, sosialisasi dan partisipasi, grafik, peta kab/kota, dan daftar peringatan.</source>
        <translation type="vanished">countdown to voting day, incident summary, logistics readiness, stages, outreach and participation, charts, a regency/city map and the alert list.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="94" />
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="95" />
        <source>Insiden</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>register insiden dengan alur verifikasi, tindak lanjut, lampiran, peringatan duplikat, dan riwayat status.</source>
        <translation type="vanished">the incident register with verification workflow, follow-up, attachments, duplicate warnings and status history.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="96" />
        <source>Logistik</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>pengiriman dan penerimaan logistik, kebutuhan per wilayah, matriks kesiapan, dan daftar pengiriman berisiko.</source>
        <translation type="vanished">logistics consignments and receipts, requirements per region, the readiness matrix and the at-risk list.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="97" />
        <source>Sosialisasi</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>register kegiatan sosialisasi dengan kelompok sasaran, kehadiran, anggaran, dan grafik jangkauan.</source>
        <translation type="vanished">the outreach session register with target groups, attendance, budget and reach charts.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="98" />
        <source>Partisipasi</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>DPT dan tingkat partisipasi per wilayah, dibandingkan dengan target dan pemilihan sebelumnya.</source>
        <translation type="vanished">voter lists and turnout per region, against the target and an earlier election.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="99" />
        <source>Kerawanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>skor IKP dan levelnya, jumlah TPS rawan, tekanan insiden, dan peringkat wilayah.</source>
        <translation type="vanished">IKP scores and levels, vulnerable polling stations, incident pressure and the region ranking.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="100" />
        <source>Laporan</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <source>laporan harian, mingguan, khusus, dan nota dinas dalam PDF resmi, dengan register dan verifikasi SHA-256.</source>
        <translation type="vanished">daily, weekly and special briefs and cover memos as official PDFs, with a register and SHA-256 verification.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="101" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>impor dan ekspor Excel/CSV semua register, paket pertukaran antar-desk, serta cadangan dan pemulihan. Impor jadwal tahapan sudah tersedia di halaman Tahapan.</source>
        <translation type="vanished">Excel/CSV import and export of every register, desk-to-desk exchange packages, backup and restore. Stage schedule import is already on the Stages page.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/pages.py" line="102" />
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
        <location filename="../../app/views/shell/startup_flow.py" line="72" />
        <source>Basis data belum disiapkan. Tutup dan buka kembali aplikasi untuk memilih provinsi.</source>
        <translation>The database is not set up. Close and reopen the application to choose the province.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/startup_flow.py" line="87" />
        <source>Menyiapkan data wilayah dan tahapan…</source>
        <translation>Preparing regions and stages…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/startup_flow.py" line="105" />
        <source>Belum masuk. Tutup dan buka kembali aplikasi untuk masuk.</source>
        <translation>Not signed in. Close and reopen the application to sign in.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/startup_flow.py" line="123" />
        <source>Kata sandi harus diganti sebelum aplikasi dapat dipakai.</source>
        <translation>The password must be changed before the application can be used.</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="61" />
        <source>Tidak ada pengiriman berisiko atau terlambat.</source>
        <translation>No consignments at risk or late.</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/alerts.py" line="62" />
        <source>Tidak ada pengiriman berisiko atau terlambat dengan saringan ini.</source>
        <translation>No consignments at risk or late match this filter.</translation>
    </message>
    <message>
        <location filename="../../app/views/logistik/lines.py" line="76" />
        <source>Pilih pengiriman di tabel untuk melihat barangnya.</source>
        <translation>Choose a consignment in the table to see its items.</translation>
    </message>
</context>
<context>
    <name>template_saver</name>
    <message>
        <location filename="../../app/views/widgets/template_saver.py" line="31" />
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/template_saver.py" line="51" />
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/template_saver.py" line="56" />
        <source>Templat disimpan: %1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/template_saver.py" line="57" />
        <source>Templat tidak dapat disimpan: %1</source>
        <translation>The template could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../app/views/widgets/unsaved.py" line="29" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/unsaved.py" line="36" />
        <source>B&amp;uang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/unsaved.py" line="39" />
        <source>&amp;Kembali ke formulir</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/bootstrap.py" line="175" />
        <source>Menyiapkan basis data…</source>
        <extracomment>The registers of ``template``, ``import`` and ``export`` (SPEC 11); anything else is a usage error (exit 2). The window's own options, written out in full. ``DESK_PILKADA_STARTUP_PROBE=1`` prints SHOWN/READY markers for the start-up benchmark and quits once the first page is ready. The desk's database, closed once the window has closed (SQLite then writes its journal back into the file; PostgreSQL sees the session end).</extracomment>
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