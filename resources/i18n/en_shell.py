"""English for the window shell (status bar, demo role chooser); merged by fill_en.py."""

EN = {
    "Data contoh: masuk tanpa kata sandi dengan peran yang dipilih.": "Sample data: signed in without a password, in the chosen role.",
    "Peran contoh:": "Sample role:",
    "Peran contoh": "Sample role",
    "Data contoh tanpa kata sandi: pilih peran untuk mencoba alur kerja insiden (Verifikator) atau menerbitkan laporan (Pimpinan).": "Sample data without a password: choose a role to try the incident workflow (Verifikator) or issuing briefs (Pimpinan).",
}
