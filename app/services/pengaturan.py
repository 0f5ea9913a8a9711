"""Desk-wide settings kept in the database, declared once with type, default and check.

Per-PC preferences (window layout, language, database URL) are in ``app.settings``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app.models import Pengaturan
from app.services import audit
from app.services.actor import PENGATURAN_UBAH, SISTEM
from app.services.changes import PENGATURAN, Changes
from app.services.errors import ConflictError, ValidationError
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class DeskSetting:
    key: str
    label: str
    default: Any
    parse: Callable[[str], Any]
    check: Callable[[Any], str | None] = lambda _v: None


def _bool(text: str) -> bool:
    return text.strip().lower() in ("1", "true", "ya", "yes")


def _margin(value: float) -> str | None:
    return None if 0 <= value <= 100 else "Batas harus antara 0 dan 100 poin persen."


FIELDS: dict[str, DeskSetting] = {
    f.key: f
    for f in (
        DeskSetting("province_code", "Kode provinsi", "", str),
        DeskSetting("province_name", "Nama provinsi", "", str),
        DeskSetting("timezone", "Zona waktu", "Asia/Jakarta", str),
        DeskSetting("agency_name", "Nama instansi", "Badan Kesatuan Bangsa dan Politik", str),
        DeskSetting("is_demo", "Basis data contoh", False, _bool),
        DeskSetting("demo_as_of", "Tanggal acuan data contoh", None, date.fromisoformat),
        DeskSetting("demo_version", "Versi isi data contoh", 0, int),
        DeskSetting(
            "lockout_minutes",
            "Lama akun terkunci setelah 5 kali gagal masuk (menit)",
            15,
            int,
            lambda v: None if 1 <= v <= 1440 else "Isi antara 1 dan 1440 menit.",
        ),
        DeskSetting(
            "duplicate_window_hours",
            "Jendela waktu peringatan insiden ganda (jam)",
            24,
            int,
            lambda v: None if 1 <= v <= 24 * 14 else "Isi antara 1 dan 336 jam.",
        ),
        DeskSetting(
            "attachment_max_mb",
            "Ukuran maksimum lampiran (MB)",
            20,
            int,
            lambda v: None if 1 <= v <= 500 else "Isi antara 1 dan 500 MB.",
        ),
        DeskSetting("chat_keywords", "Kata kunci laporan obrolan (JSON)", "", str),
        DeskSetting(
            "tahapan_risk_margin",
            "Batas keterlambatan progres tahapan (poin persen)",
            10.0,
            float,
            _margin,
        ),
        # Each area adds its settings below its own marker (areas are built in parallel).
        # -- logistik --
        # -- sosialisasi, partisipasi, kerawanan --
        # -- dasbor --
        # -- laporan (brief) --
        # -- data (backup, exchange) --
    )
}


def _field(key: str) -> DeskSetting:
    try:
        return FIELDS[key]
    except KeyError:
        raise KeyError(f"unknown desk setting {key!r}") from None


def get(uow: UnitOfWork, key: str) -> Any:
    field = _field(key)
    row = uow.session.get(Pengaturan, key)
    if row is None or row.value == "":
        return field.default
    return field.parse(row.value)


def get_all(uow: UnitOfWork) -> dict[str, Any]:
    stored = {r.key: r.value for r in uow.session.scalars(select(Pengaturan))}
    return {
        key: (f.parse(stored[key]) if stored.get(key, "") != "" else f.default)
        for key, f in FIELDS.items()
    }


#: Set when the database is created, never from the settings screen: changing them would
#: re-home the desk (province, time zone) or turn login off (the demo flags).
SYSTEM_KEYS = frozenset(
    {"province_code", "province_name", "timezone", "is_demo", "demo_as_of", "demo_version"}
)
CONFLICT = "Pengaturan '{label}' baru saja diubah di PC lain. Muat ulang lalu ulangi perubahan."


def put(uow: UnitOfWork, key: str, value: Any) -> None:
    """Stage a change in the caller's unit of work (the caller commits); audited. A change
    based on a value someone else has just replaced is refused, never silently lost."""
    uow.require(PENGATURAN_UBAH)
    field = _field(key)
    if key in SYSTEM_KEYS and uow.actor.role != SISTEM:
        raise ValidationError(
            f"{field.label} ditetapkan saat basis data dibuat dan tidak dapat diubah di sini."
        )
    problem = field.check(value) if value is not None else None
    if problem:
        raise ValidationError(f"{field.label}: {problem}", field=key)
    text = "" if value is None else (value.isoformat() if isinstance(value, date) else str(value))
    row = uow.session.get(Pengaturan, key)
    before = row.value if row is not None else ""
    if before == text:
        return
    if row is None:
        try:
            with uow.session.begin_nested():
                uow.session.add(Pengaturan(key=key, value=text))
        except IntegrityError:
            raise ConflictError(CONFLICT.format(label=field.label)) from None
    else:
        changed = uow.session.execute(
            update(Pengaturan)
            .where(Pengaturan.key == key, Pengaturan.value == before)
            .values(value=text)
        )
        if changed.rowcount != 1:
            raise ConflictError(CONFLICT.format(label=field.label))
        uow.session.expire(row)
    audit.record(
        uow.session, uow.user, audit.SETTINGS, entity="pengaturan", changes={key: [before, text]}
    )


def save(uow: UnitOfWork, values: dict[str, Any]) -> Changes:
    """The settings screen's use case: several desk settings in one transaction."""
    for key, value in values.items():
        put(uow, key, value)
    uow.commit()
    return Changes.of(PENGATURAN, summary="Pengaturan desk disimpan.")
