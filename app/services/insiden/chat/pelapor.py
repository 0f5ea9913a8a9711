"""Who reported: the name in a chat report (issues 11 and 23).

Read, in this order:

- after a cue ("Pelapor: Budi", "dilaporkan oleh Ujang", "a.n. Siti"): a ``cue`` name;
- in a signature among the last lines: after a dash, "Salam,", "Wassalam", "ttd"; inline at
  the end of the last line ("… sdh didokumentasikan - Asep, relawan demokrasi"); a name on
  its own line above the telephone number, or before it on the last line; after an office
  ("PTPS Kademangan, Ibu Nurlela 0821…", the post and the name); a name before its post
  on a closing line ("Eko - Kasi Pemerintahan Kec. Serang"): a ``tanda`` (signature);
- a closing line naming a post ("Kasi Trantib Kec. Menes"): a ``jabatan`` (post) name.

A closing sentence is not a signature: a line with words such as "sudah", "dengan" or a
verb ("dikoordinasikan") is not taken. In an exported chat the sender stays the reporter
unless a cue, or a signature that shares no word with the sender, names someone else.
"""

from __future__ import annotations

import re

CUE, SIGNATURE, POST = "cue", "tanda", "jabatan"

_NAME_CUE = re.compile(
    r"\b(?:nama pelapor|pelapor|dilaporkan oleh|laporan dari|info dari|informasi dari|"
    r"sumber\s*:|dari\s*:|pengirim\s*:)|\ba\.\s?n\.",
    re.I,
)
_SIGN = re.compile(
    r"^\s*(?:[-–—~]+|ttd\.?|wassalam\w*,?|salam\s*,|hormat (?:kami|saya)\s*,?)\s*(.*)$", re.I
)
#: "… didokumentasikan - Asep, relawan demokrasi" at the end of the last line.
_INLINE_SIGN = re.compile(r"(?:^|\s)[-–—~]{1,2}\s*(?=[A-Z])([^\n–—~]{2,80})$")
_ROLE = re.compile(
    r"\b(?:babinsa|bhabinkamtibmas|bhabin|camat|sekcam|kades|sekdes|lurah|kasi|kasubag|kabid|"
    r"staf|staff|kesbangpol|kapolsek|danramil|pps|ppk|kpps|ptps|panwascam|panwaslu|pkd|linmas|"
    r"kadus|jaro|ketua|relawan|pemantau|koordinator|korlap|kominda|satpol|trantib|polsek|"
    r"koramil|sekretaris|anggota|petugas|pengawas)\b",
    re.I,
)
#: Words of a sentence, never of a signature.
_SENTENCE = re.compile(
    r"\b(?:sdh|sudah|udah|telah|dgn|dengan|yg|yang|ke|kpd|kepada|utk|untuk|akan|sedang|lagi|"
    r"masih|tdk|tidak|blm|belum|mohon|harap|oleh|karena|krn|agar|supaya|ada|terjadi|saat|"
    r"situasi|aman|kondusif|pkl|pukul|jam)\b|(?-i:\b(?:di|me|ber|ter)[a-z]{4,}(?:kan|i)\b)",
    re.I,
)
_PHONE_LABEL = re.compile(
    r"\s*[(\[]?\b(?:no\.?\s*)?(?:hp|telp|tlp|wa|kontak)\b\.?\s*[:.]?\s*$", re.I
)
#: "pelapor tidak mau disebut namanya": a cue without a name.
_NO_NAME = re.compile(
    r"^(?:tdk|tidak|tak|minta|mohon|yang|yg)\b|namanya|dirahasiakan|anonim|\bnn\b", re.I
)
_HONORIFIC = re.compile(r"^(?:bapak|bpk|bp|pak|ibu|bu|sdr|sdri|hj?|kh|drs?|ir|ust\w*)\.?$", re.I)

Found = tuple[str, tuple[int, int], str]
NOTHING: Found = ("", (0, 0), "")


