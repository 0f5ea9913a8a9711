<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <location filename="../../app/views/main_window.py" line="122" />
        <source>Pengguna: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125" />
        <source>Memproses…</source>
        <translation>Working…</translation>
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
    <name>RowErrorModel</name>
    <message>
        <location filename="../../app/views/row_error_model.py" line="18" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/views/row_error_model.py" line="18" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/views/row_error_model.py" line="18" />
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>TahapanDetail</name>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="39" />
        <location filename="../../app/views/tahapan_detail.py" line="128" />
        <source>Pilih tahapan di tabel atau lini masa.</source>
        <translation>Choose a stage in the table or the timeline.</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="50" />
        <location filename="../../app/views/tahapan_detail.py" line="52" />
        <source>sudah</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="51" />
        <source>Centang bila tahapan sudah mulai</source>
        <translation>Tick when the stage has started</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="53" />
        <source>Centang bila tahapan sudah selesai</source>
        <translation>Tick when the stage has finished</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="58" />
        <source>mis. KPU, Bawaslu</source>
        <translation>e.g. KPU, Bawaslu</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="67" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="69" />
        <source>Simpan perubahan tahapan (Ctrl+S)</source>
        <translation>Save the stage changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="73" />
        <source>Mulai aktual</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="74" />
        <source>Selesai aktual</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="75" />
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="76" />
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="77" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="78" />
        <source>Pelaksanaan</source>
        <translation>Execution</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="91" />
        <source>Tulis catatan pemantauan…</source>
        <translation>Write a monitoring note…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="93" />
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="95" />
        <source>Tambahkan catatan bertanggal (Ctrl+M)</source>
        <translation>Add a dated note (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="97" />
        <source>Catatan pemantauan</source>
        <translation>Monitoring notes</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="139" />
        <source>Rencana: %1 s.d. %2</source>
        <translation>Planned: %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_detail.py" line="144" />
        <source> · progres rencana hari ini %1%</source>
        <translation> · planned progress today %1%</translation>
    </message>
</context>
<context>
    <name>TahapanPage</name>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="50" />
        <source>Pemilihan</source>
        <extracomment>A conflict message that must survive the reload it triggers.</extracomment>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="53" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="57" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="59" />
        <source>Muat ulang data (F5)</source>
        <translation>Reload data (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="61" />
        <source>Impor jadwal…</source>
        <translation>Import schedule…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="63" />
        <source>Impor jadwal tahapan dari .xlsx atau .csv (Ctrl+I)</source>
        <translation>Import a stage schedule from .xlsx or .csv (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="65" />
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="68" />
        <source>Pemilihan:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="98" />
        <source>Lini masa:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="103" />
        <source>&lt;span style="color:#d5dde6"&gt;■&lt;/span&gt; rencana · garis merah: hari ini</source>
        <translation>&lt;span style="color:#d5dde6"&gt;■&lt;/span&gt; planned · red line: today</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="180" />
        <source>%1 tahapan</source>
        <translation>%1 stages</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="264" />
        <source>Pilih berkas jadwal tahapan</source>
        <translation>Choose a stage schedule file</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="266" />
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="272" />
        <source>Semua pemilihan</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="278" />
        <source>Terapkan ke</source>
        <translation>Apply to</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="287" />
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="294" />
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_page.py" line="294" />
        <source>Templat disimpan: %1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>TahapanTableModel</name>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="36" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="37" />
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="38" />
        <source>Rencana
mulai</source>
        <translation>Planned
start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="39" />
        <source>Rencana
selesai</source>
        <translation>Planned
end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="40" />
        <source>Aktual
mulai</source>
        <translation>Actual
start</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="41" />
        <source>Aktual
selesai</source>
        <translation>Actual
end</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="42" />
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="43" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="107" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tahapan_model.py" line="110" />
        <source>Progres %1% (rencana linear %2%)</source>
        <translation>Progress %1% (linear plan %2%)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/views/tasks.py" line="123" />
        <source>Batal</source>
        <extracomment>A dialog appears only when work lasts longer than this (SPEC 6: over ~0,5 s).</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/tasks.py" line="124" />
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
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
        <location filename="../../app/views/pages.py" line="40" />
        <source>Dasbor</source>
        <extracomment>Builds the page; None while the area is not built yet.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="40" />
        <source>hitung mundur hari pemungutan suara, ringkasan insiden, kesiapan logistik, tahapan, sosialisasi dan partisipasi, grafik, peta kab/kota, dan daftar peringatan.</source>
        <translation>countdown to voting day, incident summary, logistics readiness, stages, outreach and participation, charts, a regency/city map and the alert list.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="41" />
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="42" />
        <source>Insiden</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="42" />
        <source>register insiden dengan alur verifikasi, tindak lanjut, lampiran, peringatan duplikat, dan riwayat status.</source>
        <translation>the incident register with verification workflow, follow-up, attachments, duplicate warnings and status history.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="43" />
        <source>Logistik</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="43" />
        <source>pengiriman dan penerimaan logistik, kebutuhan per wilayah, matriks kesiapan, dan daftar pengiriman berisiko.</source>
        <translation>logistics consignments and receipts, requirements per region, the readiness matrix and the at-risk list.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="44" />
        <source>Sosialisasi</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="44" />
        <source>register kegiatan sosialisasi dengan kelompok sasaran, kehadiran, anggaran, dan grafik jangkauan.</source>
        <translation>the outreach session register with target groups, attendance, budget and reach charts.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="45" />
        <source>Partisipasi</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="45" />
        <source>DPT dan tingkat partisipasi per wilayah, dibandingkan dengan target dan pemilihan sebelumnya.</source>
        <translation>voter lists and turnout per region, against the target and an earlier election.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="46" />
        <source>Kerawanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="46" />
        <source>skor IKP dan levelnya, jumlah TPS rawan, tekanan insiden, dan peringkat wilayah.</source>
        <translation>IKP scores and levels, vulnerable polling stations, incident pressure and the region ranking.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="47" />
        <source>Laporan</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="47" />
        <source>laporan harian, mingguan, khusus, dan nota dinas dalam PDF resmi, dengan register dan verifikasi SHA-256.</source>
        <translation>daily, weekly and special briefs and cover memos as official PDFs, with a register and SHA-256 verification.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="48" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="48" />
        <source>impor dan ekspor Excel/CSV semua register, paket pertukaran antar-desk, serta cadangan dan pemulihan. Impor jadwal tahapan sudah tersedia di halaman Tahapan.</source>
        <translation>Excel/CSV import and export of every register, desk-to-desk exchange packages, backup and restore. Stage schedule import is already on the Stages page.</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="49" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="49" />
        <source>kop instansi dan logo, penandatangan, format nomor, kertas dan huruf, daftar referensi, pengguna dan peran, log audit, serta koneksi basis data.</source>
        <translation>agency letterhead and logo, signers, numbering format, paper and fonts, reference lists, users and roles, the audit log and the database connection.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/bootstrap.py" line="123" />
        <source>Menyiapkan basis data…</source>
        <extracomment>``DESK_PILKADA_STARTUP_PROBE=1`` prints SHOWN/READY markers for the start-up benchmark and quits once the first page is ready.</extracomment>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="150" />
        <source>Basis data belum disiapkan. Tutup dan buka kembali aplikasi untuk memilih provinsi.</source>
        <translation>The database is not set up. Close and reopen the application to choose the province.</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="175" />
        <source>Menyiapkan data wilayah dan tahapan…</source>
        <translation>Preparing regions and stages…</translation>
    </message>
</context>
</TS>