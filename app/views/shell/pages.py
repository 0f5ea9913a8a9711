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
    coming: str
    #: Builds the page; None while the area is not built yet.
    factory: Callable[[AppContext], QWidget] | None = None


def _tahapan(ctx: AppContext) -> QWidget:
    from app.views.tahapan.page import TahapanPage

    return TahapanPage(ctx)


def _insiden(ctx: AppContext) -> QWidget:
    from app.views.insiden.page import InsidenPage

    return InsidenPage(ctx)


def _pengaturan(ctx: AppContext) -> QWidget:
    from app.views.pengaturan.page import PengaturanPage

    return PengaturanPage(ctx)


def areas() -> list[Area]:
    return [
        Area("dasbor", translate("pages", "Dasbor"), "", lambda ctx: __import__("app.views.dasbor.page", fromlist=["DasborPage"]).DasborPage(ctx)),
        Area("tahapan", translate("pages", "Tahapan"), "", _tahapan),
        Area("insiden", translate("pages", "Insiden"), "", _insiden),
        Area("logistik", translate("pages", "Logistik"), "", lambda ctx: __import__("app.views.logistik.page", fromlist=["LogistikPage"]).LogistikPage(ctx)),
        Area("sosialisasi", translate("pages", "Sosialisasi"), "", lambda ctx: __import__("app.views.sosialisasi.page", fromlist=["SosialisasiPage"]).SosialisasiPage(ctx)),
        Area("partisipasi", translate("pages", "Partisipasi"), "", lambda ctx: __import__("app.views.partisipasi.page", fromlist=["PartisipasiPage"]).PartisipasiPage(ctx)),
        Area("kerawanan", translate("pages", "Kerawanan"), "", lambda ctx: __import__("app.views.kerawanan.page", fromlist=["KerawananPage"]).KerawananPage(ctx)),
        Area("laporan", translate("pages", "Laporan"), "", lambda ctx: __import__("app.views.laporan.page", fromlist=["LaporanPage"]).LaporanPage(ctx)),
        Area("data", translate("pages", "Data"), "", lambda ctx: __import__("app.views.data.page", fromlist=["DataPage"]).DataPage(ctx)),
        Area("pengaturan", translate("pages", "Pengaturan"), "", _pengaturan),
    ]  # fmt: skip
