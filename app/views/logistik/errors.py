"""How the Logistik page answers a failed task: a user's mistake (a domain error, in
Indonesian) is shown where the user is working; anything else goes to the app's error
report."""

from __future__ import annotations

from collections.abc import Callable

from app.services.core.errors import DomainError
from app.views.shell.context import AppContext


def shown_by(ctx: AppContext, show: Callable[[str], None]) -> Callable[[BaseException], None]:
    """An ``on_error`` that passes a domain error's message to ``show`` ("" otherwise)."""

    def failed(error: BaseException) -> None:
        if isinstance(error, DomainError):
            show(str(error))
        else:
            show("")
            ctx.runner.failed.emit(error)

    return failed
