"""Keyword rules for chat reports, kept in data so the desk can edit them in settings.

The JSON file (``app/data/kata_kunci_insiden.json``) is one object:

- ``kategori``: category code → keywords or phrases; the order of the codes breaks ties;
  ``@name`` in a phrase stands for any word or phrase of the group ``name``, and ``...``
  for any number of words of the same sentence ("orasi ... di @tempat_terlarang");
- ``kelompok``: groups of interchangeable words (``pejabat``: ``kades``, ``camat``, …), so
  "@pejabat mengarahkan" covers "kades mengarahkan", "camat mengarahkan" and so on;
- ``keparahan``: word or phrase → severity 1 (Rendah) … 4 (Kritis);
- ``awalan_wilayah``: prefix word → region kind (``kab`` → ``kabupaten``);
- ``bukan_wilayah``: words after which a name is a hamlet or street, not a region (``kp``);
- ``alias_wilayah``: short form → region name (``tangsel`` → ``kota tangerang selatan``);
- ``kata_umum``: region names that are also ordinary words (``petir``, ``sawah``): taken
  without a prefix only when capitalised and after a place word;
- ``penunjuk_tempat``: place words before a bare name (``di``, ``dari``, ``warga``);
- ``singkatan``: chat abbreviations and slang read in full before keywords are matched
  (``yg`` → ``yang``, ``tdk`` → ``tidak``, ``duit`` → ``uang``, ``ngarahin`` →
  ``mengarahkan``); keywords are written in full;
- ``penenang``: reassurance words (``aman``, ``lengkap``): a keyword they follow closely
  ("logistik aman") only counts when nothing else is reported, so they never win a tie;
- ``bukan_insiden``: what shows a message is not an incident report: ``salam`` (greetings
  and courtesies), ``aman`` (all-clear phrases), ``berita`` (marks of a forwarded news
  item), ``laporan`` (words that make news a report after all, "izin lapor") and
  ``masalah`` (words of something gone wrong, "terlambat", that make it no all-clear);
- ``singkatan_tempat``: short forms in place names (``pd`` → ``pondok``, ``sk`` → ``suka``).

Keywords are matched word by word, ignoring case and punctuation; ``bagi2`` reads as
``bagi bagi`` and a trailing ``-nya`` is ignored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.models.insiden import SEVERITIES
from app.paths import package_dir
from app.services.core.errors import ValidationError

DEFAULT_RULES_PATH = package_dir() / "data" / "kata_kunci_insiden.json"
REGION_KINDS = ("kabupaten", "kota", "kecamatan", "desa", "kelurahan")
_WORD = re.compile(r"[^\W_]+")
_REDUPLICATED = re.compile(r"([^\W\d_]{3,})2")
_CODE = re.compile(r"[A-Z][A-Z0-9_]*")
_GROUP = re.compile(r"[a-z][a-z0-9_]*")
_LISTS = {
    "bukan_wilayah": "non_region_prefixes",
    "kata_umum": "place_stopwords",
    "penunjuk_tempat": "place_cues",
}
_KEYS = {
    "versi", "kategori", "keparahan", "awalan_wilayah", "alias_wilayah", "singkatan",
    "penenang", "bukan_insiden", "singkatan_tempat", "kelompok", *_LISTS,
}  # fmt: skip
#: The kinds of "not an incident" evidence, and what makes it a report after all.
NOT_INCIDENT_KINDS = ("berita", "aman", "salam", "laporan", "masalah")
#: In a category phrase: any number of words of the same sentence.
ANY = "..."


@dataclass(frozen=True)
class Token:
    """One word of a text, lowercased, with its place in the original text."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words of ``text``; ``bagi2`` (Indonesian reduplication) gives ``bagi``, ``bagi``."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group().lower()
        double = _REDUPLICATED.fullmatch(word)
        for part in (double.group(1),) * 2 if double else (word,):
            found.append(Token(part, match.start(), match.end()))
    return found


def normalize_phrase(text: str) -> str:
    """ "Serangan-Fajar!" → "serangan fajar": how keywords are stored and compared."""
    return " ".join(token.text for token in tokenize(text))


