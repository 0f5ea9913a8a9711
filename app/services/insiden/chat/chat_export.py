"""WhatsApp "export chat" text files → messages with sender and time (issue 11).

Line formats, as phones in Indonesia write them:

- Android: ``27/11/24 21.30 - Nama: pesan``, ``27/11/2024, 21:30 - Nama: pesan``,
  ``11/27/24, 9:30 PM - Nama: pesan``;
- iOS: ``[27/11/24 21.30.15] Nama: pesan``, ``[27/11/2024, 21:30:15] Nama: pesan``.

Lines that do not start a message continue the one before. System lines (encryption
notice, joins and leaves, "<Media tidak disertakan>", deleted messages) are skipped.
Day and month order is read from the file itself: day first unless a date proves
otherwise, or the times carry AM/PM and no date shows the day first.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile("[\u00a0\u202f\u2007]")
_DATE = r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{2}|\d{4})"
_TIME = (
    r"(?P<h>\d{1,2})[.:](?P<m>\d{2})(?:[.:](?P<s>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
)
_ANDROID = re.compile(rf"^{_DATE},?\s+{_TIME}\s+[-–]\s+(?P<rest>.*)$")
_IOS = re.compile(rf"^\[{_DATE},?\s+{_TIME}\]\s+(?P<rest>.*)$")
_SENDER = re.compile(r"^(?P<sender>[^:]{1,80}?):\s(?P<text>.*)$")
_PLACEHOLDERS = re.compile(
    r"^\s*(?:<?(?:media tidak disertakan|media omitted)>?|<lampiran:.*>|<attached:.*>"
    r"|(?:gambar|video|audio|stiker|dokumen|gif|image|sticker|document) "
    r"(?:tidak disertakan|dihapus|omitted)"
    r"|pesan ini (?:telah|sudah) dihapus|anda menghapus pesan ini|this message was deleted"
    r"|you deleted this message|null|pesan ini diedit|<pesan ini diedit>|<this message was edited>)"
    r"\s*$",
    re.I,
)
#: Notices that are system lines whoever seems to send them.
_SYSTEM = re.compile(
    r"dienkripsi (?:secara )?end-to-end|end-to-end encrypted|bergabung menggunakan tautan"
    r"|joined using this group|membuat grup|created group",
    re.I,
)


@dataclass(frozen=True)
class ChatMessage:
    sender: str
    #: As the export shows it: the phone's local time, without a zone.
    sent_at: datetime
    text: str
    #: SHA-256 of sender, time and text: remembers which messages were already processed.
    key: str


def message_key(sender: str, sent_at: datetime, text: str) -> str:
    raw = f"{sender}\n{sent_at.isoformat(timespec='seconds')}\n{text}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ExportPrefix:
    """The "27/11/24 06.02 - Nama: " a message pasted from an exported chat starts with."""

    end: int
    sent_at: datetime
    sender: str


def export_prefix(text: str) -> ExportPrefix | None:
    """The export line prefix at the start of ``text``, if any (one message pasted)."""
    line = text.split("\n", 1)[0]
    clean = _SPACES.sub(" ", _MARKS.sub("", line))
    if len(clean) != len(line):
        return None  # offsets would not match the text; such a line is rarely pasted
    head = _IOS.match(clean) or _ANDROID.match(clean)
    body = _SENDER.match(head.group("rest")) if head else None
    if head is None or body is None:
        return None
    sent_at = _moment(head, _month_first([head]))
    if sent_at is None:
        return None
    return ExportPrefix(
        head.start("rest") + body.start("text"), sent_at, body.group("sender").strip()
    )


def parse_chat_export(text: str) -> list[ChatMessage]:
    """The messages of an exported chat; an empty list when nothing is recognised."""
    if not isinstance(text, str):
        return []
    lines = [_SPACES.sub(" ", _MARKS.sub("", line)) for line in text.splitlines()]
    raw_lines = text.splitlines()
    heads = [_IOS.match(line) or _ANDROID.match(line) for line in lines]
    found = [head for head in heads if head]
    if not found:
        return []
    month_first = _month_first(found)
    messages: list[list] = []  # [sender, sent_at, lines]
    current: list | None = None
    for raw, line, head in zip(raw_lines, lines, heads, strict=True):
        if head is None:
            if current is not None:
                current[2].append(line)
            continue
        current = None
        sent_at = _moment(head, month_first)
        body = _SENDER.match(head.group("rest"))
        if sent_at is None or body is None or _is_system(body, raw):
            continue
        current = [body.group("sender").strip(), sent_at, [body.group("text")]]
        messages.append(current)
    result = []
    for sender, sent_at, parts in messages:
        kept = [part for part in parts if not _PLACEHOLDERS.match(part)]
        body = "\n".join(kept).strip()
        if body:
            result.append(ChatMessage(sender, sent_at, body, message_key(sender, sent_at, body)))
    return result


def _is_system(body: re.Match, raw_line: str) -> bool:
    """Android system lines have no "Name: "; iOS writes them as messages from the group
    whose text starts with U+200E (as it does for attachments, which are placeholders)."""
    sender, text = body.group("sender"), body.group("text")
    if re.search(r"[\"“”]", sender) or _SYSTEM.search(text):
        return True
    return bool(re.search(r":\s\u200e", raw_line)) and not _PLACEHOLDERS.match(text)


def _month_first(heads: list[re.Match]) -> bool:
    first = [int(h.group("a")) for h in heads]
    second = [int(h.group("b")) for h in heads]
    if any(value > 12 for value in first):
        return False
    if any(value > 12 for value in second):
        return True
    return any(h.group("ampm") for h in heads)


def _moment(head: re.Match, month_first: bool) -> datetime | None:
    a, b, year = int(head.group("a")), int(head.group("b")), int(head.group("y"))
    day, month = (b, a) if month_first else (a, b)
    year += 2000 if year < 100 else 0
    hour, minute = int(head.group("h")), int(head.group("m"))
    second = int(head.group("s") or 0)
    ampm = (head.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
