"""Which registers can be imported, by their CLI name (``<jenis>`` in SPEC 11)."""

from __future__ import annotations

from typing import Any

from app.services.errors import DomainError
from app.services.importing import logistik_spec as _logistik
from app.services.importing.insiden_spec import InsidenImport
from app.services.importing.kerawanan_spec import KerawananImport
from app.services.importing.partisipasi_spec import PartisipasiImport
from app.services.importing.sosialisasi_spec import SosialisasiImport
from app.services.importing.spec import ImportSpec
from app.services.importing.tahapan_spec import TahapanImport

#: Every ``<jenis>`` of SPEC 11; those not built yet say so honestly.
ALL_JENIS = (
    "tahapan",
    "insiden",
    "pengiriman",
    "penerimaan",
    "kebutuhan",
    "sosialisasi",
    "partisipasi",
    "kerawanan",
)

_SPECS: dict[str, type] = {
    "tahapan": TahapanImport,
    # Each register adds its spec below its own marker (registers are built in parallel).
    # -- insiden --
    "insiden": InsidenImport,
    # -- pengiriman, penerimaan, kebutuhan --
    "pengiriman": _logistik.PengirimanImport,
    "penerimaan": _logistik.PenerimaanImport,
    "kebutuhan": _logistik.KebutuhanImport,
    # -- sosialisasi --
    "sosialisasi": SosialisasiImport,
    # -- partisipasi, kerawanan --
    "partisipasi": PartisipasiImport,
    "kerawanan": KerawananImport,
}


def spec_for(jenis: str) -> ImportSpec[Any]:
    if jenis not in ALL_JENIS:
        raise DomainError(f"Jenis data '{jenis}' tidak dikenal. Pilihan: {', '.join(ALL_JENIS)}.")
    factory = _SPECS.get(jenis)
    if factory is None:
        raise DomainError(f"Impor '{jenis}' belum tersedia pada versi ini.")
    return factory()


def available() -> list[str]:
    return [j for j in ALL_JENIS if j in _SPECS]
