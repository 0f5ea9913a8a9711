"""Region lookup: match what a spreadsheet says ("Kab. Lebak", "3601", "kota tangsel") to
the Kemendagri list, from an in-memory index loaded in one query (SPEC 3 and 8)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from sqlalchemy import select

from app.models.wilayah import LEVEL_KABKOTA, Wilayah
from app.services.core.errors import CellError, ValidationError
from app.services.core.uow import UnitOfWork

_BOUNDS = ((0, 2), (2, 4), (4, 6), (6, 10))
_PREFIXES = (
    ("kota administrasi", "kota"), ("kota adm", "kota"), ("kabupaten", "kabupaten"),
    ("kab", "kabupaten"), ("kota", "kota"), ("provinsi", "provinsi"), ("prov", "provinsi"),
    ("kecamatan", "kecamatan"), ("kec", "kecamatan"), ("kelurahan", "kelurahan"),
    ("kel", "kelurahan"), ("desa", "desa"), ("ds", "desa"),
)  # fmt: skip
_PREFIX_RE = re.compile(
    r"^(?P<prefix>"
    + "|".join(re.escape(prefix) for prefix, _ in _PREFIXES)
    + r")(?:\s*\.\s*|\s+)(?P<rest>\S.*)$"
)
_PREFIX_KIND = dict(_PREFIXES)
#: Short forms people type, with the kind they imply.
_ALIASES = {"tangsel": ("tangerang selatan", "kota")}
#: Which stored kinds a prefix accepts: desa and kelurahan are often confused.
_TPS = re.compile(r"^(?:tps\s*)?0*(\d{1,3})$", re.IGNORECASE)
_HINT_KINDS = {"desa": {"desa", "kelurahan"}, "kelurahan": {"kelurahan", "desa"}}
_LEVEL_WORDS = {1: "provinsi", 2: "kabupaten/kota", 3: "kecamatan", 4: "desa/kelurahan"}
_KIND_LABEL = {"kecamatan": "Kec.", "desa": "Desa", "kelurahan": "Kel."}


def normalize_code(text: str) -> str | None:
    """Dotted code from "3601", "36 01" or "36.01"; None when the text is not a code."""
    parts = [p for p in re.split(r"[.\s]+", str(text).strip()) if p]
    if not parts or not all(p.isdigit() for p in parts):
        return None
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) not in (2, 4, 6, 10):
            return None
        parts = [digits[start:end] for start, end in _BOUNDS if end <= len(digits)]
    elif [len(p) for p in parts] != [2, 2, 2, 4][: len(parts)]:
        return None
    return ".".join(parts)


def _clean(text: str, keep_dots: bool = False) -> str:
    text = re.sub(r"['`’]", "", str(text).lower())
    return " ".join(re.sub(r"[^\w.]+|_" if keep_dots else r"\W+|_", " ", text).split())


def normalize_name(text: str) -> tuple[str, str | None]:
    """Lowercase, drop punctuation and a leading prefix: "Kab.Lebak" -> ("lebak", "kabupaten")."""
    name, hint = _clean(text, keep_dots=True), None
    if match := _PREFIX_RE.match(name):
        name, hint = match["rest"], _PREFIX_KIND[match["prefix"]]
    name = _clean(name)
    if name in _ALIASES:
        name, alias_kind = _ALIASES[name]
        hint = hint or alias_kind
    return name, hint


@dataclass(frozen=True)
class WilayahRef:
    id: int
    code: str
    name: str
    level: int
    kind: str
    #: Parents, nearest first, without the province: "Kec. Labuan, Kabupaten Pandeglang".
    path: str

    @property
    def label(self) -> str:
        """Name with its kind: "Kec. Labuan", "Desa Sumberjaya"; kab/kota names carry it."""
        prefix = _KIND_LABEL.get(self.kind)
        return f"{prefix} {self.name}" if prefix else self.name

    def describe(self) -> str:
        where = f", {self.path}" if self.path and self.level > LEVEL_KABKOTA else ""
        return f"{self.label} ({self.code}{where})"


def _join(refs: list[WilayahRef], last: str) -> str:
    texts = [r.describe() for r in refs]
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + f" {last} " + texts[-1]


class WilayahIndex:
    """All regions of the desk in memory; build once per import or picker."""

    def __init__(self, refs: list[WilayahRef]) -> None:
        self._refs = sorted(refs, key=lambda r: (r.level, r.name.lower(), r.code))
        self._by_code = {r.code: r for r in self._refs}
        # Kab/kota names carry their prefix; deeper names are bare ("Kota Baru" is a kelurahan).
        self._keys = {
            r.code: normalize_name(r.name)[0] if r.level <= LEVEL_KABKOTA else _clean(r.name)
            for r in self._refs
        }
        self._by_name: dict[str, list[WilayahRef]] = {}
        self._compact: dict[str, list[WilayahRef]] = {}
        for ref in self._refs:
            key = self._keys[ref.code]
            self._by_name.setdefault(key, []).append(ref)
            self._compact.setdefault(key.replace(" ", ""), []).append(ref)

    @classmethod
    def load(cls, uow: UnitOfWork, province_code: str | None = None) -> WilayahIndex:
        query = select(
            Wilayah.id, Wilayah.code, Wilayah.name, Wilayah.level, Wilayah.kind, Wilayah.parent_id
        ).where(Wilayah.archived.is_(False))
        if province_code:
            query = query.where(
                (Wilayah.code == province_code) | Wilayah.code.like(f"{province_code}.%")
            )
        rows = uow.session.execute(query).all()
        by_id = {row.id: row for row in rows}
        refs = []
        for row in rows:
            names, parent = [], by_id.get(row.parent_id)
            while parent is not None and parent.level > 1:
                names.append(f"Kec. {parent.name}" if parent.kind == "kecamatan" else parent.name)
                parent = by_id.get(parent.parent_id)
            refs.append(
                WilayahRef(row.id, row.code, row.name, row.level, row.kind, ", ".join(names))
            )
        return cls(refs)

    def __len__(self) -> int:
        return len(self._refs)

    def by_code(self, code: str) -> WilayahRef | None:
        dotted = normalize_code(code)
        return self._by_code.get(dotted) if dotted else None

    def children(self, code: str) -> list[WilayahRef]:
        parent = self.by_code(code)
        if parent is None:
            return []
        return [
            r for r in self._refs if r.level == parent.level + 1 and self._inside(r, parent.code)
        ]

    def descendant_codes(self, code: str) -> list[str]:
        dotted = normalize_code(code) or code
        return sorted(r.code for r in self._refs if self._inside(r, dotted))

    @staticmethod
    def _inside(ref: WilayahRef, within: str | None) -> bool:
        return within is None or ref.code.startswith(within + ".")

    def match(
        self, text: str, *, level: int | None = None, within: str | None = None
    ) -> WilayahRef:
        """The one region ``text`` names, or CellError saying why not (in Indonesian)."""
        raw = " ".join(str(text or "").split())
        if not raw:
            raise CellError("Wilayah belum diisi.")
        area = normalize_code(within) if within else None
        if within and area is None:
            raise CellError(f"Kode wilayah induk '{within}' tidak sah.")
        if re.fullmatch(r"[\d.\s]+", raw):
            return self._match_code(raw, level, area)
        name, hint = normalize_name(raw)
        pool = self._by_name.get(name, []) or self._compact.get(name.replace(" ", ""), [])
        found = self._filter(pool, level, area, hint)
        if not found and hint:  # "Kota Baru" is also the bare name of a kelurahan
            found = self._filter(self._by_name.get(_clean(raw), []), level, area, None)
        if not found:
            raise CellError(self._not_found(raw, name, level, area, hint))
        if level is None:  # a bare name means the largest region of that name
            found = [r for r in found if r.level == found[0].level]
        if len(found) > 1 and hint:
            found = [r for r in found if r.kind == hint] or found
        if len(found) == 1:
            return found[0]
        shown = found[:6]
        more = f" dan {len(found) - len(shown)} lainnya" if len(found) > len(shown) else ""
        advice = (
            "Tulis kodenya atau awali dengan Kab./Kota."
            if found[0].level == LEVEL_KABKOTA
            else "Tulis kodenya atau sebutkan kecamatan/kabupatennya."
        )
        listed = ", ".join(r.describe() for r in shown)
        raise CellError(f"Nama '{raw}' ada di beberapa wilayah: {listed}{more}. {advice}")

    def _filter(
        self, refs: list[WilayahRef], level: int | None, area: str | None, hint: str | None
    ) -> list[WilayahRef]:
        kinds = _HINT_KINDS.get(hint, {hint}) if hint else None
        wanted = (lambda r: True) if kinds is None else (lambda r: r.kind in kinds)
        return [r for r in refs if level in (None, r.level) and self._inside(r, area) and wanted(r)]

    def _match_code(self, raw: str, level: int | None, area: str | None) -> WilayahRef:
        code = normalize_code(raw)
        if code is None:
            raise CellError(f"'{raw}' bukan kode wilayah yang sah (2, 4, 6 atau 10 angka).")
        ref = self._by_code.get(code)
        if ref is None:
            raise CellError(f"Kode wilayah {code} tidak ada dalam daftar Kemendagri.")
        if level is not None and ref.level != level:
            raise CellError(f"Kode {code} adalah {ref.label}, bukan {_LEVEL_WORDS[level]}.")
        if not self._inside(ref, area):
            parent = self._by_code.get(area or "")
            where = parent.label if parent else area
            raise CellError(f"Kode {code} ({ref.label}) tidak berada di {where}.")
        return ref

    def _not_found(
        self, raw: str, name: str, level: int | None, area: str | None, hint: str | None
    ) -> str:
        names: dict[str, list[WilayahRef]] = {}
        for ref in self._filter(self._refs, level, area, hint) or self._filter(
            self._refs, level, area, None
        ):
            group = names.setdefault(self._keys[ref.code], [])
            if level is not None or not group or group[0].level == ref.level:
                group.append(ref)  # without a level, only the largest of each name
        close = difflib.get_close_matches(name, list(names), n=3, cutoff=0.75)
        best = [difflib.SequenceMatcher(None, name, key).ratio() for key in close]
        close = [key for key, score in zip(close, best, strict=True) if score >= best[0] - 0.08]
        suggestions = [ref for key in close for ref in names[key]][:3]
        message = f"Wilayah '{raw}' tidak ditemukan."
        if suggestions:
            message += f" Mungkin maksud Anda: {_join(suggestions, 'atau')}?"
        return message

    def search(self, text: str, limit: int = 20) -> list[WilayahRef]:
        """Regions whose name contains ``text`` or whose code starts with it (all when blank)."""
        query = " ".join(str(text or "").lower().split())
        if not query:
            return self._refs[:limit]
        digits = re.sub(r"[.\s]", "", query)
        name, hint = normalize_name(query)
        kinds = _HINT_KINDS.get(hint, {hint}) if hint else None
        found = []
        for ref in self._refs:
            by_name = name and name in self._keys[ref.code] and (kinds is None or ref.kind in kinds)
            if (
                (digits.isdigit() and ref.code.replace(".", "").startswith(digits))
                or query in ref.name.lower()
                or by_name
            ):
                found.append(ref)
                if len(found) >= limit:
                    break
        return found


def picker_choices(uow: UnitOfWork) -> list[WilayahRef]:
    """Every kab/kota, kecamatan and desa/kelurahan of the desk, for a region picker."""
    index = WilayahIndex.load(uow)
    return [ref for ref in index._refs if ref.level >= LEVEL_KABKOTA]  # noqa: SLF001 - same module


def normalize_tps(text: str) -> str:
    """``TPS 05``, ``5``, ``005`` → ``005``; empty stays empty."""
    value = text.strip()
    if not value:
        return ""
    match = _TPS.match(value)
    if not match or int(match.group(1)) == 0:
        raise ValidationError("Nomor TPS berupa angka 1–999, mis. 5 atau TPS 005.", field="tps")
    return f"{int(match.group(1)):03d}"
