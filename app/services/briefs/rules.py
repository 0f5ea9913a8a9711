"""Checks on the brief settings (kop, signer, numbering, paper) and the number format.
Pure functions with no imports from the app, so ``services.pengaturan`` can declare the
settings with them without an import cycle."""

from __future__ import annotations

import base64
import binascii
import re
import string

PAPERS = {"F4": (215.0, 330.0), "A4": (210.0, 297.0)}  # millimetres
CLASSIFICATIONS = ("Biasa", "Terbatas", "Rahasia", "Sangat Rahasia")
URGENCIES = ("Biasa", "Segera", "Sangat Segera")
PLACEHOLDERS = ("kode", "nomor", "unit", "tahun", "bulan")
LOGO_MAX_BYTES = 300 * 1024
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def line_problem(value: str, limit: int = 120) -> str | None:
    if "\n" in value:
        return "Isi dalam satu baris."
    return None if len(value) <= limit else f"Paling panjang {limit} karakter."


def long_line_problem(value: str) -> str | None:
    return line_problem(value, 240)


def lines_problem(value: str) -> str | None:
    lines = [line for line in value.splitlines() if line.strip()]
    if len(lines) > 15:
        return "Paling banyak 15 baris."
    too_long = next((line for line in lines if len(line) > 300), None)
    return "Setiap baris paling panjang 300 karakter." if too_long else None


def pattern_problem(value: str) -> str | None:
    try:
        names = [
            name
            for _text, name, _spec, _conv in string.Formatter().parse(value)
            if name is not None
        ]
    except ValueError:
        return "Kurung kurawal tidak berpasangan."
    unknown = sorted(set(names) - set(PLACEHOLDERS))
    if unknown:
        allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        return f"Bagian tidak dikenal: {', '.join(unknown)}. Yang dapat dipakai: {allowed}."
    if "nomor" not in names:
        return "Pola harus memuat {nomor} (nomor urut) agar setiap laporan bernomor unik."
    return line_problem(value, 80)


def number_part_problem(value: str) -> str | None:
    if re.search(r"[{}\s]", value.strip()):
        return "Tanpa spasi atau kurung kurawal."
    return line_problem(value, 30)


def format_number(pattern: str, *, kode: str, nomor: int, unit: str, tahun: int, bulan: int) -> str:
    """``{kode}/{nomor}/{unit}/{tahun}`` → ``200.2/0007/Kesbangpol/2024``."""
    return pattern.format(
        kode=kode.strip(),
        nomor=f"{nomor:04d}",
        unit=unit.strip(),
        tahun=tahun,
        bulan=_ROMAN[bulan - 1],
    )


def nip_problem(value: str) -> str | None:
    digits = value.replace(" ", "")
    if not digits:
        return None
    if not digits.isdigit() or len(digits) != 18:
        return "NIP terdiri dari 18 angka."
    return None


def email_problem(value: str) -> str | None:
    if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        return "Alamat pos-el tidak valid."
    return line_problem(value, 80)


def postal_problem(value: str) -> str | None:
    return None if not value or re.fullmatch(r"\d{5}", value) else "Kode pos terdiri dari 5 angka."


def paper_problem(value: str) -> str | None:
    return None if value in PAPERS else "Pilih F4 atau A4."


def margin_problem(value: float) -> str | None:
    return None if 1.0 <= value <= 6.0 else "Isi antara 1 dan 6 cm."


def font_size_problem(value: int) -> str | None:
    return None if 9 <= value <= 14 else "Isi antara 9 dan 14 pt."


def spacing_problem(value: float) -> str | None:
    return None if 1.0 <= value <= 2.0 else "Isi antara 1,0 dan 2,0."


def classification_problem(value: str) -> str | None:
    return None if value in CLASSIFICATIONS else f"Pilih salah satu: {', '.join(CLASSIFICATIONS)}."


def logo_bytes(value: str) -> bytes:
    """The stored logo (base64) as bytes; empty for none."""
    if not value:
        return b""
    return base64.b64decode(value.encode("ascii"), validate=True)


def logo_problem(value: str) -> str | None:
    try:
        data = logo_bytes(value)
    except (binascii.Error, ValueError):
        return "Logo tersimpan rusak; pilih berkas logo lagi."
    if not data:
        return None
    if len(data) > LOGO_MAX_BYTES:
        return f"Berkas logo paling besar {LOGO_MAX_BYTES // 1024} KB."
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return "Logo harus berupa gambar PNG atau JPEG."
    return None
