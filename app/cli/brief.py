"""``desk-pilkada brief``: write a brief from the command line (scheduled jobs, scripts).

By default the brief is issued like in the app — numbered, stored in the register with
its SHA-256, audited — and a copy is written to ``--out``. ``--konsep`` writes an
unnumbered draft instead. Reconciliation failures stop the command (exit 1) unless
``--akui ALASAN`` acknowledges them; the reason goes to the audit log.
"""

from __future__ import annotations

import argparse
import shutil
from argparse import Namespace
from datetime import date
from pathlib import Path

from app.services.briefs.request import JENIS
from app.services.briefs.rules import CLASSIFICATIONS
from app.services.core.errors import DomainError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tanggal '{text}' tidak valid; tulis YYYY-MM-DD"
        ) from None


def add_parser(commands) -> None:
    brief = commands.add_parser(
        "brief", help="tulis laporan PDF resmi (harian, mingguan, khusus, nota dinas)"
    )
    brief.add_argument(
        "--type", dest="jenis", choices=JENIS, default="harian", help="jenis laporan"
    )
    brief.add_argument("--date", dest="day", type=_day, help="YYYY-MM-DD; bawaan: hari ini di desk")
    brief.add_argument("--out", metavar="FILE.pdf", help="berkas PDF yang ditulis")
    brief.add_argument(
        "--verifikasi", metavar="NOMOR", default="",
        help="periksa laporan terbit: berkasnya (SHA-256) dan angkanya dibangun ulang per saat datanya",
    )  # fmt: skip
    brief.add_argument("--pemilihan", type=int, help="batasi pada satu pemilihan (ID)")
    brief.add_argument("--insiden", default="", metavar="NOMOR", help="khusus: nomor insiden")
    brief.add_argument("--uraian-file", metavar="FILE.txt", help="khusus: uraian topik (teks)")
    brief.add_argument("--hal", default="", help="isi Hal; bawaan menurut jenis dan tanggal")
    brief.add_argument("--kesimpulan", default="", help="kesimpulan desk (satu butir per baris)")
    brief.add_argument("--rekomendasi", default="", help="rekomendasi desk (satu butir per baris)")
    brief.add_argument("--klasifikasi", choices=CLASSIFICATIONS, help="bawaan: pengaturan desk")
    brief.add_argument(
        "--konsep", action="store_true", help="konsep tanpa nomor; tidak dicatat di register"
    )
    brief.add_argument(
        "--akui",
        metavar="ALASAN",
        default="",
        help="terbitkan meski pemeriksaan rekonsiliasi gagal; alasan dicatat di log audit",
    )


def cmd_brief(args: Namespace, opened, out, err) -> int:
    from app.services.briefs import build, register
    from app.services.briefs.request import BriefRequest
    from app.services.core.clock import desk_clock

    if args.verifikasi.strip():
        return _verify(args.verifikasi.strip(), opened, out, err)
    if not args.out:
        err("pemakaian: desk-pilkada brief … --out FILE.pdf (atau --verifikasi NOMOR)")
        return 2
    target = Path(args.out)
    if target.suffix.lower() != ".pdf":
        raise DomainError("Laporan ditulis sebagai PDF; beri nama berkas berakhiran .pdf.")
    if not target.parent.is_dir():
        raise DomainError(f"Folder tujuan tidak ada: {target.parent}")
    uraian = Path(args.uraian_file).read_text(encoding="utf-8") if args.uraian_file else ""
    with opened.db.uow(opened.user) as uow:
        day = args.day or desk_clock(uow).today()
    request = BriefRequest(
        jenis=args.jenis, day=day, pemilihan_id=args.pemilihan, insiden_number=args.insiden,
        uraian=uraian, hal=args.hal, kesimpulan=args.kesimpulan.replace("\\n", "\n"),
        rekomendasi=args.rekomendasi.replace("\\n", "\n"), classification=args.klasifikasi or "",
    )  # fmt: skip
    if args.konsep:
        with opened.db.uow(opened.user) as uow:
            draft = build.preview(uow, request)
        target.write_bytes(draft.pdf)
        for failure in draft.failures:
            err(f"Ketidaksesuaian: {failure}")
        out(f"Konsep laporan (tanpa nomor) ditulis: {target}")
        return 0
    with opened.db.uow(opened.user) as uow:
        failures = build.collect(uow, request).failures
    if failures and not args.akui.strip():
        for failure in failures:
            err(f"Ketidaksesuaian: {failure}")
        err('Laporan tidak diterbitkan: perbaiki datanya, atau ulangi dengan --akui "ALASAN".')
        return 1
    with opened.db.uow(opened.user) as uow:
        issued = register.issue(uow, request, acknowledged=failures, reason=args.akui)
    if issued.path.resolve() != target.resolve():
        shutil.copyfile(issued.path, target)
    out(f"Laporan {issued.number} diterbitkan: {target}")
    out(f"SHA-256 {issued.sha256}; arsip {issued.path}")
    return 0


def _verify(number: str, opened, out, err) -> int:
    """The issued brief's file against its SHA-256, and its figures rebuilt as of its
    snapshot against what it printed; exit 1 when either differs."""
    from sqlalchemy import select

    from app.models.laporan import Laporan
    from app.services.briefs import register, verify

    with opened.db.uow(opened.user) as uow:
        found = uow.session.scalar(
            select(Laporan.id).where(Laporan.number == number, Laporan.archived.is_(False))
        )
        if found is None:
            raise DomainError(f"Laporan bernomor {number} tidak ada di register.")
        file_check = register.verify(uow, found)
        figures = verify.check_figures(uow, found)
    (out if file_check.ok else err)(file_check.message())
    (out if figures.ok else err)(figures.message())
    return 0 if file_check.ok and figures.ok else 1


def self_test_brief(db, folder: Path) -> Path:
    """``--self-test``: a draft daily brief of the desk's today, written to ``folder``;
    fonts, layout and the sections' queries all run."""
    from app.services.briefs import build
    from app.services.briefs.request import BriefRequest
    from app.services.core.clock import desk_clock

    with db.uow("selftest") as uow:
        day = desk_clock(uow).today()
        pdf = build.preview(uow, BriefRequest("harian", day, kesimpulan="Uji mandiri.")).pdf
    if not (pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")):
        raise RuntimeError("laporan PDF uji mandiri tidak utuh")
    target = folder / "laporan-uji-mandiri.pdf"
    target.write_bytes(pdf)
    return target
