"""Requirements (kebutuhan) per wilayah and item: entered, imported, or computed by the
desk's rules from participation data (DPT and TPS per contest and wilayah).

A requirement is recorded at one level of the tree for an item and contest: a kecamatan
and one of its desa never both carry one, so the roll-up never counts it twice. Rows the
user entered or imported win over the rule: recomputing only replaces rule rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from app.models import Kebutuhan, Partisipasi, Pemilihan, Referensi, Wilayah
from app.models.referensi import JENIS_LOGISTIK
from app.services.core.actor import LOGISTIK_CATAT
from app.services.core.changes import LOGISTIK, Changes
from app.services.core.errors import ValidationError
from app.services.core.uow import UnitOfWork
from app.services.logistik import rules as logistik_rules

INPUT, IMPOR, ATURAN = "input", "impor", "aturan"

Key = tuple[str, int, int | None]  # wilayah code, jenis id, pemilihan id


def _overlap(uow: UnitOfWork, code: str, jenis_id: int, pemilihan_id: int | None) -> str | None:
    """Code of a requirement for the same item and contest above or below ``code``."""
    parts = code.split(".")
    ancestors = [".".join(parts[:n]) for n in range(1, len(parts))]
    found = uow.session.scalar(
        select(Kebutuhan.wilayah_code).where(
            Kebutuhan.archived.is_(False),
            Kebutuhan.jenis_id == jenis_id,
            Kebutuhan.pemilihan_id.is_(None) if pemilihan_id is None else Kebutuhan.pemilihan_id == pemilihan_id,
            or_(Kebutuhan.wilayah_code.in_(ancestors or [""]), Kebutuhan.wilayah_code.like(f"{code}.%")),
        ).limit(1)
    )  # fmt: skip
    return found


def put(
    uow: UnitOfWork,
    *,
    wilayah_id: int,
    jenis_id: int,
    pemilihan_id: int | None,
    quantity: int,
    source: str = INPUT,
    basis: str = "",
) -> tuple[Kebutuhan, str]:
    """Create or update one requirement in the caller's unit of work; returns the record
    and 'baru', 'diperbarui' or 'sama'. Does not commit."""
    region = uow.session.get(Wilayah, wilayah_id)
    jenis = uow.session.get(Referensi, jenis_id)
    if region is None or region.level < 2:
        raise ValidationError("Pilih wilayah kab/kota, kecamatan, atau desa.", field="wilayah")
    if jenis is None or jenis.kind != JENIS_LOGISTIK:
        raise ValidationError("Pilih jenis barang.", field="jenis")
    if jenis.code == logistik_rules.SURAT_SUARA and pemilihan_id is None:
        raise ValidationError("Kebutuhan surat suara dicatat per pemilihan.", field="pemilihan")
    if pemilihan_id is not None and uow.session.get(Pemilihan, pemilihan_id) is None:
        raise ValidationError("Pemilihan tidak dikenal.", field="pemilihan")
    if quantity is None or quantity < 0:
        raise ValidationError("Jumlah kebutuhan tidak boleh negatif.", field="quantity")
    other = _overlap(uow, region.code, jenis.id, pemilihan_id)
    if other:
        raise ValidationError(
            f"Kebutuhan {jenis.name} sudah dicatat di wilayah {other}; satu barang dicatat di "
            "satu tingkat saja agar tidak terhitung ganda.",
            field="wilayah",
        )
    record = uow.session.scalar(
        select(Kebutuhan).where(
            Kebutuhan.archived.is_(False),
            Kebutuhan.wilayah_code == region.code,
            Kebutuhan.jenis_id == jenis.id,
            Kebutuhan.pemilihan_id.is_(None) if pemilihan_id is None else Kebutuhan.pemilihan_id == pemilihan_id,
        )
    )  # fmt: skip
    if record is None:
        record = Kebutuhan(wilayah_id=region.id, wilayah_code=region.code, jenis_id=jenis.id,
                           pemilihan_id=pemilihan_id, quantity=quantity, source=source, basis=basis)  # fmt: skip
        uow.session.add(record)
        return record, "baru"
    if (record.quantity, record.source, record.basis) == (quantity, source, basis):
        return record, "sama"
    record.quantity, record.source, record.basis = quantity, source, basis
    return record, "diperbarui"


def set_kebutuhan(
    uow: UnitOfWork, *, wilayah_id: int, jenis_id: int, pemilihan_id: int | None, quantity: int
) -> Changes:
    uow.require(LOGISTIK_CATAT)
    record, _state = put(uow, wilayah_id=wilayah_id, jenis_id=jenis_id,
                         pemilihan_id=pemilihan_id, quantity=quantity)  # fmt: skip
    uow.commit()
    return Changes.of(LOGISTIK, summary=f"Kebutuhan {record.wilayah_code} disimpan.")


@dataclass(frozen=True)
class RuleResult:
    created: int
    updated: int
    unchanged: int
    kept_manual: int
    changes: Changes


def _participation(uow: UnitOfWork) -> list[tuple[int, str, int, int | None]]:
    """Per contest, the DPT and TPS rows of the deepest level the contest has data at
    (deeper and shallower rows of one contest are never mixed, nor counted twice)."""
    rows = uow.session.execute(
        select(Partisipasi.pemilihan_id, Partisipasi.wilayah_code,
               func.coalesce(Partisipasi.dpt_men, 0) + func.coalesce(Partisipasi.dpt_women, 0),
               Partisipasi.tps_count)
        .where(Partisipasi.archived.is_(False))
    ).all()  # fmt: skip
    deepest: dict[int, int] = {}
    for contest, code, _dpt, _tps in rows:
        deepest[contest] = max(deepest.get(contest, 0), len(code))
    return [(c, code, dpt, tps) for c, code, dpt, tps in rows if len(code) == deepest[c]]


def rule_requirements(uow: UnitOfWork) -> dict[Key, tuple[int, str]]:
    """(wilayah code, item, contest) → (quantity, basis) by the desk's rules: surat suara
    per contest = Σ over TPS of ceil(DPT_tps × (1 + cadangan)); other items = TPS × the
    per-TPS rule. Computed at the measured level (or the deepest level with data, when
    that is shallower). The one rule behind "Hitung kebutuhan dari DPT" and the demo."""
    rules = logistik_rules.load(uow)
    length = logistik_rules.CODE_LENGTH[rules.measured_wilayah_level]
    rows = _participation(uow)
    if not rows:
        raise ValidationError(
            "Belum ada data DPT dan jumlah TPS (halaman Partisipasi): kebutuhan belum dapat "
            "dihitung dengan aturan. Isi atau impor kebutuhan secara langsung."
        )
    ballots: dict[tuple[str, int], int] = {}
    tps_by_code: dict[str, dict[int, int]] = {}
    for contest, code, dpt, tps in rows:
        target = code[:length]
        n = logistik_rules.ballots_needed(int(dpt or 0), tps, rules.reserve_percent)
        ballots[(target, contest)] = ballots.get((target, contest), 0) + n
        per_contest = tps_by_code.setdefault(target, {})
        per_contest[contest] = per_contest.get(contest, 0) + int(tps or 0)
    jenis = {
        r.code: r.id
        for r in uow.session.scalars(select(Referensi).where(Referensi.kind == JENIS_LOGISTIK))
    }
    wanted: dict[Key, tuple[int, str]] = {}
    reserve = logistik_rules._num(rules.reserve_percent)  # noqa: SLF001 - same wording
    for (code, contest), n in ballots.items():
        wanted[(code, jenis[logistik_rules.SURAT_SUARA], contest)] = (
            n,
            f"DPT + {reserve}% per TPS, dibulatkan ke atas",
        )
    for code, per_contest in tps_by_code.items():
        tps = max(per_contest.values())  # one TPS serves every contest held there
        for item, per in rules.per_tps.items():
            if item in jenis and tps:
                wanted[(code, jenis[item], None)] = (
                    -(-int(tps * per * 100) // 100),
                    f"{tps} TPS × {logistik_rules._num(per)}",
                )  # noqa: SLF001
    return wanted


def compute_by_rule(uow: UnitOfWork) -> RuleResult:
    """Writes ``rule_requirements``: rows the user entered or imported are kept, rule rows
    no longer wanted are archived."""
    uow.require(LOGISTIK_CATAT)
    wanted = rule_requirements(uow)
    existing = {
        (k.wilayah_code, k.jenis_id, k.pemilihan_id): k
        for k in uow.session.scalars(select(Kebutuhan).where(Kebutuhan.archived.is_(False)))
    }  # fmt: skip
    regions = dict(uow.session.execute(select(Wilayah.code, Wilayah.id)).all())
    created = updated = unchanged = kept = 0
    for key, (quantity, basis) in wanted.items():
        record = existing.get(key)
        if record is not None and record.source != ATURAN:
            kept += 1
        elif record is None:
            if key[0] in regions:
                uow.session.add(Kebutuhan(wilayah_id=regions[key[0]], wilayah_code=key[0], jenis_id=key[1],
                                          pemilihan_id=key[2], quantity=quantity, source=ATURAN, basis=basis))  # fmt: skip
                created += 1
        elif (record.quantity, record.basis) == (quantity, basis):
            unchanged += 1
        else:
            record.quantity, record.basis = quantity, basis
            updated += 1
    for key, record in existing.items():
        if record.source == ATURAN and key not in wanted:
            record.archived = True
    uow.commit()
    summary = f"Kebutuhan dihitung: {created} baru, {updated} diperbarui, {unchanged} sama, {kept} isian manual dipertahankan."
    return RuleResult(created, updated, unchanged, kept, Changes.of(LOGISTIK, summary=summary))
