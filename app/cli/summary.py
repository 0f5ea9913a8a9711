"""``desk-pilkada ringkasan [--date D] [--json]``: the dashboard's figures as of the end
of D (default now), per kab/kota and for the province (SPEC 11, 14)."""

from __future__ import annotations

import json
from argparse import Namespace

from app.cli.brief import _day


def add_parser(commands) -> None:
    summary = commands.add_parser(
        "ringkasan", help="angka dasbor per kab/kota dan provinsi, per akhir suatu tanggal"
    )
    summary.add_argument(
        "--date", dest="day", type=_day, metavar="YYYY-MM-DD",
        help="angka per akhir tanggal ini (bawaan: saat ini)",
    )  # fmt: skip
    summary.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")


def cmd_ringkasan(args: Namespace, opened, out) -> int:
    from app.services.dasbor import ringkasan

    with opened.db.uow(opened.user) as uow:
        found = ringkasan.ringkasan(uow, args.day)
    if args.json:
        out(json.dumps(found.data, ensure_ascii=False, indent=2))
    else:
        out(ringkasan.as_text(found))
    return 0
