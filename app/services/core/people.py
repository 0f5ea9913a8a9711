"""People as the desk knows them: a user's full name where the app shows who did
something (history, drafts), the username only when no name is kept."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app.models import Pengguna
from app.services.core.uow import UnitOfWork


def names(uow: UnitOfWork, usernames: Iterable[str]) -> dict[str, str]:
    """Username → the name to show (the full name, else the username itself)."""
    wanted = {u for u in usernames if u}
    found = dict(
        uow.session.execute(
            select(Pengguna.username, Pengguna.full_name).where(Pengguna.username.in_(wanted))
        ).all()
    ) if wanted else {}  # fmt: skip
    return {u: (found.get(u) or "").strip() or u for u in wanted}


def name_of(uow: UnitOfWork, username: str) -> str:
    return names(uow, [username]).get(username, username)
