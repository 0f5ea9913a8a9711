"""The ten areas of SPEC section 6, in navigation order, and how each page is built.

Pages are created on first visit, so heavy imports (pyqtgraph, pandas) stay off the
start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.views.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


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


def areas() -> list[Area]:
    return [
        Area("dasbor", _tr("Dasbor"), _tr("hitung mundur hari pemungutan suara, ringkasan insiden, kesiapan logistik, tahapan, sosialisasi dan partisipasi, grafik, peta kab/kota, dan daftar peringatan.")),
        Area("tahapan", _tr("Tahapan"), "", _tahapan),
        Area("insiden", _tr("Insiden"), _tr("register insiden dengan alur verifikasi, tindak lanjut, lampiran, peringatan duplikat, dan riwayat status.")),
        Area("logistik", _tr("Logistik"), _tr("pengiriman dan penerimaan logistik, kebutuhan per wilayah, matriks kesiapan, dan daftar pengiriman berisiko.")),
        Area("sosialisasi", _tr("Sosialisasi"), _tr("register kegiatan sosialisasi dengan kelompok sasaran, kehadiran, anggaran, dan grafik jangkauan.")),
        Area("partisipasi", _tr("Partisipasi"), _tr("DPT dan tingkat partisipasi per wilayah, dibandingkan dengan target dan pemilihan sebelumnya.")),
        Area("kerawanan", _tr("Kerawanan"), _tr("skor IKP dan levelnya, jumlah TPS rawan, tekanan insiden, dan peringkat wilayah.")),
        Area("laporan", _tr("Laporan"), _tr("laporan harian, mingguan, khusus, dan nota dinas dalam PDF resmi, dengan register dan verifikasi SHA-256.")),
        Area("data", _tr("Data"), _tr("impor dan ekspor Excel/CSV semua register, paket pertukaran antar-desk, serta cadangan dan pemulihan. Impor jadwal tahapan sudah tersedia di halaman Tahapan.")),
        Area("pengaturan", _tr("Pengaturan"), _tr("kop instansi dan logo, penandatangan, format nomor, kertas dan huruf, daftar referensi, pengguna dan peran, log audit, serta koneksi basis data.")),
    ]  # fmt: skip
