"""Entry point: parse the command line, then run a CLI command or open the window.

Exit status: 0 success, 1 the input or data was refused (clear Indonesian message),
2 wrong usage (argparse). A user mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import sys

from app import __version__, collector

#: The registers of ``template``, ``import`` and ``export`` (SPEC 11); anything else is a
#: usage error (exit 2).
JENIS = (
    "tahapan", "insiden", "pengiriman", "penerimaan", "kebutuhan", "sosialisasi", "partisipasi",
    "kerawanan",
)  # fmt: skip
JENIS_HELP = "jenis data: " + ", ".join(JENIS)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: the options that open the window alone
    (building every command's parser costs the window's start ~60 ms)."""
    from app.cli.words import install

    install()
    parser = argparse.ArgumentParser(
        prog="desk-pilkada",
        description="Desk Pilkada — pemantauan Pilkada untuk Kesbangpol. Tanpa perintah: membuka aplikasi.",
    )
    parser.add_argument(
        "--version", action="version", version=f"Desk Pilkada {__version__}",
        help="tampilkan versi program lalu keluar",
    )  # fmt: skip
    parser.add_argument(
        "--db", metavar="URL", help="alamat basis data (mis. postgresql://user@host/desk)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="pakai basis data contoh tersendiri (DATA CONTOH)"
    )
    parser.add_argument(
        "--reset", action="store_true", help="bersama --demo: bangun ulang basis data contoh"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="uji mandiri: basis data sementara, migrasi, jendela utama; keluar 0",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    init = commands.add_parser("init", help="buat/migrasikan basis data dan isi data acuan")
    init.add_argument(
        "--province", default="36", help="kode provinsi Kemendagri (bawaan 36, Banten)"
    )
    check = commands.add_parser("check", help="periksa integritas, versi skema, dan rekonsiliasi")
    check.add_argument(
        "--susun-ulang", dest="rebuild", action="store_true",
        help="susun ulang ringkasan barang diterima dari baris pengiriman sebelum memeriksa",
    )  # fmt: skip
    template = commands.add_parser("template", help="tulis templat impor .xlsx")
    template.add_argument("jenis", choices=JENIS, metavar="JENIS", help=JENIS_HELP)
    template.add_argument("file", metavar="FILE.xlsx")
    imp = commands.add_parser(
        "import", help="periksa dan impor berkas .xlsx/.csv (semua atau tidak sama sekali)"
    )
    imp.add_argument("jenis", choices=JENIS, metavar="JENIS", help=JENIS_HELP)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="hanya periksa, jangan simpan")
    imp.add_argument(
        "--pemilihan", default="semua", help="tahapan: ID pemilihan tujuan, atau 'semua' (bawaan)"
    )
    export = commands.add_parser("export", help="ekspor register ke .xlsx/.csv (menurut akhiran)")
    export.add_argument("jenis", choices=JENIS, metavar="JENIS", help=JENIS_HELP)
    export.add_argument("file", metavar="FILE")
    export.add_argument("--pemilihan", help="tahapan: ID pemilihan (bawaan: yang pertama)")
    export.add_argument(
        "--data-pribadi", action="store_true", help="insiden: telepon pelapor apa adanya"
    )
    from app.cli.data import add_parsers as add_data

    add_data(commands)
    from app.cli.brief import add_parser as add_brief
    from app.cli.peringatan import add_parser as add_peringatan
    from app.cli.summary import add_parser as add_summary

    add_brief(commands)
    add_summary(commands)
    add_peringatan(commands)
    return parser


LATER: tuple[str, ...] = ()


def _unicode_output() -> None:
    """Output redirected to a file or pipe (scheduled jobs, scripts) uses the ANSI code page
    on Windows, where a '≥' or '—' in a message would make print() fail."""
    for stream in (sys.stdout, sys.stderr):  # None in a windowed program
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


#: The window's own options, written out in full.
WINDOW_FLAGS = ("--demo", "--reset", "--self-test")


def _window_only(words: list[str]) -> bool:
    """Only the options that open the window, each written out (``--db URL`` or
    ``--db=URL``): anything else — a command, an abbreviation, help, a mistake — is read
    by the whole command line, as it always was."""
    value_next = False
    for word in words:
        if value_next:
            value_next = False
        elif word == "--db":
            value_next = True
        elif not (word in WINDOW_FLAGS or word.startswith("--db=")):
            return False
    return not value_next


def main(argv: list[str] | None = None) -> int:
    _unicode_output()
    words = sys.argv[1:] if argv is None else argv
    if _window_only(words):
        parser, extra = None, []
        args = build_parser(commands=False).parse_args(words)
    else:
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
    if extra and args.command not in LATER:
        assert parser is not None
        parser.error(f"argumen tidak dikenal: {' '.join(extra)}")
    if args.reset and not args.demo:
        print("--reset hanya dapat dipakai bersama --demo.", file=sys.stderr)
        return 2
    if args.self_test:
        from app.cli.self_test import run_self_test

        return run_self_test()
    if args.command:
        from app.cli.commands import run_command

        code = run_command(args)
        collector.exiting()
        return code
    from app.bootstrap import run_gui

    return run_gui(args)


def entry() -> int:
    """The process's entry (``python -m app``, the ``desk-pilkada`` script, the installed
    program): ``main``, with the garbage collector set for a process that starts, loads its
    modules, works and exits (``app.collector``)."""
    collector.loading()
    return main()


if __name__ == "__main__":
    sys.exit(entry())
