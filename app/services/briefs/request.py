"""What the user asks for: brief type, day, contest, sections and the desk's own text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

HARIAN, MINGGUAN, KHUSUS, NOTA = "harian", "mingguan", "khusus", "nota"
JENIS = (HARIAN, MINGGUAN, KHUSUS, NOTA)
TITLES = {
    HARIAN: "Laporan Harian Desk Pilkada",
    MINGGUAN: "Laporan Mingguan Desk Pilkada",
    KHUSUS: "Laporan Khusus Desk Pilkada",
    NOTA: "Nota Dinas",
}
WEEK_DAYS = 7


@dataclass(frozen=True)
class BriefRequest:
    jenis: str
    #: The brief's day: the day reported (harian, nota), the last day of the week
    #: (mingguan), the day of writing (khusus).
    day: date
    pemilihan_id: int | None = None
    #: Laporan Khusus about one incident: its number (INS-2024-000123).
    insiden_number: str = ""
    #: Laporan Khusus about a topic: the desk's account of it.
    uraian: str = ""
    #: Section keys to print; None prints the type's default sections.
    sections: tuple[str, ...] | None = None
    hal: str = ""
    kesimpulan: str = ""
    rekomendasi: str = ""
    #: Empty: the desk's default classification.
    classification: str = ""
    urgency: str = "Biasa"
    lampiran: str = ""

    @property
    def period(self) -> tuple[date, date]:
        if self.jenis == MINGGUAN:
            return self.day - timedelta(days=WEEK_DAYS - 1), self.day
        return self.day, self.day

    @property
    def title(self) -> str:
        return TITLES[self.jenis]

    def period_text(self) -> str:
        from app.services.core import formatting  # Babel stays off the command-line parser's path

        start, end = self.period
        if start == end:
            return formatting.long_date(end)
        return f"{formatting.medium_date(start)} s.d. {formatting.medium_date(end)}"

    def default_hal(self, topic: str = "") -> str:
        from app.services.core import formatting

        end = self.period[1]
        if self.jenis == MINGGUAN:
            return f"Laporan Mingguan Desk Pilkada periode {self.period_text()}"
        if self.jenis == KHUSUS:
            return (
                f"Laporan Khusus Desk Pilkada: {topic}" if topic else "Laporan Khusus Desk Pilkada"
            )
        if self.jenis == NOTA:
            return f"Penyampaian Laporan Harian Desk Pilkada tanggal {formatting.medium_date(end)}"
        return f"Laporan Harian Desk Pilkada tanggal {formatting.medium_date(end)}"
