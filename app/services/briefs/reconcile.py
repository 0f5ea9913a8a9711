"""Reconciliation before a brief is issued (SPEC 7): named checks that each return the
failures they find. A failure does not stop a preview; issuing needs every failure
acknowledged, with a reason, and that acknowledgement is written to the audit log.

Other areas add their checks to ``CHECKS`` (or replace the placeholders that say their
data is not in this version yet). Every rule of ``desk-pilkada check`` runs here too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.services import formatting
from app.services.briefs.blocks import SectionContent
from app.services.briefs.scope import BriefScope
from app.services.uow import UnitOfWork

CheckFn = Callable[[UnitOfWork, Mapping[str, SectionContent], BriefScope], list[str]]


@dataclass(frozen=True)
class Check:
    key: str
    name: str
    fn: CheckFn | None = None
    #: Why the check cannot run in this version (its data area does not exist yet).
    unavailable: str = ""


@dataclass(frozen=True)
class CheckResult:
    key: str
    name: str
    failures: tuple[str, ...] = ()
    skipped: str = ""

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


def desk_rules(
    uow: UnitOfWork, _built: Mapping[str, SectionContent], _scope: BriefScope
) -> list[str]:
    """The data rules of ``desk-pilkada check`` (stage consistency and whatever the other
    registers add there)."""
    from app.services import checks

    return [f"{name}: {failure}" for name, rule in checks.RULES for failure in rule(uow)]


CHECKS: list[Check] = [
    Check("insiden_total", "Jumlah insiden sama di setiap bagian laporan", incident_totals),
    Check("tahapan_total", "Jumlah tahapan per status sama dengan jumlah tahapan", stage_totals),
    Check("aturan_desk", "Aturan pemeriksaan data desk", desk_rules),
    # -- partisipasi -- : replace by the check function of the participation area.
    Check(
        "partisipasi_dpt",
        "Pengguna hak pilih tidak melebihi DPT",
        unavailable="data partisipasi belum tersedia pada versi ini",
    ),  # fmt: skip
    # -- logistik -- : replace by the check functions of the logistics area.
    Check(
        "logistik_diterima",
        "Logistik diterima tidak melebihi yang dikirim",
        unavailable="data logistik belum tersedia pada versi ini",
    ),  # fmt: skip
    Check(
        "surat_suara",
        "Surat suara diterima ≥ DPT + 2,5% per wilayah",
        unavailable="data logistik dan DPT belum tersedia pada versi ini",
    ),  # fmt: skip
]


def run(
    uow: UnitOfWork, built: Mapping[str, SectionContent], scope: BriefScope
) -> tuple[CheckResult, ...]:
    results = []
    for check in CHECKS:
        if check.fn is None:
            results.append(CheckResult(check.key, check.name, skipped=check.unavailable))
        else:
            results.append(CheckResult(check.key, check.name, tuple(check.fn(uow, built, scope))))
    return tuple(results)


def failures(results: tuple[CheckResult, ...]) -> tuple[str, ...]:
    """Every failure as one line "check: failure" — what the issuer must acknowledge."""
    return tuple(f"{r.name}: {failure}" for r in results for failure in r.failures)
