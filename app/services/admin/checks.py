"""`desk-pilkada check`: database integrity, schema state, and reconciliation rules.

Later registers add their own rules to ``RULES``; each returns a list of failures. A
finding returned as a ``Note`` is reported without failing the check (e.g. data that
is not entered yet).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select, text

from app.models import Pemilihan, Tahapan
from app.services.core import schema
from app.services.core.db import Database
from app.services.core.findings import CheckResult, Note
from app.services.core.uow import UnitOfWork
from app.services.logistik import checks as logistik_checks
from app.services.logistik import diterima as logistik_diterima
from app.services.partisipasi import checks as partisipasi_checks


def _integrity(db: Database) -> CheckResult:
    if not db.is_sqlite:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return CheckResult("Integritas basis data", True, "Server PostgreSQL menjawab.")
    with db.engine.connect() as connection:
        rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]
        fk = list(connection.exec_driver_sql("PRAGMA foreign_key_check"))
    ok = rows == ["ok"] and not fk
    detail = (
        "ok" if ok else "; ".join(rows[:5]) + (f"; {len(fk)} pelanggaran kunci asing" if fk else "")
    )
    return CheckResult("Integritas basis data", ok, detail)


def _schema(db: Database) -> CheckResult:
    current = schema.current_revision(db)
    ok = current == schema.SCHEMA_HEAD
    return CheckResult(
        "Versi skema",
        ok,
        f"{current} (terbaru)" if ok else f"{current or 'kosong'}; seharusnya {schema.SCHEMA_HEAD}",
    )


def _schema_complete(db: Database, revision: str) -> CheckResult:
    """Every table and column the schema version has is there (a database restored by
    hand, or edited with another tool, may lack one that every page then needs)."""
    from sqlalchemy import inspect

    with db.engine.connect() as connection:
        inspector = inspect(connection)
        have = {
            name: {c["name"] for c in inspector.get_columns(name)}
            for name in inspector.get_table_names()
        }
    missing = schema.missing_parts(have, revision)
    detail = "ok" if not missing else f"tidak ada: {', '.join(missing[:10])}"
    return CheckResult("Kelengkapan skema", not missing, detail)


def _tahapan_dates(uow: UnitOfWork) -> list[str]:
    bad = uow.session.execute(
        select(Pemilihan.name, Tahapan.code)
        .join(Pemilihan, Pemilihan.id == Tahapan.pemilihan_id)
        .where(
            Tahapan.archived.is_(False),
            (Tahapan.actual_end < Tahapan.actual_start)
            | (Tahapan.progress < 0)
            | (Tahapan.progress > 100)
            | (Tahapan.actual_end.is_not(None) & (Tahapan.progress < 100)),
        )
    ).all()
    return [
        f"{name}: tahapan {code} memiliki tanggal/progres yang tidak konsisten"
        for name, code in bad
    ]


def _contests_have_stages(uow: UnitOfWork) -> list[str]:
    counts = uow.session.execute(
        select(Pemilihan.name, func.count(Tahapan.id))
        .outerjoin(Tahapan, (Tahapan.pemilihan_id == Pemilihan.id) & Tahapan.archived.is_(False))
        .where(Pemilihan.archived.is_(False))
        .group_by(Pemilihan.id, Pemilihan.name)
    ).all()
    return [f"{name}: belum memiliki jadwal tahapan" for name, count in counts if count == 0]


RULES: list[tuple[str, Callable[[UnitOfWork], list[str]]]] = [
    ("Konsistensi tahapan", _tahapan_dates),
    ("Jadwal tahapan tiap pemilihan", _contests_have_stages),
    (logistik_checks.RECEIVED_NOT_ABOVE_SENT, logistik_checks.received_rule),
    (logistik_checks.BALLOTS_COVER_DPT, logistik_checks.ballots_rule),
    (logistik_diterima.RECEIVED_SUMS_MATCH_LINES, logistik_diterima.mismatches),
    (partisipasi_checks.VOTED_WITHIN_REGISTERED, partisipasi_checks.voted_rule),
    (partisipasi_checks.VALID_PLUS_INVALID, partisipasi_checks.valid_plus_invalid_rule),
    (partisipasi_checks.RECAP_MATCHES_CHILDREN, partisipasi_checks.recaps_rule),
]


def run_all(db: Database) -> list[CheckResult]:
    results = [_integrity(db), _schema(db)]
    if not results[-1].ok:
        return results
    results.append(_schema_complete(db, schema.SCHEMA_HEAD))
    if not results[-1].ok:
        return results
    with db.uow() as uow:
        for name, rule in RULES:
            found = rule(uow)
            failures = [f for f in found if not isinstance(f, Note)]
            results.append(CheckResult(name, not failures, "; ".join(found[:10]) or "ok"))
    return results
