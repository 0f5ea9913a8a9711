"""``desk-pilkada backup|restore|package``: backups and desk-to-desk packages without a
window (SPEC 11). Exit 0 success, 1 refused with a clear message, 2 wrong usage."""

from __future__ import annotations

import argparse
from argparse import Namespace
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from app.services.core.actor import Actor

#: The CLI is run by whoever may run programs on the desk PC (scheduled jobs, the
#: administrator); it acts as the system, like ``init``.
Print = Callable[[str], None]


def _day(text: str) -> date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"tanggal '{text}' tidak dikenali; tulis YYYY-MM-DD, mis. 2024-11-20"
    )


def add_parsers(commands) -> None:
    backup = commands.add_parser("backup", help="buat cadangan basis data yang konsisten")
    backup.add_argument(
        "--to", metavar="DIR", help="folder tujuan (bawaan: folder 'cadangan' di folder data)"
    )
    restore = commands.add_parser("restore", help="periksa lalu pulihkan basis data dari cadangan")
    restore.add_argument(
        "file", metavar="FILE", help="berkas cadangan (.sqlite, atau .dump untuk PostgreSQL)"
    )
    package = commands.add_parser("package", help="paket pertukaran antar-desk (.deskpkg)")
    actions = package.add_subparsers(dest="package_command", metavar="export|import", required=True)
    export = actions.add_parser("export", help="tulis paket data yang berubah")
    export.add_argument("--out", required=True, metavar="FILE.deskpkg")
    export.add_argument(
        "--since", type=_day, metavar="YYYY-MM-DD",
        help="data yang berubah sejak tanggal ini (bawaan: sejak paket terakhir)",
    )  # fmt: skip
    take = actions.add_parser("import", help="periksa lalu gabungkan paket dari desk lain")
    take.add_argument("file", metavar="FILE.deskpkg")
    take.add_argument("--dry-run", action="store_true", help="hanya periksa dan tampilkan hasilnya")


def run(args: Namespace, open_desk: Callable[[Namespace], object], out: Print, err: Print) -> int:
    if args.command == "backup":
        return _backup(args, open_desk(args), out)
    if args.command == "restore":
        return _restore(args, out)
    if args.package_command == "export":
        return _export(args, open_desk(args), out)
    return _import(args, open_desk(args), out, err)


def _backup(args: Namespace, opened, out: Print) -> int:
    from app.services.admin import backup

    outcome = backup.manual(opened.db, Actor(opened.user), Path(args.to) if args.to else None)
    out(outcome.summary())
    return 0


def _restore(args: Namespace, out: Print) -> int:
    from app.services.admin import restore
    from app.services.core.db import open_database, require_existing
    from app.settings import Settings
    from app.startup import database_url

    url = database_url(args.db, Settings().get("db/url"), args.demo)
    require_existing(url)  # a restore replaces a desk database; init makes a new one
    db = open_database(url)
    try:
        outcome = restore.restore_and_reopen(db, Path(args.file), Actor(_login_name()))
    finally:
        db.dispose()
    out(outcome.check.describe())
    out(outcome.summary())
    return 0


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows setups
        return "sistem"


def _export(args: Namespace, opened, out: Print) -> int:
    from app.services import exchange
    from app.services.core.clock import desk_clock

    with opened.db.uow(opened.user) as uow:
        result = exchange.export_package(uow, Path(args.out), start=args.since)
        tz = desk_clock(uow).tz

    def shown(moment: datetime | None) -> str:
        return moment.astimezone(tz).strftime("%d/%m/%Y %H.%M %Z") if moment else "awal data"

    out(f"Periode: {shown(result.range_start)} s.d. {shown(result.range_end)}")
    out(result.summary())
    return 0


def _import(args: Namespace, opened, out: Print, err: Print) -> int:
    from app.services import exchange
    from app.services.core.clock import desk_clock

    with opened.db.uow(opened.user) as uow:
        tz = desk_clock(uow).tz
        result = exchange.import_package(uow, Path(args.file), dry_run=args.dry_run)
    out(result.summary())
    for table in result.tables:
        out(
            f"  {table.label}: {table.added} baru, {table.updated} diperbarui, "
            f"{table.unchanged} sudah sama, {table.kept} versi desk ini dipertahankan"
        )
    for note in result.notes:
        out(f"  Catatan: {note}")
    for conflict in result.conflicts:
        err(f"Konflik: {describe_conflict(conflict, tz)}")
    if args.dry_run:
        out("Pemeriksaan saja (--dry-run): tidak ada yang disimpan.")
    return 0


def describe_conflict(conflict, tz) -> str:
    """One line a person can act on: what, both versions, which one stays."""
    kept = "versi paket dipakai" if conflict.taken else "versi desk ini dipertahankan"
    fields = ", ".join(conflict.fields) or "isi"

    def when(by: str, at: datetime) -> str:
        return f"{by or '-'} {at.astimezone(tz).strftime('%d/%m/%Y %H.%M %Z')}"

    return (
        f"{conflict.label} {conflict.name}: {fields} berbeda (desk ini: "
        f"{when(conflict.local_by, conflict.local_at)}; paket: "
        f"{when(conflict.incoming_by, conflict.incoming_at)}); {kept}."
    )
