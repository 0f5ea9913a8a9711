"""The only module that names icons. Qt's standard icons for now: crisp at any DPI and
nothing to ship; replace entries with SVGs in ``resources/icons`` as they are drawn."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_SP = QStyle.StandardPixmap
_AREA_ICONS = {
    "dasbor": _SP.SP_ComputerIcon,
    "tahapan": _SP.SP_FileDialogDetailedView,
    "insiden": _SP.SP_MessageBoxWarning,
    "logistik": _SP.SP_DriveHDIcon,
    "sosialisasi": _SP.SP_DirHomeIcon,
    "partisipasi": _SP.SP_DialogApplyButton,
    "kerawanan": _SP.SP_MessageBoxCritical,
    "laporan": _SP.SP_FileIcon,
    "data": _SP.SP_DialogSaveButton,
    "pengaturan": _SP.SP_FileDialogContentsView,
}
_ACTION_ICONS = {
    "refresh": _SP.SP_BrowserReload,
    "import": _SP.SP_DialogOpenButton,
    "template": _SP.SP_FileDialogNewFolder,
    "save": _SP.SP_DialogSaveButton,
    "add": _SP.SP_FileDialogNewFolder,
}


def _standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def area(name: str) -> QIcon:
    return _standard(_AREA_ICONS.get(name, _SP.SP_FileIcon))


def action(name: str) -> QIcon:
    return _standard(_ACTION_ICONS.get(name, _SP.SP_FileIcon))
