"""The commands of SPEC section 11, run without a window on the same services."""

from __future__ import annotations

import logging
import sys
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app.logging_setup import configure as configure_logging
from app.logging_setup import log_file
from app.services.core.errors import DomainError, os_reason

log = logging.getLogger(__name__)
#: Row errors printed by ``import``; the rest are counted.
ERRORS_SHOWN = 200


def _out(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _settings_url(args: Namespace) -> str:
    """This PC's chosen database, wanted only when the command names none (``--demo`` and
    ``--db`` do; reading the setting loads Qt, a tenth of a short command's time)."""
    if args.demo or (args.db or "").strip():
        return ""
    from app.settings import Settings

    return Settings().get("db/url")


def _url(args: Namespace) -> str:
    from app.startup import database_url

    return database_url(args.db, _settings_url(args), args.demo)


#: The databases the running command opened, closed when it ends (``run_command``).
_opened: list = []


def _open(args: Namespace):
    from app.services.core.db import require_existing
    from app.startup import open_desk

    if args.command != "init" and not args.demo:  # only init creates a database
        require_existing(_url(args))
    opened = open_desk(args.db, _settings_url(args), args.demo, args.reset)
    _opened.append(opened.db)
    return opened


def cmd_init(args: Namespace) -> int:
    from app.services.admin import opening as desk
    from app.services.desk import seeding

    opened = _open(args)
    with opened.db.uow(opened.user) as uow:
        seeding.seed(uow, args.province)
    info = desk.info(opened.db)
    _out(f"Basis data siap: {info.url_description}")
    _out(f"Provinsi {info.province_name} ({info.province_code}); zona waktu {info.timezone}.")
    return 0


def cmd_check(args: Namespace) -> int:
    from app.services.admin import checks

    opened = _open(args)
    if getattr(args, "rebuild", False):
        from app.services.core.formatting import number
        from app.services.logistik import diterima

        with opened.db.uow(opened.user) as uow:
            count = diterima.rebuild(uow)
        _out(f"Ringkasan barang diterima disusun ulang dari baris pengiriman ({number(count)} baris).")
    results = checks.run_all(opened.db)
    for result in results:
        _out(f"[{'OK' if result.ok else 'GAGAL'}] {result.name}: {result.detail}")
    failed = [r for r in results if not r.ok]
    if failed:
        _err(f"{len(failed)} pemeriksaan gagal.")
        return 1
    _out("Semua pemeriksaan lulus.")
    return 0


def cmd_template(args: Namespace) -> int:
    from app.services import registers

    target = Path(args.file)
    if target.suffix.lower() != ".xlsx":
        raise DomainError("Templat ditulis sebagai .xlsx; beri nama berkas berakhiran .xlsx.")
    spec = registers.import_spec(args.jenis)
    if registers.template_needs_database(args.jenis):  # lists the desk's categories, contests ...
        opened = _open(args)
        with opened.db.uow(opened.user) as uow:
            registers.write_template(uow, args.jenis, target)
    else:
        registers.write_template(None, args.jenis, target)
    _out(f"Templat {spec.title} ditulis: {target}")
    return 0


def cmd_import(args: Namespace) -> int:
    from app.services import registers
    from app.services.importing import engine

    spec = registers.import_spec(args.jenis)
    opened = _open(args)
    with opened.db.uow(opened.user) as uow:
        checked = engine.preview(uow, spec, Path(args.file), {"pemilihan": args.pemilihan})
    _out(
        f"{checked.total_rows} baris dibaca: {len(checked.valid)} valid, {checked.error_rows} bermasalah."
    )
    for warning in checked.warnings:
        _out(f"Perhatian: {warning}")
    for error in checked.errors[:ERRORS_SHOWN]:
        _err(f"Baris {error.row}, kolom {error.column or '-'}: {error.reason}")
    more = len(checked.errors) + checked.errors_not_kept - ERRORS_SHOWN
    if more > 0:
        _err(f"… dan {more} kesalahan lain (daftar lengkap: halaman Data, Impor, lalu Simpan "
             "daftar kesalahan).")  # fmt: skip
    if checked.errors:
        _err(
            "Tidak ada yang disimpan: perbaiki baris bermasalah lalu ulangi (impor lewat baris perintah "
            "bersifat semua atau tidak sama sekali)."
        )
        return 1
    if args.dry_run:
        _out("Pemeriksaan saja (--dry-run): tidak ada yang disimpan.")
        return 0
    with opened.db.uow(opened.user) as uow:
        outcome = engine.commit(uow, spec, checked)
    _out(f"Impor selesai: {outcome.summary()}")
    return 0


def cmd_data(args: Namespace) -> int:
    from app.cli.data import run

    return run(args, _open, _out, _err)


def cmd_brief(args: Namespace) -> int:
    from app.cli.brief import cmd_brief as write_brief

    return write_brief(args, _open(args), _out, _err)


def cmd_ringkasan(args: Namespace) -> int:
    from app.cli.summary import cmd_ringkasan as summary

    return summary(args, _open(args), _out)


def cmd_peringatan(args: Namespace) -> int:
    from app.cli.peringatan import cmd_peringatan as alerts

    return alerts(args, _open(args), _out)


def cmd_export(args: Namespace) -> int:
    from app.services import registers
    from app.services.exporting.table import check_format

    target = Path(args.file)
    check_format(target)
    registers.export_spec(args.jenis)  # refuse an unknown register before opening the database
    options: dict[str, object] = {}
    if args.pemilihan:
        options["pemilihan"] = args.pemilihan
    if args.data_pribadi:
        options["data_pribadi"] = True
    opened = _open(args)
    with opened.db.uow(opened.user) as uow:
        done = registers.export(uow, args.jenis, target, options)
    _out(f"{done.title}: {done.rows} baris diekspor ke {done.path}")
    return 0


def cmd_later(args: Namespace) -> int:
    _err(f"Perintah '{args.command}' belum tersedia pada versi ini.")
    return 1


COMMANDS: dict[str, Callable[[Namespace], int]] = {
    "init": cmd_init,
    "check": cmd_check,
    "template": cmd_template,
    "import": cmd_import,
    "export": cmd_export,
    "brief": cmd_brief,
    "ringkasan": cmd_ringkasan,
    "peringatan": cmd_peringatan,
    "backup": cmd_data,
    "restore": cmd_data,
    "package": cmd_data,
}


def _explain_database(error: BaseException, args: Namespace) -> str | None:
    from app.services.core.db import explain_database_error

    try:
        url = _url(args)
    except Exception:  # noqa: BLE001 - the explanation must not fail in turn
        url = ""
    return explain_database_error(error, url)


#: What a command needs loaded before it works, beyond opening the desk: loaded while the
#: garbage collector waits (``app.collector``); anything else loads as it is used.
WORKING_MODULES = {
    "brief": ("app.services.briefs.build", "app.services.briefs.register",
              "app.services.peringatan.engine"),
    "ringkasan": ("app.services.dasbor.ringkasan", "app.services.peringatan.engine"),
    "peringatan": ("app.services.peringatan.engine",),
}  # fmt: skip


def _load_working_modules(command: str) -> None:
    import importlib

    from app import collector

    for name in ("app.startup", *WORKING_MODULES.get(command, ())):
        importlib.import_module(name)
    collector.loaded()


def run_command(args: Namespace) -> int:
    configure_logging()
    handler = COMMANDS.get(args.command, cmd_later)
    try:
        _load_working_modules(args.command)
        return handler(args)
    except DomainError as error:
        _err(str(error))
        return 1
    except KeyboardInterrupt:
        _err("Dihentikan.")
        return 1
    except OSError as error:  # a file or folder the user named: say which and why
        log.info("command %s: %r", args.command, error)
        where = f"{error.filename}: " if error.filename else ""
        _err(f"Perintah tidak dapat diselesaikan. {where}{os_reason(error)}.")
        return 1
    except SQLAlchemyError as error:  # a read-only file, a full disk, a server gone
        explained = _explain_database(error, args)
        if explained is None:
            log.exception("command %s failed", args.command)
            _err(f"Terjadi kesalahan yang tidak terduga. Rincian dicatat di {log_file()}")
        else:
            log.info("command %s: %r", args.command, error)
            _err(explained)
        return 1
    except Exception:  # a bug: the traceback goes to the log, the user gets where it is
        log.exception("command %s failed", args.command)
        _err(f"Terjadi kesalahan yang tidak terduga. Rincian dicatat di {log_file()}")
        return 1
    finally:
        from app.services.core.db import close_all

        close_all(_opened)
