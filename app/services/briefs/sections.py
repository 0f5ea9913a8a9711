"""The sections of a brief (SPEC 7), in print order, and which brief types carry them.

A section is one function ``(uow, scope) -> SectionContent`` that reads the shared
aggregation services. Two sections are composed from the others afterwards: Situasi umum
gathers their ``kpis`` and Perubahan sejak laporan terakhir their ``changes``.

Plugging in a data area later is one line: replace ``not_available(...)`` in ``SECTIONS``
by the area's section function (e.g. ``logistik_section``); its KPI lines, change lines,
figures for the reconciliation checks and its summary for the next brief come with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.services.briefs import numbers
from app.services.briefs.blocks import Bullets, Heading, KeyValues, Para, SectionContent
from app.services.briefs.insiden_section import gangguan, severity_name
from app.services.briefs.khusus_section import uraian
from app.services.briefs.logistik_section import logistik_section
from app.services.briefs.partisipasi_section import sosialisasi_section
from app.services.briefs.peringatan_section import peringatan_section
from app.services.briefs.request import HARIAN, KHUSUS, MINGGUAN, NOTA
from app.services.briefs.scope import BriefScope
from app.services.briefs.tahapan_section import tahapan_section
from app.services.core import formatting
from app.services.core.uow import UnitOfWork
from app.services.insiden import since as insiden_changes

SectionFn = Callable[[UnitOfWork, BriefScope], SectionContent]
ComposeFn = Callable[[UnitOfWork, BriefScope, Mapping[str, SectionContent]], SectionContent]
PERIODIC = frozenset({HARIAN, MINGGUAN})
CLOSING = "Demikian laporan ini disampaikan sebagai bahan pertimbangan dan arahan lebih lanjut."


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    #: Brief types that print this section (by default; the user may leave it out).
    jenis: frozenset[str]
    build: SectionFn | None = None
    compose: ComposeFn | None = None
    #: A data area whose KPI and change lines feed Situasi umum and Perubahan: built for
    #: every periodic brief and the Nota Dinas even when not printed.
    feeds_summary: bool = False


def not_available(area: str, what: str) -> SectionFn:
    """A data area not in this version of the app: an honest sentence, no figures."""
    sentence = f"Data {what} belum tersedia pada versi aplikasi ini."

    def build(_uow: UnitOfWork, _scope: BriefScope) -> SectionContent:
        return SectionContent(
            (Para(f"{sentence} Bagian ini akan terisi dari register {area}.", italic=True),),
            kpis=((what[0].upper() + what[1:], "data belum tersedia pada versi ini"),),
            changes=(sentence,),
            available=False,
        )

    build.available = False  # type: ignore[attr-defined]  # the Laporan page labels it
    return build


def available(spec: SectionSpec) -> bool:
    return getattr(spec.build, "available", True)


# -- sections that read no register ----------------------------------------------------


def dasar(_uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    items = scope.settings.dasar or ("Pemantauan Desk Pilkada.",)
    return SectionContent((Bullets(tuple(items)),))


def pengantar(_uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    text = (
        "Bersama ini kami sampaikan Laporan Harian Desk Pilkada tanggal "
        f"{scope.request.period_text()} (terlampir), dengan pokok-pokok sebagai berikut."
    )
    return SectionContent((Para(text),))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _points(text: str) -> list:
    lines = _lines(text)
    if not lines:
        return [Para("Belum diisi oleh desk.", italic=True)]
    return [Para(lines[0])] if len(lines) == 1 else [Bullets(tuple(lines))]


def kesimpulan(_uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    request = scope.request
    if request.jenis == NOTA:  # a memo: two short lines, no headings, no letter closing
        return SectionContent((
            Para(" ".join(_lines(request.kesimpulan)) or "Belum diisi oleh desk.", lead="Kesimpulan:"),
            Para(" ".join(_lines(request.rekomendasi)) or "Belum diisi oleh desk.", lead="Rekomendasi:"),
        ))  # fmt: skip
    blocks = [Heading("Kesimpulan"), *_points(request.kesimpulan)]
    blocks += [Heading("Rekomendasi"), *_points(request.rekomendasi)]
    if request.jenis != NOTA:  # a Nota Dinas is a memo: no letter closing
        blocks.append(Para(CLOSING))
    return SectionContent(tuple(blocks))


# -- composed sections -----------------------------------------------------------------


def situasi(
    uow: UnitOfWork, scope: BriefScope, built: Mapping[str, SectionContent]
) -> SectionContent:
    pairs: list[tuple[str, object]] = []
    voting = sorted({c.voting_date for c in scope.contests})
    if voting:
        upcoming = next((d for d in voting if d >= scope.today), voting[-1])
        pairs.append(("Hari pemungutan suara",
                      f"{formatting.long_date(upcoming)} ({formatting.countdown(scope.today, upcoming)})"))  # fmt: skip
    for spec in SECTIONS:
        if spec.key in built:
            pairs += built[spec.key].kpis
    if scope.request.jenis == NOTA:  # a memo: the few figures the Sekda reads first
        pairs = [p for p in pairs if p[0].startswith(NOTA_FIGURES)]
        # The attached brief states the percentage rule; the memo only points to it.
        return SectionContent((KeyValues(tuple(pairs), label_share=0.4),))
    return SectionContent((KeyValues(tuple(pairs)), Para(numbers.RULE, italic=True)))


#: The Situasi umum lines a Nota Dinas keeps (by label); the attached brief has the rest.
NOTA_FIGURES = (
    "Hari pemungutan suara", "Insiden masih ditangani", "Tindak lanjut melewati batas",
    "Kesiapan logistik",
)  # fmt: skip


def _listed(found: insiden_changes.Listed) -> str:
    """Newest first; never cut without saying how many more there are."""
    text = "; ".join(
        f"{i.number} ({severity_name(i.severity)}, {i.kategori}, {i.wilayah})" for i in found.items
    )
    return text + (f"; dan {formatting.number(found.more)} lainnya" if found.more else "")


def perubahan(
    uow: UnitOfWork, scope: BriefScope, built: Mapping[str, SectionContent]
) -> SectionContent:
    previous = scope.previous
    tz = scope.tz
    since = scope.since
    if previous is not None:
        intro = (f"Dibandingkan dengan laporan terakhir Nomor {previous.number} (data per "
                 f"{formatting.date_time(since, tz)}):")  # fmt: skip
    else:
        intro = ("Belum ada laporan sejenis yang diterbitkan sebelumnya; perubahan dihitung sejak awal "
                 f"periode ({formatting.date_time(since, tz)}):")  # fmt: skip
    changes = insiden_changes.changes_between(uow, scope.stats, since, scope.now,
                                              current=scope.as_of is None)  # fmt: skip
    lines = [
        f"Laporan insiden baru diterima (termasuk yang kemudian dinyatakan tidak valid): {formatting.number(changes.new)}",
        f"Insiden diteruskan ke instansi (ditindaklanjuti): {formatting.number(changes.escalated)}",
        f"Insiden selesai ditangani: {formatting.number(changes.closed)}",
        f"Laporan dinyatakan tidak valid: {formatting.number(changes.invalid)}",
        f"Insiden dibuka kembali: {formatting.number(changes.reopened)}",
    ]
    for label, items in (
        ("Insiden baru berkeparahan Tinggi/Kritis", changes.severe_new),
        ("Diteruskan (Tinggi/Kritis)", changes.severe_escalated),
        ("Selesai (Tinggi/Kritis)", changes.severe_closed),
    ):
        if items:
            lines.append(f"{label}: {_listed(items)}")
    basis = ("Laporan baru dihitung menurut waktu laporan diterima, perubahan status menurut waktu "
             "perubahannya; karena itu jumlahnya dapat berbeda dari bagian Gangguan dan Kerawanan, "
             "yang menghitung insiden menurut waktu kejadian.")  # fmt: skip
    blocks: list = [Para(intro), Heading("Insiden"), Para(basis), Bullets(tuple(lines))]
    for spec in SECTIONS:
        content = built.get(spec.key)
        if (
            content is not None
            and spec.feeds_summary
            and spec.key != "gangguan"
            and content.changes
        ):
            blocks += [Heading(spec.title), Bullets(content.changes, numbered=False)]
        elif content is not None and spec.key == "tahapan" and previous is None:
            blocks += [Heading(spec.title),
                       Para("Belum ada laporan sebelumnya sebagai pembanding; perubahan status tahapan "
                            "dilaporkan mulai laporan berikutnya.", italic=True)]  # fmt: skip
    figures = {"perubahan.new": changes.new}
    return SectionContent(tuple(blocks), figures)


SECTIONS: list[SectionSpec] = [
    SectionSpec("dasar", "Dasar", frozenset({HARIAN, MINGGUAN, KHUSUS}), build=dasar),
    SectionSpec("pengantar", "Pengantar", frozenset({NOTA}), build=pengantar),
    SectionSpec("situasi", "Situasi Umum", PERIODIC | {NOTA}, compose=situasi),
    SectionSpec("uraian", "Uraian", frozenset({KHUSUS}), build=uraian),
    SectionSpec("tahapan", "Tahapan", PERIODIC, build=tahapan_section, feeds_summary=True),
    SectionSpec("gangguan", "Gangguan dan Kerawanan", PERIODIC, build=gangguan, feeds_summary=True),
    SectionSpec("peringatan", "Peringatan Dini", frozenset({HARIAN}), build=peringatan_section),
    # -- logistik --
    SectionSpec("logistik", "Logistik", PERIODIC, build=logistik_section, feeds_summary=True),
    # -- sosialisasi, partisipasi --
    SectionSpec(
        "sosialisasi",
        "Sosialisasi dan Partisipasi",
        PERIODIC,
        build=sosialisasi_section,
        feeds_summary=True,
    ),
    SectionSpec("perubahan", "Perubahan sejak Laporan Terakhir", PERIODIC, compose=perubahan),
    SectionSpec(
        "kesimpulan", "Kesimpulan dan Rekomendasi", PERIODIC | {KHUSUS, NOTA}, build=kesimpulan
    ),
]


def spec(key: str) -> SectionSpec:
    return next(s for s in SECTIONS if s.key == key)


def default_keys(jenis: str) -> tuple[str, ...]:
    return tuple(s.key for s in SECTIONS if jenis in s.jenis)


def build_all(uow: UnitOfWork, scope: BriefScope) -> dict[str, SectionContent]:
    """Every section the brief type needs (printed or feeding the summaries), data
    sections first, composed ones after, all in the caller's snapshot."""
    jenis = scope.request.jenis
    wanted = [s for s in SECTIONS if jenis in s.jenis or (s.feeds_summary and jenis != KHUSUS)]
    built: dict[str, SectionContent] = {}
    for s in wanted:
        if s.build is not None:
            built[s.key] = s.build(uow, scope)
    for s in wanted:
        if s.compose is not None:
            built[s.key] = s.compose(uow, scope, built)
    return built
