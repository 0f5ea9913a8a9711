"""argparse's own words in Indonesian: "pemakaian", "kesalahan", "pilihan tidak sah" …

argparse takes every text it prints through ``gettext``; the command line replaces that
lookup with this table, so a usage error reads as one language with the app's messages.
Texts not in the table (a newer Python's new wording) stay as argparse wrote them.
"""

from __future__ import annotations

import argparse

WORDS = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "optional arguments": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak dikenal: %(value)r (pilih salah satu: %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "pilihan tidak dikenal: %(value)r, mungkin maksudnya %(closest)r? "
        "(pilih salah satu: %(choices)s)",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected one argument": "butuh satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "butuh paling sedikit satu nilai",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi %(option)s tidak jelas, bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "can't open '%(filename)s': %(error)s": "berkas '%(filename)s' tidak dapat dibuka: %(error)s",
    "unexpected option string: %s": "opsi tak terduga: %s",
    "%(prog)s: error: ": "%(prog)s: kesalahan: ",
}  # fmt: skip


def _gettext(message: str) -> str:
    return WORDS.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "butuh %s nilai"
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak Indonesian (idempotent)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
