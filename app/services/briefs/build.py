"""Building a brief: check the request, read every section in one snapshot, run the
reconciliation checks, and lay the document out. ``preview`` is the Laporan page's use
case (no number, marked KONSEP); ``register.issue`` numbers, stores and audits."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from app.models import Pemilihan, Wilayah
from app.models.wilayah import LEVEL_KABKOTA
from app.services.briefs import numbering, reconcile, rules, sections
from app.services.briefs import settings as brief_settings
from app.services.briefs.blocks import Bullets, Para, SectionContent
from app.services.briefs.document import BriefDocument, RenderedSection
from app.services.briefs.reconcile import CheckResult
from app.services.briefs.render import render
from app.services.briefs.request import JENIS, KHUSUS, NOTA, BriefRequest
from app.services.briefs.scope import BriefScope, previous_brief
from app.services.core import formatting
from app.services.core.clock import desk_clock
from app.services.core.errors import NotFound, ValidationError
from app.services.core.formatting import short_contest
from app.services.core.progress import Progress
from app.services.core.uow import UnitOfWork
from app.services.insiden.rules import past
from app.services.insiden.stats import StatsFilter
from app.services.tahapan import records as tahapan

TEXT_LIMIT = 20_000


def validate(request: BriefRequest, today) -> None:
    if request.jenis not in JENIS:
        raise ValidationError(f"Jenis laporan tidak dikenal: {request.jenis}.", field="jenis")
    if request.day > today:
        raise ValidationError(
            f"Tanggal laporan ({formatting.medium_date(request.day)}) tidak boleh setelah hari ini.",
            field="day",
        )
    if request.classification and request.classification not in rules.CLASSIFICATIONS:
        raise ValidationError(
            f"Klasifikasi tidak dikenal: {request.classification}.", field="classification"
        )
    if request.urgency not in rules.URGENCIES:
        raise ValidationError(f"Sifat tidak dikenal: {request.urgency}.", field="urgency")
    if len(request.hal) > 300:
        raise ValidationError("Hal paling panjang 300 karakter.", field="hal")
    if len(request.lampiran) > 100:
        raise ValidationError("Lampiran paling panjang 100 karakter.", field="lampiran")
    for name, text in (("kesimpulan", request.kesimpulan), ("rekomendasi", request.rekomendasi),
                       ("uraian", request.uraian)):  # fmt: skip
        if len(text) > TEXT_LIMIT:
            raise ValidationError(
                f"Teks {name} paling panjang {TEXT_LIMIT:,} karakter.".replace(",", "."), field=name
            )
    allowed = sections.default_keys(request.jenis)
    unknown = [k for k in request.sections or () if k not in allowed]
    if unknown:
        raise ValidationError(
            f"Bagian {', '.join(unknown)} tidak ada pada jenis laporan ini.", field="sections"
        )
    if request.jenis == KHUSUS and not (request.insiden_number.strip() or request.uraian.strip()):
        raise ValidationError(
            "Laporan Khusus memerlukan nomor insiden atau uraian topik.", field="insiden_number"
        )


def make_scope(uow: UnitOfWork, request: BriefRequest, at: datetime | None = None) -> BriefScope:
    """What the brief reads: its figures *as of* the end of its date (or now when the date
    is today; SPEC 14), so a brief for an earlier day says what the desk knew then."""
    clock = desk_clock(uow)
    now = clock.now_utc()
    validate(request, now.astimezone(clock.tz).date())
    snapshot = at or clock.as_of(request.day)
    as_of = past(snapshot, now)
    today = snapshot.astimezone(clock.tz).date()
    contests = tuple(tahapan.list_pemilihan(uow))
    wilayah_code = ""
    if request.pemilihan_id is not None:
        contest = uow.session.get(Pemilihan, request.pemilihan_id)
        if contest is None or contest.archived:
            raise NotFound("Pemilihan tidak ditemukan; muat ulang daftar pemilihan.")
        contests = tuple(c for c in contests if c.id == contest.id)
        region = uow.session.get(Wilayah, contest.wilayah_id)
        if region is not None and region.level >= LEVEL_KABKOTA:
            wilayah_code = region.code
    start, end = request.period
    return BriefScope(
        request=request,
        settings=brief_settings.load(uow),
        stats=StatsFilter(start, end, wilayah_code=wilayah_code, as_of=as_of),
        now=snapshot,
        tz=clock.tz,
        today=today,
        contests=contests,
        previous=previous_brief(uow, request, snapshot),
        as_of=as_of,
        issued_on=now.astimezone(clock.tz).date(),
    )


@dataclass(frozen=True)
class Built:
    document: BriefDocument
    contents: dict[str, SectionContent]
    checks: tuple[CheckResult, ...]
    scope: BriefScope

    @property
    def failures(self) -> tuple[str, ...]:
        """Data-consistency failures: to acknowledge before issuing."""
        return reconcile.failures(self.checks)

    @property
    def findings(self) -> tuple[str, ...]:
        """Readiness findings: reported, offered for the conclusions, never a gate."""
        return reconcile.findings(self.checks)

    def summary_json(self) -> str:
        """Stored with the issued brief: the next one's "Perubahan sejak laporan terakhir"."""
        from app.services.briefs import verify

        shown = [s.key for s in self.document.sections]
        data = {
            "snapshot_at": self.scope.now.isoformat(),
            "figures": reconcile.figures(self.contents),
            "sections": {k: c.summary for k, c in self.contents.items() if c.summary},
            # What it printed and what made it: "Buka dan verifikasi" rebuilds and compares.
            "request": verify.request_data(self.scope.request),
            "printed": verify.printed(self.contents, shown),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def _sifat(request: BriefRequest, classification: str) -> str:
    if request.urgency != "Biasa" and classification != "Biasa":
        return f"{classification}, {request.urgency}"
    return request.urgency if request.urgency != "Biasa" else classification


def _lampiran(request: BriefRequest) -> str:
    """What the Lampiran line says. A Nota Dinas covers the day's brief: it says so, and
    its Hal speaks of that attachment, so the two agree."""
    if request.lampiran.strip():
        return request.lampiran.strip()
    return "1 (satu) berkas" if request.jenis == NOTA else "-"


def collect(
    uow: UnitOfWork,
    request: BriefRequest,
    *,
    number: str = "",
    at: datetime | None = None,
    reporter: Progress | None = None,
) -> Built:
    reporter = reporter or Progress()
    reporter.report(0, 3, "Membaca data…")
    scope = make_scope(uow, request, at)
    contents = sections.build_all(uow, scope)
    reporter.report(1, 3, "Memeriksa kesesuaian angka…")
    wanted = (
        request.sections if request.sections is not None else sections.default_keys(request.jenis)
    )
    checks = reconcile.run(uow, contents, scope, frozenset(wanted))
    printed = tuple(
        RenderedSection(s.key, s.title, contents[s.key])
        for s in sections.SECTIONS
        if s.key in wanted and s.key in contents
    )
    s = scope.settings
    classification = request.classification or s.classification
    topic = ""
    if request.jenis == KHUSUS and request.insiden_number.strip():
        topic = f"insiden {request.insiden_number.strip().upper()}"
    scope_text = ""
    if request.pemilihan_id is not None and scope.contests:
        scope_text = f"Cakupan: {short_contest(scope.contests[0].name)}"
    document = BriefDocument(
        jenis=request.jenis,
        title=request.title,
        period_text=request.period_text(),
        number=number,
        issued_on=scope.issued_on or scope.today,
        sifat=_sifat(request, classification),
        lampiran=_lampiran(request),
        hal=request.hal.strip() or request.default_hal(topic),
        classification=classification,
        sections=printed,
        settings=s,
        snapshot_text=f"Data per {formatting.date_time(scope.now, scope.tz)}",
        scope_text=scope_text,
    )
    return Built(document, contents, checks, scope)


@dataclass(frozen=True)
class Preview:
    pdf: bytes
    checks: tuple[CheckResult, ...]
    failures: tuple[str, ...]
    findings: tuple[str, ...]
    number_example: str
    previous_number: str
    hal: str


def preview(uow: UnitOfWork, request: BriefRequest, reporter: Progress | None = None) -> Preview:
    """The brief as it would be issued now, without a number and marked KONSEP."""
    reporter = reporter or Progress()
    built = collect(uow, request, reporter=reporter)
    reporter.report(2, 3, "Menyusun PDF…")
    pdf = render(built.document)
    reporter.report(3, 3, "")
    return Preview(
        pdf=pdf,
        checks=built.checks,
        failures=built.failures,
        findings=built.findings,
        number_example=numbering.example(built.scope.settings, built.scope.issued_on or built.scope.today),
        previous_number=built.scope.previous.number if built.scope.previous else "",
        hal=built.document.hal,
    )


def preview_file(
    uow: UnitOfWork, request: BriefRequest, folder: str, reporter: Progress | None = None
) -> tuple[Preview, str]:
    """``preview`` written to a file in ``folder`` (the Laporan page shows it from there)."""
    import tempfile

    result = preview(uow, request, reporter)
    with tempfile.NamedTemporaryFile(
        "wb", suffix=".pdf", prefix="konsep-", dir=folder, delete=False
    ) as out:
        out.write(result.pdf)
    return result, out.name


def with_number(built: Built, number: str, reason: str = "", by: str = "") -> BriefDocument:
    """The issued document: its number, and — when data-consistency failures were
    acknowledged — a visible "Catatan pemeriksaan" with them and the reason (SPEC 7: the
    reader sees what the issuer overrode, not only the audit log)."""
    document = replace(built.document, number=number)
    if not built.failures:
        return document
    note = SectionContent((
        Para(f"Laporan ini diterbitkan meskipun pemeriksaan kesesuaian data menemukan hal berikut, "
             f"yang telah diakui oleh penerbit{f' ({by})' if by else ''} dengan alasan: "
             f"{reason.strip() or '-'}"),
        Bullets(tuple(built.failures)),
    ))  # fmt: skip
    catatan = RenderedSection("catatan_pemeriksaan", "Catatan Pemeriksaan Data", note)
    return replace(document, sections=(*document.sections, catatan))
