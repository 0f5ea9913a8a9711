"""``desk-pilkada peringatan [--date D] [--csv F]``: the early-warning alerts as of the end
of D (default now), each with the figures that raised it and its rule (SPEC 11, 15)."""

from __future__ import annotations

import argparse
from argparse import Namespace
from pathlib import Path

from app.cli.brief import _day


def _file(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("nama berkas kosong; tulis nama berkas .csv atau .xlsx")
    return Path(text)


def add_parser(commands) -> None:
    alerts = commands.add_parser(
        "peringatan",
        help="peringatan dini (lonjakan, titik panas, eskalasi, logistik) per suatu tanggal",
    )
    alerts.add_argument(
        "--date", dest="day", type=_day, metavar="YYYY-MM-DD",
        help="peringatan per akhir tanggal ini (bawaan: saat ini)",
    )  # fmt: skip
    alerts.add_argument(
        "--csv",
        dest="csv",
        metavar="FILE",
        type=_file,
        help="tulis juga daftar peringatan ke berkas .csv (atau .xlsx)",
    )


def cmd_peringatan(args: Namespace, opened, out) -> int:
    from app.services import peringatan
    from app.services.core import formatting
    from app.services.core.clock import desk_clock
    from app.services.core.errors import ValidationError
    from app.services.exporting.table import check_format, write
    from app.services.peringatan.export import as_text

    target = args.csv
    if target is not None:
        check_format(target)  # refuse a wrong file type before reading anything
    with opened.db.uow(opened.user) as uow:
        clock = desk_clock(uow)
        if args.day is not None and args.day > clock.today():
            raise ValidationError(
                f"Tanggal {formatting.medium_date(args.day)} belum terjadi: peringatan hanya "
                "untuk hari ini atau sebelumnya."
            )
        today = args.day is None or args.day >= clock.today()  # read as stored, not rebuilt
        hasil = peringatan.periksa(uow, clock.as_of(args.day), current=today)
    out(as_text(hasil, clock.tz))
    if target is not None:
        written = write(target, peringatan.export_table(hasil, clock.tz))
        out(f"{written} peringatan ditulis ke {target}")
    return 0
