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

from app.services.briefs.blocks import Bullets, Heading, KeyValues, Para, SectionContent
from app.services.briefs.insiden_section import gangguan, severity_name
from app.services.briefs.khusus_section import uraian
from app.services.briefs.logistik_section import logistik_section
from app.services.briefs.partisipasi_section import sosialisasi_section
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
        "Bersama ini kami sampaikan pokok-pokok hasil pemantauan Desk Pilkada pada "
        f"{scope.request.period_text()} sebagai berikut."
    )
    return SectionContent((Para(text),))


def _points(text: str) -> list:
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if not lines:
        return [Para("Belum diisi oleh desk.", italic=True)]
    return [Para(lines[0])] if len(lines) == 1 else [Bullets(tuple(lines))]


def kesimpulan(_uow: UnitOfWork, scope: BriefScope) -> SectionContent:
    request = scope.request
    blocks = [Heading("Kesimpulan"), *_points(request.kesimpulan)]
    blocks += [Heading("Rekomendasi"), *_points(request.rekomendasi), Para(CLOSING)]
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
    return SectionContent((KeyValues(tuple(pairs)),))


def _listed(items: list[insiden_changes.ChangedIncident]) -> str:
    return "; ".join(
        f"{i.number} ({severity_name(i.severity)}, {i.kategori}, {i.wilayah})" for i in items
    )


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
    changes = insiden_changes.changes_between(uow, scope.stats, since, scope.now)
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