def reporter(text: str, phones: list[tuple[int, int]]) -> Found:
    """The reporter's name, where it stands and how it was found (``CUE``, ``SIGNATURE``,
    ``POST``); ``("", (0, 0), "")`` when no name is written."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    for start, line in lines:
        if cue := _NAME_CUE.search(line):
            begin = start + cue.end() + len(re.match(r"[\s:.-]*", line[cue.end() :]).group())
            found = _clean(text, begin, start + len(line), phones, CUE)
            if found[0]:
                return found
    filled = [(start, line) for start, line in lines if line.strip()]
    phone_lines = {
        i for i, (start, line) in enumerate(filled)
        if any(start <= p < start + len(line) for p, _ in phones)
    }  # fmt: skip
    for position in range(max(0, len(filled) - 3), len(filled)):
        start, line = filled[position]
        last = position == len(filled) - 1
        if (sign := _SIGN.match(line)) and position:  # on the first line "Salam," greets
            if sign.group(1).strip() and len(sign.group(1).split()) <= 7:
                return _clean(text, start + sign.start(1), start + len(line), phones, SIGNATURE)
            if not sign.group(1).strip() and not last:  # "Salam," and the name below
                begin, below = filled[position + 1]
                return _clean(text, begin, begin + len(below), phones, SIGNATURE)
        above = position and position + 1 in phone_lines
        if above and _only_phone(filled[position + 1], phones) and _name_like(line):
            return _clean(text, start, start + len(line), phones, SIGNATURE)  # name above number
    if not filled:
        return NOTHING
    position = len(filled) - 1
    start, line = filled[position]
    bare = _without_phones(filled[position], phones).rstrip()
    if not bare or bare[-1] in ".!?":
        return NOTHING
    head = re.match(r"\s*([^\W\d_][^-–—~]*?)\s[-–—]\s", bare)
    if position and head and _name_like(head.group(1)) and _signature_like(bare):
        return _clean(text, start, start + len(line), phones, SIGNATURE)  # "Eko - Kasi …"
    inline = _INLINE_SIGN.search(bare)
    if inline and inline.start() > 0 and _signature_like(inline.group(1)):
        found = _clean(text, start + inline.start(1), start + len(line), phones, SIGNATURE)
        if found[0]:
            return found
    short = position and len(bare.split()) <= 10  # or "... 1 jam. Camat Carita"
    tail = bare if short else re.split(r"[.!?]\s+", bare)[-1]
    whole = not position and tail.strip() == bare.strip()  # a one-line message is no signature
    if whole or not _signature_like(tail) or len(tail.split()) > 10:
        return NOTHING
    begin = start + len(bare) - len(tail)
    if _ROLE.search(tail):
        return _clean(text, begin, start + len(line), phones, POST)
    if position and position in phone_lines and _name_like(tail):  # "Asep Saepudin 0812…"
        return _clean(text, begin, start + len(line), phones, SIGNATURE)
    return NOTHING


def reporter_for(name: str, how: str, sender: str) -> str:
    """The reporter of a draft: the sender of an exported chat unless the message clearly
    names someone else (a cue, or a signature sharing no word with the sender), or the
    signature is the sender's name written in full ("Kades Sukamanah, H. Jaenudin")."""
    if not name or not sender.strip() or not re.search(r"[^\W\d_]", sender):
        return name or sender
    if how == CUE:
        return name
    if how == SIGNATURE:
        own = set(re.findall(r"[^\W\d_]{3,}", sender.lower()))
        theirs = set(re.findall(r"[^\W\d_]{3,}", name.lower()))
        return name if not own & theirs or own <= theirs else sender
    return sender


def _without_phones(line: tuple[int, str], phones: list[tuple[int, int]]) -> str:
    """The line with its telephone numbers (and their labels) blanked out, same length."""
    start, text = line
    for p_start, p_end in phones:
        if start <= p_start < start + len(text):
            a, b = p_start - start, min(p_end - start, len(text))
            label = _PHONE_LABEL.search(text[:a])
            a = label.start() if label else a
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _only_phone(line: tuple[int, str], phones: list[tuple[int, int]]) -> bool:
    return not re.sub(r"[\W_]", "", _without_phones(line, phones))


def _name_like(line: str) -> bool:
    words = line.strip(" \t-–—~*_").split()
    return (
        1 <= len(words) <= 6
        and words[0][:1].isupper()
        and not re.search(r"\d|[.!?:]\s*$", line.strip())
        and not _SENTENCE.search(line)
    )


def _signature_like(piece: str) -> bool:
    """A name or a post, not a sentence: few words before a comma, no sentence words."""
    head = piece.split(",")[0]
    return bool(head.strip()) and len(head.split()) <= 7 and not _SENTENCE.search(head)


def _clean(text: str, start: int, end: int, phones: list[tuple[int, int]], how: str) -> Found:
    for p_start, _ in phones:
        if start <= p_start < end:
            end = p_start
    piece = text[start:end]
    parts = re.split(r"(?<=\S),\s+", piece, maxsplit=1)
    office = len(parts) == 2 and _ROLE.search(parts[0]) and _person(parts[1])
    how = SIGNATURE if office and how == POST else how  # a post and a person's name
    number = r"(?<!\brt)(?<!\brw)\s\d"  # "Pak RT 03 (Sarip)" keeps its number
    cut = re.search(
        (r"[;]|:\s|\s[-–]\s|" if office else r"[,;]|:\s|\s[-–]\s|") + number, piece, re.I
    )
    if cut:
        piece = piece[: cut.start()]
    piece = _PHONE_LABEL.sub("", piece)
    stripped = piece.strip(" \t.:-–*_")
    if not stripped or len(stripped.split()) > 10 or _NO_NAME.search(stripped):
        return NOTHING
    begin = start + piece.index(stripped)
    return stripped, (begin, begin + len(stripped)), how


def _person(piece: str) -> bool:
    """ "Ibu Nurlela 0821…", "Asep": a person's name, not another post."""
    words = re.split(r"[\s,;]+|\d", piece.strip())
    words = [w for w in words if w]
    if not words or _ROLE.search(piece.split(",")[0]) or _SENTENCE.search(piece):
        return False
    names = [w for w in words if not _HONORIFIC.match(w)]
    return bool(names) and names[0][:1].isupper() and len(names) <= 4
