"""From a pasted or exported WhatsApp report to a draft incident the operator confirms.

Nothing here saves an incident: ``analyse`` proposes an ``InsidenForm``; the operator
checks it on the incident page and saves it there. Handled chat messages are remembered
(``PesanLaporan``) so a re-imported export does not offer them again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from sqlalchemy import select

from app.models import Insiden, PesanLaporan, Referensi, RiwayatInsiden
from app.models.insiden import SELESAI, TIDAK_VALID
from app.models.pesan_laporan import DIGABUNG, DILEWATI, DITERIMA
from app.models.referensi import KATEGORI_INSIDEN
from app.services.core import pengaturan
from app.services.core.actor import INSIDEN_CATAT, PENGATURAN_UBAH
from app.services.core.changes import Changes
from app.services.core.clock import desk_clock
from app.services.core.errors import DomainError, NotFound, ValidationError
from app.services.core.uow import UnitOfWork
from app.services.desk.wilayah import WilayahIndex
from app.services.insiden.chat.chat_export import ChatMessage, export_prefix, parse_chat_export
from app.services.insiden.chat.extract import Extraction, extract
from app.services.insiden.chat.pelapor import reporter_for
from app.services.insiden.chat.rules import DEFAULT_RULES_PATH, KeywordRules
from app.services.insiden.records import InsidenForm
from app.services.insiden.workflow import INSIDEN

OUTCOMES = (DITERIMA, DILEWATI, DIGABUNG)
MAX_CHAT_FILE = 20 * 1024 * 1024
#: Shown instead of the fields when a message is a greeting, an all-clear or news.
NOT_INCIDENT = "Tidak tampak sebagai laporan insiden"
NOT_INCIDENT_WHY = {
    "berita": "berita yang diteruskan",
    "aman": "laporan situasi aman",
    "salam": "salam atau balasan singkat",
}


def keyword_rules(uow: UnitOfWork) -> KeywordRules:
    """The desk's keyword lists (edited in Pengaturan), or the shipped defaults. A section
    the desk's saved lists do not have yet (added in a later version) comes from the
    shipped defaults."""
    shipped = DEFAULT_RULES_PATH.read_text(encoding="utf-8")
    text = pengaturan.get(uow, "chat_keywords")
    if not text:
        return KeywordRules.from_json(shipped)
    try:
        saved, defaults = json.loads(text), json.loads(shipped)
    except json.JSONDecodeError:
        return KeywordRules.from_json(text)  # refused with its message
    if isinstance(saved, dict):
        text = json.dumps({**{k: v for k, v in defaults.items() if k != "versi"}, **saved})
    return KeywordRules.from_json(text)


def keyword_rules_text(uow: UnitOfWork) -> str:
    return keyword_rules(uow).to_json()


def save_keyword_rules(uow: UnitOfWork, text: str) -> Changes:
    uow.require(PENGATURAN_UBAH)
    rules = KeywordRules.from_json(text)  # refuses bad JSON with an Indonesian message
    pengaturan.put(uow, "chat_keywords", rules.to_json())
    uow.commit()
    return Changes.of("pengaturan", summary="Kata kunci laporan obrolan disimpan.")


@dataclass(frozen=True)
class Analysis:
    text: str
    extraction: Extraction
    draft: InsidenForm
    kategori_name: str
    sender: str = ""
    message_key: str = ""
    #: "Tidak tampak sebagai laporan insiden (…)" when the fields were left empty.
    remark: str = ""


def analyse(
    uow: UnitOfWork,
    text: str,
    message_time: datetime | None = None,
    sender: str = "",
    message_key: str = "",
) -> Analysis:
    if not text.strip():
        raise ValidationError("Tempel dulu teks laporannya.", field="text")
    clock = desk_clock(uow)
    prefix = export_prefix(text)
    if prefix is not None and message_time is None:  # pasted with its export line
        message_time, sender = prefix.sent_at, sender or prefix.sender
    when = (
        message_time.replace(tzinfo=clock.tz)
        if message_time and message_time.tzinfo is None
        else message_time
    )
    received = (when or clock.now()).astimezone(clock.tz)
    found = extract(text, index=WilayahIndex.load(uow), rules=keyword_rules(uow), message_time=received,
                    tz=clock.tz)  # fmt: skip
    reported_at = when.astimezone(clock.tz) if when else None
    if found.not_incident:
        why = NOT_INCIDENT_WHY.get(found.not_incident, found.not_incident)
        draft = InsidenForm(reported_at=reported_at, reporter=sender, chronology=text.strip())
        return Analysis(text, found, draft, "", sender, message_key, f"{NOT_INCIDENT} ({why}).")
    kategori = None
    if found.kategori_code:
        kategori = uow.session.scalar(
            select(Referensi).where(
                Referensi.kind == KATEGORI_INSIDEN, Referensi.code == found.kategori_code
            )
        )
    occurred = found.occurred_at
    if occurred is None and found.occurred_on is not None:  # the day; the hour is the operator's
        occurred = datetime.combine(found.occurred_on, time(0), clock.tz)
    draft = InsidenForm(
        # No time in the text: the message's own time, flagged in the dialog for checking.
        occurred_at=min(occurred or received, received),
        wilayah_id=found.wilayah.id if found.wilayah else None,
        tps=found.tps,
        place_detail=found.rt_rw,
        kategori_id=kategori.id if kategori else None,
        severity=found.severity or 2,
        reporter=reporter_for(found.reporter_name, found.reporter_how, sender),
        reporter_phone=found.reporter_phone,
        reported_at=reported_at,
        chronology=text.strip(),
    )
    return Analysis(text, found, draft, kategori.name if kategori else "", sender, message_key)


@dataclass(frozen=True)
class ChatCandidates:
    messages: list[ChatMessage]
    already_handled: int


def chat_candidates(uow: UnitOfWork, path: Path) -> ChatCandidates:
    """Messages of a WhatsApp export not yet handled at this desk, oldest first."""
    path = Path(path)
    if not path.exists():
        raise DomainError(f"Berkas tidak ditemukan: {path}")
    if path.stat().st_size > MAX_CHAT_FILE:
        raise DomainError("Berkas obrolan lebih dari 20 MB; ekspor obrolan tanpa media.")
    messages = parse_chat_export(path.read_bytes().decode("utf-8-sig", errors="replace"))
    if not messages:
        raise DomainError(
            f"{path.name} bukan ekspor obrolan WhatsApp yang dikenali (Ekspor chat → Tanpa media, berkas .txt)."
        )
    keys = [m.key for m in messages]
    handled: set[str] = set()
    for start in range(0, len(keys), 500):  # stay under the database's parameter limit
        chunk = keys[start : start + 500]
        handled.update(
            uow.session.scalars(select(PesanLaporan.key).where(PesanLaporan.key.in_(chunk)))
        )
    fresh = [m for m in messages if m.key not in handled]
    return ChatCandidates(sorted(fresh, key=lambda m: m.sent_at), len(messages) - len(fresh))


def _remember(uow: UnitOfWork, message: ChatMessage, outcome: str, insiden_id: int | None) -> None:
    if uow.session.scalar(select(PesanLaporan.id).where(PesanLaporan.key == message.key)):
        return
    tz = desk_clock(uow).tz
    uow.session.add(PesanLaporan(key=message.key, sender=message.sender, sent_at=message.sent_at.replace(tzinfo=tz),
                                 text=message.text, outcome=outcome, insiden_id=insiden_id))  # fmt: skip


def mark(
    uow: UnitOfWork, message: ChatMessage, outcome: str, insiden_id: int | None = None
) -> Changes:
    """Remember that a chat message was handled (accepted as an incident, or skipped)."""
    uow.require(INSIDEN_CATAT)
    if outcome not in OUTCOMES:
        raise ValidationError(f"Hasil '{outcome}' tidak dikenal.")
    _remember(uow, message, outcome, insiden_id)
    uow.commit()
    return Changes.of(INSIDEN)


def merge_into(uow: UnitOfWork, number: str, message: ChatMessage) -> Changes:
    """Add a chat message to an existing incident as a follow-up report, in one step."""
    uow.require(INSIDEN_CATAT)
    record = uow.session.scalar(select(Insiden).where(Insiden.number == number.strip().upper()))
    if record is None:
        raise NotFound(f"Insiden {number.strip()} tidak ditemukan.")
    if record.status in (SELESAI, TIDAK_VALID):
        raise ValidationError(
            f"{record.number} sudah {record.status}; buka kembali dulu bila laporan lanjutan ini mengubahnya."
        )
    stamp = message.sent_at.strftime("%d/%m/%Y %H.%M")
    record.chronology = f"{record.chronology}\n\n[Laporan lanjutan {stamp}, {message.sender}]\n{message.text}".strip()
    uow.session.add(RiwayatInsiden(insiden_id=record.id, at=desk_clock(uow).now_utc(), username=uow.user,
                                   from_status=record.status, to_status=record.status,
                                   note=f"Laporan lanjutan dari {message.sender}"))  # fmt: skip
    _remember(uow, message, DIGABUNG, record.id)
    uow.commit()
    return Changes.of(
        INSIDEN, summary=f"Pesan digabungkan ke {record.number} sebagai laporan lanjutan."
    )
