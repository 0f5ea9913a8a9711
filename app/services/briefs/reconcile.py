"""Reconciliation before a brief is issued (SPEC 7): named checks that each return the
failures they find. Two kinds:

* **data consistency** (totals disagree between sections, received above sent, turnout
  above DPT): a failure does not stop a preview; issuing needs it acknowledged with a
  reason, which is written to the audit log *and printed on the brief* ("Catatan
  pemeriksaan");
* **readiness findings** (ballots below DPT + 2,5%): what the brief must report, never a
  reason to refuse it. They are printed in the Logistik section and offered for the
  conclusions.

A Laporan Khusus is checked only on what it reports (its sections). Every rule of
``desk-pilkada check`` runs here too. A check may return ``Note`` lines: shown with the
checks, never to acknowledge.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.services.briefs.blocks import SectionContent
from app.services.briefs.scope import BriefScope
from app.services.core import formatting
from app.services.core.uow import UnitOfWork

CheckFn = Callable[[UnitOfWork, Mapping[str, SectionContent], BriefScope], list[str]]


@dataclass(frozen=True)
class Check:
    key: str
    name: str
    fn: CheckFn | None = None
    #: Why the check cannot run in this version (its data area does not exist yet).
    unavailable: str = ""
    #: False for a readiness finding: reported, never a reason to hold the brief back.
    gates: bool = True
    #: The sections whose figures the check is about (empty: the desk's data in general);
    #: a Laporan Khusus runs only the checks about the sections it prints.
    sections: frozenset[str] = frozenset()


class Note(str):
    """A finding shown with the checks that need not be acknowledged (e.g. a DPT that is
    not entered yet: a missing figure is not a wrong one)."""


@dataclass(frozen=True)
class CheckResult:
    key: str
    name: str
    failures: tuple[str, ...] = ()
    skipped: str = ""
    notes: tuple[str, ...] = ()
    gates: bool = True

    @property
    def ok(self) -> bool:
        return not self.failures


def figures(built: Mapping[str, SectionContent]) -> dict[str, float]:
    merged: dict[str, float] = {}
    for content in built.values():
        merged.update(content.figures)
    return merged


#: Where each incident total is printed, for the failure message.
INCIDENT_FIGURES = {
    "insiden.total": "Situasi umum (jumlah insiden periode)",
    "insiden.status_sum": "Situasi umum (jumlah per status)",
    "insiden.severity_sum": "Situasi umum (jumlah per keparahan)",
    "insiden.table_total": "tabel kab/kota × keparahan (baris Jumlah)",
    "insiden.table_rows_sum": "tabel kab/kota × keparahan (jumlah baris)",
    "insiden.table_columns_sum": "tabel kab/kota × keparahan (jumlah kolom)",
    "insiden.chart_period_sum": "grafik insiden per hari (hari dalam periode)",
}


def _agree(values: dict[str, float], labels: dict[str, str], what: str) -> list[str]:
    present = {k: v for k, v in values.items() if k in labels}
    if len(set(present.values())) <= 1:
        return []
    shown = "; ".join(f"{labels[k]} = {formatting.number(v)}" for k, v in present.items())
    return [f"{what} tidak sama antarbagian: {shown}"]


def incident_totals(
    _uow: UnitOfWork, built: Mapping[str, SectionContent], _scope: BriefScope
) -> list[str]:
    return _agree(figures(built), INCIDENT_FIGURES, "Jumlah insiden")


def stage_totals(
    _uow: UnitOfWork, built: Mapping[str, SectionContent], _scope: BriefScope
) -> list[str]:
    labels = {"tahapan.count": "jumlah tahapan", "tahapan.status_sum": "jumlah per status"}
    return _agree(figures(built), labels, "Jumlah tahapan")


#: Rule modules whose checks run below as brief checks of their own (with contest names
#: and formatted figures), so ``desk_rules`` does not list their failures twice.
OWN_CHECK_MODULES = frozenset({"app.services.logistik.checks", "app.services.partisipasi.checks"})
#: Storage integrity, not figures: the sums the database keeps beside the consignment lines
#: (written by its triggers in the same transaction) compared with a full re-aggregation of
#: every line - ``desk-pilkada check``'s job, like SQLite's integrity check, and not a
#: reason to read a million lines again for every brief (0,8 s of a full-scale one).
STORAGE_CHECK_MODULES = frozenset({"app.services.logistik.diterima"})


def desk_rules(
    uow: UnitOfWork, _built: Mapping[str, SectionContent], _scope: BriefScope
) -> list[str]:
    """The data rules of ``desk-pilkada check`` (stage consistency and whatever the other
    registers add there), except those run as brief checks of their own below and the
    storage integrity checks."""
    from app.services.admin import checks

    note = getattr(checks, "Note", Note)
    found = []
    for name, rule in checks.RULES:
        if getattr(rule, "__module__", "") in OWN_CHECK_MODULES | STORAGE_CHECK_MODULES:
            continue
        found += [(Note if isinstance(f, note) else str)(f"{name}: {f}") for f in rule(uow)]
    return found


# -- logistics and participation (their own services' checks) ----------------------------


def _as_lines(found) -> list[str]:
    """The services' failures as brief lines; their details already read as the Sekda
    reads them (contest names, figures with thousands separators)."""
    return [(Note if getattr(f, "note", False) else str)(f.detail) for f in found]


def received_not_above_sent(
    uow: UnitOfWork, _built: Mapping[str, SectionContent], scope: BriefScope
) -> list[str]:
    from app.services.logistik import checks as logistik_checks

    return _as_lines(logistik_checks.received_not_above_sent(uow))


def ballots_cover_dpt(
    uow: UnitOfWork, built: Mapping[str, SectionContent], scope: BriefScope
) -> list[str]:
    """Per kab/kota and contest, as of the brief; a contest brief lists its own contest
    only. The Logistik section has already found them (and printed them): reused."""
    if "logistik" in built:
        return list(built["logistik"].findings)
    from app.services.logistik import checks as logistik_checks

    found = logistik_checks.ballots_cover_dpt(uow, as_of=scope.as_of)
    wanted = scope.request.pemilihan_id
    if wanted is not None:
        found = [f for f in found if f.pemilihan_id in (None, wanted)]
    return _as_lines(found)


def participation(
    uow: UnitOfWork, _built: Mapping[str, SectionContent], scope: BriefScope
) -> list[str]:
    from app.services.partisipasi import checks as partisipasi_checks

    found = partisipasi_checks.run_all(uow, pemilihan_id=scope.request.pemilihan_id)
    return [f"{f.name}: {f.detail}" for f in found]


#: Section totals printed in two places, and where (for the failure message).
AREA_FIGURES = {
    "logistik.good": ("Barang baik diterima", {
        "logistik.good": "Situasi umum dan baris Jumlah tabel kesiapan",
        "logistik.table_good_sum": "jumlah baris kab/kota tabel kesiapan"}),
    "logistik.required": ("Kebutuhan logistik", {
        "logistik.required": "Situasi umum dan baris Jumlah tabel kesiapan",
        "logistik.table_required_sum": "jumlah baris kab/kota tabel kesiapan"}),
    "sosialisasi.sessions": ("Jumlah kegiatan sosialisasi", {
        "sosialisasi.sessions": "Situasi umum dan baris Jumlah tabel sosialisasi",
        "sosialisasi.table_sessions_sum": "jumlah baris tabel sosialisasi"}),
    "sosialisasi.attended": ("Jumlah peserta sosialisasi", {
        "sosialisasi.attended": "Situasi umum dan baris Jumlah tabel sosialisasi",
        "sosialisasi.table_attended_sum": "jumlah baris tabel sosialisasi"}),
    "partisipasi.dpt": ("DPT", {
        "partisipasi.dpt": "Situasi umum dan baris Jumlah tabel DPT",
        "partisipasi.table_dpt_sum": "jumlah baris tabel DPT"}),
    "partisipasi.voted": ("Pengguna hak pilih", {
        "partisipasi.voted": "baris Jumlah tabel partisipasi",
        "partisipasi.table_voted_sum": "jumlah baris tabel partisipasi"}),
}  # fmt: skip


def area_totals(
    _uow: UnitOfWork, built: Mapping[str, SectionContent], _scope: BriefScope
) -> list[str]:
    values = figures(built)
    found = []
    for what, labels in AREA_FIGURES.values():
        found += _agree(values, labels, what)
    return found


_DATA_SECTIONS = frozenset({"situasi", "gangguan", "tahapan", "logistik", "sosialisasi"})
CHECKS: list[Check] = [
    Check("insiden_total", "Jumlah insiden sama di setiap bagian laporan", incident_totals,
          sections=frozenset({"situasi", "gangguan"})),
    Check("tahapan_total", "Jumlah tahapan per status sama dengan jumlah tahapan", stage_totals,
          sections=frozenset({"tahapan"})),
    Check("aturan_desk", "Aturan pemeriksaan data desk", desk_rules, sections=_DATA_SECTIONS),
    Check(
        "partisipasi_dpt",
        "Angka partisipasi konsisten (pengguna hak pilih ≤ DPT + DPTb + DPK; sah + tidak sah = pengguna)",
        participation,
        sections=frozenset({"situasi", "sosialisasi"}),
    ),
    Check(
        "logistik_diterima",
        "Logistik diterima tidak melebihi yang dikirim",
        received_not_above_sent,
        sections=frozenset({"situasi", "logistik"}),
    ),
    Check("surat_suara", "Surat suara diterima ≥ DPT + cadangan per kab/kota", ballots_cover_dpt,
          gates=False, sections=frozenset({"logistik"})),
    Check(
        "total_bagian",
        "Jumlah logistik, sosialisasi dan DPT sama di setiap bagian laporan",
        area_totals,
        sections=frozenset({"situasi", "logistik", "sosialisasi"}),
    ),
]  # fmt: skip


def applies(check: Check, scope: BriefScope, printed: frozenset[str]) -> bool:
    """Every check applies to a periodic brief and the Nota Dinas; a Laporan Khusus is
    checked only on the sections it prints."""
    from app.services.briefs.request import KHUSUS

    return scope.request.jenis != KHUSUS or bool(check.sections & printed)


def run(
    uow: UnitOfWork, built: Mapping[str, SectionContent], scope: BriefScope,
    printed: frozenset[str] | None = None,
) -> tuple[CheckResult, ...]:  # fmt: skip
    printed = frozenset(built) if printed is None else printed
    results = []
    for check in CHECKS:
        if not applies(check, scope, printed):
            continue
        if check.fn is None:
            results.append(CheckResult(check.key, check.name, skipped=check.unavailable))
        else:
            found = check.fn(uow, built, scope)
            failures = tuple(str(f) for f in found if not isinstance(f, Note))
            notes = tuple(str(f) for f in found if isinstance(f, Note))
            results.append(CheckResult(check.key, check.name, failures, notes=notes,
                                       gates=check.gates))  # fmt: skip
    return tuple(results)


def failures(results: tuple[CheckResult, ...]) -> tuple[str, ...]:
    """Every data-consistency failure as one line "check: failure" — what the issuer must
    acknowledge (and what the brief then prints in its Catatan pemeriksaan)."""
    return tuple(f"{r.name}: {failure}" for r in results if r.gates for failure in r.failures)


def findings(results: tuple[CheckResult, ...]) -> tuple[str, ...]:
    """Readiness findings: reported in the brief, offered for the conclusions, never to
    acknowledge."""
    return tuple(failure for r in results if not r.gates for failure in r.failures)
