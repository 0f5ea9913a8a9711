"""What a mutating use case changed, so each page can decide whether to reload."""

from __future__ import annotations

from dataclasses import dataclass, field

TAHAPAN = "tahapan"
WILAYAH = "wilayah"
PEMILIHAN = "pemilihan"
REFERENSI = "referensi"
PENGATURAN = "pengaturan"
# The areas' registers: a page reloads when a change names its area.
INSIDEN = "insiden"
LOGISTIK = "logistik"
SOSIALISASI = "sosialisasi"
PARTISIPASI = "partisipasi"
KERAWANAN = "kerawanan"


@dataclass(frozen=True)
class Changes:
    """Names of the areas touched; ``summary`` is a short Indonesian line for the status bar."""

    areas: frozenset[str] = field(default_factory=frozenset)
    summary: str = ""

    @classmethod
    def of(cls, *areas: str, summary: str = "") -> Changes:
        return cls(frozenset(areas), summary)

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))
