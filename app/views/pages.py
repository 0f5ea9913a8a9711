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
    from app.views.context import AppContext


translate = QCoreApplication.translate


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    coming: str
    #: Builds the page; None while the area is not built yet.
    factory: Callable[[AppContext], QWidget] | None = None


def _tahapan(ctx: AppContext) -> QWidget:
    from app.views.tahapan_page import TahapanPage

    return TahapanPage(ctx)


def _insiden(ctx: AppContext) -> QWidget:
    from app.views.insiden_page import InsidenPage

    return InsidenPage(ctx)


def _pengaturan(ctx: AppContext) -> QWidget:
    from app.views.pengaturan_page import PengaturanPage

    return PengaturanPage(ctx)


def areas() -> list[Area]:
    return [
        Area("dasbor", translate("pages", "Dasbor"), translate("pages", "hitung mundur hari pemungutan suara, ringkasan insiden, kesiapan logistik, tahapan, sosialisasi dan partisipasi, grafik, peta kab/kota, dan daftar peringatan.")),
        Area("tahapan", translate("pages", "Tahapan"), "", _tahapan),
        Area("insiden", translate("pages", "Insiden"), "", _insiden),
        Area("logistik", translate("pages", "Logistik"), translate("pages", "pengiriman dan penerimaan logistik, kebutuhan per wilayah, matriks kesiapan, dan daftar pengiriman berisiko.")),
        Area("sosialisasi", translate("pages", "Sosialisasi"), translate("pages", "register kegiatan sosialisasi dengan kelompok sasaran, kehadiran, anggaran, dan grafik jangkauan.")),
        Area("partisipasi", translate("pages", "Partisipasi"), translate("pages", "DPT dan tingkat partisipasi per wilayah, dibandingkan dengan target dan pemilihan sebelumnya.")),
        Area("kerawanan", translate("pages", "Kerawanan"), translate("pages", "skor IKP dan levelnya, jumlah TPS rawan, tekanan insiden, dan peringkat wilayah.")),
        Area("laporan", translate("pages", "Laporan"), translate("pages", "laporan harian, mingguan, khusus, dan nota dinas dalam PDF resmi, dengan register dan verifikasi SHA-256.")),
        Area("data", translate("pages", "Data"), translate("pages", "impor dan ekspor Excel/CSV semua register, paket pertukaran antar-desk, serta cadangan dan pemulihan. Impor jadwal tahapan sudah tersedia di halaman Tahapan.")),
        Area("pengaturan", translate("pages", "Pengaturan"), "", _pengaturan),
    ]  # fmt: skip
