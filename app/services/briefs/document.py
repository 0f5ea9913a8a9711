"""Everything the layout needs for one brief, gathered before drawing starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.briefs.blocks import SectionContent
from app.services.briefs.settings import BriefSettings


@dataclass(frozen=True)
class RenderedSection:
    key: str
    title: str
    content: SectionContent


@dataclass(frozen=True)
class BriefDocument:
    jenis: str
    title: str
    period_text: str
    #: Empty for a preview (the number is given when the brief is issued).
    number: str
    issued_on: date
    sifat: str
    lampiran: str
    hal: str
    classification: str
    sections: tuple[RenderedSection, ...]
    settings: BriefSettings
    #: "Data per 26/11/2024 14.30 WIB".
    snapshot_text: str
    #: Footnote under the title, e.g. the contest the brief is limited to.
    scope_text: str = ""

    @property
    def draft(self) -> bool:
        return not self.number

    @property
    def demo(self) -> bool:
        return self.settings.is_demo
