"""The ten areas of SPEC section 6, in navigation order, and how each page is built.

Pages are created on first visit, so heavy imports (pyqtgraph, pandas) stay off the
start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.views.shell.context import AppContext


translate = QCoreApplication.translate


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    #: Builds the page (imports its module only then).
    factory: Callable[[AppContext], QWidget]


def _dasbor(ctx: AppContext) -> QWidget:
    from app.views.dasbor.page import DasborPage

    return DasborPage(ctx)


def _tahapan(ctx: AppContext) -> QWidget:
    from app.views.tahapan.page import TahapanPage

    return TahapanPage(ctx)


def _insiden(ctx: AppContext) -> QWidget:
    from app.views.insiden.page import InsidenPage

    return InsidenPage(ctx)


def _logistik(ctx: AppContext) -> QWidget:
    from app.views.logistik.page import LogistikPage

    return LogistikPage(ctx)


def _sosialisasi(ctx: AppContext) -> QWidget:
    from app.views.sosialisasi.page import SosialisasiPage

    return SosialisasiPage(ctx)


def _partisipasi(ctx: AppContext) -> QWidget:
    from app.views.partisipasi.page import PartisipasiPage

    return PartisipasiPage(ctx)


def _kerawanan(ctx: AppContext) -> QWidget:
    from app.views.kerawanan.page import KerawananPage

    return KerawananPage(ctx)


def _laporan(ctx: AppContext) -> QWidget:
    from app.views.laporan.page import LaporanPage

    return LaporanPage(ctx)


def _data(ctx: AppContext) -> QWidget:
    from app.views.data.page import DataPage

    return DataPage(ctx)


def _pengaturan(ctx: AppContext) -> QWidget:
    from app.views.pengaturan.page import PengaturanPage

    return PengaturanPage(ctx)


def areas() -> list[Area]:
    return [
        Area("dasbor", translate("pages", "Dasbor"), _dasbor),
        Area("tahapan", translate("pages", "Tahapan"), _tahapan),
        Area("insiden", translate("pages", "Insiden"), _insiden),
        Area("logistik", translate("pages", "Logistik"), _logistik),
        Area("sosialisasi", translate("pages", "Sosialisasi"), _sosialisasi),
        Area("partisipasi", translate("pages", "Partisipasi"), _partisipasi),
        Area("kerawanan", translate("pages", "Kerawanan"), _kerawanan),
        Area("laporan", translate("pages", "Laporan"), _laporan),
        Area("data", translate("pages", "Data"), _data),
        Area("pengaturan", translate("pages", "Pengaturan"), _pengaturan),
    ]
