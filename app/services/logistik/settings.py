"""The logistics settings of the desk, parsed and checked (SPEC 4): must-arrive-by per
destination level, the per-TPS rule of the items other than surat suara, the ballot
reserve and the measured level. Pure functions over the model's constants, so the desk
settings registry (``core.pengaturan``) can declare them without importing the area."""

from __future__ import annotations

from typing import Any

from app.models.logistik import KPPS, KPU_KABKOTA, KPU_PROVINSI, LEVELS, PPK, PPS

#: Days before voting day a consignment to each level must have arrived (TPS: H-1).
DEFAULT_DEADLINE_DAYS = {KPU_PROVINSI: 21, KPU_KABKOTA: 14, PPK: 7, PPS: 3, KPPS: 1}
#: Per TPS, for every item except surat suara (which follows DPT).
DEFAULT_PER_TPS = {
    "KOTAK_SUARA": 2, "BILIK_SUARA": 4, "TINTA": 2, "SEGEL": 20, "ALAT_CONTOH": 4,
    "FORMULIR": 1, "SALINAN_DPT": 1, "TEMPLATE_TUNANETRA": 2, "SAMPUL": 10, "PERLENGKAPAN_LAIN": 1,
}  # fmt: skip
SURAT_SUARA = "SURAT_SUARA"
DEFAULT_RESERVE_PERCENT = 2.5
DEFAULT_MEASURED_LEVEL = PPK
def _pairs(text: str) -> dict[str, str]:
    pairs = {}
    for part in str(text).replace("\n", ";").split(";"):
        if part.strip():
            key, sep, value = part.partition("=")
            if not sep:
                raise ValueError(f"'{part.strip()}' harus berbentuk NAMA=angka")
            pairs[key.strip()] = value.strip()
    return pairs


def parse_deadline_days(text: str) -> dict[str, int]:
    return DEFAULT_DEADLINE_DAYS | {k: int(v) for k, v in _pairs(text).items()}


def parse_per_tps(text: str) -> dict[str, float]:
    return DEFAULT_PER_TPS | {
        k.upper(): float(v.replace(",", ".")) for k, v in _pairs(text).items()
    }


def check_deadline_days(value: Any) -> str | None:
    try:
        days = parse_deadline_days(value) if isinstance(value, str) else dict(value)
    except ValueError as error:
        return str(error)
    unknown = [k for k in days if k not in LEVELS]
    if unknown:
        return f"Tingkat tidak dikenal: {', '.join(unknown)}. Pilihan: {', '.join(LEVELS)}."
    if any(not 0 <= d <= 120 for d in days.values()):
        return "Jumlah hari sebelum pemungutan suara harus antara 0 dan 120."
    return None


def check_per_tps(value: Any) -> str | None:
    try:
        rules = parse_per_tps(value) if isinstance(value, str) else dict(value)
    except ValueError as error:
        return str(error)
    if SURAT_SUARA in rules:
        return "Surat suara mengikuti DPT + cadangan, bukan aturan per TPS."
    if any(not 0 <= n <= 10_000 for n in rules.values()):
        return "Jumlah per TPS harus antara 0 dan 10.000."
    return None


def format_pairs(values: dict[str, float | int]) -> str:
    return "; ".join(f"{k}={_num(v)}" for k, v in values.items())


def _num(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")
