"""What a check finds: results of ``desk-pilkada check`` and findings reported without
failing it. A leaf module, so the areas' checks and the admin check both import it."""

from __future__ import annotations

from dataclasses import dataclass


class Note(str):
    """A finding a rule reports without failing the check."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
