"""Indonesian for the texts Qt itself draws (dialog buttons, message-box details, the
edit context menu). Qt ships no ``qtbase_id.qm``, so without this an Indonesian screen
would show "Save", "Cancel" and "Close" on every standard button."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_BUTTONS = {
    "OK": "OK",
    "Save": "Simpan",
    "Save All": "Simpan semua",
    "Open": "Buka",
    "&Yes": "&Ya",
    "Yes to &All": "Ya untuk &semua",
    "&No": "&Tidak",
    "N&o to All": "T&idak untuk semua",
    "Abort": "Hentikan",
    "Retry": "Coba lagi",
    "Ignore": "Abaikan",
    "Close": "Tutup",
    "Cancel": "Batal",
    "Discard": "Buang",
    "Don't Save": "Jangan simpan",
    "Help": "Bantuan",
    "Apply": "Terapkan",
    "Reset": "Atur ulang",
    "Restore Defaults": "Kembalikan bawaan",
}
_EDIT_MENU = {
    "&Undo": "&Batalkan",
    "&Redo": "&Ulangi",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "Copy &Link Location": "Salin &alamat tautan",
    "&Paste": "&Tempel",
    "Delete": "Hapus",
    "Select All": "Pilih semua",
}
_MESSAGE_BOX = {
    "Show Details...": "Tampilkan rincian…",
    "Hide Details...": "Sembunyikan rincian…",
}
TEXTS: dict[str, dict[str, str]] = {
    "QPlatformTheme": _BUTTONS,
    "QDialogButtonBox": _BUTTONS,
    "QMessageBox": _MESSAGE_BOX | _BUTTONS,
    "QLineEdit": _EDIT_MENU,
    "QWidgetTextControl": _EDIT_MENU,
}


class QtTextsIndonesian(QTranslator):
    """A translator answering only for Qt's own contexts; everything else passes on."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return TEXTS.get(context, {}).get(source, "")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
