"""What every section function receives: the request, the period and region as a
statistics filter, the snapshot moment, the settings, and the previous brief of the same
type (for "Perubahan sejak laporan terakhir")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.models.laporan import Laporan
from app.services.briefs.request import BriefRequest
from app.services.briefs.settings import BriefSettings
from app.services.core.uow import UnitOfWork
from app.services.insiden.stats import StatsFilter
from app.services.tahapan.records import PemilihanRow


@dataclass(frozen=True)
class PreviousBrief:
    number: str
    snapshot_at: datetime
    period_end: date
    #: Per section key, what that section stored (``SectionContent.summary``).
    sections: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BriefScope:
    request: BriefRequest
    settings: BriefSettings
    stats: StatsFilter
    #: The desk's "now" when the data was read (UTC): the brief's snapshot time.
    now: datetime
    tz: ZoneInfo
    today: date
    contests: tuple[PemilihanRow, ...]
    previous: PreviousBrief | None = None
    #: The past instant the figures are taken at (the end of the brief's day); None when
    #: the brief is for today and reads the desk as it is now.
    as_of: datetime | None = None
    #: The day the brief is signed and numbered (today), whatever day it reports on.
    issued_on: date | None = None

    @property
    def period(self) -> tuple[date, date]:
        return self.request.period

    @property
    def since(self) -> datetime:
        """Where "Perubahan sejak laporan terakhir" starts: the previous brief's snapshot,
        else the start of the period (desk time)."""
        if self.previous is not None:
            return self.previous.snapshot_at
        return datetime.combine(self.period[0], time(0), self.tz)


def previous_brief(
    uow: UnitOfWork, request: BriefRequest, before: datetime
) -> PreviousBrief | None:
    """The latest issued brief of the same type and scope (the same contest, or the whole
    desk) whose period ends before this one's, read before ``before``: a brief for 20 Nov
    is compared with the one for 19 Nov, never with a later one or another contest's."""
    row = uow.session.scalars(
        select(Laporan)
        .where(
            Laporan.jenis == request.jenis,
            Laporan.archived.is_(False),
            Laporan.snapshot_at < before,
            Laporan.period_end < request.period[1],
            Laporan.pemilihan_id.is_(None)
            if request.pemilihan_id is None
            else Laporan.pemilihan_id == request.pemilihan_id,
        )
        .order_by(Laporan.period_end.desc(), Laporan.snapshot_at.desc(), Laporan.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    try:
        sections = json.loads(row.summary_json or "{}").get("sections", {})
    except ValueError:
        sections = {}
    return PreviousBrief(row.number, row.snapshot_at, row.period_end, sections)


def short_region(name: str) -> str:
    """ "Kabupaten Pandeglang" → "Kab. Pandeglang" (chart labels)."""
    return re.sub(r"^Kabupaten\s+", "Kab. ", name)