@dataclass(frozen=True)
class KeywordRules:
    categories: tuple[tuple[str, tuple[str, ...]], ...]
    severity_hints: tuple[tuple[str, int], ...]
    region_prefixes: tuple[tuple[str, str], ...]
    region_aliases: tuple[tuple[str, str], ...] = ()
    non_region_prefixes: tuple[str, ...] = ()
    place_stopwords: tuple[str, ...] = ()
    place_cues: tuple[str, ...] = ()
    abbreviations: tuple[tuple[str, str], ...] = ()
    reassurances: tuple[str, ...] = ()
    not_incident: tuple[tuple[str, tuple[str, ...]], ...] = ()
    place_abbreviations: tuple[tuple[str, str], ...] = ()
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def expanded_categories(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The category phrases with every ``@group`` written out."""
        groups = dict(self.groups)
        found = []
        for code, phrases in self.categories:
            out: list[str] = []
            for phrase in phrases:
                variants = [""]
                for part in phrase.split():
                    options = groups[part[1:]] if part.startswith("@") else (part,)
                    variants = [f"{v} {o}".strip() for v in variants for o in options]
                out.extend(variants)
            found.append((code, tuple(dict.fromkeys(out))))
        return tuple(found)

    def not_incident_words(self, kind: str) -> tuple[str, ...]:
        return dict(self.not_incident).get(kind, ())

    @property
    def category_codes(self) -> list[str]:
        return [code for code, _ in self.categories]

    @classmethod
    def from_json(cls, text: str) -> KeywordRules:
        """Rules from the JSON text; ValidationError (in Indonesian) when it is not valid."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError) as error:
            where = (
                f" (baris {error.lineno}, kolom {error.colno})"
                if isinstance(error, json.JSONDecodeError)
                else ""
            )
            raise ValidationError(f"Aturan kata kunci bukan JSON yang sah{where}.") from error
        if not isinstance(data, dict):
            raise ValidationError("Aturan kata kunci harus berupa objek JSON { ... }.")
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            raise ValidationError(f"Bagian aturan tidak dikenal: {', '.join(unknown)}.")
        for key in ("kategori", "keparahan", "awalan_wilayah"):
            if key not in data:
                raise ValidationError(f"Bagian '{key}' belum ada dalam aturan kata kunci.")
        groups = []
        for name, words in _mapping(data, "kelompok").items():
            if not _GROUP.fullmatch(name):
                raise ValidationError(
                    f"Nama kelompok '{name}' tidak sah: pakai huruf kecil dan garis bawah."
                )
            groups.append((name, _phrases(words, f"kelompok {name}")))
        known = {name for name, _ in groups}
        categories = []
        for code, words in _mapping(data, "kategori").items():
            if not _CODE.fullmatch(code):
                raise ValidationError(
                    f"Kode kategori '{code}' tidak sah: pakai huruf besar, angka dan garis "
                    "bawah, mis. POLITIK_UANG."
                )
            phrases = _patterns(words, f"kategori {code}")
            for phrase in phrases:
                for part in phrase.split():
                    if part.startswith("@") and part[1:] not in known:
                        raise ValidationError(
                            f"Kelompok '{part}' di kategori {code} belum ada di bagian kelompok."
                        )
            categories.append((code, phrases))
        if not categories:
            raise ValidationError("Bagian 'kategori' harus berisi paling sedikit satu kategori.")
        hints = []
        for word, level in _mapping(data, "keparahan").items():
            if isinstance(level, bool) or level not in SEVERITIES:
                raise ValidationError(
                    f"Keparahan untuk '{word}' harus angka 1 sampai 4, bukan {level!r}."
                )
            hints.append((_phrase(word, "keparahan"), level))
        prefixes = []
        for word, kind in _mapping(data, "awalan_wilayah").items():
            if kind not in REGION_KINDS:
                raise ValidationError(
                    f"Jenis wilayah untuk awalan '{word}' harus salah satu dari "
                    f"{', '.join(REGION_KINDS)}."
                )
            prefixes.append((_phrase(word, "awalan_wilayah"), kind))
        aliases = [
            (_phrase(short, "alias_wilayah"), _phrase(name, "alias_wilayah"))
            for short, name in _mapping(data, "alias_wilayah").items()
        ]
        abbreviations = _words(data, "singkatan")
        lists = {attr: _phrases(data.get(key, []), key) for key, attr in _LISTS.items()}
        not_incident = []
        for kind, words in _mapping(data, "bukan_insiden").items():
            if kind not in NOT_INCIDENT_KINDS:
                raise ValidationError(
                    f"Bagian bukan_insiden '{kind}' tidak dikenal: pakai "
                    f"{', '.join(NOT_INCIDENT_KINDS)}."
                )
            not_incident.append((kind, _phrases(words, f"bukan_insiden {kind}")))
        return cls(
            tuple(categories), tuple(hints), tuple(prefixes), tuple(aliases),
            abbreviations=abbreviations,
            reassurances=_phrases(data.get("penenang", []), "penenang"),
            not_incident=tuple(not_incident),
            place_abbreviations=_words(data, "singkatan_tempat"),
            groups=tuple(groups),
            **lists,
        )  # fmt: skip

    def to_json(self) -> str:
        data = {
            "versi": 1,
            "kelompok": {name: list(words) for name, words in self.groups},
            "kategori": {code: list(words) for code, words in self.categories},
            "keparahan": dict(self.severity_hints),
            "awalan_wilayah": dict(self.region_prefixes),
            "alias_wilayah": dict(self.region_aliases),
            "singkatan": dict(self.abbreviations),
            **{key: list(getattr(self, attr)) for key, attr in _LISTS.items()},
            "penenang": list(self.reassurances),
            "bukan_insiden": {kind: list(words) for kind, words in self.not_incident},
            "singkatan_tempat": dict(self.place_abbreviations),
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def load(cls, path: Path | str = DEFAULT_RULES_PATH) -> KeywordRules:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise ValidationError(f"Berkas aturan kata kunci tidak terbaca: {path}.") from error
        return cls.from_json(text)


@lru_cache(maxsize=1)
def default_rules() -> KeywordRules:
    """The rules shipped with the app (``DEFAULT_RULES_PATH``), read once."""
    return KeywordRules.load(DEFAULT_RULES_PATH)


def _mapping(data: dict, key: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ValidationError(f"Bagian '{key}' harus berupa objek {{\"kata\": nilai}}.")
    return value


def _words(data: dict, key: str) -> tuple[tuple[str, str], ...]:
    """A one-word short form → its words in full."""
    found = []
    for short, full in _mapping(data, key).items():
        if " " in _phrase(short, key):
            raise ValidationError(f"Singkatan '{short}' di bagian {key} harus satu kata.")
        found.append((_phrase(short, key), _phrase(full, key)))
    return tuple(found)


def _phrase(value: object, where: str) -> str:
    phrase = normalize_phrase(value) if isinstance(value, str) else ""
    if not phrase:
        raise ValidationError(f"Ada kata kunci kosong atau bukan teks di bagian {where}.")
    return phrase


def _patterns(values: object, where: str) -> tuple[str, ...]:
    """Category phrases: like ``_phrases``, keeping ``@group`` parts."""
    if not isinstance(values, list):
        raise ValidationError(f'Bagian {where} harus berupa daftar kata ["...", "..."].')
    found = []
    for value in values:
        parts: list[str] = []
        for part in value.split() if isinstance(value, str) else ():
            if part.startswith("@") and _GROUP.fullmatch(part[1:].lower()):
                parts.append("@" + part[1:].lower())
            elif part in ("...", "…"):
                parts.append(ANY)
            else:
                parts.extend(normalize_phrase(part).split())
        if not [part for part in parts if part != ANY]:
            raise ValidationError(f"Ada kata kunci kosong atau bukan teks di bagian {where}.")
        if ANY in (parts[0], parts[-1]):
            raise ValidationError(f"'...' hanya boleh di antara dua kata ({where}: {value}).")
        found.append(" ".join(parts))
    return tuple(dict.fromkeys(found))


def _phrases(values: object, where: str) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise ValidationError(f'Bagian {where} harus berupa daftar kata ["...", "..."].')
    return tuple(dict.fromkeys(_phrase(value, where) for value in values))
